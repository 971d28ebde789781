"""Property-based tests: the splitter on arbitrary text, and round trips through commands."""

from __future__ import annotations

import re

import orjson
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newscli import split_text

from conftest import assert_nothing_lost, run

# Fragments in the shapes newspaper text takes, mixed with arbitrary characters.
FRAGMENTS = st.sampled_from(
    [
        "\n",
        "\n\n",
        "\r\n",
        "\r",
        "　　",
        " ",
        "本报讯 ",
        "新华社北京1月2日电",
        "（李明）",
        "（记者 王芳 通讯员 赵四）",
        "本报记者 张三",
        "（上接第2版）",
        "（下转第3版）",
        "公 告",
        "联系人：刘先生",
        "电话：0351-1234567",
        "2025年1月18日",
        "遗失声明",
        "作废。",
        "零售：每份2元",
        "订购热线：0351-7654321",
        "开业优惠",
        "城市建设加快推进",
        "，",
        "。",
        "、",
        "！",
        "“",
        "”",
        "一、",
        "（",
        "）",
        "abc",
        "2024",
        # shapes of credits, datelines, headers, notices and ads of many papers
        "□",
        "■ ",
        "【记者 张三】",
        "〔記者林某某／台北報導〕",
        "记 者 | ",
        "社长＼",
        "报道●",
        " 发自北京",
        "新闻客户端 记者 李四",
        "（新加坡讯）",
        "今日16版",
        "《某某日报》1958.5.11",
        "追风｜",
        "上接第1版",
        "预约电话：(000)000-0000",
        "news@example.com",
        "（广告）",
        "便民服务",
        "节目预告",
    ]
)
TEXT = st.lists(st.one_of(FRAGMENTS, st.text(max_size=6)), max_size=60).map("".join)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(TEXT)
def test_split_never_crashes_and_loses_nothing(text):
    records = split_text(text, issue="p")
    assert [r["seq"] for r in records] == list(range(1, len(records) + 1))
    assert len({r["id"] for r in records}) == len(records)
    for record in records:
        assert record["text"] == "\n".join(record["paragraphs"])
        assert record["lines"][0] <= record["lines"][1]
    assert_nothing_lost(text, records)


@settings(max_examples=30, deadline=None)
@given(TEXT)
def test_records_survive_export_jsonl(text):
    records = split_text(text, issue="p")
    stream = b"".join(orjson.dumps(r) + b"\n" for r in records)
    result = run("export", "-f", "jsonl", input=stream)
    assert result.code == 0
    assert result.records == records


@settings(max_examples=30, deadline=None)
@given(TEXT)
def test_convert_keeps_count_and_ids(text):
    records = split_text(text, issue="p")
    stream = b"".join(orjson.dumps(r) + b"\n" for r in records)
    converted = run("convert-traditional", "--to", "mo", input=stream).records
    assert [r["id"] for r in converted] == [r["id"] for r in records]
    assert all(r["script"] == "zh-Hant-MO" for r in converted)


# Units a column never cuts: a continuation marker (its checker reads markers line by line).
UNIT_RE = re.compile(r"[（(]\s*(?:上接|接|下转|转)第?[^（）()]{0,4}版\s*[）)]|.", re.S)


def hard_wrap(text: str, width: int, indent: str) -> str:
    """Every line cut into pieces of about `width` characters, the first indented (a pdftotext column)."""
    out = []
    for line in text.splitlines():
        current = indent if line.strip() else ""
        for unit in UNIT_RE.findall(line.strip()):
            if len(current) + len(unit) > width and current.strip():
                out.append(current)
                current = ""
            current += unit
        out.append(current)
    return "\n".join(out)


@SETTINGS
@given(TEXT, st.integers(min_value=6, max_value=30), st.sampled_from(["", "　　", "  "]))
def test_split_of_a_hard_wrapped_column_loses_nothing(text, width, indent):
    wrapped = hard_wrap(text, width, indent)
    records = split_text(wrapped, issue="p")
    for record in records:
        assert record["text"] == "\n".join(record["paragraphs"])
    assert_nothing_lost(wrapped, records)


def test_a_marker_with_an_invisible_mark_after_it_is_read_and_nothing_lost():
    # Found by hypothesis: a byte-order mark after a continuation marker is as invisible as
    # white space; the marker becomes continued_to, and no character is counted lost.
    text = "（下转第3版）\ufeff"
    (record,) = split_text(text, issue="p")
    assert record["continued_to"] == 3
    assert_nothing_lost(text, records=[record])
