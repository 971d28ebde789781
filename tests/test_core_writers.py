"""The ways out (`newscli.writers`): JSON lines, TSV's one escaping rule, atomic files; and the
commands that write TSV (export, list, stats) following that one rule."""

from __future__ import annotations

import io
import os
import re
import stat
from pathlib import Path

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newscli.errors import NewscliError
from newscli.writers import RecordWriter, TsvWriter, output_file, tsv_cell, tsv_escape

from conftest import run

# --- JSON lines ---------------------------------------------------------------------------


def test_record_writer_writes_chinese_as_itself_and_picks_fields_in_order():
    out = io.BytesIO()
    writer = RecordWriter(out, fields=["title", "id", "missing"])
    assert writer.write_all([{"id": "a-001", "title": "太原", "text": "x"}]) == 1
    assert out.getvalue() == '{"title":"太原","id":"a-001","missing":null}\n'.encode()


def test_record_writer_line_buffered_flushes_each_record():
    class Counting(io.BytesIO):
        flushes = 0

        def flush(self):
            Counting.flushes += 1

    RecordWriter(Counting(), line_buffered=True).write_all([{"id": "a"}, {"id": "b"}])
    assert Counting.flushes == 2


def test_record_that_cannot_be_json_is_one_error():
    with pytest.raises(NewscliError, match="cannot be written as JSON"):
        RecordWriter(io.BytesIO()).write({"id": "a", "page": 10**30})


# --- TSV ------------------------------------------------------------------------------------

UNESCAPE_RE = re.compile(r"\\(?:x([0-9a-f]{2})|u([0-9a-f]{4})|(.))")
NAMED = {"\\": "\\", "t": "\t", "n": "\n", "r": "\r"}


def unescape(cell: str) -> str:
    def one(match: re.Match) -> str:
        code = match.group(1) or match.group(2)
        return chr(int(code, 16)) if code else NAMED[match.group(3)]

    return UNESCAPE_RE.sub(one, cell)


@pytest.mark.parametrize(
    "text,cell",
    [
        ("a\tb", "a\\tb"),
        ("a\nb\r", "a\\nb\\r"),
        ("C:\\new", "C:\\\\new"),
        ("\x1b[31m红", "\\x1b[31m红"),
        ("\u202e左", "\\u202e左"),
        ("太原", "太原"),
    ],
)
def test_tsv_escape(text, cell):
    assert tsv_escape(text) == cell


@given(st.text())
def test_tsv_escape_loses_nothing_and_leaves_no_tab_line_break_or_control(text):
    cell = tsv_escape(text)
    assert unescape(cell) == text
    assert not re.search("[\x00-\x1f\x7f-\x9f]", cell)


def test_tsv_cells_of_other_values():
    assert [tsv_cell(v) for v in (None, True, False, 3, 1.5, orjson.Fragment(b"1.10"))] == [
        "",
        "true",
        "false",
        "3",
        "1.5",
        "1.10",
    ]


def test_tsv_writer_rows():
    out = io.StringIO()
    assert TsvWriter(out, line_end="\r\n").writerows([["id", "n"], ["a\tb", 2]]) == 2
    assert out.getvalue() == "id\tn\r\na\\tb\t2\r\n"


AWKWARD = "标题\t一\n二\\三\x1b[2J"


def test_export_list_and_stats_write_one_value_the_same_way():
    record = {
        "id": "r-001",
        "issue": AWKWARD,
        "kind": "article",
        "title": AWKWARD,
        "paragraphs": ["太原"],
    }
    records = orjson.dumps(record) + b"\n"
    expected = tsv_escape(AWKWARD)
    exported = run("export", "-f", "tsv", "--fields", "id,title", input=records).text.splitlines()
    listed = run("list", "-f", "tsv", input=records).text.splitlines()
    counted = run("stats", "-f", "tsv", "--by", "issue", input=records).text.splitlines()
    assert exported[1].split("\t")[1] == expected
    assert listed[1].split("\t")[3] == expected
    assert counted[1].split("\t")[0] == expected


# --- files ------------------------------------------------------------------------------------


@pytest.fixture
def umask_027():
    previous = os.umask(0o027)
    yield
    os.umask(previous)


def test_output_file_is_created_as_open_would_create_it(tmp_path, umask_027):
    with output_file(tmp_path / "out.csv") as out:
        out.write(b"a\n")
    with open(tmp_path / "by-open.csv", "wb"):
        pass
    assert stat.S_IMODE((tmp_path / "out.csv").stat().st_mode) == 0o640
    assert stat.S_IMODE((tmp_path / "by-open.csv").stat().st_mode) == 0o640
    assert (tmp_path / "out.csv").read_bytes() == b"a\n"


@pytest.mark.parametrize("failure", [OSError("disk full"), KeyboardInterrupt(), SystemExit(143)])
def test_output_file_leaves_nothing_on_any_failure(tmp_path, failure):
    with pytest.raises(type(failure)), output_file(tmp_path / "out.jsonl") as out:
        out.write(b"half a record")
        raise failure
    assert list(tmp_path.iterdir()) == []


def test_output_file_keeps_an_existing_file_unless_forced(tmp_path):
    path = tmp_path / "out.txt"
    path.write_text("mine")
    refused = pytest.raises(NewscliError, match="file exists \\(use `force` to overwrite\\)")
    with refused, output_file(path) as out:
        out.write(b"theirs")
    assert path.read_text() == "mine" and len(list(tmp_path.iterdir())) == 1
    with output_file(path, force=True) as out:
        out.write(b"theirs")
    assert path.read_text() == "theirs" and len(list(tmp_path.iterdir())) == 1


def test_output_file_in_a_missing_folder_is_one_error(tmp_path):
    with (
        pytest.raises(NewscliError, match="no such directory"),
        output_file(tmp_path / "missing" / "out.txt"),
    ):
        pass


def test_report_file_is_written_atomically_replacing_a_link_not_its_target(tmp_path):
    target = tmp_path / "elsewhere.json"
    target.write_text("not yours\n")
    link = tmp_path / "report.json"
    link.symlink_to(target)
    result = run("convert-traditional", "--text", "--report-file", link, input="发展\n")
    assert result.code == 0 and result.text == "發展\n"
    assert target.read_text() == "not yours\n"
    assert not link.is_symlink() and orjson.loads(link.read_bytes())[0]["to"] == "發"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["elsewhere.json", "report.json"]


def test_report_file_in_a_missing_folder_is_one_error_line(tmp_path):
    result = run(
        "convert-traditional", "--text", "--report-file", tmp_path / "no" / "r.json", input="发展\n"
    )
    assert (
        result.code == 2 and result.stderr.count("\n") == 1 and "no such directory" in result.stderr
    )
    assert [p.name for p in tmp_path.iterdir()] == []


def test_report_file_mode_follows_the_umask(tmp_path, umask_027):
    path = tmp_path / "r.json"
    assert run("convert-traditional", "--text", "--report-file", path, input="发展\n").code == 0
    assert stat.S_IMODE(Path(path).stat().st_mode) == 0o640
