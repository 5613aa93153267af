// A revision counter that follows the editor's once typing pauses, so the whole-draft checks (statuses of every
// step, computed values) run once per pause instead of once per keystroke.
import { useSignal, useSignalEffect } from '@preact/signals';
import type { ReadonlySignal } from '@preact/signals';

export function useSettled(revision: ReadonlySignal<number>, delayMs = 150): ReadonlySignal<number> {
  const settled = useSignal(revision.peek());
  useSignalEffect(() => {
    const r = revision.value;
    const t = setTimeout(() => (settled.value = r), delayMs);
    return () => clearTimeout(t);
  });
  return settled;
}
