"""Issue 14, item 8: folders of folders (`-r`), and two files that give one issue key."""

from __future__ import annotations

import shutil

import pytest

from conftest import SAMPLE, run


@pytest.fixture
def archive(tmp_path):
    """2025/0118/issue.txt and 2025/0119/issue.txt: one file name in two folders."""
    for day in ("0118", "0119"):
        folder = tmp_path / "2025" / day
        folder.mkdir(parents=True)
        shutil.copy(SAMPLE, folder / "issue.txt")
    return tmp_path / "2025"


def test_a_folder_of_folders_needs_recursive(archive):
    assert run("split", archive).code == 2  # no issue files directly in it
    result = run("split", "-r", archive)
    assert result.code == 0
    assert len(result.records) == 20


@pytest.mark.parametrize("command", [["split"], ["list", "-f", "tsv"], ["grep", "太原"]])
def test_two_files_giving_one_issue_key_are_named_in_a_warning(archive, command):
    result = run(*command, "-r", archive)
    assert result.code == 0
    assert (
        "0118/issue.txt and" in result.stderr
        and "0119/issue.txt both give issue key 'issue'" in result.stderr
    )
    assert result.stderr.count("\n") == 1


def test_issue_from_path_gives_distinct_ids(archive):
    result = run("split", "-r", "--issue-from", "path", archive)
    assert result.code == 0 and result.stderr == ""
    ids = [record["id"] for record in result.records]
    assert len(set(ids)) == len(ids) == 20
    assert ids[0].endswith("2025_0118_issue-001")
