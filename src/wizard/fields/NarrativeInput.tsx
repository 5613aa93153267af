// A narrative block (「200字以内」) or a section 8 text area sharing the 3000-character budget.
import { useComputed } from '@preact/signals';
import type { NarrativeField, PlanTextField } from '../../forms/types';
import { charCount, totalChars } from '../charCounts';
import { hasError, issuesOf } from '../issues';
import { controlId, fieldName, messageId } from '../names';
import type { Editor } from '../store';
import { CharCounter } from './CharCounter';
import { Messages, describedBy } from './Messages';

interface Props {
  field: NarrativeField | PlanTextField;
  store: Editor;
  /** For plan texts: the ids sharing the budget, and the budget. */
  budget?: { ids: readonly string[]; limit: number };
  /** For plan texts: the outline heading shown as the label (「一、集群基本情况简介」) and its explanation. */
  heading?: { text: string; description?: string };
}

function textOf(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

export function NarrativeInput({ field, store, budget, heading }: Props) {
  const value = textOf(store.field(field.id).value);
  const id = controlId(field.id);
  const counterId = `${id}-count`;
  const issues = issuesOf(field.id);
  const used = useComputed(() => (budget ? totalChars(store, budget.ids) : charCount(store, field.id).value));
  const limit = budget?.limit ?? (field.kind === 'narrative' ? field.limit : undefined);
  const name = fieldName(field);
  const visible = heading?.text ?? name;
  const descriptionId = heading?.description ? `${id}-description` : undefined;
  return (
    <div class={`field narrative-field ${hasError(issues) ? 'has-error' : ''}`}>
      <label for={id} class={heading ? 'plan-title' : undefined}>
        {visible}
      </label>
      {heading?.description && (
        <p class="plan-description" id={descriptionId}>
          {heading.description}
        </p>
      )}
      {field.note && <p class="note">{field.note}</p>}
      <Messages id={messageId(field.id)} issues={issues} />
      <textarea
        id={id}
        rows={field.kind === 'planText' ? 8 : 5}
        autocomplete="off"
        value={value}
        aria-label={visible.includes(name) ? undefined : name}
        aria-describedby={describedBy(descriptionId, limit !== undefined && counterId, issues.length > 0 && messageId(field.id))}
        aria-invalid={hasError(issues) || undefined}
        onInput={(e) => store.set(field.id, e.currentTarget.value)}
      />
      <div class="field-tools">
        {limit !== undefined && <CharCounter id={counterId} used={used.value} limit={limit} scope={budget ? '第八部分合计' : undefined} />}
        {field.kind === 'narrative' && value === '' && (
          <button type="button" class="link-button" onClick={() => store.set(field.id, '无')}>
            无相关情况，填写“无”
          </button>
        )}
      </div>
    </div>
  );
}
