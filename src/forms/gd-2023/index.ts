// The Guangdong 2023 version of the 申报表 (广东省工业和信息化厅 制, years 2020–2022), attachment 1 of 粤工信服务函〔2023〕6号.
import { basics } from './basics';
import { cover, instructions } from './cover';
import { digital } from './digital';
import { green } from './green';
import { industry } from './industry';
import { innovation } from './innovation';
import { governance, openness } from './openness';
import { declaration, plan } from './plan';
import { formVersion } from '../version';

export const gd2023 = formVersion({
  id: 'gd-2023',
  name: '广东省 2023 年版',
  source: 'seed 000 附件1',
  years: [2020, 2021, 2022],
  cover,
  instructions,
  sections: (f) => [basics, industry, innovation, digital, green, openness, governance, plan(f), declaration],
});
