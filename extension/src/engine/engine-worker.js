// Module worker holding the engine, so a long analysis never blocks the
// extension page that hosts it. Messages: {id, text, lang} in,
// {id, ok, analysis | error (+ code, language: see errorAnswer)} out.
import { loadEngine, analyzeText, warmUp as warmUpLanguage } from './engine.js';
import { errorAnswer } from '../shared/messages.js';

// The host starts this worker when the engine is first needed: load the
// wasm now, while the first text is still on its way, then read a sentence
// in each language, since a language's first analysis also starts ICU and
// parses that language's word lists (most of a cold first page's time). The
// warm-up loads no syntax pack: only the languages analysed get theirs.
// Each warm-up is a task of its own, queued when the previous one ends, so
// a text that arrives meanwhile goes before the next one. A failure to load
// is reported by the first analysis (which loads again).
const WARM_UP = [
  ['fr', '« Nous partirons demain », a déclaré la maire de Valmonde.'],
  ['en', '"We will leave tomorrow," the mayor of Valmonde said.'],
];

function warmUp([first, ...rest]) {
  if (!first) return;
  setTimeout(() => {
    warmUpLanguage(first[1], first[0]).catch(() => {}).finally(() => warmUp(rest));
  }, 0);
}

loadEngine().then(() => warmUp(WARM_UP), () => {});

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
