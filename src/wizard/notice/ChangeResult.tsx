// The account of a 「改用其他通知」: the new draft, how many entries moved and how many were kept aside (in its
// 「未归位内容」, never dropped), and what the new form still asks, each linked into the new draft.
import type { Notice } from '../../forms';
import type { FormValues } from '../../forms/fieldValues';
import { formById, type AnyDraft } from '../../forms/registry';
import type { Transfer } from '../../forms/transfer';
import { routeHref } from '../route';
import { fieldsToFill } from './toFill';

export interface Moved {
  readonly draft: AnyDraft;
  readonly counts: Transfer['counts'];
  readonly notice: Notice;
}

export function ChangeResult({ moved, fillPath }: { moved: Moved; fillPath: string }) {
  const { draft, counts, notice } = moved;
  const form = formById(draft.formVersion);
  const toFill = fieldsToFill(form, draft.values as FormValues);
  const open = (step: string, focus?: string) => fillPath + routeHref({ draftId: draft.id, step, ...(focus ? { focus } : {}) });
  const steps = [...new Set(toFill.map((t) => t.stepTitle))];
  return (
    <section class="change-result" aria-labelledby="change-result-title">
      <h2 id="change-result-title">已另存为新草稿：{draft.title}</h2>
      <p role="status">
        原草稿的 {counts.before} 项内容中，{counts.placed} 项已放入{notice.documentNumber}所用的申报表；
        {counts.kept > 0 ? `${counts.kept} 项没有对应位置（如新表不填报的年份、问法不同的问题），已原样保留在新草稿的“未归位内容”中，打开新草稿即可查看。` : '没有需要另行保留的内容。'}
        原草稿保持不变，不再需要时可在首页删除。
      </p>
      <p>
        <a class="primary-button" href={open('cover')}>
          打开新草稿
        </a>
      </p>
      {toFill.length > 0 && (
        <>
          <h3>新表中还需填写（{toFill.length} 项）</h3>
          {steps.map((title) => (
            <div class="to-fill">
              <h4>{title}</h4>
              <ul>
                {toFill
                  .filter((t) => t.stepTitle === title)
                  .map((t) => (
                    <li>
                      <a href={open(t.stepId, t.fieldId)}>{t.text}</a>
                    </li>
                  ))}
              </ul>
            </div>
          ))}
        </>
      )}
    </section>
  );
}
