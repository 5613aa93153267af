// The draft's attached files as the page shows them: one signal per draft, read from the files' database and
// re-read after every change here or in another tab (a BroadcastChannel names the draft that changed).
import { signal, type Signal } from '@preact/signals';
import { attachFiles, type AttachOutcome } from '../../evidence/files/attach';
import { inspectInWorker } from '../../evidence/files/inspectClient';
import { requestPersistence } from '../../storage';
import type { AttachmentMeta, StoredAttachment } from '../../storage';
import { attachmentStore } from '../persistence';
import { askQuestion } from './questions';

/** The files of a draft (undefined while loading), and why they cannot be kept here, if so. */
export interface DraftFiles {
  readonly files: Signal<readonly AttachmentMeta[] | undefined>;
  readonly problem: Signal<string>;
}

const lists = new Map<string, DraftFiles>();
const CHANNEL = 'jiqun-shenbao-files';
let channel: BroadcastChannel | undefined;

const _meta = ({ blob: _b, ...meta }: StoredAttachment): AttachmentMeta => meta;

async function _load(draftId: string): Promise<void> {
  const entry = lists.get(draftId)!;
  const { store, problem } = await attachmentStore();
  if (!store) return void ((entry.problem.value = `此浏览器不能保存附件：${problem?.message ?? ''}`), (entry.files.value = []));
  try {
    entry.files.value = (await store.list(draftId)).map(_meta);
    entry.problem.value = '';
  } catch (e) {
    // Hint: said, not hidden: an empty list here would read as 「待准备」 for files that are still stored.
    entry.problem.value = `读取已附的文件时出错：${e instanceof Error ? e.message : String(e)}`;
    entry.files.value ??= [];
  }
}

function _listen(): void {
  if (channel || typeof BroadcastChannel === 'undefined') return;
  channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (e: MessageEvent<string>) => void (lists.has(e.data) && _load(e.data));
}

/** Tell this page and the others that a draft's files changed. */
function _changed(draftId: string): Promise<void> {
  channel?.postMessage(draftId);
  return _load(draftId);
}

export function draftFiles(draftId: string): DraftFiles {
  let entry = lists.get(draftId);
  if (!entry) {
    lists.set(draftId, (entry = { files: signal(undefined), problem: signal('') }));
    _listen();
    void _load(draftId);
  }
  return entry;
}

/** Files per item key. */
export function fileCounts(files: readonly AttachmentMeta[] | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of files ?? []) counts.set(f.itemKey, (counts.get(f.itemKey) ?? 0) + 1);
  return counts;
}

/** Attach files to an item; an outcome per file. Throws (a Chinese message) where files cannot be kept at all. */
export async function addFiles(draftId: string, itemKey: string, files: readonly File[]): Promise<AttachOutcome[]> {
  const { store, problem } = await attachmentStore();
  if (!store) throw new Error(`此浏览器不能保存附件：${problem?.message ?? ''}`);
  const outcomes = await attachFiles(files, { draftId, itemKey }, { store, inspect: inspectInWorker, ask: askQuestion, persist: () => requestPersistence() });
  await _changed(draftId);
  return outcomes;
}

/** Delete one file; returns it whole, so 「撤销」 can put it back. */
export async function removeFile(draftId: string, id: string): Promise<StoredAttachment | undefined> {
  const { store } = await attachmentStore();
  const file = (await store?.list(draftId))?.find((f) => f.id === id);
  if (!store || !file) return undefined;
  await store.remove(id);
  await _changed(draftId);
  return file;
}

/** 「撤销」 a deletion: the same record, bytes and all. */
export async function restoreFile(file: StoredAttachment): Promise<void> {
  const { store } = await attachmentStore();
  await store?.add(file);
  await _changed(file.draftId);
}
