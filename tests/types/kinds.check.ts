// Compile-time proof that every per-kind registry covers every field kind (and every structural item kind):
// each registry with one kind left out fails to type-check, so a new kind cannot ship without its plugins.
// `npm run typecheck` fails if any `@ts-expect-error` below stops being an error.
import type { FieldValue, ValueOfKind } from '../../src/forms/fieldValues';
import { fieldKinds, type FieldKindModels } from '../../src/forms/kinds';
import type { PerKind } from '../../src/forms/perKind';
import { structureKinds } from '../../src/forms/structure';
import type { FieldKind, FormDefinition, StructureKind } from '../../src/forms/types';
import { itemRenderers } from '../../src/pdf/render/items';
import type { ItemRenderers } from '../../src/pdf/render/context';
import { valueRenderers } from '../../src/pdf/render/values';
import { kindPrefixes } from '../../src/rules/fields/issues';
import { kindSchemas } from '../../src/rules/fields/schemas';
import { kindCells } from '../../src/rules/fields/cellSpecs';
import { cellAccess } from '../../src/wizard/fields/cells';
import { fieldInputs } from '../../src/wizard/fields/FieldView';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const _keys: [
  Equal<keyof typeof fieldKinds, FieldKind>,
  Equal<keyof typeof kindSchemas, FieldKind>,
  Equal<keyof typeof kindPrefixes, FieldKind>,
  Equal<keyof typeof fieldInputs, FieldKind>,
  Equal<keyof typeof kindCells, FieldKind>,
  Equal<keyof typeof cellAccess, FieldKind>,
  Equal<keyof typeof valueRenderers, FieldKind>,
  Equal<keyof ValueOfKind, FieldKind>,
  Equal<keyof typeof structureKinds, StructureKind>,
  Equal<keyof typeof itemRenderers, FieldKind | StructureKind>,
] = [true, true, true, true, true, true, true, true, true, true];

const { number: _m, ...modelsWithoutNumber } = fieldKinds;
// @ts-expect-error a field kind without its definition model
const models: FieldKindModels = modelsWithoutNumber;

const { targets: _s, ...schemasWithoutTargets } = kindSchemas;
// @ts-expect-error a field kind without its rule schema
const schemas: PerKind<[form: FormDefinition], unknown> = schemasWithoutTargets;

const { region: _p, ...prefixesWithoutRegion } = kindPrefixes;
// @ts-expect-error a field kind without its issue wording
const prefixes: typeof kindPrefixes = prefixesWithoutRegion;

const { countList: _c, ...accessWithoutCountList } = cellAccess;
// @ts-expect-error a field kind without its cell reader and writer
const access: typeof cellAccess = accessWithoutCountList;

const { ticks: _i, ...inputsWithoutTicks } = fieldInputs;
// @ts-expect-error a field kind without its wizard input
const inputs: typeof fieldInputs = inputsWithoutTicks;

const { choice: _v, ...valuesWithoutChoice } = valueRenderers;
// @ts-expect-error a field kind without its PDF value renderer
const values: typeof valueRenderers = valuesWithoutChoice;

const { standards: _r, ...itemsWithoutStandards } = itemRenderers;
// @ts-expect-error a field kind without its PDF item renderer
const items: ItemRenderers = itemsWithoutStandards;

const { mirror: _g, ...structuresWithoutMirror } = structureKinds;
// @ts-expect-error a structural kind without its model
const structures: typeof structureKinds = structuresWithoutMirror;

// A value of a kind is what that kind's schema stores: a year table for a per-year number, a list for ticks.
const yearValue: FieldValue<{ kind: 'number' } & Parameters<typeof fieldKinds.number.isFilled>[0]> = { '2023': '1.00' };
// @ts-expect-error ticks hold a list of option values, not text
const badTicks: ValueOfKind['ticks'] = '是';

export { _keys, models, schemas, prefixes, access, inputs, values, items, structures, yearValue, badTicks };
