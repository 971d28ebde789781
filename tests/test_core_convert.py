"""`newscli.convert` as a library: batches, one OpenCC call a batch giving what one call a field
gives, records already traditional left alone, the change report."""

from __future__ import annotations

from collections import Counter

import pytest

from newscli.convert import RecordConverter, report_rows, text_batches
from newscli.errors import NewscliError


def record(n: int, text: str = "发展") -> dict:
    return {
        "id": f"r-{n:03d}",
        "title": "软件",
        "paragraphs": [text, "开发"],
        "text": f"{text}\n开发",
    }


def test_batches_hold_at_most_size_records():
    batches = list(text_batches((record(n) for n in range(7)), size=3))
    assert [len(b) for b in batches] == [3, 3, 1]
    assert [r["id"] for b in batches for r in b] == [f"r-{n:03d}" for n in range(7)]


def test_batches_end_at_about_chars_characters():
    long = "长" * 100
    batches = list(text_batches((record(n, long) for n in range(5)), size=100, chars=250))
    assert [len(b) for b in batches] == [3, 2]


def test_a_bad_record_ends_the_batches_after_the_records_before_it():
    def records():
        yield record(1)
        yield record(2)
        raise NewscliError("in.jsonl:3: invalid JSON")

    batches = text_batches(records(), size=10)
    assert [r["id"] for r in next(batches)] == ["r-001", "r-002"]
    with pytest.raises(NewscliError, match="in.jsonl:3"):
        next(batches)


def test_one_call_a_batch_gives_what_one_call_a_field_gives():
    converter = RecordConverter("tw")
    records = [record(1), record(2, "鼠标\n和键盘"), {"id": "r-003", "paragraphs": []}]
    batch = converter.convert_batch(records)
    assert batch[0]["title"] == converter.convert("软件") and batch[0]["paragraphs"] == [
        "發展",
        "開發",
    ]
    assert batch[1]["paragraphs"][0] == converter.convert(
        "鼠标\n和键盘"
    )  # a field's own line break
    assert [r["text"] for r in batch] == ["\n".join(r["paragraphs"]) for r in batch]
    assert {r["script"] for r in batch} == {"zh-Hant-TW"} and batch[0]["conversion"][
        "config"
    ] == "s2tw"
    assert records[0]["paragraphs"] == ["发展", "开发"]  # the input records are not changed


def test_records_already_traditional_pass_through_in_place():
    converter = RecordConverter("hk")
    done = dict(record(2, "濃郁"), script="zh-Hant-TW")
    batch = converter.convert_batch([record(1), done, record(3)])
    assert batch[1] is done and [r["script"] for r in batch] == [
        "zh-Hant-HK",
        "zh-Hant-TW",
        "zh-Hant-HK",
    ]
    assert RecordConverter("hk", reconvert=True).convert_batch([done])[0]["script"] == "zh-Hant-HK"


def test_report_counts_changed_phrases():
    changes: Counter = Counter()
    RecordConverter("tw", report=changes).convert_batch([record(1), record(2)])
    rows = report_rows(changes)
    assert {"from": "发", "to": "發", "count": 2} in rows  # 发展: one changed character
    assert {"from": "开发", "to": "開發", "count": 2} in rows  # a run of changed characters
    assert [r["count"] for r in rows] == sorted((r["count"] for r in rows), reverse=True)


def test_unknown_target_is_named_with_the_choices():
    with pytest.raises(
        NewscliError, match="unknown target 'hant'; expected one of hk, mo, tw, twp, t"
    ):
        RecordConverter("hant")
