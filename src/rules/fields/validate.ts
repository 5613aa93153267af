// Field rules: each field's schema run with safeParse on its value; schemas are built once per form version.
import * as v from 'valibot';
import type { FormValues } from '../../forms/fieldValues';
import type { Field, FormDefinition } from '../../forms/types';
import { callForKind } from '../../forms/perKind';
import { formFields } from '../../forms/walk';
import type { RuleIssue } from '../types';
import { toRuleIssues } from './issues';
import { kindSchemas } from './schemas';

const cache = new WeakMap<FormDefinition, Map<string, v.GenericSchema | undefined>>();

/** The schemas of every field of the form version, by field id. */
export function fieldSchemas(form: FormDefinition): Map<string, v.GenericSchema | undefined> {
  let map = cache.get(form);
  if (!map) {
    map = new Map(formFields(form).map((f) => [f.id, callForKind(kindSchemas, f, form)]));
    cache.set(form, map);
  }
  return map;
}

/** The field-rule issues of the given fields: one per cell at most (the first rule a cell breaks). */
export function validateFields(form: FormDefinition, values: FormValues, fields: readonly Field[]): RuleIssue[] {
  const schemas = fieldSchemas(form);
  return fields.flatMap((field) => {
    const schema = schemas.get(field.id);
    if (!schema) return [];
    const result = v.safeParse(schema, values[field.id], { abortPipeEarly: true });
    return result.issues ? toRuleIssues(field, result.issues) : [];
  });
}
