// Paragraph builders the renderers share: labels, notes, values, running text and tick-box options,
// in the sizes of the style sheet.
import { TABLE, TEXT } from '../style';
import type { Para, Run } from '../layout/types';

/** Plain text as a run. */
export const text = (value: string, underline = false): Run => (underline ? { kind: 'text', text: value, underline } : { kind: 'text', text: value });

/** A label in a table cell: broken between words, short brackets kept whole (「（200字以内）」). */
export function labelPara(value: string): Para {
  return { runs: [text(value)], size: TABLE.size, words: true };
}

/** A note printed under a label or value: 「（注：勾选需提供佐证材料）」. */
export function notePara(value: string): Para {
  return { runs: [text(value)], size: TABLE.noteSize, words: true };
}

/** A short value in a table cell. */
export function valuePara(runs: readonly Run[], align: Para['align'] = 'left'): Para {
  return { runs, size: TABLE.size, align };
}

/** Running text: one justified paragraph per line of the input, first line indented two characters. */
export function prosePara(value: string, size: number = TABLE.size, leading: number = TABLE.lineHeight): Para[] {
  return value
    .split('\n')
    .filter((p) => p.trim() !== '')
    .map((p) => ({ runs: [text(p.trim())], size, align: 'justify', indent: 2, leading }) as const);
}

/** One tick-box option on its own line; wrapped lines align after the box. */
export function optionPara(label: string, checked: boolean, size: number = TABLE.size): Para {
  return { runs: [{ kind: 'box', checked }, text(label)], size, hang: 1.2, words: true };
}

/**
 * Several options on one line, 「□是  □否」, breaking between options when they do not fit; with `columns`,
 * each option starts at its column's share of the line, so rows of options line up.
 */
export function inlineOptionsPara(options: readonly { label: string; checked: boolean }[], trailing: readonly Run[] = [], columns = 0): Para {
  const runs: Run[] = [];
  options.forEach((o, i) => {
    if (i > 0) runs.push(columns ? { kind: 'tab', stop: i / columns } : { kind: 'gap', em: 1.5 });
    runs.push({ kind: 'box', checked: o.checked }, text(o.label));
  });
  return { runs: [...runs, ...trailing], size: TABLE.size, words: true };
}

/** A heading outside tables (section titles, 填报说明), in simulated bold. */
export function headingPara(value: string, size: number, align: Para['align'] = 'left'): Para {
  return { runs: [text(value)], size, bold: true, align, leading: 1.6 };
}

/** Running text outside tables (section 8, 填报说明). */
export function bodyParas(value: string): Para[] {
  return prosePara(value, TEXT.prose, TEXT.proseLineHeight);
}
