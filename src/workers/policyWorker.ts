// Every worker of the page starts here, so it runs under the page's Content-Security-Policy.
//
// Hint: a worker started from its own URL takes its policy from that script's response headers only (CSP 3
// §4.2), and a static host sends none, so it could reach any origin; a worker from a `blob:` URL inherits the
// page's policy, the `<meta>` one included (HTML: the policy container of a local-scheme worker).
// tests/e2e/worker-policy.spec.ts checks each worker (PDF, table PDF, Word).

/** Where the starter leaves the downloads it began for the worker (see `prefetch` below). */
const PREFETCHED = 'policyWorkerPrefetched';

/**
 * A classic worker running the built script at `scriptUrl` (an `import … from './worker.ts?worker&url'`).
 * `prefetch`: files of our own site the worker will need (the PDF font), downloaded while its script loads and
 * compiles instead of after; the worker takes them with `takePrefetched`.
 */
export function startPolicyWorker(scriptUrl: string, prefetch: readonly string[] = []): Worker {
  const script = new URL(scriptUrl, location.href).href;
  // Hint: kept as a Blob, the body goes to the browser's blob store while the worker's thread is busy compiling;
  // read as an ArrayBuffer it would wait for that thread chunk by chunk (measured: 4 MB font 84–220 ms vs 44 ms).
  const downloads = prefetch.map((url) => {
    const href = JSON.stringify(new URL(url, location.href).href);
    return `[${href}, fetch(${href}).then((r) => (r.ok ? r.blob() : null), () => null)]`;
  });
  const starter = `${downloads.length ? `self.${PREFETCHED} = new Map([${downloads.join(', ')}]);\n` : ''}importScripts(${JSON.stringify(script)});`;
  const url = URL.createObjectURL(new Blob([starter], { type: 'text/javascript' }));
  try {
    return new Worker(url);
  } finally {
    // Hint: the worker has fetched its script once it starts; the blob is not needed after that.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}

/**
 * Inside a worker: the download its starter began for `href` (absolute), taken once; undefined when none was begun.
 * Resolves to null when that download failed, so the caller fetches it itself (and reports its own error).
 */
export function takePrefetched(href: string): Promise<Blob | null> | undefined {
  const started = (self as unknown as Record<string, Map<string, Promise<Blob | null>> | undefined>)[PREFETCHED];
  const download = started?.get(href);
  started?.delete(href);
  return download;
}
