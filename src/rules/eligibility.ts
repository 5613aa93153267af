// The eligibility pre-check (认定标准自查): the notice's preconditions and every criterion of its rule set, each judged,
// with the fields each verdict reads (for links back to the question) and the qualitative items the form's own
// ticks already declare (prefilled; the user's own tick or untick wins).
import type { FormValues } from '../forms/fieldValues';
import { valueOf } from '../forms/fieldValues';
import type { NoticeContext } from '../forms';
import type { Concept } from '../forms/concepts';
import { sameWords } from '../forms/kinds/carry';
import type { Field, FormDefinition, TicksField } from '../forms/types';
import { fieldOfConcept, formFields } from '../forms/walk';
import { noticePreconditions } from './sets/preconditions';
import { ruleSets } from './sets/registry';
import type { Criterion, CriterionInput, CriterionResult } from './types';

/** Every criterion of the notice's rule set (preconditions first), in the order of the source text. */
export function criteriaFor(ctx: NoticeContext): readonly Criterion[] {
  return [...noticePreconditions(ctx), ...ruleSets[ctx.ruleSetId].criteria];
}

const _fields = new WeakMap<FormDefinition, readonly Field[]>();

/** The form's fields in print order, listed once per version. */
function _fieldsOf(form: FormDefinition): readonly Field[] {
  let list = _fields.get(form);
  if (!list) _fields.set(form, (list = formFields(form)));
  return list;
}

/** The field carrying a concept: a field's own, or the targets table holding a row of that concept. */
function _fieldCarrying(form: FormDefinition, concept: Concept): Field | undefined {
  return (
    fieldOfConcept(form, concept) ??
    _fieldsOf(form).find((f) => f.kind === 'targets' && f.directions.some((d) => d.indicators.some((i) => i.concept === concept)))
  );
}

/** The ticked options (their printed words) that declare the criterion met, or undefined where none do. */
function _impliedBy(form: FormDefinition, values: FormValues, criterion: Criterion): { labels: string[]; fields: Field[] } | undefined {
  const ticks = _fieldsOf(form).filter((f): f is TicksField => f.kind === 'ticks');
  const find = (words: string) => ticks.flatMap((f) => f.options.filter((o) => sameWords(o.label, words)).map((o) => ({ f, o })));
  for (const all of criterion.impliedBy ?? []) {
    const found = all.map((words) => find(words)[0]);
    if (found.some((x) => !x)) continue;
    if (found.every((x) => valueOf(values, x!.f)?.includes(x!.o.value))) return { labels: found.map((x) => x!.o.label), fields: found.map((x) => x!.f) };
  }
  return undefined;
}

/** The fields a verdict reads or is implied by, once each, in print order. */
function _fieldIds(form: FormDefinition, criterion: Criterion, implied: Field[]): string[] {
  const read = new Set([...(criterion.reads ?? []).flatMap((c) => _fieldCarrying(form, c) ?? []), ...implied]);
  return _fieldsOf(form).filter((f) => read.has(f)).map((f) => f.id);
}

function _judge(criterion: Criterion, input: CriterionInput, implied: ReturnType<typeof _impliedBy>, prefilled: boolean): CriterionResult {
  const e = criterion.evaluate(input);
  const { id, group, title, clause, source, kind, bound } = criterion;
  const reason = implied && prefilled ? `表中已勾选“${implied.labels.join('”“')}”，据此预先视为符合；如不符合请取消勾选。${e.reason}` : e.reason;
  return {
    id,
    group,
    title,
    clause,
    source,
    kind,
    ...(bound ? { bound } : {}),
    verdict: e.verdict,
    observed: e.observed,
    reason,
    severity: e.severity ?? 'error',
    fieldIds: _fieldIds(input.ctx.form, criterion, implied?.fields ?? []),
    ...(implied ? { impliedBy: implied.labels } : {}),
  };
}

/**
 * The verdicts on the draft; `declared` holds the user's own ticks of the qualitative items, by criterion id.
 * Hint: an item the form's ticks imply counts as declared unless the user has unticked it (declared false).
 */
export function eligibilityReport(ctx: NoticeContext, values: FormValues, declared: Readonly<Record<string, boolean>>): CriterionResult[] {
  return criteriaFor(ctx).map((c) => {
    const implied = c.impliedBy ? _impliedBy(ctx.form, values, c) : undefined;
    const prefilled = !!implied && declared[c.id] === undefined;
    const effective = prefilled ? { ...declared, [c.id]: true } : declared;
    return _judge(c, { ctx, values, declared: effective }, implied, prefilled);
  });
}
