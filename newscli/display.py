"""Terminal display helpers: widths of Chinese text (two columns a character), colour."""
from __future__ import annotations

import os

import wcwidth

HIGHLIGHT = "\x1b[1;31m"
RESET = "\x1b[0m"
ELLIPSIS = "…"


def width(text: str) -> int:
    return wcwidth.width(text)


def fit(text: str, columns: int) -> str:
    """`text` cut to at most `columns` display columns, with … where it was cut."""
    if width(text) <= columns:
        return text
    return wcwidth.clip(text, 0, max(columns - 1, 0)).rstrip() + ELLIPSIS


def pad(text: str, columns: int) -> str:
    return wcwidth.ljust(text, columns)


def pad_left(text: str, columns: int) -> str:
    return wcwidth.rjust(text, columns)


# Chinese typesetting never starts a line with closing punctuation (禁则, line-start rules).
NO_LINE_START = set("。，、；：！？）》」』”’…—．,.;:!?)]}〉】〕")


def wrap(text: str, columns: int) -> list[str]:
    """Wrap a paragraph by display width (Chinese has no spaces: break anywhere), keeping
    closing punctuation on the line it closes: it may hang into the two columns kept free."""
    lines = wcwidth.wrap(text, max(columns - 2, 10)) or [""]
    for index in range(1, len(lines)):
        if lines[index][:1] in NO_LINE_START:
            lines[index - 1] += lines[index][0]
            lines[index] = lines[index][1:]
    return [line for line in lines if line] or [""]


def use_color(choice: str, is_terminal: bool) -> bool:
    """grep's rule: `always`, `never`, or `auto` = only on a terminal and without NO_COLOR."""
    if choice == "always":
        return True
    if choice == "never":
        return False
    return is_terminal and not os.environ.get("NO_COLOR")


def highlight(text: str, on: bool) -> str:
    return f"{HIGHLIGHT}{text}{RESET}" if on and text else text
