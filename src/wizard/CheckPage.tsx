// 认定标准自查: every criterion of the notice's rule set with its clause quoted from the source, the user's
// values, the verdict and links to the questions it reads; qualitative items are declared by the user (prefilled
// where the form's own ticks already say so, still changeable); section 8's requirements a–g below.
import { useComputed } from '@preact/signals';
import type { CriterionResult, TargetCheck, Verdict } from '../rules';
import { ruleSets, sectionOf, targetChecks } from '../rules';
import { eligibilityWithEnterprises } from '../enterprises/eligibility';
import { fieldById } from '../forms/walk';
import { fieldName } from './names';
import { routeHref } from './route';
import type { Editor } from './store';

const verdictText: Record<Verdict, string> = {
  pass: '符合',
  fail: '不符合',
  caution: '超出一般性要求（须说明理由）',
  unknown: '无法判断（缺少数据）',
  declared: '符合（自我声明）',
  undeclared: '待自我声明',
};

/** 「对应填写：集群企业数量、…」: each field the verdict reads, linked to its place in the form. */
function ReadLinks({ r, store }: { r: CriterionResult; store: Editor }) {
  if (!r.fieldIds.length) return null;
  const { form } = store.ctx;
  return (
    <p class="read-links">
      对应填写：
      {r.fieldIds.map((id, i) => (
        <>
          {i > 0 && '、'}
          <a href={routeHref({ draftId: store.draft.id, step: sectionOf(store.ctx, id) ?? 'cover', focus: id })}>{fieldName(fieldById(form, id))}</a>
        </>
      ))}
    </p>
  );
}

function Criterion({ r, store }: { r: CriterionResult; store: Editor }) {
  const label = verdictText[r.verdict];
  return (
    <li class={`criterion verdict-${r.verdict}`} aria-label={`${r.title}：${label}`}>
      <div class="criterion-head">
        <h3>{r.title}</h3>
        <strong class={`verdict verdict-${r.verdict}`}>{label}</strong>
      </div>
      <blockquote>
        <p>{r.clause}</p>
        <cite>{r.source}</cite>
      </blockquote>
      {r.observed && <p class="observed">本集群：{r.observed}</p>}
      <p class="reason">{r.reason}</p>
      <ReadLinks r={r} store={store} />
      {r.kind === 'qualitative' && (
        <>
          <label class="option declare">
            <input type="checkbox" checked={r.verdict === 'declared'} onChange={(e) => store.declare(r.id, e.currentTarget.checked)} />
            <span>本集群符合此项（自我声明，需有佐证材料）</span>
          </label>
        </>
      )}
    </li>
  );
}

function Targets({ checks }: { checks: readonly TargetCheck[] }) {
  return (
    <ul class="criteria">
      {checks.map((t) => (
        <li class={`criterion verdict-${t.verdict}`} aria-label={`要求 ${t.requirementKey}：${verdictText[t.verdict]}`}>
          <div class="criterion-head">
            <h3>
              {t.requirementKey}. {t.text}
            </h3>
            <strong class={`verdict verdict-${t.verdict}`}>{verdictText[t.verdict]}</strong>
          </div>
          <p class="reason">{t.reason}</p>
          {t.tolerance && <p class="observed">{t.tolerance}</p>}
        </li>
      ))}
    </ul>
  );
}

export function CheckPage({ store }: { store: Editor }) {
  const report = useComputed(() => {
    void store.revision.value;
    return eligibilityWithEnterprises(store.ctx, store.values(), store.declared.value, store.enterprises.value);
  });
  const targets = useComputed(() => {
    void store.revision.value;
    return targetChecks(store.ctx, store.values());
  });
  const count = (v: Verdict) => report.value.filter((r) => r.verdict === v).length;
  const groups = [...new Set(report.value.map((r) => r.group))];
  return (
    <article class="check" aria-labelledby="step-title">
      <h1 id="step-title" tabIndex={-1}>
        认定标准自查
      </h1>
      <p class="lead">
        对照{ruleSets[store.ctx.ruleSetId].title}逐条检查。
        符合 {count('pass') + count('declared')} 项，不符合 {count('fail')} 项，{count('caution') > 0 && `须说明理由 ${count('caution')} 项，`}无法判断 {count('unknown')} 项，待自我声明 {count('undeclared')} 项。
      </p>
      {groups.map((g) => (
        <section aria-labelledby={`g-${groups.indexOf(g)}`}>
          <h2 id={`g-${groups.indexOf(g)}`}>{g}</h2>
          <ul class="criteria">
            {report.value
              .filter((r) => r.group === g)
              .map((r) => (
                <Criterion r={r} store={store} />
              ))}
          </ul>
        </section>
      ))}
      <section aria-labelledby="targets-title">
        <h2 id="targets-title">发展目标（第八部分）须符合的要求</h2>
        <Targets checks={targets.value} />
      </section>
    </article>
  );
}
