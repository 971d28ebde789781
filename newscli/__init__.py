"""newscli: Chinese newspaper issues as streams of article records.

Library use::

    from newscli import split_text, RecordReader
    records = split_text(open("issue.txt", encoding="utf-8").read(), issue="issue")
"""
from __future__ import annotations

__version__ = "0.1.0"

from .records import ReadOptions, RecordReader, RecordWriter, dumps, parse_record  # noqa: E402
from .split import split_text  # noqa: E402

__all__ = [
    "__version__", "split_text", "RecordReader", "RecordWriter", "ReadOptions", "dumps", "parse_record",
]
