// Text collection: walks the live text nodes of one container element and
// builds the text the engine analyses, plus a map from every text offset back
// to (text node, offset in node). It only reads the DOM, never changes it.
//
// The text follows what a reader sees: runs of collapsible whitespace become
// one space, blocks (paragraphs, headings, list items…) are separated by a
// blank line, hidden and non-article parts (navigation, forms, comments,
// advertising) are left out.

// Elements whose text is never article prose.
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH',
  'CANVAS', 'VIDEO', 'AUDIO', 'SELECT', 'TEXTAREA', 'INPUT', 'BUTTON', 'FORM',
  'NAV', 'ASIDE', 'FOOTER', 'DIALOG',
]);
const SKIPPED_ROLES = new Set(['navigation', 'complementary', 'banner', 'contentinfo', 'dialog', 'alert', 'search', 'menu', 'toolbar']);
// Class or id words of page furniture inside article containers.
const FURNITURE = /(^|[\s_-])(comments?|advert\w*|ads?|promo|related|share|sharing|social|newsletter|sidebar|outbrain|taboola|sponsor\w*|cookie\w*|paywall)($|[\s_-])/i;
// Elements that start a new block of text.
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'BODY', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'BR', 'DETAILS', 'SUMMARY',
]);
const COLLAPSIBLE = /[ \t\n\r\f]/;
const BLOCK_BREAK = '\n\n';

export const DEFAULT_MAX_CHARS = 200_000;

function isSkippedElement(element, ownHost) {
  if (element === ownHost) return true;
  if (SKIPPED_TAGS.has(element.tagName.toUpperCase())) return true;
  if (element.hidden || element.getAttribute('aria-hidden') === 'true') return true;
  const role = element.getAttribute('role');
  if (role && SKIPPED_ROLES.has(role)) return true;
  const marks = `${element.id} ${typeof element.className === 'string' ? element.className : ''}`;
  if (marks.length > 1 && FURNITURE.test(marks)) return true;
  // checkVisibility covers display:none, content-visibility and visibility.
  if (typeof element.checkVisibility === 'function') {
    return !element.checkVisibility({ visibilityProperty: true });
  }
  return false;
}

/**
 * Collects the visible text under `root`.
 * @returns {{text: string, segments: Array<{node: Text, start: number, end: number, offsets: Int32Array|null}>, truncated: boolean}}
 *   `segments` are sorted by `start`; `offsets[i]` is the node offset of text
 *   position `start + i` (null when the node text was kept as is).
 */
export function collectText(root, { maxChars = DEFAULT_MAX_CHARS, ownHost = null } = {}) {
  const parts = [];
  const segments = [];
  let length = 0;
  let pendingBreak = false;     // a block boundary was crossed since the last text
  let lastWasSpace = true;      // collapse leading spaces of a block
  let truncated = false;

  const append = (piece) => { parts.push(piece); length += piece.length; };

  const visitText = (node) => {
    const raw = node.data;
    if (raw.length === 0) return;
    let out = '';
    let offsets = null;
    let changed = false;
    const nodeOffsets = [];
    for (let i = 0; i < raw.length; i++) {
      const ch = raw[i];
      if (COLLAPSIBLE.test(ch)) {
        if (ch !== ' ') changed = true;
        if (lastWasSpace) { changed = true; continue; }
        out += ' ';
        lastWasSpace = true;
      } else {
        if (pendingBreak && length > 0) {
          // Drop a trailing space before the block break.
          if (out.length === 0 && parts.length > 0 && parts[parts.length - 1].endsWith(' ')) {
            trimTrailingSpace();
          }
          append(BLOCK_BREAK);
        }
        pendingBreak = false;
        out += ch;
        lastWasSpace = false;
      }
      nodeOffsets.push(i);
    }
    if (out.length === 0) return;
    if (changed || out.length !== raw.length) {
      offsets = Int32Array.from(nodeOffsets);
    }
    // Offsets past the last kept character point to the node's end.
    const start = length;
    append(out);
    segments.push({ node, start, end: length, offsets, rawLength: raw.length });
  };

  // Removes one trailing space from the text built so far (and its segment).
  const trimTrailingSpace = () => {
    const last = parts.length - 1;
    parts[last] = parts[last].slice(0, -1);
    length -= 1;
    const segment = segments[segments.length - 1];
    if (segment && segment.end > length) {
      segment.end = length;
      if (segment.offsets) segment.offsets = segment.offsets.slice(0, segment.end - segment.start);
    }
  };

  const walk = (element) => {
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (length >= maxChars) { truncated = true; return; }
      if (child.nodeType === Node.TEXT_NODE) {
        visitText(child);
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        if (isSkippedElement(child, ownHost)) continue;
        const isBlock = BLOCK_TAGS.has(child.tagName.toUpperCase());
        if (isBlock) { pendingBreak = true; lastWasSpace = true; }
        walk(child);
        if (isBlock) { pendingBreak = true; lastWasSpace = true; }
      }
    }
  };
  walk(root);

  let text = parts.join('');
  // No trailing space at the very end.
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    const segment = segments[segments.length - 1];
    if (segment && segment.end > text.length) {
      segment.end = text.length;
      if (segment.offsets) segment.offsets = segment.offsets.slice(0, segment.end - segment.start);
    }
  }
  if (text.length > maxChars) {
    // Cut at the last block break before the limit so no sentence is halved.
    const cut = text.lastIndexOf(BLOCK_BREAK, maxChars);
    const end = cut > 0 ? cut : maxChars;
    text = text.slice(0, end);
    while (segments.length && segments[segments.length - 1].start >= end) segments.pop();
    const last = segments[segments.length - 1];
    if (last && last.end > end) {
      last.end = end;
      if (last.offsets) last.offsets = last.offsets.slice(0, end - last.start);
    }
    truncated = true;
  }
  return { text, segments, truncated };
}
