// Talks to engine-worker.js from an extension page (the Chromium offscreen
// document, the Firefox background page): one worker, requests matched to
// answers by id.
const worker = new Worker(new URL('./engine-worker.js', import.meta.url), { type: 'module' });
const pending = new Map();
let nextId = 1;
let loadFailure = null; // the worker could not start: every request fails at once

worker.addEventListener('message', (event) => {
  const { id, ok, analysis, error } = event.data ?? {};
  const request = pending.get(id);
  if (!request) return;
  pending.delete(id);
  if (ok) request.resolve(analysis);
  else request.reject(new Error(error ?? 'analysis failed'));
});
worker.addEventListener('error', (event) => {
  // A worker that fails to load fails every request instead of hanging them.
  const error = new Error(`engine worker failed: ${event.message ?? 'load error'}`);
  loadFailure = error;
  for (const request of pending.values()) request.reject(error);
  pending.clear();
});

/** Analyses `text` in the engine worker; resolves to the analysis object. */
export function analyzeInWorker(text, lang) {
  if (loadFailure) return Promise.reject(loadFailure);
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.postMessage({ id, text, lang });
  });
}
