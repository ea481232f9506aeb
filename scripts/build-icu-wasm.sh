#!/usr/bin/env bash
# Builds ICU 72.1 for WebAssembly (static, Emscripten) with trimmed data, and
# installs it into build/icu-wasm/install/{include,lib}. The wasm preset links
# lib/libicui18n.a, lib/libicuuc.a and lib/libicudata.a from there.
#
# Recipe: /work/shared/notes/icu-wasm.md. Debian's ICU source package holds
# only prebuilt data (icudt72l.dat), so the data is trimmed with icupkg to the
# items the text layer uses, then compiled into libicudata.a with genccode.
#
# Cached: when the install exists and this script and the keep list are the
# ones that built it (stamp file), it does nothing.
#   --force   rebuild even when the stamp matches
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ICU_VERSION=72.1
ICU_MAJOR=72
OUT="$ICU_WASM_DIR"               # build/icu-wasm
INSTALL="$OUT/install"
STAMP="$INSTALL/.saywho-icu-wasm.stamp"

# The ICU data items the core needs. NFC, case mapping/folding and character
# properties are compiled into libicuuc; only these come from the .dat:
#   brkitr/res_index, root, en, fr  locale data of the break iterators; en.res
#                                   and fr.res also hold the sentence-break
#                                   exceptions ("M.", "Mme", "Mr.") used by
#                                   the @ss=standard locales
#   brkitr/sent.brk, word.brk       sentence and word rules
#   nfkc.nrm, nfkc_cf.nrm           NFKC and NFKC case-fold normalisers
KEEP_LIST=(
  brkitr/res_index.res
  brkitr/root.res
  brkitr/en.res
  brkitr/fr.res
  brkitr/sent.brk
  brkitr/word.brk
  nfkc.nrm
  nfkc_cf.nrm
)

force=0
[ "${1:-}" = "--force" ] && force=1

# The stamp: a hash of this script (which holds the keep list and the flags).
want_stamp="$(sha256sum "${BASH_SOURCE[0]}" | cut -d' ' -f1)"
if [ $force -eq 0 ] && [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$want_stamp" ] \
   && [ -f "$INSTALL/lib/libicuuc.a" ] && [ -f "$INSTALL/lib/libicui18n.a" ] \
   && [ -f "$INSTALL/lib/libicudata.a" ]; then
  say "ICU for wasm: up to date ($INSTALL)"
  exit 0
fi

for tool in emconfigure emmake emcc emar icupkg genccode apt-get; do
  command -v "$tool" >/dev/null || die "missing '$tool' (run ./saywho setup)"
done

say "building ICU $ICU_VERSION for wasm in $OUT (about 3 minutes on 2 cores)"
mkdir -p "$OUT"

# 1. The source: Debian's source package, fetched with a private apt
# configuration under build/icu-wasm/apt so the system's apt sources and lists
# stay untouched. Kept between runs.
SRC_DIR="$OUT/src"
TARBALL="$SRC_DIR/icu_${ICU_VERSION}.orig.tar.gz"
if [ ! -f "$TARBALL" ]; then
  say "fetching Debian's ICU $ICU_VERSION source package"
  APT_DIR="$OUT/apt"
  mkdir -p "$APT_DIR/lists/partial" "$SRC_DIR"
  printf 'Types: deb-src\nURIs: http://deb.debian.org/debian\nSuites: bookworm\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
    > "$APT_DIR/src.sources"
  apt_opts=(-o "Dir::Etc::SourceList=/dev/null" -o "Dir::Etc::SourceParts=$APT_DIR"
            -o "Dir::State::Lists=$APT_DIR/lists")
  apt-get "${apt_opts[@]}" -qq update
  # apt-get source checks the .dsc signature and the tarball's checksums.
  (cd "$SRC_DIR" && apt-get "${apt_opts[@]}" -qq source --download-only icu)
  [ -f "$TARBALL" ] || die "Debian's source package did not hold icu_${ICU_VERSION}.orig.tar.gz (got: $(ls "$SRC_DIR"))"
fi

# 2. A fresh unpacked tree and build directory each time (the stamp changed).
WORK="$OUT/work"
rm -rf "$WORK" "$INSTALL"
mkdir -p "$WORK"
# configure runs its emcc-built test programs with node; the repository's
# package.json says "type": "module", under which Emscripten's CommonJS
# output fails (no __dirname). This marks the build tree as CommonJS.
echo '{"type": "commonjs"}' > "$WORK/package.json"
say "unpacking the source"
tar xzf "$TARBALL" -C "$WORK"
ICU_SRC="$WORK/icu/source"
[ -d "$ICU_SRC" ] || die "unexpected tarball layout: no icu/source"

# 3. Trimmed data: keep only KEEP_LIST from the prebuilt .dat.
say "trimming ICU data to: ${KEEP_LIST[*]}"
DATA="$WORK/data"
mkdir -p "$DATA"
FULL_DAT="$ICU_SRC/data/in/icudt${ICU_MAJOR}l.dat"
icupkg -l "$FULL_DAT" > "$DATA/full.lst"
printf '%s\n' "${KEEP_LIST[@]}" > "$DATA/keep.lst"
for item in "${KEEP_LIST[@]}"; do
  grep -qxF "$item" "$DATA/full.lst" || die "ICU data has no item '$item'"
done
grep -vxF -f "$DATA/keep.lst" "$DATA/full.lst" > "$DATA/remove.lst"
# icupkg names entries after its output file: write icudt72l.dat, then copy
# to icudt72.dat so genccode's C symbol is icudt72_dat.
(cd "$DATA" && icupkg --ignore-deps -r remove.lst "$FULL_DAT" "icudt${ICU_MAJOR}l.dat" \
  && cp "icudt${ICU_MAJOR}l.dat" "icudt${ICU_MAJOR}.dat" \
  && genccode -d . "icudt${ICU_MAJOR}.dat" >/dev/null)

# 4. The libraries. emconfigure runs test programs under Node 20, which fail
# on Emscripten's fetch() of a file path: synchronous compilation avoids it.
say "configuring ICU with emconfigure"
BUILD="$WORK/build"
mkdir -p "$BUILD"
(cd "$BUILD" && emconfigure "$ICU_SRC/configure" --prefix="$INSTALL" \
   --enable-static --disable-shared --disable-tools --disable-tests \
   --disable-samples --disable-extras --disable-icuio --disable-layoutex \
   --disable-dyload --with-data-packaging=static \
   CFLAGS=-Oz CXXFLAGS=-Oz CPPFLAGS=-DU_CHARSET_IS_UTF8=1 \
   LDFLAGS=-sWASM_ASYNC_COMPILATION=0 > "$WORK/configure.log" 2>&1) \
  || { tail -40 "$WORK/configure.log" >&2; die "ICU configure failed (log: $WORK/configure.log)"; }

say "compiling libicuuc and libicui18n (emmake make -j2)"
(cd "$BUILD" && emmake make -j2 > "$WORK/make.log" 2>&1) \
  || { tail -40 "$WORK/make.log" >&2; die "ICU build failed (log: $WORK/make.log)"; }

say "compiling the trimmed data into libicudata.a"
emcc -Oz -I"$ICU_SRC/common" -c "$DATA/icudt${ICU_MAJOR}_dat.c" -o "$DATA/icudt${ICU_MAJOR}_dat.o"

# 5. Install: headers and the three static libraries.
say "installing into $INSTALL"
mkdir -p "$INSTALL/include/unicode" "$INSTALL/lib"
cp "$ICU_SRC"/common/unicode/*.h "$ICU_SRC"/i18n/unicode/*.h "$INSTALL/include/unicode/"
cp "$BUILD/lib/libicuuc.a" "$BUILD/lib/libicui18n.a" "$INSTALL/lib/"
rm -f "$INSTALL/lib/libicudata.a"
emar rcs "$INSTALL/lib/libicudata.a" "$DATA/icudt${ICU_MAJOR}_dat.o"

# The build tree is large and no longer needed; the tarball stays for reuse.
rm -rf "$WORK"
echo "$want_stamp" > "$STAMP"
say "ICU for wasm: done ($(du -sh "$INSTALL/lib" | cut -f1) of libraries)"
