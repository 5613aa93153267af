// Work that must finish before the page reloads into a new version (e.g. saving the draft).
type Task = () => Promise<void> | void;
const tasks = new Set<Task>();

/** Register work to run before an update reloads the page; returns an unregister function. */
export function beforeUpdate(task: Task): () => void {
  tasks.add(task);
  return () => tasks.delete(task);
}

/** Run every registered task (saves first, then the reload may happen). */
export async function runBeforeUpdate(): Promise<void> {
  await Promise.all([...tasks].map((t) => t()));
}
