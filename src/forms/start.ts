// What a new draft starts with: the province its notice implies (or the official chose on the start page), in the
// form's 所属地区 where the form asks for a province. Nothing else is filled in for the official.
import type { FormValues } from './fieldValues';
import type { FormDefinition } from './types';
import { fieldOfConcept } from './walk';

/** True when the form's 所属地区 has a province part (the MIIT forms; not Guangdong's). */
export function asksProvince(form: FormDefinition): boolean {
  const region = fieldOfConcept(form, 'region');
  return region?.kind === 'region' && region.parts.some((p) => p.value === 'province');
}

/** The values a new draft starts with: `{ region: { province } }` where the form asks for one, else none. */
export function startingValues(form: FormDefinition, province: string | undefined): FormValues {
  const region = fieldOfConcept(form, 'region');
  const name = province?.trim();
  if (!name || !region || !asksProvince(form)) return {};
  return { [region.id]: { province: name } };
}
