// The demo page: a host of the shared ui/ modules over its own text element.
// Text in (typed, pasted, sample or link) → engine → highlights, panels, JSON.

import { spansOf } from './ui/categories.js';
import { applyHighlights, clearHighlights, flashRanges, highlightsSupported, itemsAtPoint,
  rangesOfItem, scrollRangeIntoView } from './ui/highlights.js';
import { createNavigator } from './ui/navigate.js';
import { describeItem } from './ui/describe.js';
import { hideCard, showCard } from './ui/card.js';
import { renderPanel } from './ui/panel.js';
import { countByCategory, renderLegend } from './ui/legend.js';
import { unsupportedLanguageMessage } from './ui/languages.js';
import { rangesFromSpans, showText } from './text-view.js';
import { decodeState, encodeState } from './share.js';
import { ensureLanguage, loadEngine, timedAnalyze } from './engine.js';

const TYPING_DELAY_MS = 300;

const $ = (id) => document.getElementById(id);
const ui = {
  text: $('text'), lang: $('lang'), sample: $('sample'), status: $('status'), shareNote: $('share-note'),
  article: $('article'), legend: $('legend'), position: $('position'), prev: $('prev'), next: $('next'),
  speakers: $('speakers-panel'), accusations: $('accusations-panel'), reports: $('reports-panel'),
  json: $('json'), jsonNote: $('json-note'), copyJson: $('copy-json'), downloadJson: $('download-json'),
  downloads: $('download-list'), engineVersion: $('engine-version'),
};

const state = {
  engine: null,
  analysis: null,
  samples: [],       // [{id, file, lang, title, text}]
  sampleId: null,    // the sample shown, until the user edits it
  typingTimer: null,
  analysisRun: 0,    // numbers analyses, so a stale one (its pack still loading) is dropped
};

const navigator_ = createNavigator({
  onFocus(entry, index, total) {
    const rect = entry.range.getClientRects()[0] ?? entry.range.getBoundingClientRect();
    showCard(entry.item, state.analysis, rect);
    const { title } = describeItem(entry.item, state.analysis);
    ui.position.textContent = `${index + 1} of ${total}: ${entry.category}, ${title}`;
  },
});

// ---- analysis ----

function setStatus(message, isError = false) {
  ui.status.textContent = message;
  ui.status.classList.toggle('error', isError);
}

const LANGUAGE_NAMES = { fr: 'French', en: 'English' };

async function analyseNow() {
  clearTimeout(state.typingTimer);
  state.typingTimer = null;
  const run = ++state.analysisRun;
  const text = ui.text.value;
  const lang = ui.lang.value;
  updateLink();
  if (!state.engine) {
    showResults(text, null);  // the text stays readable without the engine
    return;
  }
  let result;
  try {
    await ensureLanguage(state.engine, text, lang,
      (needed) => setStatus(`Loading the ${LANGUAGE_NAMES[needed] ?? needed} language pack…`));
    if (run !== state.analysisRun) return;  // a newer text came meanwhile
    result = timedAnalyze(state.engine, text, lang);
  } catch (error) {
    if (run !== state.analysisRun) return;
    showResults(text, null);
    setStatus(error.code === 'unsupported_language'
      ? unsupportedLanguageMessage(error.language, 'text')
      : `Could not analyse this text: ${error.message}`, true);
    return;
  }
  showResults(text, result.analysis);
  const langNote = result.analysis.lang_detected ? `${result.analysis.lang} (detected)` : result.analysis.lang;
  const counts = `${result.analysis.quotes?.length ?? 0} quotes, ${result.analysis.accusations?.length ?? 0} accusations, ${result.analysis.reports?.length ?? 0} reports`;
  setStatus(`Analysed in ${result.ms.toFixed(1)} ms · language ${langNote} · ${counts}`);
  ui.status.dataset.ms = result.ms.toFixed(3);
  // Lets tests (and curious users) see that a new analysis is on screen.
  document.body.dataset.analyses = String(Number(document.body.dataset.analyses ?? 0) + 1);
}

function analyseSoon() {
  clearTimeout(state.typingTimer);
  state.typingTimer = setTimeout(analyseNow, TYPING_DELAY_MS);
}

function showResults(text, analysis) {
  state.analysis = analysis;
  hideCard();
  clearHighlights();
  navigator_.reset();
  ui.position.textContent = '';
  const textNode = showText(ui.article, text);
  state.shown = { textNode, text };
  const spans = analysis ? spansOf(analysis) : [];
  const { byCategory, skipped } = rangesFromSpans(textNode, text, spans);
  applyHighlights(byCategory);
  if (skipped > 0) console.warn(`saywho demo: ${skipped} span(s) did not match the text and are not drawn`);
  ui.article.dataset.skippedSpans = String(skipped);
  renderLegend(ui.legend, countByCategory(spans));

  const onSelect = (item) => selectItem(item);
  const empty = analysis ?? { entities: [], quotes: [], accusations: [], reports: [] };
  renderPanel(ui.speakers, empty, { onSelect, sections: ['speakers'] });
  renderPanel(ui.accusations, empty, { onSelect, sections: ['accusations'] });
  renderPanel(ui.reports, empty, { onSelect, sections: ['reports'] });
  ui.json.textContent = analysis ? JSON.stringify(analysis, null, 2) : '';
}

// A panel item was picked: show it in the text.
function selectItem(item) {
  let ranges = rangesOfItem(item);
  if (ranges.length === 0 && Array.isArray(item?.mentions)) {
    // An entity that is not drawn (accused, never quoted): its mentions.
    const spans = item.mentions.filter((m) => Number.isInteger(m?.start) && m.end > m.start)
      .map((m) => ({ category: 'speaker', start: m.start, end: m.end, item }));
    ranges = (rangesFromSpans(state.shown?.textNode, state.shown?.text ?? '', spans).byCategory.speaker ?? []).map((e) => e.range);
  }
  if (ranges.length === 0) {
    ui.position.textContent = 'This item has no place in the text to show.';
    return;
  }
  const first = ranges[0];
  scrollRangeIntoView(first);
  flashRanges(ranges);
  navigator_.moveTo(first);
  showCard(item, state.analysis, first.getClientRects()[0] ?? first.getBoundingClientRect());
  ui.position.textContent = describeItem(item, state.analysis).title;
}

// ---- the shareable link ----

function updateLink() {
  const { fragment, textShared } = encodeState({
    lang: ui.lang.value,
    sampleId: state.sampleId,
    text: ui.text.value,
  });
  history.replaceState(null, '', `#${fragment}`);
  ui.shareNote.textContent = textShared
    ? 'The address of this page now holds your text and options: copy it to share.'
    : 'The text is too long to fit in a link: the link holds the options only.';
}

async function applyFragment() {
  const { lang, sampleId, text } = decodeState(location.hash);
  ui.lang.value = lang;
  const sample = sampleId ? state.samples.find((s) => s.id === sampleId) : null;
  if (sample) {
    await showSample(sample, { keepLang: true });
  } else if (text !== null) {
    state.sampleId = null;
    ui.sample.value = '';
    ui.text.value = text;
    await analyseNow();
  } else if (state.samples.length > 0 && !ui.text.value) {
    await showSample(state.samples[0], { keepLang: true });
  } else {
    await analyseNow();
  }
}

// ---- samples ----

async function loadSamples() {
  const response = await fetch('samples/index.json');
  if (!response.ok) throw new Error(`samples/index.json: HTTP ${response.status}`);
  state.samples = await response.json();
  for (const sample of state.samples) {
    const option = document.createElement('option');
    option.value = sample.id;
    option.textContent = `${sample.lang.toUpperCase()}: ${sample.title}`;
    ui.sample.append(option);
  }
}

async function showSample(sample, { keepLang = false } = {}) {
  if (sample.text === undefined) {
    const response = await fetch(`samples/${encodeURIComponent(sample.file)}`);
    if (!response.ok) throw new Error(`sample ${sample.id}: HTTP ${response.status}`);
    sample.text = await response.text();
  }
  state.sampleId = sample.id;
  ui.sample.value = sample.id;
  if (!keepLang) ui.lang.value = 'auto';
  ui.text.value = sample.text;
  await analyseNow();
}

// ---- downloads (extension packages listed by build.mjs) ----

async function showDownloads() {
  let files = [];
  try {
    const response = await fetch('downloads.json');
    if (response.ok) files = await response.json();
  } catch {
    files = [];
  }
  const items = files.map((f) => {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = `downloads/${encodeURIComponent(f.file)}`;
    a.download = f.file;
    a.textContent = `${f.label} (${Math.round(f.bytes / 1024)} KiB)`;
    li.append(a);
    return li;
  });
  if (items.length === 0) {
    const li = document.createElement('li');
    li.textContent = 'Not built yet: run ./saywho build extension, then ./saywho build demo.';
    items.push(li);
  }
  ui.downloads.replaceChildren(...items);
}

// ---- JSON copy and download ----

async function copyJson() {
  try {
    await navigator.clipboard.writeText(ui.json.textContent);
    ui.jsonNote.textContent = 'Copied.';
  } catch {
    ui.jsonNote.textContent = 'Copy is not allowed here: open the JSON and select it.';
  }
}

function downloadJson() {
  const blob = new Blob([ui.json.textContent], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = 'saywho-analysis.json';
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  ui.jsonNote.textContent = 'Downloaded saywho-analysis.json.';
}

// ---- hover and keyboard ----

let pointerFrame = 0;
function onPointerMove(event) {
  if (pointerFrame) return;
  const { clientX: x, clientY: y } = event;
  pointerFrame = requestAnimationFrame(() => {
    pointerFrame = 0;
    const [top] = itemsAtPoint(x, y);
    if (!top) {
      hideCard();
      return;
    }
    const rects = [...top.range.getClientRects()];
    const under = rects.find((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
    showCard(top.item, state.analysis, under ?? rects[0] ?? top.range.getBoundingClientRect());
  });
}

function isTypingTarget(target) {
  return target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

function onKeyDown(event) {
  if (event.altKey || event.ctrlKey || event.metaKey || isTypingTarget(event.target)) return;
  if (event.key === 'n' || event.key === 'j') {
    navigator_.next();
    event.preventDefault();
  } else if (event.key === 'p' || event.key === 'k') {
    navigator_.previous();
    event.preventDefault();
  } else if (event.key === 'Escape') {
    hideCard();
    navigator_.reset();
    ui.position.textContent = '';
  }
}

// ---- start ----

function wireEvents() {
  ui.text.addEventListener('input', () => {
    state.sampleId = null;
    ui.sample.value = '';
    analyseSoon();
  });
  // A paste is a whole new text: no need to wait for more typing.
  ui.text.addEventListener('paste', () => setTimeout(analyseNow, 0));
  ui.lang.addEventListener('change', analyseNow);
  ui.sample.addEventListener('change', () => {
    const sample = state.samples.find((s) => s.id === ui.sample.value);
    if (sample) showSample(sample).catch((e) => setStatus(e.message, true));
  });
  ui.prev.addEventListener('click', () => navigator_.previous());
  ui.next.addEventListener('click', () => navigator_.next());
  ui.copyJson.addEventListener('click', copyJson);
  ui.downloadJson.addEventListener('click', downloadJson);
  ui.article.addEventListener('pointermove', onPointerMove);
  ui.article.addEventListener('pointerleave', () => hideCard());
  document.addEventListener('keydown', onKeyDown);
  window.addEventListener('hashchange', () => {
    // Our own replaceState never fires this: only a pasted or edited link.
    applyFragment().catch((e) => setStatus(e.message, true));
  });
}

async function start() {
  wireEvents();
  renderLegend(ui.legend);
  if (!highlightsSupported()) {
    setStatus('This browser lacks the CSS Custom Highlight API: results show in the panels only.', true);
  }
  showDownloads();
  const samplesLoaded = loadSamples().catch((e) => setStatus(`Samples unavailable: ${e.message}`, true));
  try {
    state.engine = await loadEngine();
    ui.engineVersion.textContent = state.engine.version;
    setStatus('Engine ready.');
  } catch (error) {
    setStatus(error.message, true);
  }
  await samplesLoaded;
  await applyFragment();
  document.documentElement.dataset.ready = 'true';
}

start();
