// The font's bytes inside a PDF worker (the form's and the table documents'): one asset, fetched once per worker.
// pdf-lib and the 3.9 MB font load on the first request only, from our own origin: the font is emitted as a
// static asset under the site's base path.
import fontUrl from '../../../fonts/NotoSerifSC-Regular.subset.ttf?url';

let fontBytes: Promise<Uint8Array> | undefined;

/** The font's bytes, fetched once; a failed fetch is retried on the next request. */
export function loadFont(): Promise<Uint8Array> {
  // Hint: workers run from a blob: URL (src/workers/policyWorker.ts), against which a root-relative path does not
  // resolve; the blob's origin is the site's.
  fontBytes ??= fetch(new URL(fontUrl, self.location.origin))
    .then((res) => {
      if (!res.ok) throw new Error(`字体文件下载失败（HTTP ${res.status}）`);
      return res.arrayBuffer();
    })
    .then((buffer) => new Uint8Array(buffer));
  fontBytes.catch(() => (fontBytes = undefined));
  return fontBytes;
}
