// restoreDraft: the one entry for every draft read from IndexedDB, a file or another tab. It checks the schema
// version, migrates older drafts step by step, fills defaults, and sets aside (never drops) what it cannot place.
import * as v from 'valibot';
import { DRAFT_SCHEMA_VERSION, draftProgressSchema, draftSchema, draftValuesSchema } from '../forms/draft';
import { enterprisesSchema } from '../forms/enterpriseValues';
import { evidenceMarkSchema, type EvidenceMarks } from '../forms/evidenceMarks';
import { submissionSchema } from '../forms/submission';
import type { DraftProgress, UnplacedValue } from '../forms/draft';
import { resolveNotice } from '../forms/index';
import type { AnyDraft } from '../forms/registry';
import type { FormDefinition } from '../forms/types';
import { migrateDraft } from './migrations';
import type { ImportedDraft } from './migrations';
import { placeValue, setAside } from './place';
import { isRecord, kindName, plainJson } from './plain';

export type { ImportedDraft };

/** A restored draft, read-only when a newer app wrote it; or why it cannot be read. Messages are Chinese. */
export type RestoreResult =
  | { readonly ok: true; readonly draft: AnyDraft; readonly readOnly: boolean; readonly notes: readonly string[] }
  | { readonly ok: false; readonly error: string };

export interface RestoreOptions {
  /** Clock for defaults (tests). */
  readonly now?: () => Date;
  /** Id for a draft that has none (tests). */
  readonly newId?: () => string;
}

/** A fresh draft id (a random UUID). Hint: crypto.randomUUID arrived in Chromium 92; older kernels build one. */
export function newDraftId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Restore anything loaded or imported into a valid current draft. Never throws. */
export function restoreDraft(input: unknown, options: RestoreOptions = {}): RestoreResult {
  try {
    return _restore(input, options);
  } catch (error) {
    // Hint: a safety net only; every known bad input has its own message below.
    return { ok: false, error: `无法读取草稿：${error instanceof Error ? error.message : String(error)}` };
  }
}

function _restore(input: unknown, options: RestoreOptions): RestoreResult {
  if (!isRecord(input)) return { ok: false, error: '内容不是草稿：草稿应是一个带有 noticeId 和 values 的对象。' };
  const version = input.version ?? 0;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { ok: false, error: `草稿的格式版本无法识别（version: ${_shown(version)}）。` };
  }
  const notes: string[] = [];
  const readOnly = version > DRAFT_SCHEMA_VERSION;
  if (readOnly) {
    notes.push(`此草稿由更新版本的应用保存（格式版本 ${version}，本应用为 ${DRAFT_SCHEMA_VERSION}），只能查看，不能修改。请刷新页面或更新应用后再编辑。`);
  }
  // Hint: a newer draft is read as if current: what still fits shows, the rest is set aside; it is never saved back.
  const doc = readOnly ? input : migrateDraft(input, version, notes);
  return _restoreCurrent(doc, readOnly, notes, options);
}

const envelopeKeys = new Set(['version', 'id', 'noticeId', 'formVersion', 'createdAt', 'updatedAt', 'title', 'values', 'unplaced', 'selfDeclared', 'enterprises', 'progress', 'submission', 'evidence']);
const schemas = new Map<string, { values: v.GenericSchema; draft: v.GenericSchema; enterprises: v.GenericSchema }>();

function _schemasOf(form: FormDefinition) {
  let found = schemas.get(form.id);
  if (!found) schemas.set(form.id, (found = { values: draftValuesSchema(form), draft: draftSchema(form), enterprises: enterprisesSchema(form) }));
  return found;
}

function _restoreCurrent(doc: ImportedDraft, readOnly: boolean, notes: string[], options: RestoreOptions): RestoreResult {
  const form = _formOf(doc);
  if (typeof form === 'string') return { ok: false, error: form };
  const now = (options.now ?? (() => new Date()))().toISOString();
  const unplaced: UnplacedValue[] = _carriedUnplaced(doc.unplaced);
  const before = unplaced.length;
  const keep: Keep = (placed) => unplaced.push(...placed.unplaced);
  const id = _id(doc.id, options, notes, keep);
  const createdAt = _timestamp(doc, 'createdAt', now, notes, keep);
  const updatedAt = _timestamp(doc, 'updatedAt', createdAt, notes, keep);
  const title = _title(doc.title, keep);
  const selfDeclared = _selfDeclared(doc.selfDeclared, keep);
  const progress = _progress(doc.progress, keep);
  const values = placeValue(_schemasOf(form).values, doc.values ?? {}, ['values']);
  keep(values);
  // Hint: placed row by row like the values: a row or cell that does not fit is set aside, the rest kept.
  const enterprises = doc.enterprises === undefined ? undefined : placeValue(_schemasOf(form).enterprises, doc.enterprises, ['enterprises']);
  if (enterprises) keep(enterprises);
  const submission = doc.submission === undefined ? undefined : placeValue(submissionSchema, doc.submission, ['submission']);
  if (submission) keep(submission);
  const evidence = _evidenceMarks(doc.evidence, keep);
  for (const key of Object.keys(doc)) if (!envelopeKeys.has(key)) keep(setAside(doc[key], [key], '草稿中没有这一项'));
  if (unplaced.length > before) notes.push(`有 ${unplaced.length - before} 项内容无法放入此版本的申报表，已单独保留在「未归位内容」中，没有丢弃。`);
  const candidate = {
    version: DRAFT_SCHEMA_VERSION,
    id,
    noticeId: doc.noticeId,
    formVersion: form.id,
    createdAt,
    updatedAt,
    values: values.value ?? {},
    ...(title !== undefined ? { title } : {}),
    ...(selfDeclared !== undefined ? { selfDeclared } : {}),
    ...(enterprises?.value !== undefined ? { enterprises: enterprises.value } : {}),
    ...(progress !== undefined ? { progress } : {}),
    ...(submission?.value !== undefined ? { submission: submission.value } : {}),
    ...(evidence !== undefined ? { evidence } : {}),
    ...(unplaced.length > 0 ? { unplaced } : {}),
  };
  const checked = v.safeParse(_schemasOf(form).draft, candidate);
  if (!checked.success) return { ok: false, error: `草稿内容无法读取：${v.summarize(checked.issues)}` };
  return { ok: true, draft: checked.output as AnyDraft, readOnly, notes };
}

/** The form version the draft's notice uses, or a Chinese error. */
function _formOf(doc: ImportedDraft): FormDefinition | string {
  if (typeof doc.noticeId !== 'string' || doc.noticeId === '') return '草稿没有注明所属的申报通知，无法确定申报表版本。';
  let form: FormDefinition;
  try {
    form = resolveNotice(doc.noticeId).form;
  } catch (error) {
    return `${(error as Error).message}。此草稿可能来自更新版本的应用，请更新应用后再打开。`;
  }
  if (doc.formVersion !== undefined && doc.formVersion !== form.id) {
    return `草稿的申报表版本（${_shown(doc.formVersion)}）与申报通知 ${doc.noticeId} 使用的版本（${form.id}）不一致，文件可能已被改动。`;
  }
  return form;
}

function _carriedUnplaced(value: unknown): UnplacedValue[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return [...setAside(value, ['unplaced'], '未归位内容应为列表').unplaced];
  return value.flatMap((item: unknown, i) =>
    isRecord(item) && typeof item.path === 'string' && typeof item.reason === 'string'
      ? [{ path: item.path, value: plainJson(item.value), reason: item.reason }]
      : setAside(item, ['unplaced', i], '未归位内容的格式不对').unplaced,
  );
}

type Keep = (placed: { unplaced: readonly UnplacedValue[] }) => number;

/**
 * Whether text holds half of a UTF-16 surrogate pair: such text cannot be put in an address or written as UTF-8.
 * Hint: String.prototype.isWellFormed is ES2024, newer than the office browsers this app supports.
 */
export function hasLoneSurrogate(text: string): boolean {
  return /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}

function _id(value: unknown, options: RestoreOptions, notes: string[], keep: Keep): string {
  if (typeof value === 'string' && value.length > 0 && value.length <= 200 && !hasLoneSurrogate(value)) return value;
  if (value !== undefined) keep(setAside(value, ['id'], '草稿编号应为 1–200 个可以识别的字符'));
  notes.push(typeof value === 'string' && hasLoneSurrogate(value) ? '草稿编号中有无法识别的字符，已分配新编号。' : '草稿缺少有效的编号，已分配新编号。');
  return (options.newId ?? newDraftId)();
}

function _title(value: unknown, keep: Keep): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  keep(setAside(value, ['title'], '名称应为文字'));
  return undefined;
}

/** 认定标准自查 declarations: criterion id → true/false; anything else is set aside, not dropped. */
function _selfDeclared(value: unknown, keep: Keep): Record<string, boolean> | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value)) return void keep(setAside(value, ['selfDeclared'], '自查声明应为“标准项 → 是否符合”的列表'));
  const kept: Record<string, boolean> = {};
  for (const [k, v] of Object.entries(value)) {
    if (typeof v === 'boolean') kept[k] = v;
    else keep(setAside(v, ['selfDeclared', k], '自查声明应为“是”或“否”'));
  }
  return kept;
}

const _unsafeKeys = new Set(['__proto__', 'prototype', 'constructor']);

/** 佐证材料 marks: item key → 自我声明 / 不适用 with its reason; each mark that does not fit set aside on its own. */
function _evidenceMarks(value: unknown, keep: Keep): EvidenceMarks | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value)) return void keep(setAside(value, ['evidence'], '佐证材料的标记应为“材料项 → 标记”的列表'));
  const kept: [string, EvidenceMarks[string]][] = [];
  for (const [k, mark] of Object.entries(value)) {
    // Hint: valibot's record skips these keys (prototype safety), so keeping one would lose it silently.
    if (_unsafeKeys.has(k)) keep(setAside(mark, ['evidence', k], '不是佐证材料项的编号'));
    else if (v.is(evidenceMarkSchema, mark)) kept.push([k, mark]);
    else keep(setAside(mark, ['evidence', k], '佐证材料的标记应为“自我声明”或带理由的“不适用”'));
  }
  return Object.fromEntries(kept);
}

/** 「完成本节」 progress: kept when well-formed; anything else set aside, not dropped. */
function _progress(value: unknown, keep: Keep): DraftProgress | undefined {
  if (value === undefined || v.is(draftProgressSchema, value)) return value;
  keep(setAside(value, ['progress'], '填写进度的格式无法识别，各部分请重新点“完成本节”'));
  return undefined;
}

function _timestamp(doc: ImportedDraft, key: 'createdAt' | 'updatedAt', fallback: string, notes: string[], keep: Keep): string {
  const value = doc[key];
  if (typeof value === 'string' && v.is(v.pipe(v.string(), v.isoTimestamp()), value)) return value;
  if (value !== undefined) keep(setAside(value, [key], '时间格式无法识别'));
  notes.push(key === 'createdAt' ? '草稿缺少创建时间，已按当前时间补齐。' : '草稿缺少修改时间，已按创建时间补齐。');
  return fallback;
}

/** A value in a message: text quoted, other primitives as written, objects by kind (some cannot become text). */
function _shown(value: unknown): string {
  if (typeof value === 'string') return `"${value.slice(0, 40)}"`;
  return typeof value === 'object' || typeof value === 'function' ? kindName(value) : String(value);
}
