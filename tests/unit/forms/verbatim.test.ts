// Each form definition against the official text: every text in the seed's order, nothing invented, nothing left out.
import { describe, expect, test } from 'vitest';
import { formVersions } from '../../../src/forms/registry';
import { formTexts } from '../../../src/forms/walk';
import { formSeeds } from '../../support/formSeeds';
import { normalise } from '../../support/seedText';

/** Find each expected text in order; return the seed's characters each match covered. */
function matchInOrder(seedText: string, expected: readonly string[], printed: (s: string) => string) {
  const covered = new Uint8Array(seedText.length);
  const missing: string[] = [];
  let pos = 0;
  for (const text of expected) {
    const needle = normalise(printed(text));
    if (!needle) continue;
    const at = seedText.indexOf(needle, pos);
    if (at < 0) {
      missing.push(text);
      continue;
    }
    covered.fill(1, at, at + needle.length);
    pos = at + needle.length;
  }
  return { covered, missing };
}

/** The seed's text no definition text covered, with layout tokens removed: what the definition left out. */
function leftOut(seedText: string, covered: Uint8Array, layoutTokens: readonly RegExp[]): string[] {
  const runs = seedText.replace(/./gu, (ch, i: number) => (covered[i] ? '\n' : ch)).split('\n');
  return runs.map((run) => layoutTokens.reduce((s, re) => s.replace(re, ''), run)).filter((run) => run.length > 0);
}

describe.each(Object.values(formVersions))('form definition $id', (def) => {
  const seed = formSeeds[def.id]();
  const texts = formTexts(def);
  const { covered, missing } = matchInOrder(seed.text, texts, seed.printed);

  test('every label, option, note and declaration appears in the seed, in the seed order', () => {
    expect(missing).toEqual([]);
  });

  test('nothing the seed prints is left out of the definition', () => {
    expect(leftOut(seed.text, covered, seed.layoutTokens)).toEqual([]);
  });

  test('holds the nine sections in order', () => {
    expect(def.sections.map((s) => `${s.number}、${s.title}`)).toEqual([
      '一、基本情况',
      '二、主导产业情况',
      '三、创新能力情况',
      '四、数字化升级情况',
      '五、绿色化转型情况',
      '六、开放合作情况',
      '七、治理和服务水平',
      '八、未来三年中小企业特色产业集群发展规划',
      '九、真实性声明及推荐意见',
    ]);
  });
});
