// A field's messages, next to it: errors first, then warnings, each in plain Chinese; where a message offers a value
// for the cell (「133户」 → 「填入 133」, 万元 in a 亿元 cell → 「改为 54（亿元）」), a button puts it there — never unasked.
import type { Field } from '../../forms/types';
import { issueText } from '../issues';
import { issueGroups } from '../questionLines';
import type { FieldIssue } from '../issues';
import { controlId, fieldName } from '../names';
import type { Editor } from '../store';
import { writeCell } from './cells';

interface Props {
  id: string;
  issues: readonly FieldIssue[];
  /** Where offers are written; without it offers are not shown. */
  apply?: { store: Editor; field: Field };
}

function _take(store: Editor, field: Field, issue: FieldIssue): void {
  if (!issue.offer) return;
  store.set(field.id, writeCell(field, store.current(field), issue.path, issue.offer.text));
  document.getElementById(controlId(field.id, issue.path))?.focus();
}

/** 「2021年、2022年：必填…」: the cells with the same message named together. */
function _groupText(group: readonly FieldIssue[]): string {
  const places = group.flatMap((i) => (i.place ? [i.place] : []));
  return places.length === group.length ? `${places.join('、')}：${group[0]!.message}` : issueText(group[0]!);
}

function Offer({ issue, apply }: { issue: FieldIssue; apply: NonNullable<Props['apply']> }) {
  if (!issue.offer) return null;
  return (
    <button
      type="button"
      class="secondary-button offer-button"
      aria-label={`${issue.offer.label}：${fieldName(apply.field)}${issue.place ? ` ${issue.place}` : ''}`}
      onClick={() => _take(apply.store, apply.field, issue)}
    >
      {issue.offer.label}
    </button>
  );
}

export function Messages({ id, issues, apply }: Props) {
  if (!issues.length) return null;
  const sorted = [...issues].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return (
    <div id={id} class="messages">
      {issueGroups(sorted).map((group) => (
        <p class={group[0]!.severity === 'error' ? 'error-message' : 'warning-message'}>
          <span class="visually-hidden">{group[0]!.severity === 'error' ? '错误：' : '提示：'}</span>
          {_groupText(group)}
          {apply && group.map((i) => <Offer issue={i} apply={apply} />)}
        </p>
      ))}
    </div>
  );
}

/** aria-describedby for a control: its hint and its messages, where present. */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}
