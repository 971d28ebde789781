"""newscli: Chinese newspaper issues as streams of article records.

Library use::

    from pathlib import Path
    from newscli import RecordReader, RecordWriter, split_text

    records = split_text(open("issue.txt", encoding="utf-8").read(), issue="issue")
    for record in RecordReader([Path("corpus/")]):  # raw issues or record files, lazily
        ...

Where things live. The core modules never import Typer nor write to standard output; the CLI
(`cli/`) parses options, opens inputs and outputs, and calls them.

- `schema`: the record contract: field names and types, `Kind`, `text_of`, `full_text`,
  `non_space_count`, the Han character class.
- `records`: the one way in: `RecordReader` over files, folders and standard input (raw issue
  text is split on the fly); `recordline`: each record line parsed and checked once against
  the contract, numbers kept byte for byte. `textio`: finding inputs,
  byte-order marks, binary and size checks, decoding (UTF-8/16/32, GB18030, Big5).
- `writers`: the ways out: `RecordWriter` (JSON lines, field selection), `TsvWriter` (TSV's
  one escaping rule), `output_file` (atomic files with the user's umask).
- `split/`: raw issue text -> records (`split_text`, `explain_text`); `explain`: its table.
- `search`: `Matcher`, `select`, grep's byte prefilter; `patterns`: what a regular expression
  must hold and what compiling it costs, read without running it; `blocks`: record files read
  in raw blocks and byte ranges (the prefilter's `LineFilter`); `kwic`: keyword in context.
- `listing`, `showing`: `list` rows and `show` rendering; `display`: display widths, wrapping,
  terminal-safe text, colour.
- `stats`, `stats_report`, `names`, `surnames`; `segment`: the `Segmenter` (rjieba by default,
  jieba the reference), loaded only when needed.
- `export` (JSON, CSV/TSV, Markdown, text files), `htmlpage` (HTML).
- `convert`: OpenCC conversion of records; `engine`: which OpenCC is installed.
- `parallel`: `--jobs` worker processes, results in input order; `chunked`: the one parallel
  reader of `split`, `grep` and `export`; `distributed`, `stats_parts`: `--dask`.
- `errors`: `NewscliError` and the exit codes.
- `cli/`: `app` (the Typer app and the one error handler), `io` (the only module that touches
  standard input and output), `options` (shared options), `commands/` (one module a command).
"""

from __future__ import annotations

__version__ = "0.1.0"

# Exported lazily so that `newscli --help` and shell completion do not compile the splitter.
_EXPORTS = {
    "split_text": "newscli.split",
    "RecordReader": "newscli.records",
    "ReadOptions": "newscli.records",
    "parse_record": "newscli.records",
    "RecordWriter": "newscli.writers",
    "dumps": "newscli.writers",
    "Kind": "newscli.schema",
    "text_of": "newscli.schema",
}
__all__ = ["__version__", *_EXPORTS]


def __getattr__(name: str):
    if name in _EXPORTS:
        import importlib

        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'newscli' has no attribute {name!r}")
