#!/usr/bin/env node
// Time from page load to Saywho's highlights, in headless Chromium with the
// built extension (dist/chromium) loaded, on the browser tests' fixture pages.
// The extension's "always on this site" content script (the same files the
// background registers) analyses on load; an init script in the page records
// when CSS.highlights first holds a quote. The first page is cold (engine
// start); the rest are warm. Writes JSON (--out FILE, default stdout).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from '../tests/browser/lib/server.mjs';
import { launchChromium } from '../tests/browser/lib/chromium.mjs';
import { ROOT, testCopyOfExtension } from '../tests/browser/lib/extension-build.mjs';
import { CONTENT_FILES, CONTENT_CSS } from '../extension/src/background/content-injection.js';
import { summarize } from './stats.mjs';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const OUT = outIndex >= 0 ? args[outIndex + 1] : null;
const RUNS = args.includes('--quick') ? 2 : 6;
const PAGES = ['en-article.html', 'fr-article.html'];

// Runs in the page before its scripts: notes the first frame at which a
// quote highlight exists (CSS.highlights is shared by all worlds).
function watchHighlights() {
  const check = () => {
    if (CSS.highlights.has('saywho-quote')) {
      globalThis.__saywhoHighlightsAt = performance.now();
      return;
    }
    setTimeout(check, 2);
  };
  check();
}

const server = await startServer({ mounts: { '/': join(ROOT, 'tests', 'browser', 'fixtures') } });
const extension = testCopyOfExtension('chromium', {
  contentScript: { js: [...CONTENT_FILES, 'src/content/autostart.js'], css: CONTENT_CSS, run_at: 'document_idle' },
});
const browser = await launchChromium({ extensionDir: extension.dir });
const samples = [];
try {
  for (let run = 0; run < RUNS; run += 1) {
    for (const file of PAGES) {
      const page = await browser.context.newPage();
      await page.addInitScript(watchHighlights);
      await page.goto(`${server.origin}/${file}`, { waitUntil: 'load' });
      await page.waitForFunction(() => globalThis.__saywhoHighlightsAt !== undefined, null, { timeout: 20_000 });
      const timing = await page.evaluate(() => {
        const [nav] = performance.getEntriesByType('navigation');
        return { load: nav.loadEventEnd, domContentLoaded: nav.domContentLoadedEventEnd, highlights: globalThis.__saywhoHighlightsAt };
      });
      samples.push({
        page: file, run, cold: samples.length === 0,
        after_load_ms: timing.highlights - timing.load,
        after_navigation_ms: timing.highlights,
      });
      process.stderr.write(`browser: ${file} run ${run}: highlights ${(timing.highlights - timing.load).toFixed(0)} ms after load\n`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
  extension.remove();
}

const warm = samples.filter((s) => !s.cold);
const result = {
  chromium: browser.context.browser()?.version() ?? null,
  cold_after_load_ms: samples[0].after_load_ms,
  warm_after_load: summarize(warm.map((s) => s.after_load_ms)),
  warm_after_navigation: summarize(warm.map((s) => s.after_navigation_ms)),
  samples,
};
const output = JSON.stringify(result, null, 2);
if (OUT) writeFileSync(OUT, `${output}\n`);
else console.log(output);
