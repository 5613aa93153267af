// The font's bytes inside a PDF worker (the form's and the table documents'): one asset, fetched once per worker.
// pdf-lib and the 3.9 MB font load on the first request only, from our own origin: the font is emitted as a
// static asset under the site's base path.
import { takePrefetched } from '../../workers/policyWorker';
import { FONT_URL } from './fontUrl';

let fontBytes: Promise<Uint8Array> | undefined;

/** Hint: read through a Blob, the body does not wait for this thread while it is busy (policyWorker.ts). */
async function _download(href: string): Promise<Blob> {
  const res = await fetch(href);
  if (!res.ok) throw new Error(`字体文件下载失败（HTTP ${res.status}）`);
  return res.blob();
}

/** The font's bytes, fetched once (or taken from the worker's starter); a failed fetch is retried on the next request. */
export function loadFont(): Promise<Uint8Array> {
  // Hint: workers run from a blob: URL (src/workers/policyWorker.ts), against which a root-relative path does not
  // resolve; the blob's origin is the site's.
  const href = new URL(FONT_URL, self.location.origin).href;
  fontBytes ??= (takePrefetched(href) ?? Promise.resolve(null))
    .then((prefetched) => prefetched ?? _download(href))
    .then((blob) => blob.arrayBuffer())
    .then((buffer) => new Uint8Array(buffer));
  fontBytes.catch(() => (fontBytes = undefined));
  return fontBytes;
}
