// The rule sets by id; a notice names one (src/forms/notices.ts). The Record type makes a missing rule set a compile error.
import type { RuleSetId } from '../../forms/notices';
import type { RuleSet } from '../types';
import { gdProvincial2023 } from './gd-provincial-2023';
import { national2022 } from './national-2022';

export const ruleSets: { readonly [K in RuleSetId]: RuleSet } = {
  'national-2022': national2022,
  'gd-provincial-2023': gdProvincial2023,
};
