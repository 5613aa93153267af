// 集群简介: the text area with the notice's limit counted as every narrative is (countChars; shown limit =
// enforced limit), the notice's own words on what to write, and 「根据已填数据起草」 — which fills an empty 简介 at
// once and asks before replacing anything typed.
import { useState } from 'preact/hooks';
import { countChars } from '../../forms/text';
import { draftIntro, type DraftedIntro } from '../../submission/intro/draftIntro';
import { CharCounter } from '../fields/CharCounter';
import { controlId } from '../names';
import type { Editor } from '../store';
import { setAnswer } from './answers';
import { GapList } from './GapList';

export function IntroField({ store, label }: { store: Editor; label: string }) {
  const { notice } = store.ctx;
  const id = controlId('intro');
  const text = store.submission.value.intro ?? '';
  const [offer, setOffer] = useState<DraftedIntro | null>(null);
  const [drafted, setDrafted] = useState<DraftedIntro | null>(null);
  const guide = notice.summaryTable.introGuide;
  const draft = () => {
    const made = draftIntro(store.ctx, store.values(), store.submission.peek());
    if (text.trim()) return setOffer(made);
    setAnswer(store, 'intro', made.text);
    setDrafted(made);
  };
  const replace = (made: DraftedIntro) => {
    setAnswer(store, 'intro', made.text);
    setDrafted(made);
    setOffer(null);
  };
  const described = [guide ? `${id}-guide` : '', `${id}-count`].filter(Boolean).join(' ');
  return (
    <div class="field narrative-field">
      <label for={id}>{label}</label>
      {guide && (
        <p class="note" id={`${id}-guide`}>
          通知要求写明：{guide}
        </p>
      )}
      <textarea id={id} rows={8} value={text} aria-describedby={described} onInput={(e) => setAnswer(store, 'intro', e.currentTarget.value)} />
      <div class="field-tools">
        <CharCounter id={`${id}-count`} used={countChars(text)} limit={notice.summaryLimit} />
        <button type="button" class="secondary-button" onClick={draft}>
          根据已填数据起草
        </button>
      </div>
      {offer && (
        <div class="confirm-box" role="alertdialog" aria-labelledby={`${id}-offer`}>
          <p id={`${id}-offer`}>简介中已有您写的内容。起草的内容如下，是否用它替换？（不替换则您写的内容保持不变）</p>
          <blockquote class="intro-offer">{offer.text}</blockquote>
          <button type="button" class="secondary-button" onClick={() => setOffer(null)}>
            保留我写的内容
          </button>{' '}
          <button type="button" class="warning-button" onClick={() => replace(offer)}>
            用起草的内容替换
          </button>
        </div>
      )}
      {drafted && <GapList store={store} drafted={drafted} />}
    </div>
  );
}
