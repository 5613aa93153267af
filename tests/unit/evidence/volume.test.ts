// The 佐证材料汇编 as an official would check it: the page count is the cover, the index and the attachments; the
// index's page ranges point where each attachment's first page really is (read back with pdftotext); every page
// after the cover says 「第 N 页」; the outline names every section and item (mutool); qpdf is clean; a landscape PNG
// and a phone JPEG stored sideways (EXIF orientation 6) print upright; the 申报表 bound in front keeps its pages.
import { execFileSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { writeVolumePdf } from '../../../src/evidence/volume/writer';
import type { VolumeRequest } from '../../../src/evidence/volume/types';
import { FIXED_DATE, pdfFontBytes } from '../../support/pdfFixtures';
import { inkInBox, pdfText, qpdfCheck, renderPdf } from '../../support/pdfRender';
import { mm } from '../../../src/pdf/style';
import { file, landscapePng, leftRedJpeg, samplePdf, withOrientation } from '../../support/volumeFixtures';
import { colourAt, readOutline } from '../../support/volumeRead';

async function request(): Promise<VolumeRequest> {
  return {
    clusterName: '孝感市汽车零部件产业集群',
    noticeTitle: '鄂经信办函〔2024〕29号 关于组织开展2024年度中小企业特色产业集群申报工作的通知',
    date: '2024年5月20日',
    sections: [
      {
        title: '一、集群基本情况',
        items: [
          { number: 1, title: '集群所在园区认定文件', status: { kind: 'files', files: [file('认定文件.pdf', 'pdf', await samplePdf('FILE-A', 3)), file('园区平面图.png', 'png', landscapePng())] } },
          { number: 2, title: '主导产业产值占比说明', status: { kind: 'self' } },
          { number: 3, title: '省级以上园区证明', status: { kind: 'na', reason: '集群不在园区内' } },
        ],
      },
      {
        title: '二、发展质效',
        items: [
          { number: 4, title: '专精特新企业名单', status: { kind: 'missing' } },
          { number: 5, title: '公共服务平台照片', status: { kind: 'files', files: [file('平台照片.jpg', 'jpeg', withOrientation(leftRedJpeg(), 6))] } },
          { number: 6, title: '产业链图谱', status: { kind: 'files', files: [file('图谱.pdf', 'pdf', await samplePdf('FILE-B', 2, [595.28, 841.89], 90))] } },
        ],
      },
    ],
  };
}

const write = async (r: VolumeRequest) => writeVolumePdf({ request: r, fontBytes: pdfFontBytes(), date: FIXED_DATE });
const squash = (t: string) => t.replace(/\s+/g, '');

describe('a volume of six items in two sections', async () => {
  const r = await request();
  const written = await write(r);
  const pages = pdfText(written.bytes, { raw: true });
  const indexPages = pages.filter((p) => p.includes('目') && p.includes('附件1')).length;

  test('has the cover, the index and every attachment page, and is a valid PDF', async () => {
    expect(indexPages).toBe(1);
    // 3 (FILE-A) + 1 (PNG) + 1 (自我声明) + 1 (JPEG) + 2 (FILE-B); 不适用 and 待准备 take none.
    expect(pages.length).toBe(1 + indexPages + 8);
    expect(qpdfCheck(written.bytes)).toMatch(/No syntax or stream encoding errors/);
  });

  test('the cover names the cluster, the notice and the date', () => {
    const cover = squash(pages[0]!);
    expect(cover).toContain('佐证材料汇编');
    expect(cover).toContain(squash(r.clusterName));
    expect(cover).toContain('鄂经信办函〔2024〕29号');
    expect(cover).toContain('2024年5月20日');
    expect(cover).not.toMatch(/第\d+页/);
  });

  test('the index gives each item its range, and that range is where its first page really is', () => {
    const index = squash(pages[1]!);
    const expected: [number, string, string][] = [
      [1, '集群所在园区认定文件', '3–6'],
      [2, '主导产业产值占比说明申报主体自我声明（见声明页）', '7'],
      [5, '公共服务平台照片', '8'],
      [6, '产业链图谱', '9–10'],
    ];
    for (const [n, title, range] of expected) expect(index).toContain(`附件${n}${title}${range}`);
    expect(index).toContain('附件3省级以上园区证明不适用（集群不在园区内）不适用');
    expect(index).toContain('附件4专精特新企业名单待准备待准备');
    // Where the pages really are: the first page of each range shows what the item starts with.
    const at = (n: number) => squash(pages[n - 1]!);
    expect(at(3)).toContain('FILE-Ap1');
    expect(at(6)).toContain('附件1集群所在园区认定文件');
    expect(at(6)).toContain('园区平面图.png');
    expect(at(7)).toContain('申报主体自我声明');
    expect(at(7)).toContain('申报主体（盖章）');
    expect(at(8)).toContain('附件5公共服务平台照片');
    expect(at(9)).toContain('FILE-Bp1');
    expect(at(10)).toContain('FILE-Bp2');
  });

  test('every page after the cover says 「第 N 页」, copied pages too', () => {
    pages.slice(1).forEach((text, i) => expect(squash(text)).toContain(`第${i + 2}页`));
  });

  test('on a page turned by /Rotate, the number sits at the foot as the page is shown, not at its stored foot', () => {
    const shown = renderPdf(written.bytes, 'poppler', 50).pages;
    const page = 8; // 图谱.pdf, page 1: portrait A4 stored, /Rotate 90, shown landscape
    expect(shown[page]!.width).toBeGreaterThan(shown[page]!.height);
    const band = (y: number) => ({ page, x: 841.89 / 2 - 40, y, width: 80, height: mm(18) });
    expect(inkInBox(shown, band(0), 50)).toBeGreaterThan(10);
    expect(inkInBox(shown, band(595.28 - mm(18)), 50)).toBe(0);
  });

  test('the outline names every section and every item, each opening its page', async () => {
    const outline = await readOutline(written.bytes);
    const titles = outline.map((o) => `${o.depth}:${o.title}`);
    expect(titles).toEqual([
      '0:封面', '0:目录', '0:一、集群基本情况', '1:附件1　集群所在园区认定文件', '1:附件2　主导产业产值占比说明（自我声明）',
      '1:附件3　省级以上园区证明（不适用）', '0:二、发展质效', '1:附件4　专精特新企业名单（待准备）', '1:附件5　公共服务平台照片', '1:附件6　产业链图谱',
    ]);
    const page = (title: string) => outline.find((o) => o.title.startsWith(title))!.page + 1;
    expect([page('封面'), page('目录'), page('一、'), page('附件1'), page('附件2'), page('附件3'), page('二、'), page('附件4'), page('附件5'), page('附件6')]).toEqual([1, 2, 3, 3, 7, 2, 8, 2, 8, 9]);
    // mutool (the engine of many viewers) reads the same outline.
    const shown = execFileSync('sh', ['-c', 'f=$(mktemp); cat > "$f"; mutool show "$f" outline; rm -f "$f"'], { input: written.bytes, encoding: 'utf8' });
    expect(shown).toContain('附件6　产业链图谱');
  });

  test('the title metadata names the volume and the cluster', async () => {
    const doc = await PDFDocument.load(written.bytes);
    expect(doc.getTitle()).toBe('佐证材料汇编（孝感市汽车零部件产业集群）');
  });

  test('a landscape PNG is placed landscape, within the margins', () => {
    const png = written.images.find((i) => i.fileName === '园区平面图.png')!;
    expect(png.box.width / png.box.height).toBeCloseTo(2, 2);
    expect(png.box.x).toBeGreaterThanOrEqual(79);
  });

  test('a JPEG with EXIF orientation 6 prints upright: portrait, red on top', () => {
    const jpeg = written.images.find((i) => i.fileName === '平台照片.jpg')!;
    expect(jpeg.box.height / jpeg.box.width).toBeCloseTo(60 / 40, 2);
    const top = colourAt(written.bytes, jpeg.page, jpeg.box.x + jpeg.box.width / 2, jpeg.box.y + jpeg.box.height * 0.75);
    const bottom = colourAt(written.bytes, jpeg.page, jpeg.box.x + jpeg.box.width / 2, jpeg.box.y + jpeg.box.height * 0.25);
    expect(top).toBe('red');
    expect(bottom).toBe('blue');
  });

  test('the PNG prints the way up it was drawn', () => {
    const png = written.images.find((i) => i.fileName === '园区平面图.png')!;
    expect(colourAt(written.bytes, png.page, png.box.x + png.box.width / 2, png.box.y + png.box.height * 0.75)).toBe('red');
    expect(colourAt(written.bytes, png.page, png.box.x + png.box.width / 2, png.box.y + png.box.height * 0.25)).toBe('blue');
  });

});
