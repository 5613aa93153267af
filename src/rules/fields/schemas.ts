// One valibot schema per field, generated from its definition (kind, measure, perYear, limit, format).
import * as v from 'valibot';
import { standardCategories, standardRoles } from '../../forms/types';
import type { PerKind } from '../../forms/perKind';
import type { Field, FormDefinition, ReportYears, TargetsField } from '../../forms/types';
import { computedCells } from '../computed';
import { numberSpec } from './cellSpecs';
import { kindedCheck } from './checks';
import type { ParsedNumber } from '../../forms/numbers';
import { REQUIRED_WORDS, choiceCell, dateText, limitedText, numberCell, phoneText, requiredText } from './cells';

/** An object whose absence reads as empty, so each required cell inside still reports itself. */
const _obj = <E extends v.ObjectEntries>(entries: E) => {
  const schema = v.object(entries);
  return v.optional(schema, () => ({}) as v.InferInput<typeof schema>);
};
const _byKeys = <S extends v.GenericSchema>(keys: readonly (string | number)[], schema: () => S) =>
  _obj(Object.fromEntries(keys.map((k) => [String(k), schema()])));

function _numberSchema(field: Extract<Field, { kind: 'number' }>, form: FormDefinition): v.GenericSchema {
  const computed = computedCells(form);
  const cell = (year?: number) =>
    numberCell(numberSpec(field), { required: true, computed: computed.has(year === undefined ? field.id : `${field.id}.${year}`) });
  return field.perYear ? _obj(Object.fromEntries(form.years.map((y) => [String(y), cell(y)]))) : cell();
}

/** 数量 required and whole; the names listed (blank lines and 「无」 aside) must be as many as the count. */
function _countListSchema(): v.GenericSchema {
  return v.pipe(
    _obj({ count: numberCell({ measure: 'count', unit: '个' }, { required: true }), names: v.optional(v.array(v.string()), []) }),
    v.forward(
      kindedCheck<{ count: ParsedNumber; names: string[] }>(
        'consistency',
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
  // Hint: blank is 「未填」, not 0 (填报说明 2: 各必填栏目不得空缺), as the review page and the step status count it.
  const roles = () =>
    _byKeys(
      standardRoles.map((r) => r.value),
      () => numberCell({ measure: 'count', unit: '项' }, { required: true }),
    );
  return _byKeys(years, () =>
    _byKeys(
      standardCategories.map((c) => c.value),
      roles,
    ),
  );
}

function _targetsSchema(field: TargetsField, form: FormDefinition): v.GenericSchema {
  const computed = computedCells(form);
  const rows = field.directions.flatMap((d) => d.indicators);
  const cell = (row: (typeof rows)[number], which: 'baseline' | 'target') =>
    row.measure
      ? numberCell({ measure: row.measure, ...(row.unit ? { unit: row.unit } : {}) }, { required: true, computed: computed.has(`${field.id}.fixed.${row.key}.${which}`) })
      : requiredText('必填：请用文字描述');
  const fixed = _obj(Object.fromEntries(rows.map((r) => [r.key, _obj({ baseline: cell(r, 'baseline'), target: cell(r, 'target') })])));
  const added = v.object({ indicator: requiredText('必填：请填写指标名称'), baseline: requiredText(), target: requiredText() });
  return _obj({ fixed, added: v.optional(v.array(added), []) });
}

/** The rule schema of each kind's value; tick-box groups have none (ticking nothing is an answer). */
export const kindSchemas: PerKind<[form: FormDefinition], v.GenericSchema | undefined> = {
  text: (field) => (field.format === 'date' ? dateText() : field.format === 'phone' ? phoneText() : requiredText()),
  narrative: (field) => (field.limit ? limitedText(field.limit) : requiredText(REQUIRED_WORDS)),
  planText: () => requiredText(REQUIRED_WORDS),
  number: _numberSchema,
  choice: (field) => choiceCell(field.options.map((o) => o.value)),
  countList: () => _countListSchema(),
  standards: (_field, form) => _standardsSchema(form.years),
  region: (field) => _obj(Object.fromEntries(field.parts.map((p) => [p.value, requiredText(`必填：请填写${p.label}`)]))),
  targets: _targetsSchema,
  ticks: () => undefined,
};
