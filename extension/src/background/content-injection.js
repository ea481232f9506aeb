// Putting the content script into a tab: on demand (toolbar button, keyboard
// shortcut; activeTab grants the access) and, for "always on this site",
// through registered content scripts.
import { ext } from '../shared/browser-api.js';
import { MESSAGE } from '../shared/messages.js';

// Our content script: one classic script bundled by build.mjs, so no file
// of the package has to be web-accessible. Readability (90 KB, globals the
// content script reads) is injected only when a page does not mark its
// article up (injectReader, on the content script's request).
export const CONTENT_FILES = ['content-script.js'];
export const READER_FILES = ['vendor/Readability.js', 'vendor/Readability-readerable.js'];
export const CONTENT_CSS = ['ui/styles.css'];

/** Loads Readability into the frame of the content script that asked for it. */
export async function injectReader(tabId, frameId = 0) {
  await ext.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: READER_FILES });
}

/**
 * Analyses the page in the tab (the toolbar button's and shortcut's action):
 * puts our content script into its top frame and our stylesheet into the
 * page, then asks the script to run. Both injections are idempotent, so
 * nothing asks the page first whether they are there: a second injection
 * keeps the script's first instance (content-script.js), and the stylesheet
 * replaces its own earlier copy. Asking first cost a round trip to the
 * page's renderer, which a page still loading answers slowly (BENCHMARKS.md).
 * The stylesheet is only needed once highlights are drawn: it is not waited
 * for before the script runs.
 */
export async function analyzeTab(tabId) {
  const target = { tabId };
  const styled = ext.scripting.removeCSS({ target, files: CONTENT_CSS })
    .then(() => ext.scripting.insertCSS({ target, files: CONTENT_CSS }));
  styled.catch(() => {}); // a tab we may not script fails executeScript below
  await ext.scripting.executeScript({ target, files: CONTENT_FILES }); // it listens once it has run
  const [answer] = await Promise.all([ext.tabs.sendMessage(tabId, { type: MESSAGE.run }), styled]);
  return answer;
}

function scriptIdFor(origin) {
  return `saywho-site-${origin.replace(/[^a-z0-9.-]/gi, '_')}`;
}

/** Registers (or removes) the automatic content script of one origin. */
export async function setSiteRegistration(origin, enabled) {
  const id = scriptIdFor(origin);
  const existing = await ext.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length > 0) await ext.scripting.unregisterContentScripts({ ids: [id] });
  if (!enabled) return;
  await ext.scripting.registerContentScripts([{
    id,
    matches: [`${origin}/*`],
    js: [...CONTENT_FILES, 'src/content/autostart.js'],
    css: CONTENT_CSS,
    runAt: 'document_idle',
    persistAcrossSessions: true,
  }]);
}

/** Brings registrations in line with the settings and granted permissions. */
export async function syncSiteRegistrations(settings) {
  const registered = await ext.scripting.getRegisteredContentScripts();
  const wanted = new Set();
  for (const [origin, mode] of Object.entries(settings.sites)) {
    if (mode !== 'always') continue;
    if (await ext.permissions.contains({ origins: [`${origin}/*`] })) wanted.add(scriptIdFor(origin));
  }
  const stale = registered.map((script) => script.id).filter((id) => id.startsWith('saywho-site-') && !wanted.has(id));
  if (stale.length) await ext.scripting.unregisterContentScripts({ ids: stale });
  for (const [origin, mode] of Object.entries(settings.sites)) {
    const id = scriptIdFor(origin);
    if (mode === 'always' && wanted.has(id) && !registered.some((script) => script.id === id)) {
      await setSiteRegistration(origin, true);
    }
  }
}
