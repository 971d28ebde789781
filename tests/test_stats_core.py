"""Unit tests of `stats` counting (newscli.stats, used as a library), and `--jobs` with many
batches: the figures must not depend on how records are shared among worker processes."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from newscli import stats
from newscli.parallel import usable_cores
from newscli.segment import open_segmenter

from conftest import corpus_files, run


def record(rid: str, issue: str, paragraphs: list[str], kind: str = "article", **fields) -> dict:
    return {
        "id": rid,
        "issue": issue,
        "kind": kind,
        "title": None,
        "subtitle": None,
        "paragraphs": paragraphs,
        "text": "\n".join(paragraphs),
        **fields,
    }


RECORDS = [
    record("a-1", "a", ["太原发展很快。", "太原 美食"], authors=["李华"]),
    record("a-2", "a", ["发展，发展！"], kind="notice"),
    record("b-1", "b", ["Taiyuan 2025 发展"], authors=["李华", "王明"]),
    {"id": "b-2", "issue": "b", "paragraphs": ["没有种类"]},
]


def group_of(records, words_of) -> stats.Group:
    group = stats.Group()
    for r in records:
        group.add(r, words_of[r["id"]], [])
    group.finish()
    return group


def test_group_counts_records_characters_and_ranges():
    words_of = {
        "a-1": ["太原", "发展", "美食", "太原"],
        "a-2": ["发展", "发展"],
        "b-1": ["Taiyuan", "2025", "发展"],
        "b-2": ["没有"],
    }
    group = group_of(RECORDS, words_of)
    assert (group.records, group.paragraphs, len(group.issues)) == (4, 5, 2)
    assert group.kinds == Counter({"article": 2, "notice": 1, stats.NO_KIND: 1})
    assert group.chars == len("太原发展很快。太原美食发展，发展！Taiyuan2025发展没有种类")
    assert group.han_chars == len("太原发展很快太原美食发展发展发展没有种类")
    assert group.lengths == Counter({len("太原发展很快。太原美食"): 1, len("Taiyuan2025发展"): 1})
    assert (
        group.words["发展"] == 4
        and group.word_records["发展"] == 3
        and group.word_issues["发展"] == 2
    )
    assert (
        group.words["太原"] == 2
        and group.word_records["太原"] == 1
        and group.word_issues["太原"] == 1
    )
    assert group.authors == Counter({"李华": 2, "王明": 1})


def test_summarize_ranks_words_and_leaves_out_stop_words():
    words_of = {
        "a-1": ["的", "太原", "发展", "的", "的"],
        "a-2": ["发展"],
        "b-1": ["发展"],
        "b-2": ["美"],
    }
    group = group_of(RECORDS, words_of)
    doc = stats.summarize(group, stats.StatsOptions(names=False))
    assert [(row["rank"], row["word"], row["count"]) for row in doc["top_words"]] == [
        (1, "发展", 3),
        (2, "太原", 1),
        (3, "美", 1),
    ]
    assert doc["top_words"][0]["per_10k"] == round(3 / 8 * 10000, 2) and doc["words"] == 8
    assert doc["article_chars_mean"] == (len("太原发展很快。太原美食") + len("Taiyuan2025发展")) / 2
    kept = stats.summarize(
        group, stats.StatsOptions(keep_stopwords=True, min_length=2, names=False)
    )
    assert [row["word"] for row in kept["top_words"]] == ["发展", "太原"]
    assert doc["names"] is None


def test_keywords_weigh_by_jieba_idf():
    idf, median = stats.idf_table()
    words = Counter({"发展": 10, "太原": 2, "的": 50, "x": 3, "未登录词甲乙": 1})
    found = {k["word"]: k["weight"] for k in stats.keywords(words, 10)}
    assert set(found) == {
        "发展",
        "太原",
        "未登录词甲乙",
    }  # stop words and one-character words left out
    assert found["太原"] == round(2 / 66 * idf["太原"], 6)
    assert found["未登录词甲乙"] == round(1 / 66 * median, 6)  # unknown to the table: the median
    assert median == sorted(idf.values())[len(idf) // 2]


def test_segmentation_finds_names_and_summaries_leave_out_punctuation():
    """Tokens are counted whole, punctuation included; the figures leave it out (the word
    list, the totals and the keywords, where `...` would pass the two-character rule)."""
    options = stats.StatsOptions(names=True)
    segmentation = stats.Segmentation(options, open_segmenter("rjieba"))
    text = "记者张伟明报道：金湘军在太原市出席...养老福祉高水平！"
    tokens, names = segmentation.segment(text)
    assert "".join(tokens) == text and "..." in tokens and "太原市" in tokens
    assert ("张伟明", "people") in names and ("太原市", "places") in names
    assert not any(name in ("金", "养老", "福祉") for name, _ in names)
    assert segmentation([" 。", "发展"]) == [([" ", "。"], []), (["发展"], [])]
    group = stats.Group()
    group.add(record("x-1", "x", [text]), tokens + ["。", "太原市"], names)
    group.finish()
    doc = stats.summarize(group, stats.StatsOptions(keep_stopwords=True, top=100))
    words = [t for t in tokens if t not in ("：", "...", "！")]
    assert [row["word"] for row in doc["top_words"]] == ["太原市"] + [
        w for w in words if w != "太原市"
    ]
    assert (doc["words"], doc["types"]) == (len(words) + 1, len(words))
    assert doc["top_words"][0]["per_10k"] == round(2 / (len(words) + 1) * 10000, 2)
    assert "..." not in [k["word"] for k in doc["keywords"]] and doc["keywords"]


@pytest.fixture
def merges(monkeypatch) -> list:
    """Each merge of counted parts (in this process, where --jobs merges), recorded."""
    import newscli.stats_parts

    done: list = []
    merge = newscli.stats_parts.merge

    def recorded(left, right, in_place=False):
        done.append(right.counted)
        return merge(left, right, in_place)

    monkeypatch.setattr(newscli.stats_parts, "merge", recorded)
    return done


@pytest.mark.parametrize("by", [None, "issue", "record"])
def test_counts_of_many_small_batches_merge_into_those_of_one_run(by, merges):
    """Two workers count batches of three records; each issue's four records are cut across
    batches, so a merge must count such an issue once in its words' issue range."""
    if usable_cores() < 2:
        pytest.skip("one core: --jobs runs in this process")
    records = [
        record(f"r-{n:02d}", f"i{n // 4}", [f"第{n}条：发展太原{'美食' * n}", f"李华{n % 3}"])
        for n in range(16)
    ]
    options = stats.StatsOptions(by=by, top=100)
    one = [stats.summarize(g, options) for g in stats.StatsBuilder(options).groups(records)]
    many_options = stats.StatsOptions(jobs=2, batch_size=3, by=by, top=100)
    many = [
        stats.summarize(g, options) for g in stats.StatsBuilder(many_options).groups(iter(records))
    ]
    assert many == one
    assert len(merges) == (0 if by == "record" else 6)  # six batches, merged one by one
    if by == "record":
        assert [g["record"] for g in many] == [r["id"] for r in records]


# Each source once in the default run (with a different grouping each); the other six
# pairs are marked slow (CI runs them).
DEFAULT_JOBS_CASES = {(None, "file"), ("issue", "stdin"), ("record", "raw")}
JOBS_CASES = [
    pytest.param(by, source, marks=[] if (by, source) in DEFAULT_JOBS_CASES else [pytest.mark.slow])
    for by in (None, "issue", "record")
    for source in ("file", "stdin", "raw")
]


JOBS_ISSUES = 160  # of the corpus's issues (sorted by half and name)


@pytest.mark.parametrize("by,source", JOBS_CASES)
def test_jobs_give_the_same_figures_on_the_corpus(
    by, source, corpus_records, tmp_path, monkeypatch, merges
):
    """The corpus counted by two workers in many small parts (byte ranges of a file read by the
    workers, batches of records read here, raw issues a batch each), every word listed:
    a merge that loses a word, a count or the input order shows. --by record shows any
    reordering."""
    import newscli.chunked
    import newscli.records
    import newscli.stats_parts

    if usable_cores() < 2:
        pytest.skip("one core: --jobs runs in this process")
    monkeypatch.setattr(newscli.stats_parts, "WORKER_READ_MIN_SIZE", 1)
    monkeypatch.setattr(newscli.stats_parts, "BATCH_RECORDS", 7)
    monkeypatch.setattr(newscli.chunked, "RANGES_PER_JOB", 20)
    monkeypatch.setattr(newscli.records, "PARALLEL_BATCH", 1)
    # A fixed share of the corpus: enough parts and words to show a bad merge, whatever the
    # corpus grows to.
    files = corpus_files("*.txt")[:JOBS_ISSUES]
    issues = {path.stem for path in files}
    records = [r for r in corpus_records if r["issue"] in issues]
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    path = tmp_path / "corpus.jsonl"
    path.write_text(data, "utf-8")
    inputs = {"file": [path], "stdin": [], "raw": files}[source]
    stdin = data if source == "stdin" else None
    args = ["stats", *inputs, "-f", "json", "--top", "100000", "--keep-stopwords"]
    args += ["--by", by] if by else []
    one = run(*args, input=stdin)
    two = run(*args, "--jobs", "2", input=stdin)
    assert one.code == two.code == 0 and one.stdout == two.stdout
    doc = json.loads(one.stdout)
    assert len(doc["top_words"]) > 1000 if by is None else len(doc["groups"]) > 20
    if by == "record":
        assert [g["record"] for g in json.loads(two.stdout)["groups"]] == [r["id"] for r in records]
    else:
        assert len(merges) >= 20
