// The shareable state in the URL fragment: #lang=fr&sample=ID or
// #lang=fr&text=…; the text only when it is short, so links stay usable.
// Nothing in the fragment is ever sent to a server.

/** Texts up to this many UTF-8 bytes go into the link. */
export const MAX_SHARED_TEXT_BYTES = 4000;

const LANGS = new Set(['auto', 'fr', 'en']);

/** The state as a fragment (without '#'), and whether the text fitted. */
export function encodeState({ lang, sampleId, text }) {
  const params = new URLSearchParams();
  params.set('lang', LANGS.has(lang) ? lang : 'auto');
  let textShared = true;
  if (sampleId) {
    params.set('sample', sampleId);
  } else if (text) {
    if (new TextEncoder().encode(text).length <= MAX_SHARED_TEXT_BYTES) params.set('text', text);
    else textShared = false;
  }
  return { fragment: params.toString(), textShared };
}

/** Reads a fragment ('#…' or '…'); unknown or malformed values are dropped. */
export function decodeState(hash) {
  let params;
  try {
    params = new URLSearchParams(String(hash ?? '').replace(/^#/, ''));
  } catch {
    return { lang: 'auto', sampleId: null, text: null };
  }
  const lang = params.get('lang');
  const sampleId = params.get('sample');
  const text = params.get('text');
  return {
    lang: LANGS.has(lang) ? lang : 'auto',
    sampleId: sampleId && /^[a-z0-9-]{1,64}$/.test(sampleId) ? sampleId : null,
    text: typeof text === 'string' ? text : null,
  };
}
