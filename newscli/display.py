"""Terminal display helpers: widths of Chinese text (two columns a character), colour, and
text made safe to print on a terminal."""

from __future__ import annotations

import os
import re

import wcwidth

HIGHLIGHT = "\x1b[1;31m"
RESET = "\x1b[0m"
ELLIPSIS = "…"


# What a terminal would act on rather than show: C0 controls, DEL, C1 controls (0x9b is an
# 8-bit CSI), and the bidirectional overrides and isolates that reorder what is shown.
CONTROL_RE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
NAMED_ESCAPES = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def terminal_safe(text: str, keep: str = "") -> str:
    """`text` with every control character shown as a visible escape (ESC as `\\x1b`), so
    data can never move the cursor, clear the screen or write the clipboard (OSC 52).
    Characters in `keep` (a layout's own `\\n` or `\\t`) pass through."""
    if CONTROL_RE.search(text) is None:  # the common case costs one scan
        return text
    return CONTROL_RE.sub(lambda m: _visible(m.group(), keep), text)


def _visible(char: str, keep: str) -> str:
    if char in keep:
        return char
    if char in NAMED_ESCAPES:
        return NAMED_ESCAPES[char]
    return f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}"


def width(text: str) -> int:
    return wcwidth.width(text)


def fit(text: str, columns: int) -> str:
    """`text` cut to at most `columns` display columns, with … where it was cut."""
    if width(text) <= columns:
        return text
    return wcwidth.clip(text, 0, max(columns - 1, 0)).rstrip() + ELLIPSIS


def head(text: str, columns: int) -> str:
    """The longest start of `text` at most `columns` display columns wide."""
    return _longest(text, columns)


def tail(text: str, columns: int) -> str:
    """The longest end of `text` at most `columns` display columns wide."""
    return _longest(text[::-1], columns)[::-1]


def _longest(text: str, columns: int) -> str:
    used = 0
    for index, char in enumerate(text):
        used += max(wcwidth.wcwidth(char), 0)
        if used > columns:
            return text[:index]
    return text


def pad(text: str, columns: int) -> str:
    return wcwidth.ljust(text, columns)


def pad_left(text: str, columns: int) -> str:
    return wcwidth.rjust(text, columns)


# Chinese line-breaking rules (禁则): no closing mark at the start of a line, no opening mark
# at the end of one. Dashes and ellipses come in pairs and close what precedes them.
NO_LINE_START = frozenset("。，、；：！？）》」』”’…—．,.;:!?)]}〉】〕〗〙〛｝］％・·")
NO_LINE_END = frozenset("（《「『“‘([{〈【〔〖〘〚｛［")
# Latin words and numbers (T1000, 2025-01-18, 3.5%) are not broken inside.
UNIT_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9.,:%'_/+\-]*|\s|.", re.DOTALL)


def wrap(text: str, columns: int) -> list[str]:
    """Wrap a paragraph to `columns` display columns. Chinese breaks between any two
    characters, but a closing mark never starts a line and an opening mark never ends one:
    the break moves back a unit (or more) instead. A space at a break is dropped."""
    units = UNIT_RE.findall(text)
    lines: list[str] = []
    while units:
        take = _fitting(units, columns)
        take = _legal_break(units, take)
        lines.append("".join(units[:take]).rstrip(" "))
        units = units[take:]
        while units and units[0] == " ":
            units.pop(0)
    return [line for line in lines if line] or [""]


def _fitting(units: list[str], columns: int) -> int:
    """How many units fit in `columns` (at least one; a unit too wide alone is split)."""
    used = 0
    for count, unit in enumerate(units):
        used += width(unit)
        if used > columns and unit != " ":
            if count == 0:
                head = wcwidth.clip(unit, 0, max(columns, 2))
                units[0:1] = [head, unit[len(head) :]]
                return 1
            return count
    return len(units)


def _legal_break(units: list[str], take: int) -> int:
    """Move a break back until the next line does not start with a closing mark and this
    one does not end with an opening mark; a line that cannot be broken legally keeps its
    first break (a run of marks longer than the line)."""
    if take >= len(units):
        return take
    position = take
    while position > 1 and (
        units[position][:1] in NO_LINE_START or units[position - 1][-1:] in NO_LINE_END
    ):
        position -= 1
    return position if position > 1 or _legal_at(units, 1) else take


def _legal_at(units: list[str], position: int) -> bool:
    return units[position][:1] not in NO_LINE_START and units[position - 1][-1:] not in NO_LINE_END


def use_color(choice: str, is_terminal: bool) -> bool:
    """grep's rule: `always`, `never`, or `auto` = only on a terminal and without NO_COLOR."""
    if choice == "always":
        return True
    if choice == "never":
        return False
    return is_terminal and not os.environ.get("NO_COLOR")


def highlight(text: str, on: bool) -> str:
    return f"{HIGHLIGHT}{text}{RESET}" if on and text else text
