// The wizard's steps: the cover and the nine sections, then 核对信息, 认定标准自查, 佐证材料清单, 一企一表 and 改用其他通知; and each step's status.
import type { FormValues } from '../forms/fieldValues';
import { isFilled, isTouched } from '../forms/filled';
import type { Field, FormDefinition } from '../forms/types';
import { fieldsOfItem, sectionFields } from '../forms/walk';
import type { FieldIssue } from './issues';

export interface Step {
  readonly id: string;
  /** Shown in the task list: 「封面」, 「一、基本情况」 … */
  readonly title: string;
  /** For a page beyond the nine sections, a short state shown in the task list (佐证材料清单: 「已备 12/54」). */
  readonly status?: string;
}

export type StepStatus = '未开始' | '填写中' | '已完成' | '有问题';

/** The cover and the nine sections, in order. */
export function formSteps(form: FormDefinition): Step[] {
  return [{ id: 'cover', title: '封面' }, ...form.sections.map((s) => ({ id: s.id, title: `${s.number}、${s.title}` }))];
}

export const REVIEW_STEP = 'review';
export const CHECK_STEP = 'check';
export const EVIDENCE_STEP = 'evidence';
export const ENTERPRISES_STEP = 'enterprises';
export const NOTICE_STEP = 'notice';

/** The fields a step edits. */
export function stepFields(form: FormDefinition, stepId: string): Field[] {
  if (stepId === 'cover') return form.cover.fields.flatMap(fieldsOfItem);
  const section = form.sections.find((s) => s.id === stepId);
  return section ? sectionFields(section) : [];
}

/**
 * 未开始: nothing entered; 已完成: every field answered and no error; 有问题: an error the user has been
 * shown (after 「完成本节」) or an error in what they entered; 填写中: otherwise.
 */
export function stepStatus(
  form: FormDefinition,
  stepId: string,
  values: FormValues,
  issues: readonly FieldIssue[],
  attempted: boolean,
): StepStatus {
  const fields = stepFields(form, stepId);
  // Hint: a step with nothing to fill (九、真实性声明) is done once the user has read it and said so.
  if (!fields.length) return attempted ? '已完成' : '未开始';
  const errors = issues.filter((i) => i.severity === 'error');
  const touched = fields.filter((f) => isTouched(f, values));
  if (touched.length === 0 && !attempted) return '未开始';
  if (errors.some((e) => attempted || e.kind !== 'required')) return '有问题';
  if (!errors.length && fields.every((f) => isFilled(f, values, form.years))) return '已完成';
  return '填写中';
}
