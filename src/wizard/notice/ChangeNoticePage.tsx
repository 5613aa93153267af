// 「改用其他通知」: save this draft's content as a new draft for another notice (a 2023 provincial draft reused for
// the 2024 national round). The original stays as it is; the page then says what moved, what was kept aside and
// what the new form asks anew, with links into the new draft.
import { useRef, useState } from 'preact/hooks';
import { noticeById, notices } from '../../forms';
import type { FormValues } from '../../forms/fieldValues';
import { deadlinePassed } from '../../forms/notices';
import { provinces } from '../../forms/provinces';
import { asksProvince } from '../../forms/start';
import { clusterNameIn } from '../../forms/walk';
import { formById, type AnyDraft } from '../../forms/registry';
import { draftForNotice } from '../../storage/transfer';
import type { DraftStore } from '../../storage';
import type { Editor } from '../store';
import { ChangeResult, type Moved } from './ChangeResult';

interface Props {
  store: Editor;
  drafts: DraftStore;
  fillPath: string;
}

const _formOf = (noticeId: string) => formById(noticeById(noticeId).formVersion);

/** The province the current draft names, if its form asks one. */
const _provinceOf = (values: FormValues): string => {
  const region = values['region'];
  return region && typeof region === 'object' && 'province' in region && typeof region.province === 'string' ? region.province : '';
};

export function ChangeNoticePage({ store, drafts, fillPath }: Props) {
  const current = store.ctx.notice;
  const others = notices.filter((n) => n.id !== current.id);
  const [target, setTarget] = useState('');
  const [province, setProvince] = useState('');
  const [error, setError] = useState('');
  const [moved, setMoved] = useState<Moved | null>(null);
  const result = useRef<HTMLDivElement>(null);
  const chosen = target ? noticeById(target) : undefined;
  // Hint: only a move from a form without a province (Guangdong's) to a national notice open to all provinces asks.
  const needsProvince = !!chosen && asksProvince(_formOf(chosen.id)) && !('province' in chosen) && !_provinceOf(store.values());

  const save = async () => {
    if (!chosen) return setError('请先选择要改用的通知。');
    const fixed = 'province' in chosen ? chosen.province : undefined;
    const name = clusterNameIn(store.ctx.form, store.values()) || (store.draft['title'] as string | undefined) || '未命名草稿';
    const made = draftForNotice(store.snapshot() as unknown as AnyDraft, chosen.id, {
      title: `${name}（改用${chosen.documentNumber}）`,
      province: fixed ?? (province || undefined),
    });
    if (!made.ok) return setError(made.error);
    try {
      await drafts.importDraft(made.change.draft, { mode: 'new' });
    } catch (e) {
      return setError(`新草稿未能保存：${e instanceof Error ? e.message : String(e)}。原草稿未受影响。`);
    }
    setError('');
    setMoved({ draft: made.change.draft, counts: made.change.counts, notice: chosen });
    requestAnimationFrame(() => result.current?.focus());
  };

  return (
    <article class="change-notice" aria-labelledby="step-title">
      <h1 id="step-title" tabIndex={-1}>
        改用其他通知
      </h1>
      <p class="lead">
        把本草稿已填的内容另存为另一份通知的新草稿，例如把往年的申报沿用到今年的推荐。本草稿（{current.documentNumber}，{store.ctx.form.name}）保持不变。
      </p>
      <fieldset class="notice-choice">
        <legend>改用哪一份通知</legend>
        {others.map((n) => (
          <label class="option">
            <input type="radio" name="target-notice" value={n.id} checked={target === n.id} onChange={() => setTarget(n.id)} />
            <span>
              {n.documentNumber} {n.title}（{_formOf(n.id).name}，填报 {_formOf(n.id).years.join('、')} 年）
              {deadlinePassed(n, new Date()) ? '（已截止）' : ''}
            </span>
          </label>
        ))}
      </fieldset>
      {needsProvince && (
        <p class="province-choice">
          <label for="change-province">所在省（区、市）</label>
          <select id="change-province" value={province} onChange={(e) => setProvince(e.currentTarget.value)}>
            <option value="">请选择</option>
            {provinces.map((p) => (
              <option value={p}>{p}</option>
            ))}
          </select>
        </p>
      )}
      <button type="button" class="primary-button" onClick={() => void save()}>
        另存为新草稿并改用此通知
      </button>
      {error && (
        <p class="error-message" role="alert">
          {error}
        </p>
      )}
      <div ref={result} tabIndex={-1} class="change-result-wrap">
        {moved && <ChangeResult moved={moved} fillPath={fillPath} />}
      </div>
    </article>
  );
}
