// User settings kept in storage.local: which categories to highlight, their
// colours, and per-site modes ("always" analyse, "off"). Defaults live here
// only; the options page, the content script and the background read them
// through `loadSettings` so they agree.
import { ext } from './browser-api.js';

export const CATEGORY_NAMES = ['quote', 'speaker', 'accusation', 'report'];

export const DEFAULT_SETTINGS = Object.freeze({
  // Category → shown or not.
  categories: Object.freeze({ quote: true, speaker: true, accusation: true, report: true }),
  // Category → colour override ('' keeps the palette of ui/styles.css).
  colors: Object.freeze({ quote: '', speaker: '', accusation: '', report: '' }),
  // Origin ("https://example.org") → 'always' | 'off'.
  sites: Object.freeze({}),
});

const COLOR = /^#[0-9a-f]{6}$/i;

// Returns settings with every field present and valid, whatever storage held.
export function normalizeSettings(stored) {
  const source = typeof stored === 'object' && stored !== null ? stored : {};
  const categories = { ...DEFAULT_SETTINGS.categories };
  const colors = { ...DEFAULT_SETTINGS.colors };
  for (const name of CATEGORY_NAMES) {
    if (typeof source.categories?.[name] === 'boolean') categories[name] = source.categories[name];
    if (typeof source.colors?.[name] === 'string' && COLOR.test(source.colors[name])) colors[name] = source.colors[name];
  }
  const sites = {};
  for (const [origin, mode] of Object.entries(source.sites ?? {})) {
    if (mode === 'always' || mode === 'off') sites[origin] = mode;
  }
  return { categories, colors, sites };
}

export async function loadSettings() {
  const { settings } = await ext.storage.local.get('settings');
  return normalizeSettings(settings);
}

export async function saveSettings(settings) {
  await ext.storage.local.set({ settings: normalizeSettings(settings) });
}

export function siteModeOf(settings, origin) {
  return settings.sites[origin] ?? 'default';
}
