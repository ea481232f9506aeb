// The small floating card shown on hover or focus of a highlight. One card
// element per document, built with DOM APIs and filled with textContent only
// (analysis text comes from arbitrary pages and is never parsed as HTML).

import { describeItem } from './describe.js';

const CARD_ID = 'saywho-card';
const GAP = 6; // px between the anchor and the card
const MARGIN = 8; // px kept free at the viewport edges

let card = null;

function ensureCard(root) {
  if (card && card.isConnected && (!root || card.parentNode === root)) return card;
  card?.remove();
  card = document.createElement('div');
  card.id = CARD_ID;
  card.className = 'saywho-card';
  card.setAttribute('role', 'tooltip');
  card.hidden = true;
  (root ?? document.body).append(card);
  return card;
}

/**
 * Shows the card of an analysis item next to anchorRect (a DOMRect in
 * viewport coordinates, e.g. range.getBoundingClientRect()).
 * options.root: where to attach the card (default document.body; the
 * extension passes its shadow root). Returns the card element, whose id the
 * host may reference with aria-describedby.
 */
export function showCard(item, analysis, anchorRect, options = {}) {
  const el = ensureCard(options.root);
  const { kind, title, lines } = describeItem(item, analysis);
  el.dataset.kind = kind ?? 'unknown';

  const heading = document.createElement('p');
  heading.className = 'saywho-card-title';
  heading.textContent = title;
  const children = [heading];
  for (const line of lines) {
    const p = document.createElement('p');
    p.className = 'saywho-card-line';
    p.textContent = line;
    children.push(p);
  }
  el.replaceChildren(...children);
  el.hidden = false;
  placeCard(el, anchorRect);
  return el;
}

export function hideCard() {
  if (card) card.hidden = true;
}

/** The card element when it is shown, else null. */
export function visibleCard() {
  return card && !card.hidden && card.isConnected ? card : null;
}

// Below the anchor when it fits, else above; clamped to the viewport. The
// card is position: fixed (styles.css), so viewport coordinates apply.
function placeCard(el, anchorRect) {
  const viewportWidth = document.documentElement.clientWidth || window.innerWidth;
  const viewportHeight = document.documentElement.clientHeight || window.innerHeight;
  el.style.maxWidth = `${Math.max(160, Math.min(360, viewportWidth - 2 * MARGIN))}px`;
  el.style.left = '0px';
  el.style.top = '0px';
  const { width, height } = el.getBoundingClientRect();
  const anchor = anchorRect ?? { left: MARGIN, top: MARGIN, bottom: MARGIN };

  let top = anchor.bottom + GAP;
  if (top + height > viewportHeight - MARGIN && anchor.top - GAP - height >= MARGIN) {
    top = anchor.top - GAP - height;
  }
  top = Math.max(MARGIN, Math.min(top, viewportHeight - MARGIN - height));
  const left = Math.max(MARGIN, Math.min(anchor.left, viewportWidth - MARGIN - width));
  el.style.left = `${Math.round(left)}px`;
  el.style.top = `${Math.round(top)}px`;
}
