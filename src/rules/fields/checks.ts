// Valibot checks that say what kind of problem they raise (required, format, range …), so an issue's kind is read
// from the check that raised it — never from its message text.
// Hint: valibot puts a check's requirement function on each issue it raises (`issue.requirement`); the kind is
// looked up by that function.
import * as v from 'valibot';
import type { IssueKind } from '../types';

const _kinds = new WeakMap<object, IssueKind>();

/** `v.check`, remembered as raising issues of `kind`. Hint: each call must pass its own requirement function. */
export function kindedCheck<T>(kind: IssueKind, requirement: (input: T) => boolean, message: v.ErrorMessage<v.CheckIssue<T>>) {
  _kinds.set(requirement, kind);
  return v.check<T, v.ErrorMessage<v.CheckIssue<T>>>(requirement, message);
}

/** The kind of a valibot issue: that of the check that raised it; a value of the wrong shape is a format problem. */
export function issueKindOf(issue: v.BaseIssue<unknown>): IssueKind {
  const requirement = issue.requirement;
  return (typeof requirement === 'function' && _kinds.get(requirement)) || 'format';
}
