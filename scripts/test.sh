#!/usr/bin/env bash
# ./saywho test: every test, set-up and builds included, from a fresh machine.
# Steps run in order; the first failure stops the run with its output.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$SAYWHO_ROOT"

ensure_setup

say "test 1/7: core (Catch2, native build)"
scripts/build.sh native
ctest --preset native

say "test 2/7: core under AddressSanitizer + UBSan (clang)"
scripts/sanitize.sh

say "test 3/7: fuzzing analyze, the HTML extractor and the JSONL reader (libFuzzer, from the committed corpus)"
# Seconds per target (docs/limits-and-safety.md says why these): analyze,
# where the rules are, gets most of the time.
scripts/fuzz.sh "${SAYWHO_FUZZ_SECONDS:-180}" analyze
scripts/fuzz.sh "${SAYWHO_FUZZ_CLI_SECONDS:-60}" html jsonl

say "test 4/7: wasm module (node --test; random JS strings through analyze() included)"
scripts/build.sh wasm
node --test tests/wasm/

say "test 5/7: browser extension (Chromium + Firefox, headless)"
scripts/build.sh extension
node --test tests/browser/extension*.test.mjs

say "test 6/7: demo page (headless Chromium; after the extension, whose packages it offers)"
scripts/build.sh demo
node --test tests/browser/demo*.test.mjs

say "test 7/7: benchmark harness (corpus and statistics, no timings asserted)"
node --test bench/bench.test.mjs

say "all tests passed"
