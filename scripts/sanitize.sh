#!/usr/bin/env bash
# ./scripts/sanitize.sh: builds the Catch2 suites with AddressSanitizer and
# UndefinedBehaviorSanitizer (preset "asan": clang, build/asan) and runs them.
# Any memory error, leak or undefined behaviour stops the run with a report.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$SAYWHO_ROOT"  # ctest and cmake find CMakePresets.json here

ASAN_DIR="$BUILD_DIR/asan"
command -v clang++ >/dev/null || die "clang++ is missing (run ./saywho setup)"

say "building the Catch2 suites under ASan + UBSan (build/asan)"
cmake --preset asan -S "$SAYWHO_ROOT" >/dev/null  # cheap; picks up preset changes
cmake --build "$ASAN_DIR" -j 2

say "running the Catch2 suites under ASan + UBSan"
# The asan test preset sets ASAN_OPTIONS/UBSAN_OPTIONS: errors abort with their
# stack, leaks are errors too.
ctest --preset asan
say "sanitizers: clean"
