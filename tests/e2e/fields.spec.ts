// Field behaviour a user notices: number entry, the character counter, 数量+名称 lists, the error summary,
// one-click 「无」, the review page's 「修改」 links, and a layout that holds still while the page catches up with typing.
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

async function startHubei(page: Page, stepLink?: RegExp) {
  await page.goto('./');
  await page.getByRole('button', { name: '按此通知开始填写：鄂经信办函〔2024〕29号' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('封面');
  if (stepLink) await page.getByRole('navigation', { name: '填写步骤' }).getByRole('link', { name: stepLink }).click();
}

/** Where an element lies across the page: its left edge and width. */
const across = async (target: Locator) => {
  const box = await target.boundingBox();
  return { x: box?.x, width: box?.width };
};

test('numbers accept full-width digits, separators and signs, shown on leaving the cell as the PDF prints them (one decimal written with two)', async ({ page }) => {
  await startHubei(page, /二、主导产业情况/);
  const cell = page.getByRole('textbox', { name: '集群总产值（亿元） 2023年', exact: true });
  await cell.fill('１２，３４５．６７');
  await cell.press('Tab');
  await expect(cell).toHaveValue('12345.67');
  const growth = page.getByRole('textbox', { name: '集群外商直接投资额增长率（%） 2022年', exact: true });
  await growth.fill('－ 3.5％');
  await growth.press('Tab');
  await expect(growth).toHaveValue('-3.50');
  const odd = page.getByRole('textbox', { name: '集群企业数量 2021年', exact: true });
  await odd.fill('约400家');
  await odd.press('Tab');
  await expect(odd).toHaveValue('约400家');
});

test('the counter counts what a person counts, and shows when the limit is passed', async ({ page }) => {
  await startHubei(page, /二、主导产业情况/);
  const box = page.getByRole('textbox', { name: '集群产业链强链补链情况（200字以内）', exact: true });
  await box.fill('产业链👍🏽\n第二段');
  // Hint: the screen reader's copy of the count follows a moment later; the visible counter is the first.
  await expect(page.getByText('已输入 7 / 200 字', { exact: true }).first()).toBeVisible();
  await box.fill('链'.repeat(199) + '𠀀𠀁');
  await expect(page.getByText('已输入 201 / 200 字，超出 1 字', { exact: true }).first()).toBeVisible();
});

test('a 数量+名称 list keeps its count with the names typed, until the user sets another count', async ({ page }) => {
  await startHubei(page, /三、创新能力情况/);
  const name = '国家制造业创新中心或国家级创新平台名称及数量';
  const add = page.getByRole('button', { name: `添加名称：${name}`, exact: true });
  const count = page.getByRole('textbox', { name: `${name} 数量`, exact: true });
  await add.click();
  // Hint: a blank line is no name yet: no count (nobody entered one) and so no mismatch message that would vanish
  // on the next click and move the buttons under the pointer.
  await expect(count).toHaveValue('');
  await page.getByRole('textbox', { name: `${name} 名称 1`, exact: true }).fill('国家先进功能纤维创新中心');
  await expect(count).toHaveValue('1');
  await add.click();
  await expect(count).toHaveValue('1');
  await page.getByRole('textbox', { name: `${name} 名称 2`, exact: true }).fill('国家非织造材料工程技术研究中心');
  await expect(count).toHaveValue('2');
  await page.getByRole('button', { name: `删除 ${name} 名称 1`, exact: true }).click();
  await expect(count).toHaveValue('1');
  await expect(page.getByRole('textbox', { name: `${name} 名称 1`, exact: true })).toHaveValue('国家非织造材料工程技术研究中心');
  await count.fill('3');
  await add.click();
  await expect(count).toHaveValue('3');
});

test('finishing a step with problems shows a focused summary whose links move focus to each field', async ({ page }) => {
  await startHubei(page, /一、基本情况/);
  await page.getByRole('button', { name: '完成本节' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('heading')).toContainText('本节还有');
  await summary.getByRole('link', { name: /集群占地面积/ }).first().click();
  await expect(page.getByRole('textbox', { name: '集群占地面积（平方公里）', exact: true })).toBeFocused();
  await expect(page.getByRole('navigation', { name: '填写步骤' }).getByRole('link', { name: /一、基本情况/ })).toContainText('有问题');
});

test('「无」 fills a narrative where nothing applies', async ({ page }) => {
  await startHubei(page, /六、开放合作情况/);
  await page.getByRole('button', { name: '无相关情况，填写“无”' }).first().click();
  await expect(page.getByRole('textbox', { name: '集群国际合作交流总体情况（200字以内）', exact: true })).toHaveValue('无');
});

test('a 「修改」 link on the review page returns to the field with focus on it', async ({ page }) => {
  await startHubei(page);
  await page.getByRole('textbox', { name: '集群名称', exact: true }).fill('湖北省仙桃市非织造布产业');
  await page.getByRole('navigation', { name: '填写步骤' }).getByRole('link', { name: '核对信息' }).click();
  await expect(page.getByText('湖北省仙桃市非织造布产业').first()).toBeVisible();
  await page.getByRole('link', { name: '修改 集群运营管理机构', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('封面');
  await expect(page.getByRole('textbox', { name: '集群运营管理机构', exact: true })).toBeFocused();
});

test('what appears after typing pauses (a computed result, the answer on keeping drafts) never moves the form under the pointer', async ({ page }) => {
  await startHubei(page, /二、主导产业情况/);
  const sme = page.getByRole('textbox', { name: '其中：集群中小企业数量 2023年', exact: true });
  const smeAt = await sme.boundingBox();
  await sme.fill('442');
  // The first save asks the browser to keep the drafts; its answer is shown without moving the form.
  await expect(page.getByRole('status', { name: '本机保存' })).toContainText('长期保存');
  expect(await sme.boundingBox()).toEqual(smeAt);

  await page.getByRole('navigation', { name: '填写步骤' }).getByRole('link', { name: /四、数字化升级情况/ }).click();
  const next = page.getByRole('textbox', { name: '集群接入工业互联网平台的中小企业数量', exact: true });
  await expect(page.getByText('按公式计算为 —（上云中小企业数量 ÷ 2023年中小企业数量）')).toBeVisible();
  const nextAt = await next.boundingBox();
  await page.getByRole('textbox', { name: '集群上云中小企业数量', exact: true }).fill('318');
  await expect(page.getByText('按公式计算为 71.95')).toBeVisible();
  expect(await next.boundingBox()).toEqual(nextAt);
});

test('an error that shows or clears moves no control sideways: not the box, not the cells of its row', async ({ page }) => {
  // Hint: the message itself comes in above the control (so the control goes down and back up); what must not move
  // is anything across, where a press and its release would land on two different places.
  await startHubei(page, /二、主导产业情况/);
  const box = page.getByRole('textbox', { name: '集群产业链强链补链情况（200字以内）', exact: true });
  const boxAt = await across(box);
  await box.fill('链'.repeat(201));
  await box.press('Tab');
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  expect(await across(box)).toEqual(boxAt);
  await box.fill('链'.repeat(200));
  await box.press('Tab');
  await expect(box).not.toHaveAttribute('aria-invalid', 'true');
  expect(await across(box)).toEqual(boxAt);

  const cells = ['2021年', '2022年', '2023年'].map((year) => page.getByRole('textbox', { name: `集群企业数量 ${year}`, exact: true }));
  const cellsAt = await Promise.all(cells.map(across));
  await cells[0]!.fill('约400家');
  await cells[0]!.press('Tab');
  await expect(cells[0]!).toHaveAttribute('aria-invalid', 'true');
  expect(await Promise.all(cells.map(across))).toEqual(cellsAt);
});
