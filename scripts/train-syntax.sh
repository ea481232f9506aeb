#!/usr/bin/env bash
# Rebuilds the syntax packs core/data/{en,fr}/syntax.bin from local copies of
# the Universal Dependencies treebanks, and prints their accuracy on the UD
# test sets (the figures of BENCHMARKS.md). Not run in CI: it takes minutes
# and needs the treebanks, which the repository does not hold.
#
#   scripts/train-syntax.sh UD_DIR [en|fr]...
#
# UD_DIR holds checkouts of (commits in core/data/SYNTAX-NOTICE.md):
#   UD_English-EWT          train: en_ewt-ud-train.conllu, or when absent its
#                           per-document sources listed in
#                           not-to-release/file-lists/files.train; plus dev
#   UD_French-GSD           train (when present) and dev
#   UD_French-ParisStories  train and dev
#   UD_French-PUD           test (the only file: used for training here)
# Test files whose figures we report (EWT test, GSD test) are never trained on.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

[ $# -ge 1 ] || die "usage: scripts/train-syntax.sh UD_DIR [en|fr]..."
UD="$(cd "$1" && pwd)"
shift
langs=("$@")
[ ${#langs[@]} -gt 0 ] || langs=(en fr)

"$SAYWHO_ROOT/scripts/build.sh" native >/dev/null
TRAINER="$NATIVE_DIR/core/syntax-trainer/saywho-train-syntax"
WORK="$BUILD_DIR/train-syntax"
mkdir -p "$WORK"

ewt_train() {
  local ewt="$UD/UD_English-EWT"
  if [ -f "$ewt/en_ewt-ud-train.conllu" ]; then
    echo "$ewt/en_ewt-ud-train.conllu"
    return
  fi
  local out="$WORK/en_ewt-train-from-sources.conllu"
  : > "$out"
  while read -r doc; do
    [ -n "$doc" ] || continue
    cat "$ewt/not-to-release/sources/$doc" >> "$out"
    echo >> "$out"
  done < "$ewt/not-to-release/file-lists/files.train"
  echo "$out"
}

for lang in "${langs[@]}"; do
  case "$lang" in
    en)
      train=("$(ewt_train)" "$UD/UD_English-EWT/en_ewt-ud-dev.conllu")
      test=("$UD/UD_English-EWT/en_ewt-ud-test.conllu")
      # The committed pack: these epochs, then pruned to <= 1.5 MB gzipped.
      options=(--tagger-epochs 8 --parser-epochs 9 --tagger-entries 240000 --parser-entries 170000)
      ;;
    fr)
      train=()
      [ -f "$UD/UD_French-GSD/fr_gsd-ud-train.conllu" ] && train+=("$UD/UD_French-GSD/fr_gsd-ud-train.conllu")
      train+=("$UD/UD_French-GSD/fr_gsd-ud-dev.conllu"
              "$UD/UD_French-ParisStories/fr_parisstories-ud-train.conllu"
              "$UD/UD_French-ParisStories/fr_parisstories-ud-dev.conllu"
              "$UD/UD_French-PUD/fr_pud-ud-test.conllu")
      test=("$UD/UD_French-GSD/fr_gsd-ud-test.conllu")
      options=(--tagger-epochs 10 --parser-epochs 12 --tagger-entries 220000 --parser-entries 170000)
      ;;
    *) die "unknown language '$lang' (en, fr)" ;;
  esac
  say "training the $lang syntax pack on: ${train[*]#$UD/}"
  nice "$TRAINER" train --lang "$lang" --out "$SAYWHO_ROOT/core/data/$lang/syntax.bin" \
    "${options[@]}" ${SAYWHO_TRAIN_OPTIONS:-} "${train[@]}"
  say "$lang accuracy on ${test[*]#$UD/}"
  "$TRAINER" eval --lang "$lang" --pack "$SAYWHO_ROOT/core/data/$lang/syntax.bin" "${test[@]}"
  printf 'pack: %s bytes, %s bytes gzipped\n' "$(stat -c %s "$SAYWHO_ROOT/core/data/$lang/syntax.bin")" \
    "$(gzip -9c "$SAYWHO_ROOT/core/data/$lang/syntax.bin" | wc -c)"
done
