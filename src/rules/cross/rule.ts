// A cross-field rule: a pure function of the notice context and the draft's values, yielding issues.
import type { FormValues } from '../../forms/fieldValues';
import type { NoticeContext } from '../../forms';
import type { RuleIssue } from '../types';

export interface CrossRule {
  readonly id: string;
  check(ctx: NoticeContext, values: FormValues): RuleIssue[];
}
