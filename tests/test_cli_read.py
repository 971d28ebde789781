"""`grep` on the sample issue, as a user runs it (`list` and `show`: test_cli_list.py, test_cli_show.py)."""

from __future__ import annotations

import pytest

from conftest import SAMPLE, columns, run

TEXT_FIELDS = ("title", "subtitle", "byline")


def fields_contain(record: dict, word: str) -> bool:
    return any(word in (record.get(k) or "") for k in TEXT_FIELDS) or any(
        word in p for p in record["paragraphs"]
    )


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
    # Each match -w shows is a token of its paragraph as jieba cuts it, and the matches it
    # leaves out are exactly the others.
    import jieba

    def is_token(line: dict) -> bool:
        record = next(r for r in sample_records if r["id"] == line["id"])
        text = (
            record["paragraphs"][line["paragraph"]]
            if line["paragraph"] is not None
            else record[line["field"]]
        )
        starts, offset = set(), 0
        for token in jieba.lcut(text):
            starts.add(offset)
            offset += len(token)
        return line["offset"] in starts and line["offset"] + 2 in starts | {offset}

    every = run("grep", "--kwic", "太原", SAMPLE, "-C", "0", "-f", "jsonl").records
    assert kwic == [line for line in every if is_token(line)] and len(kwic) < len(every)
    # 太原 as a word, at a word's start only (太原市, 太原人), at its end only (山西太原).
    texts = ["太原是省会", "他到太原市开会", "山西太原", "去了老太原", "太原人", "新太原"]
    stream = "".join(
        f'{{"id": "w-{n}", "paragraphs": ["{text}"]}}\n' for n, text in enumerate(texts)
    )
    assert run("grep", "-w", "-l", "太原", input=stream).text.split() == ["w-0", "w-3", "w-5"]


def test_grep_fixed_strings_and_regex():
    assert run("grep", "-c", "1.2", SAMPLE).text != run("grep", "-c", "-F", "1.2", SAMPLE).text
    assert run("grep", "-c", "-F", "(", SAMPLE).code == 1


def test_grep_ignore_case():
    assert run("grep", "-q", "yb/t", SAMPLE).code == 1
    assert run("grep", "-q", "-i", "yb/t", SAMPLE).code == 0


def test_grep_ids_and_field():
    ids = run("grep", "-l", "李俊华", SAMPLE, "--field", "byline").text.split()
    assert ids == [
        "000_4b4ff49425def47a-001",
        "000_4b4ff49425def47a-005",
        "000_4b4ff49425def47a-009",
    ]
    assert run("grep", "-c", "李俊华", SAMPLE, "--field", "title").text == "0\n"


def test_grep_multiple_patterns_and_max_count(sample_records):
    ids = run("grep", "-l", "-e", "太钢", "-e", "美食", SAMPLE).text.split()
    expected = [
        r["id"] for r in sample_records if fields_contain(r, "太钢") or fields_contain(r, "美食")
    ]
    assert ids == expected and len(expected) > len(run("grep", "-l", "太钢", SAMPLE).text.split())
    assert len(run("grep", "-m", "1", "太原", SAMPLE).records) == 1


def test_grep_kind_filter():
    assert run("grep", "-l", "--kind", "notice", "采购", SAMPLE).text.split() == [
        "000_4b4ff49425def47a-003"
    ]


def test_grep_kwic_aligns_matches():
    result = run("grep", "--kwic", "--color", "never", "-C", "6", "北国", SAMPLE)
    lines = result.text.splitlines()
    assert len(lines) >= 3
    positions = {columns(line[: line.index("北国")]) for line in lines}
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
    assert (
        run("grep", *args, "太原", sample_jsonl).stdout == run("grep", *args, "太原", SAMPLE).stdout
    )
