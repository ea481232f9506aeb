// Saywho as an ES module: who says what, who accuses whom, which reports are
// cited, in a news text. Works in browsers, workers, extension pages (no
// eval: the CSP 'wasm-unsafe-eval' is enough) and Node 20.
//
//   import { createSaywho } from 'saywho';
//   const saywho = await createSaywho();
//   const analysis = await saywho.analyzeAsync(text, { lang: 'auto' });
//
// Offsets in the results are UTF-16 code units: text.slice(start, end) is the
// span's text. The engine is C++ compiled to WebAssembly; this file loads it
// and moves strings in and out of its memory.
//
// Each language's syntax pack (tagger and parser weights, about 2 MB) is a file
// of its own, saywho-syntax-<lang>.bin next to this one, loaded on the first
// use of the language: a page analysing French never downloads English. In
// Node, analyze() reads it from disk then; in browsers, loadLanguage() or
// analyzeAsync() fetches it.
import createSaywhoCore from './saywho-core.mjs';

const WASM_FILE = 'saywho-core.wasm';
const syntaxFile = (lang) => `saywho-syntax-${lang}.bin`;
const LANGUAGE_NAMES = { fr: 'French', en: 'English' };
const languageName = (lang) => LANGUAGE_NAMES[lang] ?? lang;

/** A refusal or failure of the engine: bad options, too large input, ... */
export class SaywhoError extends Error {
  /**
   * @param {string} code  stable machine-readable code, e.g. "input_too_large"
   * @param {string} message
   * @param {number} [byteOffset]  where in the UTF-8 input (invalid_utf8)
   * @param {string|null} [language]  unsupported_language: the ISO 639-1
   *   code of the language the text seems to be in ("es"), null when unknown
   */
  constructor(code, message, byteOffset = 0, language = null) {
    super(message);
    this.name = 'SaywhoError';
    this.code = code;
    this.byteOffset = byteOffset;
    this.language = language;
  }
}

const isNode = typeof process === 'object' && typeof process.versions?.node === 'string'
  && typeof window === 'undefined';

// The wasm bytes, or null when the browser should stream them from a URL.
async function nodeWasmBytes(wasmUrl) {
  const url = wasmUrl === undefined ? new URL(WASM_FILE, import.meta.url) : new URL(wasmUrl, import.meta.url);
  if (url.protocol !== 'file:') return null;  // Node can fetch http(s) like a browser
  const { readFile } = await import('node:fs/promises');
  return readFile(url);
}

async function streamOrBuffer(url, imports) {
  const response = await fetch(url);
  if (!response.ok) throw new SaywhoError('load_failed', `cannot load ${url}: HTTP ${response.status}`);
  if (typeof WebAssembly.instantiateStreaming === 'function') {
    try {
      return await WebAssembly.instantiateStreaming(response.clone(), imports);
    } catch (error) {
      // Served without the application/wasm type: compile from the bytes.
      if (!(error instanceof TypeError)) throw error;
    }
  }
  return WebAssembly.instantiate(await response.arrayBuffer(), imports);
}

async function loadCore(options) {
  let bytes = options.wasmBinary;
  if (bytes !== undefined && !(bytes instanceof ArrayBuffer) && !ArrayBuffer.isView(bytes)) {
    throw new SaywhoError('invalid_options', 'wasmBinary must be an ArrayBuffer or a Uint8Array');
  }
  if (bytes === undefined && isNode) {
    try {
      bytes = await nodeWasmBytes(options.wasmUrl);
    } catch (error) {
      throw new SaywhoError('load_failed', `cannot read the Saywho engine: ${error.message}`);
    }
  }

  const instantiate = bytes !== undefined && bytes !== null
    ? (imports) => WebAssembly.instantiate(bytes, imports)
    : (imports) => streamOrBuffer(new URL(options.wasmUrl ?? WASM_FILE, import.meta.url), imports);

  // The glue's own promise never settles when instantiation fails: race it
  // with our failure.
  let failLoad;
  const loadFailed = new Promise((_, reject) => { failLoad = reject; });
  const core = createSaywhoCore({
    // We compile the wasm ourselves, so the glue never fetches or reads files.
    instantiateWasm(imports, receiveInstance) {
      instantiate(imports).then(({ instance, module }) => receiveInstance(instance, module), failLoad);
      return {};  // asynchronous: the glue waits for receiveInstance
    },
    print: () => {},
    printErr: (message) => console.warn(`saywho: ${message}`),
  });
  try {
    return await Promise.race([core, loadFailed]);
  } catch (error) {
    if (error instanceof SaywhoError) throw error;
    throw new SaywhoError('load_failed', `cannot load the Saywho engine: ${error?.message ?? error}`);
  }
}

// A lone surrogate of a JS string reaches the engine as U+FFFD (TextEncoder),
// one UTF-16 unit for one: offsets are those of the caller's string, but a
// span's "text" would hold U+FFFD where the string holds the surrogate. Such
// texts get every span's "text" sliced from the caller's string, so that
// text.slice(start, end) === span.text always holds.
const LONE_SURROGATE = /\p{Surrogate}/u;  // with /u, a valid pair is one code point

function sliceSpansFrom(text, value) {
  if (Array.isArray(value)) {
    for (const item of value) sliceSpansFrom(text, item);
  } else if (value !== null && typeof value === 'object') {
    if (typeof value.start === 'number' && typeof value.end === 'number' && typeof value.text === 'string') {
      value.text = text.slice(value.start, value.end);
    }
    for (const item of Object.values(value)) sliceSpansFrom(text, item);
  }
  return value;
}

// The bytes of `lang`'s pack from `options.syntaxPacks`, checked; undefined
// when the embedder gave none for it.
function givenPack(options, lang) {
  const bytes = options.syntaxPacks?.[lang];
  if (bytes === undefined) return undefined;
  if (bytes instanceof ArrayBuffer) return new Uint8Array(bytes);
  if (ArrayBuffer.isView(bytes)) return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  throw new SaywhoError('invalid_options', `syntaxPacks.${lang} must be an ArrayBuffer or a Uint8Array`);
}

// Reads a NUL-terminated static string of the module.
function staticString(core, pointer) {
  const bytes = core.HEAPU8;
  let end = pointer;
  while (bytes[end] !== 0) end += 1;
  return new TextDecoder().decode(bytes.subarray(pointer, end));
}

/**
 * Loads the engine. Options: wasmBinary (the .wasm bytes, when you have
 * them), wasmUrl (where to fetch it; default: next to this file),
 * maxInputBytes (the largest UTF-8 input analysed; default 5 MiB),
 * syntaxUrl(lang) (where to fetch a language's syntax pack; default:
 * saywho-syntax-<lang>.bin next to this file), syntaxPacks ({ fr: bytes }:
 * packs you already have, installed on the language's first use),
 * prefetchLanguages (['fr', 'en']: fetch these packs at once, beside the
 * wasm's own download and compilation, for loadLanguage() to install).
 */
export async function createSaywho(options = {}) {
  if (options === null || typeof options !== 'object') {
    throw new SaywhoError('invalid_options', 'createSaywho options must be an object');
  }
  const maxInputBytes = options.maxInputBytes ?? 5 * 1024 * 1024;
  if (!Number.isSafeInteger(maxInputBytes) || maxInputBytes <= 0 || maxInputBytes > 0xffffffff) {
    throw new SaywhoError('invalid_options', 'maxInputBytes must be a positive whole number below 4 GiB');
  }
  if (options.syntaxUrl !== undefined && typeof options.syntaxUrl !== 'function') {
    throw new SaywhoError('invalid_options', 'syntaxUrl must be a function: (lang) => URL of its pack');
  }
  if (options.syntaxPacks !== undefined && (options.syntaxPacks === null || typeof options.syntaxPacks !== 'object')) {
    throw new SaywhoError('invalid_options', 'syntaxPacks must be an object like { fr: bytes }');
  }
  const prefetch = options.prefetchLanguages ?? [];
  if (!Array.isArray(prefetch) || !prefetch.every((lang) => typeof lang === 'string')) {
    throw new SaywhoError('invalid_options', 'prefetchLanguages must be an array of language codes like ["fr"]');
  }
  const packUrl = (lang) => new URL(options.syntaxUrl?.(lang) ?? syntaxFile(lang), import.meta.url);
  // Node reads packs beside this file synchronously, so analyze() stays
  // synchronous there; browsers fetch them (loadLanguage).
  const readFileSync = isNode ? (await import('node:fs')).readFileSync : null;

  // Packs asked for in prefetchLanguages, fetched while the wasm compiles
  // rather than after it; each is taken by its language's first load (a
  // failed one is reported there, and the load after it fetches again).
  const prefetched = new Map();
  for (const lang of prefetch) {
    if (readFileSync !== null && packUrl(lang).protocol === 'file:') continue;  // read from disk on first use
    const pending = fetchPack(lang);
    pending.catch(() => {});  // not an unhandled rejection: its load reports it
    prefetched.set(lang, pending);
  }

  const core = await loadCore(options);
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  const version = staticString(core, core._saywho_version());
  const languages = Object.freeze(JSON.parse(staticString(core, core._saywho_languages())));
  const unknown = prefetch.filter((lang) => !languages.includes(lang));
  if (unknown.length > 0) {
    throw new SaywhoError('invalid_options',
      `prefetchLanguages: unknown language ${JSON.stringify(unknown[0])} (one of: ${languages.join(', ')})`);
  }

  function checkLang(opts) {
    if (opts === undefined) return 'auto';
    if (opts === null || typeof opts !== 'object') {
      throw new SaywhoError('invalid_options', 'options must be an object like { lang: "fr" }');
    }
    const lang = opts.lang ?? 'auto';
    // The engine judges the value; a string it would read cut short (NUL) or
    // no string at all is refused here.
    if (typeof lang !== 'string' || lang.includes('\0')) {
      throw new SaywhoError('unknown_language',
        `unknown language ${JSON.stringify(lang)} (one of: auto, ${languages.join(', ')})`);
    }
    return lang;
  }

  // The text of a SaywhoBuffer answer (null: out of memory); an error answer
  // is thrown as SaywhoError. The caller frees the buffer.
  function answerOf(result) {
    if (result === 0) throw new SaywhoError('out_of_memory', 'out of memory');
    // The heap may have grown during the call: take views afresh.
    const [dataPtr, size, isError] = new Uint32Array(core.HEAPU8.buffer, result, 3);
    const answer = decoder.decode(core.HEAPU8.subarray(dataPtr, dataPtr + size));
    if (isError) {
      const { code, message, byteOffset, language } = JSON.parse(answer).error;
      throw new SaywhoError(code, message, byteOffset, language ?? null);
    }
    return answer;
  }

  // Copies `text` into wasm memory, runs `invoke(textPtr, byteLength)` (an
  // engine entry returning a SaywhoBuffer), returns the answer as a string
  // (JSON, or plain text for htmlToText); throws the engine's refusals as
  // SaywhoError. Frees everything it allocated, even on failure.
  function callWithText(text, invoke) {
    if (typeof text !== 'string') {
      throw new SaywhoError('invalid_options', `text must be a string, not ${typeof text}`);
    }
    // Each UTF-16 unit becomes at least one UTF-8 byte: a string longer than
    // the limit is refused without copying it.
    if (text.length > maxInputBytes) {
      throw new SaywhoError('input_too_large',
        `input of at least ${text.length} bytes is larger than the limit of ${maxInputBytes} bytes`);
    }
    const capacity = text.length * 3 + 1;  // the most UTF-8 a JS string can need
    const textPtr = core._saywho_alloc(capacity);
    let result = 0;
    try {
      if (textPtr === 0) throw new SaywhoError('out_of_memory', 'out of memory');
      const { written } = encoder.encodeInto(text, core.HEAPU8.subarray(textPtr, textPtr + capacity));
      result = invoke(textPtr, written);
      return answerOf(result);
    } finally {
      if (result !== 0) core._saywho_buffer_free(result);
      if (textPtr !== 0) core._saywho_free(textPtr);
    }
  }

  // Runs `use(pointer)` with `string` as a NUL-terminated UTF-8 copy in wasm
  // memory, freed afterwards.
  function withCString(string, use) {
    const bytes = encoder.encode(`${string}\0`);
    const pointer = core._saywho_alloc(bytes.length);
    if (pointer === 0) throw new SaywhoError('out_of_memory', 'out of memory');
    try {
      core.HEAPU8.set(bytes, pointer);
      return use(pointer);
    } finally {
      core._saywho_free(pointer);
    }
  }

  // An engine entry taking (text, length, lang, maxBytes, pretty).
  function callWithLang(entry, text, lang, pretty) {
    return withCString(lang, (langPtr) => callWithText(text,
      (textPtr, length) => entry(textPtr, length, langPtr, maxInputBytes, pretty ? 1 : 0)));
  }

  // Copies `bytes` into wasm memory and installs them as `lang`'s pack.
  function installPack(lang, bytes) {
    withCString(lang, (langPtr) => {
      const bytesPtr = core._saywho_alloc(Math.max(bytes.length, 1));
      if (bytesPtr === 0) throw new SaywhoError('out_of_memory', 'out of memory');
      let result = 0;
      try {
        core.HEAPU8.set(bytes, bytesPtr);
        result = core._saywho_load_syntax_pack(langPtr, bytesPtr, bytes.length);
        answerOf(result);
      } finally {
        if (result !== 0) core._saywho_buffer_free(result);
        core._saywho_free(bytesPtr);
      }
    });
  }

  const isLoaded = (lang) => withCString(lang, (langPtr) => core._saywho_syntax_pack_loaded(langPtr) === 1);

  function checkKnown(lang) {
    if (typeof lang !== 'string' || !languages.includes(lang)) {
      throw new SaywhoError('unknown_language',
        `unknown language ${JSON.stringify(lang)} (one of: ${languages.join(', ')})`);
    }
  }

  // The language { lang: 'auto' } picks for `text` (its pack may not be loaded).
  function detectLanguage(text) {
    return callWithText(text, (ptr, length) => core._saywho_detect_language(ptr, length, maxInputBytes));
  }

  // `lang`'s pack when it can be had without waiting: given in syntaxPacks,
  // or in Node read from the file (beside this module by default).
  function packAtHand(lang) {
    const given = givenPack(options, lang);
    if (given !== undefined) return given;
    const url = packUrl(lang);
    if (readFileSync === null || url.protocol !== 'file:') return undefined;
    try {
      return readFileSync(url);
    } catch (error) {
      throw new SaywhoError('load_failed', `cannot read the ${languageName(lang)} syntax pack: ${error.message}`);
    }
  }

  // Before a synchronous analysis: installs `lang`'s pack if it is at hand,
  // else tells the caller to loadLanguage() first (a browser must fetch it).
  function ensureLoadedNow(lang) {
    if (!languages.includes(lang) || isLoaded(lang)) return;  // an unknown one: analyze refuses it
    const bytes = packAtHand(lang);
    if (bytes === undefined) {
      throw new SaywhoError('language_not_loaded',
        `the ${languageName(lang)} syntax pack is not loaded: await saywho.loadLanguage('${lang}') first, or use analyzeAsync()`);
    }
    installPack(lang, bytes);
  }

  // `lang`'s prefetched pack (undefined when none was), taken once.
  function takePrefetched(lang) {
    const pending = prefetched.get(lang);
    prefetched.delete(lang);
    return pending;
  }

  async function fetchPack(lang) {
    const url = packUrl(lang);
    let response;
    try {
      response = await fetch(url);
    } catch (error) {
      throw new SaywhoError('load_failed', `cannot load the ${languageName(lang)} syntax pack from ${url}: ${error.message}`);
    }
    if (!response.ok) {
      throw new SaywhoError('load_failed', `cannot load the ${languageName(lang)} syntax pack from ${url}: HTTP ${response.status}`);
    }
    return new Uint8Array(await response.arrayBuffer());
  }

  // Loads in flight, by language: concurrent callers share one fetch.
  const loading = new Map();

  function loadLanguage(lang) {
    try {
      checkKnown(lang);
      if (isLoaded(lang)) return Promise.resolve();
    } catch (error) {
      return Promise.reject(error);
    }
    let pending = loading.get(lang);
    if (pending === undefined) {
      pending = (async () => {
        const bytes = packAtHand(lang) ?? await takePrefetched(lang) ?? await fetchPack(lang);
        if (!isLoaded(lang)) installPack(lang, bytes);
      })().finally(() => loading.delete(lang));  // a failed load may be tried again
      loading.set(lang, pending);
    }
    return pending;
  }

  // The language checked, and its pack installed if at hand. Detecting the
  // language of an 'auto' text costs a pass over it: skipped once every
  // pack is loaded.
  function analyzeLang(text, opts) {
    const lang = checkLang(opts);
    if (lang !== 'auto') ensureLoadedNow(lang);
    else if (!languages.every(isLoaded)) ensureLoadedNow(detectLanguage(text));
    return lang;
  }

  function analyze(text, opts) {
    const analysis = JSON.parse(callWithLang(core._saywho_analyze, text, analyzeLang(text, opts), false));
    return LONE_SURROGATE.test(text) ? sliceSpansFrom(text, analysis) : analysis;
  }

  async function analyzeAsync(text, opts) {
    const lang = checkLang(opts);
    const needed = lang === 'auto' ? detectLanguage(text) : lang;
    if (languages.includes(needed)) await loadLanguage(needed);
    return analyze(text, opts);
  }

  function segmentLang(opts) {
    const lang = checkLang(opts);
    if (lang === 'auto') {
      throw new SaywhoError('invalid_options', 'segment needs a language: { lang: "fr" } or { lang: "en" }');
    }
    return lang;
  }

  return Object.freeze({
    /** The engine's version, e.g. "0.1.0". */
    version,
    /** The languages the engine knows, e.g. ["en", "fr"]. */
    languages,
    /** The languages whose syntax pack is loaded so far. */
    loadedLanguages() {
      return languages.filter(isLoaded);
    },
    /** Loads `lang`'s syntax pack (fetched in browsers; once per language). */
    loadLanguage,
    /** The language { lang: 'auto' } picks for `text`, e.g. "fr". */
    detectLanguage,
    /** Who says what in `text`: the analysis object (see index.d.ts). Needs
     * the language's pack: in Node it is read on first use; in browsers,
     * loadLanguage() it first or use analyzeAsync(). */
    analyze,
    /** The same analysis as JSON text, exactly as the native CLI prints it
     * (opts.pretty: indented). Handy to post to another thread unparsed. */
    analyzeJson(text, opts) {
      return callWithLang(core._saywho_analyze, text, analyzeLang(text, opts), opts?.pretty === true);
    },
    /** analyze(), after loading the pack of the text's language (detected
     * for 'auto') when it is not loaded yet. */
    analyzeAsync,
    /** The text layer only: paragraphs, sentences, tokens, quote marks. */
    segment(text, opts) {
      const segmentation = JSON.parse(callWithLang(core._saywho_segment, text, segmentLang(opts), false));
      return LONE_SURROGATE.test(text) ? sliceSpansFrom(text, segmentation) : segmentation;
    },
    /** The same as JSON text, as `saywho-cli segment` prints it. */
    segmentJson(text, opts) {
      return callWithLang(core._saywho_segment, text, segmentLang(opts), opts?.pretty === true);
    },
    /** The article text of an HTML page, one paragraph a line (scripts,
     * styles and markup dropped, entities decoded): what the native CLI
     * analyses for --format html. */
    htmlToText(html) {
      return callWithText(html, (ptr, length) => core._saywho_html_to_text(ptr, length, maxInputBytes));
    },
    /** Bytes allocated inside the engine (for leak checks). */
    heapInUse() {
      return core._saywho_heap_in_use() >>> 0;
    },
    /** Size of the engine's whole memory in bytes (it only grows). */
    memoryBytes() {
      return core.HEAPU8.length;
    },
  });
}

export default createSaywho;
