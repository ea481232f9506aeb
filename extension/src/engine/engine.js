// The one engine instance of the extension: loads the Saywho WebAssembly
// module from the extension package and analyses texts. Runs inside
// engine-worker.js (a module worker), never in a web page. A language's
// syntax pack (engine/saywho-syntax-<lang>.bin, packaged) is read on the
// first analysis in that language (the worker's warm-up makes one for each).
import { createSaywho } from '../../engine/saywho.mjs';

const WASM_URL = new URL('../../engine/saywho-core.wasm', import.meta.url).href;
let instance = null;

/**
 * Starts loading the engine (fetch, compile and instantiate the wasm, in one
 * streaming pass) unless it is loaded or loading; resolves to it.
 */
export function loadEngine() {
  instance ??= createSaywho({ wasmUrl: WASM_URL }).catch((error) => {
    instance = null; // let the next request try again
    throw error;
  });
  return instance;
}

/** The analysis JSON object of shared/eval/SCHEMA.md for `text`. */
export async function analyzeText(text, lang) {
  const saywho = await loadEngine();
  return saywho.analyzeAsync(text, { lang });
}
