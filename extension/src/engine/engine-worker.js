// Module worker holding the engine, so a long analysis never blocks the
// extension page that hosts it. Messages: {id, text, lang} in,
// {id, ok, analysis | error} out.
import { analyzeText } from './engine.js';

self.addEventListener('message', async (event) => {
  const { id, text, lang } = event.data ?? {};
  if (!Number.isInteger(id) || typeof text !== 'string') return;
  try {
    const analysis = await analyzeText(text, lang);
    self.postMessage({ id, ok: true, analysis });
  } catch (error) {
    self.postMessage({ id, ok: false, error: String(error?.message ?? error) });
  }
});
