"""Issue 14 remnants (items 10, 11, 12 and 17's `newscli help`)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import SAMPLE, run


def one_error_line(result) -> str:
    assert result.code == 2, (result.code, result.stderr)
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("newscli: error: "), (
        result.stderr
    )
    return result.stderr


# Item 10: --date is a real calendar date.
@pytest.mark.parametrize("value", ["2025-13-40", "2025-02-30", "2025-00-10"])
def test_impossible_date_is_refused_naming_it(value):
    result = run("split", "--date", value, SAMPLE)
    assert value in one_error_line(result) and result.stdout == b""


def test_real_date_is_accepted():
    result = run("split", "--date", "2024-02-29", SAMPLE)
    assert result.code == 0 and result.records[0]["date"] == "2024-02-29"


# Item 12: inputs that cannot be opened are reported before any output.
@pytest.mark.parametrize(
    "args",
    [
        ["list", "-f", "tsv", "nofile.txt"],
        ["export", "-f", "csv", "--fields", "id,title", "nofile.txt"],
        ["list", "-f", "tsv", str(SAMPLE), "nofile.txt"],
        ["split", str(SAMPLE), "nofile.txt"],
        ["grep", "太原", str(SAMPLE), "nofile.txt"],
    ],
)
def test_missing_input_is_reported_before_any_output(tmp_path, monkeypatch, args):
    monkeypatch.chdir(tmp_path)
    result = run(*args)
    assert "nofile.txt" in one_error_line(result)
    assert result.stdout == b""


def test_input_refused_by_the_permission_check_comes_first(tmp_path, monkeypatch):
    """The same as above where the tests run as root (who may read anything)."""
    import newscli.textio

    # Files named on the command line are checked by Typer; files found in a folder were not.
    (tmp_path / "a.txt").write_text("本报讯 今天天气很好。\n")
    locked = tmp_path / "locked.txt"
    locked.write_text("x\n")
    real_access = os.access
    monkeypatch.setattr(
        newscli.textio.os, "access", lambda p, mode: Path(p) != locked and real_access(p, mode)
    )
    result = run("list", "-f", "tsv", SAMPLE, tmp_path)
    assert "locked.txt: permission denied" in one_error_line(result) and result.stdout == b""


# Item 17: `newscli help`.
def test_help_command_shows_the_help():
    result = run("help")
    assert result.code == 0 and "Usage: newscli" in result.text and "split" in result.text


def test_help_command_for_one_command():
    result = run("help", "grep")
    assert result.code == 0 and "Usage: newscli grep" in result.text


def test_help_for_an_unknown_command_is_one_line():
    assert "nosuch" in one_error_line(run("help", "nosuch"))


# Item 11: a CSV or TSV given as input is refused, not split as an issue.
@pytest.mark.parametrize(
    "text",
    [
        "id,issue,date,title\n1,a,2025-01-01,标题\n",
        "id\tissue\tdate\n1\ta\t2025-01-01\n",
        "\ufeffid,title,text\n1,x,y\n",
    ],
)
def test_csv_input_is_refused(text):
    result = run("split", input=text)
    message = one_error_line(result)
    assert (
        ("CSV" in message or "TSV" in message) and "<stdin>:1" in message and result.stdout == b""
    )


def test_issue_text_with_commas_is_still_an_issue():
    result = run("split", input="太原日报,2025年1月18日,星期六\n\n本报讯 今天天气很好。\n")
    assert result.code == 0, result.stderr


def test_list_reports_a_csv_before_its_header(tmp_path):
    table = tmp_path / "a.csv"
    table.write_text("id,issue,date\n1,a,2025-01-01\n")
    result = run("list", "-f", "tsv", table)
    assert "CSV" in one_error_line(result) and result.stdout == b""
