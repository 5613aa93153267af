// One valibot schema per field, generated from its definition (kind, measure, perYear, limit, format).
import * as v from 'valibot';
import type { Concept } from '../../forms/concepts';
import { standardCategories, standardRoles } from '../../forms/types';
import type { PerKind } from '../../forms/perKind';
import type { Field, Measure, ReportYears, TargetsField } from '../../forms/types';
import { choiceCell, dateText, limitedText, numberCell, phoneText, requiredText } from './cells';

/** Concepts whose growth-type number is a fall counted positive (降低率). */
const REDUCTION_CONCEPTS: ReadonlySet<Concept> = new Set(['energyIntensityReduction']);

/**
 * What kind of number each quantitative row of the section 8 targets table holds.
 * Hint: the definition tags these rows with a concept but no measure; see the report for the suggested definition change.
 */
export const TARGET_MEASURES: Partial<Record<Concept, Measure>> = {
  targetOutputCagr: 'growth',
  targetQualitySmes: 'count',
  targetRdSpend: 'amount',
  targetInventionPatents: 'count',
  targetIipRate: 'share',
  targetCo2: 'amount',
  targetEnergyIntensity: 'amount',
};

/** An object whose absence reads as empty, so each required cell inside still reports itself. */
const _obj = <E extends v.ObjectEntries>(entries: E) => {
  const schema = v.object(entries);
  return v.optional(schema, () => ({}) as v.InferInput<typeof schema>);
};
const _byKeys = <S extends v.GenericSchema>(keys: readonly (string | number)[], schema: () => S) =>
  _obj(Object.fromEntries(keys.map((k) => [String(k), schema()])));

function _numberSchema(field: Extract<Field, { kind: 'number' }>, years: ReportYears): v.GenericSchema {
  const cell = () =>
    numberCell(field.measure, { required: true, reduction: field.concept ? REDUCTION_CONCEPTS.has(field.concept) : false });
  return field.perYear ? _byKeys(years, cell) : cell();
}

/** 数量 required and whole; the names listed (blank lines and 「无」 aside) must be as many as the count. */
function _countListSchema(): v.GenericSchema {
  return v.pipe(
    _obj({ count: numberCell('count', { required: true }), names: v.optional(v.array(v.string()), []) }),
    v.forward(
      v.check(
        (x) => x.count.kind !== 'number' || x.count.value === listedNames(x.names).length,
        (issue) => {
          const x = issue.input;
          const count = x.count.kind === 'number' ? x.count.value : 0;
          return `数量为 ${count} 个，但列出了 ${listedNames(x.names).length} 个名称；请使两者一致`;
        },
      ),
      ['names'],
    ),
  );
}

/** The names a 名称 list actually gives: blank lines and a lone 「无」 are not names. */
export function listedNames(names: readonly string[]): string[] {
  return names.map((n) => n.trim()).filter((n) => n !== '' && n !== '无');
}

function _standardsSchema(years: ReportYears): v.GenericSchema {
  // Hint: a blank cell of the standards table reads as 0 (the fixtures leave unused categories out); typed cells must be counts.
  const roles = () =>
    _byKeys(
      standardRoles.map((r) => r.value),
      () => numberCell('count', { required: false }),
    );
  return _byKeys(years, () =>
    _byKeys(
      standardCategories.map((c) => c.value),
      roles,
    ),
  );
}

function _targetsSchema(field: TargetsField): v.GenericSchema {
  const rows = field.directions.flatMap((d) => d.indicators);
  const cell = (concept?: Concept) => {
    const measure = concept ? TARGET_MEASURES[concept] : undefined;
    return measure ? numberCell(measure, { required: true }) : requiredText();
  };
  const fixed = _obj(Object.fromEntries(rows.map((r) => [r.key, _obj({ baseline: cell(r.concept), target: cell(r.concept) })])));
  const added = v.object({ indicator: requiredText(), baseline: requiredText(), target: requiredText() });
  return _obj({ fixed, added: v.optional(v.array(added), []) });
}

/** The rule schema of each kind's value; tick-box groups have none (ticking nothing is an answer). */
export const kindSchemas: PerKind<[years: ReportYears], v.GenericSchema | undefined> = {
  text: (field) => (field.format === 'date' ? dateText() : field.format === 'phone' ? phoneText() : requiredText()),
  narrative: (field) => (field.limit ? limitedText(field.limit) : requiredText()),
  planText: () => requiredText(),
  number: _numberSchema,
  choice: (field) => choiceCell(field.options.map((o) => o.value)),
  countList: () => _countListSchema(),
  standards: (_field, years) => _standardsSchema(years),
  region: (field) => _obj(Object.fromEntries(field.parts.map((p) => [p.value, requiredText(`必填：请填写${p.label}`)]))),
  targets: (field) => _targetsSchema(field),
  ticks: () => undefined,
};
