// Chromium service worker. A content script's WebAssembly would obey the
// page's Content-Security-Policy, and a service worker cannot host a module
// worker, so the engine runs in an offscreen document (offscreen.html) that
// owns the engine worker; this worker forwards analysis requests to it.
import { ext } from './src/shared/browser-api.js';
import { MESSAGE, answerError } from './src/shared/messages.js';
import { startBackground } from './src/background/controller.js';

const OFFSCREEN_URL = 'offscreen.html';
let creating = null;

async function ensureOffscreenDocument() {
  const contexts = await ext.runtime.getContexts({
    contextTypes: ['OFFSCREEN_DOCUMENT'],
    documentUrls: [ext.runtime.getURL(OFFSCREEN_URL)],
  });
  if (contexts.length > 0) return;
  creating ??= ext.offscreen.createDocument({
    url: OFFSCREEN_URL,
    reasons: ['WORKERS'],
    justification: 'Runs the Saywho text-analysis engine (WebAssembly) in a worker.',
  }).finally(() => { creating = null; });
  await creating;
}

const offscreenEngine = {
  async analyze(text, lang) {
    await ensureOffscreenDocument();
    const answer = await ext.runtime.sendMessage({ type: MESSAGE.engineAnalyze, text, lang });
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
