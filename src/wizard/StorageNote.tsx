// What the browser answered when asked to keep the drafts (navigator.storage.persist at the first save).
// Hint: below the task list, where it appears without moving the form; the live region exists from the start
// so a screen reader announces the answer when it arrives.
import type { Signal } from '@preact/signals';

export function StorageNote({ text }: { text: Signal<string> }) {
  return (
    <p class="storage-note" role="status" aria-label="本机保存">
      {text.value}
    </p>
  );
}
