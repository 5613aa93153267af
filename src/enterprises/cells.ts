// Spreadsheet cells as the draft keeps them: text. A number read from a file becomes the text a person would type
// (binary floating point noise removed), a date its YYYY-MM-DD (so the problem shows what was there), text is trimmed.

/** Hint: Excel stores doubles; 15 significant digits is what it shows, and drops noise such as 0.30000000000000004. */
export function numberText(n: number): string {
  if (!Number.isFinite(n) || Number.isInteger(n)) return String(n);
  return String(Number(n.toPrecision(15)));
}

function _two(n: number): string {
  return String(n).padStart(2, '0');
}

/** A date cell as 「2021-03-04」 (the calendar date the sheet shows; read-excel-file gives it at UTC midnight). */
export function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getUTCFullYear()}-${_two(d.getUTCMonth() + 1)}-${_two(d.getUTCDate())}`;
}

const EDGE_SPACE = /^[\s\u3000]|[\s\u3000]$/;

/** Any cell value read from a file or pasted, as text; empty cells as undefined. */
export function cellText(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  // Hint: the common cases first and without regular expressions; a thousand-row sheet has twenty thousand cells.
  if (typeof value === 'number') return numberText(value);
  const text = value instanceof Date ? dateText(value) : typeof value === 'string' ? value : String(value);
  const trimmed = EDGE_SPACE.test(text) ? text.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '') : text;
  return trimmed === '' ? undefined : trimmed;
}

/** Header text compared loosely: no spaces, brackets and colons of either width alike. */
export function headerKey(value: unknown): string {
  return (cellText(value) ?? '')
    .replace(/[\s\u3000]/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/[:：]/g, '');
}
