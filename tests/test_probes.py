"""Consistency probes: fresh pages whose only gold is the list of their headlines.

Each tests/corpus/probes/NAME.txt is real article text of the pages its NAME.json names, under
a composed page header and over a composed editor line (see that folder's README.md). With no
full gold, `split` is held to what must hold whatever the right records are:

  a. the titles of the non-page records are exactly the listed headlines, in order;
  b. every re-layout of tests/test_layout_invariance.py gives the same records;
  c. the items in reverse order (header first, editor line last) give the same records.

Pairs listed in tests/corpus/probes/known_failures.txt fail today; they are strict xfails, so
one that starts to pass must be taken off the list.
"""

from __future__ import annotations

import json
import sys
from functools import cache
from pathlib import Path

import pytest
from test_layout_invariance import (
    LAYOUTS,
    as_converted_whole,
    known_failures,
    project,
    to_traditional,
)

from conftest import CORPUS, run

sys.path.insert(0, str(CORPUS))
from reorder import LINE_RE, reversed_items  # noqa: E402
from reorder import project as as_counted_rows  # noqa: E402

PROBES = CORPUS / "probes"
KNOWN = PROBES / "known_failures.txt"
REVERSE = "reverse-order"


def cases():
    """(probe path, check) for each probe: its headlines, each re-layout, and (with more than
    one item) the reverse order."""
    known = known_failures(KNOWN)
    for meta_path in sorted(PROBES.glob("*.json")):
        checks = ["headlines", *LAYOUTS]
        if len(json.loads(meta_path.read_text("utf-8"))["headlines"]) > 1:
            checks.append(REVERSE)
        for check in checks:
            marks = (
                [pytest.mark.xfail(strict=True, reason="known probe failure")]
                if f"{meta_path.stem} {check}" in known
                else []
            )
            yield pytest.param(meta_path, check, id=f"{meta_path.stem}-{check}", marks=marks)


def test_every_known_failure_names_a_check_that_runs():
    # A listed pair that names no probe or no check of it would hide nothing and rot.
    checks = {f"{param.values[0].stem} {param.values[1]}" for param in cases()}
    assert checks and sorted(known_failures(KNOWN) - checks) == []


def split(text: str) -> list[dict]:
    result = run("split", input=text)
    assert result.code == 0, result.stderr
    return result.records


@cache
def split_original(text: str) -> tuple:
    return tuple(json.dumps(record, ensure_ascii=False) for record in split(text))


def original_records(text: str) -> list[dict]:
    return [json.loads(row) for row in split_original(text)]


def item_records(text: str, item_lines: list[list[int]]) -> list[dict]:
    """The probe as reorder.py's gold records: the page header, one per item (its blank line
    before it goes with it), the editor line at the foot."""
    lines = LINE_RE.split(text.removesuffix("\n"))
    header_end = item_lines[0][0] - 1
    while header_end > 1 and not lines[header_end - 1].strip():
        header_end -= 1
    return [
        {"kind": "page", "lines": [1, header_end]},
        *({"kind": "article", "lines": span} for span in item_lines),
        {"kind": "page", "lines": [item_lines[-1][1] + 1, len(lines)]},
    ]


@pytest.mark.parametrize("meta_path,check", list(cases()))
def test_probe(meta_path: Path, check: str):
    meta = json.loads(meta_path.read_text("utf-8"))
    text = meta_path.with_suffix(".txt").read_text("utf-8")
    original = original_records(text)
    if check == "headlines":
        assert [r["title"] for r in original if r["kind"] != "page"] == meta["headlines"]
    elif check == REVERSE:
        laid_out, _ = reversed_items(text, item_records(text, meta["item_lines"]))
        assert as_counted_rows(split(laid_out + "\n")) == as_counted_rows(original)
    else:
        relayout, converts = LAYOUTS[check]
        expected = project(
            original, (lambda t: as_converted_whole(to_traditional(t))) if converts else None
        )
        assert project(split(relayout(text)), as_converted_whole if converts else None) == expected
