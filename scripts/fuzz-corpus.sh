#!/usr/bin/env bash
# ./scripts/fuzz-corpus.sh [SECONDS]: refreshes the committed fuzz corpus,
# tests/fuzz/corpus/{analyze,html,jsonl}, so that every fuzzing run starts
# from the coverage already reached. For each target: seeds made from our own
# fixtures, SECONDS of fuzzing (default 300) from those seeds, the committed
# corpus and what earlier runs left in build/fuzz/corpus/TARGET, then
# libFuzzer's -merge=1 keeps the smallest set of inputs that covers as many
# code edges. Run it after a change that opens new paths (a new rule, a new
# lexicon class), then commit tests/fuzz/corpus/. To keep the corpus small
# (a few hundred KB): inputs of 2 KiB at most, and the merge counts edges
# only (-use_counters=0), not how often each is hit, which halves the files
# for the same edges.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$SAYWHO_ROOT"

seconds="${1:-300}"
[[ "$seconds" =~ ^[0-9]+$ ]] || die "usage: scripts/fuzz-corpus.sh [SECONDS]"
FUZZ_DIR="$BUILD_DIR/fuzz"
work="$FUZZ_DIR/corpus-refresh"
rm -rf "$work"
mkdir -p "$work"

say "building the fuzz targets"
cmake --preset fuzz -S "$SAYWHO_ROOT" >/dev/null
cmake --build "$FUZZ_DIR" --target saywho_fuzz_analyze saywho_fuzz_html saywho_fuzz_jsonl -j 2

texts=$(find tests/fixtures tests/wasm/fixtures web-demo/samples -type f -name '*.txt' | sort)
lang_byte() { case "$(basename "$1")" in en*) printf '\x01' ;; *) printf '\x00' ;; esac; }

# analyze: every fixture text, once per option byte that picks a language
# ("fr", "en", "auto"): byte 0 is the options, the rest the text.
mkdir -p "$work/seeds/analyze"
for text in $texts; do
  for option in 0 1 2; do
    { printf "\\x0$option"; head -c 2047 "$text"; } >"$work/seeds/analyze/$option-$(basename "$text")"
  done
done
# html: the browser tests' article pages, and each text as paragraphs of markup.
mkdir -p "$work/seeds/html"
for page in tests/browser/fixtures/*.html; do
  { lang_byte "$page"; head -c 2047 "$page"; } >"$work/seeds/html/$(basename "$page")"
done
for text in $texts; do
  { lang_byte "$text"; printf '<html><head><title>t</title><script>var a="<p>";</script></head><body>\n<article><p>';
    head -c 1800 "$text" | sed 's/&/\&amp;/g; s/</\&lt;/g; s/$/<\/p><p>/'; printf '</p></article></body></html>\n'
  } >"$work/seeds/html/$(basename "$text" .txt).html"
done
# jsonl: each text as records (with and without id and lang), a broken line
# and a blank one.
mkdir -p "$work/seeds/jsonl"
node - "$work/seeds/jsonl" $texts <<'EOF'
const fs = require('fs');
const [dir, ...texts] = process.argv.slice(2);
for (const file of texts) {
  const text = fs.readFileSync(file, 'utf8').slice(0, 1500);
  const lang = file.split('/').pop().startsWith('en') ? 'en' : 'fr';
  const lines = [
    JSON.stringify({ id: file.split('/').pop(), text, lang }),
    '',
    JSON.stringify({ text: text.split('\n')[0] }),
    '{"id": 7, "text": ',
    JSON.stringify({ id: null, text: text.slice(0, 200), lang: 'auto' }),
  ];
  fs.writeFileSync(`${dir}/${file.split('/').pop().replace(/\.txt$/, '.jsonl')}`, lines.join('\n') + '\n');
}
EOF

for target in analyze html jsonl; do
  dict="tests/fuzz/$target.dict"
  [ "$target" != analyze ] || dict="tests/fuzz/saywho.dict"
  committed="tests/fuzz/corpus/$target"
  grown="$FUZZ_DIR/corpus/$target"
  mkdir -p "$committed" "$grown" "$work/fuzzed/$target" "$work/merged/$target"
  say "fuzzing $target for ${seconds}s from its seeds and corpus"
  "$FUZZ_DIR/tests/fuzz/saywho_fuzz_$target" -max_total_time="$seconds" -max_len=2048 -timeout=10 \
    -rss_limit_mb=2048 -dict="$dict" -artifact_prefix="$work/" \
    "$work/fuzzed/$target" "$committed" "$grown" "$work/seeds/$target"
  say "minimising the $target corpus"
  "$FUZZ_DIR/tests/fuzz/saywho_fuzz_$target" -merge=1 -use_counters=0 -max_len=2048 -timeout=10 -rss_limit_mb=2048 \
    "$work/merged/$target" "$committed" "$grown" "$work/seeds/$target" "$work/fuzzed/$target"
  rm -rf "$committed"
  mkdir -p "$committed"
  cp "$work/merged/$target"/* "$committed"/
  say "$target: $(ls "$committed" | wc -l) inputs, $(du -sk "$committed" | cut -f1) KB"
done
