#!/usr/bin/env bash
# Installs what a fresh Debian bookworm machine lacks to build and test
# Saywho: Debian packages with apt-get, npm packages with `npm ci` from the
# committed lockfile. Idempotent: when everything is there it only checks.
#   --quiet   print nothing when there is nothing to do
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

quiet=0
[ "${1:-}" = "--quiet" ] && quiet=1

# One line a package, with why we need it.
DEBIAN_PACKAGES=(
  build-essential        # g++ 12, make
  cmake                  # the build
  ninja-build            # faster incremental builds
  pkg-config             # finds ICU for the native build
  libicu-dev             # ICU for the native build
  icu-devtools           # icupkg and genccode, to trim ICU data for wasm
  nlohmann-json3-dev     # JSON output
  catch2                 # C++ tests (Catch2 v2)
  clang                  # libFuzzer target and sanitizer builds
  libclang-rt-14-dev     # runtimes for -fsanitize=fuzzer,address,undefined
  emscripten             # the wasm build (3.1.6)
  chromium               # headless browser tests (extension, demo)
  firefox-esr            # the extension in Firefox
  debian-archive-keyring # verifies Debian's ICU source package
  zip                    # packages the extension
  valgrind               # instruction counts in the benchmarks
  python3                # the evaluation scorer
  python3-dev            # headers for the Python module (python/)
  pybind11-dev           # C++ <-> Python bindings of the Python module
  python3-setuptools     # pip install ./python builds with setuptools (offline)
  python3-wheel          # ... and packs a wheel
  python3-pip            # pip itself, for that install
  python3-venv           # a virtual environment to install it into (PEP 668)
  python3-pytest         # the Python package's tests
  python3-dask           # saywho.dask: corpora over Dask bags
  python3-distributed    # saywho.corpus: Dask clusters, local or several machines
)

missing=()
# Node.js 20 and npm: any install will do (the machine image may carry its own
# nodejs build that bundles npm, which Debian's npm package conflicts with).
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
for pkg in "${DEBIAN_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done

if [ ${#missing[@]} -gt 0 ]; then
  say "installing Debian packages: ${missing[*]}"
  [ "$(id -u)" -eq 0 ] || die "need root to install Debian packages (run with sudo)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
elif [ $quiet -eq 0 ]; then
  say "Debian packages: all there"
fi

# npm packages: reinstall only when the lockfile changed since the last install.
lock="$SAYWHO_ROOT/package-lock.json"
stamp="$SAYWHO_ROOT/node_modules/.saywho-lock.sha256"
if [ -f "$lock" ]; then
  want="$(sha256sum "$lock" | cut -d' ' -f1)"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    say "installing npm packages (npm ci)"
    (cd "$SAYWHO_ROOT" && npm ci --no-audit --no-fund --loglevel=error >&2)
    echo "$want" > "$stamp"
  elif [ $quiet -eq 0 ]; then
    say "npm packages: all there"
  fi
fi
