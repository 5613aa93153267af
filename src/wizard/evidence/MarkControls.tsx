// 「自我声明」 and 「不适用」 for an item without files: the first offers the declaration page to print, sign and stamp;
// the second asks for the reason (never empty). Each can be taken back.
import { useState } from 'preact/hooks';
import type { EvidenceMark } from '../../forms/evidenceMarks';

interface Props {
  readonly mark: EvidenceMark | undefined;
  readonly name: string;
  readonly onMark: (mark: EvidenceMark | undefined) => void;
  readonly onPrint: () => void;
}

function ReasonForm({ name, onDone }: { name: string; onDone: (reason: string | undefined) => void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const id = `na-${name.replace(/\s.*/, '')}`;
  const save = () => (reason.trim() ? onDone(reason.trim()) : setError('请填写不适用的理由，例如“集群内没有上市企业”。'));
  return (
    <div class="na-form">
      <label for={id}>不适用的理由（{name}）</label>
      <input id={id} type="text" value={reason} aria-invalid={error ? 'true' : undefined} aria-describedby={error ? `${id}-error` : undefined} onInput={(e) => setReason(e.currentTarget.value)} />
      {error && (
        <p id={`${id}-error`} class="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="button" class="secondary-button" onClick={save}>
        确定
      </button>{' '}
      <button type="button" class="link-button" onClick={() => onDone(undefined)}>
        取消
      </button>
    </div>
  );
}

export function MarkControls({ mark, name, onMark, onPrint }: Props) {
  const [asking, setAsking] = useState(false);
  if (mark?.mark === 'self')
    return (
      <div class="mark-controls">
        <button type="button" class="secondary-button" aria-label={`打印自我声明页（${name}）`} onClick={onPrint}>
          打印自我声明页
        </button>{' '}
        <button type="button" class="link-button" aria-label={`取消自我声明（${name}）`} onClick={() => onMark(undefined)}>
          取消自我声明
        </button>
      </div>
    );
  if (mark?.mark === 'na')
    return (
      <div class="mark-controls">
        <button type="button" class="link-button" aria-label={`取消不适用（${name}）`} onClick={() => onMark(undefined)}>
          取消不适用
        </button>
      </div>
    );
  if (asking) return <ReasonForm name={name} onDone={(reason) => (setAsking(false), reason && onMark({ mark: 'na', reason }))} />;
  return (
    <div class="mark-controls">
      <button type="button" class="secondary-button" aria-label={`标记为自我声明（${name}）`} onClick={() => onMark({ mark: 'self' })}>
        自我声明
      </button>{' '}
      <button type="button" class="secondary-button" aria-label={`标记为不适用（${name}）`} onClick={() => setAsking(true)}>
        不适用
      </button>
    </div>
  );
}
