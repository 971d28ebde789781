"""`stats` on the sample issue, checked against counts computed here independently."""

from __future__ import annotations

import json
from collections import Counter
from importlib import metadata

import orjson
import pytest

from conftest import GOLD, SAMPLE, run


@pytest.fixture(scope="module")
def stats_doc():
    result = run("stats", SAMPLE, "--format", "json", "--top", "200", "--names")
    assert result.code == 0
    return result, json.loads(result.stdout)


def direct_counts(records: list[dict]) -> Counter:
    """Counted here with rjieba itself (the default engine), not through newscli."""
    import rjieba

    cut = rjieba.Jieba().cut
    counts: Counter = Counter()
    for record in records:
        text = "\n".join(
            p for p in [record["title"], record["subtitle"], *record["paragraphs"]] if p
        )
        counts.update(cut(text))
    return counts


def test_record_and_kind_counts_equal_gold(stats_doc):
    gold = json.loads(GOLD.read_text("utf-8"))["records"]
    doc = stats_doc[1]
    assert doc["records"] == len(gold)
    assert doc["kinds"] == dict(Counter(g["kind"] for g in gold))
    assert doc["paragraphs"] == sum(len(g["paragraphs"]) for g in gold)


def test_word_counts_equal_direct_rjieba_count(stats_doc, sample_records):
    counts = direct_counts(sample_records)
    listed = {row["word"]: row for row in stats_doc[1]["top_words"]}
    for word in ("发展", "太原", "美食", "高质量"):
        assert listed[word]["count"] == counts[word]
    in_records = sum(direct_counts([r])["太原"] > 0 for r in sample_records)
    assert listed["太原"]["records"] == in_records


def test_per_10k_and_totals(stats_doc):
    doc = stats_doc[1]
    first = doc["top_words"][0]
    assert first["per_10k"] == round(first["count"] / doc["words"] * 10000, 2)
    assert doc["han_chars"] < doc["chars"] and doc["types"] < doc["words"]


def test_stopwords_removed_by_default_kept_on_request():
    default = {
        r["word"]
        for r in json.loads(run("stats", SAMPLE, "-f", "json", "--top", "300").stdout)["top_words"]
    }
    kept = {
        r["word"]
        for r in json.loads(
            run("stats", SAMPLE, "-f", "json", "--top", "300", "--keep-stopwords").stdout
        )["top_words"]
    }
    assert "的" not in default and "的" in kept and "和" in kept


def test_min_length():
    rows = json.loads(run("stats", SAMPLE, "-f", "json", "--min-length", "3").stdout)["top_words"]
    assert rows and all(len(r["word"]) >= 3 for r in rows)


def test_by_kind_adds_up(stats_doc):
    total = stats_doc[1]
    groups = json.loads(run("stats", SAMPLE, "-f", "json", "--by", "kind").stdout)["groups"]
    assert {g["kind"] for g in groups} == set(total["kinds"])
    for key in ("records", "paragraphs", "chars", "han_chars", "words"):
        assert sum(g[key] for g in groups) == total[key]


def test_by_record_one_document_each(sample_records):
    groups = json.loads(run("stats", SAMPLE, "-f", "json", "--by", "record").stdout)["groups"]
    assert [g["record"] for g in groups] == [r["id"] for r in sample_records]


def test_jobs_do_not_change_results():
    one = run("stats", SAMPLE, "-f", "json", "--names")
    two = run("stats", SAMPLE, "-f", "json", "--names", "--jobs", "2")
    assert one.stdout == two.stdout


def test_userdict_changes_segmentation(tmp_path):
    userdict = tmp_path / "words.txt"
    userdict.write_bytes(
        "\ufeff北国美食之都 20 n\n".encode("utf-8")
    )  # a BOM must not hide this word
    plain = json.loads(run("stats", SAMPLE, "-f", "json", "--top", "500").stdout)
    custom = json.loads(
        run("stats", SAMPLE, "-f", "json", "--top", "500", "--userdict", userdict).stdout
    )
    assert "北国美食之都" not in {r["word"] for r in plain["top_words"]}
    assert {r["word"]: r["count"] for r in custom["top_words"]}["北国美食之都"] == 6
    assert len(custom["method"]["userdict_sha256"]) == 64


def test_method_records_how(stats_doc):
    method = stats_doc[1]["method"]
    assert method["segmenter"] == "rjieba" and method["hmm"] is True
    assert method["segmenter_version"] == metadata.version("rjieba")
    assert (
        method["stopwords"]["source"] == "stopwords-iso"
        and len(method["stopwords"]["sha256"]) == 64
    )


def test_names_and_authors(stats_doc):
    doc = stats_doc[1]
    assert {"people", "places", "organizations"} == set(doc["names"])
    assert "太原" in [n["name"] for n in doc["names"]["places"]]
    assert doc["authors"][0] == {"name": "李俊华", "records": 3}
    assert (
        json.loads(run("stats", SAMPLE, "-f", "json", "--top", "200").stdout)["names"]
        == doc["names"]
    )  # on by default
    no_names = json.loads(run("stats", SAMPLE, "-f", "json", "--no-names").stdout)
    assert no_names["names"] is None and no_names["method"]["names"] is None


def test_stats_is_quiet_on_stderr(stats_doc):
    assert stats_doc[0].stderr == ""


def test_traditional_records_are_flagged():
    converted = run("convert-traditional", SAMPLE).stdout
    result = run("stats", "-f", "json", input=converted)
    assert "traditional" in result.stderr
    assert json.loads(result.stdout)["scripts"] == {"zh-Hant-HK": 10}


def test_text_and_tsv_views():
    text = run("stats", SAMPLE, "-f", "text").text
    assert "rank  word" in text and "█" in text
    tsv = run("stats", SAMPLE, "-f", "tsv", "--by", "kind").text.splitlines()
    assert tsv[0] == "kind\trank\tword\tcount\tper_10k\trecords\tissues"


@pytest.mark.slow  # builds jieba's dictionary afresh, in a process of its own (CI runs it)
def test_cache_lives_in_user_cache(tmp_path):
    import subprocess
    import sys

    env = {
        "XDG_CACHE_HOME": str(tmp_path),
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "NEWSCLI_SEGMENTER": "jieba",
    }
    done = subprocess.run(
        [sys.executable, "-m", "newscli", "stats", str(SAMPLE), "-f", "json"],
        env=env,
        capture_output=True,
    )
    assert done.returncode == 0 and done.stderr == b""
    assert (tmp_path / "newscli" / "jieba" / "jieba.cache").exists()
    assert orjson.loads(done.stdout)["records"] == 10
