// Section 8: the targets table checked against the form's requirements a–g.
// The threshold of each requirement is read from its own printed text (「不低于10%」「达到45%左右」「逐年增加」);
// what the requirement measures follows from the row's concept (a rate typed as such, a level, growth of an amount, a fall).
import type { FormValues } from '../forms/fieldValues';
import type { NoticeContext } from '../forms';
import type { Concept } from '../forms/concepts';
import type { TargetsField } from '../forms/types';
import { formFields } from '../forms/walk';
import { cents, round2 } from './format';
import { toNum } from './read';
import type { Num } from './read';
import type { TargetCheck } from './types';

/** 「左右」 read as a band of ± this many percentage points around the printed figure. */
export const TOLERANCE_POINTS = 1;

/** How a row's baseline and target give the quantity its requirement speaks of. */
type Reading = 'rate' | 'level' | 'cagr' | 'reduction' | 'increase';
const READINGS: Partial<Record<Concept, Reading>> = {
  targetOutputCagr: 'rate',
  targetQualitySmes: 'increase',
  targetRdSpend: 'cagr',
  targetInventionPatents: 'cagr',
  targetIipRate: 'level',
  targetCo2: 'reduction',
  targetEnergyIntensity: 'reduction',
};

/** The requirement's bound, parsed from its text: 「不低于X%」 (inclusive), 「达到X%左右」 (band), 「逐年增加」. */
type Parsed = { kind: 'atLeast'; value: number } | { kind: 'about'; value: number } | { kind: 'increase' };
export function parseRequirement(text: string): Parsed | undefined {
  if (/逐年增加/.test(text)) return { kind: 'increase' };
  const about = /达到(\d+(?:\.\d+)?)%左右/.exec(text);
  if (about) return { kind: 'about', value: Number(about[1]) };
  const min = /不低于(\d+(?:\.\d+)?)%/.exec(text);
  return min ? { kind: 'atLeast', value: Number(min[1]) } : undefined;
}

/** The quantity a reading yields from the row, in %, with how it was worked out; null where it cannot. */
function _quantity(reading: Reading, b: Num, t: Num, years: number): { value: number; how: string } | null {
  switch (reading) {
    case 'rate':
    case 'level':
      return { value: t.value, how: `目标值 ${t.value.toFixed(2)}%` };
    case 'cagr':
      if (b.value <= 0) return null;
      return { value: ((t.value / b.value) ** (1 / years) - 1) * 100, how: `(目标值 ÷ 基准值)^(1/${years}) − 1` };
    case 'reduction':
      if (b.value <= 0) return null;
      return { value: ((b.value - t.value) / b.value) * 100, how: '(基准值 − 目标值) ÷ 基准值' };
    case 'increase':
      return { value: t.value - b.value, how: '目标值 − 基准值' };
  }
}

function _judge(p: Parsed, q: { value: number; how: string }): Pick<TargetCheck, 'verdict' | 'reason' | 'tolerance'> {
  const v = round2(q.value);
  if (p.kind === 'increase') {
    const ok = v > 0;
    const note = '表中只有基准值和目标值，此处核对目标值高于基准值；“逐年”须在阶段性目标中体现';
    return { verdict: ok ? 'pass' : 'fail', reason: `${q.how} = ${v}，${ok ? '有增加' : '没有增加'}。${note}` };
  }
  const floor = p.kind === 'about' ? p.value - TOLERANCE_POINTS : p.value;
  const ok = cents(v) >= cents(floor);
  const how = q.how.startsWith('目标值 ') ? q.how : `${q.how} = ${v.toFixed(2)}%`;
  const base = { verdict: ok ? ('pass' as const) : ('fail' as const), reason: `${how}，要求 ≥ ${floor}%：${ok ? '符合' : '不符合'}` };
  if (p.kind !== 'about') return base;
  const tolerance = `“${p.value}%左右”按 ±${TOLERANCE_POINTS} 个百分点理解（${p.value - TOLERANCE_POINTS}%–${p.value + TOLERANCE_POINTS}%），不低于 ${floor}% 即为达到，高出亦符合`;
  return { ...base, tolerance };
}

type Cells = Record<string, { baseline?: string; target?: string } | undefined>;

/** One requirement's check on the table. */
function _checkRequirement(ctx: NoticeContext, field: TargetsField, cells: Cells, req: TargetsField['requirements'][number]): TargetCheck {
  const key = req.key as TargetCheck['requirementKey'];
  const out = { requirementKey: key, text: req.text, fieldId: field.id, path: `fixed.${req.indicator}.target` };
  const row = field.directions.flatMap((d) => d.indicators).find((i) => i.key === req.indicator);
  const reading = row?.concept ? READINGS[row.concept] : undefined;
  const parsed = parseRequirement(req.text);
  if (!row || !reading || !parsed) return { ...out, verdict: 'unknown', reason: '无法识别此项要求对应的指标' };
  const [b, t] = [toNum(cells[req.indicator]?.baseline), toNum(cells[req.indicator]?.target)];
  if (!b || !t) return { ...out, verdict: 'unknown', reason: `无法判断（缺少数据）：请填写“${row.label}”的基准值和目标值（数字）` };
  const q = _quantity(reading, b, t, ctx.form.plan.targetYear - ctx.form.plan.baselineYear);
  if (!q) return { ...out, verdict: 'unknown', reason: '无法判断：基准值须大于 0 才能计算增减幅度' };
  return { ...out, ..._judge(parsed, q) };
}

/** Requirements a–g of the form's targets table, each checked. */
export function checkTargets(ctx: NoticeContext, values: FormValues): TargetCheck[] {
  const field = formFields(ctx.form).find((f): f is TargetsField => f.kind === 'targets');
  if (!field) return [];
  const cells = ((values[field.id] as { fixed?: Cells } | undefined)?.fixed ?? {}) as Cells;
  return field.requirements.map((req) => _checkRequirement(ctx, field, cells, req));
}
