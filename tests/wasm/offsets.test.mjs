// Offsets are JavaScript string indices: text.slice(start, end) is the
// span's text for every span, astral characters and emoji included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertSpansSlice, parityTexts, sharedSaywho } from './helpers.mjs';

test('every analysis span slices to its text', async () => {
  const saywho = await sharedSaywho();
  let checked = 0;
  for (const { name, lang, text } of parityTexts()) {
    checked += assertSpansSlice(text, saywho.analyze(text, { lang }), name);
  }
  assert.ok(checked > 50, `only ${checked} spans checked`);
});

test('a quote after emoji and astral letters keeps exact offsets', async () => {
  const saywho = await sharedSaywho();
  const text = '🎉🎉 La ministre 𝔄𝔫𝔫𝔢 Roussel a déclaré : « Nous tiendrons parole 👍🏽. »\n'
    + '« C’est une victoire 🏆 », a ajouté Mme Roussel.';
  const analysis = saywho.analyze(text, { lang: 'fr' });
  assertSpansSlice(text, analysis, 'emoji text');
  const contents = analysis.quotes.map((q) => q.content.text);
  assert.ok(contents.some((c) => c.includes('Nous tiendrons parole 👍🏽')), JSON.stringify(contents));
});

test('segment offsets index the JS string (tokens, sentences, paragraphs)', async () => {
  const saywho = await sharedSaywho();
  const text = '𝒜 l’aube, 👋🏿 Jo a dit : « Salut ! »\nSecond paragraphe 🚀 ici.';
  const seg = saywho.segment(text, { lang: 'fr' });
  assert.equal(seg.paragraphs.length, 2);
  assert.equal(text.slice(seg.paragraphs[1].start, seg.paragraphs[1].end), 'Second paragraphe 🚀 ici.');
  const tokenTexts = seg.tokens.map((t) => text.slice(t.start, t.end));
  assert.ok(tokenTexts.includes('Jo'), tokenTexts.join('|'));
  assert.ok(tokenTexts.includes('ici'), tokenTexts.join('|'));
  assertSpansSlice(text, seg, 'segment');
});
