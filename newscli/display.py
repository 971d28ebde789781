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
