// When the official last typed in this page: a new version of the app never reloads a page under typing.
// Hint: listened for in the capture phase on the document, so every field counts, whatever component renders it.

let last = 0;
let listening = false;

function _listen(): void {
  if (listening || typeof document === 'undefined') return;
  listening = true;
  const mark = () => (last = Date.now());
  for (const type of ['keydown', 'input', 'compositionupdate', 'paste', 'cut', 'drop']) document.addEventListener(type, mark, { capture: true, passive: true });
}

/** Date.now() of the last keystroke or edit in this page (0: none yet). Starts listening on first call. */
export function lastInputAt(): number {
  _listen();
  return last;
}

/** Resolves once no key has been pressed for `idleMs`. */
export async function whenIdle(idleMs: number): Promise<void> {
  _listen();
  for (;;) {
    const quiet = Date.now() - last;
    if (quiet >= idleMs) return;
    await new Promise((done) => setTimeout(done, idleMs - quiet));
  }
}
