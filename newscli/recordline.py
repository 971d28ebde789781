"""One record line: parsed with orjson and checked once against the record contract.

A record that passes `parse_record` has the field types the README promises (schema.py), is
not nested deeper than orjson can write back, and keeps every number byte for byte: numbers
orjson would change (`1.10`, 21 digits, `-0`) are kept as their JSON text.
"""

from __future__ import annotations

import copyreg
import json
import re

import orjson

from .errors import InvalidRecordError
from .schema import INTEGER_FIELDS, STRING_FIELDS

# orjson cannot write values nested deeper than 254 levels; refuse such records when read.
MAX_DEPTH = 200
# A number right after `:`, `,` or `[` that orjson may not keep byte for byte: a decimal point
# or exponent (`1.10` would come back as `1.1`, `1e-400` as `0.0`), 19 digits or more (beyond
# 64 bits becomes a float), or `-0`. A match inside a string only costs an exact re-parse.
SUSPECT_NUMBER = re.compile(rb"[\[:,]\s*(?:-?\d+[.eE]|-?\d{19}|-0(?![\d.eE]))")
INT64_MIN, UINT64_MAX = -(2**63), 2**64 - 1


def parse_record(line: bytes, where: str) -> dict:
    """Parse and check one record line; raise InvalidRecordError naming `where` (FILE:LINE)."""
    try:
        record = orjson.loads(line)
    except orjson.JSONDecodeError as exc:
        reason = "truncated record" if not line.rstrip().endswith(b"}") else "invalid JSON"
        raise InvalidRecordError(where, f"{reason} ({exc})") from None
    if not isinstance(record, dict):
        raise InvalidRecordError(where, f"expected a JSON object, got {_json_type(record)}")
    maybe_changed, too_deep = _look_over(record)
    if too_deep:
        raise InvalidRecordError(where, f"values nested more than {MAX_DEPTH} levels deep")
    # orjson reads a number it cannot keep exactly (64+ bits, more digits than a double) as a
    # float, and -0 as 0: re-read such a line keeping them as written. Looking at the parsed
    # values (a float, or a 0 that may have been -0) is far cheaper than searching the line.
    if maybe_changed and (
        _has_float(record) or (_minus_zero_hint(line) and SUSPECT_NUMBER.search(line))
    ):
        record = _parse_exact(line)
    check_record(record, where)
    return record


def _minus_zero_hint(line: bytes) -> bool:
    """Is there a `-0` after a colon, comma or bracket (a JSON number; ids such as `x-001` are
    not)? One C search for `-0`, then a look back at each place: far cheaper on a long
    line than a regular expression."""
    start = line.find(b"-0")
    while start != -1:
        before = start - 1
        while before >= 0 and line[before] in b" \t":
            before -= 1
        if before >= 0 and line[before] in b":,[":
            return True
        start = line.find(b"-0", start + 2)
    return False


_PLAIN = (str, int, bool, type(None))


_STRINGS = {str}
_INTEGERS = {int}
_SCALARS = (str, type(None), bool)


def _look_over(record: dict) -> tuple[bool, bool]:
    """One walk over a parsed record: (a float or a 0 in it, values nested more than
    MAX_DEPTH deep). The usual record, strings, numbers and lists of them, takes one loop
    with the lists checked in C; anything else the full walk."""
    maybe_changed = False
    for value in record.values():
        kind = type(value)
        if kind in _SCALARS:
            continue
        if kind is int:
            maybe_changed = maybe_changed or value == 0
            continue
        if kind is list:
            types = set(map(type, value))
            if types <= _STRINGS:
                continue
            if types <= _INTEGERS:
                maybe_changed = maybe_changed or 0 in value
                continue
        return _walk(record)
    return maybe_changed, False


def _walk(record: dict) -> tuple[bool, bool]:
    maybe_changed = False
    stack: list = [(record, 1)]  # a container, and its depth (its values are one deeper)
    while stack:
        item, depth = stack.pop()
        values = item.values() if type(item) is dict else item
        if depth > MAX_DEPTH or (values and depth + 1 > MAX_DEPTH):
            return maybe_changed, True
        for value in values:
            kind = type(value)
            if kind is str:
                continue
            if kind is list and depth + 2 <= MAX_DEPTH and set(map(type, value)) <= _STRINGS:
                continue
            if kind is dict or kind is list:
                stack.append((value, depth + 1))
            elif kind is float or (kind is int and value == 0):
                maybe_changed = True
    return maybe_changed, False


def _has_float(record: dict) -> bool:
    stack: list = [record]
    while stack:
        item = stack.pop()
        values = item.values() if type(item) is dict else item
        for value in values:
            kind = type(value)
            if kind is float:
                return True
            if kind is dict or kind is list:
                stack.append(value)
    return False


_STRING_OR_NULL = {str, type(None)}
_INTEGER_OR_NULL = {int, type(None)}


def check_record(record: dict, where: str) -> None:
    """The record contract's field types; other fields may hold anything."""
    if type(record.get("id")) is not str:
        raise InvalidRecordError(where, "record has no string 'id'")
    paragraphs = record.get("paragraphs")
    if type(paragraphs) is not list or not set(map(type, paragraphs)) <= _STRINGS:
        raise InvalidRecordError(where, "record has no 'paragraphs' list of strings")
    get = record.get
    if (
        not set(map(type, map(get, STRING_FIELDS))) <= _STRING_OR_NULL
    ):  # one C loop when all is well
        for name in STRING_FIELDS:
            value = get(name)
            if value is not None and type(value) is not str:
                raise _wrong_type(where, name, "a string or null", value)
    if not set(map(type, map(get, INTEGER_FIELDS))) <= _INTEGER_OR_NULL:
        for name in INTEGER_FIELDS:
            value = get(name)
            if value is not None and type(value) is not int:
                raise _wrong_type(where, name, "an integer or null", value)
    authors = record.get("authors")
    if authors is not None and (
        type(authors) is not list or not all(type(a) is str for a in authors)
    ):
        raise _wrong_type(where, "authors", "a list of strings or null", authors)
    lines = record.get("lines")
    if lines is not None and (
        type(lines) is not list or len(lines) != 2 or not all(type(n) is int for n in lines)
    ):
        raise _wrong_type(where, "lines", "a list of two integers or null", lines)
    conversion = record.get("conversion")
    if conversion is not None and type(conversion) is not dict:
        raise _wrong_type(where, "conversion", "an object or null", conversion)


def _wrong_type(where: str, name: str, expected: str, value: object) -> InvalidRecordError:
    return InvalidRecordError(where, f"'{name}' must be {expected}, got {_json_type(value)}")


def _json_type(value: object) -> str:
    if isinstance(value, orjson.Fragment):
        return "a number beyond 64 bits or double precision"
    names = {
        bool: "true/false",
        int: "a number",
        float: "a number",
        str: "a string",
        list: "a list",
        dict: "an object",
    }
    return names.get(type(value), "null")


def _parse_exact(line: bytes) -> dict:
    """Re-parse a line orjson already accepted, keeping every number it would change as its
    raw JSON text (an `orjson.Fragment`, which orjson writes back byte for byte)."""
    return json.loads(line.decode("utf-8"), parse_int=_exact_int, parse_float=_exact_float)


def _exact_int(text: str) -> int | orjson.Fragment:
    if text != "-0" and len(text) < 22:
        value = int(text)
        if INT64_MIN <= value <= UINT64_MAX:
            return value
    return orjson.Fragment(text.encode())


def _exact_float(text: str) -> float | orjson.Fragment:
    value = float(text)
    return value if orjson.dumps(value) == text.encode() else orjson.Fragment(text.encode())


def _pickle_fragment(fragment: orjson.Fragment):
    return orjson.Fragment, (orjson.dumps(fragment),)


copyreg.pickle(orjson.Fragment, _pickle_fragment)  # records travel to `--jobs` workers
