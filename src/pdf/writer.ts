// The PDF writer: a form definition, a notice and a draft's values (or none, for the blank form) in, the
// bytes of the official form out. Pure apart from the font it is handed; runs in a Web Worker or in Node.
import type { FormValues } from '../forms/fieldValues';
import { PDFDocument, type PDFFont } from 'pdf-lib';
import type { Notice } from '../forms/notices';
import type { FormDefinition } from '../forms/types';
import { documentTitle, namingOf } from './fileName';
import { embedSubsetFont, nameSubsetAfter } from './font/embedSubsetFont';
import { fontFacts } from './font/fontFacts';
import { TICK_MARK, tickMarkFontBytes } from './font/tickMarks';
import type { PagePlan } from './layout/types';
import { findMissing, type MissingCharacter } from './missing';
import { paintPages } from './paint';
import type { RenderContext } from './render/context';
import { layoutDocument } from './render/document';
import { outlineEntries, writeOutline } from './outline';
import { printable } from './text/clean';
import { textMeasure } from './text/metrics';
import { wordSegmenter } from './text/labelBreaks';

export interface WriteFormPdfInput {
  readonly form: FormDefinition;
  readonly notice: Notice;
  /** The draft's values; null writes the blank form. */
  readonly values: FormValues | null;
  /** The TrueType font (fonts/NotoSerifSC-Regular.subset.ttf). */
  readonly fontBytes: Uint8Array;
  /** Written with open problems: 「草稿（未完成）」 on every page and in the title. */
  readonly draft?: boolean;
  /** Written as the creation date; defaults to now (tests pass a fixed one so output is reproducible). */
  readonly date?: Date;
  /** Progress from 0 to 1, with what is being done, in Chinese for the UI. */
  readonly onProgress?: (fraction: number, stage: string) => void;
}

export interface WrittenPdf {
  readonly bytes: Uint8Array;
  /** The laid-out pages (for tests: where each text, rule and box went). */
  readonly pages: readonly PagePlan[];
  /** Characters the font lacks, printed as 〓. */
  readonly missing: readonly MissingCharacter[];
}

function _metadata(doc: PDFDocument, input: WriteFormPdfInput): void {
  const date = input.date ?? new Date();
  doc.setTitle(documentTitle(namingOf(input.form, input.values, undefined, input.draft === true)), { showInWindowTitleBar: true });
  doc.setSubject(`${input.notice.title}（${input.notice.documentNumber}）`);
  doc.setLanguage('zh-CN');
  doc.setCreator('集群申报助手');
  doc.setProducer('集群申报助手（pdf-lib）');
  doc.setCreationDate(date);
  doc.setModificationDate(date);
}

function* _texts(pages: readonly PagePlan[]): Generator<string> {
  for (const page of pages) for (const op of page.ops) if (op.kind === 'text') yield op.text;
}

/** The tick-mark font, embedded only when some page has a tick box. */
async function _tickMarkFont(doc: PDFDocument, pages: readonly PagePlan[]): Promise<PDFFont | undefined> {
  const boxes = pages.some((p) => p.ops.some((o) => o.kind === 'box'));
  return boxes ? embedSubsetFont(doc, tickMarkFontBytes()) : undefined;
}

/** Writes the form and returns the bytes with the page plans and the characters the font lacks. */
export async function writeFormPdfDetailed(input: WriteFormPdfInput): Promise<WrittenPdf> {
  const progress = input.onProgress ?? (() => {});
  progress(0.02, '载入字体');
  const doc = await PDFDocument.create();
  const font = await embedSubsetFont(doc, input.fontBytes);
  const { covers, advance } = fontFacts(input.fontBytes);
  const measure = textMeasure(advance, (t) => printable(t, covers));
  const ctx: RenderContext = { form: input.form, values: input.values, measure, draft: input.draft === true };
  const pages = layoutDocument(ctx, (f, what) => progress(0.1 + 0.5 * f, `排版：${what}`));
  progress(0.6, '绘制页面');
  const marks = await _tickMarkFont(doc, pages);
  paintPages(doc, { text: font, marks }, pages);
  nameSubsetAfter(font, _texts(pages));
  if (marks) nameSubsetAfter(marks, [TICK_MARK.checked, TICK_MARK.unchecked]);
  _metadata(doc, input);
  writeOutline(doc, outlineEntries(input.form, pages));
  progress(0.75, '嵌入字体并保存');
  const bytes = await doc.save({ useObjectStreams: true });
  progress(1, '完成');
  return { bytes, pages, missing: findMissing(input.form, input.values, covers) };
}

/** Loads what writing needs besides the font (the word breaker's data), for a worker to call while the font downloads. */
export function prepareWriting(): void {
  wordSegmenter()?.segment('集群').containing(0);
}

/** Writes the form: the PDF's bytes. */
export async function writeFormPdf(input: WriteFormPdfInput): Promise<Uint8Array> {
  return (await writeFormPdfDetailed(input)).bytes;
}
