"""Corpus-scale throughput (./saywho bench runs it from bench/run.mjs): the
same generated JSONL corpus (bench/corpus.mjs --jsonl) through saywho-cli
--jobs 1 and --jobs 2, Python's analyze_many with 1 and 2 threads, and Dask
on a LocalCluster of 2 worker processes. Prints nothing but progress;
writes figures to --out. Measures only: no figure fails the run.

    python3 bench/corpus_bench.py --corpus C.jsonl --cli build/native/saywho-cli --out F.json [--quick]
"""

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def timed(fn, reps):
    times = []
    for _ in range(reps):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), reps


def row(label, seconds, reps, records, nbytes):
    return {"label": label, "median_s": seconds, "runs": reps,
            "records_per_s": records / seconds, "mb_per_s": nbytes / 1e6 / seconds}


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--corpus", required=True)
    p.add_argument("--cli", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--quick", action="store_true")
    args = p.parse_args()
    reps = 1 if args.quick else 3
    corpus = Path(args.corpus)
    lines = corpus.read_text(encoding="utf-8").splitlines()
    texts = [json.loads(line)["text"] for line in lines]
    records, nbytes = len(lines), corpus.stat().st_size
    log = lambda s: print(f"corpus: {s}", file=sys.stderr)  # noqa: E731
    rows = []

    for jobs in (1, 2):
        def cli():
            subprocess.run([args.cli, "--jobs", str(jobs), str(corpus)], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        rows.append(row(f"saywho-cli --jobs {jobs}", *timed(cli, reps), records, nbytes))
        log(f"{rows[-1]['label']}: {rows[-1]['records_per_s']:.0f} records/s")

    import saywho
    for jobs in (1, 2):
        rows.append(row(f"Python analyze_many(jobs={jobs})", *timed(lambda: saywho.analyze_many(texts, jobs=jobs), reps),
                        records, nbytes))
        log(f"{rows[-1]['label']}: {rows[-1]['records_per_s']:.0f} records/s")

    import distributed
    import saywho.corpus
    with tempfile.TemporaryDirectory() as tmp:
        shards = []
        per = 20
        for i in range(0, records, per):
            shard = Path(tmp) / f"in-{i // per:04}.jsonl"
            shard.write_text("\n".join(lines[i:i + per]) + "\n", encoding="utf-8")
            shards.append(str(shard))
        cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                           host="127.0.0.1", dashboard_address=None)
        client = distributed.Client(cluster)
        client.run(lambda: __import__("saywho"))  # workers import the module before the clock starts
        run_no = [0]

        def dask_run():
            run_no[0] += 1
            saywho.corpus.run(shards, Path(tmp) / f"out-{run_no[0]}", client)
        rows.append(row(f"Dask LocalCluster, 2 workers ({len(shards)} shards of {per})", *timed(dask_run, reps),
                        records, nbytes))
        log(f"{rows[-1]['label']}: {rows[-1]['records_per_s']:.0f} records/s")
        client.close()
        cluster.close()

    by = {r["label"]: r for r in rows}
    result = {
        "corpus": {"records": records, "bytes": nbytes},
        "rows": rows,
        "cli_scaling_2_over_1": by["saywho-cli --jobs 2"]["records_per_s"] / by["saywho-cli --jobs 1"]["records_per_s"],
        "python_scaling_2_over_1": by["Python analyze_many(jobs=2)"]["records_per_s"]
        / by["Python analyze_many(jobs=1)"]["records_per_s"],
    }
    Path(args.out).write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
