// Prepended to the service worker (scripts/build-sw.mjs): it may reach this site's own origin only.
// Hint: a service worker takes its Content-Security-Policy from the response headers of sw.js alone (CSP 3 §4.2;
// a page's <meta> policy does not reach it), and a static host may send none; docs/deploy.md sets the header
// where the host allows. This guard holds on any host: every way the worker could send a request elsewhere —
// fetch, Cache.add/addAll, importScripts, WebSocket — refuses another origin, on the object and its prototype.
(() => {
  const own = self.location.origin;
  const ownOrigin = (input) => new URL(input && typeof input === 'object' && 'url' in input ? input.url : String(input), self.location.href).origin === own;
  const refuse = (input) => new TypeError(`本应用只访问自己的网站，已阻止访问：${new URL(String(input && input.url ? input.url : input), self.location.href).origin}`);
  const lock = (target, name, value) => Object.defineProperty(target, name, { value, writable: false, configurable: false });
  const fetchOwn = self.fetch.bind(self);
  const guardedFetch = (input, init) => (ownOrigin(input) ? fetchOwn(input, init) : Promise.reject(refuse(input)));
  lock(self, 'fetch', guardedFetch);
  lock(Object.getPrototypeOf(self).constructor.prototype, 'fetch', guardedFetch);
  if (typeof WorkerGlobalScope !== 'undefined') lock(WorkerGlobalScope.prototype, 'fetch', guardedFetch);
  const add = Cache.prototype.add;
  const addAll = Cache.prototype.addAll;
  lock(Cache.prototype, 'add', function (request) {
    return ownOrigin(request) ? add.call(this, request) : Promise.reject(refuse(request));
  });
  lock(Cache.prototype, 'addAll', function (requests) {
    const other = [...requests].find((r) => !ownOrigin(r));
    return other === undefined ? addAll.call(this, requests) : Promise.reject(refuse(other));
  });
  const importOwn = self.importScripts.bind(self);
  lock(self, 'importScripts', (...urls) => {
    const other = urls.find((u) => !ownOrigin(u));
    if (other !== undefined) throw refuse(other);
    return importOwn(...urls);
  });
  if (typeof WebSocket !== 'undefined') lock(self, 'WebSocket', undefined);
})();
