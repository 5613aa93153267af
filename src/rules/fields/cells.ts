// Valibot schemas for one cell of the form: a number of some measure, a required text, a date, a phone number.
// Each check says what kind of problem it raises (checks.ts); messages are written for the cell's kind and name
// its unit. Hint: drafts keep what was typed (text), so every schema starts from a string and parses it.
import * as v from 'valibot';
import type { ParsedNumber } from '../../forms/numbers';
import { parseNumberText } from '../../forms/numbers';
import { readPublished } from '../../forms/published';
import { countChars } from '../../forms/text';
import { printNumber } from '../format';
import { kindedCheck } from './checks';
import type { CellSpec } from './cellSpecs';

/** Hint: 「无」 is an answer only where the form asks for words (填报说明 2: 无相关情况时应填写“无”). */
export const REQUIRED = '必填';
export const REQUIRED_WORDS = '必填：无相关情况时请填写“无”';
export const REQUIRED_CHOICE = '必填：请选择一项';
export const NONE_IN_NUMBER = '数字栏不填“无”：没有时请填 0';

const _text = () => v.optional(v.string('请填写文字'), '');

type Parsed = Extract<ParsedNumber, { kind: 'number' }>;
/** One rule a typed number must keep: the kind of problem when it does not, and the message. */
interface NumberRule {
  readonly kind: 'format' | 'range';
  readonly ok: (p: Parsed) => boolean;
  readonly message: (p: Parsed) => string;
}

const WHOLE: NumberRule = { kind: 'format', ok: (p) => Number.isInteger(p.value), message: () => '须为整数（数量不含小数）' };
const TWO_DECIMALS: NumberRule = { kind: 'format', ok: (p) => p.decimals <= 2, message: (p) => `最多保留两位小数，如 ${printNumber(p.value)}` };
const NON_NEGATIVE: NumberRule = { kind: 'range', ok: (p) => p.value >= 0, message: () => '不能为负数' };
const AT_MOST_100: NumberRule = { kind: 'range', ok: (p) => p.value <= 100, message: () => '比例应在 0–100 之间' };
const GROWTH_FLOOR: NumberRule = { kind: 'range', ok: (p) => p.value >= -100, message: () => '增速不能低于 −100%（数值不会降到 0 以下）' };
const REDUCTION_CEILING: NumberRule = { kind: 'range', ok: (p) => p.value <= 100, message: () => '降低率不能超过 100%' };

/** The rules of a cell's measure, in the order they are reported; a `reduction` is a 降低率 (a fall counted positive). */
export function numberRules(cell: CellSpec): readonly NumberRule[] {
  switch (cell.measure) {
    case 'count':
      return [WHOLE, NON_NEGATIVE];
    case 'share':
      return [TWO_DECIMALS, NON_NEGATIVE, AT_MOST_100];
    case 'growth':
      return [TWO_DECIMALS, cell.reduction ? REDUCTION_CEILING : GROWTH_FLOOR];
    case 'amount':
      return [TWO_DECIMALS, NON_NEGATIVE];
  }
}

/**
 * 「not answered yet」 in the cell's own terms. Hint: 「没有时填 0」 suits an amount or a count, not a rate of change
 * (0 means no change) nor a value the form's other figures give by formula.
 */
export function requiredNumberMessage(cell: CellSpec, computed: boolean): string {
  if (computed) return '必填：可按下方公式算出后点“填入”，或按佐证材料填写';
  if (cell.measure === 'growth') return cell.reduction ? '必填：请填写降低率' : '必填：请填写增速，下降时填负数';
  return cell.measure === 'count' ? '必填：请填写整数；没有时填 0' : '必填：请填写数字；没有时填 0';
}

/** What is wrong with text that is not a number, naming the unit, and the number it may have meant. */
export function notANumberMessage(text: string, cell: CellSpec): string {
  const unit = cell.unit ? `（单位：${cell.unit}）` : '';
  const reading = readPublished(text, cell);
  if (reading) return `“${text.trim()}”不是数字；本栏单位为${cell.unit ?? '数字'}，应填 ${reading.value}${reading.note ? `；${reading.note}` : ''}`;
  return cell.measure === 'count' ? `请填写整数${unit}，如 12` : `请填写数字${unit}，如 12.35`;
}

/** A number cell: blank (only where optional), a number of at most two decimals, whole for counts, in range. */
export function numberCell(cell: CellSpec, opts: { required: boolean; computed?: boolean }) {
  const required = requiredNumberMessage(cell, opts.computed ?? false);
  const parsed: v.GenericSchema<string | undefined, ParsedNumber> = v.pipe(
    _text(),
    v.transform((s: string) => parseNumberText(s)),
    kindedCheck<ParsedNumber>('required', (p) => !opts.required || p.kind !== 'empty', required),
    // Hint: 填报说明 2's 「无」 is for items that do not apply; a number that does not apply is 0.
    kindedCheck<ParsedNumber>('format', (p) => p.kind !== 'invalid' || p.text.trim() !== '无', NONE_IN_NUMBER),
    kindedCheck<ParsedNumber>('format', (p) => p.kind !== 'invalid', (i) => notANumberMessage(i.input.kind === 'invalid' ? i.input.text : '', cell)),
  );
  // Hint: one check per rule, each with its own kind; nested pipes stop at the first broken rule (abortPipeEarly).
  return numberRules(cell).reduce<v.GenericSchema<string | undefined, ParsedNumber>>(
    (schema, rule) =>
      v.pipe(
        schema,
        kindedCheck<ParsedNumber>(rule.kind, (p) => p.kind !== 'number' || rule.ok(p), (i) => (i.input.kind === 'number' ? rule.message(i.input) : '')),
      ),
    parsed,
  );
}

/** A required text; 「无」 counts as an answer. */
export function requiredText(message: string = REQUIRED) {
  return v.pipe(
    _text(),
    kindedCheck<string>('required', (s) => s.trim() !== '', message),
  );
}

/** A required text of at most `limit` characters, counted as the wizard's counter counts them. */
export function limitedText(limit: number) {
  return v.pipe(
    requiredText(REQUIRED_WORDS),
    kindedCheck<string>(
      'length',
      (s) => countChars(s) <= limit,
      (issue) => `限 ${limit} 字以内，现 ${countChars(issue.input as string)} 字，请删减 ${countChars(issue.input as string) - limit} 字`,
    ),
  );
}

/** A calendar date YYYY-MM-DD that exists (no 2月30日). */
export function dateText() {
  return v.pipe(
    requiredText('必填：请选择日期'),
    kindedCheck<string>('format', (s) => _isCalendarDate(s.trim()), '请填写日期，格式为 年-月-日，如 2024-05-20'),
  );
}

function _isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

/**
 * A telephone number: landline with area code or mobile; several may be listed.
 * Hint: at least 7 digits, and only digits, separators, brackets, ＋ and 「转」 (extension).
 */
export function phoneText() {
  return v.pipe(
    requiredText('必填：请填写电话号码'),
    kindedCheck<string>(
      'format',
      (s) => /^[\d\s\-－—+＋()（）转,，、/]+$/.test(s.trim()) && (s.match(/\d/g)?.length ?? 0) >= 7,
      '请填写电话号码，如 0728-3326517 或 13907284586',
    ),
  );
}

/** A picked option of a choice: required, and one of the printed options. */
export function choiceCell(options: readonly string[]) {
  return v.pipe(
    _text(),
    kindedCheck<string>('required', (s) => s !== '', REQUIRED_CHOICE),
    kindedCheck<string>('format', (s) => s === '' || options.includes(s), '所选项不是表中的选项，请重新选择'),
  );
}
