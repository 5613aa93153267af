// Valibot issues → RuleIssue: the kind of problem (from the check that raised it), the path inside the field, the
// place in words (the year, row or cell), and a one-click offer where a published figure was typed (「133户」 → 133).
import type * as v from 'valibot';
import { standardCategories, standardRoles } from '../../forms/types';
import { callForKind, type PerKind } from '../../forms/perKind';
import { readPublished } from '../../forms/published';
import type { Field, TargetsField } from '../../forms/types';
import type { RuleIssue } from '../types';
import { cellSpec } from './cellSpecs';
import { issueKindOf } from './checks';

const _labelOf = (list: readonly { value: string; label: string }[], value: string) => list.find((x) => x.value === value)?.label ?? value;

function _targetsPrefix(field: TargetsField, keys: string[]): string {
  const [part, row, cell] = keys;
  const column =
    cell === 'baseline' ? field.columns[2] : cell === 'target' ? field.columns[3] : cell === 'indicator' ? field.columns[1] : '';
  if (part === 'added') return `新增指标第${Number(row) + 1}行 ${column}`;
  const indicator = field.directions.flatMap((d) => d.indicators).find((i) => i.key === row);
  const direction = field.directions.find((d) => d.indicators.some((i) => i.key === row))?.direction;
  return indicator ? `${direction}·${indicator.label} ${column}` : '';
}

const _none = () => '';

/** Per kind: the zh words that say where inside the field an issue is, e.g. 「2023年 国家 主持数量」. */
export const kindPrefixes: PerKind<[keys: string[]], string> = {
  number: (_f, keys) => `${keys[0]}年`,
  standards: (_f, keys) => {
    const [year, cat, role] = keys;
    return [`${year}年`, cat && _labelOf(standardCategories, cat), role && _labelOf(standardRoles, role)].filter(Boolean).join(' ');
  },
  countList: (_f, keys) => (keys[0] === 'count' ? '数量' : '名称'),
  targets: _targetsPrefix,
  text: _none,
  narrative: _none,
  planText: _none,
  choice: _none,
  ticks: _none,
  region: _none,
};

/** Where inside the field an issue is, in words; '' for the field as a whole. */
export function pathPrefix(field: Field, keys: string[]): string {
  if (keys.length === 0) return '';
  return callForKind(kindPrefixes, field, keys);
}

/** 「填入 133」 where the cell holds a published figure (「133户」) that reads as a number in the cell's unit. */
function _offer(field: Field, keys: string[], input: unknown): RuleIssue['offer'] {
  const spec = cellSpec(field, keys.join('.'));
  const text = input && typeof input === 'object' && 'text' in input && typeof input.text === 'string' ? input.text : undefined;
  const reading = spec && text !== undefined ? readPublished(text, spec) : undefined;
  return reading ? { text: reading.value, label: `填入 ${reading.value}` } : undefined;
}

/** One RuleIssue per valibot issue of the field's value. */
export function toRuleIssues(field: Field, issues: readonly v.BaseIssue<unknown>[]): RuleIssue[] {
  return issues.map((issue) => {
    const keys = (issue.path ?? []).map((p) => String(p.key));
    const kind = issueKindOf(issue);
    const out: RuleIssue = { fieldId: field.id, severity: 'error', kind, message: issue.message, rule: 'field' };
    const place = pathPrefix(field, keys);
    if (keys.length > 0) out.path = keys.join('.');
    if (place) out.place = place;
    const offer = kind === 'format' ? _offer(field, keys, issue.input) : undefined;
    if (offer) out.offer = offer;
    return out;
  });
}
