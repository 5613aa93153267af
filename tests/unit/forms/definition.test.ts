// Internal consistency of each form definition: ids, years, limits, units and section 1 polarity.
import { describe, expect, test } from 'vitest';
import { TICK_EVIDENCE_NOTE } from '../../../src/forms/build';
import { formVersions } from '../../../src/forms/registry';
import type { ChoiceField, FormDefinition, LayoutItem, NumberField } from '../../../src/forms/types';
import { fieldsOfItem, formFields } from '../../../src/forms/walk';

const defs = Object.values(formVersions) as FormDefinition[];

function allItems(def: FormDefinition): LayoutItem[] {
  const expand = (item: LayoutItem): LayoutItem[] =>
    'items' in item ? [item, ...item.items.flatMap(expand)] : [item];
  return [...def.cover.fields, ...def.sections.flatMap((s) => s.items)].flatMap(expand);
}

describe.each(defs)('form definition $id', (def) => {
  const fields = formFields(def);

  test('field ids are unique and every mirror shows an existing field', () => {
    const ids = fields.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    const mirrors = allItems(def).filter((i) => i.kind === 'mirror');
    for (const m of mirrors) expect(ids).toContain(m.of);
  });

  test('years, 填报说明 and the plan agree', () => {
    const [a, b, c] = def.years;
    expect([b - a, c - b]).toEqual([1, 1]);
    expect(def.dataAsOfYear).toBe(c);
    expect(def.instructions).toHaveLength(11);
    expect(def.instructions[5]).toContain(`截止到${def.dataAsOfYear}年底`);
    expect(def.plan).toEqual({ baselineYear: c, targetYear: c + 3 });
    const targets = fields.find((f) => f.kind === 'targets');
    expect(targets?.kind === 'targets' && targets.columns).toEqual(['方向', '指标', `${c}年基准值`, `${c + 3}年目标值`]);
    const stages = def.sections[7]?.items.filter((i) => i.kind === 'planHeading' && i.level === 4).map((i) => 'title' in i && i.title);
    expect(stages).toEqual([`${c + 1}年度`, `${c + 2}年度`, `${c + 3}年度`]);
  });

  test('a narrative allows exactly the characters its label states', () => {
    for (const f of fields) {
      if (f.kind !== 'narrative') continue;
      const stated = /(\d+)字以内/.exec(f.label)?.[1];
      expect({ label: f.label, limit: f.limit }).toEqual({ label: f.label, limit: Number(stated) });
    }
    expect(def.sections[7]?.charBudget).toBe(3000);
  });

  test('units and measures follow the labels', () => {
    const numbers = fields.filter((f): f is NumberField => f.kind === 'number');
    for (const f of numbers) {
      const unitInLabel = /（(亿元|万元|%|平方公里|吨二氧化碳\/万元|吨标准煤\/万元)）/.exec(f.label)?.[1];
      if (unitInLabel) expect({ label: f.label, unit: f.unit }).toEqual({ label: f.label, unit: unitInLabel });
      if (/增速|增长率|降低率/.test(f.label)) expect({ label: f.label, m: f.measure }).toEqual({ label: f.label, m: 'growth' });
      if (/比例|普及率|利用率|强度/.test(f.label)) expect({ label: f.label, m: f.measure }).toEqual({ label: f.label, m: 'share' });
      if (/数量|申请量|授权量|拥有量（/.test(f.label) && !/比例/.test(f.label)) {
        expect({ label: f.label, m: f.measure }).toEqual({ label: f.label, m: 'count' });
      }
    }
  });

  test('every tick-box group carries the evidence duty', () => {
    for (const f of fields.filter((x) => x.kind === 'ticks')) expect(f.note).toBe(TICK_EVIDENCE_NOTE);
  });

  test('section 1: the compliant answer follows the wording of each question', () => {
    const questions = fields.filter((f): f is ChoiceField => f.kind === 'choice' && f.compliantAnswers !== undefined);
    expect(questions.map((q) => q.concept)).toEqual(['prohibitedIndustry', 'majorAccident', 'taxViolation', 'energyEfficiency', 'waterEfficiency']);
    for (const q of questions.slice(0, 3)) {
      const negativeWording = /^(集群主导产业不属于|近三年未发生|不存在)/.test(q.label);
      const askingWording = /是否/.test(q.label);
      expect(negativeWording !== askingWording).toBe(true);
      expect(q.compliantAnswers).toEqual(negativeWording ? ['yes'] : ['no']);
    }
    for (const q of questions.slice(3)) expect(q.compliantAnswers).toEqual(['yes', 'na']);
  });

  test('the cover names the issuer and the region parts of its version', () => {
    const region = fields.find((f) => f.kind === 'region');
    const parts = region?.kind === 'region' ? region.parts.map((p) => p.label) : [];
    if (def.id === 'gd-2023') {
      expect(def.cover.issuer).toBe('广东省工业和信息化厅 制');
      expect(parts).toEqual(['市（区）', '县（市、区）']);
    } else {
      expect(def.cover.issuer).toBe('工业和信息化部 制');
      expect(parts).toEqual(['省（区、市）', '市（区）', '县（市、区）']);
    }
  });

  test('layout items hold fields only where fields belong', () => {
    for (const item of allItems(def)) {
      if (item.kind === 'yearTable') expect(item.items.every((f) => f.kind === 'standards' || f.kind === 'number')).toBe(true);
      if (item.kind === 'row') expect(fieldsOfItem(item).every((f) => f.kind === 'text')).toBe(true);
    }
  });
});

test('the versions differ where the seeds do', () => {
  const label = (def: FormDefinition, id: string) => formFields(def).find((f) => f.id === id)?.label;
  const { 'gd-2023': gd, 'miit-2023': m23, 'miit-2024': m24 } = formVersions;
  expect(label(m24, 'energyEfficiency')).toContain('是否达到行业基准值');
  expect(label(m23, 'energyEfficiency')).toContain('高于行业基准值');
  expect(label(gd, 'priorRecognition')).toBe('获得市级中小企业特色产业集群');
  expect(label(m23, 'priorRecognition')).toBe('是否已被认定为省级中小企业特色产业集群');
  expect(label(m24, 'outputShareOfCounty')).toBe('集群总产值占所在县级行政区划产值比例（%）');
  expect(label(m23, 'outputShareOfCounty')).toBeUndefined();
  expect(formFields(gd).find((f) => f.id === 'exportGrowth')).toMatchObject({ perYear: true, yearLayout: 'rows' });
  expect(formFields(m23).find((f) => f.id === 'exportGrowth')).toMatchObject({ perYear: false });
  const declaration = (def: FormDefinition) => def.sections[8]?.items[0];
  expect(declaration(m24)).toMatchObject({ text: expect.stringContaining('本单位愿意负相应责任') });
  expect(declaration(m23)).toMatchObject({ text: expect.stringContaining('本单位愿意负相应法律责任') });
  expect(declaration(gd)).toMatchObject({ signatureLines: ['单位负责人（签字）：', '县（市、区）中小企业主管部门（公章）：'] });
});
