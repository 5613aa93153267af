// Attachments made in the page for the benchmark and the component checks: noise JPEGs (noise does not compress,
// so a few megapixels make a phone photo's few megabytes), some stored sideways with EXIF orientation 6, PDFs of
// several pages each holding a JPEG (a scanned certificate), a PNG, and bad files.
import { PDFDocument } from 'pdf-lib';
import type { VolumeFile, VolumeRequest, VolumeSection } from '../../../src/evidence/volume/types';

async function noiseJpeg(width: number, height: number, quality: number): Promise<Uint8Array> {
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d')!;
  const image = ctx.createImageData(width, height);
  const rgba = new Uint32Array(image.data.buffer);
  let x = 0x9e3779b9;
  for (let i = 0; i < rgba.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    rgba[i] = x | 0xff000000;
  }
  ctx.putImageData(image, 0, 0);
  ctx.fillStyle = '#c00';
  ctx.fillRect(0, 0, width, height / 8);
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality });
  return new Uint8Array(await blob.arrayBuffer());
}

/** `jpeg` with an EXIF orientation tag (APP1 right after SOI). */
function withOrientation(jpeg: Uint8Array, orientation: number): Uint8Array {
  const tiff = [0x4d, 0x4d, 0, 0x2a, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0, 0, 0, 0, 0];
  const body = [0x45, 0x78, 0x69, 0x66, 0, 0, ...tiff];
  const app1 = [0xff, 0xe1, (body.length + 2) >> 8, (body.length + 2) & 0xff, ...body];
  return new Uint8Array([...jpeg.subarray(0, 2), ...app1, ...jpeg.subarray(2)]);
}

async function scanPdf(pageImage: Uint8Array, pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const image = await doc.embedJpg(pageImage);
  for (let i = 0; i < pages; i++) doc.addPage([595.28, 841.89]).drawImage(image, { x: 40, y: 40, width: 515, height: 760 });
  return doc.save();
}

const file = (name: string, type: VolumeFile['type'], bytes: Uint8Array): VolumeFile => ({ name, type, blob: new Blob([bytes as BlobPart]) });

/** 50 attachments of about 150 MB: 25 photos of ~3 MB (every fifth stored sideways), 25 PDFs of 3 pages of ~1 MB. */
export async function benchRequest(): Promise<VolumeRequest> {
  const photo = await noiseJpeg(2900, 2150, 0.92);
  const scan = await noiseJpeg(1650, 1230, 0.92);
  const pdf = await scanPdf(scan, 3);
  const sections: VolumeSection[] = Array.from({ length: 5 }, (_, s) => ({
    title: `${'一二三四五'[s]}、第${s + 1}部分`,
    items: Array.from({ length: 10 }, (_, i) => {
      const number = s * 10 + i + 1;
      const files = number % 2 ? [file(`照片${number}.jpg`, 'jpeg', number % 5 === 1 ? withOrientation(photo, 6) : photo)] : [file(`扫描件${number}.pdf`, 'pdf', pdf)];
      return { number, title: `佐证材料第${number}项`, status: { kind: 'files' as const, files } };
    }),
  }));
  return { clusterName: '孝感市汽车零部件产业集群', noticeTitle: '鄂经信办函〔2024〕29号', date: '2024年5月20日', sections };
}

/** Three items (a PDF, a JPG, a PNG), a 自我声明 and a 待准备; with `bad`, a corrupt PDF and an empty photo too. */
export async function smallRequest(bad: boolean): Promise<VolumeRequest> {
  const jpeg = await noiseJpeg(400, 300, 0.8);
  const canvas = new OffscreenCanvas(300, 150);
  canvas.getContext('2d')!.fillRect(0, 0, 300, 75);
  const png = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer());
  const pdf = await scanPdf(jpeg, 2);
  const broken = bad ? [file('损坏的证书.pdf', 'pdf', new TextEncoder().encode('%PDF-1.7 broken')), file('空照片.jpg', 'jpeg', new Uint8Array())] : [];
  const items = [
    { number: 1, title: '园区认定文件', status: { kind: 'files' as const, files: [file('认定文件.pdf', 'pdf', pdf), ...broken] } },
    { number: 2, title: '公共服务平台照片', status: { kind: 'files' as const, files: [file('平台.jpg', 'jpeg', withOrientation(jpeg, 6))] } },
    { number: 3, title: '产业链图谱', status: { kind: 'files' as const, files: [file('图谱.png', 'png', png)] } },
    { number: 4, title: '主导产业产值占比说明', status: { kind: 'self' as const } },
    { number: 5, title: '专精特新企业名单', status: { kind: 'missing' as const } },
  ];
  return { clusterName: '孝感市汽车零部件产业集群', noticeTitle: '鄂经信办函〔2024〕29号', date: '2024年5月20日', sections: [{ title: '一、集群基本情况', items }] };
}

/** The request's files: how many and how many bytes. */
export function sizeOf(request: VolumeRequest): { files: number; bytes: number } {
  const files = request.sections.flatMap((s) => s.items.flatMap((i) => (i.status.kind === 'files' ? i.status.files : [])));
  return { files: files.length, bytes: files.reduce((n, f) => n + f.blob.size, 0) };
}
