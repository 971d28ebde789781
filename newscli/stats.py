"""`stats`: corpus counts, a word list, TF-IDF keywords and names, reproducibly.

Records stream through; what is kept grows with the vocabulary (word counts, the last
record and issue each word was seen in) and the number of groups, not with the corpus.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Iterable, Iterator

from .schema import HAN, full_text

HAN_RE = re.compile(f"[{HAN}]")
NAME_TAGS = {"nr": "people", "ns": "places", "nt": "organizations"}
TRADITIONAL_NOTE = "some records are in traditional script: jieba segments and tags them less well; run stats before convert-traditional"


@dataclass
class StatsOptions:
    top: int = 20
    keep_stopwords: bool = False
    min_length: int = 1
    by: str | None = None  # issue, kind or record
    names: bool = False  # part-of-speech tagging costs several times plain segmentation
    hmm: bool = True
    jobs: int = 1
    userdict: str | None = None  # path


WORD_RE = re.compile(r"[^\W_]")  # a letter, digit or Han character
_WORD_MEMO: dict[str, bool] = {}  # tokens repeat: remember the answer per token


def is_word(token: str) -> bool:
    """A token with a letter, digit or Han character: not punctuation, symbols or spaces."""
    known = _WORD_MEMO.get(token)
    if known is None:
        known = _WORD_MEMO[token] = WORD_RE.search(token) is not None
    return known


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    import stopwordsiso

    return frozenset(stopwordsiso.stopwords("zh"))


def stoplist_identity() -> dict:
    from importlib import metadata

    words = sorted(stopwords())
    digest = hashlib.sha256("\n".join(words).encode("utf-8")).hexdigest()
    return {"source": "stopwords-iso", "version": metadata.version("stopwordsiso"), "words": len(words), "sha256": digest}


# Segmentation runs in worker processes with --jobs; these functions are what they run.
_WORKER_OPTIONS: StatsOptions | None = None


def init_worker(options: StatsOptions) -> None:
    global _WORKER_OPTIONS
    _WORKER_OPTIONS = options
    if options.userdict:
        from pathlib import Path

        from .segment import load_userdict

        load_userdict(Path(options.userdict))


def segment_text(text: str) -> tuple[list[str], list[tuple[str, str]]]:
    """(words, [(name, tag)]) of one record's text."""
    from .segment import jieba_module

    options = _WORKER_OPTIONS or StatsOptions()
    jieba = jieba_module()
    words = [t for t in jieba.lcut(text, HMM=options.hmm) if is_word(t)]
    if not options.names:
        return words, []
    # Tagging segments a little differently; words are always counted from plain segmentation
    # so that --names never changes the word figures.
    from .segment import posseg

    names = [(p.word, p.flag) for p in posseg().cut(text, HMM=options.hmm) if p.flag in NAME_TAGS]
    return words, [(w, f) for w, f in names if is_word(w)]


NO_KIND = "(none)"  # records may lack `kind`; they are counted, as a kind of their own


def kind_of(record: dict) -> str:
    kind = record.get("kind")
    return kind if isinstance(kind, str) else NO_KIND


@dataclass
class Group:
    """Everything counted for one group (the corpus, an issue, a kind or a record)."""

    key: str | None = None
    records: int = 0
    kinds: Counter = field(default_factory=Counter)
    paragraphs: int = 0
    chars: int = 0
    han_chars: int = 0
    lengths: Counter = field(default_factory=Counter)  # chars of each article -> how many
    words: Counter = field(default_factory=Counter)
    word_records: Counter = field(default_factory=Counter)
    word_issues: Counter = field(default_factory=Counter)
    current_issue: str | None = None
    issue_words: set = field(default_factory=set)  # words of the issue being read
    names: dict = field(default_factory=lambda: {k: Counter() for k in NAME_TAGS.values()})
    authors: Counter = field(default_factory=Counter)
    issues: set = field(default_factory=set)
    scripts: Counter = field(default_factory=Counter)

    def add(self, record: dict, words: list[str], names: list[tuple[str, str]]) -> None:
        text = record.get("text") or "\n".join(record.get("paragraphs") or [])
        self.records += 1
        self.kinds[kind_of(record)] += 1
        self.paragraphs += len(record.get("paragraphs") or [])
        chars = len("".join(text.split()))
        self.chars += chars
        self.han_chars += len(HAN_RE.findall(text))
        if record.get("kind") == "article":
            self.lengths[chars] += 1
        issue = record.get("issue")
        self.issues.add(issue)
        self.scripts[record.get("script") or "zh-Hans"] += 1
        self.words.update(words)  # Counter's C loop over a list: the hot path
        unique = set(words)
        self.word_records.update(unique)
        if issue != self.current_issue:  # records arrive issue by issue
            self.finish()
            self.current_issue = issue
        self.issue_words |= unique
        for name, tag in names:
            self.names[NAME_TAGS[tag]][name] += 1
        for author in record.get("authors") or []:
            self.authors[author] += 1

    def finish(self) -> None:
        """Count the issue being read in each of its words' issue range."""
        self.word_issues.update(self.issue_words)
        self.issue_words = set()


class StatsBuilder:
    def __init__(self, options: StatsOptions):
        self.options = options
        self.userdict_sha256: str | None = None

    def segmented(self, records: Iterable[dict]) -> Iterator[tuple[dict, list[str], list]]:
        """(record, word counts, names), in input order whatever --jobs is. Only the texts
        travel to worker processes; the records wait here, in a queue as long as the window."""
        from collections import deque

        from .parallel import batches, ordered_map

        waiting: deque = deque()

        def texts():
            for batch in batches(records, 1 if self.options.jobs <= 1 else 32):
                waiting.append(batch)
                yield [full_text(r) for r in batch]

        if self.options.jobs > 1:
            from .segment import jieba_module

            jieba_module().initialize()  # once here: forked workers share the loaded dictionary
        for results in ordered_map(_segment_texts, texts(), self.options.jobs, init_worker, (self.options,)):
            for record, (words, names) in zip(waiting.popleft(), results):
                yield record, words, names

    def groups(self, records: Iterable[dict], on_progress: Callable[[int], None] | None = None) -> Iterator[Group]:
        """The whole corpus as one group, or one group per --by key. Groups per record are
        yielded as soon as each record is counted."""
        by = self.options.by
        groups: dict[str, Group] = {}
        total = Group()
        for count, (record, words, names) in enumerate(self.segmented(records), 1):
            if by == "record":
                group = Group(key=str(record.get("id")))
                group.add(record, words, names)
                group.finish()
                yield group
            else:
                key = None if by is None else kind_of(record) if by == "kind" else str(record.get(by))
                target = total if by is None else groups.setdefault(key, Group(key=key))
                target.add(record, words, names)
            if on_progress and count % 500 == 0:
                on_progress(count)
        if by is None:
            total.finish()
            yield total
        elif by != "record":
            for group in groups.values():
                group.finish()
                yield group


def _segment_texts(texts: list[str]) -> list[tuple[list[str], list]]:
    return [segment_text(text) for text in texts]


def summarize(group: Group, options: StatsOptions) -> dict:
    """One group's figures as the stable JSON document."""
    total_words = sum(group.words.values())
    listed = [
        (w, n) for w, n in group.words.most_common()
        if len(w) >= options.min_length and (options.keep_stopwords or w not in stopwords())
    ][: options.top]
    doc = {
        "records": group.records,
        "issues": len(group.issues),
        "kinds": dict(sorted(group.kinds.items(), key=lambda kv: str(kv[0]))),
        "paragraphs": group.paragraphs,
        "chars": group.chars,
        "han_chars": group.han_chars,
        "words": total_words,
        "types": len(group.words),
        "article_chars_mean": _mean(group.lengths),
        "article_chars_median": _median(group.lengths),
        "top_words": [
            {
                "rank": rank, "word": w, "count": n,
                "per_10k": round(n / total_words * 10000, 2) if total_words else 0.0,
                "records": group.word_records[w], "issues": group.word_issues[w],
            }
            for rank, (w, n) in enumerate(listed, 1)
        ],
        "keywords": keywords(group.words, options.top),
        "names": _names(group, options),
        "authors": [{"name": a, "records": n} for a, n in sorted(group.authors.items(), key=lambda kv: (-kv[1], kv[0]))],
        "scripts": dict(group.scripts),
    }
    if group.key is not None:
        doc = {options.by: group.key, **doc}
    return doc


def keywords(words: Counter, top: int) -> list[dict]:
    """TF-IDF over the group's words with jieba's IDF table, by the rules of its extract_tags
    (words of two or more characters, stop words left out)."""
    idf, median = idf_table()
    total = sum(words.values())
    if not total:
        return []
    stop = stopwords()
    weights = {w: n / total * idf.get(w, median) for w, n in words.items() if len(w.strip()) >= 2 and w not in stop}
    best = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    return [{"word": w, "weight": round(v, 6)} for w, v in best]


@lru_cache(maxsize=1)
def idf_table() -> tuple[dict[str, float], float]:
    """jieba's IDF table, read from its file: importing jieba.analyse would also load the
    part-of-speech tagger, a second of start-up that keywords do not need."""
    import os

    from .segment import jieba_module

    path = os.path.join(os.path.dirname(jieba_module().__file__), "analyse", "idf.txt")
    table: dict[str, float] = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            word, _, value = line.strip().partition(" ")
            if value:
                table[word] = float(value)
    median = sorted(table.values())[len(table) // 2]
    return table, median


def _names(group: Group, options: StatsOptions) -> dict | None:
    if not options.names:
        return None
    return {
        kind: [{"name": n, "count": c} for n, c in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[: options.top]]
        for kind, counter in group.names.items()
    }


def _mean(lengths: Counter) -> float | None:
    count = sum(lengths.values())
    return round(sum(k * v for k, v in lengths.items()) / count, 1) if count else None


def _median(lengths: Counter) -> float | None:
    count = sum(lengths.values())
    if not count:
        return None
    ordered = sorted(lengths.items())

    def nth(index: int) -> int:
        seen = 0
        for value, times in ordered:
            seen += times
            if index < seen:
                return value
        return ordered[-1][0]

    middle = count // 2
    return float(nth(middle)) if count % 2 else (nth(middle - 1) + nth(middle)) / 2


def method(options: StatsOptions, userdict_sha256: str | None) -> dict:
    """How the figures were computed, so two runs can be compared."""
    from .segment import jieba_version

    return {
        "segmenter": "jieba",
        "segmenter_version": jieba_version(),
        "hmm": options.hmm,
        "userdict_sha256": userdict_sha256,
        "stopwords": None if options.keep_stopwords else stoplist_identity(),
        "min_length": options.min_length,
        "names": "jieba.posseg nr/ns/nt (heuristic)" if options.names else None,
        "keywords": "tf-idf with jieba's idf table (jieba/analyse/idf.txt)",
        "article_length": "non-space characters of records of kind article",
        "issue_range": "issues counted as records arrive; keep each issue's records together",
    }
