// Leaving the page: save at once when it is hidden or left, and ask before closing while work is not stored.
import type { Autosave } from './autosave';

/** The parts of `document` and `window` the page hooks use (tests pass EventTargets). */
export interface PageTargets {
  readonly document: EventTarget & { readonly visibilityState: DocumentVisibilityState };
  readonly window: EventTarget;
}

/**
 * Save at once when the page is hidden or left (visibilitychange → hidden, pagehide), and ask the browser to
 * confirm leaving while the work is only in memory or failed to save. Returns the function that removes the hooks.
 * Hint: pagehide, not unload, fires reliably on mobile and keeps the back/forward cache usable. What the save
 * cannot finish before the page goes is already in the journal (journal.ts).
 */
export function flushWhenHidden(autosave: Autosave, page: PageTargets = { document, window }): () => void {
  // Hint: durable (fsync) here: a hidden page may be the last thing before log-off or power-off.
  const onVisibility = () => {
    if (page.document.visibilityState === 'hidden') void autosave.flush({ durable: true });
  };
  const onPageHide = () => void autosave.flush({ durable: true });
  const onBeforeUnload = (event: Event) => {
    const { state } = autosave.status;
    // Hint: revision > 0 in memory mode means this page holds work that closing it would lose.
    if (state === 'error' || (state === 'memory' && autosave.revision > 0)) event.preventDefault();
  };
  page.document.addEventListener('visibilitychange', onVisibility);
  page.window.addEventListener('pagehide', onPageHide);
  page.window.addEventListener('beforeunload', onBeforeUnload);
  return () => {
    page.document.removeEventListener('visibilitychange', onVisibility);
    page.window.removeEventListener('pagehide', onPageHide);
    page.window.removeEventListener('beforeunload', onBeforeUnload);
  };
}
