// Numbers as people type them: full-width digits, thousands separators, ＋/－ signs, spaces, a trailing %.
// The draft keeps text; these functions normalise it on blur and parse it for the rules.

const FULL_WIDTH = /[\uFF10-\uFF19\uFF0E\uFF0B\uFF0D\uFF05]/g;

function _halfWidth(ch: string): string {
  return String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
}

/** Full-width digits and signs made ASCII, spaces and thousands separators removed; nothing else changed. */
export function plainDigits(raw: string): string {
  return raw
    .trim()
    .replace(FULL_WIDTH, _halfWidth)
    .replace(/[\u2212\u2013\u2014]/g, '-')
    .replace(/[\s\u3000]/g, '')
    .replace(/[,，](?=\d{3}(\D|$))/g, '');
}

/**
 * Normalise what was typed into a plain decimal text: 「１２，３４５．６」 → 「12345.6」, 「－ 3.5％」 → 「-3.5」.
 * Text that is not a number after normalising is returned trimmed but otherwise as typed, so nothing is lost.
 */
export function normaliseNumberText(raw: string): string {
  const plain = plainDigits(raw).replace(/%$/, '').replace(/^\+/, '');
  return /^-?\d+(\.\d+)?$/.test(plain) ? plain.replace(/^(-?)0+(?=\d)/, '$1') : raw.trim();
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

/**
 * The text a number cell keeps once the user leaves it: normalised, and a one-place decimal written with two
 * (填报说明 2: 「数据有小数时，保留小数点后2位」: 12.5 → 12.50), as the PDF prints the cell. Never rounded: 12.345
 * stays and the rules ask for two places; counts and whole numbers stay as they are.
 */
export function cellTextOnLeave(raw: string, measure: 'count' | 'amount' | 'share' | 'growth'): string {
  const normal = normaliseNumberText(raw);
  return measure !== 'count' && /^-?\d+\.\d$/.test(normal) ? `${normal}0` : normal;
}

/** Measure words of counts, by what is counted (the form prints no unit for counts). */
const COUNT_WORDS: readonly [RegExp, string][] = [
  [/企业(数量)?$/, '家'],
  [/人员数量$|人数$/, '人'],
  [/专利|知识产权/, '件'],
];

/** The unit a count is read in: 「集群企业数量」 家, 「从业人员数量」 人, patents 件, otherwise 个. */
export function countUnit(label: string): string {
  return COUNT_WORDS.find(([words]) => words.test(label))?.[1] ?? '个';
}
