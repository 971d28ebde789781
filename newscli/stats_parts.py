"""`stats` counted in parts (a batch of records each in --jobs worker processes, a partition
each on Dask workers) and merged, so that the merged counts are those of one run over all the
records.

Counts add up, but for one: a word's issue range counts each run of an issue's records once.
A partition may cut such a run in two, so each part keeps the words of its first and last
runs, and a merge counts the run that continues across the cut once. Merges keep input order
(left before right), so ties in the word list fall as in one run.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .records import ReadOptions, RecordReader
    from .stats import Group, Segmentation, StatsBuilder, StatsOptions

START = object()  # no issue seen yet (None is an issue key: records without one)


@dataclass
class Edges:
    """A group's first and last runs of one issue within a part."""

    first_issue: object = START
    first_words: set = field(default_factory=set)
    last_issue: object = START
    last_words: set = field(default_factory=set)
    one_run: bool = True


@dataclass
class Part:
    """The groups counted over a part (finished), with their edges; for --by record, the
    groups in order. A bad line or error that ended the part travels with it."""

    groups: dict = field(default_factory=dict)
    edges: dict = field(default_factory=dict)
    records: list = field(default_factory=list)
    skipped: list = field(default_factory=list)
    bad_line: tuple | None = None
    failure: str | None = None
    counted: int = 0  # records


def count_part(
    part, options: StatsOptions, kinds: set[str] | None, read_options: ReadOptions
) -> Part:
    """Count one partition (on a worker)."""
    from .distributed import run_partition

    counted: list[Part] = []

    def count(records: Iterable[dict]) -> list:
        wanted = (r for r in records if kinds is None or r.get("kind") in kinds)
        counted.append(count_records(wanted, options, worker_segmentation(options)))
        return []

    outcome = run_partition(part, count, read_options)
    result = counted[0] if counted else Part()
    for other in counted[1:]:  # a batch of raw issues counts each issue on its own
        result = merge(result, other, in_place=True)
    result.skipped, result.bad_line, result.failure = (
        outcome.skipped,
        outcome.bad_line,
        outcome.failure,
    )
    return result


_SEGMENTATION: list = []  # this process's (key, Segmentation), the last one made


def worker_segmentation(options: StatsOptions) -> Segmentation:
    """A Segmentation for `options`, kept for the next task in this (worker) process: a Dask
    worker counts many partitions, and a new segmenter loads the dictionary again (0.1 s).
    The key holds the user dictionary's bytes: a long-lived worker sees an edited file."""
    from pathlib import Path

    from .segment import engine_name
    from .stats import Segmentation, StatsBuilder

    try:
        userdict = Path(options.userdict).read_bytes() if options.userdict else None
    except OSError:
        userdict = None  # StatsBuilder names the error
    key = (engine_name(options.segmenter), options.userdict, userdict, options.hmm, options.names)
    if not _SEGMENTATION or _SEGMENTATION[0][0] != key:
        segmentation = Segmentation(options, StatsBuilder(options).segmenter)
        _SEGMENTATION[:] = [(key, segmentation)]
    return _SEGMENTATION[0][1]


def count_records(
    records: Iterable[dict], options: StatsOptions, segmentation: Segmentation | None = None
) -> Part:
    """The part of `records`, segmented by `segmentation` (else by a segmenter of its own)."""
    from .schema import full_text
    from .stats import Group, Segmentation, StatsBuilder, kind_of

    if segmentation is None:
        segmentation = Segmentation(options, StatsBuilder(options).segmenter)
    part = Part()
    by = options.by
    for record in records:
        words, names = segmentation.segment(full_text(record))
        part.counted += 1
        if by == "record":
            group = Group(key=str(record.get("id")))
            group.add(record, words, names)
            group.finish()
            part.records.append(group)
            continue
        key = None if by is None else kind_of(record) if by == "kind" else str(record.get(by))
        group = part.groups.setdefault(key, Group(key=key))
        edges = part.edges.setdefault(key, Edges(first_issue=record.get("issue")))
        if group.records and record.get("issue") != group.current_issue and edges.one_run:
            edges.first_words, edges.one_run = set(group.issue_words), False  # the first run ends
        group.add(record, words, names)
    for key, group in part.groups.items():
        edges = part.edges[key]
        edges.last_issue, edges.last_words = group.current_issue, set(group.issue_words)
        if edges.one_run:
            edges.first_words = edges.last_words
        group.finish()
    return part


# With --jobs, a record file at least this large is read by the workers in byte ranges; a
# smaller one, standard input, is read here and counted by the workers in batches.
WORKER_READ_MIN_SIZE = 1 << 20
BATCH_RECORDS = 256  # records counted by a worker at a time, unless the options say
# A worker's byte range of a record file: its counts are merged here, at a cost that grows with
# the number of ranges (each brings its own vocabulary), so fewer and larger than for records.
MAX_RANGE = 16 << 20


class PartCounter:
    """Counts records (of `kinds`, if given) into a Part, as `[part]`, in a --jobs worker
    process: forked workers get the object, segmenter included, as it is."""

    def __init__(self, options: StatsOptions, segmenter, kinds: set[str] | None = None):
        from .stats import Segmentation

        self.options = options
        self.kinds = kinds
        self.segmentation = Segmentation(options, segmenter)

    def __call__(self, records: Iterable[dict]) -> list[Part]:
        if self.kinds is not None:
            records = (r for r in records if r.get("kind") in self.kinds)
        return [count_records(records, self.options, self.segmentation)]


def parts_of_records(builder: StatsBuilder, records: Iterable[dict]) -> Iterator[Part]:
    """Batches of `records` counted in --jobs worker processes, in input order."""
    from .parallel import ordered_map, record_batches

    counter = PartCounter(builder.options, builder.segmenter)
    batches = record_batches(records, builder.options.batch_size or BATCH_RECORDS)
    for parts in ordered_map(counter, batches, builder.options.jobs):
        yield from parts


def parts_of_reader(
    builder: StatsBuilder, reader: RecordReader, kinds: set[str] | None
) -> Iterator[Part]:
    """The reader's records counted in --jobs worker processes, in input order; the workers
    read and parse the large record files (in byte ranges) and split the raw issues."""
    from .chunked import map_records

    options = builder.options
    counter = PartCounter(options, builder.segmenter, kinds)
    batch = options.batch_size or BATCH_RECORDS
    return map_records(
        reader, counter, options.jobs, WORKER_READ_MIN_SIZE, batch, max_range=MAX_RANGE
    )


def merged_groups(
    options: StatsOptions, parts: Iterable[Part], on_progress: Callable[[int], None] | None
) -> Iterator[Group]:
    """`StatsBuilder.groups` from parts counted in input order: merged into one as they come
    (or, for --by record, handed on). Only counts come back from the workers, never a token."""
    from .stats import Group

    total, counted = Part(), 0
    for part in parts:
        if options.by == "record":
            yield from part.records
        else:
            total = merge(total, part, in_place=True)
        if on_progress and (counted + part.counted) // 500 > counted // 500:
            on_progress(counted + part.counted)
        counted += part.counted
    if options.by != "record":
        groups = list(total.groups.values())
        yield from groups if groups or options.by is not None else [Group()]


def merge(left: Part, right: Part, in_place: bool = False) -> Part:
    """`left` then `right` as one part. After a bad line or error, nothing more counts.
    `in_place` adds `right` into `left` (a running total: no copy of its counts per merge);
    otherwise neither changes (a Dask task's inputs may be read again)."""
    if left.bad_line is not None or left.failure is not None:
        return left
    if in_place:
        merged = left
        merged.records.extend(right.records)
    else:
        merged = Part(groups=dict(left.groups), edges=dict(left.edges))
        merged.records = left.records + right.records
    merged.skipped = left.skipped + right.skipped
    merged.bad_line, merged.failure = right.bad_line, right.failure
    merged.counted = left.counted + right.counted
    for key, group in right.groups.items():
        if key not in merged.groups:
            merged.groups[key], merged.edges[key] = group, right.edges[key]
            continue
        merged.groups[key], merged.edges[key] = _join(
            left.groups[key], left.edges[key], group, right.edges[key], in_place
        )
    return merged


def _join(
    one: Group, one_edges: Edges, two: Group, two_edges: Edges, in_place: bool
) -> tuple[Group, Edges]:
    from .stats import Group

    joined = one if in_place else Group(key=one.key)
    for name in (f.name for f in dataclasses.fields(Group)):
        setattr(joined, name, _add(name, getattr(one, name), getattr(two, name), in_place))
    continues = one_edges.last_issue == two_edges.first_issue  # one run of an issue, cut in two
    if continues:
        joined.word_issues.subtract(one_edges.last_words & two_edges.first_words)
    edges = Edges(
        first_issue=one_edges.first_issue,
        first_words=one_edges.first_words | two_edges.first_words
        if one_edges.one_run and continues
        else one_edges.first_words,
        last_issue=two_edges.last_issue,
        last_words=two_edges.last_words | one_edges.last_words
        if two_edges.one_run and continues
        else two_edges.last_words,
        one_run=one_edges.one_run and two_edges.one_run and continues,
    )
    return joined, edges


def _add(name: str, one, two, in_place: bool = False):
    """Two finished groups' values of one field, added up (counters in first-seen order);
    `in_place` adds into `one`."""
    if name in ("key", "current_issue"):
        return one
    if isinstance(one, Counter):
        total = one if in_place else Counter(one)
        get = total.get  # Counter.update's own loop is Python's; this one runs in C but for the sum
        dict.update(total, {key: count + get(key, 0) for key, count in two.items()})
        return total
    if isinstance(one, set):
        if in_place:
            one |= two
            return one
        return one | two
    if isinstance(one, dict):  # names: kind -> Counter
        if in_place:
            for kind, counts in two.items():
                one[kind] = _add(kind, one.get(kind, Counter()), counts, in_place)
            return one
        return {
            kind: _add(kind, one.get(kind, Counter()), two.get(kind, Counter()))
            for kind in {**one, **two}
        }
    if isinstance(one, int):
        return one + two
    raise TypeError(f"stats_parts cannot add up Group.{name} ({type(one).__name__})")


def tree_reduce(client, futures: list):
    """Merge adjacent parts two by two on the cluster, level by level: input order is kept."""
    while len(futures) > 1:
        pairs = [futures[index : index + 2] for index in range(0, len(futures), 2)]
        futures = [
            client.submit(merge, *pair, pure=False) if len(pair) == 2 else pair[0] for pair in pairs
        ]
    return futures[0].result() if futures else Part()


def stats_groups(client, plan, options: StatsOptions, kinds: set[str] | None) -> list[Group]:
    """The groups `StatsBuilder.groups` yields for the plan's records, counted on the cluster."""
    from .distributed import raise_failure
    from .stats import Group

    plan.workers = len(client.scheduler_info().get("workers", {}))
    futures = [
        client.submit(count_part, part, options, kinds, plan.reader.options, pure=False)
        for part in plan.partitions()
    ]
    total = tree_reduce(client, futures)
    plan.reader.skipped += [plan.where(path, offset) for path, offset in total.skipped]
    raise_failure(plan, total)
    counted = total.records if options.by == "record" else list(total.groups.values())
    if options.by is None and not counted:
        counted = [Group()]
    return counted
