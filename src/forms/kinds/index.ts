// The registry of field kind models: one per kind, and the compiler proves every kind has one.
import type { Field, FieldKind } from '../types';
import { choiceKind } from './choice';
import { countListKind } from './countList';
import { numberKind } from './number';
import { regionKind } from './region';
import { standardsKind } from './standards';
import { targetsKind } from './targets';
import { narrativeKind, planTextKind, textKind } from './text';
import { ticksKind } from './ticks';
import type { FieldKindModel, FieldKindModels } from './types';

export type { Carried, CarryContext, DutyTrigger, FieldKindModel, FieldKindModels, KeptPart } from './types';

export const fieldKinds: FieldKindModels = {
  text: textKind,
  narrative: narrativeKind,
  planText: planTextKind,
  number: numberKind,
  choice: choiceKind,
  ticks: ticksKind,
  countList: countListKind,
  standards: standardsKind,
  region: regionKind,
  targets: targetsKind,
};

/** The model of a field's kind. Hint: the cast only forgets which kind; the registry type ties each to its own. */
export function kindOf<F extends Field>(field: F): FieldKindModel<F> {
  return fieldKinds[field.kind as FieldKind] as unknown as FieldKindModel<F>;
}

