"""Dask: analyze_bag and python -m saywho.corpus on a LocalCluster of two
worker processes on 127.0.0.1; a worker killed mid-run loses no record and
writes none twice; a rerun resumes."""

import json
import os
import signal
from pathlib import Path

import dask.bag as dask_bag  # Debian's python3-dask, python3-distributed (scripts/setup.sh)
import distributed
import pytest

import saywho.corpus
import saywho.dask
from conftest import run_cli, run_module

SHARDS = 20


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       host="127.0.0.1", dashboard_address=None)
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


@pytest.fixture(scope="module")
def shards(corpus_jsonl, tmp_path_factory):
    """The 300 generated records in 20 JSONL files of 15."""
    folder = tmp_path_factory.mktemp("in")
    lines = corpus_jsonl.read_text(encoding="utf-8").splitlines()
    per = len(lines) // SHARDS
    paths = []
    for i in range(SHARDS):
        path = folder / f"part-{i:03}.jsonl"
        path.write_text("\n".join(lines[i * per:(i + 1) * per]) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def ids_in(out_dir: Path):
    ids = []
    for shard in sorted(out_dir.glob("*.jsonl")):
        ids += [json.loads(line)["id"] for line in shard.read_text(encoding="utf-8").splitlines()]
    return ids


def test_analyze_bag_gives_the_cli_lines(client, shards):
    bag = dask_bag.read_text([str(p) for p in shards[:4]])  # one partition per file
    got = saywho.dask.analyze_bag(bag).compute()
    expected = []
    for p in shards[:4]:
        expected += [json.loads(line) for line in run_cli("--jobs", "1", p).stdout.decode().splitlines()]
    assert got == expected
    records = dask_bag.from_sequence([{"id": "a", "text": "« Je pars », a dit Paul Martin."}, {"id": "b"}], npartitions=1)
    a, b = saywho.dask.analyze_bag(records).compute()
    assert a["analysis"]["quotes"] and b["error"]["code"] == "invalid_record"


def test_a_worker_killed_mid_run_loses_no_record(client, shards, tmp_path):
    out = tmp_path / "out"
    pids = client.run(os.getpid)
    victim = sorted(pids.values())[0]
    killed = []

    def on_shard(target, counts):
        if not killed:  # after the first shard: the others are running or queued
            os.kill(victim, signal.SIGKILL)
            killed.append(target)

    summary = saywho.corpus.run([str(p) for p in shards], out, client, on_shard=on_shard)
    assert killed, "the run ended before a worker could be killed"
    survivors = client.run(os.getpid, on_error="ignore")  # a worker the scheduler still lists but is gone: skipped
    assert victim not in survivors.values(), "the killed worker is gone (its nanny started another)"
    assert (summary.written, summary.skipped) == (SHARDS, 0)
    assert (summary.records.read, summary.records.ok, summary.records.failed) == (300, 300, 0)
    ids = ids_in(out)
    assert len(ids) == 300 and len(set(ids)) == 300, "every record exactly once"
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in shards), "no temporary file left"
    for p in shards[:3]:  # a shard holds the CLI's lines for its input
        assert (out / p.name).read_bytes() == run_cli("--jobs", "1", p).stdout


def test_a_rerun_writes_only_the_missing_shards(client, shards, tmp_path):
    out = tmp_path / "out"
    first = saywho.corpus.run([str(p) for p in shards[:6]], out, client)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    (out / shards[2].name).unlink()
    (out / shards[4].name).unlink()
    again = saywho.corpus.run([str(p) for p in shards[:6]], out, client)
    assert (first.written, again.written, again.skipped) == (6, 2, 4)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_python_m_saywho_corpus_on_a_scheduler_address(client, shards, tmp_path):
    out = tmp_path / "out"
    address = client.scheduler.address  # as another machine would give it: tcp://127.0.0.1:PORT
    pattern = str(shards[0].parent / "part-00[0-4].jsonl")
    run = run_module("saywho.corpus", "--scheduler", address, pattern, out)
    assert run.returncode == 0, run.stderr.decode()
    assert sorted(p.name for p in out.iterdir()) == [f"part-00{i}.jsonl" for i in range(5)]
    assert b"5 shards written, 0 already there (of 5); read 75, ok 75, failed 0" in run.stderr
    again = run_module("saywho.corpus", "--scheduler", address, pattern, out)
    assert b"0 shards written, 5 already there" in again.stderr
