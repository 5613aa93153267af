// Where each form version's official text sits in the seed fixtures, and the extraction quirks of each.
import type { FormVersionId } from '../../src/forms/registry';
import { normalise, readSeed, sliceBetween } from './seedText';

export interface FormSeed {
  /** The form's text, normalised. */
  readonly text: string;
  /** Expected text → how this extraction prints it (e.g. lost outline numbering). */
  readonly printed: (expected: string) => string;
  /** Patterns of text the seed prints that the definition rightly does not hold as text (layout, numbering). */
  readonly layoutTokens: readonly RegExp[];
}

/** Layout every version prints: years in headers and rows, 数量/名称 blanks, numbering, ellipses, punctuation left over. */
const commonLayout = [
  /20\d\d年/g,
  /数量：个?/g,
  /名称：/g,
  /(?<![\d.])\d{1,2}\./g,
  /\.{4,}/g,
  /[个：）（]/g,
  /(类别|主持数量|参与数量|国际|国家|行业|团体)/g,
];

const keep = (s: string) => s;
// Hint: seed 004's converter lost Word's automatic numbering (三、 （一） 1. a.) and turned some boxes into 「(」.
const dropOutlineNumber = (s: string) => s.replace(/^(?:三、(?=存在)|（[一二三四]）)/, '');

export const formSeeds: Record<FormVersionId, () => FormSeed> = {
  'gd-2023': () => ({
    text: normalise(sliceBetween(readSeed('gd-2023-notice.txt'), /附件 1 \s*\n/, /附件 2 \s*\n/)),
    printed: keep,
    layoutTokens: [...commonLayout, /附件1/g, /[a-g]\./g],
  }),
  'miit-2023': () => ({
    text: normalise(sliceBetween(readSeed('sc-2023-notice.txt'), /附件1\n中小企业特色产业集群申报表/, /附件2\n/)),
    printed: dropOutlineNumber,
    layoutTokens: [...commonLayout, /附件1/g],
  }),
  'miit-2024': () => ({
    text: normalise(sliceBetween(readSeed('hb-2024-notice.txt'), /附件 2\n/, /# 中小企业特色产业集群认定标准/)),
    printed: keep,
    layoutTokens: [...commonLayout, /附件2/g, /[a-g]\./g],
  }),
};
