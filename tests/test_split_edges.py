"""`split` on the edge cases of issue 11 (item 11): markers after bylines, two markers on
one line, notices under repeated headings with single newlines, exotic white space."""

from __future__ import annotations

import pytest

from conftest import assert_nothing_lost, run

BODY = "本报讯 今天天气很好，市民纷纷出门游玩，公园里人头攒动，热闹非凡。"


def split(text: str) -> list[dict]:
    result = run("split", input=text)
    assert result.code == 0, result.stderr
    assert_nothing_lost(text, result.records)
    return result.records


def test_continued_to_after_a_closing_byline_closes_that_article():
    records = split(f"标题一\n{BODY}\n（李明）\n（下转第3版）\n")
    assert len(records) == 1
    assert (records[0]["byline"], records[0]["continued_to"], records[0]["lines"]) == (
        "李明",
        3,
        [1, 4],
    )


@pytest.mark.parametrize("middle", ["", "市民纷纷出门游玩，公园里人头攒动。"])
def test_both_markers_on_one_line(middle):
    records = split(f"（上接第3版）{middle}（下转第4版）\n")
    assert (records[0]["continued_from"], records[0]["continued_to"]) == (3, 4)
    assert records[0]["paragraphs"] == ([middle] if middle else [])


def test_two_notices_under_two_headings_with_single_newlines():
    text = (
        "公 告\n某某公司拟注销，请债权人自本公告之日起45日内申报债权。\n联系人：张先生\n"
        "公 告\n某某公司遗失公章一枚，声明作废。\n联系人：李先生\n"
    )
    records = split(text)
    assert [(r["kind"], r["title"], r["lines"]) for r in records] == [
        ("notice", "公 告", [1, 3]),
        ("notice", "公 告", [4, 6]),
    ]


@pytest.mark.parametrize("space", ["\u2028", "\u2029", "\x1c", "\x85", "\ufeff", "\u200b"])
def test_lines_of_exotic_white_space_are_blank(space):
    records = split(f"标题\n{space}\n{BODY}\n{space}{space}\n")
    assert [(r["title"], r["lines"]) for r in records] == [("标题", [1, 3])]
