// The pages the volume writes itself, as page plans for the form's painter: the cover (「佐证材料汇编」, 集群名称,
// the notice, the date), a 自我声明 page for an item declared rather than proved, and the caption of an image page
// (the image is drawn into the box left under it). What was not entered is never printed: an empty 集群名称 or date
// leaves its underlined line blank.
import type { PagePlan, Para, Run } from '../../pdf/layout/types';
import { BODY, HAO, mm } from '../../pdf/style';
import type { TextMeasure } from '../../pdf/text/metrics';
import { block, para, place, text } from './blocks';
import type { VolumeItem, VolumeRequest } from './types';

/** The cover's title. */
export const VOLUME_TITLE = '佐证材料汇编';

/**
 * 「标签：value______」: the value underlined, the underline run on to the margin (blank when nothing was entered);
 * a long value (the notice's title) runs on under the value, not under the label.
 */
function _fieldLine(label: string, value: string, size: number): Para {
  const runs: Run[] = [text(`${label}：`), ...(value.trim() ? [text(value.trim(), true)] : []), { kind: 'fill', em: 0 }];
  return { runs, size, leading: 2.4, hang: [...label].length + 1 };
}

/** The cover: the title a third down the 版心, the three lines under it. */
export function coverPage(request: VolumeRequest, measure: TextMeasure): PagePlan {
  const ops: PagePlan['ops'] = [];
  let top = place(ops, block([para(VOLUME_TITLE, HAO.yi, { bold: true, align: 'center' })], measure), BODY.top + mm(50));
  top += mm(55);
  const lines = [_fieldLine('集群名称', request.clusterName, HAO.san), _fieldLine('申报通知', request.noticeTitle, HAO.san), _fieldLine('日　　期', request.date, HAO.san)];
  for (const line of lines) top = place(ops, block([line], measure, BODY.x + mm(8), BODY.width - mm(16)), top);
  return { ops, used: top - BODY.top };
}

/** 「附件3　园区认定文件」: how an item is named on its pages and in the outline. */
export const itemLabel = (item: VolumeItem): string => `附件${item.number}　${item.title}`;

/** A 自我声明 page: the item, room to write the declaration, 申报主体（盖章） and 日期 to sign. */
export function declarationPage(item: VolumeItem, measure: TextMeasure): PagePlan {
  const ops: PagePlan['ops'] = [];
  const body = (t: string, o: Partial<Para> = {}) => para(t, HAO.xiaoSi, { leading: 1.8, ...o });
  let top = place(ops, block([para('申报主体自我声明', HAO.xiaoEr, { bold: true, align: 'center' })], measure), BODY.top);
  top = place(ops, block([body(itemLabel(item), { before: mm(8), bold: true })], measure), top);
  top = place(ops, block([body('以上材料由申报主体以自我声明的方式提供，声明内容如下：', { before: mm(4) })], measure), top);
  // Hint: ruled lines to write the declaration by hand; nothing is printed on them (the official writes it).
  const ruled: Para[] = Array.from({ length: 12 }, () => ({ runs: [{ kind: 'fill', em: 0 }], size: HAO.xiaoSi, leading: 2.2 }));
  top = place(ops, block(ruled, measure), top + mm(2));
  top = place(ops, block([body('本单位对上述声明内容的真实性负责。', { before: mm(6), indent: 2 })], measure), top);
  const sign = [body('申报主体（盖章）：', { before: mm(20) }), body('日期：　　　　年　　月　　日', { before: mm(6) })];
  top = place(ops, block(sign, measure, BODY.x + BODY.width * 0.45, BODY.width * 0.55), top);
  return { ops, used: top - BODY.top };
}

/** Where an image goes on its page, in PDF coordinates (y up). */
export interface ImageBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** An image page: the caption 「附件N　名称」 and the file's name at the top; the box under it for the image. */
export function imagePage(item: VolumeItem, fileName: string, measure: TextMeasure, pageHeight: number): { plan: PagePlan; box: ImageBox } {
  const ops: PagePlan['ops'] = [];
  let top = place(ops, block([para(itemLabel(item), HAO.si, { bold: true, align: 'center', leading: 1.4 })], measure), BODY.top);
  top = place(ops, block([para(fileName, HAO.xiaoWu, { align: 'center', leading: 1.4 })], measure), top) + mm(4);
  const bottom = BODY.top + BODY.height;
  return { plan: { ops, used: top - BODY.top }, box: { x: BODY.x, y: pageHeight - bottom, width: BODY.width, height: bottom - top } };
}
