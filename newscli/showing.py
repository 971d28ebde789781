"""`show`: pick records by id, sequence number or headline, and render them for reading."""
from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import Iterable, Iterator

from . import display
from .errors import ExitCode, NewscliError

RULE = "─"
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
        return self.value.isdigit() and record.get("seq") == int(self.value)

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
        if not self.by_title and self.value.isdigit() and self.seqs:
            hint = f"; records are numbered {min(self.seqs)} to {max(self.seqs)}"
        what = "title containing" if self.by_title else "record"
        return NewscliError(f"no {what} {self.value!r}{hint}", ExitCode.NO_MATCH)


def check_unambiguous(selector: Selector, found: list[dict]) -> None:
    """A bare sequence number names one record only when the input is one issue."""
    if selector.by_title or not selector.value.isdigit():
        return
    issues = {r.get("issue") for r in found}
    if len(issues) > 1:
        ids = ", ".join(str(r.get("id")) for r in found[:5])
        raise NewscliError(f"{selector.value!r} is a record number in {len(issues)} issues ({ids}); give a full id")


def meta_line(record: dict) -> str:
    parts = [record.get("date"), record.get("kind"), record.get("byline")]
    if record.get("continued_from"):
        parts.append(f"continued from page {record['continued_from']}")
    if record.get("continued_to"):
        parts.append(f"continued on page {record['continued_to']}")
    return " · ".join(str(p) for p in parts if p)


def render_text(record: dict, columns: int) -> str:
    """The record for a terminal; every value passes `display.terminal_safe` first."""
    safe = display.terminal_safe
    out = [safe(str(record.get("id", "")))]
    for head in (record.get("title"), record.get("subtitle")):
        if head:
            out += display.wrap(safe(str(head)), columns)
    out.append(safe(meta_line(record)))
    out.append(RULE * max(10, min(columns, 40)))
    for paragraph in record.get("paragraphs") or []:
        out += display.wrap(INDENT + safe(paragraph), columns)
    return "\n".join(out) + "\n"


def render_markdown(record: dict) -> str:
    """Markdown for reading (`show -f markdown`, `export -f md`): terminal-safe like text."""
    safe = display.terminal_safe
    out = []
    if record.get("title"):
        out.append(f"# {safe(str(record['title']))}")
    if record.get("subtitle"):
        out.append(f"**{safe(str(record['subtitle']))}**")
    out.append(f"*{safe(meta_line(record))}* `{safe(str(record.get('id', '')))}`")
    out += [md_escape(safe(p)) for p in record.get("paragraphs") or []]
    return "\n\n".join(out) + "\n"


def md_escape(text: str) -> str:
    """Keep a paragraph from turning into Markdown structure (a heading, a list item)."""
    if text[:1] in "#>-+*|" or text[:2].rstrip(".").isdigit() and text[1:2] == ".":
        return "\\" + text
    return text
