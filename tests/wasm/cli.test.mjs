// wasm/cli.mjs behaves like the native CLI: same JSON on the same input, same
// exit codes on refused input and on usage errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, requireNativeCli } from './helpers.mjs';

const WASM_CLI = path.join(ROOT, 'wasm', 'cli.mjs');

function run(command, args, input) {
  const result = spawnSync(command, args, { input: input ?? '', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout.toString('utf8'), stderr: result.stderr.toString('utf8') };
}
const wasmCli = (args, input) => run(process.execPath, [WASM_CLI, ...args], input);
const nativeCli = (args, input) => run(requireNativeCli(), args, input);

const ARTICLE = '« Les travaux commenceront en juin 🏗️ », a annoncé jeudi le maire de Trévoux-sur-Loire, '
  + 'Gérard Pellissier.\nSon adversaire, Mme Nadia Ferhat, l’accuse d’avoir « oublié les quartiers nord ».\n';

test('same JSON as the native CLI, compact and pretty, from stdin and from a file', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'saywho-cli-'));
  try {
    const file = path.join(dir, 'article.txt');
    writeFileSync(file, ARTICLE);
    for (const args of [['analyze', '--lang', 'fr', '-'], ['analyze', '--pretty', '-'], ['--lang', 'fr', file],
      ['analyze', '--lang', 'auto', '--pretty', file]]) {
      const wasm = wasmCli(args, ARTICLE);
      const native = nativeCli(args, ARTICLE);
      assert.equal(native.status, 0, `native ${args.join(' ')}: ${native.stderr}`);
      assert.equal(wasm.status, 0, `wasm ${args.join(' ')}: ${wasm.stderr}`);
      assert.equal(wasm.stdout, native.stdout, args.join(' '));
      assert.ok(JSON.parse(wasm.stdout).quotes.length >= 1);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('refused input and usage errors exit like the native CLI', () => {
  const cases = [
    { name: 'invalid UTF-8', args: ['analyze', '-'], input: Buffer.from([0x41, 0x42, 0xc3, 0x28, 0x43]) },
    { name: 'empty input', args: ['analyze', '-'], input: '' },
    { name: 'unknown language', args: ['analyze', '--lang', 'de', '-'], input: ARTICLE },
    { name: 'unknown option', args: ['analyze', '--frobnicate', '-'], input: ARTICLE },
    { name: 'too large', args: ['analyze', '--max-bytes', '10', '-'], input: ARTICLE },
    { name: 'missing file', args: ['analyze', '/nonexistent/article.txt'], input: '' },
  ];
  for (const { name, args, input } of cases) {
    const wasm = wasmCli(args, input);
    const native = nativeCli(args, input);
    assert.notEqual(native.status, 0, `native accepted ${name}`);
    assert.equal(wasm.status, native.status, `${name}: wasm exit ${wasm.status} (${wasm.stderr.trim()}), native ${native.status} (${native.stderr.trim()})`);
    assert.equal(wasm.stdout, '', `${name}: wasm printed to stdout`);
    assert.ok(wasm.stderr.trim().length > 0, `${name}: no message`);
  }
  assert.match(wasmCli(['analyze', '-'], Buffer.from([0x41, 0x42, 0xc3, 0x28])).stderr, /byte 2\b/);
});

test('--help and --version', () => {
  const help = wasmCli(['--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /--lang/);
  const version = wasmCli(['--version']);
  assert.equal(version.status, 0);
  assert.match(version.stdout, /\d+\.\d+\.\d+/);
});

test('JSONL: the native CLI\'s lines, broken lines reported, the batch goes on', () => {
  const input = [
    JSON.stringify({ id: 'a', text: ARTICLE }),
    '{not json',
    JSON.stringify({ id: 'b', text: 'The mayor said: "We will rebuild." ', lang: 'en' }),
    '',
    JSON.stringify({ id: 7, text: 'Bonjour.', lang: 'de' }),
    JSON.stringify({ text: '  ' }),
    '[1, 2]',
  ].join('\n');
  const wasm = wasmCli(['analyze', '--format', 'jsonl', '-'], input);
  const native = nativeCli(['analyze', '--format', 'jsonl', '-'], input);
  assert.equal(wasm.status, 1, wasm.stderr);
  assert.equal(wasm.status, native.status);
  // The same summary counts (the native CLI adds its time, speed and threads).
  const counts = (stderr) => stderr.match(/^read \d+, ok \d+, failed \d+/m)?.[0];
  assert.equal(counts(wasm.stderr), counts(native.stderr));
  assert.match(wasm.stderr, /read 6, ok 2, failed 4/);
  const wasmLines = wasm.stdout.trim().split('\n').map((line) => JSON.parse(line));
  const nativeLines = native.stdout.trim().split('\n').map((line) => JSON.parse(line));
  assert.equal(wasmLines.length, 6);
  // Same records, same analyses, same error codes (messages may be worded
  // differently: JSON parse errors come from different parsers).
  const shape = (line) => ({ line: line.line, id: line.id, analysis: line.analysis, code: line.error?.code });
  assert.deepEqual(wasmLines.map(shape), nativeLines.map(shape));
  assert.equal(wasmLines[0].id, 'a');
  assert.ok(wasmLines[0].analysis.quotes.length >= 1);
  assert.equal(wasmLines[2].analysis.lang, 'en');
  assert.deepEqual(wasmLines.slice(1).filter((l) => l.error).map((l) => l.error.code),
    ['invalid_json', 'unknown_language', 'empty_input', 'invalid_record']);
});

test('HTML input: the same extracted text and analysis as the native CLI', () => {
  const html = '<!doctype html><html><head><title>Le port</title><style>p{color:red}</style></head><body>'
    + '<script>var x = "« pas un texte »";</script><article><h1>Grève au port</h1>'
    + '<p>« Nous ne reculerons pas &#x1F6A2; », a d&eacute;clar&eacute; la syndicaliste Lou Kervella.</p>'
    + '<p>La direction l&rsquo;accuse de &laquo;&nbsp;bloquer l&#39;économie&nbsp;&raquo;.</p></article></body></html>';
  for (const args of [['analyze', '-'], ['analyze', '--format', 'html', '--lang', 'fr', '--pretty', '-'], ['segment', '-']]) {
    const wasm = wasmCli(args, html);
    const native = nativeCli(args, html);
    assert.equal(native.status, 0, native.stderr);
    assert.equal(wasm.status, 0, wasm.stderr);
    assert.equal(wasm.stdout, native.stdout, args.join(' '));
  }
  assert.doesNotMatch(wasmCli(['analyze', '-'], html).stdout, /pas un texte/);
});
