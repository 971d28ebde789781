"""Issue 11, reading: closed standard streams, records checked once in the reader, numbers kept
byte for byte, UTF-16/32 byte-order marks, binary and endless inputs, and smaller
inconsistencies of telling records from issue text."""

from __future__ import annotations

import os
import subprocess
import sys

import orjson
import pytest

from conftest import EVERY_COMMAND, SAMPLE, run, shell

NEWSCLI = [sys.executable, "-m", "newscli"]
COMMANDS = EVERY_COMMAND
GOOD = {
    "id": "a-001",
    "kind": "article",
    "title": "太原",
    "paragraphs": ["太原发展。"],
    "authors": ["李俊华"],
}


def one_error_line(result, *needles: str) -> None:
    assert result.code == 2, (result.code, result.stderr)
    assert result.stderr.startswith("newscli: error: ") and result.stderr.count("\n") == 1, (
        result.stderr
    )
    for needle in needles:
        assert needle in result.stderr, result.stderr


def line(record: dict) -> bytes:
    return orjson.dumps(record) + b"\n"


# --- item 15: closed standard output and input ---------------------------------------------

CLOSED_STDOUT_RUNS = [*COMMANDS.values(), ["--help"], ["split", "--help"], ["--version"], ["-V"]]


def _run_process(args, **streams) -> subprocess.CompletedProcess:
    return subprocess.run([*NEWSCLI, *args], capture_output=False, timeout=120, **streams)


@pytest.mark.parametrize("args", CLOSED_STDOUT_RUNS, ids=" ".join)
def test_closed_stdout_is_one_error_line(args, sample_jsonl):
    inputs = [str(sample_jsonl)] if args[0] in COMMANDS and "--help" not in args else []
    done = subprocess.run(
        ["bash", "-c", 'exec "$@" >&-', "-", *NEWSCLI, *args, *inputs],
        stderr=subprocess.PIPE,
        timeout=120,
    )
    assert done.returncode == 2
    assert (
        done.stderr.decode()
        == "newscli: error: standard output is closed; redirect it to a file or /dev/null\n"
    )


def test_closed_stdout_does_not_stop_a_command_that_writes_a_file(sample_jsonl, tmp_path):
    out = tmp_path / "out.jsonl"
    done = subprocess.run(
        [
            "bash",
            "-c",
            'exec "$@" >&-',
            "-",
            *NEWSCLI,
            "export",
            "-f",
            "jsonl",
            "-o",
            str(out),
            str(sample_jsonl),
        ],
        stderr=subprocess.PIPE,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert out.read_bytes() == sample_jsonl.read_bytes()


@pytest.mark.parametrize(
    "args", [["split"], ["split", "-"], ["convert-traditional", "--text"]], ids=" ".join
)
def test_closed_stdin_is_one_error_line(args):
    done = subprocess.run(
        ["bash", "-c", 'exec "$@" <&-', "-", *NEWSCLI, *args], capture_output=True, timeout=120
    )
    assert done.returncode == 2
    assert (
        done.stderr.decode()
        == "newscli: error: standard input is closed; give an input file or pipe something in\n"
    )


@pytest.mark.parametrize(
    "args",
    [["--version"], ["-V"], ["--help"], ["split", "--help"], ["split", str(SAMPLE)]],
    ids=" ".join,
)
def test_pipe_closed_before_the_first_write_is_quiet(args):
    read_end, write_end = os.pipe()
    os.close(read_end)  # `| true` that has already exited
    try:
        done = subprocess.run(
            [*NEWSCLI, *args], stdout=write_end, stderr=subprocess.PIPE, timeout=120
        )
    finally:
        os.close(write_end)
    assert (done.returncode, done.stderr) == (0, b"")


# --- item 16: records checked once, in the reader ------------------------------------------

BAD_FIELDS = {
    "title is a number": ({"title": 5}, "'title' must be a string or null, got a number"),
    "title is a list": ({"title": ["x"]}, "'title' must be a string or null, got a list"),
    "byline is an object": (
        {"byline": {"a": 1}},
        "'byline' must be a string or null, got an object",
    ),
    "text is a list": ({"text": ["x"]}, "'text' must be a string or null, got a list"),
    "script is a number": ({"script": 5}, "'script' must be a string or null, got a number"),
    "kind is true": ({"kind": True}, "'kind' must be a string or null, got true/false"),
    "authors is a string": (
        {"authors": "李俊华"},
        "'authors' must be a list of strings or null, got a string",
    ),
    "authors holds numbers": (
        {"authors": [1, 2]},
        "'authors' must be a list of strings or null, got a list",
    ),
    "seq is a string": ({"seq": "1"}, "'seq' must be an integer or null, got a string"),
    "continued_to is a float": (
        {"continued_to": 2.5},
        "'continued_to' must be an integer or null, got a number",
    ),
    "lines has one number": (
        {"lines": [1]},
        "'lines' must be a list of two integers or null, got a list",
    ),
    "conversion is a list": (
        {"conversion": []},
        "'conversion' must be an object or null, got a list",
    ),
    "seq beyond 64 bits": (
        {"seq": orjson.Fragment(b"18446744073709551617")},
        "'seq' must be an integer or null",
    ),
    "nested 300 deep": (
        {"extra": orjson.Fragment(b"[" * 300 + b"]" * 300)},
        "values nested more than 200 levels deep",
    ),
}


@pytest.mark.parametrize("case", BAD_FIELDS)
@pytest.mark.parametrize("command", COMMANDS)
def test_wrong_field_type_names_file_line_and_field(command, case, tmp_path):
    change, expected = BAD_FIELDS[case]
    path = tmp_path / "records.jsonl"
    path.write_bytes(line(GOOD) + line(dict(GOOD, id="a-002", **change)))
    one_error_line(run(*COMMANDS[command], path), f"{path}:2: {expected}")


@pytest.mark.parametrize("case", ["title is a number", "nested 300 deep"])
def test_wrong_field_type_is_skipped_with_skip_invalid(case):
    change, _ = BAD_FIELDS[case]
    result = run(
        "split", "--skip-invalid", input=line(GOOD) + line(dict(GOOD, id="a-002", **change))
    )
    assert result.code == 0 and [r["id"] for r in result.records] == ["a-001"]
    assert "skipped 1 invalid record line(s): <stdin>:2" in result.stderr


@pytest.mark.parametrize("encoding", ["undefined", "rot13", "no-such-codec"])
@pytest.mark.parametrize("what", ["text", "records"])
def test_encoding_that_is_no_text_encoding(encoding, what):
    data = SAMPLE.read_bytes() if what == "text" else line(GOOD)
    one_error_line(run("split", "--encoding", encoding, input=data), encoding)


# --- item 6: numbers in extra fields survive byte for byte ---------------------------------

EXACT = (
    b'{"id":"a-001","paragraphs":["\xe5\x8f\x91\xe5\xb1\x95"],"big":18446744073709551617,"tiny":1e-400,'
    b'"price":1.10,"neg":-0,"wide":-9223372036854775809,"sci":1E5,'
    b'"nested":{"x":[123456789012345678901234567890,1.5,2.50]},"plain":12,"pi":3.14}\n'
)
EXACT_VALUES = [
    b'"big":18446744073709551617',
    b'"tiny":1e-400',
    b'"price":1.10',
    b'"neg":-0',
    b'"wide":-9223372036854775809',
    b'"sci":1E5',
    b'"nested":{"x":[123456789012345678901234567890,1.5,2.50]}',
    b'"plain":12',
    b'"pi":3.14',
]


@pytest.mark.parametrize(
    "args",
    [
        ["split"],
        ["grep", "发展"],
        ["export", "-f", "jsonl"],
        ["export", "-f", "json"],
        ["convert-traditional"],
        ["convert-traditional", "-j", "2"],
        ["show", "-f", "json", "a-001"],
    ],
    ids=" ".join,
)
def test_extra_numbers_survive_byte_for_byte(args):
    result = run(*args, input=EXACT)
    assert result.code == 0, result.stderr
    for value in EXACT_VALUES:
        assert value in result.stdout.replace(b": ", b":"), value


def test_pass_through_is_identical():
    assert run("split", input=EXACT).stdout == EXACT


def test_numbers_inside_strings_are_not_touched():
    record = line(dict(GOOD, title="增长3.5%", note=":1.10, [1e5"))
    assert run("split", input=record).stdout == record


# --- item 10: UTF-16/32 byte-order marks ---------------------------------------------------

WIDE = ["utf-16", "utf-16-be", "utf-32", "utf-32-be"]


def _with_bom(text: str, encoding: str) -> bytes:
    """What PowerShell's `>` (UTF-16LE) and other tools write: a byte-order mark, then the text."""
    return ("\ufeff" + text).encode(encoding) if encoding.endswith("be") else text.encode(encoding)


@pytest.mark.parametrize("encoding", WIDE)
def test_records_with_a_wide_bom_are_records(encoding, sample_jsonl):
    data = _with_bom(sample_jsonl.read_text("utf-8"), encoding)
    result = run("split", input=data)
    assert result.code == 0, result.stderr
    assert result.stdout == sample_jsonl.read_bytes()


@pytest.mark.parametrize("encoding", WIDE)
def test_issue_text_with_a_wide_bom_splits_like_utf8(encoding):
    text = SAMPLE.read_text("utf-8")
    assert run("split", input=_with_bom(text, encoding)).stdout == run("split", input=text).stdout


@pytest.mark.parametrize("encoding", WIDE)
def test_plain_text_conversion_with_a_wide_bom(encoding):
    result = run("convert-traditional", "--text", input=_with_bom("发展很好。\n", encoding))
    assert result.code == 0, result.stderr
    assert result.text == "發展很好。\n"


def test_utf16_without_bom_with_explicit_encoding(sample_jsonl):
    data = sample_jsonl.read_text("utf-8").encode("utf-16-le")
    assert run("split", "--encoding", "utf-16-le", input=data).stdout == sample_jsonl.read_bytes()


def test_broken_utf16_is_one_error_line():
    one_error_line(run("split", input=b"\xff\xfe{\x00\x00\xd8\n\x00"), "<stdin>", "UTF-16")


# --- item 18: binary and endless input ------------------------------------------------------


def test_dev_zero_is_refused_from_the_first_block():
    done = shell('ulimit -v 2000000\nnewscli split /dev/zero || echo "exit $?"')
    assert done.stdout.decode() == "exit 2\n"
    assert (
        done.stderr.decode()
        == "newscli: error: /dev/zero: looks like a binary file, not issue text or records\n"
    )


def test_endless_text_stops_at_the_size_limit():
    done = shell('set +o pipefail\nyes 太原 | newscli split --max-issue-size 2M || echo "exit $?"')
    assert done.stdout.decode() == "exit 2\n"
    assert "<stdin>: larger than 2 MB; raise --max-issue-size" in done.stderr.decode()


def test_endless_record_line_stops_at_the_size_limit():
    data = b'{"id":"a","paragraphs":["' + b"x" * 3_000_000
    one_error_line(
        run("split", "--max-issue-size", "2M", input=data), "<stdin>", "--max-issue-size"
    )


def test_max_issue_size_is_generous_by_default_and_can_be_raised(tmp_path):
    assert run("split", SAMPLE).code == 0
    one_error_line(run("split", "--max-issue-size", "1K", SAMPLE), str(SAMPLE), "--max-issue-size")
    assert run("split", "--max-issue-size", "1M", SAMPLE).stdout == run("split", SAMPLE).stdout


@pytest.mark.parametrize("value", ["0", "1x", "99999999999999999999", "²"])
def test_max_issue_size_values_are_checked(value):
    one_error_line(run("split", "--max-issue-size", value, SAMPLE), "--max-issue-size")


# --- item 21: smaller inconsistencies --------------------------------------------------------


@pytest.mark.parametrize("first", ["{编者按}", "[1]", "[编者按] 本报讯"])
def test_issue_text_whose_first_line_looks_like_json_is_text(first):
    text = first + "\n" + SAMPLE.read_text("utf-8")
    result = run("split", input=text)
    assert result.code == 0, result.stderr
    assert result.records and first.split()[0] in result.text


def test_blank_lines_of_any_length_are_skipped():
    data = line(GOOD) + b" " * 12 + b"\n" + b"\t \r\n" + line(dict(GOOD, id="a-002"))
    result = run("split", input=data)
    assert result.code == 0, result.stderr
    assert [r["id"] for r in result.records] == ["a-001", "a-002"]


def test_pretty_printed_json_gets_the_jq_hint():
    pretty = orjson.dumps(GOOD, option=orjson.OPT_INDENT_2) + b"\n"
    one_error_line(run("split", input=pretty), "<stdin>:1: pretty-printed JSON", "jq -c .")


def test_json_array_still_gets_its_hint():
    one_error_line(
        run("split", input=b"[\n" + line(GOOD)), "<stdin>:1: a JSON array", "jq -c '.[]'"
    )


BAD_LINES = [
    b'{"id": 5, "paragraphs": ["x"]}\n',
    b'{"id": "b", "paragraphs": ["x"], "title": 7}\n',
    b'{"id": "c", "paragraphs": "x"}\n',
    b'{"id": "d"}\n',
    b'{"id": "e", "paragraphs": ["x"], "authors": "x"}\n',
    b"{not json}\n",
    b"[1, 2]\n",
    b'{"id": "f", "paragraphs": ["x"], "seq": 1.5}\n',
    b'{"id": "g", "paragraphs": ["x"], "lines": "1-2"}\n',
]


# grep parses only the lines that hold its literal (the others cannot match): these do.
BAD_LINES_WITH_WORD = [
    b'{"id": 5, "paragraphs": ["\xe5\xa4\xaa\xe5\x8e\x9f"]}\n',
    b'{"id": "b", "paragraphs": ["x"], "title": 7, "note": "\xe5\xa4\xaa\xe5\x8e\x9f"}\n',
    b'{"id": "c", "paragraphs": "\xe5\xa4\xaa\xe5\x8e\x9f"}\n',
    b'{"id": "d", "title": "\xe5\xa4\xaa\xe5\x8e\x9f"}\n',
    b'{"id": "e", "paragraphs": ["x"], "authors": "\xe5\xa4\xaa\xe5\x8e\x9f"}\n',
    b"{not json \xe5\xa4\xaa\xe5\x8e\x9f}\n",
    b'["\xe5\xa4\xaa\xe5\x8e\x9f", 2]\n',
    b'{"id": "f", "paragraphs": ["\xe5\xa4\xaa\xe5\x8e\x9f"], "seq": 1.5}\n',
    b'{"id": "g", "paragraphs": ["\xe5\xa4\xaa\xe5\x8e\x9f"], "lines": "1-2"}\n',
]


@pytest.mark.parametrize(
    "args",
    [
        ["grep", "太原"],
        ["grep", "-e", "太原", "-e", "北京"],
        ["grep", "-F", "太原"],
        ["grep", "太.*"],
        ["grep", "-v", "北京"],
    ],
    ids=" ".join,
)
def test_grep_reports_the_same_bad_line_whatever_the_patterns(args):
    data = line(GOOD) + BAD_LINES_WITH_WORD[0]
    one_error_line(run(*args, input=data), "<stdin>:2: record has no string 'id'")


@pytest.mark.parametrize(
    "args",
    [["grep", "太原"], ["grep", "-e", "太原", "-e", "北京"], ["split"], ["export", "-f", "jsonl"]],
    ids=" ".join,
)
def test_skip_invalid_counts_every_bad_line(args):
    assert all("太原".encode() in bad for bad in BAD_LINES_WITH_WORD)
    data = line(GOOD) + b"".join(BAD_LINES_WITH_WORD) + line(dict(GOOD, id="a-002"))
    result = run(*args, "--skip-invalid", input=data)
    assert result.code == 0, result.stderr
    assert [r["id"] for r in result.records] == ["a-001", "a-002"]
    assert f"skipped {len(BAD_LINES)} invalid record line(s)" in result.stderr


def test_grep_leaves_unread_the_lines_that_cannot_match():
    """The literal is looked for in the raw bytes; a line without it is not parsed (as rg
    would not): a bad line there is not grep's to report, though list reports it."""
    data = line(GOOD) + BAD_LINES[2] + line(dict(GOOD, id="a-002"))
    assert run("grep", "-l", "太原", input=data).text.split() == ["a-001", "a-002"]
    one_error_line(run("list", input=data), "<stdin>:2:")
    one_error_line(run("grep", "-v", "太原", input=data), "<stdin>:2:")  # -v must read every line


def test_nul_after_the_first_block_is_binary_too():
    data = SAMPLE.read_bytes()
    data = data + b"\n" + b"x" * 9000 + b"\x00\n"
    one_error_line(run("split", input=data), "binary")


def test_empty_issue_name_is_refused():
    one_error_line(run("split", "--issue", "", SAMPLE), "--issue")


# --- fuzz: hostile values in record streams --------------------------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

JSON_LEAVES = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8)
    | st.sampled_from(["1e-400", "1.10", "-0", "1E5", "18446744073709551617"]).map(lambda t: Raw(t))
)


class Raw(str):
    """A number written exactly as given (json.dumps would normalise it)."""


def _json(value) -> str:
    if isinstance(value, Raw):
        return str(value)
    if isinstance(value, list):
        return "[" + ",".join(_json(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ",".join(f"{_json(str(k))}:{_json(v)}" for k, v in value.items()) + "}"
    import json

    return json.dumps(value, ensure_ascii=False)


JSON_VALUES = st.recursive(
    JSON_LEAVES,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3)
    ),
    max_leaves=8,
)
KNOWN = [
    "issue",
    "kind",
    "title",
    "byline",
    "authors",
    "seq",
    "lines",
    "text",
    "script",
    "conversion",
    "continued_to",
]
RECORDS = st.fixed_dictionaries(
    {
        "id": st.text(max_size=6) | JSON_VALUES,
        "paragraphs": st.lists(st.text(max_size=12), max_size=3) | JSON_VALUES,
    },
    optional={name: JSON_VALUES for name in KNOWN} | {"extra": JSON_VALUES, "说明": JSON_VALUES},
)
PASS_THROUGH = [["split"], ["grep", "-v", "火星文字"], ["export", "-f", "jsonl"]]
OTHERS = [["convert-traditional"], ["list", "-f", "tsv"], ["show", "-f", "json", "1"]]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(record=RECORDS)
def test_fuzz_hostile_record_is_kept_exactly_or_refused_in_one_line(record):
    data = (_json(record) + "\n").encode("utf-8", "surrogatepass")
    for args in PASS_THROUGH:
        result = run(*args, input=data)
        assert result.code in (0, 2), (args, result.stderr)
        if result.code == 0:
            assert (result.stdout, result.stderr) == (data, ""), args
        else:
            one_error_line(result, "<stdin>:1: ")
    for args in OTHERS:
        result = run(*args, input=data)
        assert result.code in (0, 1, 2), (args, result.stderr)
        assert "internal error" not in result.stderr and "Traceback" not in result.stderr, (
            args,
            result.stderr,
        )
