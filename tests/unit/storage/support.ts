// Shared helpers of the storage tests: the realistic fixture drafts, typed as any draft, and edits of them.
import type { AnyDraft } from '../../../src/forms/registry';
import { fixtureDrafts } from '../../fixtures/drafts';

/** The complete fixture drafts, typed as any draft. */
export const fixtures = fixtureDrafts as unknown as Record<'gd-2023' | 'sc-2023' | 'hb-2024', AnyDraft>;

/** A deep copy of a fixture draft, optionally under another id. */
export function fixture(notice: keyof typeof fixtures, id?: string): AnyDraft {
  const copy = structuredClone(fixtures[notice]);
  return id ? { ...copy, id } : copy;
}

/** The draft with some values changed, as the wizard would produce it. */
export function withValues(draft: AnyDraft, values: Record<string, unknown>): AnyDraft {
  return { ...draft, values: { ...draft.values, ...values } } as AnyDraft;
}
