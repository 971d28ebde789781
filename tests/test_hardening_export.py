"""Issue 11, export: one file per record per run, RFC 4180 quoting of a bare CR, and
`-o` that neither loses a race nor leaves a `.part` file behind on SIGTERM/SIGHUP."""

from __future__ import annotations

import csv
import io
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import orjson
import pytest

from conftest import run


def record(record_id: str, text: str = "太原市发展。", **fields) -> dict:
    return {
        "id": record_id,
        "kind": "article",
        "title": "标题",
        "paragraphs": [text],
        "text": text,
        **fields,
    }


def stream_of(*records: dict) -> bytes:
    return b"".join(orjson.dumps(r) + b"\n" for r in records)


# 7. --outdir: no two records of one run write the same file


@pytest.mark.parametrize("force", [[], ["--force"]])
def test_txt_ids_that_map_to_one_name_get_two_files(tmp_path, force):
    records = [record("a/b", "第一篇。"), record("a:b", "第二篇。"), record("a_b-2", "第三篇。")]
    result = run("export", "-f", "txt", "--outdir", tmp_path, *force, input=stream_of(*records))
    assert result.code == 0, result.stderr
    bodies = sorted(p.read_text("utf-8").split("\n")[1] for p in tmp_path.iterdir())
    assert bodies == ["第一篇。", "第三篇。", "第二篇。"]
    assert "'a/b'" in result.stderr and "'a:b'" in result.stderr  # the user is told


def test_txt_same_id_twice_keeps_both(tmp_path):
    """Two folders holding an issue file of the same name give records with the same ids."""
    result = run(
        "export",
        "-f",
        "txt",
        "--outdir",
        tmp_path,
        input=stream_of(record("x-001", "甲。"), record("x-001", "乙。")),
    )
    assert result.code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x-001-2.txt", "x-001.txt"]
    assert (tmp_path / "x-001.txt").read_text("utf-8").endswith("甲。\n")


# 8. CSV: a bare carriage return is quoted


@pytest.mark.parametrize("extra", [[], ["--fields", "id,title,byline"], ["--excel"]])
def test_csv_quotes_a_bare_carriage_return(extra):
    records = [record("r-1", byline="王\r李"), record("r-2", byline='"引"\n号,逗')]
    data = run("export", "-f", "csv", *extra, input=stream_of(*records)).stdout.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(data, newline="")))
    assert [row["byline"] for row in rows] == ["王\r李", '"引"\n号,逗']  # two records, two rows


# 13. -o: the existence check and the rename are one step; TERM/HUP clean up


@pytest.fixture
def published_meanwhile(tmp_path, monkeypatch):
    """Another run publishes out.jsonl while this one is writing it."""
    from newscli.writers import RecordWriter

    path = tmp_path / "out.jsonl"
    original = RecordWriter.write_all

    def other_run_finishes_first(*args, **kwargs):
        path.write_text("the other run\n")
        return original(*args, **kwargs)

    monkeypatch.setattr(RecordWriter, "write_all", other_run_finishes_first)
    return path


def test_output_created_meanwhile_is_not_overwritten(published_meanwhile):
    """This run fails, the other's file stays."""
    path = published_meanwhile
    result = run("export", "-o", path, input=stream_of(record("r-1")))
    assert result.code == 2 and "file exists" in result.stderr
    assert path.read_text() == "the other run\n"
    assert sorted(p.name for p in path.parent.iterdir()) == ["out.jsonl"]


def test_output_force_still_replaces_a_file_created_meanwhile(published_meanwhile):
    path = published_meanwhile
    assert run("export", "-o", path, "--force", input=stream_of(record("r-1"))).code == 0
    assert orjson.loads(path.read_bytes())["id"] == "r-1"


def _start_export(path: Path, *extra: str) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k != "NEWSCLI_DEBUG"}
    return subprocess.Popen(
        [sys.executable, "-m", "newscli", "export", "-f", "csv", "-o", str(path), *extra],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        # A hang-up ends a run as a terminal's user expects, even when the suite itself runs
        # under nohup (which the child would inherit, and rightly obey: see below).
        preexec_fn=_hang_up_as_default,
    )


def _hang_up_as_default() -> None:
    signal.signal(signal.SIGHUP, signal.SIG_DFL)


def _wait_for_part_files(folder: Path, count: int) -> None:
    """Until `count` runs hold a temporary file (each has passed its existence check)."""
    deadline = time.monotonic() + 120  # a safety net against a hang, not a timing assertion
    while len(list(folder.glob(".*.part"))) < count:
        assert time.monotonic() < deadline, "export never started writing"
        time.sleep(0.05)


def test_two_concurrent_exports_one_wins_one_is_told(tmp_path):
    path = tmp_path / "out.csv"
    first, second = _start_export(path), _start_export(path)
    try:
        _wait_for_part_files(tmp_path, 2)
        _, first_err = first.communicate(stream_of(record("first")), timeout=120)
        _, second_err = second.communicate(stream_of(record("second")), timeout=120)
    finally:
        first.kill(), second.kill()
    assert first.returncode == 0, first_err
    assert second.returncode == 2 and b"file exists" in second_err
    assert "first" in path.read_text("utf-8") and "second" not in path.read_text("utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGHUP])
def test_terminated_export_leaves_no_part_file(tmp_path, number):
    process = _start_export(tmp_path / "out.csv")
    try:
        process.stdin.write(stream_of(record("r-1")))
        process.stdin.flush()
        _wait_for_part_files(tmp_path, 1)
        process.send_signal(number)
        _, stderr = process.communicate(timeout=120)
    finally:
        process.kill()
    assert process.returncode == 128 + number
    assert list(tmp_path.iterdir()) == [] and b"Traceback" not in stderr


def test_nohup_keeps_sighup_ignored(tmp_path):
    """A run under `nohup` (SIGHUP ignored) is not ended by a hang-up."""
    script = (
        "import signal, sys; signal.signal(signal.SIGHUP, signal.SIG_IGN);"
        "from newscli.cli import run; sys.argv = ['newscli'] + sys.argv[1:]; run()"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", script, "export", "-o", str(tmp_path / "out.jsonl")],
        stdin=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        _wait_for_part_files(tmp_path, 1)
        process.send_signal(signal.SIGHUP)
        _, stderr = process.communicate(stream_of(record("r-1")), timeout=120)
    finally:
        process.kill()
    assert process.returncode == 0, stderr
    assert orjson.loads((tmp_path / "out.jsonl").read_bytes())["id"] == "r-1"


# 17. grep: bounded regex compile; large literal sets without one huge alternation


@pytest.mark.parametrize(
    "pattern", ["a{1000000}", "(?:a{1000}){1000}", "(?:(?:a{100}){100}){100}", "[a-z]{200000}"]
)
def test_grep_refuses_a_pattern_too_large_to_compile(pattern):
    result = run("grep", "-c", pattern, input=stream_of(record("r-1")))
    assert result.code == 2 and result.stderr.count("\n") == 1
    assert "too large" in result.stderr and pattern in result.stderr


@pytest.mark.parametrize(
    "pattern", [r"\d{1,4}年", "太{1}原", r"[{}]", r"\{100000\}", r"a{1,100000}", r"\p{Han}{2}"]
)
def test_grep_keeps_ordinary_quantifiers(pattern):
    result = run("grep", "-c", pattern, input=stream_of(record("r-1", "2024年太原{100000}a")))
    assert result.code == 0 and result.text == "1\n", result.stderr


def _many_words(count: int) -> list[str]:
    return [f"词{number:05d}" for number in range(count)]


def test_grep_large_literal_set_needs_no_alternation(monkeypatch):
    from newscli import search

    original = search.compile_patterns

    def small_only(patterns, *args):
        assert len(patterns) < 1000, "a literal set compiled into one alternation"
        return original(patterns, *args)

    monkeypatch.setattr(search, "compile_patterns", small_only)
    words = _many_words(5000) + ["太原"]
    records = [
        record("r-1", "太原市发展。"),
        record("r-2", "没有。"),
        record("r-3", "见词04999和词00001。"),
    ]
    args = [arg for word in words for arg in ("-e", word)]
    assert [r["id"] for r in run("grep", *args, input=stream_of(*records)).records] == [
        "r-1",
        "r-3",
    ]
    kwic = run("grep", "--kwic", "-f", "jsonl", *args, input=stream_of(*records)).records
    assert [(k["id"], k["match"], k["offset"]) for k in kwic] == [
        ("r-1", "太原", 0),
        ("r-3", "词04999", 1),
        ("r-3", "词00001", 8),
    ]
    assert run("grep", "-c", "-v", *args, input=stream_of(*records)).text == "1\n"
