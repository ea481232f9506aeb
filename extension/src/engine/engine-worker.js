// Module worker holding the engine, so a long analysis never blocks the
// extension page that hosts it. Messages: {id, text, lang} in,
// {id, ok, analysis | error (+ code, language: see errorAnswer)} out.
import { analyzeText } from './engine.js';
import { errorAnswer } from '../shared/messages.js';

self.addEventListener('message', async (event) => {
  const { id, text, lang } = event.data ?? {};
  if (!Number.isInteger(id) || typeof text !== 'string') return;
  try {
    const analysis = await analyzeText(text, lang);
    self.postMessage({ id, ok: true, analysis });
  } catch (error) {
    self.postMessage({ id, ...errorAnswer(error) });
  }
});
