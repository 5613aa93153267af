// Next year's form version stated as its base plus what changed (deriveVersion), proven through everything a
// version drives: the draft schema, the wizard's steps and summaries, the rules and computed values, and the PDF.
import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { noticeContext, noticeById } from '../../../src/forms';
import { num } from '../../../src/forms/build';
import { deriveVersion } from '../../../src/forms/derive';
import { DRAFT_SCHEMA_VERSION, draftSchema } from '../../../src/forms/draft';
import { miit2024 } from '../../../src/forms/miit-2024';
import { fieldById, formFields } from '../../../src/forms/walk';
import { writeFormPdfDetailed } from '../../../src/pdf/writer';
import { computedValues, validateDraft } from '../../../src/rules';
import { formSteps, stepFields } from '../../../src/wizard/steps';
import { summarise } from '../../../src/wizard/summary';
import { pdfFontBytes } from '../../support/pdfFixtures';

// The whole of a next-year version: what changed against 2024, nothing restated.
const miit2025 = deriveVersion(miit2024, {
  id: 'miit-2025',
  name: '工业和信息化部 2025 年版（示例）',
  source: '示例：2024 年版的年份后移一年，改一行措辞，加一行',
  years: [2022, 2023, 2024],
  relabel: { fdiAmount: '集群实际使用外资金额（万元）' },
  add: [{ after: 'preListingSmeCount', item: num('unicornCount', '主导产业相关的独角兽企业数量', 'count', { perYear: true }) }],
});

const ctx = noticeContext(noticeById('hb-2024'), miit2025);
const values = {
  clusterName: '示例集群',
  totalOutput: { '2022': '100.00', '2023': '110.00', '2024': '121.00' },
  unicornCount: { '2022': '0', '2023': '1', '2024': '2' },
};

describe('a version derived from MIIT 2024 with years + 1, one row reworded and one added', () => {
  test('every year fact follows the years: 填报说明 6, section 八 columns, remark and stages', () => {
    expect(miit2025.dataAsOfYear).toBe(2024);
    expect(miit2025.plan).toEqual({ baselineYear: 2024, targetYear: 2027 });
    expect(miit2025.instructions[5]).toBe('未注明填报年度的，请填写截止到2024年底的数据。');
    const targets = fieldById(miit2025, 'planTargets');
    expect(targets.kind === 'targets' && targets.columns).toEqual(['方向', '指标', '2024年基准值', '2027年目标值']);
    expect(targets.kind === 'targets' && targets.requirementsIntro).toContain('2027年目标值须符合以下要求');
    expect(formFields(miit2025).filter((f) => f.kind === 'planText' && f.period).map((f) => f.label)).toEqual([
      '阶段性目标（1）2025年度',
      '阶段性目标（2）2026年度',
      '阶段性目标（3）2027年度',
    ]);
  });

  test('the base is unchanged', () => {
    expect(miit2024.years).toEqual([2021, 2022, 2023]);
    expect(fieldById(miit2024, 'fdiAmount').label).toBe('集群外商直接投资额（万元）');
    expect(() => fieldById(miit2024, 'unicornCount')).toThrow();
  });

  test('the draft schema takes the new years and the added row, and refuses a year the version does not report', () => {
    const envelope = (vals: unknown) => ({
      version: DRAFT_SCHEMA_VERSION, id: 'd1', noticeId: 'hb-2024', formVersion: 'miit-2025',
      createdAt: '2025-04-01T00:00:00.000Z', updatedAt: '2025-04-01T00:00:00.000Z', values: vals,
    });
    expect(v.safeParse(draftSchema(miit2025), envelope(values)).success).toBe(true);
    expect(v.safeParse(draftSchema(miit2025), envelope({ totalOutput: { '2021': '90' } })).success).toBe(false);
  });

  test('the wizard shows the reworded and the added row in section 二 and summarises them by year', () => {
    const s2 = stepFields(miit2025, formSteps(miit2025)[2]!.id).map((f) => f.label);
    expect(s2).toContain('集群实际使用外资金额（万元）');
    expect(s2.indexOf('主导产业相关的独角兽企业数量')).toBe(s2.indexOf('主导产业相关的上市辅导期中小企业数量') + 1);
    expect(summarise(fieldById(miit2025, 'unicornCount'), values, miit2025.years)).toBe('2022年 0；2023年 1；2024年 2');
  });

  test('the rules read the new years: the added row is required, the growth is computed over 2022–2024', () => {
    const issues = validateDraft(ctx, values);
    expect(issues.some((i) => i.fieldId === 'unicornCount')).toBe(false);
    expect(validateDraft(ctx, { ...values, unicornCount: { '2022': '0' } }).some((i) => i.fieldId === 'unicornCount' && i.path === '2024')).toBe(true);
    const cagr = computedValues(ctx, values).find((c) => c.id === 'outputCagr');
    expect(cagr?.formula).toContain('2024');
    expect(cagr?.value).toBeCloseTo(10, 2);
  });

  test('the PDF prints the new years, the reworded row and the added row', async () => {
    const written = await writeFormPdfDetailed({ form: miit2025, notice: ctx.notice, values, fontBytes: pdfFontBytes(), date: new Date(0) });
    const texts = written.pages.flatMap((p) => p.ops.flatMap((o) => (o.kind === 'text' ? [o.text] : []))).join('');
    for (const t of ['2024年', '集群实际使用外资金额', '主导产业相关的独角兽企业数量', '截止到2024年底', '2027年目标值']) expect(texts).toContain(t);
    expect(texts).not.toContain('2021年');
  }, 60_000);
});

test('an edit naming a field the base does not have is refused with the field named', () => {
  expect(() => deriveVersion(miit2024, { id: 'x', name: 'x', source: 'x', years: [2022, 2023, 2024], remove: ['noSuchField'] })).toThrow(/noSuchField/);
});
