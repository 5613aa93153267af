// 佐证材料清单: what the answers call for to be proven, reachable from the task list, following what is ticked.
import { expect, test } from '@playwright/test';
import { fixtureDrafts } from '../fixtures/drafts';
import { seedDraft } from './support/seed';

const draft = fixtureDrafts['hb-2024'];
const steps = (page: import('@playwright/test').Page) => page.getByRole('navigation', { name: '填写步骤' });

test('the evidence list names each ticked option and listed platform, and follows a change of ticks', async ({ page }) => {
  await seedDraft(page, draft);
  await page.goto(`./fill/#/${draft.id}/s2`);
  await steps(page).getByRole('link', { name: '佐证材料清单' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('佐证材料清单');
  const chain = page.getByRole('region', { name: '二、主导产业情况' }).getByRole('listitem');
  await expect(chain.filter({ hasText: '绘制产业链图谱，开展产业链培育' })).toContainText('需提供佐证材料');
  await expect(chain.filter({ hasText: '形成产业链技术难点清单或创新项目库' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: '三、创新能力情况' }).getByRole('listitem').filter({ hasText: '省级制造业创新中心' })).toContainText(
    '3 个：湖北省非织造布工程技术研究中心；湖北省医用防护材料企业技术中心；湖北省无纺布产业创新中心（需提供清单及佐证材料）',
  );

  await chain.filter({ hasText: '绘制产业链图谱，开展产业链培育' }).getByRole('link', { name: '修改 集群已开展的产业链强链补链工作' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('二、主导产业情况');
  await page.getByRole('checkbox', { name: '绘制产业链图谱，开展产业链培育' }).uncheck();
  await page.getByRole('checkbox', { name: /形成产业链技术难点清单或创新项目库/ }).check();
  await steps(page).getByRole('link', { name: '佐证材料清单' }).click();
  await expect(chain.filter({ hasText: '绘制产业链图谱，开展产业链培育' })).toHaveCount(0);
  await expect(chain.filter({ hasText: '形成产业链技术难点清单或创新项目库' })).toHaveCount(1);
});
