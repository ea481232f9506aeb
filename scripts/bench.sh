#!/usr/bin/env bash
# ./saywho bench [--quick] [--no-build]: builds what the benchmarks need
# (native, wasm, extension), then runs bench/run.mjs, which prints one table
# and writes bench/results.json. Measures only; never fails on a figure.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

build=1
run_args=()
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    --quick) run_args+=(--quick) ;;
    *) die "bench: unknown option '$arg' (--quick, --no-build)" ;;
  esac
done

if [ "$build" = 1 ]; then
  targets=(native wasm)
  [ -f "$SAYWHO_ROOT/extension/build.mjs" ] && targets+=(extension)
  "$SAYWHO_ROOT/scripts/build.sh" "${targets[@]}"
fi
command -v valgrind >/dev/null || say "valgrind is missing: instruction counts will be reported as unavailable"
say "running the benchmarks (a few minutes)"
exec node "$SAYWHO_ROOT/bench/run.mjs" "${run_args[@]}"
