"""saywho.analyze / analyze_many / SaywhoError / python -m saywho: the CLI's
output from Python, its errors with the same codes, native threads."""

import json
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

import saywho
from saywho import _native
from conftest import PACKAGE_DIR, run_cli, run_module


def cli_json(cli, *args):
    out = run_cli(*args)
    assert out.returncode == 0, out.stderr.decode()
    return json.loads(out.stdout)


def test_analyze_gives_the_cli_json_on_every_fixture(cli, fixture_articles):
    assert len(fixture_articles) >= 4
    for path in fixture_articles:
        text = path.read_text(encoding="utf-8")
        assert saywho.analyze(text) == cli_json(cli, path), path.name
        lang = path.name[:2]
        assert saywho.analyze(text, lang=lang) == cli_json(cli, "--lang", lang, path), path.name


def test_an_analysis_finds_who_said_what(fixture_articles):
    result = saywho.analyze(fixture_articles[0].read_text(encoding="utf-8"))
    assert result["lang"] == fixture_articles[0].name[:2]
    assert result["quotes"], "a fixture article has quotes"
    assert any(q["speaker"] for q in result["quotes"])


def test_python_m_saywho_prints_what_the_cli_prints(cli, fixture_articles, tmp_path):
    html = tmp_path / "page.html"
    body = fixture_articles[1].read_text(encoding="utf-8").replace("\n", "</p><p>")
    html.write_text(f"<html><head><title>x</title></head><body><p>{body}</p></body></html>", encoding="utf-8")
    for args in ([fixture_articles[0]], ["--pretty", "--lang", "en", fixture_articles[0]], [html]):
        ours, theirs = run_module("saywho", *args), run_cli(*args)
        assert ours.returncode == theirs.returncode == 0, ours.stderr.decode()
        assert ours.stdout == theirs.stdout
    # Errors: the same exit codes.
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    for args, code in (([empty], 3), ([tmp_path / "missing.txt"], 3), (["--lang", "de", empty], 2)):
        ours, theirs = run_module("saywho", *args), run_cli(*args)
        assert (ours.returncode, theirs.returncode) == (code, code), ours.stderr.decode()


def test_refusals_raise_saywho_error_with_the_core_codes():
    with pytest.raises(saywho.SaywhoError) as e:
        saywho.analyze("The mayor said it.", lang="de")
    assert e.value.code == "unknown_language"
    with pytest.raises(saywho.SaywhoError) as e:
        saywho.analyze("The mayor said it was over.", max_bytes=10)
    assert e.value.code == "input_too_large"
    with pytest.raises(saywho.SaywhoError) as e:
        saywho.analyze(b"caf\xc3 au lait")
    assert (e.value.code, e.value.byte_offset) == ("invalid_utf8", 3)
    with pytest.raises(saywho.SaywhoError) as e:
        saywho.analyze("ab\ud800cd")  # a lone surrogate: not encodable text
    assert (e.value.code, e.value.byte_offset) == ("invalid_utf8", 2)
    assert isinstance(e.value, Exception) and "invalid_utf8" in str(e.value)
    with pytest.raises(TypeError):
        saywho.analyze(42)  # type: ignore[arg-type]
    assert saywho.analyze("")["quotes"] == []  # empty text: an empty analysis, as in C++


def test_analyze_many_keeps_input_order_and_matches_analyze(corpus_jsonl):
    texts = [json.loads(line)["text"] for line in corpus_jsonl.read_text(encoding="utf-8").splitlines()[:40]]
    one_by_one = [saywho.analyze(t) for t in texts]
    assert saywho.analyze_many(texts, jobs=2) == one_by_one
    assert saywho.analyze_many(iter(texts[:5]), jobs=1) == one_by_one[:5]
    assert saywho.analyze_many([]) == []


def test_analyze_many_errors_raise_or_come_back_in_their_slot():
    texts = ["Le maire a démissionné, a déclaré Paul Martin.", b"\xff", "The mayor quit, Ann Lee said."]
    got = saywho.analyze_many(texts, jobs=2, errors="return")
    assert isinstance(got[1], saywho.SaywhoError) and got[1].code == "invalid_utf8"
    assert got[0]["lang"] == "fr" and got[2]["lang"] == "en"
    with pytest.raises(saywho.SaywhoError) as e:
        saywho.analyze_many(texts, jobs=2)
    assert e.value.code == "invalid_utf8"
    for bad in (0, -1, 1.5, True):
        with pytest.raises(ValueError):
            saywho.analyze_many(texts, jobs=bad)
    with pytest.raises(ValueError):
        saywho.analyze_many(texts, errors="ignore")


def test_analyze_many_releases_the_gil(corpus_jsonl):
    texts = [json.loads(line)["text"] for line in corpus_jsonl.read_text(encoding="utf-8").splitlines()[:120]]
    ticks = []
    done = threading.Event()

    def ticker():
        while not done.is_set():
            ticks.append(time.monotonic())
            time.sleep(0.002)

    thread = threading.Thread(target=ticker)
    thread.start()
    start = time.monotonic()
    saywho.analyze_many(texts, jobs=2)
    end = time.monotonic()
    done.set()
    thread.join()
    during = [t for t in ticks if start < t < end]
    # A call that held the GIL would let the ticker run not once meanwhile.
    assert len(during) >= 3, f"{len(during)} ticks in {end - start:.2f} s"


def test_python_threads_may_call_analyze_at_once(fixture_articles):
    texts = [p.read_text(encoding="utf-8") for p in fixture_articles] * 3
    expected = [saywho.analyze(t) for t in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        assert list(pool.map(saywho.analyze, texts)) == expected


def test_type_stubs_describe_the_native_module():
    package = PACKAGE_DIR / "saywho"
    assert (package / "py.typed").is_file()
    stub = (package / "_native.pyi").read_text()
    names = [line.split("(")[0][4:] for line in stub.splitlines() if line.startswith("def ")]
    assert names, "the stub declares functions"
    for name in names:
        assert callable(getattr(_native, name)), name
    assert saywho.languages() == ["en", "fr"]
    assert saywho.__version__ == _native.version
