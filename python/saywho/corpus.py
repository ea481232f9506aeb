"""python -m saywho.corpus: a corpus of JSONL files over a Dask cluster.

    python -m saywho.corpus [--scheduler tcp://HOST:8786 | --workers N]
                            [--lang fr|en|auto] IN.jsonl... OUT_DIR

Each input file is one partition, analysed on some worker; its output, the
CLI's JSONL lines for it, becomes OUT_DIR/<input's file name>. This process
reads the inputs and writes the shards, so workers need neither the files
nor a shared file system: only `saywho` installed. A shard is written to a
temporary name, then renamed, so it is whole or absent; a rerun skips the
shards that exist, and so resumes where a stopped run ended. A worker that
dies mid-run has its partitions run again elsewhere by the scheduler; each
shard is still written once.

Without --scheduler, a LocalCluster of --workers processes on 127.0.0.1.
"""

from __future__ import annotations

import argparse
import glob
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, List, Optional, Sequence

from .dask import analyze_jsonl_bytes


@dataclass
class ShardCounts:
    read: int = 0
    ok: int = 0
    failed: int = 0


@dataclass
class CorpusSummary:
    written: int = 0   # shards written by this run
    skipped: int = 0   # shards that existed already
    records: ShardCounts = field(default_factory=ShardCounts)  # in the shards written


def shard_path(input_path: str, out_dir: Path) -> Path:
    return out_dir / Path(input_path).name


def expand_inputs(patterns: Sequence[str]) -> List[str]:
    """Files and (quoted) globs -> the input files, each once, in order."""
    files: List[str] = []
    for pattern in patterns:
        matches = sorted(glob.glob(pattern)) if glob.has_magic(pattern) else [pattern]
        if not matches:
            raise FileNotFoundError(f"no file matches '{pattern}'")
        files.extend(m for m in matches if m not in files)
    names: Dict[str, str] = {}
    for f in files:
        if not os.path.isfile(f):
            raise FileNotFoundError(f"'{f}' is not a file")
        other = names.setdefault(Path(f).name, f)
        if other != f:
            raise ValueError(f"'{other}' and '{f}' would write the same shard: rename one")
    return files


def write_atomically(target: Path, data: bytes) -> None:
    tmp = target.with_name(f".{target.name}.tmp-{os.getpid()}")
    with open(tmp, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, target)


def run(
    inputs: Sequence[str],
    out_dir: Path,
    client,
    lang: str = "auto",
    on_shard: Optional[Callable[[Path, ShardCounts], None]] = None,
    window: Optional[int] = None,
) -> CorpusSummary:
    """Analyses every input that has no shard in out_dir yet on the Dask
    `client`'s cluster, `window` partitions in flight at most (default: two
    per worker thread), and writes their shards as they finish."""
    from distributed import as_completed

    out_dir.mkdir(parents=True, exist_ok=True)
    summary = CorpusSummary()
    todo = []
    for path in inputs:
        if shard_path(path, out_dir).exists():
            summary.skipped += 1
        else:
            todo.append(path)
    if window is None:
        window = max(2, 2 * sum(client.nthreads().values()))

    def submit(path: str):
        # The bytes travel inside the task (not scattered to one worker), so
        # the scheduler can run it again elsewhere if its worker dies.
        data = Path(path).read_bytes()
        future = client.submit(analyze_jsonl_bytes, data, lang, pure=False)
        targets[future.key] = path
        return future

    targets: Dict[str, str] = {}
    queue = iter(todo)
    first = [submit(p) for _, p in zip(range(window), queue)]
    running = as_completed(first)
    for future in running:
        out, read, ok, failed = future.result()
        target = shard_path(targets.pop(future.key), out_dir)
        write_atomically(target, out)
        future.release()
        counts = ShardCounts(read, ok, failed)
        summary.written += 1
        summary.records.read += read
        summary.records.ok += ok
        summary.records.failed += failed
        if on_shard:
            on_shard(target, counts)
        following = next(queue, None)
        if following is not None:
            running.add(submit(following))
    return summary


def main(argv: Optional[List[str]] = None) -> int:
    p = argparse.ArgumentParser(prog="python -m saywho.corpus",
                                description="Analyse JSONL files on a Dask cluster, one output shard per input file.")
    p.add_argument("paths", nargs="+", metavar="IN.jsonl... OUT_DIR", help="input files or quoted globs, then the output folder")
    p.add_argument("--scheduler", help="a running Dask scheduler (tcp://HOST:8786); default: a LocalCluster")
    p.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="LocalCluster worker processes")
    p.add_argument("--lang", choices=("fr", "en", "auto"), default="auto")
    args = p.parse_args(argv)
    if len(args.paths) < 2:
        p.error("give input files and, last, the output folder")
    try:
        inputs = expand_inputs(args.paths[:-1])
    except (OSError, ValueError) as e:
        print(f"saywho.corpus: {e}", file=sys.stderr)
        return 3
    out_dir = Path(args.paths[-1])

    from distributed import Client, LocalCluster

    cluster = None
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                               host="127.0.0.1", dashboard_address=None)
        client = Client(cluster)
    start = time.monotonic()
    total = len(inputs)

    def report(target: Path, counts: ShardCounts) -> None:
        print(f"{target}: read {counts.read}, ok {counts.ok}, failed {counts.failed}", file=sys.stderr)

    try:
        summary = run(inputs, out_dir, client, lang=args.lang, on_shard=report)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    r = summary.records
    print(f"{summary.written} shards written, {summary.skipped} already there (of {total}); "
          f"read {r.read}, ok {r.ok}, failed {r.failed} in {time.monotonic() - start:.1f} s", file=sys.stderr)
    return 1 if r.failed else 0


if __name__ == "__main__":
    sys.exit(main())
