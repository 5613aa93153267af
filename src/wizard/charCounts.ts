// Character counts of text fields, computed once per change of that field and shared by every counter.
// Hint: section 8's nine text areas each show the section total; summing cached per-field counts keeps a
// keystroke in one area from re-counting all 3000 characters nine times.
import { computed } from '@preact/signals';
import type { ReadonlySignal } from '@preact/signals';
import { countChars } from '../forms/text';
import type { Editor } from './store';

const cache = new WeakMap<Editor, Map<string, ReadonlySignal<number>>>();

/** The character count of one field's text, as a signal. */
export function charCount(store: Editor, fieldId: string): ReadonlySignal<number> {
  let perStore = cache.get(store);
  if (!perStore) cache.set(store, (perStore = new Map()));
  let count = perStore.get(fieldId);
  if (!count) {
    const value = store.field(fieldId);
    perStore.set(fieldId, (count = computed(() => (typeof value.value === 'string' ? countChars(value.value) : 0))));
  }
  return count;
}

/** The total over several fields sharing one budget. */
export function totalChars(store: Editor, fieldIds: readonly string[]): number {
  return fieldIds.reduce((n, id) => n + charCount(store, id).value, 0);
}
