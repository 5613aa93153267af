// The volume request built from a draft: its checklist in the one numbering, each item's status from its marks
// and files, the files' bytes in the order added, the cover's facts as entered.
import { readFileSync } from 'node:fs';
import { beforeEach, expect, test } from 'vitest';
import { attachFiles } from '../../../src/evidence/files/attach';
import { inspectFile } from '../../../src/evidence/files/inspect';
import { unlistedFiles } from '../../../src/evidence/volumeRequest';
import { openAttachmentStore, type AttachmentStore } from '../../../src/storage/attachments';
import { draftEvidence } from '../../../src/wizard/evidence/draftEvidence';
import { volumeRequest } from '../../../src/wizard/evidence/volumeRequest';
import { createEditor } from '../../../src/wizard/store';
import { fixtureDrafts } from '../../fixtures/drafts';
import { freshProfile } from '../storage/profile';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/evidence/${name}`, import.meta.url)));
const draft = fixtureDrafts['gd-2023'];
let store: AttachmentStore;
let clock = Date.parse('2024-05-20T02:00:00Z');
const deps = () => ({ store, inspect: inspectFile, ask: async () => true, now: () => new Date((clock += 1000)) });
const attach = (itemKey: string, ...names: string[]) => attachFiles(names.map((n) => new File([fixture(n)], n)), { draftId: draft.id, itemKey }, deps());

beforeEach(async () => {
  freshProfile();
  store = await openAttachmentStore();
});

test('every item in order with its status; files in the order added, bytes unchanged', async () => {
  const editor = createEditor(draft as never);
  await attach('list:1', 'scan.png');
  await attach('list:3', 'certificate.pdf', 'photo.jpg');
  await attach('list:1', 'photo.jpg');
  editor.markEvidence('list:2', { mark: 'self' });
  editor.markEvidence('list:4', { mark: 'na', reason: '集群内没有上市企业' });
  const request = await volumeRequest(editor, { files: store, date: new Date(2024, 4, 20) });

  expect([request.clusterName, request.date]).toEqual([(draft.values as { clusterName: string }).clusterName, '2024年5月20日']);
  expect(request.noticeTitle).toContain('粤工信服务函〔2023〕6号');
  const items = request.sections.flatMap((s) => s.items);
  expect(items.map((i) => i.number)).toEqual(items.map((_, i) => i + 1));
  expect(request.sections.map((s) => s.title)).toEqual(draftEvidence(editor).map((s) => s.heading));
  const [one, two, three, four, five] = items;
  expect(one!.status.kind === 'files' && one!.status.files.map((f) => [f.name, f.type])).toEqual([['scan.png', 'png'], ['photo.jpg', 'jpeg']]);
  expect(three!.status.kind === 'files' && three!.status.files.map((f) => f.name)).toEqual(['certificate.pdf', 'photo.jpg']);
  const pdf = three!.status.kind === 'files' ? three!.status.files[0]!.blob : undefined;
  expect(new Uint8Array(await pdf!.arrayBuffer())).toEqual(fixture('certificate.pdf'));
  expect([two!.status, four!.status, five!.status]).toEqual([{ kind: 'self' }, { kind: 'na', reason: '集群内没有上市企业' }, { kind: 'missing' }]);
  expect(request).not.toHaveProperty('formPdf');
  const withForm = await volumeRequest(editor, { files: store, formPdf: new Uint8Array([1, 2]) });
  expect(withForm.formPdf).toEqual(new Uint8Array([1, 2]));
});

test('files of an item the list no longer has are left out of the volume and named as unlisted', async () => {
  const editor = createEditor(draft as never);
  await attach('someField:gone', 'photo.jpg');
  const request = await volumeRequest(editor, { files: store });
  expect(request.sections.flatMap((s) => s.items).some((i) => i.status.kind === 'files')).toBe(false);
  expect(unlistedFiles(draftEvidence(editor), await store.list(draft.id)).map((f) => f.name)).toEqual(['photo.jpg']);
});
