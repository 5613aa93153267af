// A text cell that grows with what is typed (the targets table's 定性描述), so nothing typed is cut off from view.
// Hint: sized from its scrollHeight on each change rather than CSS `field-sizing`, which the es2020-era engines
// (360, QQ) lack.
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Field } from '../../forms/types';
import { hasError, issuesAt } from '../issues';
import { controlId } from '../names';
import type { Editor } from '../store';
import { readCell, writeCell } from './cells';

interface Props {
  field: Field;
  path: string;
  store: Editor;
  name: string;
  describedBy?: string;
}

export function GrowingText({ field, path, store, name, describedBy }: Props) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const text = readCell(field, store.field(field.id).value, path);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    box.style.height = 'auto';
    box.style.height = `${box.scrollHeight + 4}px`;
  }, [text]);
  return (
    <textarea
      ref={ref}
      id={controlId(field.id, path)}
      class="growing-text"
      rows={1}
      aria-label={name}
      aria-describedby={describedBy}
      aria-invalid={hasError(issuesAt(field.id, path)) || undefined}
      value={text}
      onInput={(e) => store.set(field.id, writeCell(field, store.current(field), path, e.currentTarget.value))}
    />
  );
}
