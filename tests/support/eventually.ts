// vi.waitFor with a limit sized for a busy two-core machine: its 1 s default is shorter than a pause seen there
// (two CPU burners beside the suite in CI), and a test waits on a condition, so a quick machine pays nothing.
import { vi } from 'vitest';

/** Retries `check` until it passes (or 20 s have gone by). */
export function eventually<T>(check: () => T | Promise<T>): Promise<T> {
  return vi.waitFor(check, { timeout: 20_000, interval: 20 });
}
