"""`show`: pick records by id, sequence number or headline, and render them for reading."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from . import display
from .errors import ExitCode, NewscliError

ID_SHAPE_RE = re.compile(r".+-\d+")  # `{issue}-{seq:03d}`
RULE = "─"
RULE_WIDTH = 40
INDENT = "\u3000\u3000"  # Chinese paragraphs open with two full-width spaces


@dataclass
class Selector:
    """A full id, a sequence number, or (by_title) a piece of the headline."""

    value: str
    by_title: bool = False
    seen: list[tuple[str, str]] = field(default_factory=list)  # (id, headlines), for suggestions
    seqs: set[int] = field(default_factory=set)

    def matches(self, record: dict) -> bool:
        if self.by_title:
            heads = " ".join(filter(None, [record.get("title"), record.get("subtitle")]))
            return self.value.casefold() in heads.casefold()
        if record.get("id") == self.value:
            return True
        return is_number(self.value) and record.get("seq") == int(self.value)

    def select(self, records: Iterable[dict]) -> Iterator[dict]:
        for record in records:
            heads = " ".join(filter(None, [record.get("title"), record.get("subtitle")]))
            self.seen.append((str(record.get("id")), heads))
            if isinstance(record.get("seq"), int):
                self.seqs.add(record["seq"])
            if self.matches(record):
                yield record

    def not_found(self) -> NewscliError:
        """The error for a selector that matched nothing, naming the nearest ids or titles."""
        pool = [t for _, t in self.seen if t] if self.by_title else [i for i, _ in self.seen]
        near = difflib.get_close_matches(self.value, pool, n=3, cutoff=0.3)
        if self.by_title and not near:
            near = [t for t in pool if set(t) & set(self.value)][:3]
        hint = f"; nearest: {', '.join(near)}" if near else ""
        if not self.by_title and is_number(self.value) and self.seqs:
            hint = f"; records are numbered {min(self.seqs)} to {max(self.seqs)}"
        if self.looks_like_words():
            hint = self.title_hint()
        what = "title containing" if self.by_title else "record"
        return NewscliError(f"no {what} {self.value!r}{hint}", ExitCode.NO_MATCH)

    def looks_like_words(self) -> bool:
        """Neither a sequence number nor shaped like an id (`issue-001`): likely headline words."""
        return (
            not self.by_title
            and not is_number(self.value)
            and ID_SHAPE_RE.fullmatch(self.value) is None
        )

    def title_hint(self) -> str:
        found = sum(1 for _, heads in self.seen if self.value.casefold() in heads.casefold())
        where = f"; it is in {found} headline(s)" if found else ""
        return f"; SELECTOR is an id or a number: add `by_title` to match headlines{where}"


def is_number(value: str) -> bool:
    """A sequence number is ASCII digits: `²` and `١` are digits to str.isdigit, not to int()."""
    return value.isascii() and value.isdigit()


def check_unambiguous(selector: Selector, found: list[dict]) -> None:
    """A bare sequence number names one record only when the input is one issue."""
    if selector.by_title or not is_number(selector.value):
        return
    issues = {r.get("issue") for r in found}
    if len(issues) > 1:
        ids = ", ".join(str(r.get("id")) for r in found[:5])
        raise NewscliError(
            f"{selector.value!r} is a record number in {len(issues)} issues ({ids}); give a full id"
        )


DOUBTFUL = 1.0  # a record's margin under this: split drew it unsurely (README, "How well")


def meta_line(record: dict) -> str:
    parts = [record.get("date"), record.get("kind"), record.get("byline")]
    if record.get("continued_from"):
        parts.append(f"continued from page {record['continued_from']}")
    if record.get("continued_to"):
        parts.append(f"continued on page {record['continued_to']}")
    margin = record.get("margin")
    if isinstance(margin, (int, float)) and not isinstance(margin, bool) and margin < DOUBTFUL:
        parts.append(f"split unsure (margin {margin}): check where it starts and ends")
    return " · ".join(str(p) for p in parts if p)


def render_text(record: dict, columns: int | None) -> str:
    """The record for reading, wrapped to `columns` (None: one line a paragraph, for a pager
    or file that wraps by itself); every value passes `display.terminal_safe` first."""
    safe = display.terminal_safe

    def wrapped(text: str) -> list[str]:
        return display.wrap(text, columns) if columns else [text]

    out = [safe(str(record.get("id", "")))]
    for head in (record.get("title"), record.get("subtitle")):
        if head:
            out += wrapped(safe(str(head)))
    out.append(safe(meta_line(record)))
    out.append(RULE * max(10, min(columns or RULE_WIDTH, RULE_WIDTH)))
    for paragraph in record.get("paragraphs") or []:
        out += wrapped(INDENT + safe(paragraph))
    return "\n".join(out) + "\n"


def render_markdown(record: dict) -> str:
    """Markdown for reading (`show -f markdown`, `export -f md`): every value from the record
    is terminal-safe and escaped, so a reader shows the text, never markup of its own."""

    def text(value) -> str:
        return md_escape(display.terminal_safe(str(value)))

    out = []
    if record.get("title"):
        out.append(f"# {text(record['title'])}")
    if record.get("subtitle"):
        out.append(f"**{text(record['subtitle'])}**")
    meta = meta_line(record)
    out.append((f"*{text(meta)}* · " if meta else "") + text(record.get("id", "")))
    out += [text(p) for p in record.get("paragraphs") or []]
    return "\n\n".join(out) + "\n"


# What Markdown or its HTML would act on inside a line (CommonMark backslash-escapes any
# ASCII punctuation); `&`, `<` and `>` become entities, so no tag or entity gets through.
MD_INLINE_RE = re.compile(r"([\\`*_\[\]{}#|~!])")
MD_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
# What would turn a line into a list item, a heading underline or a block quote.
MD_LINE_START_RE = re.compile(r"^(\s*)([-+=]|\d+[.)])(?=\s|$)")


def md_escape(text: str) -> str:
    """`text` as Markdown that shows exactly `text`: inline markup, HTML and a line start
    that would open a list, quote or heading are escaped."""
    text = MD_INLINE_RE.sub(r"\\\1", text)
    text = re.sub("[&<>]", lambda m: MD_ENTITIES[m.group()], text)
    return MD_LINE_START_RE.sub(_escape_line_start, text)


def _escape_line_start(match: re.Match) -> str:
    indent, mark = match.groups()
    if mark[-1] in ".)":  # `1.` → `1\.`: still the number, no longer a list
        return f"{indent}{mark[:-1]}\\{mark[-1]}"
    return f"{indent}\\{mark}"
