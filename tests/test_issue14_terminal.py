"""Issue 14, items 1-4: what newscli prints fits the terminal it prints on (60, 80, 100
columns, a real pty of that size), and Chinese text wraps by the line-breaking rules."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import signal
import struct
import subprocess
import sys
import termios
from pathlib import Path

import orjson
import pytest

from newscli.display import HIGHLIGHT, RESET, wrap

from conftest import SAMPLE, run
from conftest import columns as width  # an independent measure, not display.width

BIN = Path(sys.executable).parent
WIDTHS = (60, 80, 100)
CLOSING = set("。，、；：！？）》」』”’…．,.;:!?)]}〉】〕")  # never at the start of a line
OPENING = set("（《「『“‘([{〈【〔")  # never at the end of one


def set_size(fd: int, columns: int, rows: int = 50) -> None:
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))


def terminal_env() -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    return dict(env, NO_COLOR="1", TERM="xterm")


def read_all(fd: int) -> bytes:
    chunks = []
    while True:
        ready, _, _ = select.select([fd], [], [], 60)
        if not ready:
            break
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # EIO: the other side closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks)


def on_terminal(*args, columns: int) -> tuple[int, str]:
    """Run `newscli ARGS` with standard output a terminal `columns` wide."""
    primary, secondary = pty.openpty()
    set_size(secondary, columns)
    process = subprocess.Popen(
        [str(BIN / "newscli"), *map(str, args)],
        stdin=subprocess.DEVNULL,
        stdout=secondary,
        stderr=subprocess.PIPE,
        env=terminal_env(),
    )
    os.close(secondary)
    output = read_all(primary)
    os.close(primary)
    process.wait(timeout=60)
    assert process.stderr.read() == b""
    return process.returncode, output.decode("utf-8").replace("\r\n", "\n")


def assert_fits(text: str, columns: int) -> None:
    lines = text.rstrip("\n").split("\n")
    assert lines and all(width(line) <= columns for line in lines), max(lines, key=width)


# 1. KWIC -------------------------------------------------------------------------------


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize(
    "args",
    [("grep", "--kwic", "太原"), ("grep", "太原"), ("grep", "--kwic", "--sort", "R1", "太原")],
)
def test_kwic_fits_the_terminal(args, columns):
    code, text = on_terminal(*args, "--color", "always", SAMPLE, columns=columns)
    assert code == 0
    assert_fits(text.replace(HIGHLIGHT, "").replace(RESET, ""), columns)
    lines = text.splitlines()
    starts = {width(line[: line.index(HIGHLIGHT)]) for line in lines}  # the match column
    assert len(starts) == 1, starts
    assert len(lines) == int(
        run("grep", "--kwic", "-f", "jsonl", "-C", "1", "太原", SAMPLE).text.count("\n")
    )


def test_kwic_context_given_still_wins():
    code, text = on_terminal("grep", "--kwic", "-C", "30", "太原", SAMPLE, columns=60)
    assert code == 0
    assert max(width(line) for line in text.splitlines()) > 100


# 2. show -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def paragraphs(sample_records) -> list[str]:
    return [p for r in sample_records for p in r["paragraphs"]]


@pytest.mark.parametrize("columns", range(20, 121))
def test_wrap_follows_chinese_line_breaking_rules(columns, paragraphs):
    for paragraph in paragraphs:
        lines = wrap("\u3000\u3000" + paragraph, columns)
        assert "".join(lines).replace(" ", "") == ("\u3000\u3000" + paragraph).replace(" ", "")
        for line in lines:
            assert width(line) <= columns, line
            assert line[:1] not in CLOSING, line
            assert line[-1:] not in OPENING, line


def test_show_width_80_never_starts_a_line_with_a_closing_mark():
    text = run("show", "-w", "80", "1", SAMPLE).text
    assert not any(line[:1] in CLOSING for line in text.splitlines())
    assert "\n”" not in text


def test_show_piped_does_not_wrap():
    record = run("show", "-f", "json", "1", SAMPLE).records[0]
    text = run("show", "1", SAMPLE).text
    for paragraph in record["paragraphs"]:
        assert "\u3000\u3000" + paragraph + "\n" in text


@pytest.mark.parametrize("columns", WIDTHS)
def test_show_on_a_terminal_wraps_to_it(columns):
    code, text = on_terminal("show", "1", SAMPLE, columns=columns)
    assert code == 0
    assert_fits(text, columns)
    assert max(width(line) for line in text.splitlines()) >= columns - 2


# 3. stats ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def stats_figures() -> dict:
    # in-process: a run's user dictionary stays in that run (tests/test_segment.py checks it)
    result = run("stats", "-f", "json", "--top", "12", "--names", SAMPLE)
    assert result.code == 0, result.stderr
    return orjson.loads(result.stdout)


@pytest.mark.parametrize("columns", WIDTHS)
def test_stats_text_fits_the_terminal(columns, stats_figures):
    code, text = on_terminal("stats", "--top", "12", "--names", SAMPLE, columns=columns)
    assert code == 0
    assert_fits(text, columns)
    assert "█" in text
    figures = stats_figures  # the same for every width
    for names in figures["names"].values():  # an entry is never cut across lines
        assert all(
            any(f"{n['name']} {n['count']}" in line for line in text.splitlines()) for n in names
        )
    assert all(any(k["word"] in line for line in text.splitlines()) for k in figures["keywords"])


def test_stats_interrupted_clears_its_progress_line():
    """Progress goes to a terminal on standard error; Ctrl-C must not leave it behind."""
    records = run("split", SAMPLE).stdout
    primary, secondary = pty.openpty()
    set_size(secondary, 80)
    process = subprocess.Popen(
        [str(BIN / "newscli"), "stats", "-f", "json"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=secondary,
        env=terminal_env(),
    )
    os.close(secondary)
    try:
        for _ in range(60):  # 600 records: the progress line appears every 500
            process.stdin.write(records)
        process.stdin.flush()
        seen = b""
        while b"records" not in seen:
            ready, _, _ = select.select([primary], [], [], 60)
            assert ready, "no progress line"
            seen += os.read(primary, 4096)
        process.send_signal(signal.SIGINT)
        seen += read_all(primary)
    finally:
        process.stdin.close()
        process.wait(timeout=60)
        os.close(primary)
    assert process.returncode == 130
    assert seen.endswith(b"\r\x1b[K"), seen[-40:]


# 4. list -------------------------------------------------------------------------------


@pytest.mark.parametrize("columns", WIDTHS)
def test_list_drops_empty_columns_and_gives_the_title_room(columns):
    code, text = on_terminal("list", SAMPLE, columns=columns)
    assert code == 0
    assert_fits(text, columns)
    header = text.splitlines()[0].split()
    assert "DATE" not in header and "TITLE" in header  # the sample has no dates
    if columns >= 80:  # before: titles cut to ten columns at 80
        assert "太钢主导起草两项行业标准发布" in text
    if columns >= 100:
        assert "扎实推动高质量发展 不断深化全方位转型" in text


def test_list_keeps_a_column_with_values():
    dated = run("split", "--date", "2025-01-18", SAMPLE).stdout
    lines = run("list", "-f", "table", input=dated).text.splitlines()
    assert lines[0].split()[:3] == ["ID", "KIND", "DATE"] and "2025-01-18" in lines[1]
