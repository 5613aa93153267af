// One request–answer channel to a page worker: started on first use through startPolicyWorker (the page's CSP),
// each request numbered, its answer matched by number; an answer of type 'error' rejects with its message.
import { startPolicyWorker } from './policyWorker';

/** What every answer carries; an error answer carries its message (in Chinese) too. */
type Answer = { readonly id: number; readonly type: string };
type ErrorAnswer = { readonly id: number; readonly type: 'error'; readonly message: string };
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

/**
 * A function sending one request to the worker at `scriptUrl` and resolving with its answer. `name` says what
 * failed when the worker cannot run (「Word 文件生成程序」); `prefetch` lists files its starter downloads (policyWorker.ts).
 */
export function workerClient<Request extends { readonly id: number }, Response extends Answer>(scriptUrl: string, name: string, prefetch: readonly string[] = []) {
  type Success = Exclude<Response, ErrorAnswer>;
  let worker: Worker | undefined;
  let nextId = 1;
  const pending = new Map<number, { resolve: (r: Success) => void; reject: (e: Error) => void }>();
  const start = (): Worker => {
    if (worker) return worker;
    worker = startPolicyWorker(scriptUrl, prefetch);
    worker.onmessage = (event: MessageEvent<Response>) => {
      const answer = event.data;
      const call = pending.get(answer.id);
      pending.delete(answer.id);
      if (answer.type === 'error') call?.reject(new Error((answer as unknown as ErrorAnswer).message));
      else call?.resolve(answer as Success);
    };
    // Hint: a worker that cannot load fails every call; the next call starts a new one.
    worker.onerror = (event) => {
      for (const p of pending.values()) p.reject(new Error(`${name}无法运行：${event.message || '加载失败'}`));
      pending.clear();
      worker?.terminate();
      worker = undefined;
    };
    return worker;
  };
  return (request: WithoutId<Request>): Promise<Success> => {
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      try {
        start().postMessage({ ...request, id });
      } catch (err) {
        pending.delete(id);
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    });
  };
}
