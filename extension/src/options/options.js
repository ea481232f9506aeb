// Options page: which categories to highlight, their colours, and the list
// of per-site modes (with a way to remove one). Saved to storage.local; the
// content scripts follow the change at once.
import { ext } from '../shared/browser-api.js';
import { MESSAGE } from '../shared/messages.js';
import { loadSettings, saveSettings } from '../shared/settings.js';
import { CATEGORIES } from '../../ui/categories.js';

const tbody = document.getElementById('categories');
const sitesList = document.getElementById('sites');
const noSites = document.getElementById('no-sites');
const saved = document.getElementById('saved');

function cell(...children) {
  const td = document.createElement('td');
  td.append(...children);
  return td;
}

async function save(update) {
  const settings = await loadSettings();
  update(settings);
  await saveSettings(settings);
  saved.textContent = 'Saved.';
}

function categoryRow(category, settings) {
  const row = document.createElement('tr');
  const name = document.createElement('th');
  name.scope = 'row';
  name.textContent = category.label;
  name.title = category.description;

  const show = document.createElement('input');
  show.type = 'checkbox';
  show.checked = settings.categories[category.key];
  show.setAttribute('aria-label', `Show ${category.label} highlights`);
  show.addEventListener('change', () => save((s) => { s.categories[category.key] = show.checked; }));

  const color = document.createElement('input');
  color.type = 'color';
  color.value = settings.colors[category.key] || category.tint;
  color.setAttribute('aria-label', `${category.label} colour`);
  color.addEventListener('change', () => save((s) => { s.colors[category.key] = color.value; }));

  const reset = document.createElement('button');
  reset.type = 'button';
  reset.textContent = 'Reset';
  reset.setAttribute('aria-label', `Reset the ${category.label} colour`);
  reset.addEventListener('click', () => {
    color.value = category.tint;
    save((s) => { s.colors[category.key] = ''; });
  });
  row.append(name, cell(show), cell(color), cell(reset));
  return row;
}

function siteItem(origin, mode) {
  const li = document.createElement('li');
  const label = document.createElement('span');
  label.textContent = `${origin}: ${mode === 'always' ? 'always analysed' : 'off'} `;
  const remove = document.createElement('button');
  remove.type = 'button';
  remove.textContent = 'Forget';
  remove.setAttribute('aria-label', `Forget the setting for ${origin}`);
  remove.addEventListener('click', async () => {
    await ext.runtime.sendMessage({ type: MESSAGE.siteMode, origin, mode: 'default' });
    if (mode === 'always') await ext.permissions.remove({ origins: [`${origin}/*`] }).catch(() => {});
    render();
  });
  li.append(label, remove);
  return li;
}

async function render() {
  const settings = await loadSettings();
  tbody.replaceChildren(...CATEGORIES.map((category) => categoryRow(category, settings)));
  const sites = Object.entries(settings.sites);
  noSites.hidden = sites.length > 0;
  sitesList.replaceChildren(...sites.map(([origin, mode]) => siteItem(origin, mode)));
}

render();
