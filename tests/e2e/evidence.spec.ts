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

test('for the Guangdong notice, its own 附件2 list of 26 items, each with what was answered, and printable', async ({ page }) => {
  const gd = fixtureDrafts['gd-2023'];
  await seedDraft(page, gd);
  await page.goto(`./fill/#/${gd.id}/evidence`);
  const list = page.getByRole('region', { name: /^通知要求报送的佐证材料清单/ });
  await expect(list.getByRole('heading', { level: 2 })).toHaveText('通知要求报送的佐证材料清单（粤工信服务函〔2023〕6号 附件2，共 26 项）');
  await expect(list.getByRole('listitem')).toHaveCount(26);
  const industry = page.getByRole('region', { name: '粤工信服务函〔2023〕6号 附件2 一、主导产业情况' });
  await expect(industry.getByRole('listitem').filter({ hasText: '提供集群内专精特新企业名单；' })).toContainText('专精特新中小企业数量：2020年 46，2021年 58，2022年 73');
  const chainMap = industry.getByRole('listitem').filter({ hasText: '提供集群绘制的产业链图谱（如有）；' });
  await expect(chainMap).not.toContainText('无需提供');

  await chainMap.getByRole('link', { name: '修改 第8项相关填写' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('二、主导产业情况');
  await page.getByRole('radiogroup', { name: '集群是否绘制产业链图谱' }).getByRole('radio', { name: '否' }).check();
  await steps(page).getByRole('link', { name: '佐证材料清单' }).click();
  await expect(chainMap).toContainText('（“集群是否绘制产业链图谱”答“否”，按目前的填写无需提供）');

  await page.emulateMedia({ media: 'print' });
  await expect(steps(page)).toBeHidden();
  await expect(page.getByRole('button', { name: '打印本清单' })).toBeHidden();
  await expect(chainMap).toBeVisible();
});
