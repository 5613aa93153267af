// Attaching files to one 佐证材料 item: each file checked in turn — empty, not PDF/JPEG/PNG by its bytes, too large
// (asked), damaged or locked PDF, very many pages (asked), already attached — then stored on its own, so one that
// does not fit (a full disk) is named and every other file stays. Persistent storage is asked for with the first file.
import { DraftStoreError, newDraftId } from '../../storage';
import type { AttachmentMeta, AttachmentStore } from '../../storage';
import type { Inspection } from './inspect';
import { attachProblem, LARGE_FILE_BYTES, MANY_PAGES, type AttachProblem, type AttachProblemKind, type AttachQuestion } from './problems';
import { windowsSafeName } from './safeName';
import { isAttachable, sniffType, SNIFF_BYTES, type AttachableType } from './sniff';

export interface AttachTarget {
  readonly draftId: string;
  readonly itemKey: string;
}

export interface AttachDeps {
  readonly store: AttachmentStore;
  /** The file's hash and PDF reading (the inspect worker on the page). */
  readonly inspect: (blob: Blob, pdf: boolean) => Promise<Inspection>;
  /** A question before taking a file; true takes it. */
  readonly ask: (question: AttachQuestion) => Promise<boolean>;
  /** Asks the browser to keep the site's data (navigator.storage.persist); called before the very first file. */
  readonly persist?: () => Promise<unknown>;
  readonly now?: () => Date;
}

export type AttachOutcome = { readonly file: string; readonly added: AttachmentMeta } | { readonly file: string; readonly problem: AttachProblem };

type Checked = { type: AttachableType; sha256: string; pages: number } | AttachProblemKind;

async function _head(file: Blob): Promise<Uint8Array | undefined> {
  try {
    return new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
  } catch {
    return undefined;
  }
}

/** Every check before storing, in the order that spares the most work: bytes first, the whole file last. */
async function _check(file: File, known: ReadonlySet<string>, deps: AttachDeps): Promise<Checked> {
  if (file.size === 0) return 'empty';
  const head = await _head(file);
  if (!head) return 'unreadable';
  const type = sniffType(head, file.name);
  if (!isAttachable(type)) return type;
  if (file.size > LARGE_FILE_BYTES && !(await deps.ask({ kind: 'large', file: file.name, size: file.size }))) return 'declined';
  const inspected = await deps.inspect(file, type === 'pdf').catch(() => undefined);
  if (!inspected) return 'unreadable';
  if (inspected.pdf && !inspected.pdf.ok) return inspected.pdf.kind;
  if (known.has(inspected.sha256)) return 'duplicate';
  const pages = inspected.pdf?.ok ? inspected.pdf.pages : 1;
  if (pages > MANY_PAGES && !(await deps.ask({ kind: 'many-pages', file: file.name, pages }))) return 'declined';
  return { type, sha256: inspected.sha256, pages };
}

/** Store one checked file; a storage failure becomes the file's problem. */
async function _store(file: File, checked: Exclude<Checked, string>, target: AttachTarget, deps: AttachDeps, place: number): Promise<AttachOutcome> {
  const addedAt = (deps.now ?? (() => new Date()))().toISOString();
  // Hint: files picked together are often stored within one millisecond; the id keeps the order they were given in.
  const id = `${addedAt}-${String(place).padStart(5, '0')}-${newDraftId()}`;
  const meta: AttachmentMeta = { id, ...target, name: file.name, storedName: windowsSafeName(file.name), ...checked, size: file.size, addedAt };
  try {
    await deps.store.add({ ...meta, blob: file });
    return { file: file.name, added: meta };
  } catch (error) {
    const kind = error instanceof DraftStoreError && error.kind === 'quota' ? 'quota' : 'storage';
    return { file: file.name, problem: attachProblem(kind, file.name) };
  }
}

/** Attach `files` to one item, one after another; an outcome per file, in the order given. */
export async function attachFiles(files: readonly File[], target: AttachTarget, deps: AttachDeps): Promise<AttachOutcome[]> {
  const known = new Set((await deps.store.list(target.draftId)).filter((f) => f.itemKey === target.itemKey).map((f) => f.sha256));
  let first = (await deps.store.usage()) === 0;
  const outcomes: AttachOutcome[] = [];
  for (const file of files) {
    const checked = await _check(file, known, deps);
    if (typeof checked === 'string') {
      outcomes.push({ file: file.name, problem: attachProblem(checked, file.name) });
      continue;
    }
    // Hint: asked once, with the first file ever kept; Chromium answers from site engagement without a prompt.
    if (first) await deps.persist?.().catch(() => undefined);
    first = false;
    const outcome = await _store(file, checked, target, deps, outcomes.length);
    if ('added' in outcome) known.add(checked.sha256);
    outcomes.push(outcome);
  }
  return outcomes;
}
