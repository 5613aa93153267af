// Times and sizes as the storage messages show them, in the browser's time zone: 「10:42」, 「2024-05-20 10:42」, 「1.2 MB」.

const pad = (n: number) => String(n).padStart(2, '0');

/** 「10:42」. */
export function clockTime(at: Date): string {
  return `${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/** 「2024-05-20」, for file names and dates. */
export function localDate(at: Date): string {
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** 「2024-05-20 10:42」 from an ISO time; the text itself if it is not one. */
export function localDateTime(iso: string): string {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? iso : `${localDate(at)} ${clockTime(at)}`;
}

/** 「512 B」「34.5 KB」「1.2 MB」「2.3 GB」. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${Math.round(value)} B` : `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}
