#!/usr/bin/env bash
# ./saywho test: every test, set-up and builds included, from a fresh machine.
# Steps run in order; the first failure stops the run with its output.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$SAYWHO_ROOT"

ensure_setup

say "test 1/8: core (Catch2, native build; the CLI and the Python module too)"
scripts/build.sh native
ctest --preset native

say "test 2/8: Python package (pytest, Dask on a 2-worker LocalCluster, pip install)"
scripts/python-test.sh

say "test 3/8: core under AddressSanitizer + UBSan (clang)"
scripts/sanitize.sh

say "test 4/8: fuzzing analyze, the HTML extractor and the JSONL reader (libFuzzer, from the committed corpus)"
# Seconds per target (docs/limits-and-safety.md says why these): analyze,
# where the rules are, gets most of the time.
scripts/fuzz.sh "${SAYWHO_FUZZ_SECONDS:-180}" analyze
scripts/fuzz.sh "${SAYWHO_FUZZ_CLI_SECONDS:-60}" html jsonl

say "test 5/8: wasm module (node --test; random JS strings through analyze() included)"
scripts/build.sh wasm
node --test tests/wasm/

say "test 6/8: browser extension (Chromium + Firefox, headless)"
scripts/build.sh extension
node --test tests/browser/extension*.test.mjs

say "test 7/8: demo page (headless Chromium; after the extension, whose packages it offers)"
scripts/build.sh demo
node --test tests/browser/demo*.test.mjs

say "test 8/8: benchmark harness (corpus and statistics, no timings asserted)"
node --test bench/bench.test.mjs

say "all tests passed"
