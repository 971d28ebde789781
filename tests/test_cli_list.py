"""`newscli list` on the sample issue, as a user runs it."""

from __future__ import annotations

import json

import orjson

from conftest import GOLD, SAMPLE, columns, run


def test_list_tsv_shows_the_ten_records():
    result = run("list", SAMPLE)
    lines = result.text.splitlines()
    assert lines[0].split("\t") == ["id", "kind", "date", "title", "byline", "chars"]
    rows = [line.split("\t") for line in lines[1:]]
    gold = json.loads(GOLD.read_text("utf-8"))["records"]
    assert [r[1] for r in rows] == [g["kind"] for g in gold]
    assert rows[6][3] == "以“食”力驱动太原发展动能" and rows[6][4] == "阎铁洁"
    assert rows[1][3] == ""  # machine formats carry the record's own (null) title


def test_list_kind_filter_and_jsonl():
    rows = [
        orjson.loads(x)
        for x in run("list", SAMPLE, "--kind", "notice", "-f", "jsonl").stdout.splitlines()
    ]
    assert [r["title"] for r in rows] == ["公 告"]


def test_list_table_aligns_chinese_columns():
    lines = run("list", SAMPLE, "--format", "table").text.splitlines()
    kind_columns = {columns(line[: line.index(" article")]) for line in lines if " article" in line}
    assert len(kind_columns) == 1  # every row's kind starts at the same display column
    assert len({columns(line) for line in lines}) == 1  # chars, the last column, is right-aligned
