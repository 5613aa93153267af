// The storage core the wizard calls: drafts kept in IndexedDB (or, without it, in memory, said so), autosaved,
// restored and migrated through one restoreDraft, coordinated across tabs, exported and imported as files.
// See docs/draft-format.md for the file format and the versioning and migration policy.
export { createAutosave, MEMORY_ONLY_TEXT } from './autosave';
export { flushWhenHidden } from './leaving';
export type { Autosave, AutosaveOptions, SaveState, SaveStatus } from './autosave';
export { createChangeFeed } from './changes';
export type { ChangeFeed, DraftChange } from './changes';
export { createDraftStore, openDraftStore, openDraftStoreOrMemory } from './db';
export type { DeletedDraft, DraftStore, LoadResult, OpenOptions, SaveOptions } from './db';
export type { ImportChoice } from './db-actions';
export { backupReminder, requestPersistence, storageSpace } from './durability';
export type { BackupReminder, PersistAnswer, StorageSpace } from './durability';
export { DraftStoreError } from './errors';
export type { StoreErrorKind } from './errors';
export { exportDraftsFile, MAX_FILE_BYTES, MAX_FILE_DRAFTS, parseImportFile } from './file';
export type { ExportedFile, ImportConflict, ImportItem, ImportParse } from './file';
export { FILE_FORMAT, FILE_FORMAT_VERSION } from './file-schema';
export { clockTime, formatBytes, localDateTime } from './format';
export { restoreDraft } from './restore';
export type { ImportedDraft, RestoreResult } from './restore';
export { clusterNameOf, completeness, draftName } from './summary';
export type { DraftLabels, DraftSummary } from './summary';
export { claimDraft, openDraftIds } from './tabs';
export { followStored, TYPING_MS } from './follow';
export type { FollowOutcome, FollowingEditor } from './follow';
export { openForEditing } from './opening';
export type { OpenedDraft } from './opening';
export { collectForExport } from './exporting';
export type { ExportSet, UnreadableDraft } from './exporting';
export { changedFields, changesText } from './diff';
export { UNREADABLE_NAME } from './listing';
export type { ClaimEvent, DraftClaim, TabRole } from './tabs';
export { sweepJournals, takeJournal } from './journal';
export { JOURNAL_DB } from './journal-store';
export type { JournalStore } from './journal-store';
export type { JournalOutcome, StoredState } from './journal';
