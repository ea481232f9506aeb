// Driving Firefox ESR for tests through WebDriver BiDi (built into Firefox;
// playwright-core only drives its own patched Firefox). Starts a headless
// Firefox with a fresh, quiet profile, opens a BiDi session, and offers the
// few commands the tests need. Node 20 has no global WebSocket without a
// flag, so undici (a dev dependency) stands in.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const WebSocketImpl = globalThis.WebSocket ?? (await import('undici')).WebSocket;

// Keep Firefox from calling home during tests (updates, telemetry, safe
// browsing, remote settings...): the tests check that nothing leaves.
const QUIET_PREFS = {
  'app.update.disabledForTesting': true,
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.startup.page': 0,
  'browser.newtabpage.enabled': false,
  'browser.safebrowsing.update.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'toolkit.telemetry.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'services.settings.server': 'http://127.0.0.1:9/',
  'extensions.getAddons.cache.enabled': false,
  'extensions.update.enabled': false,
  'extensions.blocklist.enabled': false,
  'xpinstall.signatures.required': false,
  'remote.prefs.recommended': true,
};

/**
 * Launches Firefox. prefs: extra preferences. Returns
 * {send(method, params), on(event, fn), close()}.
 */
export async function launchFirefox({ prefs = {} } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'saywho-firefox-'));
  const lines = Object.entries({ ...QUIET_PREFS, ...prefs })
    .map(([key, value]) => `user_pref(${JSON.stringify(key)}, ${JSON.stringify(value)});`);
  writeFileSync(join(profile, 'user.js'), lines.join('\n') + '\n');
  const child = spawn(FIREFOX_PATH, ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port=0'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' },
  });
  const wsUrl = await new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Firefox did not start BiDi: ${seen.slice(-500)}`)), 30_000);
    child.stderr.on('data', (chunk) => {
      seen += chunk;
      const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(seen);
      if (match) { clearTimeout(timer); resolve(match[1]); }
    });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`Firefox exited (${code}): ${seen.slice(-500)}`)); });
  });

  const socket = new WebSocketImpl(`${wsUrl}/session`);
  await new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve, { once: true });
    socket.addEventListener('error', () => reject(new Error('cannot connect to Firefox BiDi')), { once: true });
  });
  let nextId = 1;
  const pending = new Map();
  const listeners = new Map();
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(event.data);
    if (message.id !== undefined && pending.has(message.id)) {
      const { resolve, reject } = pending.get(message.id);
      pending.delete(message.id);
      if (message.type === 'error') reject(new Error(`${message.error}: ${message.message}`));
      else resolve(message.result);
    } else if (message.method) {
      for (const fn of listeners.get(message.method) ?? []) fn(message.params);
    }
  });
  const send = (method, params = {}) => new Promise((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve, reject });
    socket.send(JSON.stringify({ id, method, params }));
  });
  await send('session.new', { capabilities: { alwaysMatch: { acceptInsecureCerts: false } } });
  return {
    send,
    on(event, fn) { listeners.set(event, [...(listeners.get(event) ?? []), fn]); },
    async close() {
      await send('session.end').catch(() => {});
      socket.close();
      child.kill('SIGTERM');
      await new Promise((resolve) => { if (child.exitCode !== null) resolve(); else child.on('exit', resolve); });
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Evaluates `expression` (awaiting promises) in a browsing context; returns its JSON value. */
export async function evaluate(firefox, context, expression) {
  const result = await firefox.send('script.evaluate', {
    expression: `(async () => JSON.stringify(await (${expression})))()`,
    target: { context },
    awaitPromise: true,
  });
  if (result.type === 'exception') throw new Error(`in page: ${result.exceptionDetails.text}`);
  return result.result.value === undefined ? undefined : JSON.parse(result.result.value);
}
