// The MIIT 2024 version of the 申报表 (工业和信息化部 制, years 2021–2023), as attached to 鄂经信办函〔2024〕29号.
import { basics } from './basics';
import { cover, instructions } from './cover';
import { digital } from './digital';
import { green } from './green';
import { industry } from './industry';
import { innovation } from './innovation';
import { governance, openness } from './openness';
import { declaration, plan } from './plan';
import { formVersion } from '../version';

export const miit2024 = formVersion({
  id: 'miit-2024',
  name: '工业和信息化部 2024 年版',
  source: 'seed 003 附件2（与 seed 002 仅差填报说明第1点“数据清单”一词，见该处的注）',
  years: [2021, 2022, 2023],
  cover,
  instructions,
  sections: (f) => [basics, industry, innovation, digital, green, openness, governance, plan(f), declaration],
});
