// The error summary's lines: one per question (a field, a row of a year table), its problems grouped — the cells
// with the same problem named together (「集群企业数量：2021年、2023年须为整数」), what is not yet filled said once
// (「集群总产值（亿元）：未填」). Grouped by each issue's kind and wording, never by reading its text.
import type { FieldIssue } from './issues';

/** One line of the summary: the words, and the issue whose cell the link focuses. */
export interface QuestionLine {
  readonly text: string;
  readonly first: FieldIssue;
}

/** More places than this are counted rather than listed (the standards table has 24 cells). */
const LISTED = 3;

function _places(places: readonly string[]): string {
  if (places.length <= LISTED) return places.join('、');
  return `${places.slice(0, LISTED).join('、')}等 ${places.length} 处`;
}

/** Same kind and wording. */
export const sameWording = (i: FieldIssue): string => `${i.severity}\u0000${i.kind}\u0000${i.message}`;
/** Same kind and wording, every 「not answered」 together (the summary says 「未填」 for all of them). */
const _sameProblem = (i: FieldIssue): string => (i.kind === 'required' ? 'required' : sameWording(i));

/** Issues grouped by `keyOf`, in the order first met. */
export function issueGroups(issues: readonly FieldIssue[], keyOf: (i: FieldIssue) => string = sameWording): FieldIssue[][] {
  const groups = new Map<string, FieldIssue[]>();
  for (const i of issues) groups.set(keyOf(i), [...(groups.get(keyOf(i)) ?? []), i]);
  return [...groups.values()];
}

/** 「2021年、2022年未填」, 「2023年须为整数」, or the whole field's 「未填」 / message. */
function _groupText(group: readonly FieldIssue[], whole: boolean): string {
  const first = group[0]!;
  const what = first.kind === 'required' ? '未填' : first.message;
  const places = group.flatMap((i) => (i.place ? [i.place] : []));
  return whole || places.length === 0 ? what : `${_places(places)}${what}`;
}

/**
 * One line per question, in the order given (print order). `cellsOf` tells how many cells a field has, so a field
 * with every cell unfilled reads 「未填」 rather than listing them all.
 */
export function questionLines(issues: readonly FieldIssue[], labelFor: (i: FieldIssue) => string, cellsOf: (fieldId: string) => number): QuestionLine[] {
  const byField = new Map<string, FieldIssue[]>();
  for (const i of issues) byField.set(i.fieldId, [...(byField.get(i.fieldId) ?? []), i]);
  return [...byField.values()].map((list) => {
    const text = issueGroups(list, _sameProblem)
      .map((g) => _groupText(g, g[0]!.kind === 'required' && g.length >= cellsOf(g[0]!.fieldId)))
      .join('；');
    return { text: `${labelFor(list[0]!)}：${text}`, first: list[0]! };
  });
}
