// Launching Debian's Chromium for tests through playwright-core, optionally
// with an unpacked extension loaded (headless mode supports extensions in
// Chromium ≥ 112 with a persistent context).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const BASE_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/**
 * Starts Chromium with a fresh profile. extensionDir: an unpacked extension to
 * load. Returns {context, extensionId, serviceWorker, close()}.
 */
export async function launchChromium({ extensionDir = null, viewport = { width: 1100, height: 900 } } = {}) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'saywho-chromium-'));
  const args = [...BASE_ARGS];
  if (extensionDir) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH, headless: true, args, viewport,
  });
  let serviceWorker = null;
  let extensionId = null;
  if (extensionDir) {
    [serviceWorker] = context.serviceWorkers();
    serviceWorker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
    extensionId = new URL(serviceWorker.url()).host;
  }
  return {
    context,
    extensionId,
    serviceWorker,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
