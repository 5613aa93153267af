// The 「清除本机全部数据」 action, with a confirmation that says what will be lost. The confirmation takes focus
// when it opens and gives it back to the button on 取消.
import { useEffect, useRef, useState } from 'preact/hooks';
import { clearAllLocalData } from './clearAll';

type Phase = 'idle' | 'confirm' | 'clearing' | 'done';

export function ClearData() {
  const [phase, setPhase] = useState<Phase>('idle');
  const dialog = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const cancelled = useRef(false);
  const done = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (phase === 'confirm') dialog.current?.focus();
    if (phase === 'done') done.current?.focus();
    if (phase === 'idle' && cancelled.current) opener.current?.focus();
  }, [phase]);
  if (phase === 'done')
    return (
      <p role="status" class="done-message" tabIndex={-1} ref={done}>
        已清除本机全部数据：本工具保存的草稿、佐证材料附件、输入记录、离线缓存和后台服务均已删除。浏览器自己的文件中可能仍留有痕迹，要彻底清除，请按下文「清除后浏览器可能仍留在磁盘上的内容」的步骤：关闭浏览器的所有窗口，再用浏览器自带的「清除浏览数据」。
      </p>
    );
  if (phase === 'idle')
    return (
      <button type="button" class="warning-button" ref={opener} onClick={() => setPhase('confirm')}>
        清除本机全部数据
      </button>
    );
  return (
    <div class="confirm-box" role="alertdialog" aria-labelledby="clear-title" aria-describedby="clear-text" tabIndex={-1} ref={dialog}>
      <h3 id="clear-title">确定要清除本机全部数据吗？</h3>
      <p id="clear-text">本机所有草稿都将被删除（连同所附的佐证材料文件），无法恢复。如需保留，请先在首页导出备份文件。</p>
      <button
        type="button"
        class="warning-button"
        disabled={phase === 'clearing'}
        onClick={async () => {
          setPhase('clearing');
          await clearAllLocalData();
          setPhase('done');
        }}
      >
        {phase === 'clearing' ? '正在清除…' : '确定清除'}
      </button>{' '}
      <button type="button" class="secondary-button" onClick={() => ((cancelled.current = true), setPhase('idle'))}>
        取消
      </button>
    </div>
  );
}
