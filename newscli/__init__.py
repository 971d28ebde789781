"""newscli: Chinese newspaper issues as streams of article records.

Library use::

    from newscli import split_text, RecordReader
    records = split_text(open("issue.txt", encoding="utf-8").read(), issue="issue")
"""
from __future__ import annotations

__version__ = "0.1.0"

# Exported lazily so that `newscli --help` and shell completion do not compile the splitter.
_EXPORTS = {
    "split_text": "newscli.split",
    "RecordReader": "newscli.records",
    "RecordWriter": "newscli.records",
    "ReadOptions": "newscli.records",
    "dumps": "newscli.records",
    "parse_record": "newscli.records",
}
__all__ = ["__version__", *_EXPORTS]


def __getattr__(name: str):
    if name in _EXPORTS:
        import importlib

        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'newscli' has no attribute {name!r}")
