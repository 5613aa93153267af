// A panel that takes files dropped on it (the start page's draft import, the city's county files), marked while
// something is dragged over it, and the list of what reading them said.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

export function FileDrop({ onFiles, children }: { onFiles: (files: File[]) => void; children: ComponentChildren }) {
  const [dragging, setDragging] = useState(false);
  return (
    <div
      class={`import-panel ${dragging ? 'dragging' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        const files = Array.from(e.dataTransfer?.files ?? []);
        if (files.length) onFiles(files);
      }}
    >
      {children}
    </div>
  );
}

export type ImportMessage = { readonly text: string; readonly error?: boolean };

/** What importing said, one line each, errors marked; nothing while there is nothing to say. */
export function ImportMessages({ messages }: { messages: readonly ImportMessage[] }) {
  if (!messages.length) return null;
  return (
    <div role="status">
      <ul class="import-messages">
        {messages.map((m) => (
          <li class={m.error ? 'error-message' : ''}>{m.text}</li>
        ))}
      </ul>
    </div>
  );
}
