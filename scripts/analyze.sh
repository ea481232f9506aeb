#!/usr/bin/env bash
# ./saywho analyze: the native CLI, built first when it is missing or stale.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

cli="$NATIVE_DIR/saywho-cli"
# Rebuild only when a source or data file is newer than the binary: the
# scorer runs this once per article, so the common case must cost nothing.
if [ ! -x "$cli" ] || [ -n "$(find "$SAYWHO_ROOT/core" "$SAYWHO_ROOT/CMakeLists.txt" -newer "$cli" -type f -print -quit)" ]; then
  "$SAYWHO_ROOT/scripts/build.sh" native >&2
fi
exec "$cli" "$@"
