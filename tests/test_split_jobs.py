"""`split --jobs`: issues split in worker processes give exactly the output of one process."""

from __future__ import annotations

import shutil

import pytest

import newscli.records

from conftest import FIXTURES, SAMPLE, run


@pytest.fixture
def issues(tmp_path):
    """A folder of raw issues (every golden fixture and the sample), one of them a record stream."""
    folder = tmp_path / "issues"
    folder.mkdir()
    for index, path in enumerate(sorted(FIXTURES.glob("*.txt")) * 3):
        shutil.copy(path, folder / f"{index:03d}_{path.name}")
    shutil.copy(SAMPLE, folder / "zz_sample.txt")
    records = run("split", SAMPLE, "--issue", "as-records").stdout
    (folder / "050_records.jsonl").write_bytes(records)
    return folder


@pytest.mark.parametrize("jobs", ["2", "3", "0"])
def test_jobs_give_the_same_bytes_in_small_batches(issues, jobs, monkeypatch):
    expected = run("split", "-j", "1", issues)
    assert expected.code == 0, expected.stderr
    monkeypatch.setattr(newscli.records, "PARALLEL_BATCH", 1)  # one issue a batch: many round trips
    got = run("split", "-j", jobs, issues)
    assert got.code == 0, got.stderr
    assert got.stdout == expected.stdout
    assert b'"issue":"as-records"' in got.stdout  # the record stream passed through in its place


def test_an_undecodable_issue_stops_after_the_issues_before_it(issues, monkeypatch):
    (issues / "020_bad.txt").write_bytes("标题\n".encode() + b"\xff\xfe\x00bad" * 50)
    monkeypatch.setattr(newscli.records, "PARALLEL_BATCH", 1)
    one = run("split", "-j", "1", issues)
    many = run("split", "-j", "2", issues)
    assert one.code == many.code == 2
    assert many.stdout == one.stdout and many.stdout  # every record before the bad file
    assert many.stderr == one.stderr and "020_bad.txt" in many.stderr
