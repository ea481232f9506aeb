// Loads the Saywho engine (build/wasm/pkg, copied to engine/ by build.mjs)
// once, and times each analysis.

let enginePromise = null;

/** The engine, loaded on first call; rejects with a readable Error. */
export function loadEngine() {
  enginePromise ??= (async () => {
    let module;
    try {
      module = await import('./engine/saywho.mjs');
    } catch (error) {
      throw new Error(`The engine is not built (run ./saywho build demo): ${error.message}`);
    }
    return module.createSaywho();
  })();
  return enginePromise;
}

/** Fetches the syntax pack `text` needs (its language, detected for
 * 'auto') unless it is loaded: each pack is fetched on the first text in its
 * language, so the page starts without waiting for both. Calls
 * `onFetch(lang)` before a fetch. */
export async function ensureLanguage(engine, text, lang, onFetch) {
  const needed = lang === 'auto' ? engine.detectLanguage(text) : lang;
  if (!engine.languages.includes(needed) || engine.loadedLanguages().includes(needed)) return;
  onFetch(needed);
  await engine.loadLanguage(needed);
}

/** {analysis, ms} for text (its pack loaded); throws the engine's
 * SaywhoError on bad input. */
export function timedAnalyze(engine, text, lang) {
  const started = performance.now();
  const analysis = engine.analyze(text, { lang });
  return { analysis, ms: performance.now() - started };
}
