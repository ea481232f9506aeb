// Firefox background (event page, module). Firefox runs extension pages'
// WebAssembly under the extension's own CSP, so the engine worker is started
// from here directly; no offscreen document is needed.
import { ext } from './src/shared/browser-api.js';
import { startBackground } from './src/background/controller.js';
import { analyzeInWorker } from './src/engine/engine-client.js';

// The engine worker starts (and loads the wasm) with this page: nothing
// more to start.
globalThis.saywhoBackground = startBackground({ start: async () => {}, analyze: analyzeInWorker });

// The toolbar button also opens the sidebar (allowed only inside the click's
// handler, which counts as the user's gesture).
ext.action.onClicked.addListener(() => {
  ext.sidebarAction.open().catch(() => {});
});
