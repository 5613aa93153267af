// The PDFs the tests and scripts look at: for each notice, the blank form and the fixture draft filled in,
// written by the real writer with the committed font and a fixed date (so output is reproducible).
import type { FieldValue, FormValues } from '../../src/forms/fieldValues';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolveNotice } from '../../src/forms';
import { writeFormPdfDetailed, type WrittenPdf } from '../../src/pdf/writer';
import { fixtureDrafts } from '../fixtures/drafts';

export const NOTICE_IDS = ['gd-2023', 'sc-2023', 'hb-2024'] as const;
export type NoticeId = (typeof NOTICE_IDS)[number];
/** Draft values a test may change. */
export type Values = { [id: string]: FieldValue | undefined };
export type Variant = 'blank' | 'filled';

const FONT_PATH = fileURLToPath(new URL('../../fonts/NotoSerifSC-Regular.subset.ttf', import.meta.url));
let fontBytes: Uint8Array | undefined;

/** The committed font, read once. */
export function pdfFontBytes(): Uint8Array {
  return (fontBytes ??= new Uint8Array(readFileSync(FONT_PATH)));
}

/** A fixed creation date, so two runs write the same bytes. */
export const FIXED_DATE = new Date('2024-05-20T08:00:00Z');

/** The fixture draft's values for a notice (a deep copy, safe to change). */
export function fixtureValues(noticeId: NoticeId): Values {
  return structuredClone(fixtureDrafts[noticeId].values) as Values;
}

/** Writes the PDF of a notice's form with these values (null: the blank form). */
export function writeNoticePdf(noticeId: string, values: FormValues | null): Promise<WrittenPdf> {
  const { notice, form } = resolveNotice(noticeId);
  return writeFormPdfDetailed({ form, notice, values, fontBytes: pdfFontBytes(), date: FIXED_DATE });
}

/** The blank or fixture-filled PDF of a notice. */
export function writeVariant(noticeId: NoticeId, variant: Variant): Promise<WrittenPdf> {
  return writeNoticePdf(noticeId, variant === 'blank' ? null : fixtureValues(noticeId));
}
