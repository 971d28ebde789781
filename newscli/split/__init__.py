"""`split`: one raw newspaper issue -> article records (see SCHEMA.md)."""
from __future__ import annotations

import re
from datetime import date as Date
from pathlib import Path

from .assemble import Assembler, Draft, lead_of
from .lines import read_lines
from .shapes import non_space_count
from .zones import ZoneFinder

__all__ = ["split_text", "issue_from_path", "date_from_name", "RECORD_FIELDS"]

RECORD_FIELDS = (
    "id", "issue", "date", "seq", "kind", "title", "subtitle", "lead", "byline", "authors",
    "continued_from", "continued_to", "paragraphs", "text", "chars", "lines", "source",
)
# 2025-01-18, 20250118, 2025_01_18 inside a file name, not inside a longer number.
NAME_DATE_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})([-_]?)(\d{2})\2(\d{2})(?!\d)")


def split_text(
    text: str, issue: str = "stdin", date: str | None = None, source: str | None = None
) -> list[dict]:
    """Split one issue's text into records, in source order."""
    lines, blocks = read_lines(text)
    zones = ZoneFinder(lines, blocks).find()
    drafts = Assembler(lines, blocks, zones).run()
    return [to_record(d, seq, issue, date, source) for seq, d in enumerate(drafts, 1)]


def to_record(draft: Draft, seq: int, issue: str, date: str | None, source: str | None) -> dict:
    lead, lead_byline = lead_of(draft.paragraphs) if draft.kind == "article" else (None, None)
    if lead_byline and draft.byline is None:
        draft.set_byline(lead_byline)
    text = "\n".join(draft.paragraphs)
    return {
        "id": f"{issue}-{seq:03d}",
        "issue": issue,
        "date": date,
        "seq": seq,
        "kind": draft.kind,
        "title": draft.headlines[0] if draft.headlines else None,
        "subtitle": " ".join(draft.headlines[1:]) or None,
        "lead": lead,
        "byline": draft.byline,
        "authors": draft.authors,
        "continued_from": draft.continued_from,
        "continued_to": draft.continued_to,
        "paragraphs": draft.paragraphs,
        "text": text,
        "chars": non_space_count(text),
        "lines": [draft.first, draft.last],
        "source": source,
    }


def issue_from_path(path: Path | None) -> tuple[str, str | None]:
    """Issue key and date from an input path: the file name without extension, and a
    date found in it; ("stdin", None) for standard input."""
    if path is None:
        return "stdin", None
    return path.stem, date_from_name(path.name)


def date_from_name(name: str) -> str | None:
    for match in NAME_DATE_RE.finditer(name):
        try:
            return Date(int(match.group(1)), int(match.group(3)), int(match.group(4))).isoformat()
        except ValueError:
            continue
    return None
