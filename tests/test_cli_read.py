"""`list`, `show` and `grep` on the sample issue, as a user runs them."""
from __future__ import annotations

import json

import orjson
import pytest

from conftest import GOLD, SAMPLE, run

TEXT_FIELDS = ("title", "subtitle", "byline")


def fields_contain(record: dict, word: str) -> bool:
    return any(word in (record.get(k) or "") for k in TEXT_FIELDS) or any(word in p for p in record["paragraphs"])


# list ---------------------------------------------------------------------------------

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
    rows = [orjson.loads(x) for x in run("list", SAMPLE, "--kind", "notice", "-f", "jsonl").stdout.splitlines()]
    assert [r["title"] for r in rows] == ["公 告"]


def test_list_table_aligns_chinese_columns():
    from newscli.display import width

    lines = run("list", SAMPLE, "--format", "table").text.splitlines()
    kind_columns = {width(line[: line.index(" article")]) for line in lines if " article" in line}
    assert len(kind_columns) == 1  # every row's kind starts at the same display column
    assert len({width(line) for line in lines}) == 1  # chars, the last column, is right-aligned


# show ---------------------------------------------------------------------------------

def test_show_by_number_prints_article_with_byline():
    result = run("show", "7", SAMPLE, "--width", "60")
    assert result.code == 0
    lines = result.text.splitlines()
    assert lines[1] == "以“食”力驱动太原发展动能"
    assert "阎铁洁" in lines[3]
    body = "".join(line.strip("\u3000") for line in lines[5:])
    assert "作为港澳委员，陈炳强一直有意为港澳两地" in body
    from newscli.display import width

    assert all(width(line) <= 60 for line in lines[5:]) and max(map(width, lines[5:])) >= 56


def test_show_by_title_markdown():
    result = run("show", "--title", "美食", SAMPLE, "--format", "markdown")
    assert result.text.startswith("# 以“食”力驱动太原发展动能\n")


def test_show_continuation_pages_and_json():
    text = run("show", "000_4b4ff49425def47a-002", SAMPLE).text
    assert "continued from page 1" in text
    records = run("show", "2", SAMPLE, "-f", "json").records
    assert records[0]["continued_from"] == 1


def test_show_nothing_found_exits_1_with_suggestions():
    result = run("show", "--title", "美食之城", SAMPLE)
    assert result.code == 1 and "北国美食之都" in result.stderr
    result = run("show", "99", SAMPLE)
    assert result.code == 1 and "1 to 10" in result.stderr


def test_show_number_ambiguous_across_issues(tmp_path):
    other = tmp_path / "other.txt"
    other.write_bytes(SAMPLE.read_bytes())
    result = run("show", "3", SAMPLE, other)
    assert result.code == 2 and "full id" in result.stderr


# grep ---------------------------------------------------------------------------------

def test_grep_count_equals_records_containing(sample_records):
    expected = sum(fields_contain(r, "太原") for r in sample_records)
    result = run("grep", "-c", "太原", SAMPLE)
    assert result.text == f"{expected}\n" and expected > 0


def test_grep_outputs_matching_records_unchanged(sample_records):
    result = run("grep", "太钢", SAMPLE)
    assert result.records == [r for r in sample_records if fields_contain(r, "太钢")]


def test_grep_invert(sample_records):
    ids = run("grep", "-v", "-l", "太原", SAMPLE).text.split()
    assert ids == [r["id"] for r in sample_records if not fields_contain(r, "太原")]


def test_grep_word_uses_jieba_tokens(sample_records):
    plain = int(run("grep", "-c", "太原", SAMPLE).text)
    whole = int(run("grep", "-c", "-w", "太原", SAMPLE).text)
    assert whole < plain  # 太原 inside 太原市 or 太原城 is not the word 太原
    kwic = run("grep", "-w", "--kwic", "太原", SAMPLE, "-C", "0", "-f", "jsonl").records
    assert kwic and all(line["match"] == "太原" for line in kwic)


def test_grep_fixed_strings_and_regex():
    assert run("grep", "-c", "1.2", SAMPLE).text != run("grep", "-c", "-F", "1.2", SAMPLE).text
    assert run("grep", "-c", "-F", "(", SAMPLE).code == 1


def test_grep_ignore_case():
    assert run("grep", "-q", "yb/t", SAMPLE).code == 1
    assert run("grep", "-q", "-i", "yb/t", SAMPLE).code == 0


def test_grep_ids_and_field():
    ids = run("grep", "-l", "李俊华", SAMPLE, "--field", "byline").text.split()
    assert ids == ["000_4b4ff49425def47a-001", "000_4b4ff49425def47a-005", "000_4b4ff49425def47a-009"]
    assert run("grep", "-c", "李俊华", SAMPLE, "--field", "title").text == "0\n"


def test_grep_multiple_patterns_and_max_count(sample_records):
    ids = run("grep", "-l", "-e", "太钢", "-e", "美食", SAMPLE).text.split()
    expected = [r["id"] for r in sample_records if fields_contain(r, "太钢") or fields_contain(r, "美食")]
    assert ids == expected and len(expected) > len(run("grep", "-l", "太钢", SAMPLE).text.split())
    assert len(run("grep", "-m", "1", "太原", SAMPLE).records) == 1


def test_grep_kind_filter():
    assert run("grep", "-l", "--kind", "notice", "采购", SAMPLE).text.split() == ["000_4b4ff49425def47a-003"]


def test_grep_kwic_aligns_matches():
    from newscli.display import width

    result = run("grep", "--kwic", "--color", "never", "-C", "6", "北国", SAMPLE)
    lines = result.text.splitlines()
    assert len(lines) >= 3
    positions = {width(line[: line.index("北国")]) for line in lines}
    assert len(positions) == 1


def test_grep_kwic_color_and_no_color(monkeypatch):
    colored = run("grep", "--kwic", "--color", "always", "太钢", SAMPLE).text
    assert "\x1b[1;31m太钢\x1b[0m" in colored
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" not in run("grep", "--kwic", "--color", "auto", "太钢", SAMPLE).text


def test_grep_kwic_jsonl_offsets(sample_records):
    lines = run("grep", "--kwic", "-f", "jsonl", "钢", SAMPLE, "--field", "text").records
    by_id = {r["id"]: r for r in sample_records}
    for line in lines:
        paragraph = by_id[line["id"]]["paragraphs"][line["paragraph"]]
        assert paragraph[line["offset"] : line["offset"] + len(line["match"])] == line["match"]
        assert paragraph[: line["offset"]].endswith(line["left"])


def test_grep_kwic_sort_r1():
    lines = run("grep", "--kwic", "-f", "jsonl", "--sort", "R1", "太原", SAMPLE).records
    unsorted = run("grep", "--kwic", "-f", "jsonl", "太原", SAMPLE).records
    assert sorted(map(str, lines)) == sorted(map(str, unsorted)) and lines != unsorted
    from newscli.segment import open_segmenter

    cut = open_segmenter().cut
    firsts = [cut(line["right"])[0] if line["right"] else "" for line in lines]
    assert firsts == sorted(firsts)


def test_grep_exit_codes_and_bad_pattern():
    assert run("grep", "太原", SAMPLE).code == 0
    assert run("grep", "火星", SAMPLE).code == 1
    result = run("grep", "(", SAMPLE)
    assert result.code == 2 and "'('" in result.stderr and "Traceback" not in result.stderr


def test_grep_runaway_pattern_is_bounded():
    text = "a" * 5000 + "!"
    result = run("grep", "--timeout", "0.2", "(a|aa)+$x", "-", input=f"标题\n\n{text}\n")
    assert result.code == 2 and "took over" in result.stderr


@pytest.mark.parametrize("args", [["-c"], ["-l"], ["-q"], []])
def test_grep_reads_record_stream_too(sample_jsonl, args):
    assert run("grep", *args, "太原", sample_jsonl).stdout == run("grep", *args, "太原", SAMPLE).stdout


def test_show_never_starts_a_line_with_closing_punctuation():
    from newscli.display import NO_LINE_START, width

    for columns in range(40, 101, 3):
        lines = run("show", "5", SAMPLE, "--width", str(columns)).text.splitlines()[5:]
        assert all(line[:1] not in NO_LINE_START for line in lines), columns
        assert all(width(line) <= columns for line in lines)
