// Greedy line breaking over measured atoms (text pieces, tick boxes, blanks), honouring glue: a break may
// fall only after an atom without `glue`. Spaces are break points that vanish at a line's edges.
// Hint: the 避头尾 rules are expressed as glue by textPieces (kinsoku.ts), so a character that may not start
// a line drags the one before it onto the next line (推出) rather than hanging into the cell's rule.
import { splitGraphemes } from './clean';
import { textPieces } from './kinsoku';
import { keptBreaks } from './labelBreaks';

/** Anything a line holds. */
export interface Atom {
  readonly width: number;
  readonly space: boolean;
  /** No break allowed after this atom. */
  readonly glue: boolean;
  /**
   * The glue is a 避头尾 rule, kept even when a chunk is wider than a whole line (the chunk then overhangs);
   * other glue (a value kept with its caption) gives way there.
   */
  readonly hard?: boolean;
}

const EPSILON = 0.01;

function _trimEnd<A extends Atom>(line: A[]): A[] {
  let end = line.length;
  while (end > 0 && line[end - 1]!.space) end--;
  return line.slice(0, end);
}

/** The next chunk: atoms from `start` up to and including the first one a line may break after. */
function _chunkEnd(atoms: readonly Atom[], start: number): number {
  let end = start;
  while (end < atoms.length - 1 && atoms[end]!.glue) end++;
  return end;
}

/**
 * Breaks `atoms` into lines no wider than `width` (the first line `firstWidth`, for an indent).
 * A chunk wider than a whole line is split between its atoms where the glue is not `hard`; an atom wider
 * than a line stays alone.
 */
export function breakAtoms<A extends Atom>(atoms: readonly A[], width: number, firstWidth = width): A[][] {
  const lines: A[][] = [];
  let line: A[] = [];
  let used = 0;
  const finish = () => {
    lines.push(_trimEnd(line));
    line = [];
    used = 0;
  };
  for (let i = 0; i < atoms.length; ) {
    const end = _chunkEnd(atoms, i);
    const chunk = atoms.slice(i, end + 1);
    const avail = lines.length === 0 ? firstWidth : width;
    const chunkWidth = chunk.reduce((n, a) => n + a.width, 0);
    const hasContent = line.some((a) => !a.space);
    if (chunk.every((a) => a.space)) {
      if (hasContent) (line.push(...chunk), (used += chunkWidth));
    } else if (used + chunkWidth <= avail + EPSILON) {
      line.push(...chunk);
      used += chunkWidth;
    } else if (hasContent) {
      finish();
      continue;
    } else {
      for (const atom of chunk) {
        const room = lines.length === 0 ? firstWidth : width;
        const before = line[line.length - 1];
        if (used + atom.width > room + EPSILON && line.some((a) => !a.space) && !before?.hard) finish();
        line.push(atom);
        used += atom.width;
      }
    }
    i = end + 1;
  }
  if (line.length > 0 || lines.length === 0) finish();
  return lines;
}

/** A text piece as an atom, measured. */
export interface TextAtom extends Atom {
  readonly text: string;
}

/**
 * Text pieces measured; a piece wider than `maxWidth` (a long number or URL) is cut into characters. With
 * `words`, a label's preferences (labelBreaks.ts) become soft glue: kept unless a chunk is wider than a line.
 */
export function textAtoms(text: string, measure: (s: string) => number, maxWidth: number, words = false): TextAtom[] {
  const atoms: TextAtom[] = [];
  for (const piece of textPieces(text, words ? keptBreaks(text) : undefined)) {
    const width = measure(piece.text);
    if (width <= maxWidth || piece.space) {
      atoms.push({ text: piece.text, width, space: piece.space, glue: piece.glue || piece.keep === true, hard: piece.glue });
      continue;
    }
    const chars = splitGraphemes(piece.text);
    chars.forEach((ch, i) => {
      const glue = i === chars.length - 1 && piece.glue;
      atoms.push({ text: ch, width: measure(ch), space: false, glue, hard: glue });
    });
  }
  return atoms;
}

/** Plain text broken into lines of at most `width`, one paragraph per `\n`. */
export function breakLines(text: string, width: number, measure: (s: string) => number): string[] {
  return text.split('\n').flatMap((paragraph) =>
    breakAtoms(textAtoms(paragraph, measure, width), width).map((line) => line.map((a) => a.text).join('')),
  );
}
