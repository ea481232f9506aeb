// The content script's orchestration: find the article, collect its text,
// ask the background for the analysis, draw the highlights, show cards on
// hover, answer the panel, and re-run when the article changes (late
// loading, single-page-app navigation).
import { ext } from '../shared/browser-api.js';
import { MESSAGE, MAX_TEXT_LENGTH, validateMessage, MessageError } from '../shared/messages.js';
import { loadSettings, siteModeOf } from '../shared/settings.js';
import { spansOf } from '../../ui/categories.js';
import { unsupportedLanguageMessage } from '../../ui/languages.js';
import {
  applyHighlights, clearHighlights, itemsAtPoint, drawnEntries, rangesOfItem,
  flashRanges, scrollRangeIntoView, setFocusRange,
} from '../../ui/highlights.js';
import { showCard, hideCard } from '../../ui/card.js';
import { findArticle, markedUpArticle } from './find-article.js';
import { collectText } from './collect-text.js';
import { anchorSpans, rangesForSpan } from './anchor.js';
import { overlayRoot, overlayHost, removeOverlay, applyColorOverrides } from './overlay.js';
import { watchPage } from './watch.js';

// Below this many characters there is no article to speak of.
const MIN_TEXT_LENGTH = 200;

const state = {
  collected: null,   // the last collectText() result
  container: null,   // the element it came from
  url: null,         // location.href when it was collected
  analysis: null,    // the engine's answer for collected.text
  refusedText: null, // a text refused as not French or English: not sent again
  itemsById: new Map(),
  settings: null,
  running: null,     // the promise of the analysis under way
  runAgain: false,   // the page changed during that analysis
  generation: 0,     // bumped by stop(): answers for older runs are dropped
  stopWatching: null,
};

function pageLang() {
  const lang = (document.documentElement.lang || '').toLowerCase();
  if (lang.startsWith('fr')) return 'fr';
  if (lang.startsWith('en')) return 'en';
  return 'auto';
}

// Sends a status to the panel, once per change (a page whose DOM keeps
// changing would otherwise repeat "no article" endlessly).
let lastStatus = '';
let lastDetail = ''; // why the last run gave no analysis, for the run's answer
function reportStatus(stateName, detail = '') {
  lastDetail = detail;
  const status = `${stateName}:${detail}`;
  if (status === lastStatus) return;
  lastStatus = status;
  ext.runtime.sendMessage({ type: MESSAGE.status, state: stateName, detail }).catch(() => {});
}

function sameNodes(a, b) {
  return a.segments.length === b.segments.length && a.segments.every((segment, i) => segment.node === b.segments[i].node);
}

// When the article element is still there with the same text, the page
// changed elsewhere (ads, comments, a ticker): keep the analysis, and only
// re-anchor if the article's text nodes were replaced. Returns true when
// handled, sparing Readability and the engine.
function reuseCurrentAnalysis() {
  const { container, collected, analysis } = state;
  if (!analysis || !container?.isConnected || state.url !== location.href) return false;
  const again = collectText(container, { maxChars: MAX_TEXT_LENGTH, ownHost: overlayHost() });
  if (again.text !== collected.text) return false;
  if (!sameNodes(again, collected)) {
    state.collected = again;
    draw();
  }
  return true;
}

// Readability, for a page that does not mark its article up: the
// background injects it on request, once per page. Without it (injection
// refused, e.g. the tab's access has lapsed), the heuristics still run.
async function loadReader() {
  if (typeof globalThis.Readability === 'function') return;
  await ext.runtime.sendMessage({ type: MESSAGE.needReader }).catch(() => null);
}

function indexItems(analysis) {
  const byId = new Map();
  for (const key of ['entities', 'quotes', 'accusations', 'reports']) {
    for (const item of Array.isArray(analysis[key]) ? analysis[key] : []) {
      if (typeof item?.id === 'string') byId.set(item.id, item);
    }
  }
  return byId;
}

function draw() {
  const { analysis, collected, settings } = state;
  if (!analysis || !collected) return;
  const spans = spansOf(analysis).filter((span) => settings.categories[span.category] !== false);
  const byCategory = {};
  for (const { category, item, ranges } of anchorSpans(collected, spans)) {
    for (const range of ranges) (byCategory[category] ??= []).push({ range, item });
  }
  applyHighlights(byCategory);
  applyColorOverrides(settings.colors);
}

async function analyze() {
  // Read while the text is collected and analysed: only drawing needs them
  // (a page analysed before keeps the ones storage.onChanged brought).
  const settingsRead = loadSettings().then((settings) => { state.settings = settings; });
  settingsRead.catch(() => {}); // awaited before drawing; a run that draws nothing ignores it
  if (!document.body) {
    // XML documents, framesets: nothing we can read as an article.
    reportStatus('no-article', 'This page has no body to analyse.');
    return null;
  }
  if (reuseCurrentAnalysis()) return state.analysis;
  if (!markedUpArticle(document)) await loadReader();
  const { container } = findArticle(document);
  const collected = collectText(container, { maxChars: MAX_TEXT_LENGTH, ownHost: overlayHost() });
  if (collected.text.length < MIN_TEXT_LENGTH) {
    clearAll();
    reportStatus('no-article', 'No article text found on this page.');
    return null;
  }
  if (state.collected?.text === collected.text && state.analysis) {
    // Same text from another element (e.g. re-rendered): re-anchor only.
    state.collected = collected;
    state.container = container;
    state.url = location.href;
    await settingsRead;
    draw();
    return state.analysis;
  }
  if (collected.text === state.refusedText) return null;  // the page changed elsewhere
  reportStatus('analyzing');
  const generation = state.generation;
  const response = await ext.runtime.sendMessage({ type: MESSAGE.analyze, text: collected.text, lang: pageLang() });
  await settingsRead;
  if (generation !== state.generation) return null; // switched off meanwhile
  if (response?.code === 'unsupported_language') {
    // Not French or English: say so, and leave no highlights of an older text.
    clearAll();
    state.refusedText = collected.text;
    reportStatus('unsupported-language', unsupportedLanguageMessage(response.language));
    return null;
  }
  if (!response?.ok) {
    reportStatus('error', response?.error ?? 'The analysis failed.');
    return null;
  }
  state.collected = collected;
  state.container = container;
  state.url = location.href;
  state.analysis = response.analysis;
  state.itemsById = indexItems(response.analysis);
  draw();
  overlayRoot();
  lastStatus = 'done:'; // the background records "done" with the result
  ext.runtime.sendMessage({
    type: MESSAGE.result,
    analysisJson: JSON.stringify(response.analysis),
    url: location.href,
    title: document.title,
  }).catch(() => {});
  return response.analysis;
}

/**
 * Runs one analysis at a time. A request during a run (the page changed
 * while the engine worked, e.g. an SPA route change) runs once more after it,
 * so the newest text is always the one shown.
 */
function run() {
  if (state.running) {
    state.runAgain = true;
    return state.running;
  }
  state.runAgain = false;
  state.running = analyze()
    .catch((error) => { reportStatus('error', String(error?.message ?? error)); return null; })
    .finally(() => {
      state.running = null;
      if (state.runAgain) run();
    });
  startWatching();
  return state.running;
}

function clearAll() {
  clearHighlights();
  hideCard();
  state.analysis = null;
  state.collected = null;
  state.itemsById = new Map();
}

function stop() {
  state.generation += 1;
  state.runAgain = false;
  clearAll();
  state.stopWatching?.();
  state.stopWatching = null;
  removeOverlay();
}

function startWatching() {
  if (state.stopWatching || !document.body) return;
  state.stopWatching = watchPage({
    ignore: () => overlayHost(),
    onChange: () => { if (state.analysis || state.collected === null) run(); },
  });
}

// ---- Cards on hover and on caret focus ----

async function showCardFor(entry, anchorRect) {
  const root = overlayRoot();
  showCard(entry.item, state.analysis, anchorRect, { root });
}

function rectAtPoint(range, x, y) {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return rect;
  }
  return range.getBoundingClientRect();
}

let pointerFrame = 0;
function onPointerMove(event) {
  if (!state.analysis || pointerFrame) return;
  const { clientX: x, clientY: y } = event;
  pointerFrame = requestAnimationFrame(() => {
    pointerFrame = 0;
    const [top] = itemsAtPoint(x, y);
    if (top?.item) showCardFor(top, rectAtPoint(top.range, x, y));
    else hideCard();
  });
}

// Caret browsing and selections: the highlight holding the caret gets the
// focus mark and its card, so keyboard users reach the same information.
function onSelectionChange() {
  if (!state.analysis) return;
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || !selection.isCollapsed) return;
  const entry = drawnEntries().find((e) => {
    try { return e.range.isPointInRange(selection.focusNode, selection.focusOffset); } catch { return false; }
  });
  setFocusRange(entry?.range ?? null);
  if (entry?.item) showCardFor(entry, entry.range.getBoundingClientRect());
}

// ---- The panel picked an item ----

async function select(id) {
  const item = state.itemsById.get(id);
  if (!item) return false;
  let ranges = rangesOfItem(item);
  if (ranges.length === 0 && Array.isArray(item.mentions)) {
    // An entity: its mentions are drawn as speaker highlights of the entity.
    ranges = drawnEntries().filter((e) => e.item === item).map((e) => e.range);
    // One that is not drawn (accused, never quoted): its mentions in the text.
    if (ranges.length === 0 && state.collected) {
      ranges = item.mentions.flatMap((m) => rangesForSpan(state.collected, m?.start, m?.end));
    }
  }
  if (ranges.length === 0) return false;
  scrollRangeIntoView(ranges[0]);
  flashRanges(ranges);
  await showCardFor({ item }, ranges[0].getBoundingClientRect());
  return true;
}

// ---- Messages from the background ----

function onMessage(message, sender, sendResponse) {
  if (sender.id !== ext.runtime.id) return false;
  let clean;
  try {
    clean = validateMessage(message);
  } catch (error) {
    if (error instanceof MessageError) sendResponse({ ok: false, error: error.message });
    return false;
  }
  switch (clean.type) {
    case MESSAGE.run:
      run().then((analysis) => sendResponse(analysis ? { ok: true } : { ok: false, error: lastDetail || undefined }));
      return true;
    case MESSAGE.select:
      select(clean.id).then((found) => sendResponse({ ok: found }));
      return true;
    case MESSAGE.clear:
      stop();
      sendResponse({ ok: true });
      return false;
    default:
      return false;
  }
}

// ---- Start ----

/** Listens to the background and to the reader; called once, on injection. */
export function listen() {
  ext.runtime.onMessage.addListener(onMessage);
  document.addEventListener('mousemove', onPointerMove, { passive: true, capture: true });
  document.addEventListener('selectionchange', onSelectionChange);
  ext.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !changes.settings) return;
    loadSettings().then((settings) => {
      state.settings = settings;
      if (siteModeOf(settings, location.origin) === 'off') stop();
      else draw();
    });
  });
}

/** "Always on this site": analyses on load unless the site is switched off. */
export async function startAutomatically() {
  const settings = await loadSettings();
  if (siteModeOf(settings, location.origin) === 'off') return;
  // The engine starts while the article is found and its text collected.
  ext.runtime.sendMessage({ type: MESSAGE.prepare }).catch(() => {});
  run();
}
