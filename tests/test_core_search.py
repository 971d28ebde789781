"""`newscli.search` and `newscli.kwic` as a library: selecting records, hits, concordance lines."""

from __future__ import annotations

import pytest

from newscli.display import HIGHLIGHT
from newscli.errors import NewscliError
from newscli.kwic import concordance, format_lines, sort_lines
from newscli.search import Matcher, SearchOptions, select

from conftest import columns

RECORDS = [
    {"id": "a-001", "title": "太原新闻", "paragraphs": ["太原市今天下雪。", "没有别的。"]},
    {"id": "a-002", "title": "大同", "byline": "太原记者", "paragraphs": ["大同的消息。"]},
    {"id": "a-003", "title": None, "paragraphs": ["再说太原，还是太原。"]},
]


def ids(records) -> list[str]:
    return [r["id"] for r in records]


def test_select_keeps_order_and_stops_at_max_count():
    matcher = Matcher(SearchOptions(["太原"]))
    assert ids(select(RECORDS, matcher)) == ["a-001", "a-002", "a-003"]
    assert ids(select(RECORDS, matcher, max_count=2)) == ["a-001", "a-002"]
    assert ids(select(RECORDS, matcher, max_count=0)) == []


def test_select_reads_no_further_than_it_must():
    seen = []

    def records():
        for record in RECORDS:
            seen.append(record["id"])
            yield record

    assert ids(select(records(), Matcher(SearchOptions(["太原"])), max_count=1)) == ["a-001"]
    assert seen == ["a-001"]


@pytest.mark.parametrize(
    "options,expected",
    [
        (SearchOptions(["太原"], field="text"), ["a-001", "a-003"]),
        (SearchOptions(["太原"], field="byline"), ["a-002"]),
        (SearchOptions(["太原"], invert=True), []),
        (SearchOptions(["大同|没有"]), ["a-001", "a-002"]),
        (SearchOptions(["大同|没有"], fixed=True), []),
    ],
)
def test_matcher_options(options, expected):
    assert ids(select(RECORDS, Matcher(options))) == expected


def test_matcher_errors_speak_of_values():
    with pytest.raises(NewscliError, match="unknown field 'body'; expected one of title"):
        Matcher(SearchOptions(["x"], field="body"))


def test_hits_give_offsets_into_their_field():
    hits = list(Matcher(SearchOptions(["太原"])).hits(RECORDS[2]))
    assert [(h.field, h.paragraph, h.start, h.end) for h in hits] == [
        ("paragraphs", 0, 2, 4),
        ("paragraphs", 0, 7, 9),
    ]
    assert all(h.match == "太原" for h in hits)


def test_concordance_cuts_context_and_flattens_line_breaks():
    hit = next(
        Matcher(SearchOptions(["太原"])).hits(
            {"id": "x", "paragraphs": ["一二\n三四太原五六\n七八"]}
        )
    )
    line = concordance(hit, 3)
    assert (line.left, line.match, line.right, line.offset) == (" 三四", "太原", "五六 ", 5)
    assert line.as_dict()["paragraph"] == 0


def test_format_lines_align_the_match_whatever_the_widths():
    matcher = Matcher(SearchOptions(["太原"]))
    lines = [concordance(h, 4) for r in RECORDS for h in matcher.hits(r)]
    text = list(format_lines(lines, 4, color=True))
    assert len(text) == 5 and len({columns(t[: t.index(HIGHLIGHT)]) for t in text}) == 1


def test_format_lines_fit_the_columns_given():
    matcher = Matcher(SearchOptions(["太原"]))
    lines = [concordance(h, 30) for r in RECORDS for h in matcher.hits(r)]
    assert all(columns(t) <= 24 for t in format_lines(lines, 30, color=False, columns=24))


def test_sort_lines_by_the_word_right_of_the_match():
    matcher = Matcher(SearchOptions(["太原"]))
    lines = sort_lines([concordance(h, 6) for r in RECORDS for h in matcher.hits(r)], "R1")
    assert [line.right[:1] for line in lines] == sorted(line.right[:1] for line in lines)
