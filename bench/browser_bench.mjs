#!/usr/bin/env node
// Time to Saywho's first highlight in headless Chromium with the built
// extension (dist/chromium), on the browser tests' fixture pages, cold (the
// first page of a freshly started browser, opened at once: the engine, which
// starts with the browser, is still starting) and warm (the next pages of
// that browser). Two ways a page gets analysed:
//   button: the toolbar button's code path (the background's analyzeTab,
//           run from the service worker: content-script injection, text
//           collection, engine, highlights), timed from that call;
//   always: the "always on this site" content script (the files the
//           background registers, declared here for the test server), timed
//           from the end of the page's DOMContentLoaded event (such a script
//           runs at document_idle, after it; the load event may come later
//           than the highlights, so it is no reference).
// A third kind, button_settled, is the button's path on the first page of a
// browser started two seconds before (SETTLE_MS).
// Every cold sample is its own browser (new profile). For the button path the
// service worker also notes when each step ended (injection, offscreen
// document, engine answer), by wrapping the extension APIs it calls from the
// outside, so the extension itself carries no timing code.
// Writes JSON (--out FILE, default stdout). Figures only, never asserted.
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
const QUICK = args.includes('--quick');
const COLD_RUNS = QUICK ? 2 : 6;        // browsers started per path
const WARM_PAGES = QUICK ? 2 : 4;       // pages after the first, per browser
const PAGES = ['en-article.html', 'fr-article.html'];
const log = (line) => process.stderr.write(`${line}\n`);

// Runs in the page before its scripts: notes (as an epoch time, comparable
// across processes) the first moment a quote highlight exists.
function watchHighlights() {
  const check = () => {
    if (CSS.highlights.has('saywho-quote')) {
      globalThis.__saywhoHighlightsAt = performance.timeOrigin + performance.now();
      return;
    }
    setTimeout(check, 1);
  };
  check();
}

// Runs in the service worker: wraps the extension APIs the button path
// calls, to note when each step ends (epoch times in globalThis.__marks).
function instrumentServiceWorker() {
  const now = () => performance.timeOrigin + performance.now();
  globalThis.__marks = {};
  const wrap = (object, name, label) => {
    const original = object[name].bind(object);
    object[name] = async (...callArgs) => {
      const result = await original(...callArgs);
      const key = typeof label === 'function' ? label(...callArgs) : label;
      if (key) globalThis.__marks[key] ??= now();
      return result;
    };
  };
  wrap(chrome.scripting, 'executeScript', (details) => (details.files ? 'content_script_loaded' : 'content_script_started'));
  wrap(chrome.offscreen, 'createDocument', 'offscreen_document_created');
  wrap(chrome.runtime, 'sendMessage', (message) => (message?.type === 'saywho:engine-analyze' ? 'engine_answered' : null));
  chrome.runtime.onMessage.addListener((message) => {
    if (message?.type === 'saywho:analyze') globalThis.__marks.text_received ??= now();
  });
}

async function firstHighlightAt(browser, page) {
  try {
    await page.waitForFunction(() => globalThis.__saywhoHighlightsAt !== undefined, null, { timeout: 20_000 });
  } catch (error) {
    // Say why: the status the content script reported for the tab.
    const status = await browser.serviceWorker.evaluate(async (url) => {
      const [tab] = await chrome.tabs.query({ url });
      return (await chrome.storage.session.get(`tab:${tab?.id}`))[`tab:${tab?.id}`] ?? null;
    }, page.url()).catch(() => null);
    throw new Error(`no highlight on ${page.url()} within 20 s; tab status: ${JSON.stringify(status)}`, { cause: error });
  }
  return page.evaluate(() => globalThis.__saywhoHighlightsAt);
}

async function openPage(browser, server, file) {
  const page = await browser.context.newPage();
  await page.addInitScript(watchHighlights);
  await page.goto(`${server.origin}/${file}`, { waitUntil: 'load' });
  return page;
}

// The toolbar button's path on one page: ms from the call to the highlight,
// and the steps' ends relative to the call.
async function buttonSample(browser, server, file) {
  const page = await openPage(browser, server, file);
  const started = await browser.serviceWorker.evaluate(async (url) => {
    globalThis.__marks = {};
    const [tab] = await chrome.tabs.query({ url });
    const at = performance.timeOrigin + performance.now();
    globalThis.saywhoBackground.analyzeTab(tab.id);
    return at;
  }, page.url());
  const highlighted = await firstHighlightAt(browser, page);
  const marks = await browser.serviceWorker.evaluate(() => globalThis.__marks);
  await page.close();
  const steps = Object.fromEntries(Object.entries(marks).map(([key, at]) => [key, at - started]));
  return { ms: highlighted - started, steps };
}

// The "always" content script on one page: ms from DOMContentLoaded to the highlight.
async function alwaysSample(browser, server, file) {
  const page = await openPage(browser, server, file);
  const highlighted = await firstHighlightAt(browser, page);
  const readyAt = await page.evaluate(() => performance.timeOrigin + performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd);
  await page.close();
  return { ms: highlighted - readyAt };
}

// button_settled: the button's path on the first page of a browser started
// SETTLE_MS earlier, as when a reader opens a news page some seconds after
// starting the browser (the engine starts with the browser); cold only.
const SETTLE_MS = 2000;
const PATHS = {
  button: { sample: buttonSample, contentScript: null },
  button_settled: { sample: buttonSample, contentScript: null, settleMs: SETTLE_MS, coldOnly: true },
  always: { sample: alwaysSample, contentScript: { js: [...CONTENT_FILES, 'src/content/autostart.js'], css: CONTENT_CSS, run_at: 'document_idle' } },
};

const server = await startServer({ mounts: { '/': join(ROOT, 'tests', 'browser', 'fixtures') } });
const samples = [];
let chromiumVersion = null;
try {
  for (const [path, { sample, contentScript, settleMs = 0, coldOnly = false }] of Object.entries(PATHS)) {
    const extension = testCopyOfExtension('chromium', { contentScript });
    try {
      for (let run = 0; run < COLD_RUNS; run += 1) {
        const browser = await launchChromium({ extensionDir: extension.dir });
        try {
          chromiumVersion ??= await browser.serviceWorker.evaluate(() => navigator.userAgent.match(/Chrome\/([\d.]+)/)?.[1] ?? null);
          await browser.serviceWorker.evaluate(instrumentServiceWorker);
          if (settleMs) await new Promise((resolve) => setTimeout(resolve, settleMs));
          for (let index = 0; index <= (coldOnly ? 0 : WARM_PAGES); index += 1) {
            const file = PAGES[(run + index) % PAGES.length];
            const result = await sample(browser, server, file);
            samples.push({ path, page: file, run, cold: index === 0, ...result });
            log(`browser: ${path} ${file} ${index === 0 ? 'cold' : 'warm'}: highlight after ${result.ms.toFixed(0)} ms`);
          }
        } finally {
          await browser.close();
        }
      }
    } finally {
      extension.remove();
    }
  }
} finally {
  await server.close();
}

function summaryOf(path, cold) {
  const chosen = samples.filter((s) => s.path === path && s.cold === cold);
  const summary = summarize(chosen.map((s) => s.ms));
  if (path.startsWith('button')) {
    // Median end of each step, relative to the click.
    const keys = [...new Set(chosen.flatMap((s) => Object.keys(s.steps)))];
    summary.steps_median_ms = Object.fromEntries(keys.map((key) => [key,
      summarize(chosen.map((s) => s.steps[key]).filter((v) => v !== undefined)).median_ms]));
  }
  return summary;
}

const result = {
  chromium: chromiumVersion,
  cold_runs: COLD_RUNS,
  button_cold: summaryOf('button', true),
  button_warm: summaryOf('button', false),
  button_settled_cold: summaryOf('button_settled', true),
  settle_ms: SETTLE_MS,
  always_cold: summaryOf('always', true),
  always_warm: summaryOf('always', false),
  samples,
};
const output = JSON.stringify(result, null, 2);
if (OUT) writeFileSync(OUT, `${output}\n`);
else console.log(output);
