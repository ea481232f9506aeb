// The one element Saywho adds to a page: a host at the end of <body> with a
// closed shadow root holding the hover card, so the page's styles and
// scripts cannot reach it and the article's own DOM stays untouched.

// Our stylesheet as text, bundled into the content script by build.mjs:
// the page cannot load it, so neither can this script fetch it.
import STYLES from '../../ui/styles.css';

const HOST_TAG = 'saywho-overlay';
let host = null;
let shadow = null;

function shadowStyles() {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(STYLES);
  return sheet;
}

/** The shadow root for the card, created on first use. */
export function overlayRoot() {
  if (!host?.isConnected || !shadow) createOverlay();
  return shadow;
}

function createOverlay() {
  host?.remove();
  host = document.createElement(HOST_TAG);
  // CSSOM writes are allowed under a strict style-src, unlike a style attribute.
  for (const [property, value] of [
    ['all', 'initial'], ['position', 'fixed'], ['top', '0'], ['left', '0'],
    ['width', '0'], ['height', '0'], ['z-index', '2147483647'],
  ]) host.style.setProperty(property, value, 'important');
  shadow = host.attachShadow({ mode: 'closed' });
  shadow.adoptedStyleSheets = [shadowStyles()];
  document.body.append(host);
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
