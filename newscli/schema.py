"""The record contract (README, "The records"), said once: field names and types, the kinds,
what "the text of a record" means, and which characters are Han.

Everything that writes, checks, lists or counts records takes these names from here: `split`
builds records in `RECORD_FIELDS` order, the reader checks `STRING_FIELDS` and
`INTEGER_FIELDS`, `export` makes its default columns of them, the CLI's `--kind` offers `Kind`.
"""

from __future__ import annotations

from enum import Enum


class Kind(str, Enum):
    """What a record is. `split` writes the values; `--kind` chooses among them."""

    article = "article"
    notice = "notice"  # 公告, 招标, 声明...
    masthead = "masthead"  # colophon: departments, phone numbers, address, price
    ad = "ad"
    page = "page"  # page furniture: header, footer, editor credits


# The fields `split` writes, in the order it writes them.
RECORD_FIELDS = (
    "id",
    "issue",
    "date",
    "seq",
    "kind",
    "title",
    "subtitle",
    "lead",
    "byline",
    "authors",
    "continued_from",
    "continued_to",
    "paragraphs",
    "text",
    "chars",
    "lines",
    "margin",
    "source",
)
# Added by `convert-traditional`.
CONVERSION_FIELDS = ("script", "conversion")
KNOWN_FIELDS = RECORD_FIELDS + CONVERSION_FIELDS

# Field types the reader checks; any other field is the user's own and may hold anything.
STRING_FIELDS = (
    "issue",
    "date",
    "kind",
    "title",
    "subtitle",
    "lead",
    "byline",
    "text",
    "source",
    "script",
)
INTEGER_FIELDS = ("seq", "chars", "continued_from", "continued_to")
LIST_OF_STRING_FIELDS = ("paragraphs", "authors")


def __getattr__(name: str) -> str:
    """`HAN`: Han characters as a regular-expression class body (`[{HAN}]`): CJK unified
    ideographs with every extension, compatibility ideographs, and 〇. zhon's list, so that
    the splitter and `stats` agree on what a Chinese character is; read on first use, so
    that `--help` and commands that never look at characters do not import zhon."""
    if name == "HAN":
        from zhon.hanzi import characters

        return characters
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def text_of(record: dict) -> str:
    """The body: `text`, or the paragraphs joined by line breaks when a record (made by hand,
    or by another tool) has no `text`."""
    text = record.get("text")
    if isinstance(text, str) and text:
        return text
    paragraphs = record.get("paragraphs")
    return "\n".join(paragraphs) if isinstance(paragraphs, list) else ""


def full_text(record: dict) -> str:
    """Headline lines then paragraphs, one a line: what is segmented, counted or exported as
    plain text."""
    parts = [record.get("title"), record.get("subtitle"), *(record.get("paragraphs") or [])]
    return "\n".join(p for p in parts if p)


def non_space_count(text: str) -> int:
    """Characters other than white space (full-width spaces included): the `chars` field."""
    return len("".join(text.split()))
