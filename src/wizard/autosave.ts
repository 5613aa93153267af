// Saving the draft shortly after each change and at once when the page is hidden or closed.
// Hint: a minimal saver until the storage module (src/storage) lands with quota handling and multi-tab safety.
import { effect, signal } from '@preact/signals';
import { journalDraft, saveDraft } from './repository';
import type { DraftStore } from './store';

export const saveStatus = signal<string>('');

const time = () => new Date().toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit' });

export function startAutosave(store: DraftStore, delayMs = 600): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dirty = false;
  const flush = async () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (!dirty) return;
    dirty = false;
    saveStatus.value = '正在保存…';
    try {
      await saveDraft(store.snapshot());
      saveStatus.value = `已保存 ${time()}`;
    } catch (e) {
      dirty = true;
      saveStatus.value = `保存失败：${e instanceof Error ? e.message : String(e)}。请导出备份。`;
    }
  };
  let first = true;
  const stop = effect(() => {
    void store.revision.value;
    if (first) return void (first = false);
    dirty = true;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void flush(), delayMs);
  });
  const onHide = () => {
    if (dirty) journalDraft(store.snapshot());
    void flush();
  };
  const onVisibility = () => document.visibilityState === 'hidden' && onHide();
  window.addEventListener('pagehide', onHide);
  document.addEventListener('visibilitychange', onVisibility);
  return () => {
    stop();
    void flush();
    window.removeEventListener('pagehide', onHide);
    document.removeEventListener('visibilitychange', onVisibility);
  };
}
