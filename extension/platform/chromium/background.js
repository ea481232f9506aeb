// Chromium service worker. A content script's WebAssembly would obey the
// page's Content-Security-Policy, and a service worker cannot host a module
// worker, so the engine runs in an offscreen document (offscreen.html) that
// owns the engine worker; this worker forwards analysis requests to it.
import { ext } from './src/shared/browser-api.js';
import { MESSAGE, answerError } from './src/shared/messages.js';
import { startBackground } from './src/background/controller.js';

const OFFSCREEN_URL = 'offscreen.html';

// One check-or-create, shared by every caller until the next failure: the
// button's early start and the text's arrival both ask, and two checks made
// while the document is being created would both find none and both try to
// create it (the second fails: only one offscreen document may exist).
let offscreenReady = null;

async function openOffscreenDocument() {
  const contexts = await ext.runtime.getContexts({
    contextTypes: ['OFFSCREEN_DOCUMENT'],
    documentUrls: [ext.runtime.getURL(OFFSCREEN_URL)],
  });
  if (contexts.length > 0) return;
  await ext.offscreen.createDocument({
    url: OFFSCREEN_URL,
    reasons: ['WORKERS'],
    justification: 'Runs the Saywho text-analysis engine (WebAssembly) in a worker.',
  });
}

function ensureOffscreenDocument() {
  offscreenReady ??= openOffscreenDocument().catch((error) => {
    offscreenReady = null;
    throw error;
  });
  return offscreenReady;
}

const offscreenEngine = {
  // The offscreen document starts the engine worker, which starts loading
  // the wasm at once.
  start: ensureOffscreenDocument,
  async analyze(text, lang) {
    await ensureOffscreenDocument();
    let answer;
    try {
      answer = await ext.runtime.sendMessage({ type: MESSAGE.engineAnalyze, text, lang });
    } catch (error) {
      offscreenReady = null; // the document is gone (closed by the browser): check again next time
      throw error;
    }
    if (!answer?.ok) throw answerError(answer, 'the engine did not answer');
    return answer.analysis;
  },
};

// The toolbar button also opens the side panel (it must be opened inside the
// click's handler, which counts as the user's gesture).
ext.action.onClicked.addListener((tab) => {
  ext.sidePanel.open({ windowId: tab.windowId }).catch(() => {});
});

// Exposed so the toolbar button's exact code path can be run from the
// service worker console (and by the browser tests, which cannot click it).
globalThis.saywhoBackground = startBackground(offscreenEngine);

// The engine starts with the browser rather than with the first click:
// opening the offscreen document, loading the wasm and installing the syntax
// packs take most of a second, which the first page would otherwise wait
// for (BENCHMARKS.md, "cold start"). The price is the engine's memory while
// the browser runs (BENCHMARKS.md). Listening to onStartup is what makes
// Chromium start this worker with the browser; the top-level call also
// covers installation and every later wake-up (a no-op when the document
// is open).
ext.runtime.onStartup.addListener(() => {});
ensureOffscreenDocument().catch(() => {});

