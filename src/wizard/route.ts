// The wizard's place in the URL: `#/<draftId>/<step>[/<focus>]`. The hash never reaches a server, and
// reload and the browser's back button land on the same step.
import { signal } from '@preact/signals';

/** A step: the cover, a section id (s1…s9), the review page or the eligibility pre-check. */
export type StepId = string;

export interface Route {
  readonly draftId: string;
  readonly step: StepId;
  /** DOM id of the control to focus on arrival (from the error summary or a 「修改」 link). */
  readonly focus?: string;
}

/** Hint: only hashes starting with 「#/」 are routes; in-page anchors such as the skip link's #main are not. */
export function parseRoute(hash: string): Route | null {
  if (!hash.startsWith('#/')) return null;
  const [draftId, step, focus] = hash.slice(2).split('/').map(decodeURIComponent);
  if (!draftId) return null;
  return { draftId, step: step || 'cover', ...(focus ? { focus } : {}) };
}

export function routeHref(r: Route): string {
  const parts = [r.draftId, r.step, ...(r.focus ? [r.focus] : [])].map(encodeURIComponent);
  return `#/${parts.join('/')}`;
}

/** The current route; follows the address bar. */
export const route = signal<Route | null>(typeof location === 'undefined' ? null : parseRoute(location.hash));

if (typeof window !== 'undefined') {
  window.addEventListener('hashchange', () => {
    const next = parseRoute(location.hash);
    if (next || !location.hash) route.value = next;
  });
}

/** Go to a route, adding a history entry (so 「后退」 returns). */
export function navigate(r: Route): void {
  const href = routeHref(r);
  if (location.hash === href) route.value = r;
  else location.hash = href;
}
