// The text of a file whatever program saved it: UTF-8 (what the app writes), UTF-16 with a byte order mark
// (Windows Notepad's 「Unicode」), else GB18030 — the superset of GBK that Chinese Windows programs save as 「ANSI」.
// Hint: each decoder is fatal, so invalid bytes are an error rather than U+FFFD (the mojibake of issue 16).

export type TextEncodingName = 'UTF-8' | 'UTF-16' | 'GB18030';

/** The decoded text and which encoding read it, or why no encoding could. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } | { error: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return _try(bytes, 'utf-16le', 'UTF-16');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return _try(bytes, 'utf-16be', 'UTF-16');
  const utf8 = _try(bytes, 'utf-8', 'UTF-8');
  if (!('error' in utf8)) return utf8;
  const gb = _try(bytes, 'gb18030', 'GB18030');
  return 'error' in gb ? { error: '文件的文字编码无法识别（既不是 UTF-8，也不是 GB18030/GBK），文件可能已损坏。' } : gb;
}

function _try(bytes: Uint8Array, label: string, encoding: TextEncodingName): { text: string; encoding: TextEncodingName } | { error: string } {
  try {
    return { text: new TextDecoder(label, { fatal: true }).decode(bytes), encoding };
  } catch {
    return { error: `文件不是有效的 ${encoding} 文字。` };
  }
}

/** What to tell the user about the encoding used (nothing for UTF-8). */
export function encodingNote(encoding: TextEncodingName): string | undefined {
  if (encoding === 'UTF-8') return undefined;
  return encoding === 'GB18030'
    ? '文件不是 UTF-8 编码（可能由其他程序另存为 GBK/ANSI），已按 GB18030（GBK）编码读取。请核对导入的文字是否正确。'
    : '文件是 UTF-16 编码（如记事本另存为「Unicode」），已按 UTF-16 读取。';
}
