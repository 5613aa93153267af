// Valibot issues → RuleIssue: the path inside the field, and a zh prefix naming the year, row or cell.
import type * as v from 'valibot';
import { standardCategories, standardRoles } from '../../forms/types';
import { callForKind, type PerKind } from '../../forms/perKind';
import type { Field, TargetsField } from '../../forms/types';
import type { RuleIssue } from '../types';
import { REQUIRED_CHOICE, REQUIRED_NUMBER, REQUIRED_TEXT } from './cells';

/** Messages that mean 「not answered yet」: the wizard holds them back until the user asks to finish a step. */
const _requiredMessages = new Set([REQUIRED_CHOICE, REQUIRED_NUMBER, REQUIRED_TEXT]);

const _labelOf = (list: readonly { value: string; label: string }[], value: string) => list.find((x) => x.value === value)?.label ?? value;

function _targetsPrefix(field: TargetsField, keys: string[]): string {
  const [part, row, cell] = keys;
  const column =
    cell === 'baseline' ? field.columns[2] : cell === 'target' ? field.columns[3] : cell === 'indicator' ? field.columns[1] : '';
  if (part === 'added') return `新增指标第${Number(row) + 1}行 ${column}：`;
  const indicator = field.directions.flatMap((d) => d.indicators).find((i) => i.key === row);
  const direction = field.directions.find((d) => d.indicators.some((i) => i.key === row))?.direction;
  return indicator ? `${direction}·${indicator.label} ${column}：` : '';
}

const _none = () => '';

/** Per kind: the zh words that say where inside the field an issue is, e.g. 「2023年 国家 主持数量：」. */
export const kindPrefixes: PerKind<[keys: string[]], string> = {
  number: (_f, keys) => `${keys[0]}年：`,
  standards: (_f, keys) => {
    const [year, cat, role] = keys;
    return [`${year}年`, cat && _labelOf(standardCategories, cat), role && _labelOf(standardRoles, role)].filter(Boolean).join(' ') + '：';
  },
  countList: (_f, keys) => (keys[0] === 'count' ? '数量：' : '名称：'),
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

/** One RuleIssue per valibot issue of the field's value. */
export function toRuleIssues(field: Field, issues: readonly v.BaseIssue<unknown>[]): RuleIssue[] {
  return issues.map((issue) => {
    const keys = (issue.path ?? []).map((p) => String(p.key));
    const rule = _requiredMessages.has(issue.message) ? 'field:required' : 'field';
    const issueOut: RuleIssue = { fieldId: field.id, severity: 'error', message: pathPrefix(field, keys) + issue.message, rule };
    if (keys.length > 0) issueOut.path = keys.join('.');
    return issueOut;
  });
}
