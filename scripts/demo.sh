#!/usr/bin/env bash
# ./saywho demo [--port N]: builds everything (native, wasm, the extension
# when present, the demo page), shows who says what in a bundled sample on
# the terminal (native CLI), then serves build/web-demo/ on 127.0.0.1 until
# Ctrl-C. --port defaults to 8080; a taken port falls back to a free one.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

port=8080
while [ $# -gt 0 ]; do
  case "$1" in
    --port) [ $# -ge 2 ] || die "demo: --port needs a number"; port="$2"; shift 2 ;;
    --port=*) port="${1#--port=}"; shift ;;
    -h|--help) sed -n '2,5p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "demo: unknown argument '$1' (use --port N)" ;;
  esac
done
[[ "$port" =~ ^[0-9]+$ ]] && [ "$port" -le 65535 ] || die "demo: --port must be a number from 0 to 65535, not '$port'"

"$SAYWHO_ROOT/scripts/build.sh" all

sample="$SAYWHO_ROOT/web-demo/samples/fr-brevin-eau.txt"
say "who says what in web-demo/samples/$(basename "$sample") (native CLI)"
# The CLI sits at the top of build/native or, by CMake's default, in core/cli/.
cli="$NATIVE_DIR/saywho-cli"
[ -x "$cli" ] || cli="$NATIVE_DIR/core/cli/saywho-cli"
if ! "$cli" analyze --lang auto "$sample" | node "$SAYWHO_ROOT/web-demo/summary.mjs"; then
  echo "  (the native CLI could not analyse the sample; the page may still work)" >&2
fi

# Where the extension is, when it was built.
shopt -s nullglob
packages=("$DIST_DIR"/*.zip "$DIST_DIR"/*.xpi)
unpacked=()
for d in "$DIST_DIR"/*/; do [ -f "$d/manifest.json" ] && unpacked+=("${d%/}"); done
if [ ${#packages[@]} -gt 0 ] || [ ${#unpacked[@]} -gt 0 ]; then
  say "the browser extension"
  for p in "${packages[@]}"; do echo "  package:  $p"; done
  for d in "${unpacked[@]}"; do echo "  unpacked: $d (load it from chrome://extensions or about:debugging)"; done
fi

say "serving the demo (Ctrl-C to stop)"
exec node "$SAYWHO_ROOT/web-demo/serve.mjs" --port "$port"
