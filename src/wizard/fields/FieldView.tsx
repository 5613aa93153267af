// One renderer per field kind, looked up by kind: the compiler proves every kind has one.
import type { FunctionComponent } from 'preact';
import type { Field, FieldKind, FieldOfKind } from '../../forms/types';
import type { Editor } from '../store';
import { ChoiceInput } from './ChoiceInput';
import { ComputedHints } from './ComputedHints';
import { CountListInput } from './CountListInput';
import { EnterpriseBacking } from '../enterprises/EnterpriseBacking';
import { NarrativeInput } from './NarrativeInput';
import { NumberField } from './NumberField';
import { RegionInput } from './RegionInput';
import { StandardsInput } from './StandardsInput';
import { TargetsInput } from './TargetsInput';
import { TextInput } from './TextInput';
import { TicksInput } from './TicksInput';

type Renderer<K extends FieldKind> = FunctionComponent<{ field: FieldOfKind<K>; store: Editor }>;

/** The wizard input of each field kind; a kind without one does not compile. */
export const fieldInputs: { readonly [K in FieldKind]: Renderer<K> } = {
  text: TextInput,
  number: NumberField,
  choice: ChoiceInput,
  ticks: TicksInput,
  countList: CountListInput,
  narrative: NarrativeInput,
  planText: NarrativeInput,
  standards: StandardsInput,
  region: RegionInput,
  targets: TargetsInput,
};

export function FieldView({ field, store }: { field: Field; store: Editor }) {
  const Render = fieldInputs[field.kind] as Renderer<FieldKind>;
  return (
    <div class="field-wrap" data-field={field.id}>
      <Render field={field as never} store={store} />
      {/* Hint: the targets table shows each baseline's offer in its own row. */}
      {field.kind !== 'targets' && <ComputedHints fieldId={field.id} store={store} />}
      <EnterpriseBacking fieldId={field.id} store={store} />
    </div>
  );
}
