// Section 1's yes/no questions: an answer that disqualifies, and the notice's own precondition, are flagged where answered.
// Hint: which answer is compliant lives with each version's wording (`compliantAnswers`): 「不属于…」 wants 是, 「是否属于…」 wants 否.
import type { ChoiceField } from '../../forms/types';
import { formFields } from '../../forms/walk';
import { fieldFor } from '../read';
import type { RuleIssue } from '../types';
import type { CrossRule } from './rule';

const _labelOfOption = (field: ChoiceField, value: string) => field.options.find((o) => o.value === value)?.label ?? value;

export const disqualifyingAnswerRule: CrossRule = {
  id: 'cross:disqualifyingAnswer',
  check: (ctx, values) =>
    formFields(ctx.form)
      .filter((f): f is ChoiceField => f.kind === 'choice' && f.compliantAnswers !== undefined)
      .flatMap((f) => {
        const answer = values[f.id];
        if (typeof answer !== 'string' || answer === '' || f.compliantAnswers?.includes(answer)) return [];
        return [
          {
            fieldId: f.id,
            severity: 'warning' as const,
            kind: 'criterion' as const,
            message: `答“${_labelOfOption(f, answer)}”表示不符合认定条件，集群将不能通过认定；请核实`,
            rule: 'cross:disqualifyingAnswer',
          },
        ];
      }),
};

/** The notice admits only clusters already recognised at provincial level (川经信办函〔2023〕220号 一、申报对象). */
export const provincialRecognitionRule: CrossRule = {
  id: 'cross:provincialRecognition',
  check: (ctx, values): RuleIssue[] => {
    const field = fieldFor(ctx.form, 'priorRecognition');
    if (!ctx.notice.requiresProvincialRecognition || !field || values[field.id] !== 'no') return [];
    return [
      {
        fieldId: field.id,
        severity: 'warning',
        kind: 'criterion',
        message: `${ctx.notice.documentNumber}只接受已认定的省级中小企业特色产业集群申报；答“否”则不能申报`,
        rule: 'cross:provincialRecognition',
      },
    ];
  },
};
