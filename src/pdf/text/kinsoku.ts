// Chinese line-breaking rules (GB/T 15834-2011 标点符号用法, and the common 避头尾 lists of Chinese
// typesetting): which characters may not start a line and which may not end one, and how text splits into
// the smallest pieces a line may break between.
import { splitGraphemes } from './clean';

/** Closing punctuation, 点号 and marks that must not start a line (避头); 「/」 too, as in 「吨二氧化碳/万元」. */
export const NO_LINE_START = new Set(
  Array.from(
    '!%),./:;?]}¢°’”‰′″℃、。〃〉》」』】〕〗〙〛〞︰︱︳︴︶︸︺︼︾﹀﹂﹄﹏﹐﹑﹒﹔﹕﹖﹗﹚﹜﹞！＂％＇），．／：；？］｝～｠｣､…‥·・ー々〻ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ',
  ),
);

/** Opening punctuation that must not end a line (避尾). */
export const NO_LINE_END = new Set(Array.from('([{£¥‘“〈《「『【〔〖〘〚〝﹙﹛﹝（［｛｟｢＄￡￥'));

/** Marks that come in pairs and must not be split: 破折号 ——, 省略号 ……. */
const UNSPLITTABLE_PAIRS = new Set(['—', '…', '⋯']);

/** One piece of text a line may break after (unless `glue` is set); `space` pieces vanish at a break. */
export interface TextPiece {
  readonly text: string;
  readonly space: boolean;
  /** No break allowed after this piece (a 避头尾 rule). */
  glue: boolean;
  /** Rather no break after this piece (inside a word or a short bracket of a label); yields when nothing else fits. */
  keep?: boolean;
}

/** Hint: a grapheme is "wide" (breakable on either side) if it starts with a CJK, kana, hangul or full-width character. */
const WIDE = /^[\u1100-\u11FF\u2E80-\u303F\u3040-\u30FF\u3100-\u31FF\u3200-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFF}\u2460-\u24FF\u2500-\u27BF]/u;

function _kind(g: string): 'space' | 'wide' | 'narrow' {
  if (/^\s+$/u.test(g)) return 'space';
  return WIDE.test(g) || UNSPLITTABLE_PAIRS.has(g) ? 'wide' : 'narrow';
}

/**
 * Splits text into break pieces: each wide character alone, runs of Latin letters and digits (「0728-3326517」,
 * 「12.55」) whole, whitespace runs as spaces; then glues pieces so that no line starts with closing
 * punctuation, none ends with opening punctuation, and —— …… stay together. `kept` (offsets, see
 * labelBreaks.ts) marks the pieces ending there `keep`.
 */
export function textPieces(text: string, kept?: ReadonlySet<number>): TextPiece[] {
  const pieces: TextPiece[] = [];
  let word = '';
  const flush = () => {
    if (word) pieces.push({ text: word, space: false, glue: false });
    word = '';
  };
  for (const g of splitGraphemes(text)) {
    const kind = _kind(g);
    if (kind === 'narrow' && !NO_LINE_START.has(g) && !NO_LINE_END.has(g)) {
      word += g;
      continue;
    }
    if (kind === 'narrow' && NO_LINE_START.has(g) && word) {
      word += g;
      continue;
    }
    flush();
    pieces.push({ text: g, space: kind === 'space', glue: false });
  }
  flush();
  _glue(pieces);
  if (kept) _keep(pieces, kept);
  return pieces;
}

function _keep(pieces: TextPiece[], kept: ReadonlySet<number>): void {
  let end = 0;
  for (const piece of pieces) {
    end += piece.text.length;
    if (kept.has(end)) piece.keep = true;
  }
}

/** Hint: spaces between two pieces do not excuse a rule: 「集 」」 still may not break before 」. */
function _glue(pieces: TextPiece[]): void {
  for (let i = 0; i < pieces.length; i++) {
    const here = pieces[i]!;
    if (here.space) continue;
    let j = i + 1;
    while (j < pieces.length && pieces[j]!.space) j++;
    const next = pieces[j];
    if (!next) return;
    const last = _lastChar(here.text);
    const first = Array.from(next.text)[0] ?? '';
    const pair = UNSPLITTABLE_PAIRS.has(last) && first === last && j === i + 1;
    if (NO_LINE_END.has(last) || NO_LINE_START.has(first) || pair) for (let k = i; k < j; k++) pieces[k]!.glue = true;
  }
}

function _lastChar(text: string): string {
  const chars = Array.from(text);
  return chars[chars.length - 1] ?? '';
}
