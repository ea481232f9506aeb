// The side panel (Chromium) / sidebar (Firefox): the who-said-what panel of
// the active tab's analysis, the legend, and the per-site switches. It reads
// the results the background keeps in storage.session and follows the active
// tab. `?tab=ID` pins it to one tab (used when the page is opened directly).
import { ext } from '../shared/browser-api.js';
import { MESSAGE } from '../shared/messages.js';
import { loadSettings, siteModeOf } from '../shared/settings.js';
import { renderPanel } from '../../ui/panel.js';
import { renderLegend, countByCategory } from '../../ui/legend.js';
import { spansOf } from '../../ui/categories.js';

const pinnedTab = Number.parseInt(new URLSearchParams(location.search).get('tab') ?? '', 10);
const elements = {
  analyze: document.getElementById('analyze'),
  status: document.getElementById('status'),
  site: document.getElementById('site'),
  siteOrigin: document.getElementById('site-origin'),
  legend: document.getElementById('legend'),
  panel: document.getElementById('panel'),
};
let tabId = Number.isInteger(pinnedTab) ? pinnedTab : undefined;
let origin = null;

const STATUS_TEXT = {
  analyzing: 'Analysing…',
  done: 'Analysis shown in the page.',
  'no-article': 'No article text found on this page.',
  error: 'The analysis failed.',
};

function setStatus(state, detail) {
  elements.status.dataset.state = state ?? '';
  elements.status.textContent = detail || STATUS_TEXT[state] || STATUS_TEXT.done;
}

async function currentTabId() {
  if (Number.isInteger(pinnedTab)) return pinnedTab;
  const [tab] = await ext.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function originOf(url) {
  try {
    const parsed = new URL(url);
    return /^https?:$/.test(parsed.protocol) ? parsed.origin : null;
  } catch {
    return null;
  }
}

async function renderSite() {
  elements.site.hidden = origin === null;
  if (origin === null) return;
  elements.siteOrigin.textContent = origin;
  const mode = siteModeOf(await loadSettings(), origin);
  for (const button of elements.site.querySelectorAll('button[data-mode]')) {
    button.setAttribute('aria-pressed', String(button.dataset.mode === mode));
  }
}

async function render() {
  tabId = await currentTabId();
  const key = `tab:${tabId}`;
  const { [key]: data } = tabId === undefined ? {} : await ext.storage.session.get(key);
  origin = originOf(data?.url);
  await renderSite();
  if (!data) {
    elements.legend.replaceChildren();
    elements.panel.replaceChildren();
    setStatus('', 'Press “Analyse this page”, the toolbar button or Alt+Shift+S.');
    return;
  }
  setStatus(data.status, data.detail);
  if (!data.analysisJson) return;
  let analysis;
  try {
    analysis = JSON.parse(data.analysisJson);
  } catch {
    setStatus('error', 'The stored analysis is unreadable.');
    return;
  }
  renderLegend(elements.legend, countByCategory(spansOf(analysis)));
  renderPanel(elements.panel, analysis, {
    onSelect: (item) => {
      if (typeof item?.id !== 'string') return;
      ext.runtime.sendMessage({ type: MESSAGE.select, id: item.id, tabId }).catch(() => {});
    },
  });
}

elements.analyze.addEventListener('click', async () => {
  setStatus('analyzing');
  const answer = await ext.runtime.sendMessage({ type: MESSAGE.run, tabId: await currentTabId() }).catch((error) => ({ ok: false, error: error.message }));
  if (!answer?.ok) setStatus('error', answer?.error ?? 'This page cannot be analysed (browser pages and stores are off limits).');
});

elements.site.addEventListener('click', async (event) => {
  const mode = event.target.closest?.('button[data-mode]')?.dataset.mode;
  if (!mode || origin === null) return;
  if (mode === 'always') {
    // Asked here, in the click, as browsers require a user gesture.
    const granted = await ext.permissions.request({ origins: [`${origin}/*`] });
    if (!granted) {
      setStatus('error', `Permission for ${origin} was not granted.`);
      return;
    }
  }
  await ext.runtime.sendMessage({ type: MESSAGE.siteMode, origin, mode });
  await renderSite();
});

ext.storage.onChanged.addListener((changes, area) => {
  if ((area === 'session' && `tab:${tabId}` in changes) || (area === 'local' && changes.settings)) render();
});
if (!Number.isInteger(pinnedTab)) {
  ext.tabs.onActivated.addListener(() => render());
}
render();
