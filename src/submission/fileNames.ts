// File and folder names that every system accepts, Windows being the strictest: no \ / : * ? " < > | or control
// characters, no trailing dot or space (Explorer cannot open such a file), no reserved device name (CON, NUL,
// COM1…), and a length that keeps a folder's paths well under Windows' 260-character MAX_PATH.

const FORBIDDEN = /[\\/:*?"<>|]+/g;
const CONTROL = /[\u0000-\u001f\u007f]/g;
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;

/**
 * A name safe on Windows, at most `max` characters (counted as a person counts, so a CJK name is not cut in
 * half); `fallback` where nothing printable is left.
 */
export function safeName(name: string, max = 60, fallback = '未命名'): string {
  const cleaned = name.replace(CONTROL, '').replace(FORBIDDEN, '_').replace(/\s+/g, ' ').trim();
  const cut = Array.from(cleaned).slice(0, max).join('');
  // Hint: Windows drops trailing dots and spaces when it creates a file, so a zip entry keeping them cannot be opened.
  const trimmed = cut.replace(/[.\s]+$/, '').replace(/^[.\s]+/, '');
  if (!trimmed) return fallback;
  return RESERVED.test(trimmed.split('.')[0]!) ? `_${trimmed}` : trimmed;
}

/** `{base}.{ext}` with the base made safe; the extension is ours and kept whole. */
export function safeFileName(base: string, ext: string, max = 60): string {
  return `${safeName(base, max)}.${ext}`;
}
