"""saywho-cli's batches on several threads: --jobs 2 writes exactly what
--jobs 1 writes; python -m saywho's batches are the CLI's."""

import json

from conftest import run_cli, run_module


def with_broken_records(corpus_jsonl, tmp_path):
    lines = corpus_jsonl.read_text(encoding="utf-8").splitlines()
    lines[5] = "{not json"
    lines[17] = json.dumps({"id": "blank", "text": "   "})
    lines.insert(30, "")
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jobs_2_writes_what_jobs_1_writes(corpus_jsonl, tmp_path):
    batch = with_broken_records(corpus_jsonl, tmp_path)
    one = run_cli("--jobs", "1", batch)
    two = run_cli("--jobs", "2", batch)
    assert one.returncode == two.returncode == 1  # two records failed, the batch went on
    assert two.stdout == one.stdout
    lines = [json.loads(line) for line in two.stdout.decode().splitlines()]
    assert len(lines) == 300
    assert [r["line"] for r in lines] == sorted(r["line"] for r in lines)
    assert sum("error" in r for r in lines) == 2
    assert {r["id"] for r in lines if "analysis" in r} >= {"en-0", "fr-1", "fr-299"}
    assert b"read 300, ok 298, failed 2 in " in two.stderr
    assert b"2 jobs)" in two.stderr


def test_standard_input_and_the_default_jobs(corpus_jsonl):
    data = corpus_jsonl.read_bytes()
    piped = run_cli("--format", "jsonl", "-", input_bytes=data)
    assert piped.returncode == 0, piped.stderr.decode()
    assert piped.stdout == run_cli("--jobs", "1", corpus_jsonl).stdout


def test_python_m_saywho_batches_are_the_cli_batches(corpus_jsonl, fixture_articles, tmp_path):
    batch = with_broken_records(corpus_jsonl, tmp_path)
    ours, theirs = run_module("saywho", "--jobs", "2", batch), run_cli("--jobs", "1", batch)
    assert ours.returncode == theirs.returncode == 1
    assert ours.stdout == theirs.stdout
    folder = fixture_articles[0].parent
    ours, theirs = run_module("saywho", folder), run_cli("--jobs", "1", folder)
    assert ours.returncode == theirs.returncode == 0, theirs.stderr.decode()
    assert ours.stdout == theirs.stdout
    files = [json.loads(line)["file"] for line in ours.stdout.decode().splitlines()]
    assert files == sorted(str(p) for p in fixture_articles)
