// Lays a paragraph out into lines at a given width: runs become atoms, atoms are broken into lines, and
// each line is aligned (justified lines spread their slack as character spacing, as Chinese text is set).
import { EM } from '../style';
import { breakAtoms, textAtoms, type Atom } from '../text/lineBreak';
import type { TextMeasure } from '../text/metrics';
import type { Line, LineItem, Para, Run } from './types';

interface LineAtom extends Atom {
  readonly run: Run;
  readonly text: string;
}

/** Hint: justification stops at half an em per gap; a line broken early before a long number stays ragged. */
const MAX_SPACING_EM = 0.5;

function _atoms(para: Para, measure: TextMeasure, maxWidth: number): LineAtom[] {
  return para.runs.flatMap((run) => {
    const atoms = _runAtoms(run, para, measure, maxWidth);
    return run.glue ? atoms.map((a) => ({ ...a, glue: true })) : atoms;
  });
}

function _runAtoms(run: Run, para: Para, measure: TextMeasure, maxWidth: number): LineAtom[] {
  const em = para.size;
  switch (run.kind) {
    case 'text':
      return textAtoms(measure.printable(run.text), (s) => measure.width(s, em), maxWidth, para.words).map((a) => ({ ...a, run }));
    case 'box':
      return [{ run, text: '', width: em * 1.2, space: false, glue: true }];
    case 'blank':
    case 'fill':
      return [{ run, text: '', width: em * run.em, space: false, glue: false }];
    case 'gap':
      return [{ run, text: '', width: em * run.em, space: true, glue: false }];
    case 'tab':
      return [{ run, text: '', width: em, space: true, glue: false }];
  }
}

interface Placed {
  items: LineItem[];
  width: number;
  chars: number;
}

/** Places a line's atoms from x = 0; neighbouring text atoms of one run style become one text item. */
function _place(atoms: readonly LineAtom[], para: Para, room: number): Placed {
  const size = para.size;
  const bold = para.bold === true;
  const items: LineItem[] = [];
  let x = 0;
  let chars = 0;
  let open: { x: number; text: string; underline: boolean } | undefined;
  const close = () => {
    if (!open) return;
    items.push({ kind: 'text', x: open.x, text: open.text, size, bold, spacing: 0 });
    if (open.underline) items.push({ kind: 'underline', x: open.x, width: x - open.x, size });
    open = undefined;
  };
  for (const atom of atoms) {
    const run = atom.run;
    if (run.kind === 'text') {
      const underline = run.underline === true;
      if (open && open.underline !== underline) close();
      open ??= { x, text: '', underline };
      open.text += atom.text;
      chars += Array.from(atom.text).length;
      x += atom.width;
      continue;
    }
    close();
    const width = run.kind === 'fill' ? Math.max(atom.width, room - x) : run.kind === 'tab' ? Math.max(atom.width, run.stop * room - x) : atom.width;
    if (run.kind === 'box') items.push({ kind: 'box', x: x + size * 0.1, size, checked: run.checked });
    if (run.kind === 'blank' || run.kind === 'fill') items.push({ kind: 'underline', x, width, size });
    x += width;
  }
  close();
  return { items, width: x, chars };
}

/** Shifts items for alignment; justification adds character spacing to every text item of the line. */
function _align(placed: Placed, room: number, align: Para['align'], last: boolean, size: number): LineItem[] {
  const slack = room - placed.width;
  const hasFill = placed.items.some((i) => i.kind === 'underline' && i.x + i.width >= room - 0.01);
  if (align === 'justify' && !last && !hasFill && placed.chars > 1 && slack > 0) {
    const spacing = slack / (placed.chars - 1);
    if (spacing <= MAX_SPACING_EM * size) return _spread(placed.items, spacing);
  }
  const shift = align === 'center' ? slack / 2 : align === 'right' ? slack : 0;
  return shift > 0 ? placed.items.map((i) => ({ ...i, x: i.x + shift })) : placed.items;
}

function _spread(items: readonly LineItem[], spacing: number): LineItem[] {
  let before = 0;
  return items.map((item) => {
    const x = item.x + before * spacing;
    if (item.kind !== 'text') return { ...item, x };
    before += Array.from(item.text).length;
    return { ...item, x, spacing };
  });
}

const _textChars = (atoms: readonly LineAtom[]) => atoms.reduce((n, a) => n + (a.run.kind === 'text' ? Array.from(a.text).length : 2), 0);
const _width = (atoms: readonly LineAtom[]) => atoms.reduce((n, a) => n + a.width, 0);

/**
 * A last line of one lone character (「…单项冠 / 军」) gets the previous line's last chunk to keep it company, where
 * the two still fit on the line. Hint: the chunk is the last piece the line could break before (a word, for labels).
 */
function _noLoneLastLine(lines: LineAtom[][], room: number): LineAtom[][] {
  const last = lines[lines.length - 1];
  const prev = lines[lines.length - 2];
  if (!last || !prev || _textChars(last) !== 1) return lines;
  for (let j = prev.length - 2; j >= 0; j--) {
    if (prev[j]!.glue) continue;
    const moved = [...prev.slice(j + 1).filter((a, i) => i > 0 || !a.space), ...last];
    const kept = prev.slice(0, j + 1).filter((a, i, all) => i < all.length - 1 || !a.space);
    if (kept.length === 0 || _width(moved) > room) return lines;
    return [...lines.slice(0, -2), kept, moved];
  }
  return lines;
}

/** Lays `para` out at `width`: its lines, each with its items placed from the line's left edge. */
export function layoutPara(para: Para, width: number, measure: TextMeasure): Line[] {
  const size = para.size;
  const height = size * (para.leading ?? 1.5);
  const baseline = (height - size) / 2 + EM.ascent * size;
  const indent = (para.indent ?? 0) * size;
  const hang = (para.hang ?? 0) * size;
  const broken = breakAtoms(_atoms(para, measure, width - Math.max(indent, hang)), width - hang, width - indent);
  const atomLines = _noLoneLastLine(broken, width - hang);
  const lines: Line[] = para.before ? [{ height: para.before, baseline: 0, items: [] }] : [];
  atomLines.forEach((atoms, i) => {
    const left = i === 0 ? indent : hang;
    const room = width - left;
    const items = _align(_place(atoms, para, room), room, para.align, i === atomLines.length - 1, size);
    lines.push({ height, baseline, items: items.map((item) => ({ ...item, x: item.x + left })) });
  });
  return lines;
}
