// 「根据已填数据起草」: the 集群简介 drafted from a draft's own values follows the notice's content in its order, quotes
// the typed figures of the last report year, leaves a visible gap for what the draft lacks (listed with the field
// to fill) and never prints a figure the draft does not hold.
import { describe, expect, test } from 'vitest';
import { resolveNotice } from '../../../src/forms';
import type { FormValues } from '../../../src/forms/fieldValues';
import { countChars } from '../../../src/forms/text';
import { draftIntro, gapsIn } from '../../../src/submission/intro/draftIntro';
import { fixtureDrafts } from '../../fixtures/drafts';

const valuesOf = (id: keyof typeof fixtureDrafts) => fixtureDrafts[id].values as FormValues;

test('hb-2024: the Hubei guide\'s content in its order, figures of 2023, 近三年 standards summed, gaps for what the form does not say', () => {
  const drafted = draftIntro(resolveNotice('hb-2024'), valuesOf('hb-2024'), { leadingIndustry: '非织造布' });
  expect(drafted.text).toBe(
    '集群以非织造布为主导产业，【待补充：主导产业链条描述】，【待补充：行业地位】，已被认定为省级中小企业特色产业集群。' +
      '2023年，集群总产值236.12亿元，中小企业442家，专精特新中小企业27家，专精特新“小巨人”企业4家，制造业单项冠军企业1家。' +
      '近三年，集群中小企业主持制修订国家标准和行业标准11项。' +
      '截至2023年底，集群中小企业有效发明专利286个，每万人有效发明专利拥有量50.00。',
  );
  expect(drafted.gaps.map((g) => g.what)).toEqual(['主导产业链条描述', '行业地位']);
  expect(countChars(drafted.text)).toBeLessThanOrEqual(300);
});

test('sc-2023: the same content for 2022, on the MIIT 2023 form', () => {
  const drafted = draftIntro(resolveNotice('sc-2023'), valuesOf('sc-2023'), { leadingIndustry: '白酒' });
  expect(drafted.text).toMatch(/^集群以白酒为主导产业，.*。2022年，集群总产值[\d.]+亿元，.*近三年，.*截至2022年底，/);
  expect(countChars(drafted.text)).toBeLessThanOrEqual(300);
});

test('gd-2023: a shorter 简介 within Guangdong\'s 150 characters', () => {
  const drafted = draftIntro(resolveNotice('gd-2023'), valuesOf('gd-2023'), { leadingIndustry: '家电' });
  expect(drafted.text).toMatch(/^集群以家电为主导产业，【待补充：行业地位】。2022年，集群总产值[\d.]+亿元，/);
  expect(drafted.text).not.toContain('近三年');
  expect(countChars(drafted.text)).toBeLessThanOrEqual(150);
});

describe('a draft with figures missing', () => {
  const values = { ...valuesOf('hb-2024'), totalOutput: { '2021': '186.40', '2022': '208.75' }, inventionPatents: '约三百', priorRecognition: 'no' } as FormValues;
  const drafted = draftIntro(resolveNotice('hb-2024'), values, {});

  test('leaves a visible gap where each figure would be, and lists it with the field to fill', () => {
    expect(drafted.text).toContain('集群以【待补充：主导产业】为主导产业');
    expect(drafted.text).toContain('集群总产值【待补充】亿元');
    expect(drafted.text).toContain('有效发明专利【待补充】个');
    expect(drafted.text).toContain('【待补充：荣誉称号】');
    expect(drafted.gaps).toEqual(
      expect.arrayContaining([
        { what: '主导产业', fieldId: 'leadingIndustry', step: 'summary' },
        { what: '集群总产值（2023年）', fieldId: 'totalOutput', step: 's2' },
        { what: '有效发明专利拥有量', fieldId: 'inventionPatents', step: 's3' },
        { what: '荣誉称号', fieldId: 'priorRecognition', step: 's1' },
      ]),
    );
    expect(gapsIn(drafted.text)).toHaveLength(drafted.gaps.length);
  });

  test('prints no figure the draft does not hold: every number is a typed one, the standards\' sum or the year', () => {
    const typed = new Set(JSON.stringify(values).match(/\d+(?:\.\d+)?/g));
    const printed = drafted.text.match(/\d+(?:\.\d+)?/g) ?? [];
    expect(printed.filter((x) => !typed.has(x) && x !== '11')).toEqual([]);
  });
});

test('an empty draft gives only gaps, no figure', () => {
  const drafted = draftIntro(resolveNotice('cn-2024'), {}, {});
  expect(drafted.text.replace(/2023年/g, '').match(/\d/)).toBeNull();
  expect(drafted.gaps.length).toBe(12);
});
