#!/usr/bin/env bash
# ./scripts/python-test.sh: the Python package (python/) against the native
# build (scripts/build.sh native builds saywho._native into
# build/native/python): pytest on the API, the CLI's batches and Dask; then
# `pip install ./python --no-build-isolation` offline into a virtual
# environment, as README's "Analyse a corpus" says, and one import from it.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$SAYWHO_ROOT"

[ -d "$NATIVE_DIR/python/saywho" ] || die "no Python module in $NATIVE_DIR/python (is pybind11-dev installed? run ./saywho setup)"

say "pytest tests/python (API, CLI --jobs, Dask LocalCluster)"
rc=0
PYTHONPATH="$NATIVE_DIR/python" "$PYTHON3" -m pytest -q -p no:cacheprovider tests/python || rc=$?
# pytest's 5 means it collected no test: a broken suite, not a pass.
[ "$rc" -ne 5 ] || die "pytest ran no test"
[ "$rc" -eq 0 ] || exit "$rc"

say "pip install ./python --no-build-isolation (offline, into build/venv)"
venv="$BUILD_DIR/venv"
[ -x "$venv/bin/python" ] || "$PYTHON3" -m venv --system-site-packages "$venv"
"$venv/bin/python" -m pip install --quiet --no-index --no-deps --no-build-isolation ./python
(cd / && "$venv/bin/python" -c '
import saywho, sys
r = saywho.analyze("« Nous partirons demain », a déclaré Marie Dubois.")
assert r["lang"] == "fr" and r["quotes"], r
assert saywho.__file__.startswith(sys.prefix), saywho.__file__  # the installed copy
print("installed saywho", saywho.__version__, "at", saywho.__file__)')
