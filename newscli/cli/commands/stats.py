"""`newscli stats`: corpus statistics (aggregates: it reads all input before printing)."""

from __future__ import annotations

import shutil
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..io import (
    open_reader,
    report_skipped,
    stdout_is_terminal,
    warn,
    write_document,
    write_lines,
    write_tsv,
)
from ..options import (
    MAX_COUNT_OPTION,
    Dask,
    Encoding,
    Inputs,
    KindFilter,
    Recursive,
    SkipInvalid,
    jobs_option,
)


class By(str, Enum):
    issue = "issue"
    kind = "kind"
    record = "record"


class SegmenterName(str, Enum):
    rjieba = "rjieba"
    jieba = "jieba"


class StatsFormat(str, Enum):
    text = "text"
    json = "json"
    tsv = "tsv"


def stats_command(
    inputs: Inputs = None,
    top: Annotated[
        int,
        typer.Option(
            "--top",
            "-n",
            min=1,
            max=MAX_COUNT_OPTION,
            metavar="N",
            help="How many words, keywords and names to list.",
        ),
    ] = 20,
    by: Annotated[
        Optional[By], typer.Option("--by", help="One set of figures per issue, kind or record.")
    ] = None,
    kind: KindFilter = None,
    keep_stopwords: Annotated[
        bool, typer.Option("--keep-stopwords", help="List stop words too (stopwords-iso zh).")
    ] = False,
    min_length: Annotated[
        int,
        typer.Option(
            "--min-length",
            min=1,
            max=MAX_COUNT_OPTION,
            metavar="N",
            help="Shortest word listed, in characters.",
        ),
    ] = 1,
    names: Annotated[
        bool,
        typer.Option(
            "--names/--no-names",
            help="Count people, places and organisations (part-of-speech tags checked by shape).",
        ),
    ] = True,
    userdict: Annotated[
        Optional[Path],
        typer.Option(
            "--userdict",
            metavar="FILE",
            help="jieba user dictionary: 'word [freq] [tag]' a line, UTF-8.",
        ),
    ] = None,
    no_hmm: Annotated[
        bool, typer.Option("--no-hmm", help="Segment without jieba's HMM for unknown words.")
    ] = False,
    segmenter: Annotated[
        Optional[SegmenterName],
        typer.Option(
            "--segmenter",
            help="rjieba (jieba in Rust, the default) or jieba (the reference); also $NEWSCLI_SEGMENTER.",
            show_default=False,
        ),
    ] = None,
    jobs: Annotated[
        int,
        jobs_option(
            "Segment and count in N processes (they read record files of 1 MB or more "
            "themselves); results do not change.",
            least=1,
        ),
    ] = 1,
    format: Annotated[
        Optional[StatsFormat],
        typer.Option(
            "--format", "-f", help="text on a terminal, json when piped (default), or tsv."
        ),
    ] = None,
    encoding: Encoding = "auto",
    skip_invalid: SkipInvalid = False,
    recursive: Recursive = False,
    dask: Dask = None,
) -> None:
    """Corpus statistics: counts, a word list (rank, count, per 10k, range), TF-IDF keywords,
    people, places and organisations, and authors.

    Aggregates: the figures are printed once all input has been read."""
    from ... import stats

    options = stats.StatsOptions(
        top=top,
        keep_stopwords=keep_stopwords,
        min_length=min_length,
        by=by.value if by else None,
        names=names,
        hmm=not no_hmm,
        jobs=jobs,
        userdict=str(userdict) if userdict else None,
        segmenter=segmenter.value if segmenter else None,
    )
    builder = stats.StatsBuilder(options)  # loads the user dictionary: its errors come first
    reader = open_reader(inputs, encoding=encoding, skip_invalid=skip_invalid, recursive=recursive)
    chosen = format or (StatsFormat.text if stdout_is_terminal() else StatsFormat.json)
    progress = _progress if sys.stderr.isatty() else None
    try:
        if dask is not None:
            groups = _groups_on_cluster(dask, reader, options, kind)
        else:
            kinds = {k.value for k in kind} if kind else None
            groups = builder.reader_groups(reader, kinds, progress)
        docs = [stats.summarize(g, options) for g in groups]
    finally:  # on Ctrl-C and errors too: the shell prompt must not land after the count
        if progress:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()
    report_skipped(reader)
    if any(script != "zh-Hans" for doc in docs for script in doc["scripts"]):
        warn(stats.TRADITIONAL_NOTE)
    _print(docs, options, chosen, stats.method(options, builder.segmenter, builder.userdict_sha256))


def _groups_on_cluster(address: str, reader, options, kinds) -> list:
    """The groups counted on a Dask cluster, a partition a task, merged by a tree reduction."""
    from ...distributed import Plan, dask_client
    from ...stats_parts import stats_groups

    with dask_client(address) as client, Plan(reader) as plan:
        return stats_groups(client, plan, options, {k.value for k in kinds} if kinds else None)


def _progress(count: int) -> None:
    sys.stderr.write(f"\rnewscli stats: {count} records")
    sys.stderr.flush()


def _print(docs: list[dict], options, chosen: StatsFormat, method: dict) -> None:
    from ... import stats_report

    if chosen is StatsFormat.json:
        write_document(stats_report.document(docs, options.by, method))
        return
    if chosen is StatsFormat.tsv:
        write_tsv(stats_report.tsv_rows(docs, options.by))
        return
    from ...display import terminal_safe

    columns = shutil.get_terminal_size().columns  # COLUMNS, the terminal's width, else 80
    lines = (line for doc in docs for line in stats_report.text_report(doc, options.by, columns))
    write_lines(terminal_safe(line) for line in lines)  # group names and authors come from the data
