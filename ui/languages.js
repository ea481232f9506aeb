// The words shown when the engine refuses a text in a language Saywho does
// not read (SaywhoError 'unsupported_language', with `language` an ISO 639
// code or null). Pure: used by the extension (panel, toolbar badge) and the
// demo page; the result goes through textContent only.

// English names from the browser's own CLDR data ("es" → "Spanish"). Made
// on the first refusal, not when the module loads: constructing it loads
// that data, 15–26 ms in a renderer, which every content-script injection
// and the service worker's start would otherwise pay (BENCHMARKS.md).
let names = null;

/** "Spanish" for "es"; null for null, a malformed or an unknown code. */
export function languageName(code) {
  if (typeof code !== 'string' || !/^[a-z]{2,3}$/.test(code)) return null;
  try {
    names ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
    return names.of(code) ?? null;
  } catch {
    return null;
  }
}

/**
 * "This page seems to be in Spanish: Saywho reads French and English".
 * subject: what was refused, "page" (extension) or "text" (demo).
 */
export function unsupportedLanguageMessage(code, subject = 'page') {
  const name = languageName(code);
  const language = name ?? 'a language Saywho does not read';
  return `This ${subject} seems to be in ${language}: Saywho reads French and English`;
}
