"""`export` in every format, read back by the matching standard reader."""

from __future__ import annotations

import csv
import html.parser
import io
import json

import orjson
import pytest

from conftest import SAMPLE, run


def test_jsonl_round_trip(sample_records):
    out = run("export", SAMPLE, "-f", "jsonl")
    assert out.records == sample_records
    again = run("export", "-f", "jsonl", input=out.stdout)
    assert again.stdout == out.stdout


def test_json_array(sample_records):
    assert json.loads(run("export", SAMPLE, "-f", "json").text) == sample_records
    assert json.loads(run("export", "-f", "json", input=b"").text) == []


def test_csv_read_back_with_csv_module(sample_records):
    text = run("export", SAMPLE, "-f", "csv").text
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert len(rows) == len(sample_records)
    for row, record in zip(rows, sample_records):
        assert row["id"] == record["id"]
        assert row["text"] == record["text"]  # paragraphs keep their line breaks in the cell
        assert row["authors"] == "; ".join(record["authors"])
        assert row["title"] == (record["title"] or "")
        assert row["chars"] == str(record["chars"])
    assert not text.startswith("\ufeff") and "\r\n" not in text.split("\n", 1)[0] + "\n"


def test_csv_with_pandas_if_installed(tmp_path, sample_records):
    pandas = pytest.importorskip("pandas")
    path = tmp_path / "out.csv"
    run("export", SAMPLE, "-f", "csv", "-o", path)
    frame = pandas.read_csv(path, keep_default_na=False)
    assert list(frame["id"]) == [r["id"] for r in sample_records]
    assert list(frame["text"]) == [r["text"] for r in sample_records]


def test_tsv_escapes_line_breaks(sample_records):
    lines = run("export", SAMPLE, "-f", "tsv").text.splitlines()
    assert len(lines) == 1 + len(sample_records)
    header = lines[0].split("\t")
    first = dict(zip(header, lines[1].split("\t")))
    assert first["text"].replace("\\n", "\n") == sample_records[0]["text"]


def test_fields_choose_and_order_columns():
    rows = list(
        csv.reader(io.StringIO(run("export", SAMPLE, "-f", "csv", "--fields", "title,id").text))
    )
    assert rows[0] == ["title", "id"] and rows[1] == [
        "省政府工作报告寄望太原",
        "000_4b4ff49425def47a-001",
    ]
    records = run("export", SAMPLE, "--fields", "id,kind").records
    assert set(records[0]) == {"id", "kind"}


def test_ragged_records_get_one_header(sample_records):
    extra = dict(sample_records[1], page=3)
    stream = b"".join(orjson.dumps(r) + b"\n" for r in [sample_records[0], extra])
    rows = list(
        csv.DictReader(io.StringIO(run("export", "-f", "csv", input=stream).text, newline=""))
    )
    assert rows[0]["page"] == "" and rows[1]["page"] == "3"


def test_excel_bytes(sample_records):
    hostile = dict(sample_records[0], title='=HYPERLINK("http://x")', byline="-5")
    stream = orjson.dumps(hostile) + b"\n"
    data = run("export", "-f", "csv", "--excel", input=stream).stdout
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.split(b"\n", 1)[0].endswith(b"\r")
    row = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))[0]
    assert row["title"] == '\'=HYPERLINK("http://x")'
    assert row["byline"] == "-5"  # a number stays a number


def test_excel_warns_on_long_cells(sample_records):
    long = dict(sample_records[0], paragraphs=["长" * 40000], text="长" * 40000)
    result = run("export", "-f", "csv", "--excel", input=orjson.dumps(long) + b"\n")
    assert result.code == 0 and "32767" in result.stderr


def test_output_file_is_atomic_and_not_overwritten(tmp_path, monkeypatch):
    path = tmp_path / "out.csv"
    assert run("export", SAMPLE, "-f", "csv", "-o", path).code == 0
    first = path.read_bytes()
    result = run("export", SAMPLE, "-f", "jsonl", "-o", path)
    assert result.code == 2 and "--force" in result.stderr and path.read_bytes() == first
    assert run("export", SAMPLE, "-f", "jsonl", "-o", path, "--force").code == 0
    assert path.read_bytes() != first


def test_failed_export_leaves_no_file(tmp_path, monkeypatch):
    from newscli import export

    def explode(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(export, "_row", explode)
    path = tmp_path / "out.csv"
    result = run("export", SAMPLE, "-f", "csv", "-o", path)
    assert result.code == 2 and "disk full" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_markdown(sample_records):
    text = run("export", SAMPLE, "-f", "md").text
    assert text.startswith("# 省政府工作报告寄望太原\n")
    assert text.count("\n---\n") == len(sample_records) - 1


class _Collector(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.langs, self.articles = [], 0

    def handle_starttag(self, tag, attrs):
        if tag == "html":
            self.langs.append(dict(attrs)["lang"])
        if tag == "article":
            self.articles += 1


def test_html_page_and_lang(sample_records):
    page = _Collector()
    page.feed(run("export", SAMPLE, "-f", "html").text)
    assert page.langs == ["zh-Hans"] and page.articles == len(sample_records)
    converted = run("convert-traditional", "--to", "mo", SAMPLE).stdout
    page = _Collector()
    page.feed(run("export", "-f", "html", input=converted).text)
    assert page.langs == ["zh-Hant-MO"]


def test_txt_outdir_one_file_per_record(tmp_path, sample_records):
    assert run("export", SAMPLE, "-f", "txt", "--outdir", tmp_path).code == 0
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == [r["id"] + ".txt" for r in sample_records]
    body = (tmp_path / files[0]).read_text("utf-8")
    assert body.startswith("省政府工作报告寄望太原\n") and "李俊华" not in body


def test_txt_segmented(tmp_path):
    run("export", SAMPLE, "-f", "txt", "--outdir", tmp_path, "--segmented")
    first = (tmp_path / "000_4b4ff49425def47a-001.txt").read_text("utf-8").splitlines()[0]
    assert first.replace(" ", "") == "省政府工作报告寄望太原" and " " in first


def test_txt_outdir_stays_inside_dir(tmp_path, sample_records):
    hostile = dict(sample_records[0], id="../../etc/passwd")
    dotted = dict(sample_records[1], id="..")
    stream = orjson.dumps(hostile) + b"\n" + orjson.dumps(dotted) + b"\n"
    outdir = tmp_path / "out"
    assert run("export", "-f", "txt", "--outdir", outdir, input=stream).code == 0
    assert sorted(p.parent for p in tmp_path.rglob("*.txt")) == [outdir, outdir]
