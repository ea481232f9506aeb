"""Saywho over a Dask bag: each partition analysed by the native core, on
whatever cluster the bag's scheduler is (threads, a LocalCluster, machines).

    import dask.bag as db, saywho.dask
    lines = db.read_text("in/*.jsonl")          # one partition per file
    results = saywho.dask.analyze_bag(lines).compute()

Needs Debian's python3-dask (and python3-distributed for a cluster).
"""

from __future__ import annotations

import json
from typing import Any, Dict, Iterable, List, Tuple, Union

from . import _native

Record = Union[str, Dict[str, Any]]


def analyze_jsonl_bytes(data: bytes, lang: str = "auto", jobs: int = 1) -> Tuple[bytes, int, int, int]:
    """JSONL bytes -> (saywho-cli's JSONL output for them, read, ok, failed).

    The one function every Dask path maps: the CLI's own record function,
    so a shard's lines are the CLI's lines for the same input. jobs=1 by
    default: a Dask worker's own threads are the parallelism.
    """
    return _native.analyze_jsonl(data, lang, jobs)


def analyze_partition(records: Iterable[Record], lang: str = "auto") -> List[Dict[str, Any]]:
    """A partition's records -> the CLI's output objects, in order.

    A record is a JSONL line (str, as dask.bag.read_text gives them) or a
    dict {"text", "id"?, "lang"?}. "line" in the output is the record's
    1-based position in the partition (with read_text's one partition per
    file: its line in the file, as the CLI numbers it).
    """
    lines = [r.rstrip("\r\n") if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records]
    if not lines:
        return []
    out, _read, _ok, _failed = analyze_jsonl_bytes("\n".join(lines).encode("utf-8", "surrogatepass"), lang)
    return [json.loads(line) for line in out.splitlines()]


def analyze_bag(bag: Any, lang: str = "auto") -> Any:
    """A dask.bag.Bag of records (see analyze_partition) -> a Bag of the
    CLI's output objects ({"line", "id", "analysis"} or {..., "error"}),
    lazily; .compute() or .to_textfiles() as usual."""
    return bag.map_partitions(analyze_partition, lang=lang)
