// The extension's article finding, text collection and anchoring, run in
// Chromium on our fixture news pages (no engine needed): the collected text
// holds the article and not the page furniture, every text offset maps back
// to the live DOM, and the page's DOM is left as it was.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './lib/server.mjs';
import { launchChromium } from './lib/chromium.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
let server;
let browser;

before(async () => {
  server = await startServer({
    mounts: {
      '/': join(ROOT, 'tests', 'browser', 'fixtures'),
      '/ext/': join(ROOT, 'extension', 'src'),
      '/vendor/': join(ROOT, 'node_modules', '@mozilla', 'readability'),
    },
  });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

// Opens a fixture with Readability loaded as the extension loads it, then runs
// `fn(modules, arg)` in the page with the content modules imported.
async function inFixture(fixture, fn, arg) {
  const page = await browser.context.newPage();
  try {
    await page.goto(`${server.origin}/${fixture}`);
    await page.addScriptTag({ url: '/vendor/Readability.js' });
    await page.addScriptTag({ url: '/vendor/Readability-readerable.js' });
    return await page.evaluate(async ([source, argument]) => {
      const modules = {
        ...(await import('/ext/content/find-article.js')),
        ...(await import('/ext/content/collect-text.js')),
        ...(await import('/ext/content/anchor.js')),
      };
      // Rebuild the test function inside the page (functions do not cross the wire).
      return new Function('modules', 'arg', `return (${source})(modules, arg);`)(modules, argument);
    }, [fn.toString(), arg]);
  } finally {
    await page.close();
  }
}

function collect({ findArticle, collectText }) {
  const before = document.documentElement.outerHTML;
  const { container, via } = findArticle(document);
  const { text, segments } = collectText(container);
  return {
    via, tag: container.tagName, text, segmentCount: segments.length,
    unchanged: document.documentElement.outerHTML === before,
  };
}

test('French page: the article is found and its text collected without page furniture', async () => {
  const result = await inFixture('fr-article.html', collect);
  assert.equal(result.via, 'markup', 'the page marks its article up: no Readability needed');
  assert.equal(result.tag, 'ARTICLE');
  assert.ok(result.unchanged, 'finding the article must not change the page');
  const { text } = result;
  assert.match(text, /^Environnement\n\nPort de Valmonde : la maire accuse/);
  assert.ok(text.includes('« Pendant des mois, Navalis a rejeté ses eaux de cale dans le bassin sans rien dire à personne », a déclaré Mme Fontanel'));
  assert.ok(text.includes('«\u00a0Nous alertons les autorités depuis trois ans\u00a0»'), 'no-break spaces are kept');
  assert.ok(text.includes('\n\nDu côté de Navalis'), 'paragraphs are separated by a blank line');
  for (const furniture of ['Publicité', 'À lire aussi', 'Partager', 'Jeanlouis29', 'Les plus lus', 'Rubriques', 'Politique\n', 'Mentions légales']) {
    assert.ok(!text.includes(furniture), `"${furniture}" is page furniture, not article text`);
  }
  assert.doesNotMatch(text, /[ \t]{2,}|\n{3,}| \n|\n /, 'whitespace is collapsed');
});

test('English page: cookie banner, adverts, hidden text and comments are left out', async () => {
  const { text, unchanged } = await inFixture('en-article.html', collect);
  assert.ok(unchanged);
  assert.ok(text.includes('"Lumen Rail knew about these brake defects and chose to keep quiet while people rode those trams every day," Ms Castellane told reporters'));
  assert.ok(text.includes('"We will not let anyone board an unsafe tram, full stop," Ms Castellane said.'), 'blockquotes are article text');
  for (const furniture of ['cookies', 'Advertisement', 'Hidden teaser', 'dodgy', 'Most read', 'Share on', 'All rights reserved']) {
    assert.ok(!text.includes(furniture), `"${furniture}" must not be collected`);
  }
});

test('every span of the collected text anchors to the same live text', async () => {
  for (const fixture of ['fr-article.html', 'en-article.html', 'strict-csp.html']) {
    const mismatches = await inFixture(fixture, ({ findArticle, collectText, rangesForSpan }) => {
      const collected = collectText(findArticle(document).container);
      const squeeze = (s) => s.replace(/\s+/g, '');
      const bad = [];
      const { text } = collected;
      // Windows of several sizes at many positions, across inline elements and blocks.
      for (const size of [1, 7, 40, 151]) {
        for (let start = 0; start + size <= text.length; start += 13) {
          const expected = text.slice(start, start + size);
          if (squeeze(expected) === '') continue; // only breaks: nothing to anchor
          const got = rangesForSpan(collected, start, start + size).map((r) => r.toString()).join('');
          if (squeeze(got) !== squeeze(expected)) bad.push({ start, size, expected, got });
        }
      }
      return bad.slice(0, 5);
    });
    assert.deepEqual(mismatches, [], `${fixture}: spans whose DOM text differs`);
  }
});

test('a span maps to exactly its text, one range per text node, across inline elements', async () => {
  const got = await inFixture('fr-article.html', ({ findArticle, collectText, rangesForSpan }) => {
    const collected = collectText(findArticle(document).container);
    const phrase = 'a déclaré Mme Fontanel';
    const start = collected.text.indexOf(phrase);
    return rangesForSpan(collected, start, start + phrase.length)
      .map((r) => [r.toString(), r.startContainer.parentElement.tagName]);
  });
  assert.deepEqual(got, [['a déclaré M', 'P'], ['me', 'SUP'], [' Fontanel', 'P']]);
});

test('a span across a skipped aside leaves the aside out', async () => {
  const got = await inFixture('fr-article.html', ({ findArticle, collectText, rangesForSpan }) => {
    const collected = collectText(findArticle(document).container);
    const start = collected.text.indexOf('la fin du mois.');
    const end = collected.text.indexOf('Du côté de Navalis') + 'Du côté'.length;
    return rangesForSpan(collected, start, end).map((r) => r.toString());
  });
  assert.deepEqual(got, ['la fin du mois.', 'Du côté']);
});

test('bad spans give no range instead of throwing', async () => {
  const got = await inFixture('en-article.html', ({ findArticle, collectText, rangesForSpan }) => {
    const collected = collectText(findArticle(document).container);
    const n = collected.text.length;
    return [[-1, 5], [5, 5], [10, 2], [0, n + 1], [1.5, 4], [NaN, 3]].map(([s, e]) => rangesForSpan(collected, s, e).length);
  });
  assert.deepEqual(got, [0, 0, 0, 0, 0, 0]);
});

test('spans whose text the page edited since the collection are dropped', async () => {
  const got = await inFixture('en-article.html', ({ findArticle, collectText, anchorSpans }) => {
    const collected = collectText(findArticle(document).container);
    const span = (phrase) => {
      const start = collected.text.indexOf(phrase);
      return { category: 'quote', start, end: start + phrase.length, item: { phrase } };
    };
    const spans = [span('Every fault mentioned in that audit'), span('The transport minister, Helen Marchbank')];
    // The page rewrites the second paragraph's text node in place.
    const node = [...document.querySelectorAll('p')].find((p) => p.textContent.startsWith('The transport minister')).firstChild;
    node.data = node.data.replace('The transport minister, Helen Marchbank', 'Le ministre des transports, H. Marchbank');
    return anchorSpans(collected, spans).map((a) => a.item.phrase);
  });
  assert.deepEqual(got, ['Every fault mentioned in that audit']);
});

test('a text limit cuts at a paragraph boundary', async () => {
  const got = await inFixture('fr-article.html', ({ findArticle, collectText }) => {
    const full = collectText(findArticle(document).container);
    const cut = collectText(findArticle(document).container, { maxChars: 600 });
    return { full: full.text, cut: cut.text, truncated: cut.truncated, lastEnd: cut.segments.at(-1).end };
  });
  assert.ok(got.truncated);
  assert.ok(got.cut.length <= 600);
  assert.ok(got.full.startsWith(got.cut), 'the cut text is a prefix of the full text');
  assert.ok(got.full.slice(got.cut.length).startsWith('\n\n'), 'the cut falls on a paragraph break');
  assert.ok(got.lastEnd <= got.cut.length);
});

test('a page with no article falls back to heuristics without failing', async () => {
  const got = await inFixture('late.html?delay=600000', ({ findArticle, collectText }) => {
    const { container, via } = findArticle(document);
    return { via, text: collectText(container).text };
  });
  assert.notEqual(got.via, 'readability');
  assert.ok(got.text.length < 200, 'only the loading notice is there');
});

test('a page without article markup is read through Readability, to the same text', async () => {
  const marked = await inFixture('fr-article.html', collect);
  const unmarked = await inFixture('fr-article.html', (modules) => {
    // The same page, its <article> turned into a plain <div>.
    const article = document.querySelector('article');
    const div = document.createElement('div');
    div.className = article.className;
    div.append(...article.childNodes);
    article.replaceWith(div);
    const { container, via } = modules.findArticle(document);
    return { via, marked: modules.markedUpArticle(document) !== null, text: modules.collectText(container).text };
  });
  assert.equal(unmarked.marked, false);
  assert.equal(unmarked.via, 'readability');
  assert.ok(unmarked.text.includes('a déclaré Mme Fontanel'));
  assert.ok(marked.text.includes(unmarked.text.split('\n\n').at(-1)), 'the last paragraph is the same');
});
