"""newscli in real shells: completions, pipelines, broken pipes, Ctrl-C, streaming, terminals."""

from __future__ import annotations

import csv
import io
import os
import pty
import select
import signal
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from conftest import ROOT, SAMPLE, bash_complete, run, shell

BIN = Path(sys.executable).parent


def newscli(*args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([str(BIN / "newscli"), *args], **kwargs)


def test_bash_completes_commands_and_values():
    assert bash_complete("newscli", "gr") == ["grep"]
    assert bash_complete("newscli", "convert-traditional", "--to", "") == [
        "hk",
        "mo",
        "tw",
        "twp",
        "t",
    ]
    assert bash_complete("newscli", "export", "--format", "") == [
        "jsonl",
        "json",
        "csv",
        "tsv",
        "md",
        "html",
        "txt",
    ]
    assert bash_complete("newscli", "list", "--kind", "") == [
        "article",
        "notice",
        "masthead",
        "ad",
        "page",
    ]


def test_pipeline_split_grep_convert_export():
    done = shell(
        f"newscli split {SAMPLE.relative_to(ROOT)} | newscli grep 太原 | newscli convert-traditional"
        " | newscli export --format csv"
    )
    assert done.returncode == 0 and done.stderr == b""
    rows = list(csv.DictReader(io.StringIO(done.stdout.decode("utf-8"), newline="")))
    expected = int(run("grep", "-c", "太原", SAMPLE).text)
    assert len(rows) == expected
    assert {r["script"] for r in rows} == {"zh-Hant-HK"}
    assert rows[0]["title"] == "省政府工作報告寄望太原"
    assert orjson.loads(rows[0]["conversion"])["config"] == "s2hk"


def test_pipeline_split_grep_list():
    done = shell(
        f"newscli split {SAMPLE.relative_to(ROOT)} | newscli grep 晋 | newscli list --format tsv"
    )
    assert done.returncode == 0
    lines = done.stdout.decode().splitlines()
    assert lines[0].startswith("id\tkind") and len(lines) - 1 == int(
        run("grep", "-c", "晋", SAMPLE).text
    )


@pytest.fixture(scope="module")
def big_corpus(tmp_path_factory) -> Path:
    """About 6 MB of records: enough to fill any pipe buffer."""
    records = run("split", SAMPLE).records
    path = tmp_path_factory.mktemp("big") / "corpus.jsonl"
    with path.open("wb") as out:
        for copy in range(200):
            for record in records:
                out.write(
                    orjson.dumps(dict(record, id=f"c{copy}-{record['seq']}", issue=f"c{copy}"))
                    + b"\n"
                )
    return path


BROKEN_PIPE_COMMANDS = [
    "split {raw}",
    "list {big} --format tsv",
    "grep 太原 {big}",
    "grep --kwic 太原 {big}",
    "export -f csv {big}",
    "export -f jsonl {big}",
    "convert-traditional {big}",
    "show --title 太原 {big}",
    "stats {sample} -f text",
]


@pytest.mark.parametrize("command", BROKEN_PIPE_COMMANDS)
def test_broken_pipe_is_quiet(command, big_corpus, tmp_path):
    raw = tmp_path / "raw.txt"
    raw.write_bytes(SAMPLE.read_bytes() * 60)
    done = shell(f"newscli {command.format(big=big_corpus, raw=raw, sample=SAMPLE)} | head -1")
    assert done.returncode == 0, done.stderr
    assert done.stderr == b"" and len(done.stdout.splitlines()) == 1


STREAMING_COMMANDS = [
    ["grep", "太原"],
    ["convert-traditional"],
    ["split"],
    ["export", "-f", "jsonl"],
]


@pytest.mark.parametrize("command", STREAMING_COMMANDS, ids=lambda c: c[0])
def test_ctrl_c_exits_130_quietly(command):
    process = newscli(
        *command,
        "--line-buffered",
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    line = run("split", SAMPLE).stdout.splitlines()[0] + b"\n"
    process.stdin.write(line)
    process.stdin.flush()
    ready, _, _ = select.select([process.stdout], [], [], 60)  # output proves it is running
    assert ready
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 130
    assert err == b""


@pytest.mark.parametrize("command", STREAMING_COMMANDS, ids=lambda c: c[0])
def test_line_buffered_streams_each_record(command):
    process = newscli(
        *command,
        "--line-buffered",
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    line = run("split", SAMPLE).stdout.splitlines()[0] + b"\n"
    try:
        process.stdin.write(line)
        process.stdin.flush()
        ready, _, _ = select.select([process.stdout], [], [], 60)
        assert ready, "no output while input is still open"
        assert orjson.loads(process.stdout.readline())["id"].endswith("-001")
    finally:
        process.stdin.close()
        process.wait(timeout=60)
    assert process.returncode == 0


@pytest.mark.parametrize("command", STREAMING_COMMANDS, ids=lambda c: c[0])
def test_raw_issue_text_streams_and_ctrl_c_ends_it(command):
    """`COMMAND --line-buffered ISSUE.txt -`: the raw issue is split and its records come out
    while standard input is still open (nothing waits for the whole input); Ctrl-C then,
    while standard input is being read, ends the command with 130 and nothing on stderr."""
    process = newscli(
        *command,
        "--line-buffered",
        str(SAMPLE),
        "-",
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        ready, _, _ = select.select([process.stdout], [], [], 60)
        assert ready, "no output while input is still open"
        assert orjson.loads(process.stdout.readline())["id"].startswith(SAMPLE.stem + "-")
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=60)
    finally:
        process.kill()
    assert process.returncode == 130
    assert err == b""


@pytest.mark.parametrize(
    "command", [["list"], ["convert-traditional", "--text"], ["split", "--explain"]]
)
def test_terminal_stdin_gets_a_usage_hint(command):
    """Every command reads through the one reader, which refuses to wait on a terminal (plain
    text conversion read its inputs itself, and hung)."""
    primary, secondary = pty.openpty()
    try:
        done = subprocess.run(
            [str(BIN / "newscli"), *command], stdin=secondary, capture_output=True, timeout=60
        )
    finally:
        os.close(primary)
        os.close(secondary)
    assert done.returncode == 2
    assert done.stderr.decode().startswith("newscli: error: no input")


def test_python_dash_m_and_version():
    done = subprocess.run(
        [sys.executable, "-m", "newscli", "--version"], capture_output=True, check=True
    )
    assert done.stdout.decode().startswith("newscli ") and "opencc" in done.stdout.decode()
