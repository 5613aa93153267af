// Where everything goes in the volume, before anything is drawn: how many pages each item takes, how many the
// index takes, and so each item's page range in the volume's own numbering (the cover is page 1, unprinted;
// a 申报表 bound in front keeps its own 「第 N 页 共 M 页」 and is not counted).
import type { TextMeasure } from '../../pdf/text/metrics';
import { layoutIndex, type IndexLayout } from './indexPages';
import type { PreparedItem } from './sources';
import type { VolumeItem, VolumeSection } from './types';

export interface VolumePlan {
  readonly index: IndexLayout;
  /** Volume page number of each item's first and last page (items with pages only). */
  readonly ranges: ReadonlyMap<number, { readonly first: number; readonly last: number }>;
}

/** The pages an item takes: a PDF's pages, one per image, one declaration page. */
export function itemPageCount(prepared: PreparedItem): number {
  if (prepared.item.status.kind === 'self') return 1;
  return prepared.files.reduce((n, f) => n + (f.kind === 'pdf' ? f.pages.length : 1), 0);
}

function _ranges(items: readonly PreparedItem[], indexPages: number): Map<number, { first: number; last: number }> {
  const ranges = new Map<number, { first: number; last: number }>();
  let next = 2 + indexPages;
  for (const p of items) {
    const count = itemPageCount(p);
    if (count > 0) ranges.set(p.item.number, { first: next, last: next + count - 1 });
    next += count;
  }
  return ranges;
}

const _rangeText = (ranges: VolumePlan['ranges']) => (item: VolumeItem): string => {
  const r = ranges.get(item.number);
  if (r) return r.first === r.last ? `${r.first}` : `${r.first}–${r.last}`;
  // Hint: an item said to have files but given none has nothing to show: it is as good as 待准备.
  return item.status.kind === 'na' ? '不适用' : item.status.kind === 'self' ? '' : '待准备';
};

/**
 * Lays the index out until its page count is stable (the ranges it prints depend on it).
 * Hint: the 页码 column holds any range on one line, so the second layout nearly always confirms the first.
 */
export function planVolume(sections: readonly VolumeSection[], items: readonly PreparedItem[], measure: TextMeasure): VolumePlan {
  let indexPages = layoutIndex(sections, () => '0000–0000', measure).pages.length;
  for (let tries = 0; tries < 4; tries++) {
    const ranges = _ranges(items, indexPages);
    const index = layoutIndex(sections, _rangeText(ranges), measure);
    if (index.pages.length === indexPages) return { index, ranges };
    indexPages = index.pages.length;
  }
  throw new Error('目录页数无法确定');
}
