// Attaching 佐证材料 files: what is taken (PDF, JPEG, PNG by their bytes), what is refused with which kind and a
// message naming the file, the questions asked first, the same file twice, a full disk that loses nothing else,
// persistence asked with the first file, and the files' store (by draft and item, 撤销 window, sweep).
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { attachFiles, type AttachDeps } from '../../../src/evidence/files/attach';
import { inspectFile } from '../../../src/evidence/files/inspect';
import type { AttachQuestion } from '../../../src/evidence/files/problems';
import { windowsSafeName } from '../../../src/evidence/files/safeName';
import { sniffType } from '../../../src/evidence/files/sniff';
import { openAttachmentStore, type AttachmentStore } from '../../../src/storage/attachments';
import { freshProfile, simulateFullDisk } from '../storage/profile';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/evidence/${name}`, import.meta.url)));
const fileOf = (name: string, bytes: Uint8Array | string, type = '') => new File([bytes as BlobPart], name, { type });
const target = { draftId: 'd1', itemKey: 'list:3' };

let store: AttachmentStore;
let asked: AttachQuestion[];
let deps: AttachDeps;
beforeEach(async () => {
  freshProfile();
  store = await openAttachmentStore();
  asked = [];
  deps = { store, inspect: inspectFile, ask: async (q) => (asked.push(q), true), now: () => new Date('2024-05-20T02:00:00Z') };
});

const kinds = (outcomes: Awaited<ReturnType<typeof attachFiles>>) => outcomes.map((o) => ('added' in o ? 'added' : o.problem.kind));

describe('what a file is, by its first bytes', () => {
  test.each([
    ['certificate.pdf', 'a.pdf', 'pdf'],
    ['photo.jpg', 'a.jpg', 'jpeg'],
    ['scan.png', '扫描件.PNG', 'png'],
    ['scan.tif', 'scan.jpg', 'tiff'],
  ])('%s named %s is %s', (fixtureName, name, type) => {
    expect(sniffType(fixture(fixtureName), name)).toBe(type);
  });

  test('HEIC, Word (doc and docx) and a renamed text file are told apart', () => {
    const heic = new Uint8Array([0, 0, 0, 24, ...new TextEncoder().encode('ftypheic')]);
    expect(sniffType(heic, 'IMG_0001.jpg')).toBe('heic');
    expect(sniffType(new Uint8Array([0x50, 0x4b, 3, 4]), '营业执照.docx')).toBe('word');
    expect(sniffType(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), '统计表.xls')).toBe('office');
    expect(sniffType(new TextEncoder().encode('hello'), 'x.pdf')).toBe('unknown');
  });
});

test('a file name Windows forbids is kept for display, stored under a safe name', () => {
  expect(windowsSafeName('营业执照:副本?.pdf')).toBe('营业执照_副本_.pdf');
  expect(windowsSafeName('CON.pdf')).toBe('_CON.pdf');
  expect(windowsSafeName('报告. ')).toBe('报告');
  expect(windowsSafeName('证书.pdf')).toBe('证书.pdf');
});

describe('attaching', () => {
  test('a PDF, a JPEG and a PNG are stored with name, type, size, pages and hash, in order', async () => {
    const files = [fileOf('证书:副本.pdf', fixture('certificate.pdf')), fileOf('照片.jpg', fixture('photo.jpg')), fileOf('扫描.png', fixture('scan.png'))];
    expect(kinds(await attachFiles(files, target, deps))).toEqual(['added', 'added', 'added']);
    const listed = await store.list('d1');
    expect(listed.map((f) => [f.name, f.storedName, f.type, f.pages, f.size])).toEqual([
      ['证书:副本.pdf', '证书_副本.pdf', 'pdf', 2, fixture('certificate.pdf').length],
      ['照片.jpg', '照片.jpg', 'jpeg', 1, fixture('photo.jpg').length],
      ['扫描.png', '扫描.png', 'png', 1, fixture('scan.png').length],
    ]);
    expect(new Uint8Array(await listed[0]!.blob.arrayBuffer())).toEqual(fixture('certificate.pdf'));
    expect(listed[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  test('bad files are refused each with its kind and a message naming it; the good one beside them is kept', async () => {
    const outcomes = await attachFiles(
      [
        fileOf('空白.pdf', ''),
        fileOf('扫描.tif', fixture('scan.tif')),
        fileOf('加密.pdf', fixture('protected.pdf')),
        fileOf('下载中断.pdf', fixture('truncated.pdf')),
        fileOf('说明.docx', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0])),
        fileOf('照片.jpg', fixture('photo.jpg')),
      ],
      target,
      deps,
    );
    expect(kinds(outcomes)).toEqual(['empty', 'tiff', 'pdf-encrypted', 'pdf-corrupt', 'word', 'added']);
    for (const o of outcomes) if ('problem' in o) expect(o.problem.message).toContain(`「${o.file}」`);
    expect(outcomes[4]).toMatchObject({ problem: { message: expect.stringContaining('另存为」PDF') } });
    expect((await store.list('d1')).map((f) => f.name)).toEqual(['照片.jpg']);
  });

  test('the same file twice on one item is stored once; on another item it is taken', async () => {
    const photo = () => fileOf('照片.jpg', fixture('photo.jpg'));
    await attachFiles([photo()], target, deps);
    expect(kinds(await attachFiles([photo(), fileOf('照片-副本.jpg', fixture('photo.jpg'))], target, deps))).toEqual(['duplicate', 'duplicate']);
    expect(kinds(await attachFiles([photo()], { ...target, itemKey: 'list:4' }, deps))).toEqual(['added']);
  });

  test('a file over 20 MB is asked about first; 「否」 leaves it out', async () => {
    const big = new Uint8Array(21 * 1024 * 1024);
    big.set(fixture('photo.jpg'));
    const refuse = { ...deps, ask: async (q: AttachQuestion) => (asked.push(q), false) };
    expect(kinds(await attachFiles([fileOf('航拍.jpg', big)], target, refuse))).toEqual(['declined']);
    expect(asked).toEqual([{ kind: 'large', file: '航拍.jpg', size: big.length }]);
    expect(kinds(await attachFiles([fileOf('航拍.jpg', big)], target, deps))).toEqual(['added']);
  });

  test('a PDF of more than 1000 pages is asked about after it is read', async () => {
    const inspect = async () => ({ sha256: 'a'.repeat(64), pdf: { ok: true as const, pages: 1500 } });
    expect(kinds(await attachFiles([fileOf('台账.pdf', fixture('certificate.pdf'))], target, { ...deps, inspect, ask: async (q) => (asked.push(q), false) }))).toEqual(['declined']);
    expect(asked).toEqual([{ kind: 'many-pages', file: '台账.pdf', pages: 1500 }]);
  });

  test('a full disk names the file that did not fit; the files before and after it stay', async () => {
    let free: (() => void) | undefined;
    const filling: AttachmentStore = {
      ...store,
      add: async (f) => {
        if (f.name === '大照片.png') free = await simulateFullDisk();
        try {
          return await store.add(f);
        } finally {
          free?.();
          free = undefined;
        }
      },
    };
    const outcomes = await attachFiles([fileOf('证书.pdf', fixture('certificate.pdf')), fileOf('大照片.png', fixture('scan.png')), fileOf('照片.jpg', fixture('photo.jpg'))], target, { ...deps, store: filling });
    expect(kinds(outcomes)).toEqual(['added', 'quota', 'added']);
    expect(outcomes[1]).toMatchObject({ problem: { message: expect.stringContaining('「大照片.png」没有保存；其他已附的文件都还在') } });
    expect((await store.list('d1')).map((f) => f.name)).toEqual(['证书.pdf', '照片.jpg']);
  });

  test('persistent storage is asked for with the first file ever kept, not again', async () => {
    const persist = vi.fn(async () => true);
    await attachFiles([fileOf('空白.pdf', '')], target, { ...deps, persist });
    expect(persist).not.toHaveBeenCalled();
    await attachFiles([fileOf('照片.jpg', fixture('photo.jpg')), fileOf('扫描.png', fixture('scan.png'))], target, { ...deps, persist });
    await attachFiles([fileOf('证书.pdf', fixture('certificate.pdf'))], { ...target, draftId: 'd2' }, { ...deps, persist });
    expect(persist).toHaveBeenCalledTimes(1);
  });
});

describe('the store', () => {
  const put = (draftId: string, name: string) => attachFiles([fileOf(name, fixture(name))], { draftId, itemKey: 'k' }, deps);

  test('a deleted draft keeps its files through the 撤销 window, then the sweep deletes them', async () => {
    await put('gone', 'photo.jpg');
    await put('kept', 'scan.png');
    await put('undone', 'certificate.pdf');
    const at = new Date('2024-05-20T02:00:00Z');
    await store.markDeleted('gone', at);
    await store.markDeleted('undone', at);
    await store.unmarkDeleted('undone');
    const minute = 60_000;
    expect(await store.sweep(new Set(['kept', 'undone']), new Date(at.getTime() + minute), 10 * minute)).toEqual([]);
    expect(await store.list('gone')).toHaveLength(1);
    expect(await store.sweep(new Set(['kept', 'undone']), new Date(at.getTime() + 11 * minute), 10 * minute)).toEqual(['gone']);
    expect([(await store.list('gone')).length, (await store.list('kept')).length, (await store.list('undone')).length]).toEqual([0, 1, 1]);
  });

  test('files of a draft that vanished without a delete mark (another app version, another tab) are swept at once', async () => {
    await put('orphan', 'photo.jpg');
    expect(await store.sweep(new Set(), new Date(), 600_000)).toEqual(['orphan']);
  });

  test('usage counts the bytes held, per draft and in all', async () => {
    await put('a', 'photo.jpg');
    await put('b', 'scan.png');
    expect(await store.usage('a')).toBe(fixture('photo.jpg').length);
    expect(await store.usage()).toBe(fixture('photo.jpg').length + fixture('scan.png').length);
    await store.remove((await store.list('a'))[0]!.id);
    expect(await store.usage('a')).toBe(0);
  });
});

test('「复制」 copies a draft’s files to the copy, bytes and all; the original keeps its own', async () => {
  await attachFiles([fileOf('照片.jpg', fixture('photo.jpg')), fileOf('证书.pdf', fixture('certificate.pdf'))], target, deps);
  expect(await store.copyDraft('d1', 'd1-copy')).toEqual([]);
  const copy = await store.list('d1-copy');
  expect(copy.map((f) => [f.itemKey, f.name])).toEqual([['list:3', '照片.jpg'], ['list:3', '证书.pdf']]);
  expect(new Uint8Array(await copy[1]!.blob.arrayBuffer())).toEqual(fixture('certificate.pdf'));
  await store.removeDraft('d1-copy');
  expect(await store.list('d1')).toHaveLength(2);
});
