"""`split` on every golden pair in tests/fixtures: NAME.txt must give the records in NAME.json."""
from __future__ import annotations

import json
import re

import pytest

from conftest import FIXTURES, run

PAIRS = sorted(p.with_suffix("") for p in FIXTURES.glob("*.json") if p.with_suffix(".txt").exists())
MARKER_RE = re.compile(r"[（(]\s*(?:上接|接|下转|转)第?\s*[0-9０-９一二三四五六七八九十]+\s*版\s*[）)]")


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
    """Every source line's characters land in the fields of the record covering it, but for
    continuation markers and a byline's brackets."""
    result = run("split", stem.with_suffix(".txt"))
    raw = result.records
    from newscli.textio import decode_text

    text = decode_text(stem.with_suffix(".txt").read_bytes(), str(stem))
    for number, line in enumerate(re.split(r"\r\n|\r|\n", text), 1):
        content = "".join(MARKER_RE.sub("", line).split())
        if not content:
            continue
        covering = [r for r in raw if r["lines"][0] <= number <= r["lines"][1]]
        assert len(covering) == 1, f"line {number} is in {len(covering)} records"
        fields = covering[0]
        blob = "".join(
            "".join(str(fields[k] or "").split()) for k in ("title", "subtitle", "byline")
        ) + "".join("".join(p.split()) for p in fields["paragraphs"])
        if content.startswith(("（", "(")) and content.endswith(("）", ")")):
            content = content[1:-1]  # a byline's brackets become the field
        assert content in blob, f"line {number} lost: {line!r}"


def test_sample_issue_matches_gold_exactly(sample_records):
    gold = json.loads((FIXTURES / "000_4b4ff49425def47a.json").read_text("utf-8"))["records"]
    assert len(sample_records) == len(gold) == 10
    assert [r["kind"] for r in sample_records] == [g["kind"] for g in gold]
    assert all(r["text"] == "\n".join(r["paragraphs"]) for r in sample_records)
