// Ids for enterprise rows: random, so rows imported on two computers never collide when drafts are merged by hand.

/** A fresh row id, e.g. 「e-3f9a1c2b7d4e」. */
export function newRowId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return `e-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
