"""`newscli stats`: corpus statistics (aggregates: it reads all input before printing)."""
from __future__ import annotations

import hashlib
import shutil
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from ...errors import NewscliError
from ..io import filter_kinds, open_reader, report_skipped, stdout_is_terminal, warn
from ..options import Dask, Encoding, Inputs, KindFilter, MAX_COUNT_OPTION, Recursive, SkipInvalid


class By(str, Enum):
    issue = "issue"
    kind = "kind"
    record = "record"


class StatsFormat(str, Enum):
    text = "text"
    json = "json"
    tsv = "tsv"


def stats_command(
    inputs: Inputs = None,
    top: Annotated[int, typer.Option("--top", "-n", min=1, max=MAX_COUNT_OPTION, metavar="N", help="How many words, keywords and names to list.")] = 20,
    by: Annotated[Optional[By], typer.Option("--by", help="One set of figures per issue, kind or record.")] = None,
    kind: KindFilter = None,
    keep_stopwords: Annotated[bool, typer.Option("--keep-stopwords", help="List stop words too (stopwords-iso zh).")] = False,
    min_length: Annotated[int, typer.Option("--min-length", min=1, max=MAX_COUNT_OPTION, metavar="N", help="Shortest word listed, in characters.")] = 1,
    names: Annotated[
        bool, typer.Option("--names", help="Also count people, places and organisations (jieba POS tags; several times slower).")
    ] = False,
    userdict: Annotated[
        Optional[Path], typer.Option("--userdict", metavar="FILE", help="jieba user dictionary: 'word [freq] [tag]' a line, UTF-8.")
    ] = None,
    no_hmm: Annotated[bool, typer.Option("--no-hmm", help="Segment without jieba's HMM for unknown words.")] = False,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, metavar="N", help="Segment in N processes; results do not change.")] = 1,
    format: Annotated[
        Optional[StatsFormat], typer.Option("--format", "-f", help="text on a terminal, json when piped (default), or tsv.")
    ] = None,
    encoding: Encoding = "auto",
    skip_invalid: SkipInvalid = False,
    recursive: Recursive = False,
    dask: Dask = None,
) -> None:
    """Corpus statistics: counts, a word list (rank, count, per 10k, range), TF-IDF keywords,
    authors, and with --names people, places and organisations.

    Aggregates: the figures are printed once all input has been read."""
    from ... import stats

    userdict_sha = _userdict_identity(userdict)
    options = stats.StatsOptions(
        top=top, keep_stopwords=keep_stopwords, min_length=min_length, by=by.value if by else None,
        names=names, hmm=not no_hmm, jobs=jobs, userdict=str(userdict) if userdict else None,
    )
    reader = open_reader(inputs, encoding=encoding, skip_invalid=skip_invalid, recursive=recursive)
    chosen = format or (StatsFormat.text if stdout_is_terminal() else StatsFormat.json)
    progress = _progress if sys.stderr.isatty() else None
    try:
        if dask is not None:
            groups = _groups_on_cluster(dask, reader, options, kind)
        else:
            groups = stats.StatsBuilder(options).groups(filter_kinds(reader, kind), progress)
        docs = [stats.summarize(g, options) for g in groups]
    finally:  # on Ctrl-C and errors too: the shell prompt must not land after the count
        if progress:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()
    report_skipped(reader)
    if any(script != "zh-Hans" for doc in docs for script in doc["scripts"]):
        warn(stats.TRADITIONAL_NOTE)
    _print(docs, options, chosen, userdict_sha)


def _groups_on_cluster(address: str, reader, options, kinds) -> list:
    """The groups counted on a Dask cluster, a partition a task, merged by a tree reduction."""
    from ...distributed import Plan, dask_client
    from ...stats_parts import stats_groups

    with dask_client(address) as client, Plan(reader) as plan:
        return stats_groups(client, plan, options, {k.value for k in kinds} if kinds else None)


def _userdict_identity(path: Path | None) -> str | None:
    if path is None:
        return None
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as exc:
        raise NewscliError(f"{path}: {exc.strerror or exc}") from None


def _progress(count: int) -> None:
    sys.stderr.write(f"\rnewscli stats: {count} records")
    sys.stderr.flush()


def _print(docs: list[dict], options, chosen: StatsFormat, userdict_sha: str | None) -> None:
    import orjson

    from ... import stats, stats_report

    if chosen is StatsFormat.json:
        method = stats.method(options, userdict_sha)
        if options.by:
            document = {"by": options.by, "method": method, "groups": docs}
        else:
            document = {**docs[0], "method": method} if docs else {"method": method}
        sys.stdout.buffer.write(orjson.dumps(document, option=orjson.OPT_INDENT_2) + b"\n")
        return
    from ...display import terminal_safe

    if chosen is StatsFormat.tsv:
        lines = stats_report.tsv_report(docs, options.by)
    else:
        columns = shutil.get_terminal_size().columns  # COLUMNS, the terminal's width, else 80
        lines = (line for doc in docs for line in stats_report.text_report(doc, options.by, columns))
    for line in lines:  # group names and authors come from the data: keep them terminal-safe
        sys.stdout.write(terminal_safe(line, keep="\t") + "\n")
