// The legend of the highlight categories: a swatch drawn with the same
// styles as the highlights (styles.css), the label and what it marks.

import { CATEGORIES } from './categories.js';

/**
 * Fills container with the legend (replacing its content). counts, when
 * given, is {quote: 3, ...}: shown next to each label.
 */
export function renderLegend(container, counts = null) {
  const ul = document.createElement('ul');
  ul.className = 'saywho-legend';
  ul.setAttribute('aria-label', 'Highlight legend');
  for (const category of CATEGORIES) {
    const li = document.createElement('li');
    li.className = 'saywho-legend-item';
    const swatch = document.createElement('span');
    swatch.className = `saywho-swatch saywho-swatch-${category.key}`;
    swatch.setAttribute('aria-hidden', 'true');
    swatch.textContent = 'Abc';
    const label = document.createElement('span');
    label.className = 'saywho-legend-label';
    const n = counts?.[category.key];
    label.textContent = Number.isInteger(n) ? `${category.label} (${n})` : category.label;
    li.title = category.description;
    li.append(swatch, label);
    ul.append(li);
  }
  container.replaceChildren(ul);
  return ul;
}

/** Counts of spans by category, from spansOf(analysis). */
export function countByCategory(spans) {
  const counts = {};
  for (const category of CATEGORIES) counts[category.key] = 0;
  for (const span of spans) if (span.category in counts) counts[span.category] += 1;
  return counts;
}
