// Saywho as an ES module: who says what, who accuses whom, which reports are
// cited, in a news text. Works in browsers, workers, extension pages (no
// eval: the CSP 'wasm-unsafe-eval' is enough) and Node 20.
//
//   import { createSaywho } from 'saywho';
//   const saywho = await createSaywho();
//   const analysis = saywho.analyze(text, { lang: 'auto' });
//
// Offsets in the results are UTF-16 code units: text.slice(start, end) is the
// span's text. The engine is C++ compiled to WebAssembly; this file loads it
// and moves strings in and out of its memory.
import createSaywhoCore from './saywho-core.mjs';

const WASM_FILE = 'saywho-core.wasm';

/** A refusal or failure of the engine: bad options, too large input, ... */
export class SaywhoError extends Error {
  /**
   * @param {string} code  stable machine-readable code, e.g. "input_too_large"
   * @param {string} message
   * @param {number} [byteOffset]  where in the UTF-8 input (invalid_utf8)
   */
  constructor(code, message, byteOffset = 0) {
    super(message);
    this.name = 'SaywhoError';
    this.code = code;
    this.byteOffset = byteOffset;
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
 * maxInputBytes (the largest UTF-8 input analysed; default 5 MiB).
 */
export async function createSaywho(options = {}) {
  if (options === null || typeof options !== 'object') {
    throw new SaywhoError('invalid_options', 'createSaywho options must be an object');
  }
  const maxInputBytes = options.maxInputBytes ?? 5 * 1024 * 1024;
  if (!Number.isSafeInteger(maxInputBytes) || maxInputBytes <= 0 || maxInputBytes > 0xffffffff) {
    throw new SaywhoError('invalid_options', 'maxInputBytes must be a positive whole number below 4 GiB');
  }

  const core = await loadCore(options);
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  const version = staticString(core, core._saywho_version());
  const languages = Object.freeze(JSON.parse(staticString(core, core._saywho_languages())));

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
      if (result === 0) throw new SaywhoError('out_of_memory', 'out of memory');
      // The heap may have grown during the call: take views afresh.
      const [dataPtr, size, isError] = new Uint32Array(core.HEAPU8.buffer, result, 3);
      const answer = decoder.decode(core.HEAPU8.subarray(dataPtr, dataPtr + size));
      if (isError) {
        const { code, message, byteOffset } = JSON.parse(answer).error;
        throw new SaywhoError(code, message, byteOffset);
      }
      return answer;
    } finally {
      if (result !== 0) core._saywho_buffer_free(result);
      if (textPtr !== 0) core._saywho_free(textPtr);
    }
  }

  // An engine entry taking (text, length, lang, maxBytes, pretty).
  function callWithLang(entry, text, lang, pretty) {
    const langBytes = encoder.encode(`${lang}\0`);
    const langPtr = core._saywho_alloc(langBytes.length);
    if (langPtr === 0) throw new SaywhoError('out_of_memory', 'out of memory');
    try {
      core.HEAPU8.set(langBytes, langPtr);
      return callWithText(text, (textPtr, length) => entry(textPtr, length, langPtr, maxInputBytes, pretty ? 1 : 0));
    } finally {
      core._saywho_free(langPtr);
    }
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
    /** The languages with a pack, e.g. ["en", "fr"]. */
    languages,
    /** Who says what in `text`: the analysis object (see index.d.ts). */
    analyze(text, opts) {
      const analysis = JSON.parse(callWithLang(core._saywho_analyze, text, checkLang(opts), false));
      return LONE_SURROGATE.test(text) ? sliceSpansFrom(text, analysis) : analysis;
    },
    /** The same analysis as JSON text, exactly as the native CLI prints it
     * (opts.pretty: indented). Handy to post to another thread unparsed. */
    analyzeJson(text, opts) {
      return callWithLang(core._saywho_analyze, text, checkLang(opts), opts?.pretty === true);
    },
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
