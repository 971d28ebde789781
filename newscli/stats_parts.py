"""`stats` counted in parts (a partition each, on Dask workers) and merged two by two, so that
the merged counts are those of one run over all the records.

Counts add up, but for one: a word's issue range counts each run of an issue's records once.
A partition may cut such a run in two, so each part keeps the words of its first and last
runs, and a merge counts the run that continues across the cut once. Merges keep input order
(left before right), so ties in the word list fall as in one run.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .records import ReadOptions
    from .stats import Group, StatsOptions

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


def count_part(
    part, options: StatsOptions, kinds: set[str] | None, read_options: ReadOptions
) -> Part:
    """Count one partition (on a worker)."""
    from .distributed import run_partition

    counted: list[Part] = []

    def count(records: Iterable[dict]) -> list:
        wanted = (r for r in records if kinds is None or r.get("kind") in kinds)
        counted.append(count_records(wanted, options))
        return []

    outcome = run_partition(part, count, read_options)
    result = counted[0] if counted else Part()
    for other in counted[1:]:  # a batch of raw issues counts each issue on its own
        result = merge(result, other)
    result.skipped, result.bad_line, result.failure = (
        outcome.skipped,
        outcome.bad_line,
        outcome.failure,
    )
    return result


def count_records(records: Iterable[dict], options: StatsOptions) -> Part:
    from .stats import Group, StatsBuilder, kind_of

    part = Part()
    by = options.by
    for record, words, names in StatsBuilder(dataclasses.replace(options, jobs=1)).segmented(
        records
    ):
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


def merge(left: Part, right: Part) -> Part:
    """`left` then `right` as one part. After a bad line or error, nothing more counts."""
    if left.bad_line is not None or left.failure is not None:
        return left
    merged = Part(
        groups=dict(left.groups),
        edges=dict(left.edges),
        records=left.records + right.records,
        skipped=left.skipped + right.skipped,
        bad_line=right.bad_line,
        failure=right.failure,
    )
    for key, group in right.groups.items():
        if key not in merged.groups:
            merged.groups[key], merged.edges[key] = group, right.edges[key]
            continue
        merged.groups[key], merged.edges[key] = _join(
            left.groups[key], left.edges[key], group, right.edges[key]
        )
    return merged


def _join(one: Group, one_edges: Edges, two: Group, two_edges: Edges) -> tuple[Group, Edges]:
    from .stats import Group

    joined = Group(key=one.key)
    for name in (f.name for f in dataclasses.fields(Group)):
        setattr(joined, name, _add(name, getattr(one, name), getattr(two, name)))
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


def _add(name: str, one, two):
    """Two finished groups' values of one field, added up (counters in first-seen order)."""
    if name in ("key", "current_issue"):
        return one
    if isinstance(one, Counter):
        total = Counter(one)
        total.update(two)
        return total
    if isinstance(one, set):
        return one | two
    if isinstance(one, dict):  # names: kind -> Counter
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
