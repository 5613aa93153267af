// What the PDF tests check a written form against: the text pdftotext gives back, the values a draft holds
// as they should print, the tick boxes in print order, and where each distinct character was drawn.
import type { FormValues } from '../../src/forms/fieldValues';
import { formFields } from '../../src/forms/walk';
import type { FormDefinition } from '../../src/forms/types';
import type { PagePlan } from '../../src/pdf/layout/types';
import { openFont } from '../../src/pdf/font/fontkitAdapter';
import { pdfFontBytes } from './pdfFixtures';
import { inkInBox, pdfText, type GrayImage, type PdfBox } from './pdfRender';

/** Text with all whitespace removed, so line breaks inside cells do not matter. */
export const squash = (text: string) => text.replace(/\s+/gu, '');

const PAGE_NUMBER = /第\d+页共\d+页/gu;

/** The document's text in content-stream order, per page and joined, whitespace and page numbers removed. */
export function documentText(bytes: Uint8Array): { pages: string[]; joined: string } {
  const pages = pdfText(bytes, { raw: true }).map((p) => squash(p).replace(PAGE_NUMBER, ''));
  return { pages, joined: pages.join('') };
}

function _strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(_strings);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => (k === 'id' || k === 'direction' ? [] : _strings(v)));
  return [];
}

/** Every text typed into the draft as the form should print it (dates in Chinese), with its field. */
export function typedTexts(def: FormDefinition, values: FormValues): { fieldId: string; text: string }[] {
  return formFields(def)
    .filter((f) => f.kind !== 'choice' && f.kind !== 'ticks')
    .flatMap((f) =>
      _strings(values[f.id]).flatMap((raw) => {
        const text = f.kind === 'text' && f.format === 'date' ? raw.replace(/^(\d{4})-0?(\d{1,2})-0?(\d{1,2})$/, '$1年$2月$3日') : raw;
        return text.split('\n').map((t) => ({ fieldId: f.id, text: squash(t) }));
      }),
    )
    .filter((t) => t.text !== '');
}

/** Whether each tick box should be ticked, in print order (choices and tick-box groups, section by section). */
export function expectedTicks(def: FormDefinition, values: FormValues | null): boolean[] {
  return formFields(def).flatMap((f) => {
    const v = values?.[f.id];
    if (f.kind === 'choice') return f.options.map((o) => o.value === v);
    if (f.kind === 'ticks') return f.options.map((o) => Array.isArray(v) && v.includes(o.value));
    return [];
  });
}

const font = openFont(pdfFontBytes());
const advance = (ch: string) => font.glyphForCodePoint(ch.codePointAt(0) ?? 0).advanceWidth / font.unitsPerEm;
const hasInk = (ch: string) => !/\s/u.test(ch) && font.glyphForCodePoint(ch.codePointAt(0) ?? 0).path.commands.length > 0;

/** Where each distinct drawable character is first drawn: a box inside its em square, clear of neighbours. */
export function firstCharBoxes(pages: readonly PagePlan[]): Map<string, PdfBox> {
  const boxes = new Map<string, PdfBox>();
  pages.forEach((plan, page) => {
    for (const op of plan.ops) {
      if (op.kind !== 'text') continue;
      let x = op.x;
      for (const ch of op.text) {
        const w = advance(ch) * op.size;
        if (!boxes.has(ch) && hasInk(ch)) boxes.set(ch, { page, x: x + 0.04 * w, y: op.y - 0.1 * op.size, width: 0.92 * w, height: 0.95 * op.size });
        x += w + op.spacing;
      }
    }
  });
  return boxes;
}

/** Resolution and darkness at which the document ink checks look. */
export const INK = { dpi: 150, darkerThan: 192 } as const;

/**
 * The characters whose box has no ink on the rendered pages.
 * Hint: 150 dpi and "darker than 192" because a 五号 —— is 0.05 em thick: about a pixel, often only grey.
 */
export function blankCharacters(boxes: Map<string, PdfBox>, rendered: GrayImage[], dpi: number = INK.dpi): string[] {
  return [...boxes].filter(([, box]) => inkInBox(rendered, box, dpi, INK.darkerThan) === 0).map(([ch]) => ch);
}
