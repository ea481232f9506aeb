#!/usr/bin/env bash
# ./scripts/fuzz.sh [SECONDS]: builds the libFuzzer target over analyze
# (preset "fuzz": clang, ASan + UBSan, build/fuzz) and runs it for SECONDS
# (default 60). The corpus lives in build/fuzz/corpus, seeded from our own
# fixtures; crashes are written to build/fuzz/artifacts/ and stop the run.
# A long run: scripts/fuzz.sh 3600   (one core; see docs/limits-and-safety.md)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$SAYWHO_ROOT"  # ctest and cmake find CMakePresets.json here

seconds="${1:-60}"
[[ "$seconds" =~ ^[0-9]+$ ]] || die "usage: scripts/fuzz.sh [SECONDS]"
FUZZ_DIR="$BUILD_DIR/fuzz"
command -v clang++ >/dev/null || die "clang++ is missing (run ./saywho setup)"

say "building the fuzz target (build/fuzz, clang + libFuzzer + ASan/UBSan)"
cmake --preset fuzz -S "$SAYWHO_ROOT" >/dev/null  # cheap; picks up preset changes
cmake --build "$FUZZ_DIR" --target saywho_fuzz_analyze -j 2

# Seeds: every fixture and demo sample, each once per option byte that picks
# a language ("fr", "en", "auto"): the target reads byte 0 as the options.
corpus="$FUZZ_DIR/corpus"
artifacts="$FUZZ_DIR/artifacts"
mkdir -p "$corpus" "$artifacts"
seed_count=0
while IFS= read -r -d '' seed; do
  for option in 0 1 2; do
    name="seed-$option-$(basename "$seed")"
    if [ ! -f "$corpus/$name" ]; then
      { printf "\\x0$option"; head -c 4095 "$seed"; } >"$corpus/$name"
    fi
    seed_count=$((seed_count + 1))
  done
done < <(find "$SAYWHO_ROOT/tests/fixtures" "$SAYWHO_ROOT/tests/wasm/fixtures" \
              "$SAYWHO_ROOT/web-demo/samples" -type f -name '*.txt' -print0 2>/dev/null)

# Inputs that once failed stay in the corpus (same layout: option byte first).
cp -n "$SAYWHO_ROOT"/tests/fuzz/regressions/*.bin "$corpus"/ 2>/dev/null || true

say "fuzzing analyze for ${seconds}s ($seed_count seeds, corpus $(ls "$corpus" | wc -l) files)"
# -max_len 4096: long enough for several sentences and quotes; the hostile
# suite covers megabyte inputs. -timeout 10: a slow input (quadratic blow-up)
# counts as a failure. -rss_limit_mb 2048: so does a memory blow-up.
"$FUZZ_DIR/tests/fuzz/saywho_fuzz_analyze" \
  -max_total_time="$seconds" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
  -dict="$SAYWHO_ROOT/tests/fuzz/saywho.dict" \
  -artifact_prefix="$artifacts/" -print_final_stats=1 \
  "$corpus"
say "fuzzing found nothing in ${seconds}s"
