#!/usr/bin/env bash
# ./saywho test: every test, set-up and builds included, from a fresh machine.
# Steps run in order; the first failure stops the run with its output.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ensure_setup

say "test 1/4: core (Catch2, native build)"
"$SAYWHO_ROOT/scripts/build.sh" native
ctest --preset native

say "test 2/4: wasm module (node --test)"
"$SAYWHO_ROOT/scripts/build.sh" wasm
node --test "$SAYWHO_ROOT"/tests/wasm/

say "test 3/4: browser extension (Chromium + Firefox, headless)"
"$SAYWHO_ROOT/scripts/build.sh" extension
node --test "$SAYWHO_ROOT"/tests/browser/extension*.test.mjs

say "all tests passed"
