// Drawing onto pages the volume did not lay out itself: 「第 N 页」 at the foot of any page (copied PDF pages
// included, whatever their size, crop box or /Rotate), and an image turned upright into its box.
import {
  beginText,
  concatTransformationMatrix,
  drawObject,
  endText,
  popGraphicsState,
  pushGraphicsState,
  setFontAndSize,
  setTextMatrix,
  showText,
  type PDFFont,
  type PDFImage,
  type PDFPage,
} from 'pdf-lib';
import { HAO, mm } from '../../pdf/style';
import { swapsSides, uprightMatrix } from './exif';
import type { ImageBox } from './ownPages';

/** The page number's size, and its baseline above the page's bottom edge as the reader sees it. */
export const FOOT = { size: HAO.wu, baseline: mm(12) } as const;

/** Where the foot line starts and which way it runs, in the page's own space, for its /Rotate. */
function _foot(page: PDFPage, width: number): [number, number, number, number, number, number] {
  const box = page.getCropBox();
  const [x0, y0, x1, y1] = [box.x, box.y, box.x + box.width, box.y + box.height];
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const off = FOOT.baseline;
  switch (((page.getRotation().angle % 360) + 360) % 360) {
    case 90:
      return [0, 1, -1, 0, x1 - off, cy - width / 2];
    case 180:
      return [-1, 0, 0, -1, cx + width / 2, y1 - off];
    case 270:
      return [0, -1, 1, 0, x0 + off, cy + width / 2];
    default:
      return [1, 0, 0, 1, cx - width / 2, y0 + off];
  }
}

/**
 * Prints 「第 N 页」 centred at the foot of `page` as it is displayed. Hint: a copied page's content may leave the
 * graphics state changed (a `cm` never undone); pdf-lib wraps existing content in q … Q when it first writes to a
 * page (PDFPageLeaf.normalize, autoNormalizeCTM), so the number lands in the page's plain coordinates
 * (tests/unit/evidence/volumeInputs.test.ts checks it).
 */
export function stampPageNumber(page: PDFPage, font: PDFFont, n: number): void {
  const label = `第 ${n} 页`;
  const key = page.node.newFontDictionary('FV', font.ref);
  const [a, b, c, d, e, f] = _foot(page, font.widthOfTextAtSize(label, FOOT.size));
  page.pushOperators(pushGraphicsState(), beginText(), setFontAndSize(key, FOOT.size), setTextMatrix(a, b, c, d, e, f), showText(font.encodeText(label)), endText(), popGraphicsState());
}

/** Where the upright picture goes: as large as fits in `box`, centred across, at the box's top. */
export function fitImage(image: PDFImage, orientation: number, box: ImageBox): ImageBox {
  const [w, h] = swapsSides(orientation) ? [image.height, image.width] : [image.width, image.height];
  const scale = Math.min(box.width / w, box.height / h);
  const width = w * scale;
  const height = h * scale;
  return { x: box.x + (box.width - width) / 2, y: box.y + box.height - height, width, height };
}

/** Draws `image` upright (EXIF `orientation`) into `placed`. */
export function drawImage(page: PDFPage, image: PDFImage, orientation: number, placed: ImageBox): void {
  const name = page.node.newXObject('Im', image.ref);
  const m = uprightMatrix(orientation, placed.x, placed.y, placed.width, placed.height);
  page.pushOperators(pushGraphicsState(), concatTransformationMatrix(...m), drawObject(name), popGraphicsState());
}

