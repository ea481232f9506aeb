// The built packages (dist/): what they hold, the permissions they ask for,
// no HTML-parsing sinks for page text, no network code, and a clean
// `web-ext lint` for Firefox.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DIST, ROOT, builtExtension, filesUnder } from './lib/extension-build.mjs';

const PLATFORMS = ['chromium', 'firefox'];

function manifestOf(platform) {
  return JSON.parse(readFileSync(join(builtExtension(platform), 'manifest.json'), 'utf8'));
}

test('both zips hold the unpacked extension with the manifest at the root', () => {
  for (const platform of PLATFORMS) {
    // `zip -sf` lists an archive (zip is what builds it; unzip may be absent).
    const listing = execFileSync('zip', ['-sf', join(DIST, `saywho-${platform}.zip`)], { encoding: 'utf8' })
      .split('\n').filter((line) => line.startsWith('  ')).map((line) => line.trim());
    const unpacked = filesUnder(builtExtension(platform)).map((path) => relative(builtExtension(platform), path));
    assert.ok(listing.includes('manifest.json'));
    assert.deepEqual(listing.filter((name) => !name.endsWith('/')).sort(), unpacked.sort(), `${platform}: zip = unpacked dir`);
    for (const needed of ['engine/saywho.mjs', 'engine/saywho-core.mjs', 'engine/saywho-core.wasm',
      'engine/saywho-syntax-en.bin', 'engine/saywho-syntax-fr.bin', 'ui/highlights.js', 'ui/styles.css',
      'vendor/Readability.js', 'vendor/Readability-readerable.js', 'content-script.js', 'src/content/autostart.js', 'src/panel/panel.html', 'src/options/options.html']) {
      assert.ok(listing.includes(needed), `${platform}: ${needed} is packaged`);
    }
  }
});

test('the syntax packs are packaged byte for byte, and not exposed to web pages', () => {
  for (const platform of PLATFORMS) {
    for (const lang of ['en', 'fr']) {
      const packaged = readFileSync(join(builtExtension(platform), 'engine', `saywho-syntax-${lang}.bin`));
      assert.ok(packaged.equals(readFileSync(join(ROOT, 'core', 'data', lang, 'syntax.bin'))), `${platform}: ${lang} pack differs`);
    }
    const exposed = (manifestOf(platform).web_accessible_resources ?? []).flatMap((entry) => entry.resources);
    assert.deepEqual(exposed.filter((resource) => /engine|\.bin$/.test(resource)), [], `${platform}: engine files are web-accessible`);
  }
});

test('permissions are the minimal, documented set', () => {
  const readme = readFileSync(join(ROOT, 'extension', 'README.md'), 'utf8');
  const expected = {
    chromium: ['activeTab', 'offscreen', 'scripting', 'sidePanel', 'storage'],
    firefox: ['activeTab', 'scripting', 'storage'],
  };
  for (const platform of PLATFORMS) {
    const manifest = manifestOf(platform);
    assert.deepEqual([...manifest.permissions].sort(), expected[platform]);
    assert.equal(manifest.host_permissions, undefined, 'no host is granted at install');
    assert.deepEqual(manifest.optional_host_permissions, ['https://*/*', 'http://*/*']);
    assert.equal(manifest.content_security_policy.extension_pages, "script-src 'self' 'wasm-unsafe-eval'; object-src 'none'");
    assert.equal(manifest.externally_connectable, undefined, 'web pages cannot message the extension');
    assert.equal(manifest.web_accessible_resources, undefined, 'no file of the package can be loaded by web pages');
    for (const permission of [...manifest.permissions, 'optional_host_permissions']) {
      assert.match(readme, new RegExp('`' + permission + '`'), `README justifies ${permission}`);
    }
  }
  const gecko = manifestOf('firefox').browser_specific_settings.gecko;
  assert.match(gecko.id, /^[\w.-]+@[\w.-]+$/);
  assert.match(gecko.strict_min_version, /^\d+\.\d+$/);
});

// Readability parses an inert clone of the page (never the live page) and
// uses innerHTML on that clone; it is the only file allowed these sinks.
const SINK_ALLOWED = new Set(['vendor/Readability.js']);
const SINKS = /\b(innerHTML|outerHTML|insertAdjacentHTML|document\.write|createContextualFragment|srcdoc)\b/;

test('no HTML-parsing sink in the extension code', () => {
  for (const platform of PLATFORMS) {
    const dir = builtExtension(platform);
    const offenders = filesUnder(dir)
      .filter((path) => /\.(m?js|html)$/.test(path))
      .map((path) => relative(dir, path))
      .filter((path) => !SINK_ALLOWED.has(path) && SINKS.test(readFileSync(join(dir, path), 'utf8')));
    assert.deepEqual(offenders, [], `${platform}: files using an HTML sink`);
  }
});

test('no network code and no remote code in our sources', () => {
  const dir = builtExtension('chromium');
  const ours = filesUnder(dir).filter((path) => /\.(m?js|html)$/.test(path) && !/\/(vendor|engine)\//.test(path));
  for (const path of ours) {
    const source = readFileSync(path, 'utf8');
    assert.doesNotMatch(source, /XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts|\beval\(|new Function/, relative(dir, path));
    assert.doesNotMatch(source, /(src|href)=["']https?:/, `${relative(dir, path)} loads nothing remote`);
    for (const call of source.match(/fetch\([^)]*\)/g) ?? []) {
      assert.match(call, /runtime\.getURL\(/, `${relative(dir, path)}: fetch only packaged files (${call})`);
    }
    for (const call of source.match(/\bimport\([^)]*\)/g) ?? []) {
      assert.match(call, /runtime\.getURL\(/, `${relative(dir, path)}: import only packaged modules`);
    }
  }
});

test('web-ext lint: no errors, and only the explained warnings', () => {
  const output = execFileSync(join(ROOT, 'node_modules', '.bin', 'web-ext'),
    ['lint', '--source-dir', builtExtension('firefox'), '--output', 'json', '--no-input'],
    { encoding: 'utf8', cwd: ROOT });
  const report = JSON.parse(output);
  assert.deepEqual(report.errors, []);
  // Explained in extension/README.md: Readability uses innerHTML on its
  // inert clone of the page.
  const unexplained = report.warnings.filter((w) => !(w.code === 'UNSAFE_VAR_ASSIGNMENT' && w.file === 'vendor/Readability.js'));
  assert.deepEqual(unexplained, []);
});
