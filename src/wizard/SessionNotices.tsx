// Banners above the step: read-only (another tab edits, or a newer app saved the draft) with 「接管编辑」,
// storage problems, restore notes and what happened since (another version kept apart), and values restore could
// not place — shown as text, never dropped.
import type { Session } from './session';

type Ready = Extract<Session, { state: 'ready' }>;

export function SessionNotices({ session }: { session: Ready }) {
  const unplaced = (session.editor.draft['unplaced'] as { path: string; value: unknown; reason?: string }[] | undefined) ?? [];
  const notes = session.notes.value;
  return (
    <div class="session-notices">
      {session.readOnly && (
        <div class="notice-banner warning" role="status">
          <p>{session.readOnly}</p>
          {session.viewer && (
            <button type="button" class="secondary-button" onClick={() => void session.takeOver()}>
              在本页接管编辑
            </button>
          )}
        </div>
      )}
      {session.problem && (
        <div class="notice-banner error" role="alert">
          <p>{session.problem}</p>
        </div>
      )}
      {notes.length > 0 && !session.readOnly && (
        <div class="notice-banner" role="status">
          {notes.map((n) => (
            <p>{n}</p>
          ))}
        </div>
      )}
      {unplaced.length > 0 && (
        <details class="notice-banner">
          <summary>有 {unplaced.length} 项内容未能放入本版申报表，已原样保留（导出时一并导出）</summary>
          <ul>
            {unplaced.map((u) => (
              <li>
                <code>{u.path}</code>：{typeof u.value === 'string' ? u.value : JSON.stringify(u.value)}
                {u.reason ? `（${u.reason}）` : ''}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
