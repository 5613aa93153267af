// The volume with the 申报表 in front, with nothing entered for the cluster, and with bad files: each bad file a
// typed problem naming the item and the file, all of them listed at once, and no volume written.
import { describe, expect, test } from 'vitest';
import { volumeFileName } from '../../../src/evidence/volume/naming';
import { VolumeError } from '../../../src/evidence/volume/problems';
import type { VolumeItem, VolumeRequest } from '../../../src/evidence/volume/types';
import { writeVolumePdf } from '../../../src/evidence/volume/writer';
import { FIXED_DATE, fixtureValues, pdfFontBytes, writeNoticePdf } from '../../support/pdfFixtures';
import { pdfText, qpdfCheck } from '../../support/pdfRender';
import { encryptedPdf, file, landscapePng, leftRedJpeg, samplePdf, withOrientation } from '../../support/volumeFixtures';
import { readOutline } from '../../support/volumeRead';

const squash = (t: string) => t.replace(/\s+/g, '');
const write = (request: VolumeRequest) => writeVolumePdf({ request, fontBytes: pdfFontBytes(), date: FIXED_DATE });
const oneSection = (items: VolumeItem[], clusterName = '孝感市汽车零部件产业集群'): VolumeRequest => ({
  clusterName,
  noticeTitle: '鄂经信办函〔2024〕29号',
  date: '2024年5月20日',
  sections: [{ title: '一、集群基本情况', items }],
});

describe('the 申报表 bound in front', async () => {
  const form = (await writeNoticePdf('hb-2024', fixtureValues('hb-2024'))).bytes;
  const formPages = pdfText(form).length;
  const written = await write({ ...oneSection([{ number: 1, title: '园区认定文件', status: { kind: 'files', files: [file('a.pdf', 'pdf', await samplePdf('FILE-A', 2))] } }]), formPdf: form });
  const pages = pdfText(written.bytes);

  test('comes first, its pages as they were, then the cover; the volume numbers its own pages from the cover', async () => {
    expect(written.formPages).toBe(formPages);
    expect(pages.length).toBe(formPages + 1 + 1 + 2);
    expect(squash(pages[0]!)).toBe(squash(pdfText(form)[0]!));
    expect(squash(pages[formPages]!)).toContain('佐证材料汇编');
    expect(squash(pages[formPages + 1]!)).toContain('附件1园区认定文件3–4');
    expect(squash(pages[formPages + 2]!)).toContain('FILE-Ap1');
    expect(squash(pages[formPages + 2]!)).toContain('第3页');
    expect(qpdfCheck(written.bytes)).toMatch(/No syntax or stream encoding errors/);
  });

  test('has its own bookmark', async () => {
    const outline = await readOutline(written.bytes);
    expect(outline.slice(0, 3).map((o) => [o.title, o.page])).toEqual([
      ['申报表', 0],
      ['封面', formPages],
      ['目录', formPages + 1],
    ]);
  });
});

describe('nothing entered is printed as nothing', () => {
  test('an empty 集群名称 leaves its cover line blank, and the file and title carry no name', async () => {
    const written = await write(oneSection([{ number: 1, title: '园区认定文件', status: { kind: 'missing' } }], '  '));
    const cover = squash(pdfText(written.bytes)[0]!);
    expect(cover).toContain('集群名称：申报通知：');
    expect(volumeFileName('  ')).toBe('佐证材料汇编.pdf');
    expect(volumeFileName('孝感/汽车*集群')).toBe('孝感_汽车_集群-佐证材料汇编.pdf');
  });
});

describe('bad files', async () => {
  const good = await samplePdf('GOOD', 1);
  const corrupt = new TextEncoder().encode('%PDF-1.7\n' + 'x'.repeat(500));
  const bad: VolumeItem[] = [
    { number: 1, title: '园区认定文件', status: { kind: 'files', files: [file('好文件.pdf', 'pdf', good), file('损坏.pdf', 'pdf', corrupt)] } },
    { number: 2, title: '企业名单', status: { kind: 'files', files: [file('加密.pdf', 'pdf', encryptedPdf(good))] } },
    { number: 3, title: '平台照片', status: { kind: 'files', files: [file('空.jpg', 'jpeg', new Uint8Array())] } },
    { number: 4, title: '现场照片', status: { kind: 'files', files: [file('坏图.png', 'png', landscapePng().slice(0, 40)), file('不是图.jpg', 'jpeg', new TextEncoder().encode('hello')), file('好图.jpg', 'jpeg', leftRedJpeg())] } },
  ];

  test('are each named with their item and a typed kind, all at once, and no volume is written', async () => {
    const progress: string[] = [];
    const error = await writeVolumePdf({ request: oneSection(bad), fontBytes: pdfFontBytes(), onProgress: (_, stage) => progress.push(stage) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VolumeError);
    const problems = (error as VolumeError).problems.map((p) => [p.itemNumber, p.fileName, p.kind]);
    expect(problems).toEqual([
      [1, '损坏.pdf', 'pdf-corrupt'],
      [2, '加密.pdf', 'pdf-encrypted'],
      [3, '空.jpg', 'empty-file'],
      [4, '坏图.png', 'image-undecodable'],
      [4, '不是图.jpg', 'image-undecodable'],
    ]);
    const first = (error as VolumeError).problems[0]!;
    expect(first.message).toBe('附件1（园区认定文件）的“损坏.pdf”已损坏，无法作为 PDF 读取。请用原软件重新导出或重新扫描后再附上。');
    expect((error as VolumeError).problems[1]!.message).toContain('密码');
    // Every file was read (the good ones too) before giving up, and nothing was saved.
    expect(progress).toContain('读取：附件4 好图.jpg');
    expect(progress).not.toContain('保存 PDF');
  });

  test('once removed, the rest of the volume is written whole', async () => {
    const kept = bad.map((item) => (item.status.kind === 'files' ? { ...item, status: { kind: 'files' as const, files: item.status.files.filter((f) => f.name.startsWith('好')) } } : item));
    const written = await write(oneSection(kept));
    const pages = pdfText(written.bytes, { raw: true });
    expect(pages.length).toBe(1 + 1 + 2);
    expect(squash(pages[1]!)).toContain('附件1园区认定文件3');
    expect(squash(pages[1]!)).toContain('附件4现场照片4');
  });
});

describe('photos in every EXIF orientation', async () => {
  const { colourAt } = await import('../../support/volumeRead');
  const { jpegOrientation } = await import('../../../src/evidence/volume/exif');
  // The fixture is stored red on the left; each orientation says where that side is once the photo is upright.
  const redSide = { 1: 'left', 2: 'right', 3: 'right', 4: 'left', 5: 'top', 6: 'top', 7: 'bottom', 8: 'bottom' } as const;
  const files = ([1, 2, 3, 4, 5, 6, 7, 8] as const).map((o) => file(`o${o}.jpg`, 'jpeg', withOrientation(leftRedJpeg(), o)));
  const written = await write(oneSection([{ number: 1, title: '现场照片', status: { kind: 'files', files } }]));

  test.each(Object.entries(redSide))('orientation %s: red is on the %s', (o, side) => {
    const { page, box } = written.images.find((i) => i.fileName === `o${o}.jpg`)!;
    const at = { left: [0.2, 0.5], right: [0.8, 0.5], top: [0.5, 0.8], bottom: [0.5, 0.2] } as const;
    const colour = (where: keyof typeof at) => colourAt(written.bytes, page, box.x + box.width * at[where][0], box.y + box.height * at[where][1]);
    const opposite = { left: 'right', right: 'left', top: 'bottom', bottom: 'top' } as const;
    expect(colour(side)).toBe('red');
    expect(colour(opposite[side])).toBe('blue');
    expect(box.width > box.height).toBe(Number(o) <= 4);
  });

  test('the orientation is read from big- and little-endian EXIF, and is 1 without one', () => {
    const little = withOrientation(leftRedJpeg(), 8);
    // Rewrite the TIFF header and the entry as little-endian (II, 2A 00, offset 08 00 00 00, count, tag 12 01, type, count, value).
    const at = little.indexOf(0x4d, 10);
    little.set([0x49, 0x49, 0x2a, 0, 8, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, 8, 0], at);
    expect(jpegOrientation(little)).toBe(8);
    expect(jpegOrientation(withOrientation(leftRedJpeg(), 6))).toBe(6);
    expect(jpegOrientation(leftRedJpeg())).toBe(1);
    // A damaged EXIF block (its IFD offset pointing far past the file) reads as 1: the photo still prints, as stored.
    const damaged = withOrientation(leftRedJpeg(), 6);
    damaged.set([0x7f, 0xff, 0xff, 0xff], damaged.indexOf(0x4d, 10) + 4);
    expect(jpegOrientation(damaged)).toBe(1);
  });
});

describe('a long checklist', async () => {
  const items: VolumeItem[] = await Promise.all(
    Array.from({ length: 90 }, async (_, i) => {
      const number = i + 1;
      const status = number % 3 === 0 ? ({ kind: 'missing' } as const) : ({ kind: 'files', files: [file(`f${number}.pdf`, 'pdf', await samplePdf(`F${number}X`, 1 + (number % 2)))] } as const);
      return { number, title: `第${number}项佐证材料，其名称较长以便在目录中换行显示，检验目录跨页时页码仍然正确`, status };
    }),
  );
  const written = await write(oneSection(items));
  const pages = pdfText(written.bytes, { raw: true }).map(squash);

  test('runs the index over several pages, its header on each, and every range still points at its file', () => {
    const indexPages = pages.filter((p) => p.includes('附件材料名称页码'));
    expect(indexPages.length).toBeGreaterThan(2);
    expect(pages.indexOf(indexPages[0]!)).toBe(1);
    const index = indexPages.join('');
    for (const item of items) {
      const range = written.ranges.get(item.number);
      if (!range) continue;
      expect(index).toContain(`附件${item.number}${squash(item.title)}${range.first === range.last ? range.first : `${range.first}–${range.last}`}`);
      expect(pages[range.first - 1]).toContain(`F${item.number}Xp1`);
    }
    expect(pages.length).toBe(1 + indexPages.length + items.filter((i) => i.number % 3).reduce((n, i) => n + 1 + (i.number % 2), 0));
  });
});

test('characters the font lacks print as 〓 and are reported', async () => {
  const written = await write(oneSection([{ number: 1, title: '照片😀', status: { kind: 'files', files: [file('现场😀.png', 'png', landscapePng())] } }]));
  expect(written.missing).toEqual(['😀']);
  expect(squash(pdfText(written.bytes)[2]!)).toContain('附件1照片〓');
});

test('a stored file that can no longer be read is named, like any bad file', async () => {
  const gone = { name: '已清除.pdf', type: 'pdf' as const, blob: { arrayBuffer: () => Promise.reject(new DOMException('gone', 'NotReadableError')), size: 10 } as unknown as Blob };
  const error = await write(oneSection([{ number: 7, title: '园区认定文件', status: { kind: 'files', files: [gone, file('好.pdf', 'pdf', await samplePdf('OK', 1))] } }])).catch((e: unknown) => e);
  expect((error as VolumeError).problems.map((p) => [p.kind, p.fileName])).toEqual([['file-unreadable', '已清除.pdf']]);
  expect((error as VolumeError).problems[0]!.message).toBe('附件7（园区认定文件）的“已清除.pdf”无法读取（本机保存的副本可能已被浏览器清除）。请重新附上原文件。');
});

test('an item given no files is listed as 待准备, never with an empty page cell', async () => {
  const written = await write(oneSection([{ number: 1, title: '园区认定文件', status: { kind: 'files', files: [] } }]));
  expect(squash(pdfText(written.bytes, { raw: true })[1]!)).toContain('附件1园区认定文件待准备待准备');
  expect((await readOutline(written.bytes)).map((o) => o.title)).toContain('附件1　园区认定文件（待准备）');
});

test('a copied page whose content leaves a transformation behind still gets its number at the foot', async () => {
  const { PDFDocument, concatTransformationMatrix } = await import('pdf-lib');
  const { inkInBox, renderPdf } = await import('../../support/pdfRender');
  const doc = await PDFDocument.create();
  // Hint: content that ends scaled to a quarter and moved up, never restored (no q … Q), as some producers write.
  doc.addPage([595.28, 841.89]).pushOperators(concatTransformationMatrix(0.25, 0, 0, 0.25, 0, 600));
  const written = await write(oneSection([{ number: 1, title: '园区认定文件', status: { kind: 'files', files: [file('a.pdf', 'pdf', await doc.save())] } }]));
  const shown = renderPdf(written.bytes, 'poppler', 50).pages;
  expect(squash(pdfText(written.bytes)[2]!)).toContain('第3页');
  expect(inkInBox(shown, { page: 2, x: 595.28 / 2 - 40, y: 0, width: 80, height: 60 }, 50)).toBeGreaterThan(10);
});
