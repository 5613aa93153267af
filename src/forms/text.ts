// Counting characters the way a person counts them, for limits such as 「200字以内」.
// The counter shown while typing and the limit the rules enforce both call countChars, so they always agree.

let segmenter: Intl.Segmenter | null | undefined;

/** The grapheme segmenter, made on first use (making one loads the engine's break data: tens of ms in a new worker). */
function _graphemes(): Intl.Segmenter | null {
  segmenter ??= typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh-CN', { granularity: 'grapheme' }) : null;
  return segmenter;
}

/** Line endings unified: CRLF and lone CR (pasted from Word or old files) become LF. */
export function normaliseLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/**
 * Characters as a person counts them: each user-perceived character once (an emoji or a rare 汉字 outside
 * the BMP is one, not two UTF-16 units); line breaks are not counted.
 * Hint: engines without Intl.Segmenter (Chromium < 87) fall back to code points, which differs only for
 * combined emoji sequences.
 */
export function countChars(text: string): number {
  const body = normaliseLineEndings(text).replace(/\n/g, '');
  const graphemes = _graphemes();
  if (!graphemes) return Array.from(body).length;
  let n = 0;
  for (const _ of graphemes.segment(body)) n++;
  return n;
}
