// The messages exchanged between the content script, the background, the
// panel and (in Chromium) the offscreen engine host, with their validation.
// Every receiver checks the sender and the shape before acting, so a page
// cannot drive the extension and a malformed message gets a clear error.

export const MESSAGE = Object.freeze({
  analyze: 'saywho:analyze',          // content → background: analyse this text
  engineAnalyze: 'saywho:engine-analyze', // background → offscreen (Chromium)
  run: 'saywho:run',                  // background → content: analyse the page now
  select: 'saywho:select',            // panel → background → content: show this item
  result: 'saywho:result',            // content → background: analysis shown (for the panel)
  status: 'saywho:status',            // content → background: progress or error
  clear: 'saywho:clear',              // background → content: remove highlights
  siteMode: 'saywho:site-mode',       // panel/options → background: always / off / default
  prepare: 'saywho:prepare',          // content → background: a text is coming, start the engine
  needReader: 'saywho:need-reader',   // content → background: load Readability (no article markup)
});

// Longest text sent to the engine (UTF-16 code units). News articles are far
// shorter; the bound keeps a hostile page from making us allocate without end.
export const MAX_TEXT_LENGTH = 300_000;
// Longest analysis JSON the background accepts back from a content script.
export const MAX_ANALYSIS_LENGTH = 5_000_000;

const LANGS = new Set(['auto', 'fr', 'en']);
const SITE_MODES = new Set(['always', 'off', 'default']);
const CATEGORIES = new Set(['quote', 'speaker', 'accusation', 'report']);

export class MessageError extends Error {}

function isPlainObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function requireString(message, key, maxLength) {
  const value = message[key];
  if (typeof value !== 'string') throw new MessageError(`${key} must be a string`);
  if (value.length > maxLength) throw new MessageError(`${key} is too long (${value.length} > ${maxLength})`);
  return value;
}

// Returns a clean copy of `message` holding only the known fields, or throws
// MessageError naming what is wrong.
export function validateMessage(message) {
  if (!isPlainObject(message) || typeof message.type !== 'string') {
    throw new MessageError('message must be an object with a type');
  }
  switch (message.type) {
    case MESSAGE.analyze:
    case MESSAGE.engineAnalyze: {
      const text = requireString(message, 'text', MAX_TEXT_LENGTH);
      const lang = message.lang ?? 'auto';
      if (!LANGS.has(lang)) throw new MessageError(`unknown lang ${String(lang)}`);
      return { type: message.type, text, lang };
    }
    case MESSAGE.result: {
      const analysisJson = requireString(message, 'analysisJson', MAX_ANALYSIS_LENGTH);
      const url = requireString(message, 'url', 8192);
      const title = typeof message.title === 'string' ? message.title.slice(0, 500) : '';
      return { type: message.type, analysisJson, url, title };
    }
    case MESSAGE.status: {
      const state = requireString(message, 'state', 32);
      const detail = typeof message.detail === 'string' ? message.detail.slice(0, 500) : '';
      return { type: message.type, state, detail };
    }
    case MESSAGE.select: {
      const id = requireString(message, 'id', 64);
      const tabId = Number.isInteger(message.tabId) ? message.tabId : undefined;
      const category = message.category ?? null;
      if (category !== null && !CATEGORIES.has(category)) throw new MessageError('unknown category');
      return { type: message.type, id, tabId, category };
    }
    case MESSAGE.siteMode: {
      const origin = requireString(message, 'origin', 2048);
      if (!/^https?:\/\/[^/]+$/.test(origin)) throw new MessageError('origin must be http(s)://host');
      if (!SITE_MODES.has(message.mode)) throw new MessageError('mode must be always, off or default');
      return { type: message.type, origin, mode: message.mode };
    }
    case MESSAGE.run:
      return { type: message.type, tabId: Number.isInteger(message.tabId) ? message.tabId : undefined };
    case MESSAGE.clear:
    case MESSAGE.prepare:
    case MESSAGE.needReader:
      return { type: message.type };
    default:
      throw new MessageError(`unknown message type ${message.type.slice(0, 64)}`);
  }
}

// A failed request's answer: {ok: false, error: message}, plus the engine's
// refusal code and language when there is one ({code:
// 'unsupported_language', language: 'es'}), so every hop from the engine
// worker to the content script keeps them.
export function errorAnswer(error) {
  const answer = { ok: false, error: String(error?.message ?? error) };
  if (typeof error?.code === 'string') answer.code = error.code;
  if (error?.code === 'unsupported_language') answer.language = typeof error.language === 'string' ? error.language : null;
  return answer;
}

// The Error a failed answer stands for, its code and language kept.
export function answerError(answer, fallback) {
  const error = new Error(answer?.error ?? fallback);
  if (typeof answer?.code === 'string') error.code = answer.code;
  if (answer?.code === 'unsupported_language') error.language = typeof answer.language === 'string' ? answer.language : null;
  return error;
}

// True when `sender` is this extension itself (content scripts of this
// extension included), never another extension or a web page.
export function isOwnSender(sender, runtimeId) {
  return Boolean(sender) && sender.id === runtimeId;
}

// True when `sender` is one of the extension's own pages (background, panel,
// options, offscreen), not a content script running inside a web page.
export function isExtensionPage(sender, runtimeId, extensionOrigin) {
  return isOwnSender(sender, runtimeId) && typeof sender.url === 'string'
    && sender.url.startsWith(extensionOrigin);
}
