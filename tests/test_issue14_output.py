"""Issue 14, items 7, 9, 13, 14, 15: output for other tools carries the records' data,
refuses what it cannot do, can be read by others, and is escaped for its format."""

from __future__ import annotations

import csv
import html.parser
import io
import os
import re
import stat

import orjson
import pytest

from conftest import SAMPLE, run


def stream_of(*records: dict) -> bytes:
    return b"".join(orjson.dumps(r) + b"\n" for r in records)


def small_record(**fields) -> dict:
    record = {
        "id": "s-001",
        "issue": "s",
        "date": "2025-01-18",
        "seq": 1,
        "kind": "article",
        "title": "标题",
        "subtitle": None,
        "lead": None,
        "byline": None,
        "authors": [],
        "continued_from": None,
        "continued_to": None,
        "paragraphs": ["正文。"],
        "text": "正文。",
        "chars": 3,
        "lines": [1, 2],
        "source": None,
    }
    record.update(fields)
    return record


# 7. list carries the record's fields -----------------------------------------------------


def test_list_machine_formats_keep_a_null_title(sample_records):
    untitled = [r["id"] for r in sample_records if r["title"] is None]
    assert untitled
    rows = run("list", "-f", "jsonl", SAMPLE).records
    assert [r["id"] for r in rows if r["title"] is None] == untitled
    assert not any("上接" in (r["title"] or "") for r in rows)
    tsv = [line.split("\t") for line in run("list", SAMPLE).text.splitlines()[1:]]
    assert [row[0] for row in tsv if row[3] == ""] == untitled


def test_list_table_marks_its_stand_in_title():
    table = run("list", "-f", "table", SAMPLE).text
    assert "[untitled] 二是向绿而行" in table and "（上接第1版）" not in table


# 9. export --fields --------------------------------------------------------------------


@pytest.mark.parametrize("format", ["csv", "tsv", "json", "jsonl"])
def test_export_unknown_field_is_an_error_naming_the_known_ones(format):
    result = run("export", "-f", format, "--fields", "id,titel", SAMPLE)
    assert result.code == 2 and result.stdout == b""
    assert result.stderr.startswith("newscli: error: ") and result.stderr.count("\n") == 1
    assert (
        "'titel'" in result.stderr and "title" in result.stderr and "did you mean" in result.stderr
    )


def test_export_fields_may_name_an_extra_key_of_the_records():
    converted = run("convert-traditional", "--to", "hk", SAMPLE).stdout
    rows = list(
        csv.reader(
            io.StringIO(run("export", "-f", "csv", "--fields", "id,script", input=converted).text)
        )
    )
    assert rows[0] == ["id", "script"] and rows[1][1] == "zh-Hant-HK"


@pytest.mark.parametrize("format", ["md", "html", "txt"])
def test_export_fields_is_refused_where_it_cannot_apply(format, tmp_path):
    extra = ["--outdir", tmp_path / "out"] if format == "txt" else []
    result = run("export", "-f", format, "--fields", "id,title", *extra, SAMPLE)
    assert result.code == 2 and result.stdout == b""
    assert "--fields" in result.stderr and format in result.stderr
    assert not (tmp_path / "out").exists()


# 13. files readable by others --------------------------------------------------------------


@pytest.fixture
def umask_022():
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_output_file_respects_the_umask(tmp_path, umask_022):
    path = tmp_path / "page.html"
    assert run("export", "-f", "html", "-o", path, SAMPLE).code == 0
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["page.html"]  # no temporary file left


def test_outdir_files_respect_the_umask(tmp_path, umask_022):
    assert run("export", "-f", "txt", "--outdir", tmp_path / "txt", SAMPLE).code == 0
    modes = {stat.S_IMODE(p.stat().st_mode) for p in (tmp_path / "txt").iterdir()}
    assert modes == {0o644}


def test_output_file_respects_a_stricter_umask(tmp_path):
    previous = os.umask(0o077)
    try:
        assert run("export", "-o", tmp_path / "out.jsonl", SAMPLE).code == 0
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "out.jsonl").stat().st_mode) == 0o600


# 14. HTML --------------------------------------------------------------------------------


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack: list[str] = []
        self.title = ""
        self.classes: dict[str, list[str]] = {}
        self.style = ""

    def handle_starttag(self, tag, attrs):
        self.stack.append(dict(attrs).get("class") or tag)

    def handle_endtag(self, tag):
        self.stack.pop() if self.stack else None

    def handle_data(self, data):
        where = self.stack[-1] if self.stack else ""
        if where == "title":
            self.title += data
        elif where == "style":
            self.style += data
        else:
            self.classes.setdefault(where, []).append(data)


def page_of(data: bytes) -> Page:
    page = Page()
    page.feed(run("export", "-f", "html", input=data).text)
    return page


def body_fonts(style: str) -> list[str]:
    rule = re.search(r"body\s*\{[^}]*font-family:\s*([^;]+);", style).group(1)
    return [f.strip().strip('"') for f in rule.split(",")]


@pytest.mark.parametrize(
    "to,first",
    [("hk", "Noto Serif CJK HK"), ("mo", "Noto Serif CJK HK"), ("tw", "Noto Serif CJK TC")],
)
def test_html_font_stack_follows_the_language(to, first):
    converted = run("convert-traditional", "--to", to, SAMPLE).stdout
    fonts = body_fonts(page_of(converted).style)
    assert fonts[0] == first and "Noto Serif CJK SC" not in fonts[:3]


def test_html_simplified_page_keeps_simplified_fonts():
    assert body_fonts(page_of(run("split", SAMPLE).stdout).style)[0] == "Noto Serif CJK SC"


def test_html_subtitle_and_meta_are_not_indented():
    style = page_of(run("split", SAMPLE).stdout).style
    rules = dict(re.findall(r"([^{}]+)\{([^}]*)\}", style))
    unindented = [sel for sel, body in rules.items() if "text-indent: 0" in body]
    assert any(".subtitle" in sel for sel in unindented) and any(
        ".meta" in sel for sel in unindented
    )


def test_html_title_names_issue_and_date():
    page = page_of(stream_of(small_record(issue="太原日报", date="2025-01-18", id="太原日报-001")))
    assert page.title == "太原日报 2025-01-18"


def test_html_meta_is_chinese_with_id_and_date():
    record = small_record(byline="李俊华", continued_from=1, continued_to=3)
    meta = " ".join(page_of(stream_of(record)).classes["meta"])
    assert "2025-01-18" in meta and "s-001" in meta and "李俊华" in meta
    assert "上接第1版" in meta and "下转第3版" in meta and "文章" in meta
    assert "continued" not in meta and "article" not in meta


def test_html_meta_of_traditional_records_is_traditional():
    converted = run("convert-traditional", "--to", "hk", SAMPLE).stdout
    meta = " ".join(page_of(converted).classes["meta"])
    assert "上接第1版" in meta and "文章" in meta


# 15. Markdown escaping ---------------------------------------------------------------------


HOSTILE = "<script>alert(1)</script> <b>粗</b> *星号* _下划线_ [链接](http://x) `代码` \\ # 井"


def test_markdown_escapes_markdown_and_html_in_text_fields():
    record = small_record(
        title=HOSTILE, subtitle=HOSTILE, byline=HOSTILE, paragraphs=[HOSTILE], text=HOSTILE
    )
    text = run("export", "-f", "md", input=stream_of(record)).text
    assert "<script>" not in text and "<b>" not in text and "&lt;script&gt;" in text
    for raw in ("*星号*", "_下划线_", "[链接]", "`代码`"):
        assert raw not in text
    assert "\\*星号\\*" in text and "\\[链接\\]" in text and "\\`代码\\`" in text
    assert "\\# 井" in text and "# 井" not in text.replace("\\# 井", "")  # the text's # is escaped


def test_markdown_renders_back_to_the_text():
    """What a Markdown reader shows is the original text (CommonMark backslash escapes)."""
    commonmark = pytest.importorskip("markdown_it")
    record = small_record(
        title=HOSTILE, paragraphs=[HOSTILE, "1. 不是列表", "- 也不是"], text=HOSTILE
    )
    rendered = commonmark.MarkdownIt().render(
        run("export", "-f", "md", input=stream_of(record)).text
    )
    assert (
        "<script>" not in rendered
        and "<b>" not in rendered
        and "<a " not in rendered
        and "<code>" not in rendered
    )
    assert rendered.count("<em>") == 1  # the meta line's own
    assert "<ol>" not in rendered and "<ul>" not in rendered
    assert html.unescape(re.sub(r"<[^>]+>", "", rendered)).count(HOSTILE) == 2
