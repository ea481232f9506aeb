// Module worker holding the engine, so a long analysis never blocks the
// extension page that hosts it. Messages: {id, text, lang} in,
// {id, ok, analysis | error (+ code, language: see errorAnswer)} out.
import { loadEngine, loadLanguage, analyzeText } from './engine.js';
import { errorAnswer } from '../shared/messages.js';

// The host starts this worker with the browser (Chromium: the offscreen
// document opened when the service worker starts; Firefox: the background
// page), so that the first page a reader asks about finds the engine ready.
// It loads the wasm, then, for each language, installs its syntax pack and
// analyses a sentence: that starts ICU, parses the language's word lists and
// runs the tagger and parser once, so their code is compiled before a page
// needs it. The browser's own language goes first. Each step is a task of
// its own, queued when the previous one ends, so a text that arrives
// meanwhile waits for one step at most (the longest, an install, takes
// 20-80 ms while the browser starts). A failure to load is reported by the
// first analysis (which loads again).
const WARM_UP = {
  fr: '« Nous partirons demain », a déclaré la maire de Valmonde.',
  en: '"We will leave tomorrow," the mayor of Valmonde said.',
};

function warmUpOrder() {
  const preferred = (self.navigator?.language ?? '').slice(0, 2).toLowerCase();
  return Object.keys(WARM_UP).sort((a, b) => (b === preferred) - (a === preferred));
}

// Runs `step` in a task of its own, after the tasks already queued.
const inNextTask = (step) => new Promise((resolve) => { setTimeout(resolve, 0); }).then(step);

function warmUp([lang, ...rest]) {
  if (!lang) return;
  inNextTask(() => loadLanguage(lang))
    .then(() => inNextTask(() => analyzeText(WARM_UP[lang], lang)))
    .catch(() => {})
    .finally(() => warmUp(rest));
}

loadEngine().then(() => warmUp(warmUpOrder()), () => {});

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
