"""The same issue in another layout gives the same records.

Every gold issue (corpus and fixtures) is re-laid out by program: blank lines dropped or
doubled, CRLF line ends, GB18030 bytes, hard-wrapped at a column width with a full-width
or ASCII indent, the whole issue through OpenCC to traditional script. `split` must give the
same records as on the original: kinds, headings, credits, markers and paragraphs (line
spans may move; texts are compared after the same conversion where the script changed).

Pairs listed in tests/corpus/invariance_known_failures.txt are known to differ today; they
are strict xfails, so one that starts to pass must be taken off the list.
"""

from __future__ import annotations

import json
import re
import sys
import zlib
from functools import cache
from pathlib import Path

import pytest

from conftest import FIXTURES, ROOT, corpus_files, run

CORPUS = ROOT / "tests" / "corpus"
sys.path.insert(0, str(CORPUS))
from reorder import COMPARED, LINE_RE  # noqa: E402  (the fields compared, as there)

KNOWN = CORPUS / "invariance_known_failures.txt"
# A wrapper's units: a number or Latin word, or one character; a space (ASCII or
# ideographic) stays with the unit before it, so a break at a space leaves it at the end of
# the line, as pdftotext does.
UNBREAKABLE_RE = re.compile(r"(?:[0-9A-Za-z][0-9A-Za-z.\-:/%]*|.)[ \u3000]?", re.S)


WRAPPED_RE = re.compile(r"(?<!un)wrap")


def issues() -> list[tuple[str, Path, str, bool]]:
    """(name, path, encoding, already hard-wrapped) for every gold issue."""
    found = []
    for gold in corpus_files("*.json"):
        meta = json.loads(gold.read_text("utf-8"))
        # ("paragraphs unwrapped" says the opposite: only a wrap named as such counts)
        wrapped = any(WRAPPED_RE.search(part) for part in meta.get("layout", []))
        found.append((gold.stem, gold.with_suffix(".txt"), meta.get("encoding", "utf-8"), wrapped))
    for gold in sorted(FIXTURES.glob("*.json")):
        encoding = "gb18030" if "gb18030" in gold.stem else "utf-8"
        found.append((gold.stem, gold.with_suffix(".txt"), encoding, False))
    return found


def wrap(text: str, width: int, indent: str) -> str:
    """The issue as a pdftotext column `width` characters wide: every paragraph (as `split`
    read the original, a paragraph cut by the original layout made whole again) wrapped and
    indented; headings, credits and markers flush, on lines of their own."""
    from newscli.split import analyse
    from newscli.split.cuts import cut_by_layout
    from newscli.split.neighbours import verse_lines
    from newscli.split.shapes import join_cut

    analysis = analyse(text)
    verse = verse_lines(analysis.lines, analysis.roles)  # a poem's lines, one paragraph each
    blocks: list[tuple[int, str, bool]] = []  # blank lines before, text, is a paragraph
    for index, (line, role) in enumerate(zip(analysis.lines, analysis.roles)):
        paragraph = role.value in PARAGRAPH_ROLES
        previous = blocks[-1] if blocks else None
        if (
            paragraph
            and role.value == "body"
            and index not in verse
            and previous
            and previous[2]
            and cut_by_layout(previous[1])
        ):
            blocks[-1] = (
                previous[0],
                join_cut(previous[1], line.text),
                True,
            )  # the original layout cut it
        else:
            blocks.append((line.blanks_before, line.text, paragraph))
    out = []
    for blanks, body, paragraph in blocks:
        out.extend([""] * blanks)
        out.extend(pieces(body, width, indent if paragraph else ""))
    return "\n".join(out)


PARAGRAPH_ROLES = {"lead", "body", "crosshead", "caption", "end-mark", "continued-from"}


def pieces(body: str, width: int, indent: str) -> list[str]:
    """One source line as column lines of at most `width` characters."""
    if len(indent + body) <= width:
        return [indent + body if body else ""]
    found, current = [], indent
    for unit in UNBREAKABLE_RE.findall(body):
        # A space never opens a line: the wrapper leaves it at the end of the one it broke.
        printed = unit.rstrip(" \u3000")
        if printed and len(current) + len(printed) > width and current.strip():
            found.append(current)
            current = ""
        current += unit
    found.append(current)
    return found


def to_traditional(text: str) -> str:
    return s2hk().convert(text)


@cache
def s2hk():
    """One converter for every case: each new one loads its dictionaries again (0.1 s)."""
    import opencc

    return opencc.OpenCC("s2hk")


def as_converted_whole(text: str) -> str:
    """Traditional text as OpenCC gives it for whole paragraphs. The re-layout converts the
    issue line by line as printed, and a word cut by the original's column converts
    without its context (脑海|里 -> 腦海|里, 脑海里 -> 腦海裏): both sides go back to
    simplified and again, as if each had been converted whole."""
    import opencc

    return to_traditional(opencc.OpenCC("t2s").convert(text))


LAYOUTS = {
    "no-blank-lines": (lambda t: "\n".join(row for row in LINE_RE.split(t) if row.strip()), False),
    "double-blank-lines": (
        lambda t: re.sub(r"\n[ \t\u3000]*\n", "\n\n\n", "\n".join(LINE_RE.split(t))),
        False,
    ),
    "crlf": (lambda t: "\r\n".join(LINE_RE.split(t)), False),
    "wrap-14-fullwidth": (lambda t: wrap(t, 14, "\u3000\u3000"), False),
    "wrap-22-ascii": (lambda t: wrap(t, 22, "  "), False),
    "wrap-30-fullwidth": (lambda t: wrap(t, 30, "\u3000\u3000"), False),
    "traditional": (to_traditional, True),
}
WRAPS_ONLY_UNWRAPPED = {"wrap-14-fullwidth", "wrap-22-ascii", "wrap-30-fullwidth", "no-blank-lines"}


def known_failures(listed: Path = KNOWN) -> set[str]:
    """The `name layout` pairs a known-failures file lists (strict xfails)."""
    if not listed.exists():
        return set()
    return {
        row.strip()
        for row in listed.read_text("utf-8").splitlines()
        if row.strip() and not row.startswith("#")
    }


def cases():
    known = known_failures()
    for name, path, encoding, wrapped in issues():
        for layout in [*LAYOUTS, "gb18030"]:
            if wrapped and layout in WRAPS_ONLY_UNWRAPPED:
                continue  # a wrapped column is not re-wrapped, nor its paragraph blanks dropped
            marks = (
                [pytest.mark.xfail(strict=True, reason="known layout failure")]
                if f"{name} {layout}" in known
                else []
            )
            yield pytest.param(path, encoding, layout, id=f"{name}-{layout}", marks=marks)


@cache
def split_original(path: Path, encoding: str) -> tuple:
    result = run("split", "--encoding", encoding, path)
    assert result.code == 0, result.stderr
    return tuple(json.dumps([r[k] for k in COMPARED], ensure_ascii=False) for r in result.records)


def project(records: list[dict], convert=None) -> tuple:
    rows = []
    for record in records:
        values = [record[k] for k in COMPARED]
        if convert:
            values = json.loads(convert(json.dumps(values, ensure_ascii=False)))
        rows.append(json.dumps(values, ensure_ascii=False))
    return tuple(rows)


@pytest.mark.parametrize("path,encoding,layout", list(cases()))
def test_same_records_in_another_layout(path, encoding, layout):
    text = path.read_bytes().decode(encoding).lstrip("\ufeff")
    original = split_original(path, encoding)
    converts = False
    if layout == "gb18030":
        result = run("split", input=text.encode("gb18030"))
        expected = original
    else:
        relayout, converts = LAYOUTS[layout]
        result = run("split", input=relayout(text))
        expected = project(
            [dict(zip(COMPARED, json.loads(row))) for row in original],
            (lambda t: as_converted_whole(to_traditional(t))) if converts else None,
        )
    assert result.code == 0, result.stderr
    assert project(result.records, as_converted_whole if converts else None) == expected


def line_spaced(text: str) -> str:
    """The dump with a blank line after every line (a PDF's line spacing kept by the copy):
    every line end doubled, so a run of k blank lines becomes 2k + 1."""
    return re.sub(r"\n", "\n\n", "\n".join(LINE_RE.split(text)))


SPACED_SAMPLE = 8  # one corpus issue in eight (by a hash of its name, so the sample stays as
# the corpus grows): the rule is one of reflow, not of pages. (The fixtures are a few lines
# each: three lines of seventeen at the width are no column, spaced or not.)


def spaced_cases():
    for name, path, encoding, wrapped in issues():
        in_corpus = path.parent.parent == CORPUS
        if in_corpus and not wrapped and zlib.crc32(name.encode()) % SPACED_SAMPLE == 0:
            yield pytest.param(path, encoding, id=name)


@pytest.mark.parametrize("path,encoding", list(spaced_cases()))
def test_a_wrapped_dump_line_spaced_gives_the_same_records(path, encoding):
    """A hard-wrapped column with a blank line after every line (t461's layout) reads as the
    same column without them."""
    wrapped = wrap(path.read_bytes().decode(encoding).lstrip("\ufeff"), 22, "  ")
    plain = run("split", input=wrapped)
    spaced = run("split", input=line_spaced(wrapped))
    assert spaced.code == plain.code == 0, spaced.stderr
    assert project(spaced.records) == project(plain.records)
