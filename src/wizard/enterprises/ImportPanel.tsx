// Importing enterprises: many files at once (.xlsx or CSV, one per enterprise or one for all) or rows pasted from
// WPS/Excel. Nothing changes until the official has seen what was read, every problem by file, row and column, and
// which files were refused; enterprises already in the list are replaced or kept as they choose.
import { useEffect, useState } from 'preact/hooks';
import type { EnterpriseTable } from '../../forms/enterpriseTable';
import { newRowId } from '../../enterprises/ids';
import { applyImport, planImport } from '../../enterprises/plan';
import type { ImportPlan } from '../../enterprises/plan';
import type { FileRead } from '../../enterprises/readSheets';
import type { Editor } from '../store';
import { PlanMessages } from './PlanMessages';

type State =
  | { step: 'idle' }
  | { step: 'reading'; what: string }
  | { step: 'planned'; plan: ImportPlan }
  | { step: 'done'; text: string }
  | { step: 'failed'; text: string };

const readers = () => Promise.all([import('../../enterprises/readFiles'), import('../../enterprises/delimited')]);

function _summary(plan: ImportPlan): string {
  const refused = plan.reads.filter((r) => r.refused).length;
  const files = plan.reads.length;
  return `读取到 ${plan.rows.length} 家企业（${files} 个来源${refused ? `，其中 ${refused} 个未能导入，见下方说明` : ''}）。`;
}

export function ImportPanel({ store, table }: { store: Editor; table: EnterpriseTable }) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const [pasted, setPasted] = useState('');
  const [existing, setExisting] = useState<'replace' | 'keep'>('replace');
  // Hint: the readers start loading when the page opens (still only on this page), so a picked file is read at once.
  useEffect(() => void readers().then((loaded) => loaded[0].preloadWorkbookReader()).catch(() => {}), []);
  const plan = (reads: FileRead[]) => setState({ step: 'planned', plan: planImport(reads, store.enterprises.peek(), table) });
  // Hint: a reader that fails to load (offline before it was cached) must not leave 「正在读取」 forever.
  const guarded = (work: () => Promise<void>) =>
    work().catch((e: unknown) => setState({ step: 'failed', text: `读取失败：${e instanceof Error ? e.message : String(e)}。名单没有改变。` }));
  const pickFiles = async (list: FileList | null) => {
    const files = [...(list ?? [])];
    if (!files.length) return;
    setState({ step: 'reading', what: `正在读取 ${files.length} 个文件…` });
    const [{ readFiles }] = await readers();
    const picked = files.map((f) => ({ name: f.name, size: f.size, bytes: async () => new Uint8Array(await f.arrayBuffer()) }));
    plan(await readFiles(picked, table, newRowId));
  };
  const readPaste = async () => {
    if (!pasted.trim()) return;
    setState({ step: 'reading', what: '正在读取粘贴的内容…' });
    const [, { readPasted }] = await readers();
    plan([await readPasted(pasted, table, newRowId)]);
  };
  const confirm = (p: ImportPlan) => {
    store.setEnterprises(applyImport(p, store.enterprises.peek(), existing));
    const kept = p.existing.length && existing === 'keep' ? `，名单中已有的 ${p.existing.length} 家保留原有数据` : '';
    setState({ step: 'done', text: `已导入 ${p.rows.length - (existing === 'keep' ? p.existing.length : 0)} 家企业${kept}。名单中共 ${store.enterprises.peek().length} 家。` });
    setPasted('');
  };
  return (
    <section class="enterprise-import" aria-labelledby="import-title">
      <h2 id="import-title">导入企业发展情况表</h2>
      {state.step !== 'planned' ? (
        <div class="import-inputs">
          <label class="field-label" for="enterprise-files">
            选择企业发展情况表文件（Excel .xlsx 或 CSV，可一次选择多个）
          </label>
          <input id="enterprise-files" type="file" multiple accept=".xlsx,.csv,.txt,.tsv" onChange={(e) => {
              const input = e.currentTarget;
              void guarded(() => pickFiles(input.files)).finally(() => (input.value = ''));
            }}
          />
          <label class="field-label" for="enterprise-paste">
            或粘贴从 WPS / Excel 复制的行（可连同表头一起复制；不带表头时按表1的列顺序读取）
          </label>
          <textarea id="enterprise-paste" rows={4} value={pasted} onInput={(e) => setPasted(e.currentTarget.value)} />
          <button type="button" class="secondary-button" onClick={() => void guarded(readPaste)}>
            读取粘贴的内容
          </button>
        </div>
      ) : (
        <div class="import-plan" role="group" aria-labelledby="plan-title">
          <h3 id="plan-title">导入前请核对</h3>
          <p>{_summary(state.plan)}</p>
          <PlanMessages messages={state.plan.messages} />
          {state.plan.existing.length > 0 && (
            <fieldset class="existing-choice">
              <legend>其中 {state.plan.existing.length} 家企业已在名单中（{state.plan.existing.slice(0, 3).map((r) => r.row.name).join('、')}{state.plan.existing.length > 3 ? '等' : ''}）：</legend>
              <label class="option">
                <input type="radio" name="existing" checked={existing === 'replace'} onChange={() => setExisting('replace')} /> 用新读取的数据替换
              </label>
              <label class="option">
                <input type="radio" name="existing" checked={existing === 'keep'} onChange={() => setExisting('keep')} /> 保留名单中原有的数据
              </label>
            </fieldset>
          )}
          <div class="pdf-buttons">
            <button type="button" class="primary-button" disabled={!state.plan.rows.length} onClick={() => confirm(state.plan)}>
              导入 {state.plan.rows.length} 家企业
            </button>
            <button type="button" class="secondary-button" onClick={() => setState({ step: 'idle' })}>
              取消
            </button>
          </div>
        </div>
      )}
      {state.step === 'reading' && <p role="status">{state.what}</p>}
      {state.step === 'done' && <p role="status">{state.text}</p>}
      {state.step === 'failed' && (
        <p role="alert" class="error-message">
          {state.text}
        </p>
      )}
    </section>
  );
}
