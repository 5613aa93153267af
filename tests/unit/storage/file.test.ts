// Draft files: export then import in a fresh browser profile gives the identical draft; each bad file of the
// issue's list gets a clear Chinese message and changes nothing; a draft already stored is never overwritten silently.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { AnyDraft } from '../../../src/forms/registry';
import type { DraftStore } from '../../../src/storage/db';
import { exportDraftsFile, parseImportFile } from '../../../src/storage/file';
import type { ImportParse } from '../../../src/storage/file';
import { freshProfile, openTestStore } from './profile';
import { fixture, fixtures, withValues } from './support';

const may20 = new Date(2024, 4, 20, 17, 42);
const file = (drafts: unknown[], extra: object = {}) => JSON.stringify({ format: 'jiqun-shenbao-drafts', formatVersion: 1, exportedAt: '2024-05-20T09:42:00.000Z', drafts, ...extra });
const items = (parse: ImportParse) => (parse.ok ? parse.items : []);

let store: DraftStore;
beforeEach(async () => {
  freshProfile();
  store = await openTestStore();
});
afterEach(() => store.close());

describe('export', () => {
  test('one draft: named after the draft, dated, with title and kept-aside values', () => {
    const draft = { ...fixture('hb-2024'), title: '仙桃（报市局版）', unplaced: [{ path: '/values/x', value: 1, reason: '此版本申报表没有这一项' }] } as AnyDraft;
    const exported = exportDraftsFile([draft], may20);
    expect(exported.fileName).toBe('仙桃（报市局版）-草稿-2024-05-20.json');
    expect(JSON.parse(exported.text)).toEqual({ format: 'jiqun-shenbao-drafts', formatVersion: 1, exportedAt: may20.toISOString(), drafts: [draft] });
    expect(exported.blob.type).toBe('application/json');
  });

  test('all drafts: one file, counted in the name', () => {
    expect(exportDraftsFile(Object.values(fixtures), may20).fileName).toBe('集群申报草稿-3份-2024-05-20.json');
  });

  test('a name with path or markup characters still makes a safe file name', () => {
    const draft = withValues(fixture('gd-2023'), { clusterName: '../<script>佛山:顺德?</script>' });
    expect(exportDraftsFile([draft], may20).fileName).toBe('__script_佛山_顺德___script_-草稿-2024-05-20.json');
  });
});

describe('export, then import into a fresh browser profile', () => {
  test('gives identical drafts, titles included, and the export time as the last backup', async () => {
    const drafts = Object.values(fixtures);
    for (const draft of drafts) await store.saveDraft(draft, { expectedRevision: 0, touch: false });
    await store.renameDraft(drafts[0]!.id, '顺德家电');
    const loaded = await Promise.all(drafts.map(async (d) => (await store.loadDraft(d.id)) as { draft: AnyDraft }));
    const exported = exportDraftsFile(loaded.map((l) => l.draft), may20);
    store.close();

    freshProfile();
    store = await openTestStore();
    const parse = await parseImportFile(new Blob([exported.text]), { existing: await store.listDrafts() });
    expect(parse).toMatchObject({ ok: true, importable: 3, exportedAt: exported.exportedAt });
    for (const item of items(parse)) if (item.ok) await store.importDraft(item.draft, { mode: 'new' }, exported.exportedAt);
    for (const { draft } of loaded) {
      expect(await store.loadDraft(draft.id)).toEqual({ ok: true, draft, readOnly: false, notes: [], revision: 1, writer: '', legacy: false, migrated: false, lastExportedAt: exported.exportedAt });
    }
  });
});

describe('a draft that is already stored', () => {
  test('is offered as a copy or a replacement, with both timestamps', async () => {
    const stored = fixture('hb-2024');
    await store.saveDraft(stored, { expectedRevision: 0, touch: false });
    const incoming = { ...withValues(stored, { area: '50.00' }), updatedAt: '2024-05-22T01:00:00.000Z' };
    const parse = await parseImportFile(file([incoming]), { existing: await store.listDrafts() });
    const [item] = items(parse);
    expect(item?.ok && item.conflict?.existing.revision).toBe(1);
    expect(item?.ok && item.conflict?.text).toMatch(/本机已有同一份草稿「湖北省仙桃市非织造布产业」（最后修改于 2024-05-\d\d \d\d:42）.*文件中的版本最后修改于 2024-05-22 \d\d:00（文件中的较新）/);
  });

  test('as a copy: both kept; as a replacement: the file wins; a draft edited meanwhile is not replaced', async () => {
    const stored = fixture('hb-2024');
    await store.saveDraft(stored, { expectedRevision: 0, touch: false });
    const incoming = withValues(stored, { area: '50.00' });
    const copyId = await store.importDraft(incoming, { mode: 'copy' });
    expect((await store.listDrafts()).map((s) => s.name).sort()).toEqual(['湖北省仙桃市非织造布产业', '湖北省仙桃市非织造布产业（导入的副本）']);
    expect(copyId).not.toBe(stored.id);
    await store.saveDraft(stored, { expectedRevision: 1 }); // edited in another tab after the question was asked
    await expect(store.importDraft(incoming, { mode: 'replace', expectedRevision: 1 })).rejects.toMatchObject({ kind: 'conflict' });
    await store.importDraft(incoming, { mode: 'replace', expectedRevision: 2 });
    const replaced = await store.loadDraft(stored.id);
    expect(replaced.ok && (replaced.draft.values as { area?: string }).area).toBe('50.00');
  });
});

describe('bad files: a clear message, nothing changed', () => {
  const hb = fixture('hb-2024', 'bad-file-test');
  const cases: [string, string | Blob, RegExp][] = [
    ['not JSON', '集群名称,主导产业\n仙桃,非织造布', /不是 JSON 格式/],
    ['a PDF', '%PDF-1.7\n%âãÏÓ', /这是 PDF 文件，不是草稿文件/],
    ['a Word file', 'PK\u0003\u0004\u0014\u0000', /Word、Excel 或压缩文件/],
    ['an empty file', '\uFEFF  \n', /文件是空的/],
    ['JSON of another shape', JSON.stringify({ name: '仙桃', rows: [1, 2] }), /不是本应用的草稿文件/],
    ['a JSON array', JSON.stringify([hb]), /不是本应用的草稿文件/],
    ['a file from a newer app', file([hb], { formatVersion: 2 }), /更新版本的应用导出/],
    ['no drafts list', file([], { drafts: 'none' }), /缺少草稿列表/],
    ['an empty drafts list', file([]), /文件中没有草稿/],
    ['a draft with wrong types', file([{ ...hb, noticeId: 42 }]), /第 1 份草稿：草稿没有注明所属的申报通知/],
    ['a draft for an unknown notice', file([{ ...hb, noticeId: 'zj-2099' }]), /第 1 份草稿：未知的申报通知：zj-2099/],
    ['a truncated file', file([hb]).slice(0, 900), /文件不完整：内容在中途被截断/],
    ['a truncated file ending in a string', '{"format":"jiqun-shenbao-drafts","drafts":[{"id":"仙', /文件不完整/],
    ['a file damaged in the middle', file([hb]).replace('"values"', '"values" "'), /文件已损坏：JSON 格式错误（第 \d+ 个字符附近）/],
    ['10,000 drafts', file(Array.from({ length: 10_000 }, (_, i) => ({ ...hb, id: `d${i}`, values: {} }))), /文件中有 10000 份草稿，超过一次最多导入 1000 份的上限/],
    ['an oversized file', new Blob([new Uint8Array(21 * 1024 * 1024)]), /文件太大（21 MB），超过 20 MB 的上限/],
  ];

  test.each(cases)('%s', async (_, input, message) => {
    const before = await store.listDrafts();
    const parse = await parseImportFile(input, { existing: before });
    expect(parse.ok).toBe(false);
    expect(!parse.ok && parse.error).toMatch(message);
    expect(await store.listDrafts()).toEqual(before);
  });

  test('an oversized text (not only a Blob) is refused before parsing', async () => {
    const parse = await parseImportFile(`{"x":"${'仙'.repeat(7_500_000)}"}`);
    expect(!parse.ok && parse.error).toMatch(/文件太大（21 MB）/);
  });

  test('one bad draft among good ones is reported by number; the good ones stay importable', async () => {
    const parse = await parseImportFile(file([fixture('gd-2023'), { ...hb, noticeId: 'zj-2099' }]));
    expect(parse).toMatchObject({ ok: true, importable: 1 });
    expect(items(parse)[1]).toEqual({ index: 1, ok: false, error: expect.stringMatching(/^第 2 份草稿：未知的申报通知/) });
  });

  test('HTML and script in a file stay plain text in the draft', async () => {
    const html = '<img src=x onerror=alert(1)><script>alert(document.cookie)</script>';
    const [item] = items(await parseImportFile(file([withValues(hb, { clusterName: html, planOverview: html })])));
    expect(item?.ok && item.draft.values).toMatchObject({ clusterName: html, planOverview: html });
  });

  test('a bare draft (not wrapped in the file format) is accepted', async () => {
    expect(await parseImportFile(JSON.stringify(hb))).toMatchObject({ ok: true, importable: 1 });
  });

  test('two drafts of one file sharing an id: the second becomes a copy', async () => {
    const [first, second] = items(await parseImportFile(file([hb, hb])));
    expect(first?.ok && second?.ok && [first.draft.id === second.draft.id, second.notes]).toEqual([false, ['文件中有编号重复的草稿，此份将作为副本导入。']]);
  });

  test('a draft from a newer app is shown read-only and not importable', async () => {
    const parse = await parseImportFile(file([{ ...hb, version: 9 }]));
    expect(!parse.ok && parse.error).toMatch(/更新版本的应用导出，请先更新应用/);
  });
});
