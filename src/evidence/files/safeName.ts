// A file name Windows can write: the name as the official knows it is kept for display; the stored and exported
// copy goes under this one (a folder unzipped on Windows, a file saved from the volume).
// Hint: the rules are Windows' (learn.microsoft.com "Naming Files, Paths, and Namespaces"): no < > : " / \ | ? *
// or control characters, no trailing dot or space, none of the device names CON, PRN, AUX, NUL, COM1–9, LPT1–9.

const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f]/g;
const DEVICE = /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])(\.|$)/i;
/** Hint: 255 UTF-16 units is the NTFS limit; leave room for a folder and a numbering prefix. */
const MAX_LENGTH = 120;

/** `name` with each forbidden character replaced by 「_」, a device name prefixed, and the length bounded. */
export function windowsSafeName(name: string): string {
  let safe = name.replace(FORBIDDEN, '_').replace(/[. ]+$/, '');
  if (DEVICE.test(safe)) safe = `_${safe}`;
  if (safe.length > MAX_LENGTH) {
    const dot = safe.lastIndexOf('.');
    const ext = dot > 0 && safe.length - dot <= 10 ? safe.slice(dot) : '';
    safe = safe.slice(0, MAX_LENGTH - ext.length) + ext;
  }
  return safe || '未命名文件';
}

/** Whether the name had to change to be written on Windows. */
export const needsSafeName = (name: string): boolean => windowsSafeName(name) !== name;
