// Filling a whole application through the UI, by accessible names, from a fixture draft.
import type { FormValues } from '../../../src/forms/fieldValues';
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import type { Field, FormDefinition } from '../../../src/forms/types';
import { standardCategories, standardRoles } from '../../../src/forms/types';
import { fieldName, yearName } from '../../../src/wizard/names';

type Values = FormValues;
const box = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });

async function fillCountList(page: Page, field: Field, value: { count?: string; names?: string[] }) {
  const name = fieldName(field);
  for (const [i, n] of (value.names ?? []).entries()) {
    await page.getByRole('button', { name: `添加名称：${name}`, exact: true }).click();
    await box(page, `${name} 名称 ${i + 1}`).fill(n);
  }
  await box(page, `${name} 数量`).fill(value.count ?? '');
}

async function fillTargets(page: Page, field: Extract<Field, { kind: 'targets' }>, value: Values) {
  const [, , base, target] = field.columns;
  const fixed = (value['fixed'] ?? {}) as Record<string, { baseline?: string; target?: string }>;
  for (const d of field.directions) {
    for (const ind of d.indicators) {
      await box(page, `${d.direction} ${ind.label} ${base}`).fill(fixed[ind.key]?.baseline ?? '');
      await box(page, `${d.direction} ${ind.label} ${target}`).fill(fixed[ind.key]?.target ?? '');
    }
  }
  const added = (value['added'] ?? []) as { direction: string; indicator?: string; baseline?: string; target?: string }[];
  const perDirection: Record<string, number> = {};
  for (const a of added) {
    const n = (perDirection[a.direction] = (perDirection[a.direction] ?? 0) + 1);
    await page.getByRole('button', { name: `添加指标（${a.direction}）`, exact: true }).click();
    await box(page, `${a.direction} 新增指标 ${n} 指标`).fill(a.indicator ?? '');
    await box(page, `${a.direction} 新增指标 ${n} ${base}`).fill(a.baseline ?? '');
    await box(page, `${a.direction} 新增指标 ${n} ${target}`).fill(a.target ?? '');
  }
}

/** Enter one field's fixture value through the controls a user would use. */
export async function fillField(page: Page, form: FormDefinition, field: Field, value: unknown): Promise<void> {
  const name = fieldName(field);
  const obj = (value ?? {}) as Values;
  switch (field.kind) {
    case 'number':
      if (!field.perYear) return box(page, name).fill(String(value));
      for (const y of form.years) await box(page, yearName(field, y)).fill(String(obj[y]));
      return;
    case 'choice':
      return page.getByRole('radiogroup', { name, exact: true }).getByRole('radio', { name: field.options.find((o) => o.value === value)!.label, exact: true }).check();
    case 'ticks':
      for (const o of field.options.filter((x) => (value as string[]).includes(x.value))) {
        await page.getByRole('group', { name, exact: true }).getByRole('checkbox', { name: o.label, exact: true }).check();
      }
      return;
    case 'countList':
      return fillCountList(page, field, obj);
    case 'region':
      for (const p of field.parts) await box(page, `${name} ${p.label}`).fill(String(obj[p.value]));
      return;
    case 'standards':
      for (const y of form.years)
        for (const c of standardCategories)
          for (const r of standardRoles) {
            const cell = (obj[y] as Record<string, Record<string, string>> | undefined)?.[c.value]?.[r.value] ?? '0';
            await box(page, `${name} ${y}年 ${c.label} ${r.label}`).fill(cell);
          }
      return;
    case 'targets':
      return fillTargets(page, field, obj);
    case 'planText':
      // Hint: a plan text is labelled by its outline heading, 「一、集群基本情况简介」, which contains the label.
      return page.getByRole('textbox', { name }).fill(String(value));
    default:
      await expect(box(page, name)).toBeVisible();
      return box(page, name).fill(String(value));
  }
}
