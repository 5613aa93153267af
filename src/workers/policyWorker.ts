// Every worker of the page starts here, so it runs under the page's Content-Security-Policy.
//
// Hint: a worker started from its own URL takes its policy from that script's response headers only (CSP 3
// §4.2), and a static host sends none, so it could reach any origin; a worker from a `blob:` URL inherits the
// page's policy, the `<meta>` one included (HTML: the policy container of a local-scheme worker).
// tests/e2e/worker-policy.spec.ts checks each worker (PDF, table PDF, Word).

/** A classic worker running the built script at `scriptUrl` (an `import … from './worker.ts?worker&url'`). */
export function startPolicyWorker(scriptUrl: string): Worker {
  const script = new URL(scriptUrl, location.href).href;
  const source = new Blob([`importScripts(${JSON.stringify(script)});`], { type: 'text/javascript' });
  const url = URL.createObjectURL(source);
  try {
    return new Worker(url);
  } finally {
    // Hint: the worker has fetched its script once it starts; the blob is not needed after that.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}
