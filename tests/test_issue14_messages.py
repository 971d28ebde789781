"""Issue 14, item 17 (show and grep): messages that tell a new user what went wrong."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SAMPLE, run

BIN = Path(sys.executable).parent
RELATIVE_SAMPLE = str(SAMPLE.relative_to(ROOT))


def with_terminal_stdin(*args: str) -> subprocess.CompletedProcess:
    primary, secondary = pty.openpty()
    try:
        return subprocess.run(
            [str(BIN / "newscli"), *args],
            stdin=secondary,
            capture_output=True,
            timeout=60,
            cwd=ROOT,
        )
    finally:
        os.close(primary)
        os.close(secondary)


def test_show_suggests_title_for_a_word(sample_records):
    result = run("show", "太原", SAMPLE)
    assert result.code == 1 and result.stderr.count("\n") == 1
    heads = [r for r in sample_records if "太原" in f"{r['title']} {r['subtitle']}"]
    assert "--title" in result.stderr and f"in {len(heads)} headline" in result.stderr


def test_show_id_typo_still_names_the_nearest_ids():
    result = run("show", "000_4b4ff49425def47a-01", SAMPLE)
    assert (
        result.code == 1
        and "nearest: " in result.stderr
        and "000_4b4ff49425def47a-001" in result.stderr
    )
    assert "--title" not in result.stderr


@pytest.mark.parametrize("command,taken_as", [("show", "SELECTOR"), ("grep", "PATTERN")])
def test_a_file_alone_says_it_was_taken_as_the_selector_or_pattern(command, taken_as):
    done = with_terminal_stdin(command, RELATIVE_SAMPLE)
    assert done.returncode == 2
    message = done.stderr.decode()
    assert message.startswith("newscli: error: ") and message.count("\n") == 1
    assert f"'{RELATIVE_SAMPLE}' was taken as the {taken_as}" in message


@pytest.mark.parametrize("command,taken_as", [("show", "SELECTOR"), ("grep", "PATTERN")])
def test_a_file_taken_as_selector_or_pattern_with_piped_input_is_named_too(command, taken_as):
    result = run(command, SAMPLE)
    assert result.code == 1 and f"taken as the {taken_as}" in result.stderr


def test_grep_context_not_a_number():
    result = run("grep", "--kwic", "-C", "abc", "太原", SAMPLE)
    assert result.code == 2 and result.stderr.count("\n") == 1
    assert (
        "expected a number of characters, got 'abc'" in result.stderr
        and "int range" not in result.stderr
    )
