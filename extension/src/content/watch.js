// Watches the page for changes that call for a new analysis: article text
// loaded late, or a single-page app swapping the article on navigation
// (history API changes show up as DOM changes plus a new URL). Changes are
// debounced, and mutations inside Saywho's own overlay are ignored.

const DEBOUNCE_MS = 700;
// Only text-bearing changes matter; attribute flips (classes, styles) are
// too frequent on news sites and rarely change the article.
const OBSERVE = { childList: true, characterData: true, subtree: true };

// True when every mutation is inside our overlay or is the overlay itself
// being added or removed.
function touchesOnly(mutations, ignored) {
  if (!ignored) return false;
  const isOurs = (node) => node === ignored || ignored.contains(node);
  return mutations.every((m) => isOurs(m.target)
    || (m.type === 'childList' && [...m.addedNodes, ...m.removedNodes].every(isOurs)));
}

/**
 * Calls onChange (debounced) after the page's text changes or its URL does.
 * ignore(): returns a node whose subtree changes are ours. Returns stop().
 */
export function watchPage({ onChange, ignore }) {
  let timer = 0;
  let lastUrl = location.href;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(onChange, DEBOUNCE_MS);
  };
  const observer = new MutationObserver((mutations) => {
    if (touchesOnly(mutations, ignore())) return;
    schedule();
  });
  observer.observe(document.body, OBSERVE);
  // Navigation API (Chromium) and popstate (everywhere) for history changes;
  // pushState alone produces no event in the content world, but it comes
  // with DOM changes that the observer catches, and the URL check below.
  const onNavigate = () => { if (location.href !== lastUrl) { lastUrl = location.href; schedule(); } };
  window.addEventListener('popstate', onNavigate);
  globalThis.navigation?.addEventListener?.('navigatesuccess', onNavigate);
  return () => {
    clearTimeout(timer);
    observer.disconnect();
    window.removeEventListener('popstate', onNavigate);
    globalThis.navigation?.removeEventListener?.('navigatesuccess', onNavigate);
  };
}
