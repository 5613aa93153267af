// The characters behind each tick box in the PDF's text layer, and the small font they come from: DejaVu Sans
// cut to ☑ and □ (fonts/DejaVuSans-TickBoxes.subset.ttf, 11 KB, Bitstream Vera licence), inlined in the bundle.
// Hint: the boxes stay vector drawings (they look as they always did); these characters are written over them
// invisibly (text render mode 3), so pdftotext, copy-paste and data capture read 「☑是 □否」 (issue 15).
import fontDataUrl from '../../../fonts/DejaVuSans-TickBoxes.subset.ttf?inline';

/** What a ticked and an unticked box read as: the form's own □, and ☑. */
export const TICK_MARK = { checked: '☑', unchecked: '□' } as const;

let bytes: Uint8Array | undefined;

/** The font's bytes, decoded from the inlined data URL once. */
export function tickMarkFontBytes(): Uint8Array {
  if (bytes) return bytes;
  const base64 = fontDataUrl.slice(fontDataUrl.indexOf(',') + 1);
  const binary = atob(base64);
  bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
