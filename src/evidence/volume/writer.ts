// Writes the 佐证材料汇编 (bound evidence volume) from a VolumeRequest: the 申报表 in front when asked, the cover,
// the index, then every item's attachments in order (PDF pages copied as they are, each image upright on its own
// A4 page under its caption, a 自我声明 page to sign), 「第 N 页」 on every page after the cover, bookmarks per
// section and item. Every file is read first; if any cannot be, nothing is written (VolumeError lists them all).
// Pure apart from the font it is handed: runs in the volume worker or in Node.
import { PDFDocument, PDFName, PDFHexString, type PDFFont } from 'pdf-lib';
import { embedSubsetFont, nameSubsetAfter } from '../../pdf/font/embedSubsetFont';
import type { PagePlan } from '../../pdf/layout/types';
import { paintPages } from '../../pdf/paint';
import { printable, undrawable } from '../../pdf/text/clean';
import { textMeasure, type TextMeasure } from '../../pdf/text/metrics';
import { volumeTitle } from './naming';
import { coverPage, declarationPage, imagePage, itemLabel, type ImageBox } from './ownPages';
import { writeOutlineTree, type OutlineNode } from './outline';
import { planVolume, type VolumePlan } from './plan';
import { VolumeError } from './problems';
import { prepareItems, type PreparedItem } from './sources';
import { drawImage, fitImage, stampPageNumber } from './stamp';
import type { VolumeProgress, VolumeRequest } from './types';

export interface WriteVolumeInput {
  readonly request: VolumeRequest;
  /** The TrueType font (fonts/NotoSerifSC-Regular.subset.ttf). */
  readonly fontBytes: Uint8Array;
  /** Written as the creation date; defaults to now. */
  readonly date?: Date;
  readonly onProgress?: VolumeProgress;
}

export interface WrittenVolume {
  readonly bytes: Uint8Array;
  /** Pages of the 申报表 bound in front (0 without it); volume page n is PDF page formPages + n. */
  readonly formPages: number;
  readonly ranges: VolumePlan['ranges'];
  /** Where each image was drawn (PDF page index, 0-based), upright: for tests and checks. */
  readonly images: readonly { readonly page: number; readonly fileName: string; readonly box: ImageBox }[];
  /** Characters the font lacks (printed as 〓). */
  readonly missing: readonly string[];
}

function _measure(font: PDFFont): TextMeasure {
  const coverage = new Set(font.getCharacterSet());
  return textMeasure((ch) => font.widthOfTextAtSize(ch, 1), (t) => printable(t, { hasGlyphForCodePoint: (cp) => coverage.has(cp) }));
}

async function _formPages(doc: PDFDocument, formPdf: Uint8Array | undefined): Promise<number> {
  if (!formPdf) return 0;
  const form = await PDFDocument.load(formPdf, { updateMetadata: false });
  const pages = await doc.copyPages(form, form.getPageIndices());
  for (const page of pages) doc.addPage(page);
  return pages.length;
}

/** Adds each item's pages in order; returns where the images went. */
function _attachments(doc: PDFDocument, font: PDFFont, items: readonly PreparedItem[], measure: TextMeasure, drawn: PagePlan[], progress: VolumeProgress): WrittenVolume['images'] {
  const images: { page: number; fileName: string; box: ImageBox }[] = [];
  items.forEach((p, i) => {
    progress(0.7 + (0.15 * i) / Math.max(1, items.length), `装订：${itemLabel(p.item)}`);
    if (p.item.status.kind === 'self') return _paint(doc, font, [declarationPage(p.item, measure)], drawn);
    for (const f of p.files) {
      if (f.kind === 'pdf') {
        for (const page of f.pages) doc.addPage(page);
        continue;
      }
      const { plan, box } = imagePage(p.item, f.file.name, measure, doc.getPages()[0]?.getHeight() ?? 841.89);
      _paint(doc, font, [plan], drawn);
      const page = doc.getPageCount() - 1;
      const placed = fitImage(f.image, f.orientation, box);
      drawImage(doc.getPage(page), f.image, f.orientation, placed);
      images.push({ page, fileName: f.file.name, box: placed });
    }
  });
  return images;
}

function _paint(doc: PDFDocument, font: PDFFont, plans: readonly PagePlan[], drawn: PagePlan[]): void {
  paintPages(doc, { text: font }, plans);
  drawn.push(...plans);
}

/** 申报表, 封面, 目录, then each section and its items. */
function _outline(plan: VolumePlan, request: VolumeRequest, formPages: number): OutlineNode[] {
  const at = (volumePage: number) => formPages + volumePage - 1;
  const indexPage = (i: number) => at(2 + i);
  const sections = request.sections.map((section, s) => {
    const children = section.items.map((item) => {
      const range = plan.ranges.get(item.number);
      const note = item.status.kind === 'na' ? '（不适用）' : item.status.kind === 'self' ? '（自我声明）' : range ? '' : '（待准备）';
      return { title: `${itemLabel(item)}${note}`, page: range ? at(range.first) : indexPage(plan.index.itemPage.get(item.number) ?? 0) };
    });
    // Hint: a section opens at its first item with pages, else where the index lists it.
    const first = section.items.findIndex((item) => plan.ranges.has(item.number));
    return { title: section.title, page: first >= 0 ? children[first]!.page : indexPage(plan.index.sectionPage[s] ?? 0), children };
  });
  return [...(formPages ? [{ title: '申报表', page: 0 }] : []), { title: '封面', page: at(1) }, { title: '目录', page: at(2) }, ...sections];
}

/**
 * Page labels, so the viewer's page box shows the printed numbers: the 申报表 as 「申报表-1」…, the volume from 1.
 * Hint: without a 申报表 in front the labels are the viewer's own numbers, so none are written.
 */
function _pageLabels(doc: PDFDocument, formPages: number): void {
  if (!formPages) return;
  const { context } = doc;
  const nums = [0, context.obj({ S: 'D', P: PDFHexString.fromText('申报表-') }), formPages, context.obj({ S: 'D' })];
  doc.catalog.set(PDFName.of('PageLabels'), context.obj({ Nums: nums }));
}

function _metadata(doc: PDFDocument, request: VolumeRequest, date: Date): void {
  doc.setTitle(volumeTitle(request.clusterName), { showInWindowTitleBar: true });
  if (request.noticeTitle.trim()) doc.setSubject(request.noticeTitle.trim());
  doc.setLanguage('zh-CN');
  doc.setCreator('集群申报助手');
  doc.setProducer('集群申报助手（pdf-lib）');
  doc.setCreationDate(date);
  doc.setModificationDate(date);
}

function _texts(request: VolumeRequest): string[] {
  const items = request.sections.flatMap((s) => s.items);
  const files = items.flatMap((i) => (i.status.kind === 'files' ? i.status.files.map((f) => f.name) : i.status.kind === 'na' ? [i.status.reason] : []));
  return [request.clusterName, request.noticeTitle, request.date, ...request.sections.map((s) => s.title), ...items.map((i) => i.title), ...files];
}

/** 「第 N 页」 on every page after the cover (the volume's numbering); returns the labels drawn. */
function _pageNumbers(doc: PDFDocument, font: PDFFont, formPages: number): string[] {
  const pages = doc.getPages();
  const labels: string[] = [];
  for (let i = formPages + 1; i < pages.length; i++) {
    const n = i - formPages + 1;
    labels.push(`第 ${n} 页`);
    stampPageNumber(pages[i]!, font, n);
  }
  return labels;
}

/** Writes the volume; throws VolumeError (every bad file listed) before writing anything if a file cannot be read. */
export async function writeVolumePdf(input: WriteVolumeInput): Promise<WrittenVolume> {
  const { request } = input;
  const progress: VolumeProgress = input.onProgress ?? (() => {});
  const doc = await PDFDocument.create();
  const font = await embedSubsetFont(doc, input.fontBytes);
  const measure = _measure(font);
  progress(0, '读取附件');
  const { items, problems } = await prepareItems(doc, request.sections, (done, total, item, name) => progress((0.7 * done) / Math.max(1, total), `读取：附件${item.number} ${name}`));
  if (problems.length) throw new VolumeError(problems);
  const plan = planVolume(request.sections, items, measure);
  const formPages = await _formPages(doc, request.formPdf);
  const drawn: PagePlan[] = [];
  _paint(doc, font, [coverPage(request, measure), ...plan.index.pages], drawn);
  const images = _attachments(doc, font, items, measure, drawn, progress);
  progress(0.85, '编页码、书签');
  const labels = _pageNumbers(doc, font, formPages);
  writeOutlineTree(doc, _outline(plan, request, formPages));
  _pageLabels(doc, formPages);
  nameSubsetAfter(font, [...drawn.flatMap((p) => p.ops.flatMap((o) => (o.kind === 'text' ? [o.text] : []))), ...labels]);
  _metadata(doc, request, input.date ?? new Date());
  progress(0.9, '保存 PDF');
  // Hint: object streams save a little on small objects but cost pdf-lib about 2.5× the time on a volume of scans.
  const bytes = await doc.save({ useObjectStreams: false });
  const charset = new Set(font.getCharacterSet());
  const covers = { hasGlyphForCodePoint: (cp: number) => charset.has(cp) };
  const missing = [...new Set(_texts(request).flatMap((t) => undrawable(t, covers)))];
  progress(1, '完成');
  return { bytes, formPages, ranges: plan.ranges, images, missing };
}
