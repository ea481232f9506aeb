// A web page cannot learn that its reader has Saywho by loading the
// extension's files: a page served on 127.0.0.1 tries to fetch, and to load
// as a script, stylesheet or image, every file of the package (the content
// script, the manifest, the wasm, the icons...) by its extension URL, in
// Chromium and in Firefox, while the extension is installed and has
// analysed that very page. Every attempt must fail.
//
// Controls, so that "it failed" means something: the same probe loads the
// page's own files from 127.0.0.1; and in Firefox (whose extension URLs hold
// a per-install UUID, set here through the extensions.webextensions.uuids
// preference) a second copy of the extension that declares one file
// web-accessible must be seen by the probe, which shows the UUIDs are right.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { startServer } from './lib/server.mjs';
import { launchChromium } from './lib/chromium.mjs';
import { launchFirefox, evaluate } from './lib/firefox.mjs';
import { ROOT, builtExtension, filesUnder, testCopyOfExtension } from './lib/extension-build.mjs';
import { CONTENT_FILES, CONTENT_CSS } from '../../extension/src/background/content-injection.js';

let server;
before(async () => {
  server = await startServer({ mounts: { '/': join(ROOT, 'tests', 'browser', 'fixtures') } });
});
after(() => server?.close());

// Every file of the built package, as paths inside it.
function packageFiles(platform) {
  const dir = builtExtension(platform);
  return filesUnder(dir).map((path) => relative(dir, path));
}

// Runs in the page (main world): for each URL, can the page fetch it, and
// can it load it as an element (a script, or a stylesheet, or an image by
// the file's kind)? Any file a page loads tells it the extension is there.
async function probe(urls) {
  const element = (url) => {
    if (/\.css$/.test(url)) return Object.assign(document.createElement('link'), { rel: 'stylesheet', href: url });
    if (/\.png$/.test(url)) return Object.assign(new Image(), { src: url });
    return Object.assign(document.createElement('script'), { src: url });
  };
  const loads = (url) => new Promise((resolve) => {
    const node = element(url);
    node.addEventListener('load', () => resolve(true));
    node.addEventListener('error', () => resolve(false));
    setTimeout(() => resolve(false), 5000);
    document.head.append(node);
  });
  const fetches = (url) => fetch(url).then((response) => response.ok, () => false);
  const results = [];
  for (const url of urls) results.push({ url, fetched: await fetches(url), loaded: await loads(url) });
  return results;
}

const reached = (results) => results.filter((r) => r.fetched || r.loaded).map((r) => r.url);

// The page's own files, loaded by the same probe: it does see a file that
// a page can load.
const PAGE_FILES = ['site.css', 'strict-csp.js', 'fr-article.html'];

test('Chromium: a page can load none of the extension\'s files', async () => {
  const extension = testCopyOfExtension('chromium');
  const browser = await launchChromium({ extensionDir: extension.dir });
  try {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/fr-article.html`);
    // The extension analyses this page first: it is installed and at work.
    const tabId = await browser.serviceWorker.evaluate(async (url) => {
      const tabs = await chrome.tabs.query({ url });
      return tabs[0].id;
    }, page.url());
    const answer = await browser.serviceWorker.evaluate((id) => globalThis.saywhoBackground.analyzeTab(id), tabId);
    assert.equal(answer?.ok, true);
    await page.waitForFunction(() => CSS.highlights.has('saywho-quote'));

    const control = await page.evaluate(probe, PAGE_FILES.map((name) => `${server.origin}/${name}`));
    assert.deepEqual(reached(control), control.map((r) => r.url), 'the probe sees files a page can load');

    const files = packageFiles('chromium');
    for (const needed of ['manifest.json', ...CONTENT_FILES, 'engine/saywho-core.wasm']) assert.ok(files.includes(needed), needed);
    const results = await page.evaluate(probe, files.map((name) => `chrome-extension://${browser.extensionId}/${name}`));
    assert.equal(results.length, files.length);
    assert.deepEqual(reached(results), [], 'extension files a page could load');
  } finally {
    await browser.close();
    extension.remove();
  }
});

test('Firefox: a page can load none of the extension\'s files', async () => {
  const saywho = testCopyOfExtension('firefox', {
    contentScript: { js: [...CONTENT_FILES, 'src/content/autostart.js'], css: CONTENT_CSS },
  });
  // The control: another add-on (its own id, no content script) that makes
  // one file web-accessible, as the extension did before.
  const exposed = 'icons/icon-16.png';
  const control = testCopyOfExtension('firefox');
  const controlManifest = JSON.parse(readFileSync(join(control.dir, 'manifest.json'), 'utf8'));
  controlManifest.browser_specific_settings.gecko.id = 'saywho-control@saywho.example';
  controlManifest.web_accessible_resources = [{ resources: [exposed], matches: ['http://127.0.0.1/*'] }];
  writeFileSync(join(control.dir, 'manifest.json'), JSON.stringify(controlManifest, null, 2));

  const uuids = { 'saywho@saywho.example': 'd9bc3a41-5e8b-4f55-9a7e-3c2b1f0e6a10', 'saywho-control@saywho.example': '5f0e2c7d-8a61-4b3e-b9d4-0c6a7e2f1b93' };
  const firefox = await launchFirefox({ prefs: { 'extensions.webextensions.uuids': JSON.stringify(uuids) } });
  try {
    for (const dir of [saywho.dir, control.dir]) {
      await firefox.send('webExtension.install', { extensionData: { type: 'path', path: dir } });
    }
    const { context } = await firefox.send('browsingContext.create', { type: 'tab' });
    await firefox.send('browsingContext.navigate', { context, url: `${server.origin}/fr-article.html`, wait: 'complete' });
    // The extension analyses this page first: it is installed and at work.
    const deadline = Date.now() + 20_000;
    while (!(await evaluate(firefox, context, `CSS.highlights.has('saywho-quote')`))) {
      assert.ok(Date.now() < deadline, 'the page was analysed');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const run = (urls) => evaluate(firefox, context, `(${probe})(${JSON.stringify(urls)})`);

    const pageControl = await run(PAGE_FILES.map((name) => `${server.origin}/${name}`));
    assert.deepEqual(reached(pageControl), pageControl.map((r) => r.url), 'the probe sees files a page can load');
    const controlBase = `moz-extension://${uuids['saywho-control@saywho.example']}`;
    assert.deepEqual(reached(await run([`${controlBase}/${exposed}`, `${controlBase}/manifest.json`])), [`${controlBase}/${exposed}`],
      'the probe sees a web-accessible file of an add-on at the UUID we set, and only that one');

    const files = packageFiles('firefox');
    for (const needed of ['manifest.json', ...CONTENT_FILES, 'engine/saywho-core.wasm']) assert.ok(files.includes(needed), needed);
    const results = await run(files.map((name) => `moz-extension://${uuids['saywho@saywho.example']}/${name}`));
    assert.equal(results.length, files.length);
    assert.deepEqual(reached(results), [], 'extension files a page could load');
  } finally {
    await firefox.close();
    saywho.remove();
    control.remove();
  }
});
