// The message and settings validation the extension's contexts share: a
// malformed or oversized message is refused with a clear error, settings
// from storage are repaired rather than trusted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MESSAGE, MAX_TEXT_LENGTH, MessageError, validateMessage, isExtensionPage } from '../../extension/src/shared/messages.js';
import { normalizeSettings, siteModeOf, DEFAULT_SETTINGS } from '../../extension/src/shared/settings.js';

test('a valid analyse request is kept, with only the known fields', () => {
  assert.deepEqual(validateMessage({ type: MESSAGE.analyze, text: 'Bonjour', lang: 'fr', extra: 1 }),
    { type: MESSAGE.analyze, text: 'Bonjour', lang: 'fr' });
  assert.deepEqual(validateMessage({ type: MESSAGE.analyze, text: 'Hi' }), { type: MESSAGE.analyze, text: 'Hi', lang: 'auto' });
});

test('the engine start notice carries nothing but its type', () => {
  assert.deepEqual(validateMessage({ type: MESSAGE.prepare, text: 'anything', tabId: 3 }), { type: MESSAGE.prepare });
});

test('malformed messages are refused with a reason', () => {
  const cases = [
    [null, /object with a type/],
    ['saywho:analyze', /object with a type/],
    [{ type: 'saywho:nope' }, /unknown message type/],
    [{ type: MESSAGE.analyze, text: 42 }, /text must be a string/],
    [{ type: MESSAGE.analyze, text: 'x', lang: 'de' }, /unknown lang/],
    [{ type: MESSAGE.analyze, text: 'x'.repeat(MAX_TEXT_LENGTH + 1) }, /too long/],
    [{ type: MESSAGE.siteMode, origin: 'javascript:alert(1)', mode: 'always' }, /origin/],
    [{ type: MESSAGE.siteMode, origin: 'https://example.org/path', mode: 'always' }, /origin/],
    [{ type: MESSAGE.siteMode, origin: 'https://example.org', mode: 'sometimes' }, /mode/],
    [{ type: MESSAGE.select, id: 'Q1', category: 'gossip' }, /category/],
  ];
  for (const [message, reason] of cases) {
    assert.throws(() => validateMessage(message), (error) => error instanceof MessageError && reason.test(error.message), JSON.stringify(message)?.slice(0, 80));
  }
});

test('only this extension\'s own pages count as extension pages', () => {
  const origin = 'chrome-extension://abc';
  assert.equal(isExtensionPage({ id: 'abc', url: 'chrome-extension://abc/src/panel/panel.html' }, 'abc', origin), true);
  assert.equal(isExtensionPage({ id: 'abc', url: 'https://news.example/article', tab: { id: 3 } }, 'abc', origin), false);
  assert.equal(isExtensionPage({ id: 'other', url: 'chrome-extension://other/x.html' }, 'abc', origin), false);
  assert.equal(isExtensionPage(undefined, 'abc', origin), false);
});

test('settings from storage are repaired, never trusted', () => {
  assert.deepEqual(normalizeSettings(undefined), JSON.parse(JSON.stringify(DEFAULT_SETTINGS)));
  const repaired = normalizeSettings({
    categories: { quote: false, speaker: 'yes', gossip: true },
    colors: { quote: '#123abc', report: 'red; background: url(https://x)' },
    sites: { 'https://a.example': 'always', 'https://b.example': 'sometimes', 'https://c.example': 'off' },
  });
  assert.deepEqual(repaired.categories, { quote: false, speaker: true, accusation: true, report: true });
  assert.deepEqual(repaired.colors, { quote: '#123abc', speaker: '', accusation: '', report: '' });
  assert.deepEqual(repaired.sites, { 'https://a.example': 'always', 'https://c.example': 'off' });
  assert.equal(siteModeOf(repaired, 'https://a.example'), 'always');
  assert.equal(siteModeOf(repaired, 'https://z.example'), 'default');
});
