"""Issue 14, item 17 (show and grep): messages that tell a new user what went wrong."""
from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, SAMPLE, run

BIN = Path(sys.executable).parent
RELATIVE_SAMPLE = str(SAMPLE.relative_to(ROOT))


def with_terminal_stdin(*args: str) -> subprocess.CompletedProcess:
    primary, secondary = pty.openpty()
    try:
        return subprocess.run([str(BIN / "newscli"), *args], stdin=secondary, capture_output=True, timeout=60, cwd=ROOT)
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
    assert result.code == 1 and "nearest: " in result.stderr and "000_4b4ff49425def47a-001" in result.stderr
    assert "--title" not in result.stderr


def test_show_with_only_a_file_says_it_was_taken_as_the_selector():
    done = with_terminal_stdin("show", RELATIVE_SAMPLE)
    assert done.returncode == 2
    message = done.stderr.decode()
    assert message.startswith("newscli: error: ") and message.count("\n") == 1
    assert f"'{RELATIVE_SAMPLE}' was taken as the SELECTOR" in message


def test_show_file_as_selector_with_piped_input_is_named_too():
    result = run("show", SAMPLE)
    assert result.code == 1 and "taken as the SELECTOR" in result.stderr


def test_grep_with_only_a_file_says_it_was_taken_as_the_pattern():
    done = with_terminal_stdin("grep", RELATIVE_SAMPLE)
    assert done.returncode == 2
    message = done.stderr.decode()
    assert message.startswith("newscli: error: ") and message.count("\n") == 1
    assert f"'{RELATIVE_SAMPLE}' was taken as the PATTERN" in message


def test_grep_file_as_pattern_with_piped_input_warns_when_nothing_matched():
    result = run("grep", SAMPLE)
    assert result.code == 1 and "taken as the PATTERN" in result.stderr


def test_grep_context_not_a_number():
    result = run("grep", "--kwic", "-C", "abc", "太原", SAMPLE)
    assert result.code == 2 and result.stderr.count("\n") == 1
    assert "expected a number of characters, got 'abc'" in result.stderr and "int range" not in result.stderr
