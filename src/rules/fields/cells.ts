// Valibot schemas for one cell of the form: a number of some measure, a required text, a date, a phone number.
// Hint: drafts keep what was typed (text), so every schema starts from a string and parses with the forms' parser.
import * as v from 'valibot';
import type { Measure } from '../../forms/types';
import { parseNumberText } from '../../forms/numbers';
import type { ParsedNumber } from '../../forms/numbers';
import { countChars } from '../../forms/text';
import { printNumber } from '../format';

/** Hint: 「无」 satisfies a required _text (填报说明 2: 无相关情况时应填写“无”); only a blank does not. */
export const REQUIRED_TEXT = '必填：无相关情况时请填写“无”';
export const REQUIRED_NUMBER = '必填：请填写数字；没有时填 0';
export const REQUIRED_CHOICE = '必填：请选择一项';
export const NONE_IN_NUMBER = '数字栏不填“无”：没有时请填 0';

const _text = () => v.optional(v.string('请填写文字'), '');

type Parsed = Extract<ParsedNumber, { kind: 'number' }>;
/** One rule a typed number must keep, with the message when it does not. */
interface NumberRule {
  readonly ok: (p: Parsed) => boolean;
  readonly message: string | ((p: Parsed) => string);
}

const WHOLE: NumberRule = { ok: (p) => Number.isInteger(p.value), message: '须为整数（数量不含小数）' };
const TWO_DECIMALS: NumberRule = { ok: (p) => p.decimals <= 2, message: (p) => `最多保留两位小数，如 ${printNumber(p.value)}` };
const NON_NEGATIVE: NumberRule = { ok: (p) => p.value >= 0, message: '不能为负数' };
const AT_MOST_100: NumberRule = { ok: (p) => p.value <= 100, message: '比例应在 0–100 之间' };
const GROWTH_FLOOR: NumberRule = { ok: (p) => p.value >= -100, message: '增速不能低于 −100%（数值不会降到 0 以下）' };
const REDUCTION_CEILING: NumberRule = { ok: (p) => p.value <= 100, message: '降低率不能超过 100%' };

/** The rules of a measure, in the order they are reported; `reduction` is a 降低率 (a fall counted positive). */
export function numberRules(measure: Measure, reduction = false): readonly NumberRule[] {
  switch (measure) {
    case 'count':
      return [WHOLE, NON_NEGATIVE];
    case 'share':
      return [TWO_DECIMALS, NON_NEGATIVE, AT_MOST_100];
    case 'growth':
      return [TWO_DECIMALS, reduction ? REDUCTION_CEILING : GROWTH_FLOOR];
    case 'amount':
      return [TWO_DECIMALS, NON_NEGATIVE];
  }
}

function _firstBroken(p: ParsedNumber, rules: readonly NumberRule[], required: boolean, measure: Measure): string | undefined {
  if (p.kind === 'empty') return required ? REQUIRED_NUMBER : undefined;
  // Hint: 填报说明 2's 「无」 is for items that do not apply; a number that does not apply is 0.
  if (p.kind === 'invalid' && p.text.trim() === '无') return NONE_IN_NUMBER;
  if (p.kind === 'invalid') return measure === 'count' ? '请填写整数，如 12' : '请填写数字，如 12.35';
  const broken = rules.find((r) => !r.ok(p));
  return broken && (typeof broken.message === 'string' ? broken.message : broken.message(p));
}

/** A number cell: blank (only where optional), a number of at most two decimals, whole for counts, in range. */
export function numberCell(measure: Measure, opts: { required: boolean; reduction?: boolean }) {
  const rules = numberRules(measure, opts.reduction);
  return v.pipe(
    _text(),
    v.transform((s: string) => parseNumberText(s)),
    v.rawCheck<ParsedNumber>(({ dataset, addIssue }) => {
      const message = dataset.typed ? _firstBroken(dataset.value, rules, opts.required, measure) : undefined;
      if (message) addIssue({ message });
    }),
  );
}

/** A required text; 「无」 counts as an answer. */
export function requiredText(message: string = REQUIRED_TEXT) {
  return v.pipe(
    _text(),
    v.check((s) => s.trim() !== '', message),
  );
}

/** A required text of at most `limit` characters, counted as the wizard's counter counts them. */
export function limitedText(limit: number) {
  return v.pipe(
    requiredText(),
    v.check(
      (s) => countChars(s) <= limit,
      (issue) => `限 ${limit} 字以内，现 ${countChars(issue.input as string)} 字，请删减 ${countChars(issue.input as string) - limit} 字`,
    ),
  );
}

/** A calendar date YYYY-MM-DD that exists (no 2月30日). */
export function dateText() {
  return v.pipe(
    requiredText(),
    v.check((s) => _isCalendarDate(s.trim()), '请填写日期，格式为 年-月-日，如 2024-05-20'),
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
    requiredText(),
    v.check(
      (s) => /^[\d\s\-－—+＋()（）转,，、/]+$/.test(s.trim()) && (s.match(/\d/g)?.length ?? 0) >= 7,
      '请填写电话号码，如 0728-3326517 或 13907284586',
    ),
  );
}

/** A picked option of a choice: required, and one of the printed options. */
export function choiceCell(options: readonly string[]) {
  return v.pipe(
    _text(),
    v.check((s) => s !== '', REQUIRED_CHOICE),
    v.check((s) => s === '' || options.includes(s), '所选项不是表中的选项，请重新选择'),
  );
}
