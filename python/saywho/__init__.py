"""Saywho from Python: who says what in a news article (French or English).

The same C++ core as saywho-cli and the browser extension, through a native
module; the output is the CLI's JSON (shared/eval/SCHEMA.md), as dicts.

    import saywho
    saywho.analyze("« Nous partirons », a déclaré Marie Dubois.")
    saywho.analyze_many(texts, jobs=4)      # native threads, GIL released

Offsets in the output count UTF-16 code units, as in the CLI's and the
wasm module's JSON (a Python index into the text differs only after a
character outside the Basic Multilingual Plane, such as an emoji).
"""

from __future__ import annotations

import json
from typing import Any, Iterable, List, Optional, Union

from . import _native
from ._errors import SaywhoError

__all__ = ["SaywhoError", "analyze", "analyze_many", "languages", "__version__"]
__version__: str = _native.version

Text = Union[str, bytes]


def _utf8(text: Text) -> bytes:
    # A lone surrogate in a str becomes invalid UTF-8, which the core reports
    # as invalid_utf8 with its byte offset instead of a UnicodeEncodeError.
    if isinstance(text, str):
        return text.encode("utf-8", "surrogatepass")
    if isinstance(text, (bytes, bytearray, memoryview)):
        return bytes(text)
    raise TypeError(f"saywho: a text is a str or UTF-8 bytes, not {type(text).__name__}")


def _jobs(jobs: Optional[int]) -> int:
    if jobs is None:
        return 0  # the native side takes 0 as "one per core"
    if not isinstance(jobs, int) or isinstance(jobs, bool) or jobs < 1:
        raise ValueError(f"saywho: jobs is a number of threads >= 1 (or None for one per core), not {jobs!r}")
    return jobs


def languages() -> List[str]:
    """The languages with a pack: ["en", "fr"]."""
    return _native.languages()


def analyze(text: Text, lang: str = "auto", *, max_bytes: Optional[int] = None) -> dict:
    """The analysis of one article, as the CLI's JSON in a dict.

    lang: "fr", "en" or "auto". max_bytes: refuse larger input (default 5 MiB).
    Raises SaywhoError (invalid_utf8, input_too_large, unknown_language).
    """
    return json.loads(_native.analyze_json(_utf8(text), lang, max_bytes))


def analyze_many(
    texts: Iterable[Text],
    lang: str = "auto",
    *,
    jobs: Optional[int] = None,
    max_bytes: Optional[int] = None,
    errors: str = "raise",
) -> List[Any]:
    """The analyses of many articles, in input order, on `jobs` native threads
    (None: one per core). The GIL is released meanwhile, so other Python
    threads run.

    errors="raise": the first refused text (in input order) raises its
    SaywhoError once all are done; errors="return": its slot holds the
    SaywhoError instead of a dict.
    """
    if errors not in ("raise", "return"):
        raise ValueError(f"saywho: errors is 'raise' or 'return', not {errors!r}")
    threads = _jobs(jobs)
    outcomes = _native.analyze_many_json([_utf8(t) for t in texts], lang, threads, max_bytes)
    results: List[Any] = []
    for ok, payload, code, byte_offset in outcomes:
        if ok:
            results.append(json.loads(payload))
            continue
        error = SaywhoError(code, payload, byte_offset)
        if errors == "raise":
            raise error
        results.append(error)
    return results
