// Reading a PDF before it is attached: how many pages, and whether it can be read and copied at all (not damaged,
// not password-protected or encrypted). Runs in the inspect worker, pdf-lib loaded on first use.

export type PdfInspection = { readonly ok: true; readonly pages: number } | { readonly ok: false; readonly kind: 'pdf-corrupt' | 'pdf-encrypted' };

/** Hint: a PDF's last `%%EOF` sits in its final kilobyte; a download cut short has none (ISO 32000-1 §7.5.5). */
function _truncated(bytes: Uint8Array): boolean {
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 1024)));
  return !tail.includes('%%EOF');
}

export async function inspectPdf(bytes: Uint8Array): Promise<PdfInspection> {
  const { PDFDocument } = await import('pdf-lib');
  try {
    // Hint: with ignoreEncryption pdf-lib parses an encrypted file and says so (isEncrypted); its streams stay
    // encrypted, so its pages could not be copied into the volume — refused, with what to do.
    const doc = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: false });
    if (doc.isEncrypted) return { ok: false, kind: 'pdf-encrypted' };
    const pages = doc.getPageCount();
    if (pages === 0 || (_truncated(bytes) && !_pagesReadable(doc))) return { ok: false, kind: 'pdf-corrupt' };
    return { ok: true, pages };
  } catch {
    return { ok: false, kind: 'pdf-corrupt' };
  }
}

/** Every page has a size: its tree was rebuilt from what was left. */
function _pagesReadable(doc: { getPages(): { getSize(): { width: number; height: number } }[] }): boolean {
  try {
    return doc.getPages().every((p) => p.getSize().width > 0);
  } catch {
    return false;
  }
}
