// The one element Saywho adds to a page: a host at the end of <body> with a
// closed shadow root holding the hover card, so the page's styles and
// scripts cannot reach it and the article's own DOM stays untouched.
import { ext } from '../shared/browser-api.js';

const HOST_TAG = 'saywho-overlay';
let host = null;
let shadow = null;
let creating = null; // the creation under way, so concurrent callers share it

async function shadowStyles() {
  // Our own packaged stylesheet, read from the extension (not the network).
  const response = await fetch(ext.runtime.getURL('ui/styles.css'));
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(await response.text());
  return sheet;
}

/** The shadow root for the card, created on first use. */
export function overlayRoot() {
  if (host?.isConnected && shadow) return Promise.resolve(shadow);
  creating ??= createOverlay().finally(() => { creating = null; });
  return creating;
}

async function createOverlay() {
  host?.remove();
  const sheet = await shadowStyles();
  host = document.createElement(HOST_TAG);
  // CSSOM writes are allowed under a strict style-src, unlike a style attribute.
  for (const [property, value] of [
    ['all', 'initial'], ['position', 'fixed'], ['top', '0'], ['left', '0'],
    ['width', '0'], ['height', '0'], ['z-index', '2147483647'],
  ]) host.style.setProperty(property, value, 'important');
  shadow = host.attachShadow({ mode: 'closed' });
  shadow.adoptedStyleSheets = [sheet];
  document.body.append(host);
  return shadow;
}

/** The host element, for the text collection to skip. */
export function overlayHost() {
  return host;
}

export function removeOverlay() {
  host?.remove();
  host = null;
  shadow = null;
}

// Colour overrides from the options page, as highlight rules of their own.
let colorSheet = null;
export function applyColorOverrides(colors) {
  const rules = Object.entries(colors)
    .filter(([, color]) => /^#[0-9a-f]{6}$/i.test(color))
    .map(([category, color]) => `::highlight(saywho-${category}) { background-color: ${color} !important; }`);
  if (!colorSheet) {
    colorSheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, colorSheet];
  }
  colorSheet.replaceSync(rules.join('\n'));
}
