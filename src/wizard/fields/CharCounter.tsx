// The live character counter 「已输入 123 / 200 字」, counting as the rules count (countChars).
// Hint: screen readers hear the count through a polite live region updated a moment after typing stops,
// as the GOV.UK character count does, so every keystroke is not announced.
import { useEffect, useState } from 'preact/hooks';

interface Props {
  id: string;
  used: number;
  limit: number;
  /** Prefix for a shared budget, e.g. 「第八部分合计」. */
  scope?: string;
}

export function CharCounter({ id, used, limit, scope }: Props) {
  const over = used > limit;
  const text = `${scope ?? ''}已输入 ${used} / ${limit} 字${over ? `，超出 ${used - limit} 字` : ''}`;
  const [announced, setAnnounced] = useState(text);
  useEffect(() => {
    const t = setTimeout(() => setAnnounced(text), 1000);
    return () => clearTimeout(t);
  }, [text]);
  return (
    <>
      <p id={id} class={`char-count ${over ? 'over' : ''}`} aria-hidden="true">
        {text}
      </p>
      <p class="visually-hidden" aria-live="polite">
        {announced}
      </p>
    </>
  );
}
