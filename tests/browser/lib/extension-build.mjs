// Locating the built extension for browser tests, and making the test copy
// of it: headless browsers can neither click the toolbar button (which
// grants activeTab) nor accept a permission prompt, so the copy's manifest
// also holds the host permission for the local test server. Everything after
// that grant (injection, messages, engine, highlights) is the shipped code.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const DIST = join(ROOT, 'dist');
export const TEST_HOST_PERMISSION = 'http://127.0.0.1/*';

/** dist/<platform>, or an error telling how to build it. */
export function builtExtension(platform) {
  const dir = join(DIST, platform);
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`${dir} is missing: run ./saywho build extension (or node extension/build.mjs) first`);
  }
  return dir;
}

/** Every file under `dir`, as full paths. */
export function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * A temporary copy of dist/<platform> granted the test server's host.
 * contentScript: also declare it as a static content script for that host
 * (the same files "always on this site" registers), for browsers whose test
 * driver cannot reach an extension page to trigger an analysis.
 */
export function testCopyOfExtension(platform, { contentScript = null } = {}) {
  const dir = mkdtempSync(join(tmpdir(), `saywho-ext-${platform}-`));
  cpSync(builtExtension(platform), dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.host_permissions = [TEST_HOST_PERMISSION];
  if (contentScript) manifest.content_scripts = [{ matches: [TEST_HOST_PERMISSION], ...contentScript }];
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
