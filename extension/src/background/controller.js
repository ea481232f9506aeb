// The background logic shared by Chromium (service worker) and Firefox
// (event page): answers content scripts and the panel, runs the toolbar
// button and the keyboard shortcut, keeps per-site modes. The engine itself
// is given by the platform (offscreen document or worker).
import { ext } from '../shared/browser-api.js';
import {
  MESSAGE, MessageError, validateMessage, isOwnSender, isExtensionPage, errorAnswer,
} from '../shared/messages.js';
import { languageName, unsupportedLanguageMessage } from '../../ui/languages.js';
import { loadSettings, saveSettings } from '../shared/settings.js';
import { analyzeTab, injectReader, setSiteRegistration, syncSiteRegistrations } from './content-injection.js';

const EXTENSION_ORIGIN = new URL(ext.runtime.getURL('/')).origin;

// Per-tab results for the panel live in storage.session: it survives the
// service worker being stopped, and the panel listens to its changes.
const tabKey = (tabId) => `tab:${tabId}`;

async function storeTabData(tabId, data) {
  const key = tabKey(tabId);
  const { [key]: previous } = await ext.storage.session.get(key);
  await ext.storage.session.set({ [key]: { ...previous, ...data, updatedAt: Date.now() } });
}

async function activeTabId() {
  const [tab] = await ext.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id;
}

// The toolbar button's, the shortcut's and the panel's action. The engine
// starts loading at once, while the content script is injected and collects
// the page's text, rather than when that text arrives.
function startAnalysis(engine, tabId) {
  engine.start().catch(() => {}); // a failure shows in the analysis itself
  return analyzeTab(tabId);
}

// The toolbar button of a tab whose page is in a language Saywho does not
// read: its language code as the badge ("ES"), the full sentence as the
// button's title; back to the default when a later analysis succeeds.
async function showLanguageBadge(tabId, language) {
  await Promise.all([
    ext.action.setBadgeText({ tabId, text: languageName(language) ? language.toUpperCase() : '?' }),
    ext.action.setTitle({ tabId, title: unsupportedLanguageMessage(language) }),
  ]);
}

async function clearLanguageBadge(tabId) {
  await Promise.all([
    ext.action.setBadgeText({ tabId, text: '' }),
    ext.action.setTitle({ tabId, title: ext.runtime.getManifest().action?.default_title ?? 'Saywho' }),
  ]);
}

async function handle(message, sender, engine) {
  const fromExtensionPage = isExtensionPage(sender, ext.runtime.id, EXTENSION_ORIGIN);
  const tabId = sender.tab?.id;
  switch (message.type) {
    case MESSAGE.analyze: {
      if (tabId === undefined) throw new MessageError('analyze comes from a tab');
      let analysis;
      try {
        analysis = await engine.analyze(message.text, message.lang);
      } catch (error) {
        if (error?.code === 'unsupported_language') await showLanguageBadge(tabId, error.language).catch(() => {});
        throw error;
      }
      await clearLanguageBadge(tabId).catch(() => {});
      return { ok: true, analysis };
    }
    case MESSAGE.prepare:
      // "Always on this site" pages say so before collecting their text.
      if (tabId === undefined) throw new MessageError('prepare comes from a tab');
      engine.start().catch(() => {}); // a failure shows in the analysis itself
      return { ok: true };
    case MESSAGE.needReader:
      // Into the asking frame only, with the access the page was opened with
      // (activeTab, or the site's permission for "always").
      if (tabId === undefined) throw new MessageError('need-reader comes from a tab');
      await injectReader(tabId, sender.frameId ?? 0);
      return { ok: true };
    case MESSAGE.result:
      if (tabId === undefined) throw new MessageError('result comes from a tab');
      await storeTabData(tabId, {
        status: 'done', detail: '', url: message.url, title: message.title, analysisJson: message.analysisJson,
      });
      return { ok: true };
    case MESSAGE.status:
      if (tabId === undefined) throw new MessageError('status comes from a tab');
      await storeTabData(tabId, { status: message.state, detail: message.detail });
      return { ok: true };
    case MESSAGE.run: {
      if (!fromExtensionPage) throw new MessageError('run comes from an extension page');
      const target = message.tabId ?? await activeTabId();
      if (target === undefined) throw new MessageError('no active tab');
      return startAnalysis(engine, target);
    }
    case MESSAGE.select: {
      if (!fromExtensionPage) throw new MessageError('select comes from an extension page');
      const target = message.tabId ?? await activeTabId();
      return ext.tabs.sendMessage(target, { type: MESSAGE.select, id: message.id });
    }
    case MESSAGE.siteMode: {
      if (!fromExtensionPage) throw new MessageError('site modes come from an extension page');
      const settings = await loadSettings();
      if (message.mode === 'default') delete settings.sites[message.origin];
      else settings.sites[message.origin] = message.mode;
      await saveSettings(settings);
      const granted = await ext.permissions.contains({ origins: [`${message.origin}/*`] });
      await setSiteRegistration(message.origin, message.mode === 'always' && granted);
      return { ok: true, registered: message.mode === 'always' && granted };
    }
    default:
      return null; // not for the background (e.g. the offscreen engine's messages)
  }
}

/**
 * Wires the background. engine: {start() → Promise, analyze(text, lang) →
 * Promise<analysis>}. Returns analyzeTab so platforms (and tests, through
 * the service worker) run the toolbar button's exact code path.
 */
export function startBackground(engine) {
  ext.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    if (!isOwnSender(sender, ext.runtime.id)) return false;
    if (raw?.type === MESSAGE.engineAnalyze) return false; // the offscreen host's
    let message;
    try {
      message = validateMessage(raw);
    } catch (error) {
      sendResponse({ ok: false, error: error.message });
      return false;
    }
    handle(message, sender, engine).then(
      (answer) => { if (answer !== null) sendResponse(answer); },
      (error) => sendResponse(errorAnswer(error)),
    );
    return true;
  });

  const runOnTab = (tab) => {
    if (tab?.id === undefined) return;
    startAnalysis(engine, tab.id).catch((error) => storeTabData(tab.id, { status: 'error', detail: String(error?.message ?? error) }));
  };
  ext.action.onClicked.addListener(runOnTab);
  ext.commands.onCommand.addListener((command, tab) => {
    if (command === 'analyze-page') runOnTab(tab);
  });
  ext.tabs.onRemoved.addListener((tabId) => { ext.storage.session.remove(tabKey(tabId)); });
  ext.permissions.onRemoved.addListener(async () => syncSiteRegistrations(await loadSettings()));
  loadSettings().then(syncSiteRegistrations).catch(() => {});
  return { analyzeTab: (tabId) => startAnalysis(engine, tabId) };
}
