// Compile-time checks of the inferred draft type: `npm run typecheck` fails if the type loosens or breaks.
import type { Draft } from '../../src/forms/draft';
import { deriveVersion } from '../../src/forms/derive';
import { miit2024 } from '../../src/forms/miit-2024';
import type { gd2023 } from '../../src/forms/gd-2023';
type D = Draft<typeof miit2024>;
const x: D['values']['totalOutput'] = { '2021': '1', '2022': '2', '2023': '3' };
const y: D['values']['prohibitedIndustry'] = 'no';
const t: D['values']['chainWork'] = ['o1'];
const r: Draft<typeof gd2023>['values']['region'] = { city: '佛山市', county: '顺德区' };
// @ts-expect-error 2020 is not a report year of MIIT 2024
const bad: D['values']['totalOutput'] = { '2020': '1' };
// @ts-expect-error not an option
const badChoice: D['values']['prohibitedIndustry'] = 'maybe';
// @ts-expect-error no such field in MIIT 2024
const missing: D['values']['qualityEnterpriseCount'] = '1';
const tg: D['values']['planTargets'] = { fixed: { outputCagr: { baseline: '12', target: '15' } }, added: [] };
export { x, y, t, r, bad, badChoice, missing, tg };

// A derived version's draft type follows its new years.
const next = deriveVersion(miit2024, { id: 'miit-2025', name: 'n', source: 's', years: [2022, 2023, 2024] });
type N = Draft<typeof next>;
const nx: N['values']['totalOutput'] = { '2024': '1' };
// @ts-expect-error 2021 is no longer a report year of the derived version
const nbad: N['values']['totalOutput'] = { '2021': '1' };
export { nx, nbad };
