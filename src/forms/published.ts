// Figures as statistical bulletins and news publish them — 「1.05万人」「133户」「超90亿元」「5.4亿元」 — read into
// the plain number a cell takes in its own unit. The result is only ever offered to the user (「填入 10500」),
// never written unasked: a unit the reading cannot place gives no offer.
import { plainDigits } from './numbers';

/** The cell a figure is read for: its measure and the unit it is kept in (亿元, 万元, %, 家 …). */
export interface CellUnit {
  readonly measure: 'count' | 'amount' | 'share' | 'growth';
  readonly unit?: string;
}

/** What a published figure means in the cell's unit. */
export interface PublishedReading {
  /** The plain number text to offer, e.g. '10500'. */
  readonly value: string;
  /** A caution where the figure is not exact (「超」「约」), naming the unit. */
  readonly note?: string;
}

const MULTIPLIERS: Readonly<Record<string, number>> = { 千: 1e3, 万: 1e4, 十万: 1e5, 百万: 1e6, 千万: 1e7, 亿: 1e8, 万亿: 1e12 };
/** Money units in 元. */
const MONEY: Readonly<Record<string, number>> = { 元: 1, 万元: 1e4, 亿元: 1e8 };
/** Measure words a count may be published with; all mean the same thing in a count cell. */
const COUNT_WORDS = '家户个人名位件项座台次所';
const MORE = /^(超过?|逾|多于|高于)|(多|余|以上|有余)$/;
const ABOUT = /^(约|近|大约|将近|接近)|(左右|上下)$/;

/** 「超90亿元」 → { qualifier: '超', number: 90, multiplier: 1e8, unit: '元' }. */
function _split(raw: string) {
  const text = plainDigits(raw).replace(/^\+/, '');
  const m = /^(超过|超|逾|多于|高于|大约|约|将近|接近|近)?(-?\d+(?:\.\d+)?)(万亿|千万|百万|十万|千|万|亿)?(多|余)?([^\d]*?)(多|余|以上|有余|左右|上下)?$/.exec(text);
  if (!m) return undefined;
  return { before: m[1] ?? '', number: Number(m[2]), multiplier: m[3] ? MULTIPLIERS[m[3]]! : 1, unit: m[5] ?? '', after: (m[4] ?? '') + (m[6] ?? '') };
}

/** The figure in the cell's unit, or undefined where its unit does not fit the cell. */
function _scaled(p: NonNullable<ReturnType<typeof _split>>, cell: CellUnit): number | undefined {
  const n = p.number * p.multiplier;
  const cellMoney = cell.unit ? MONEY[cell.unit] : undefined;
  if (cellMoney) {
    // Hint: 「超90亿」 with no 元 is still money in a money cell; a multiplier alone means 元.
    const unit = p.unit === '' ? (p.multiplier > 1 ? '元' : cell.unit!) : p.unit;
    return MONEY[unit] ? (n * MONEY[unit]!) / cellMoney : undefined;
  }
  if (cell.measure === 'count') return p.unit === '' || (p.unit.length === 1 && COUNT_WORDS.includes(p.unit)) ? n : undefined;
  if (cell.measure === 'share' || cell.measure === 'growth') return p.unit === '%' || p.unit === '' ? n : undefined;
  return p.unit === '' || p.unit === cell.unit ? n : undefined;
}

/** A number as plain text without float noise: 1.05 × 10000 → '10500'. */
function _plain(x: number): string {
  return String(Number(x.toFixed(8)));
}

/**
 * A published figure read for a cell: 「1.05万」 in a count → 10500; 「133户」 → 133; 「超90亿元」 → 90 with a note;
 * 「5.4亿元」 in a 万元 cell → 54000. Undefined for a plain number (nothing to offer) or a unit that does not fit.
 */
export function readPublished(raw: string, cell: CellUnit): PublishedReading | undefined {
  const p = _split(raw);
  if (!p || (p.unit === '' && p.multiplier === 1 && !p.before && !p.after)) return undefined;
  const scaled = _scaled(p, cell);
  if (scaled === undefined || !Number.isFinite(scaled)) return undefined;
  const value = _plain(scaled);
  const qualifier = `${p.before}${p.after}`;
  const unit = cell.unit ?? '';
  if (MORE.test(p.before) || MORE.test(p.after)) return { value, note: `“${qualifier}”表示多于 ${value}${unit}，请按佐证材料填写准确数字` };
  if (ABOUT.test(p.before) || ABOUT.test(p.after)) return { value, note: `“${qualifier}”是约数，请按佐证材料填写准确数字` };
  return { value };
}
