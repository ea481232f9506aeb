#!/usr/bin/env bash
# Builds Saywho's parts. Targets: native (library, CLI, Catch2 suites),
# wasm (ICU for wasm on first use, then the ES module), extension, demo, all.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

build_native() {
  say "building native (build/native)"
  [ -f "$NATIVE_DIR/CMakeCache.txt" ] || cmake --preset native -S "$SAYWHO_ROOT" >/dev/null
  cmake --build "$NATIVE_DIR" -j "$(jobs)"
}

build_wasm() {
  "$SAYWHO_ROOT/scripts/build-icu-wasm.sh"
  say "building wasm (build/wasm)"
  [ -f "$WASM_DIR/CMakeCache.txt" ] || cmake --preset wasm -S "$SAYWHO_ROOT" >/dev/null
  cmake --build "$WASM_DIR" -j "$(jobs)"
}

build_extension() {
  build_wasm
  say "building the extension (dist/)"
  node "$SAYWHO_ROOT/extension/build.mjs"
}

build_demo() {
  build_wasm
  say "building the demo page (build/web-demo)"
  node "$SAYWHO_ROOT/web-demo/build.mjs"
}

ensure_setup
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(all)
for t in "${targets[@]}"; do
  case "$t" in
    native) build_native ;;
    wasm) build_wasm ;;
    extension) build_extension ;;
    demo) build_demo ;;
    all)
      build_native
      build_wasm
      [ -f "$SAYWHO_ROOT/extension/build.mjs" ] && build_extension
      [ -f "$SAYWHO_ROOT/web-demo/build.mjs" ] && build_demo
      ;;
    *) die "unknown build target '$t' (native, wasm, extension, demo, all)" ;;
  esac
done
