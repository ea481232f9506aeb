// The one engine instance of the extension: loads the Saywho WebAssembly
// module from the extension package and analyses texts. Runs inside
// engine-worker.js (a module worker), never in a web page. Each packaged
// language's syntax pack (engine/saywho-syntax-<lang>.bin) is fetched while
// the wasm compiles, and installed by the first analysis in its language
// (the worker's warm-up makes one for each).
import { createSaywho } from '../../engine/saywho.mjs';

const WASM_URL = new URL('../../engine/saywho-core.wasm', import.meta.url).href;
// The languages whose packs build.mjs puts in the package.
const PACKAGED_LANGUAGES = ['fr', 'en'];
let instance = null;

/**
 * Starts loading the engine (fetch, compile and instantiate the wasm, in one
 * streaming pass, while the packs are fetched) unless it is loaded or
 * loading; resolves to it.
 */
export function loadEngine() {
  instance ??= createSaywho({ wasmUrl: WASM_URL, prefetchLanguages: PACKAGED_LANGUAGES }).catch((error) => {
    instance = null; // let the next request try again
    throw error;
  });
  return instance;
}

/** Installs `lang`'s syntax pack unless it is installed. */
export async function loadLanguage(lang) {
  const saywho = await loadEngine();
  return saywho.loadLanguage(lang);
}

/** The analysis JSON object of shared/eval/SCHEMA.md for `text`. */
export async function analyzeText(text, lang) {
  const saywho = await loadEngine();
  return saywho.analyzeAsync(text, { lang });
}
