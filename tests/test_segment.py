"""The segmentation engines: rjieba (the default) against jieba (the reference), the choice of
engine, and user dictionaries that stay in the run that loaded them."""

from __future__ import annotations

import json
import pickle
from importlib import metadata

import pytest

from newscli.schema import full_text as record_text
from newscli.segment import ENGINES, open_segmenter

from conftest import SAMPLE, run

USER_WORD = "北国美食之都"  # not a word of jieba's dictionary; six times in the sample issue
# Each new jieba tokenizer loads its dictionary (a second): the cases that run jieba are marked
# slow (run with -m slow, as CI does); rjieba's, the default engine's, are in every run.
ENGINE_CASES = [pytest.param(e, marks=[pytest.mark.slow] if e == "jieba" else []) for e in ENGINES]


def spans(tokens: list[str]) -> set[tuple[int, int]]:
    out, offset = set(), 0
    for token in tokens:
        out.add((offset, offset + len(token)))
        offset += len(token)
    return out


@pytest.mark.slow
def test_engines_agree_on_the_test_corpus(corpus_records):
    """Share of jieba's tokens (same text, same offsets) that rjieba also gives."""
    reference, default = open_segmenter("jieba"), open_segmenter("rjieba")
    same = total = 0
    differing: dict[str, int] = {}
    for record in corpus_records:
        text = record_text(record)
        theirs, ours = spans(reference.cut(text)), spans(default.cut(text))
        same += len(theirs & ours)
        total += len(theirs)
        for start, end in theirs - ours:
            differing[text[start:end]] = differing.get(text[start:end], 0) + 1
    agreement = same / total
    common = sorted(differing.items(), key=lambda kv: -kv[1])[:8]
    print(
        f"\nrjieba {metadata.version('rjieba')} vs jieba {metadata.version('jieba')}: {agreement:.2%} of "
        f"{total} jieba tokens agree on {len(corpus_records)} records; jieba's tokens rjieba differs on: {common}"
    )
    assert total > 20_000  # the whole corpus was read
    assert agreement >= 0.99


@pytest.mark.parametrize("engine", ENGINE_CASES)
def test_a_user_dictionary_does_not_outlive_its_run(engine, tmp_path):
    """Commands run in one process (as the tests do, or a notebook): a later run without the
    user dictionary must not still know its words."""
    userdict = tmp_path / "words.txt"
    userdict.write_text(f"{USER_WORD} 20 n\n", "utf-8")

    def counted(*extra) -> dict:
        result = run("stats", SAMPLE, "-f", "json", "--top", "500", "--segmenter", engine, *extra)
        assert result.code == 0, result.stderr
        return {row["word"]: row["count"] for row in json.loads(result.stdout)["top_words"]}

    grep_before = run("grep", "-c", "-w", USER_WORD, SAMPLE).text
    assert counted("--userdict", userdict)[USER_WORD] == 6
    assert USER_WORD not in counted()
    assert (
        run("grep", "-c", "-w", USER_WORD, SAMPLE).text == grep_before
    )  # nor in another command's


def test_two_segmenters_of_one_process_are_independent():
    first, second = open_segmenter("rjieba"), open_segmenter("rjieba")
    first.add_word(USER_WORD, 20, "ns")
    assert first.cut(USER_WORD) == [USER_WORD] and second.cut(USER_WORD) != [USER_WORD]
    assert first.tag(USER_WORD) == [(USER_WORD, "ns")]


@pytest.mark.parametrize("engine", ENGINE_CASES)
def test_a_segmenter_pickles_with_its_words(engine):
    """A worker process started by spawn (or a Dask worker) gets the run's segmenter, user words included."""
    segmenter = open_segmenter(engine)
    segmenter.add_word(USER_WORD, 20, "ns")
    copy = pickle.loads(pickle.dumps(segmenter))
    assert copy.name == engine and copy.cut(f"我爱{USER_WORD}") == ["我", "爱", USER_WORD]
    assert copy.has_word(USER_WORD) and not copy.has_word("爱我")


@pytest.mark.parametrize("engine", ENGINE_CASES)
def test_cut_and_tag_agree_with_cut_and_tag(engine):
    segmenter = open_segmenter(engine)
    text = "\n".join(record_text(record) for record in run("split", SAMPLE).records)
    tokens, words, tags = segmenter.cut_and_tag(text)
    assert tokens == segmenter.cut(text) and list(zip(words, tags)) == segmenter.tag(text)
    assert "".join(words) == text and ("太原", "ns") in zip(words, tags)


@pytest.mark.slow
def test_segmenter_is_chosen_by_option_then_environment(monkeypatch):
    def method(*extra) -> dict:
        result = run("stats", SAMPLE, "-f", "json", "--no-names", *extra)
        assert result.code == 0, result.stderr
        return json.loads(result.stdout)["method"]

    default, chosen = method(), method("--segmenter", "jieba")
    assert (default["segmenter"], default["segmenter_version"]) == (
        "rjieba",
        metadata.version("rjieba"),
    )
    assert (
        chosen["segmenter"],
        chosen["segmenter_version"],
    ) == ("jieba", metadata.version("jieba"))
    monkeypatch.setenv("NEWSCLI_SEGMENTER", "jieba")
    assert method()["segmenter"] == "jieba"
    assert method("--segmenter", "rjieba")["segmenter"] == "rjieba"  # the option wins
    monkeypatch.setenv("NEWSCLI_SEGMENTER", "thulac")
    result = run("stats", SAMPLE, "-f", "json")
    assert result.code == 2 and result.stderr.strip().splitlines() == [
        "newscli: error: unknown $NEWSCLI_SEGMENTER 'thulac': expected one of rjieba, jieba"
    ]


@pytest.mark.slow
def test_grep_and_export_segment_with_the_chosen_engine(monkeypatch, tmp_path):
    """jieba cuts the phone number 0351-5661162 in three; rjieba keeps it whole."""
    assert run("grep", "-c", "-w", "0351", SAMPLE).code == 1
    run("export", SAMPLE, "-f", "txt", "--segmented", "--outdir", tmp_path / "rjieba")
    monkeypatch.setenv("NEWSCLI_SEGMENTER", "jieba")
    assert run("grep", "-c", "-w", "0351", SAMPLE).text.strip() == "1"
    run("export", SAMPLE, "-f", "txt", "--segmented", "--outdir", tmp_path / "jieba")
    texts = {
        engine: "".join(p.read_text("utf-8") for p in sorted((tmp_path / engine).iterdir()))
        for engine in ENGINES
    }
    assert (
        "0351-5661162" in texts["rjieba"].split() and "0351-5661162" not in texts["jieba"].split()
    )
    assert "0351 - 5661162" in texts["jieba"]


def test_kwic_sort_uses_the_chosen_engine(monkeypatch):
    """Sorting by the word right of the match cuts that context with the chosen engine."""
    args = ("grep", "--kwic", "-f", "jsonl", "--sort", "R1", "-C", "12", "联系方式：", SAMPLE)
    lines = run(*args).records
    assert [line["right"][:12] for line in lines] == ["0351-5661162"]
    monkeypatch.setenv("NEWSCLI_SEGMENTER", "nonsense")
    result = run(*args)
    assert result.code == 2 and "NEWSCLI_SEGMENTER" in result.stderr


def test_rjieba_tags_learnt_per_token_equal_tagging_in_context(corpus_records):
    """rjieba's cut_and_tag looks each token's tag up once learnt; it must give tag(text) exactly."""
    learning, reference = open_segmenter("rjieba"), open_segmenter("rjieba")
    for record in corpus_records:
        text = record_text(record)
        for hmm in (True, False):
            tokens, words, tags = learning.cut_and_tag(text, hmm)
            assert list(zip(words, tags)) == reference.tag(text, hmm) and tokens == words
    assert len(learning.tags_of) > 5000  # the lookups were used
