"""Shared set-up of the Python tests: the package from the native build tree
(build/native/python, made by `./saywho build native`), the CLI beside it,
and a generated corpus (bench/corpus.mjs, from our own fixtures)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILD = Path(os.environ.get("SAYWHO_BUILD_DIR", ROOT / "build" / "native"))
PACKAGE_DIR = BUILD / "python"
CLI = BUILD / "saywho-cli"

if not (PACKAGE_DIR / "saywho").is_dir():
    raise pytest.UsageError(f"no saywho package in {PACKAGE_DIR}: run ./saywho build native (pybind11-dev needed)")
sys.path.insert(0, str(PACKAGE_DIR))
# Child processes (python -m saywho, Dask workers) import the same package.
os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PACKAGE_DIR), os.environ.get("PYTHONPATH")]))


@pytest.fixture(scope="session")
def cli() -> Path:
    assert CLI.is_file(), f"{CLI} is missing: run ./saywho build native"
    return CLI


@pytest.fixture(scope="session")
def fixture_articles():
    return sorted((ROOT / "tests" / "fixtures" / "articles").glob("*.txt"))


@pytest.fixture(scope="session")
def corpus_jsonl(tmp_path_factory) -> Path:
    """300 records {"id","text"} of 1-6 KB, French and English."""
    out = tmp_path_factory.mktemp("corpus") / "corpus.jsonl"
    subprocess.run(["node", str(ROOT / "bench" / "corpus.mjs"), "--jsonl", "300", str(out)],
                   check=True, capture_output=True)
    return out


def run_cli(*args, input_bytes=None):
    return subprocess.run([str(CLI), *map(str, args)], input=input_bytes, capture_output=True)


def run_module(module, *args, input_bytes=None):
    return subprocess.run([sys.executable, "-m", module, *map(str, args)], input=input_bytes, capture_output=True)
