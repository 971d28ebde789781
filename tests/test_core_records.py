"""The one way in, as a library: `RecordReader` over files, folders and text; decoding of raw
issues (UTF-8, UTF-16 with BOM, GB18030, Big5); page numbers in every numeral the papers use."""

from __future__ import annotations

import orjson
import pytest

from newscli.errors import InvalidRecordError, NewscliError
from newscli.records import TEXT_PATTERNS, ReadOptions, RecordReader
from newscli.split import split_text
from newscli.split.shapes import page_number
from newscli.textio import decode_text

from conftest import SAMPLE, run

ISSUE = SAMPLE.read_text("utf-8")


def jsonl(*records: dict) -> bytes:
    return b"".join(orjson.dumps(r) + b"\n" for r in records)


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "a.txt").write_text(ISSUE, encoding="utf-8")
    (tmp_path / "b.jsonl").write_bytes(jsonl({"id": "b-001", "paragraphs": ["太原"]}))
    (tmp_path / "notes.md").write_text("not an input")
    return tmp_path


def test_reader_splits_raw_issues_and_passes_records_in_name_order(folder):
    records = list(RecordReader([folder]))
    assert [r["id"] for r in records] == [f"a-{n:03d}" for n in range(1, 11)] + ["b-001"]
    assert records[0]["source"] == str(folder / "a.txt")


def test_reader_is_lazy(folder):
    (folder / "c.jsonl").write_bytes(jsonl({"id": "c-001", "paragraphs": []}) + b"not json\n")
    records = iter(RecordReader([folder]))
    assert next(records)["id"] == "a-001"  # nothing past the first issue has been read or refused


def test_reader_stops_at_a_bad_line_naming_it_or_skips_it(folder):
    bad = folder / "c.jsonl"
    bad.write_bytes(jsonl({"id": "c-001", "paragraphs": []}) + b'{"id": 5, "paragraphs": []}\n')
    with pytest.raises(InvalidRecordError) as error:
        list(RecordReader([bad]))
    assert error.value.where == f"{bad}:2" and "'id'" in error.value.reason
    reader = RecordReader([bad], ReadOptions(skip_invalid=True))
    assert [r["id"] for r in reader] == ["c-001"] and reader.skipped == [f"{bad}:2"]


def test_reader_refuses_a_missing_input_before_reading_any(folder):
    with pytest.raises(NewscliError, match="no such file"):
        RecordReader([folder / "a.txt", folder / "missing.txt"])


def test_reader_gives_texts_whole_and_only_text_files_of_a_folder(folder):
    reader = RecordReader([folder], ReadOptions(patterns=TEXT_PATTERNS))
    assert [(source.name, text) for source, text in reader.texts()] == [
        (str(folder / "a.txt"), ISSUE)
    ]


def test_reader_issue_and_date_options(folder):
    reader = RecordReader([folder / "a.txt"], ReadOptions(issue="晋", date="2025-01-18"))
    first = next(iter(reader))
    assert first["id"] == "晋-001" and first["date"] == "2025-01-18"


def test_library_errors_name_the_setting_and_the_cli_its_flag(folder):
    reader = RecordReader([folder / "a.txt"], ReadOptions(max_issue_size=1000))
    with pytest.raises(NewscliError) as error:
        list(reader)
    assert "raise `max_issue_size`" in error.value.message and "--" not in error.value.message
    result = run("split", "--max-issue-size", "1000", folder / "a.txt")
    assert (
        result.code == 2 and "raise --max-issue-size" in result.stderr and "`" not in result.stderr
    )


# --- decoding -------------------------------------------------------------------------------

TRADITIONAL = "省政府工作報告寄望太原\n發揮省會龍頭作用，助力全省高質量發展。\n"


@pytest.mark.parametrize(
    "data,name",
    [
        (ISSUE.encode("utf-8"), "UTF-8"),
        (b"\xef\xbb\xbf" + ISSUE.encode("utf-8"), "UTF-8 with BOM"),
        (ISSUE.encode("utf-16"), "UTF-16 with BOM"),
        (b"\xfe\xff" + ISSUE.encode("utf-16-be"), "UTF-16 big-endian with BOM"),
        (ISSUE.encode("gb18030"), "GB18030"),
    ],
)
def test_decode_detects(data, name):
    assert decode_text(data, "issue.txt") == ISSUE, name


def test_decode_detects_big5():
    assert decode_text((TRADITIONAL * 20).encode("big5"), "issue.txt") == TRADITIONAL * 20


def test_decode_names_the_encoding_setting_when_it_fails():
    with pytest.raises(NewscliError, match="cannot decode as ascii .*try another `encoding`"):
        decode_text(ISSUE.encode("utf-8"), "issue.txt", "ascii")


def test_decode_refuses_binary():
    with pytest.raises(NewscliError, match="binary"):
        decode_text(b"\x89PNG\r\n\x1a\n\x00\x00", "image.txt")


# --- page numbers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "token,number",
    [
        ("3", 3),
        ("１２", 12),
        ("三", 3),
        ("十二", 12),
        ("二十", 20),
        ("一百零五", 105),
        ("二〇", 20),
        ("一1", 11),
    ],
)
def test_page_numbers_in_every_numeral(token, number):
    assert page_number(token) == number


@pytest.mark.parametrize(
    "marker,number", [("第三版", 3), ("第１２版", 12), ("第十二版", 12), ("4版", 4)]
)
def test_continuation_markers_give_page_numbers(marker, number):
    text = f"标题一\n\n（上接{marker}）\n正文说到这里，还没有完。\n（下转{marker}）\n"
    records = split_text(text, issue="t")
    assert [
        (r["continued_from"], r["continued_to"]) for r in records if r["kind"] == "article"
    ] == [(number, number)]
