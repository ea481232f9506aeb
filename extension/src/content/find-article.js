// Finding the article: picks the live element that holds the article text.
// Readability (Mozilla's reader view) reads a *clone* of the document, since
// it rewrites what it parses; we then look for the live element whose
// paragraphs best match Readability's, so the text we analyse comes from the
// live nodes and highlights land exactly. A page that marks its article up
// (<article>, itemprop="articleBody") is read from that element without
// Readability. When the page is not "readerable" or Readability fails,
// simple main-content heuristics pick the container.

// Pages bigger than this are not handed to Readability (it is quadratic in
// places); the heuristics still run.
const MAX_ELEMENTS_FOR_READABILITY = 30_000;
// A paragraph shorter than this is too common ("Share", "Read more") to
// identify the article.
const MIN_PARAGRAPH_LENGTH = 40;
const PARAGRAPH_SELECTOR = 'p, li, blockquote, h2, h3, pre, td';

function normalize(text) {
  return text.replace(/\s+/g, ' ').trim();
}

function paragraphKeys(root) {
  const keys = new Set();
  for (const element of root.querySelectorAll(PARAGRAPH_SELECTOR)) {
    const key = normalize(element.textContent ?? '');
    if (key.length >= MIN_PARAGRAPH_LENGTH) keys.add(key);
  }
  return keys;
}

function depthOf(element) {
  let depth = 0;
  for (let node = element; node; node = node.parentElement) depth += 1;
  return depth;
}

// The deepest live element containing at least `share` of the live
// paragraphs whose text Readability kept.
function liveContainerFor(doc, keys, share = 0.8) {
  const matched = [];
  for (const element of doc.body.querySelectorAll(PARAGRAPH_SELECTOR)) {
    if (keys.has(normalize(element.textContent ?? ''))) matched.push(element);
  }
  if (matched.length === 0) return null;
  const counts = new Map();
  for (const element of matched) {
    for (let node = element.parentElement; node; node = node.parentElement) {
      counts.set(node, (counts.get(node) ?? 0) + 1);
    }
  }
  const needed = Math.ceil(matched.length * share);
  let best = null;
  let bestDepth = -1;
  for (const [element, count] of counts) {
    if (count < needed) continue;
    const depth = depthOf(element);
    if (depth > bestDepth) { best = element; bestDepth = depth; }
  }
  return best;
}

// Readability leaves out the headline and lede; when the matched container
// sits inside an <article> of similar size, that article is the better unit
// (its navigation and asides are skipped by the text collection anyway).
function widenToArticle(container) {
  const article = container.closest('article');
  if (!article || article === container) return container;
  const inner = normalize(container.textContent ?? '').length;
  const outer = normalize(article.textContent ?? '').length;
  return outer <= inner * 2 ? article : container;
}

function readabilityContainer(doc) {
  const Readability = globalThis.Readability;
  const isProbablyReaderable = globalThis.isProbablyReaderable;
  if (typeof Readability !== 'function') return null;
  if (doc.getElementsByTagName('*').length > MAX_ELEMENTS_FOR_READABILITY) return null;
  if (typeof isProbablyReaderable === 'function' && !isProbablyReaderable(doc, { minContentLength: 140 })) return null;
  try {
    // cloneNode gives an inert document: nothing in it runs or loads.
    const clone = doc.cloneNode(true);
    const article = new Readability(clone, { serializer: (element) => element }).parse();
    if (!article?.content) return null;
    const keys = paragraphKeys(article.content);
    const container = keys.size > 0 ? liveContainerFor(doc, keys) : null;
    return container ? widenToArticle(container) : null;
  } catch {
    return null; // Readability failing on odd markup is not our user's problem.
  }
}

// The article as the page marks it up: the <article> or articleBody element
// holding most of the page's long paragraphs (at least MIN_MARKED_PARAGRAPHS
// and MARKED_SHARE of them). Most news pages have one; Readability, a
// 90 KB script and a clone of the page, is then not needed at all.
const MIN_MARKED_PARAGRAPHS = 3;
const MARKED_SHARE = 0.6;

function longParagraphCount(root) {
  let count = 0;
  for (const element of root.querySelectorAll('p')) {
    if (normalize(element.textContent ?? '').length >= MIN_PARAGRAPH_LENGTH) count += 1;
  }
  return count;
}

/** The element the page marks as its article, or null. */
export function markedUpArticle(doc = document) {
  if (!doc.body) return null;
  const total = longParagraphCount(doc.body);
  if (total < MIN_MARKED_PARAGRAPHS) return null;
  let best = null;
  let bestCount = 0;
  // Document order: an article before the articleBody inside it, so the
  // inner one wins a tie only by holding as many paragraphs (the deeper unit).
  for (const element of doc.body.querySelectorAll('article, [itemprop="articleBody"]')) {
    const count = longParagraphCount(element);
    if (count >= bestCount) { best = element; bestCount = count; }
  }
  if (!best || bestCount < MIN_MARKED_PARAGRAPHS || bestCount < total * MARKED_SHARE) return null;
  return widenToArticle(best);
}

// Largest-text candidate among the usual article containers.
function heuristicContainer(doc) {
  const candidates = doc.querySelectorAll('[itemprop="articleBody"], article, main, [role="main"], #content, .article, .story');
  let best = null;
  let bestLength = 0;
  for (const element of candidates) {
    const length = normalize(element.textContent ?? '').length;
    if (length > bestLength) { best = element; bestLength = length; }
  }
  return best;
}

/**
 * The live element to analyse, and how it was found: the page's own
 * article markup, else Readability (when loaded: see main.js), else
 * heuristics, else the body.
 * @returns {{container: Element, via: 'markup'|'readability'|'heuristic'|'body'}}
 */
export function findArticle(doc = document) {
  const marked = markedUpArticle(doc);
  if (marked) return { container: marked, via: 'markup' };
  const fromReadability = readabilityContainer(doc);
  if (fromReadability) return { container: fromReadability, via: 'readability' };
  const fromHeuristic = heuristicContainer(doc);
  if (fromHeuristic) return { container: fromHeuristic, via: 'heuristic' };
  return { container: doc.body, via: 'body' };
}
