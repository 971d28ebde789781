"""`split` on every golden pair in tests/fixtures: NAME.txt must give the records in NAME.json."""

from __future__ import annotations

import json

import pytest

from conftest import FIXTURES, assert_nothing_lost, run

PAIRS = sorted(p.with_suffix("") for p in FIXTURES.glob("*.json") if p.with_suffix(".txt").exists())


def test_golden_pairs_found():
    assert len(PAIRS) >= 6  # the sample issue and at least five of our own


@pytest.mark.parametrize("stem", PAIRS, ids=lambda p: p.name)
def test_split_matches_golden(stem):
    expected = json.loads(stem.with_suffix(".json").read_text("utf-8"))["records"]
    result = run("split", stem.with_suffix(".txt"))
    assert result.code == 0, result.stderr
    got = result.records
    assert [r["seq"] for r in got] == [r["seq"] for r in expected]
    for want, have in zip(expected, got):
        for key, value in want.items():
            assert have[key] == value, f"record {want['seq']} field {key}"


@pytest.mark.parametrize("stem", PAIRS, ids=lambda p: p.name)
def test_nothing_lost(stem):
    from newscli.textio import decode_text

    path = stem.with_suffix(".txt")
    assert_nothing_lost(decode_text(path.read_bytes(), str(path)), run("split", path).records)


def test_sample_issue_matches_gold_exactly(sample_records):
    gold = json.loads((FIXTURES / "000_4b4ff49425def47a.json").read_text("utf-8"))["records"]
    assert len(sample_records) == len(gold) == 10
    assert [r["kind"] for r in sample_records] == [g["kind"] for g in gold]
    assert all(r["text"] == "\n".join(r["paragraphs"]) for r in sample_records)
