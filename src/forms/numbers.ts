// Numbers as people type them: full-width digits, thousands separators, ＋/－ signs, spaces, a trailing %.
// The draft keeps text; these functions normalise it on blur and parse it for the rules.

const FULL_WIDTH = /[\uFF10-\uFF19\uFF0E\uFF0B\uFF0D\uFF05]/g;

function _halfWidth(ch: string): string {
  return String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
}

/**
 * Normalise what was typed into a plain decimal text: 「１２，３４５．６」 → 「12345.6」, 「－ 3.5％」 → 「-3.5」.
 * Text that is not a number after normalising is returned trimmed but otherwise as typed, so nothing is lost.
 */
export function normaliseNumberText(raw: string): string {
  const trimmed = raw.trim();
  const plain = trimmed
    .replace(FULL_WIDTH, _halfWidth)
    .replace(/[\u2212\u2013\u2014]/g, '-')
    .replace(/[\s\u3000]/g, '')
    .replace(/[,，](?=\d{3}(\D|$))/g, '')
    .replace(/%$/, '')
    .replace(/^\+/, '');
  return /^-?\d+(\.\d+)?$/.test(plain) ? plain.replace(/^(-?)0+(?=\d)/, '$1') : trimmed;
}

/** A parsed number text. */
export type ParsedNumber =
  | { readonly kind: 'empty' }
  | { readonly kind: 'number'; readonly value: number; readonly decimals: number }
  | { readonly kind: 'invalid'; readonly text: string };

/** Parse a (normalised or raw) number text. */
export function parseNumberText(text: string | undefined): ParsedNumber {
  if (text === undefined || text.trim() === '') return { kind: 'empty' };
  const plain = normaliseNumberText(text);
  const match = /^-?\d+(?:\.(\d+))?$/.exec(plain);
  if (!match) return { kind: 'invalid', text };
  return { kind: 'number', value: Number(plain), decimals: match[1]?.length ?? 0 };
}

/** Print a number with two decimals (填报说明 2: 「保留小数点后2位」), or as a whole number for counts. */
export function formatNumber(value: number, decimals: 0 | 2): string {
  return value.toFixed(decimals);
}
