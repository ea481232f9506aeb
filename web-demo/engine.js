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

/** {analysis, ms} for text; throws the engine's SaywhoError on bad input. */
export function timedAnalyze(engine, text, lang) {
  const started = performance.now();
  const analysis = engine.analyze(text, { lang });
  return { analysis, ms: performance.now() - started };
}
