# Shared helpers for the scripts behind ./saywho (sourced, not run).
SAYWHO_ROOT="${SAYWHO_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
BUILD_DIR="$SAYWHO_ROOT/build"
NATIVE_DIR="$BUILD_DIR/native"
WASM_DIR="$BUILD_DIR/wasm"
ICU_WASM_DIR="$BUILD_DIR/icu-wasm"
DIST_DIR="$SAYWHO_ROOT/dist"
# Debian's Python, where apt installs pytest, Dask and the module's headers
# (a python3 earlier on PATH, e.g. pyenv's, has none of them).
PYTHON3="${PYTHON3:-/usr/bin/python3}"
# Emscripten's Debian tools find their node modules only through NODE_PATH.
export NODE_PATH="${NODE_PATH:-/usr/share/nodejs}"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'saywho: %s\n' "$*" >&2; exit 1; }

# jobs: the machine's cores, so builds use them all.
jobs() { nproc 2>/dev/null || echo 2; }

# ensure_setup: run the set-up when something it installs is missing. Cheap
# when all is there (a few dpkg queries and one file comparison).
ensure_setup() {
  "$SAYWHO_ROOT/scripts/setup.sh" --quiet
}
