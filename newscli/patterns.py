"""Reading a regular expression without running it: the plain strings every match must
hold (grep's byte prefilter, see search.prefilter), and about how many items compiling it
makes (the `regex` module copies `x{N}` N times; search.compile_patterns refuses patterns
whose copies would take gigabytes)."""

from __future__ import annotations

import regex

# After an atom: a count that may be zero, or a fuzzy constraint (`{e<=1}`): the atom may be absent.
OPTIONAL_AFTER = set("*?{")
ZERO_WIDTH_OR_ANY = set(".^$")
# Escapes of one character class, anchor or control character; any other letter or digit
# after a backslash takes arguments (\x41, \u592a, \g<1>, \1): such a pattern is not read.
SHORT_ESCAPES = set("dDwWsSbBAZzGmMhHvVRXKnrtfae")


def required_literals(pattern: str) -> list[str] | None:
    """For each top-level branch of a regular expression, the longest run of plain characters
    its every match holds; None where a branch has none, or the pattern is not plain enough
    to tell (inline flags, escapes with arguments). Groups and classes end a run."""
    if "(?" in pattern.replace("(?:", ""):
        return None  # inline flags (?i) change the whole pattern; lookarounds are rare here
    needles = []
    for branch in _top_level_branches(pattern):
        runs = _literal_runs(branch)
        if not runs:
            return None
        needles.append(max(runs, key=len))
    return needles


def _top_level_branches(pattern: str) -> list[str]:
    branches, depth, start, index = [], 0, 0, 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            index = _skip_class(pattern, index)
            continue
        depth += char == "("
        depth -= char == ")"
        if char == "|" and depth == 0:
            branches.append(pattern[start:index])
            start = index + 1
        index += 1
    return branches + [pattern[start:]]


def _literal_runs(branch: str) -> list[str]:
    """The runs of characters a match of `branch` (no top-level `|`) must hold in a row."""
    runs, run, index = [], "", 0
    while index < len(branch):
        char, end = branch[index], index + 1
        if char == "\\":
            escaped = branch[index + 1 : index + 2]
            braced = escaped in BRACED_ESCAPES and branch[index + 2 : index + 3] == "{"
            if escaped.isalnum() and escaped not in SHORT_ESCAPES and not braced:
                return []
            literal = escaped if escaped and not escaped.isalnum() else None
            end = _skip_atom(branch, index)
        elif char == "[":
            literal, end = None, _skip_class(branch, index)
        elif char == "(":
            literal, end = None, _skip_group(branch, index)
        else:
            literal = None if char in ZERO_WIDTH_OR_ANY else char
        following = branch[end : end + 1]
        if literal is not None and following not in OPTIONAL_AFTER:
            run += literal
        else:
            runs.append(run)
            run = ""
        if following in OPTIONAL_AFTER | {"+"}:
            runs.append(run)
            run = ""
            end = _skip_quantifier(branch, end)
        index = end
    return [r for r in runs + [run] if r]


def _skip_group(source: str, index: int) -> int:
    depth = 0
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            index = _skip_class(source, index)
            continue
        depth += (char == "(") - (char == ")")
        index += 1
        if depth == 0:
            return index
    return len(source)


def _skip_quantifier(source: str, index: int) -> int:
    """Past `*`, `+`, `?` or `{...}`, and a lazy or possessive `?`/`+` after it."""
    if source[index : index + 1] == "{":
        close = source.find("}", index)
        index = len(source) if close < 0 else close + 1
    else:
        index += 1
    return index + 1 if source[index : index + 1] in ("?", "+") else index


# The regex module compiles `x{N}` into N copies of x, nested counts multiply, and the
# copies take memory: a{10000000} took 4 GB. Patterns whose copies would pass this refuse.
MAX_COMPILED_SIZE = 100_000
# `{m}`, `{m,}`, `{m,n}` or `{,n}` where it follows an atom (fuzzy `{e<=1}` is no count).
COUNT_RE = regex.compile(r"\{(\d*)(?:,(\d*))?\}")
BRACED_ESCAPES = set("pPNxuUg")  # \p{Han}, \N{NAME}, \x{263a}, \g<...> spelled with braces


def compiled_size(source: str) -> int:
    """About how many items compiling `source` makes: each atom counts 1, times the least
    count of every `{m,...}` it sits under (an upper range costs nothing: it is a loop)."""
    groups = [0]  # the size so far of each open group
    last = 0  # size of the atom just read (what a count applies to)
    index = 0
    while index < len(source):
        char = source[index]
        count = COUNT_RE.match(source, index) if char == "{" else None
        if count and count.group(0) != "{}" and (count.group(1) or count.group(2)):
            least = int(count.group(1) or 0)
            groups[-1] += last * (max(least, 1) - 1)
            last *= max(least, 1)
            index = count.end()
            continue
        if char == "(":
            groups.append(0)
            index = _skip_comment(source, index)
            last = 0
            continue
        if char == ")" and len(groups) > 1:
            last = groups.pop()
            groups[-1] += last
            index += 1
            continue
        index = _skip_atom(source, index)
        last = 1
        groups[-1] += 1
    return sum(groups)


def _skip_comment(source: str, index: int) -> int:
    """Past `(` — or past a whole `(?#...)` comment, which holds no pattern."""
    if source.startswith("(?#", index):
        end = source.find(")", index)
        return len(source) if end < 0 else end  # the `)` then closes the group
    return index + 1


def _skip_atom(source: str, index: int) -> int:
    """The index after one atom: an escape (with its braces), a character class, or a character."""
    char = source[index]
    if char == "\\":
        if source[index + 1 : index + 2] in BRACED_ESCAPES and source[index + 2 : index + 3] == "{":
            end = source.find("}", index)
            return len(source) if end < 0 else end + 1
        return index + 2
    if char == "[":
        return _skip_class(source, index)
    return index + 1


def _skip_class(source: str, index: int) -> int:
    """Past a character class `[...]`, nested sets (regex's V1) and escapes included."""
    depth = 0
    position = index
    while position < len(source):
        char = source[position]
        if char == "\\":
            position += 2
            continue
        if char == "[":
            depth += 1
            position += 1
            if source[position : position + 1] == "^":
                position += 1
            if source[position : position + 1] == "]":  # a `]` first is a literal
                position += 1
            continue
        if char == "]":
            depth -= 1
            if depth == 0:
                return position + 1
        position += 1
    return len(source)
