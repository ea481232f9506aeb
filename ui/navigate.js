// Keyboard travel through the drawn highlights, in document order: the host
// binds keys or buttons to next()/previous() and shows the entry it gets
// (focus mark, scroll, card). Shared by the demo page and the extension.

import { drawnEntries, scrollRangeIntoView, setFocusRange } from './highlights.js';

/**
 * A cursor over the highlights drawn now. onFocus({category, range, item},
 * index, total) is called after the entry is marked and scrolled to.
 * Call reset() after drawing new highlights.
 */
export function createNavigator({ onFocus } = {}) {
  let index = -1;

  function go(step) {
    const entries = drawnEntries();
    if (entries.length === 0) {
      index = -1;
      return null;
    }
    // Wrap around at both ends, like find-in-page.
    index = index < 0 ? (step > 0 ? 0 : entries.length - 1) : (index + step + entries.length) % entries.length;
    const entry = entries[index];
    setFocusRange(entry.range);
    scrollRangeIntoView(entry.range);
    onFocus?.(entry, index, entries.length);
    return entry;
  }

  return {
    next: () => go(1),
    previous: () => go(-1),
    /** Moves the cursor to a given range (e.g. after a click), without events. */
    moveTo(range) {
      index = drawnEntries().findIndex((e) => e.range === range);
    },
    reset() {
      index = -1;
      setFocusRange(null);
    },
    get index() {
      return index;
    },
  };
}
