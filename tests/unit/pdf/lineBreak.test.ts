// Chinese line breaking: no line starts with closing punctuation or ends with opening punctuation, numbers,
// phone numbers and paired marks stay whole, and nothing typed is lost or reordered.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakLines } from '../../../src/pdf/text/lineBreak';
import { NO_LINE_END, NO_LINE_START, textPieces } from '../../../src/pdf/text/kinsoku';

/** Full-width characters one unit wide, everything else half, like the real font near enough. */
const measure = (s: string) => Array.from(s).reduce((n, ch) => n + (/[\u2E80-\uFFFF]/u.test(ch) ? 1 : 0.5), 0);
const first = (line: string) => Array.from(line)[0] ?? '';
const last = (line: string) => Array.from(line).at(-1) ?? '';

/** Places a line may break: pieces not glued to the next. */
const _chunks = (line: string) => textPieces(line.trim()).filter((p, i, all) => !p.glue || i === all.length - 1).length;

function expectRules(text: string, width: number): string[] {
  const lines = breakLines(text, width, measure);
  for (const [i, line] of lines.entries()) {
    if (i > 0) expect(NO_LINE_START.has(first(line)), `line ${i + 1} 「${line}」 starts with ${first(line)}`).toBe(false);
    if (i < lines.length - 1) expect(NO_LINE_END.has(last(line)), `line ${i + 1} 「${line}」 ends with ${last(line)}`).toBe(false);
  }
  return lines;
}

describe('break pieces', () => {
  it.each([
    ['单位产值能耗下降13.95%，', ['13.95%', '，']],
    ['联系电话：0728-3326517。', ['0728-3326517', '。']],
    ['（财税[2015]119号）', ['2015]119']],
  ])('keeps numbers whole in %s', (text, whole) => {
    const pieces = textPieces(text).map((p) => p.text);
    for (const w of whole) expect(pieces).toContain(w);
  });

  it('glues closing punctuation to what precedes it and opening punctuation to what follows', () => {
    const pieces = textPieces('“小巨人”企业。');
    expect(pieces.map((p) => `${p.text}${p.glue ? '+' : ''}`).join('|')).toBe('“+|小|巨|人+|”|企|业+|。');
  });
});

describe('breakLines', () => {
  it('pushes the character before a comma onto the next line rather than start a line with the comma', () => {
    // Width 5: 「集群企业数」 would fill the line and leave 「，」 to start the next.
    const lines = expectRules('集群企业数，量增加。', 5);
    expect(lines).toEqual(['集群企业', '数，量增', '加。']);
  });

  it('never splits 破折号 —— or 省略号 ……', () => {
    const lines = expectRules('一二三四——五六七八……九十', 5);
    expect(lines.some((l) => l.includes('——'))).toBe(true);
    expect(lines.some((l) => l.includes('……'))).toBe(true);
  });

  it('cuts a piece wider than the line by characters', () => {
    expect(breakLines('https://example.com/a/very/long/path', 6, measure).every((l) => measure(l) <= 6)).toBe(true);
  });

  it('keeps one paragraph per line break of the input, dropping spaces at line edges', () => {
    expect(breakLines('第一段。\n第二段 文字', 20, measure)).toEqual(['第一段。', '第二段 文字']);
  });

  const pool = Array.from('集群企业产值增长创新数字化绿色开放治理服务，。、；：？！）」』》”（「『《“—…0123456789.%ABC ');
  it('obeys the rules and loses nothing, for any text and width', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool), { maxLength: 120 }), fc.integer({ min: 3, max: 24 }), (chars, width) => {
        const text = chars.join('');
        const lines = expectRules(text, width);
        expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
        // A line is wider than the measure only when it is one unbreakable chunk (「《集？？」 in three units).
        for (const line of lines) expect(measure(line) <= width || _chunks(line) === 1, `「${line}」 at ${width}`).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
