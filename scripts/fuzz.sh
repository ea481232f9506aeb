#!/usr/bin/env bash
# ./scripts/fuzz.sh [SECONDS] [TARGET…]: builds the libFuzzer targets (preset
# "fuzz": clang, ASan + UBSan + libstdc++ assertions, build/fuzz) and fuzzes
# each TARGET for SECONDS (default 60), one after the other. Targets:
#   analyze  saywho::analyze on any text (tests/fuzz/fuzz_analyze.cpp)
#   html     the CLI's HTML extractor, then analyze (fuzz_html.cpp)
#   jsonl    the CLI's JSONL reader, with analyze behind it (fuzz_jsonl.cpp)
# Default: all three. Each run starts from the committed, minimised corpus
# tests/fuzz/corpus/TARGET (read only; scripts/fuzz-corpus.sh refreshes it)
# and, for analyze, the inputs that once failed (tests/fuzz/regressions/);
# what a run adds goes to build/fuzz/corpus/TARGET. A crash, a broken
# invariant, a 10-second input or 2 GiB of memory stops the run and is saved
# in build/fuzz/artifacts/.
# A long run: nice -n 19 scripts/fuzz.sh 3600 analyze   (see docs/limits-and-safety.md)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$SAYWHO_ROOT"  # ctest and cmake find CMakePresets.json here

seconds="${1:-60}"
[[ "$seconds" =~ ^[0-9]+$ ]] || die "usage: scripts/fuzz.sh [SECONDS] [analyze|html|jsonl …]"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(analyze html jsonl)
for target in "${targets[@]}"; do
  [ -f "$SAYWHO_ROOT/tests/fuzz/fuzz_$target.cpp" ] || die "no fuzz target \"$target\" (analyze, html, jsonl)"
done
FUZZ_DIR="$BUILD_DIR/fuzz"
command -v clang++ >/dev/null || die "clang++ is missing (run ./saywho setup)"

say "building the fuzz targets (build/fuzz, clang + libFuzzer + ASan/UBSan)"
cmake --preset fuzz -S "$SAYWHO_ROOT" >/dev/null  # cheap; picks up preset changes
cmake --build "$FUZZ_DIR" --target "${targets[@]/#/saywho_fuzz_}" -j 2

artifacts="$FUZZ_DIR/artifacts"
mkdir -p "$artifacts"
for target in "${targets[@]}"; do
  corpus="$FUZZ_DIR/corpus/$target"
  committed="$SAYWHO_ROOT/tests/fuzz/corpus/$target"
  mkdir -p "$corpus"
  # Inputs that once failed stay in the corpus (analyze's layout).
  [ "$target" != analyze ] || cp -n "$SAYWHO_ROOT"/tests/fuzz/regressions/*.bin "$corpus"/ 2>/dev/null || true
  dict="$SAYWHO_ROOT/tests/fuzz/$target.dict"
  [ "$target" != analyze ] || dict="$SAYWHO_ROOT/tests/fuzz/saywho.dict"
  say "fuzzing $target for ${seconds}s (committed corpus $(ls "$committed" | wc -l) files, $(ls "$corpus" | wc -l) more)"
  # -max_len 4096: long enough for several sentences and quotes (or records,
  # or paragraphs of markup); the hostile suite covers megabyte inputs.
  # -timeout 10: a slow input (quadratic blow-up) counts as a failure;
  # -rss_limit_mb 2048: so does a memory blow-up.
  "$FUZZ_DIR/tests/fuzz/saywho_fuzz_$target" \
    -max_total_time="$seconds" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
    -dict="$dict" -artifact_prefix="$artifacts/$target-" -print_final_stats=1 \
    "$corpus" "$committed"
done
say "fuzzing found nothing (${targets[*]}: ${seconds}s each)"
