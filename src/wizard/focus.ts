// Moving focus to a field (or one cell of it) by its id, as error-summary and 「修改」 links do.
import { controlId } from './names';

export function focusField(fieldId: string, path?: string): boolean {
  const exact = path ? document.getElementById(controlId(fieldId, path)) : null;
  const target =
    exact ??
    document.getElementById(controlId(fieldId)) ??
    document.querySelector<HTMLElement>(`[data-field="${CSS.escape(fieldId)}"] input, [data-field="${CSS.escape(fieldId)}"] textarea`);
  if (!target) return false;
  target.scrollIntoView({ block: 'center' });
  target.focus();
  return true;
}
