// The MIIT 2023 version of the 申报表 (工业和信息化部 制, years 2020–2022), as attached to 川经信办函〔2023〕220号.
import { basics } from './basics';
import { cover, instructions } from './cover';
import { digital } from './digital';
import { green } from './green';
import { industry } from './industry';
import { innovation } from './innovation';
import { governance, openness } from './openness';
import { declaration, plan } from './plan';
import { formVersion } from '../version';

export const miit2023 = formVersion({
  id: 'miit-2023',
  name: '工业和信息化部 2023 年版',
  source: 'seed 004 附件1',
  years: [2020, 2021, 2022],
  cover,
  instructions,
  sections: (f) => [basics, industry, innovation, digital, green, openness, governance, plan(f), declaration],
});
