// A button that writes a file and says what happened: 「正在生成…」, then what was saved, or why it failed.
import { useState } from 'preact/hooks';

type State = { step: 'idle' } | { step: 'busy'; text: string } | { step: 'done'; text: string } | { step: 'failed'; text: string };

interface Props {
  label: string;
  /** Writes and saves the file; resolves with the sentence to show (「已生成“…”」). */
  run: (progress: (text: string) => void) => Promise<string>;
  primary?: boolean;
}

export function FileButton({ label, run, primary }: Props) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const go = async () => {
    setState({ step: 'busy', text: `正在生成：${label}…` });
    try {
      setState({ step: 'done', text: await run((text) => setState({ step: 'busy', text })) });
    } catch (e) {
      setState({ step: 'failed', text: `${label}失败：${e instanceof Error ? e.message : String(e)}` });
    }
  };
  return (
    <div class="file-button">
      <button type="button" class={primary ? 'primary-button' : 'secondary-button'} disabled={state.step === 'busy'} onClick={() => void go()}>
        {label}
      </button>
      {(state.step === 'busy' || state.step === 'done') && <p role="status">{state.text}</p>}
      {state.step === 'failed' && (
        <p role="alert" class="error-message">
          {state.text}
        </p>
      )}
    </div>
  );
}
