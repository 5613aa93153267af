// Where the form asks for evidence: 「（注：勾选需提供佐证材料）」 under every tick-box group, 「（如涉及，需提供佐证材料）」
// on a yes/no question, 「（需提供清单及佐证材料）」 on a label, a note or a group's footnote. Read from the printed texts
// of the definition, so a new form version brings its own duties without code.
import type { DutyTrigger } from '../forms/kinds';
import { kindOf } from '../forms/kinds';
import { isStructure, structureOf } from '../forms/structure';
import type { Field, FormDefinition, LayoutItem } from '../forms/types';

export type { DutyTrigger };

export interface EvidenceDuty {
  readonly field: Field;
  readonly sectionId: string;
  /** What the form asks for, from its own words: 「需提供清单及佐证材料」「需提供计算公式」. */
  readonly demand: string;
  readonly trigger: DutyTrigger;
  /** The printed text the demand is quoted from. */
  readonly source: string;
}

const DEMAND = /需提供[^）)，,。]*/;

/** The demand in a printed text, e.g. 「需提供清单及佐证材料」, or undefined. */
export function demandIn(text: string | undefined): string | undefined {
  return text ? DEMAND.exec(text)?.[0] : undefined;
}

/** A field's own duty, else the one of the item it is printed in. */
function _duty(field: Field, sectionId: string, inherited: string | undefined): EvidenceDuty[] {
  const source = [field.note, field.label].find((t) => demandIn(t)) ?? inherited;
  const demand = demandIn(source);
  if (!demand || !source) return [];
  if (field.kind === 'choice' && !field.evidenceWhenYes && !demandIn(field.note)) return [];
  return [{ field, sectionId, demand, trigger: kindOf(field).evidenceTrigger, source }];
}

function _itemDuties(item: LayoutItem, sectionId: string, inherited?: string): EvidenceDuty[] {
  if (!isStructure(item)) return _duty(item, sectionId, inherited);
  const model = structureOf(item);
  const own = model.dutyTexts(item).find((t) => demandIn(t)) ?? inherited;
  return model.children(item).flatMap((child) => _itemDuties(child, sectionId, own));
}

const cache = new WeakMap<FormDefinition, readonly EvidenceDuty[]>();

/** Every evidence duty of the form, in print order. */
export function evidenceDuties(form: FormDefinition): readonly EvidenceDuty[] {
  let duties = cache.get(form);
  if (!duties) {
    duties = form.sections.flatMap((s) => s.items.flatMap((i) => _itemDuties(i, s.id)));
    cache.set(form, duties);
  }
  return duties;
}
