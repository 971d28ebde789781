"""`stats`: corpus counts, a word list, TF-IDF keywords and names, reproducibly.

Records stream through; what is kept grows with the vocabulary (word counts, the last
record and issue each word was seen in) and the number of groups, not with the corpus.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from .schema import HAN, full_text

if TYPE_CHECKING:
    from .idf import IdfTable

HAN_RE = re.compile(f"[{HAN}]")
HAN_RUN_RE = re.compile(f"[{HAN}]+")  # runs, not characters: fewer objects to count
NAME_KINDS = ("people", "places", "organizations")
TRADITIONAL_NOTE = "some records are in traditional script: jieba segments and tags them less well; run stats before convert-traditional"


@dataclass
class StatsOptions:
    top: int = 20
    keep_stopwords: bool = False
    min_length: int = 1
    by: str | None = None  # issue, kind or record
    names: bool = True  # people, places and organisations from part-of-speech tags (costs ~1.2x)
    hmm: bool = True
    jobs: int = 1
    userdict: str | None = None  # path
    segmenter: str | None = None  # engine name; None: $NEWSCLI_SEGMENTER, else the default
    batch_size: int | None = None  # records a worker counts at a time (jobs > 1); None: 256


WORD_RE = re.compile(r"[^\W_]")  # a letter, digit or Han character
_WORDNESS: dict[str, bool] = {}  # token -> is_word(token): tokens repeat, in every group


def is_word(token: str) -> bool:
    """A token with a letter, digit or Han character: not punctuation, symbols or spaces."""
    known = _WORDNESS.get(token)
    if known is None:
        known = _WORDNESS[token] = WORD_RE.search(token) is not None
    return known


def word_counts(tokens: Counter) -> Counter:
    """The counts of the tokens that are words (first-seen order kept: it breaks ties)."""
    dropped = [token for token in tokens if not is_word(token)]
    if not dropped:
        return tokens
    words = Counter(tokens)
    for token in dropped:
        del words[token]
    return words


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    import stopwordsiso

    return frozenset(stopwordsiso.stopwords("zh"))


def stoplist_identity() -> dict:
    from importlib import metadata

    words = sorted(stopwords())
    digest = hashlib.sha256("\n".join(words).encode("utf-8")).hexdigest()
    return {
        "source": "stopwords-iso",
        "version": metadata.version("stopwordsiso"),
        "words": len(words),
        "sha256": digest,
    }


class Segmentation:
    """What is run on each text, in this process or a worker's: its tokens and names. It
    carries everything it needs, the run's segmenter included (a forked worker gets the
    object as it is; a spawned one gets a rebuilt copy)."""

    def __init__(self, options: StatsOptions, segmenter):
        self.hmm = options.hmm
        self.segmenter = segmenter
        self.name_filter = None
        if options.names:
            from .names import TAGS, NameFilter

            self.name_tags = TAGS
            self.name_filter = NameFilter(segmenter.has_word)

    def __call__(self, texts: list[str]) -> list[tuple[list[str], list[tuple[str, str]]]]:
        return [self.segment(text) for text in texts]

    def segment(self, text: str) -> tuple[list[str], list[tuple[str, str]]]:
        """(tokens, [(name, kind)]) of one text. The tokens always come from plain segmentation
        (jieba's tagger cuts a little differently), so names never change the word figures.
        Punctuation and spaces are among the tokens: counted with the words (one C loop over
        the list, where leaving them out costs a pass of its own), they are left out of the
        figures once, in `summarize`."""
        if self.name_filter is None:
            return self.segmenter.cut(text, self.hmm), []
        return self.segmenter.cut_and_pick(text, self.hmm, self.name_filter.kind, self.name_tags)


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
    words: Counter = field(default_factory=Counter)  # every token: `word_counts` picks the words
    word_records: Counter = field(default_factory=Counter)
    word_issues: Counter = field(default_factory=Counter)
    current_issue: str | None = None
    issue_words: set = field(default_factory=set)  # words of the issue being read
    names: dict = field(default_factory=lambda: {kind: Counter() for kind in NAME_KINDS})
    authors: Counter = field(default_factory=Counter)
    issues: set = field(default_factory=set)
    scripts: Counter = field(default_factory=Counter)

    def add(self, record: dict, words: list[str], names: list[tuple[str, str]]) -> None:
        """Count a record with its tokens (words, and any punctuation: see `word_counts`)."""
        text = record.get("text") or "\n".join(record.get("paragraphs") or [])
        self.records += 1
        self.kinds[kind_of(record)] += 1
        self.paragraphs += len(record.get("paragraphs") or [])
        chars = len("".join(text.split()))
        self.chars += chars
        self.han_chars += sum(map(len, HAN_RUN_RE.findall(text)))
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
        for name, kind in names:
            self.names[kind][name] += 1
        for author in record.get("authors") or []:
            self.authors[author] += 1

    def finish(self) -> None:
        """Count the issue being read in each of its words' issue range."""
        self.word_issues.update(self.issue_words)
        self.issue_words = set()


class StatsBuilder:
    """Counts records in groups with a segmenter of its own (`options.segmenter`, with
    `options.userdict` loaded into it): nothing it does changes another run."""

    def __init__(self, options: StatsOptions):
        from pathlib import Path

        from .segment import open_segmenter

        self.options = options
        self.segmenter = open_segmenter(options.segmenter)
        self.userdict_sha256 = (
            self.segmenter.load_userdict(Path(options.userdict)) if options.userdict else None
        )

    def segmented(self, records: Iterable[dict]) -> Iterator[tuple[dict, list[str], list]]:
        """(record, tokens, names), in input order, segmented in this process."""
        segment = Segmentation(self.options, self.segmenter).segment
        for record in records:
            words, names = segment(full_text(record))
            yield record, words, names

    def reader_groups(
        self, reader, kinds: set[str] | None, on_progress: Callable[[int], None] | None = None
    ) -> Iterator[Group]:
        """`groups` of a reader's records of `kinds` (all if None). With --jobs, the worker
        processes read the large files themselves."""
        if self.options.jobs <= 1:
            wanted = reader if kinds is None else (r for r in reader if r.get("kind") in kinds)
            return self.groups(wanted, on_progress)
        from .stats_parts import merged_groups, parts_of_reader

        self.segmenter.initialize(self.options.names)  # once here: forked workers share it
        return merged_groups(self.options, parts_of_reader(self, reader, kinds), on_progress)

    def groups(
        self, records: Iterable[dict], on_progress: Callable[[int], None] | None = None
    ) -> Iterator[Group]:
        """The whole corpus as one group, or one group per --by key. Groups per record are
        yielded as soon as each record is counted. With --jobs, worker processes count
        batches of records and their counts are merged here, in input order."""
        if self.options.jobs > 1:
            from .stats_parts import merged_groups, parts_of_records

            self.segmenter.initialize(self.options.names)  # once here: forked workers share it
            yield from merged_groups(self.options, parts_of_records(self, records), on_progress)
            return
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
                key = (
                    None if by is None else kind_of(record) if by == "kind" else str(record.get(by))
                )
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


def summarize(group: Group, options: StatsOptions) -> dict:
    """One group's figures as the stable JSON document."""
    words = word_counts(group.words)
    total_words = sum(words.values())
    listed = [
        (w, n)
        for w, n in words.most_common()
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
        "types": len(words),
        "article_chars_mean": _mean(group.lengths),
        "article_chars_median": _median(group.lengths),
        "top_words": [
            {
                "rank": rank,
                "word": w,
                "count": n,
                "per_10k": round(n / total_words * 10000, 2) if total_words else 0.0,
                "records": group.word_records[w],
                "issues": group.word_issues[w],
            }
            for rank, (w, n) in enumerate(listed, 1)
        ],
        "keywords": keywords(words, options.top),
        "names": _names(group, options),
        "authors": [
            {"name": a, "records": n}
            for a, n in sorted(group.authors.items(), key=lambda kv: (-kv[1], kv[0]))
        ],
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
    weights = {
        w: n / total * idf.get(w, median)
        for w, n in words.items()
        if len(w.strip()) >= 2 and w not in stop
    }
    best = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    return [{"word": w, "weight": round(v, 6)} for w, v in best]


@lru_cache(maxsize=1)
def idf_table() -> tuple[IdfTable, float]:
    """jieba's IDF table and its median, read from its file (whichever engine segments):
    importing jieba.analyse would also load the part-of-speech tagger, a second that keywords
    do not need."""
    from .idf import IdfTable
    from .segment import idf_path

    table = IdfTable(idf_path().read_bytes())
    return table, table.median()


def _names(group: Group, options: StatsOptions) -> dict | None:
    if not options.names:
        return None
    return {
        kind: [
            {"name": n, "count": c}
            for n, c in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[: options.top]
        ]
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


NAMES_METHOD = (
    "part-of-speech tags nr*/ns/nt, checked by shape: people 2-4 Han characters beginning with a surname "
    "(Faker's zh_CN and zh_TW lists), not a two-character dictionary word, not 某; places and organisations "
    "2 or more Han characters"
)


def method(options: StatsOptions, segmenter, userdict_sha256: str | None) -> dict:
    """How the figures were computed, so two runs can be compared."""
    from .segment import jieba_version

    return {
        "segmenter": segmenter.name,
        "segmenter_version": segmenter.version,
        "hmm": options.hmm,
        "userdict_sha256": userdict_sha256,
        "stopwords": None if options.keep_stopwords else stoplist_identity(),
        "min_length": options.min_length,
        "names": NAMES_METHOD if options.names else None,
        "keywords": f"tf-idf with jieba's idf table (jieba {jieba_version()}, jieba/analyse/idf.txt)",
        "article_length": "non-space characters of records of kind article",
        "issue_range": "issues counted as records arrive; keep each issue's records together",
    }
