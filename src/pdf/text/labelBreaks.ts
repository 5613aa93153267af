// Where a label's line should rather not break: inside a word (「冠军」, 「二氧化碳」, by the browser's Chinese word
// segmentation), inside a short bracket (「（200字以内）」, 「（吨二氧化碳/万元）」) or a short quotation (「“小巨人”」).
// A line still breaks there when nothing else fits: these are preferences, not the 避头尾 rules.
import { splitGraphemes } from './clean';

/** Brackets and quotation marks whose short contents stay on one line, with the longest content kept whole. */
const PAIRS: readonly { open: string; close: string; within: number }[] = [
  { open: '（', close: '）', within: 10 },
  { open: '(', close: ')', within: 10 },
  { open: '“', close: '”', within: 6 },
];

let segmenter: Intl.Segmenter | null | undefined;

/**
 * The word segmenter, made on first use. Hint: making the first segmenter of a worker loads the engine's break data
 * (tens of ms); the PDF worker calls this while the font is still downloading (pdf/worker.ts).
 */
export function wordSegmenter(): Intl.Segmenter | null {
  segmenter ??= typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh-CN', { granularity: 'word' }) : null;
  return segmenter;
}

/** Offsets (UTF-16) between two characters of one word. Hint: without Intl.Segmenter (old engines), none. */
function _insideWords(text: string, into: Set<number>): void {
  const words = wordSegmenter();
  if (!words) return;
  for (const { segment, index } of words.segment(text)) {
    let at = index;
    for (const ch of splitGraphemes(segment).slice(0, -1)) into.add((at += ch.length));
  }
}

/** Offsets inside short bracketed or quoted runs, the marks themselves included (innermost pairs first). */
function _insidePairs(text: string, into: Set<number>): void {
  for (const { open, close, within } of PAIRS) {
    const starts: number[] = [];
    for (let i = 0; i < text.length; i++) {
      if (text[i] === open) starts.push(i);
      else if (text[i] === close && starts.length) {
        const start = starts.pop()!;
        if (Array.from(text.slice(start + 1, i)).length > within) continue;
        for (let at = start + 1; at <= i; at++) into.add(at);
      }
    }
  }
}

/** Labels repeat in every document a worker writes; their breaks are worked out once (read only). */
const known = new Map<string, ReadonlySet<number>>();

/** The offsets where a label prefers not to break: inside words, short brackets and short quotations. */
export function keptBreaks(text: string): ReadonlySet<number> {
  const cached = known.get(text);
  if (cached) return cached;
  const kept = new Set<number>();
  _insideWords(text, kept);
  _insidePairs(text, kept);
  if (known.size < 5000) known.set(text, kept);
  return kept;
}
