"""Check a corpus gold file against its issue text, independently of the splitter.

    python tests/corpus/check_gold.py tests/corpus/tuning/t01_name.json [...]

A gold is the hand-made expected output of `newscli split` for NAME.txt beside it. This
checks its form and its consistency with the text (never what the splitter does):
every non-blank source line is covered by exactly one record; each line's characters are
found in that record's fields (SCHEMA.md, "Nothing is lost"); every paragraph is text of
the lines it covers (nothing invented, joins only across line breaks); spans are ordered.
Exit 0 when every file passes; otherwise one line per problem.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

FIELDS = {
    "seq": int,
    "kind": str,
    "title": (str, type(None)),
    "subtitle": (str, type(None)),
    "lead": (str, type(None)),
    "byline": (str, type(None)),
    "authors": list,
    "continued_from": (int, type(None)),
    "continued_to": (int, type(None)),
    "lines": list,
    "paragraphs": list,
}
KINDS = {"article", "notice", "masthead", "ad", "page"}
PAGE_NO = r"(?:[A-Za-zＡ-Ｚ]\s*)?[0-9０-９〇零一二三四五六七八九十百]+"
MARKER_PLACE = r"(?:[左右中上下]{1,2}|头条|[①-⑳])?"  # where on that page, which jump (下转6版②)
MARKER_RE = re.compile(
    rf"[（(]\s*(?:上接|接)第?\s*{PAGE_NO}\s*版{MARKER_PLACE}\s*[）)]"
    rf"|[（(]\s*(?:下[转轉]|[转轉])第?\s*{PAGE_NO}\s*版{MARKER_PLACE}\s*[）)]"
)
BULLETS = "□■●○◆◇▲△★☆▶►◎·•"
BRACKETS = "（）()【】"


def squeeze(text: str) -> str:
    return "".join(text.split())


def read_text(txt: Path, encoding: str) -> str:
    return txt.read_bytes().decode(encoding)


CAPTIONS_BEFORE_LEAD = 2  # a photo's caption and its credit may stand over the lead
CAPTION_MAX = 60
CAPTION_END_RE = re.compile(
    r"[。！）)]$|摄影?$|攝影?$|供图$|图自\S{1,12}$"
)  # …现场。, 某某/摄, （某某 摄）


def lead_opens_the_text(lead: str, paragraphs: list[str]) -> bool:
    """The lead opens the first paragraph, or the first after a photo's caption printed
    between the headline and the lead (short lines: 胡某/摄, 视察活动现场。)."""
    for paragraph in paragraphs[: CAPTIONS_BEFORE_LEAD + 1]:
        if paragraph.startswith(lead):
            return True
        if len(paragraph) > CAPTION_MAX or not CAPTION_END_RE.search(paragraph):
            return False  # (a sub-headline left in the text ends open: no caption)
    return False


def check(gold_path: Path, txt: Path | None = None) -> list[str]:
    """Problems of the gold at `gold_path` over its text (`txt`, by default NAME.txt beside it:
    a second gold, second/<half>/NAME.json, is checked over its corpus issue's text)."""
    problems: list[str] = []
    say = problems.append
    gold = json.loads(gold_path.read_text("utf-8"))
    txt = txt or gold_path.with_suffix(".txt")
    if not txt.exists():
        return [f"{gold_path}: no {txt.name} beside it"]
    for key in ("paper", "urls", "layout", "encoding", "script", "records"):
        if key not in gold:
            say(f"{gold_path}: missing top-level key {key!r}")
    lines = re.split(r"\r\n|\r|\n", read_text(txt, gold.get("encoding", "utf-8")))
    records = gold.get("records", [])
    previous_last = 0
    for index, record in enumerate(records, 1):
        where = f"{gold_path.name} record {index}"
        for key, kind in FIELDS.items():
            if key not in record:
                say(f"{where}: missing {key}")
            elif not isinstance(record[key], kind):
                say(f"{where}: {key} has type {type(record[key]).__name__}")
        if problems:
            return problems
        if record["seq"] != index:
            say(f"{where}: seq {record['seq']}, expected {index}")
        if record["kind"] not in KINDS:
            say(f"{where}: kind {record['kind']!r}")
        first, last = record["lines"]
        if not (previous_last < first <= last <= len(lines)):
            say(
                f"{where}: lines {record['lines']} out of order or range (previous ended {previous_last})"
            )
        previous_last = last
        if not squeeze(lines[first - 1]) or not squeeze(lines[last - 1]):
            say(f"{where}: lines {record['lines']} start or end on a blank line")
        if record["kind"] == "page" and any(
            record[k] for k in ("title", "subtitle", "lead", "byline", "authors")
        ):
            say(f"{where}: a page record has only paragraphs")
        if record["lead"] and not lead_opens_the_text(record["lead"], record["paragraphs"]):
            say(f"{where}: lead {record['lead']!r} does not open the first paragraph")
        for author in record["authors"]:
            if author not in (record["byline"] or "") and author not in "".join(
                record["paragraphs"][:1]
            ):
                say(f"{where}: author {author!r} is in neither byline nor lead paragraph")
        for paragraph in record["paragraphs"]:
            if paragraph != paragraph.strip(" \t\u3000") or not paragraph:
                say(f"{where}: paragraph with surrounding white space or empty: {paragraph[:20]!r}")
        covered = "".join(squeeze(MARKER_RE.sub("", line)) for line in lines[first - 1 : last])
        for paragraph in record["paragraphs"]:
            if squeeze(paragraph) not in covered:
                say(f"{where}: paragraph is not text of its lines: {paragraph[:30]!r}")
        fields = "".join(squeeze(record[k] or "") for k in ("title", "subtitle", "byline"))
        fields += "".join(squeeze(p) for p in record["paragraphs"])
        for number in range(first, last + 1):
            content = squeeze(MARKER_RE.sub("", lines[number - 1]))
            bare = content.strip(BULLETS).strip(BRACKETS)
            if content and content not in fields and bare not in fields:
                say(f"{where}: line {number} is not in the record's fields: {content[:30]!r}")
    spans = [
        range(r["lines"][0], r["lines"][1] + 1) for r in records if isinstance(r.get("lines"), list)
    ]
    for number, line in enumerate(lines, 1):
        if squeeze(MARKER_RE.sub("", line)) and not any(number in span for span in spans):
            say(f"{gold_path.name}: line {number} is in no record: {squeeze(line)[:30]!r}")
    return problems


def main(paths: list[str]) -> int:
    problems = [p for path in paths for p in check(Path(path))]
    print("\n".join(problems) or f"ok: {len(paths)} gold file(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
