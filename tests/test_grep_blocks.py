"""grep near the disk (issue 13 item 2) and --jobs on large record files (item 3): the literal is
found in raw blocks, only the lines holding it are parsed, and a file cut into many small pieces
for worker processes gives exactly the output of one process."""

from __future__ import annotations

import io
import json

import orjson
import pytest

import newscli.blocks
import newscli.chunked
from newscli.blocks import ByteRange, LineFilter, range_lines, slab_lines, slabs
from newscli.errors import NewscliError
from newscli.search import required_literals

from conftest import FIXTURES, run


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> bytes:
    """Records of every fixture issue (the sample among them), a few times over with distinct ids."""
    base = run("split", FIXTURES)
    assert base.code == 0, base.stderr
    records = base.records
    lines = [
        orjson.dumps(dict(r, id=f"{r['id']}-{copy}", issue=f"{r['issue']}-{copy}")) + b"\n"
        for copy in range(8)
        for r in records
    ]
    return b"".join(lines)


@pytest.fixture
def small_pieces(monkeypatch):
    """Blocks of 512 bytes, and any file cut into many ranges for the workers."""
    monkeypatch.setattr(newscli.blocks, "BLOCK_SIZE", 512)
    monkeypatch.setattr(newscli.chunked, "PARALLEL_MIN_SIZE", 1)
    monkeypatch.setattr(newscli.chunked, "RANGES_PER_JOB", 25)


def bad_paragraphs_at(corpus: bytes, index: int, word: str = "太原") -> tuple[bytes, int]:
    """The corpus with the record on line `index + 1` made invalid (paragraphs not a list, the
    word in it), and that line's number."""
    lines = corpus.splitlines(keepends=True)
    record = orjson.loads(lines[index])
    record["paragraphs"] = f"{word} is no list"
    lines[index] = orjson.dumps(record) + b"\n"
    return b"".join(lines), index + 1


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize(
    "command",
    [["grep", "太原"], ["grep", "-c", "太原"], ["grep", "-v", "太原"], ["list", "-f", "tsv"]],
    ids=" ".join,
)
def test_bad_record_holding_the_word_is_named_by_file_and_line(
    command, jobs, corpus, tmp_path, small_pieces
):
    """Issue 12: `grep 太原` on a record whose paragraphs is no list exited 1 silently; now a
    line that passes the prefilter is checked as every command checks it, FILE:LINE named."""
    data, number = bad_paragraphs_at(corpus, 120)
    path = tmp_path / "records.jsonl"
    path.write_bytes(data)
    args = [*command, "-j", jobs] if command[0] == "grep" else command
    result = run(*args, path)
    assert result.code == 2, result.stderr
    assert (
        result.stderr
        == f"newscli: error: {path}:{number}: record has no 'paragraphs' list of strings\n"
    )
    piped = run(*command, input=data)  # a pipe: lines counted as the blocks pass
    assert (
        piped.stderr
        == f"newscli: error: <stdin>:{number}: record has no 'paragraphs' list of strings\n"
    )


def test_output_before_the_bad_record_is_the_same_with_workers(corpus, tmp_path, small_pieces):
    data, _ = bad_paragraphs_at(corpus, 120)
    path = tmp_path / "records.jsonl"
    path.write_bytes(data)
    one, many = run("grep", "-j", "1", "太原", path), run("grep", "-j", "2", "太原", path)
    assert one.code == many.code == 2
    assert one.stdout == many.stdout and one.stdout.count(b"\n") > 2


GREP_RUNS = [
    ["太原"],
    ["-c", "的"],
    ["-l", "-e", "记者", "-e", "公告"],
    ["-v", "-l", "太原"],
    ["-w", "-c", "太原"],
    ["-i", "-l", "YB/T"],
    ["--kwic", "-f", "jsonl", "-C", "4", "钢"],
    ["-m", "7", "的"],
    ["-c", "--kind", "notice", "电话"],
    ["-l", "本报.*记者"],
    ["-c", "-F", "1.2"],
    [
        "-c",
        *[
            arg
            for word in ["太原", "记者", "发展", "北京", "公告"] + [f"词{n}" for n in range(70)]
            for arg in ("-e", word)
        ],
    ],
]


@pytest.mark.parametrize("args", GREP_RUNS, ids=lambda a: " ".join(a[:4]))
def test_grep_jobs_give_the_same_bytes_in_many_small_pieces(args, corpus, tmp_path, small_pieces):
    path = tmp_path / "records.jsonl"
    path.write_bytes(corpus)
    expected = run("grep", "-j", "1", *args, path)
    assert expected.code in (0, 1), expected.stderr
    for jobs in ("2", "3"):
        got = run("grep", "-j", jobs, *args, path)
        assert (got.code, got.stdout, got.stderr) == (
            expected.code,
            expected.stdout,
            expected.stderr,
        )
    unfiltered = run("grep", "-j", "1", *args, input=corpus)  # standard input: no workers
    assert unfiltered.stdout == expected.stdout


def test_skipped_lines_are_named_in_order_with_workers(corpus, tmp_path, small_pieces):
    lines = corpus.splitlines(keepends=True)
    for index in (3, 90, 91, 150):
        lines[index] = '{"id": 5, "paragraphs": ["太原"]}\n'.encode()
    path = tmp_path / "records.jsonl"
    path.write_bytes(b"".join(lines))
    one = run("grep", "-j", "1", "--skip-invalid", "太原", path)
    many = run("grep", "-j", "3", "--skip-invalid", "太原", path)
    assert one.code == 0 and (many.stdout, many.stderr) == (one.stdout, one.stderr)
    assert f"{path}:4, {path}:91, {path}:92, {path}:151" in one.stderr


def test_escaped_records_are_still_found(corpus, tmp_path, small_pieces):
    """Python's json.dumps writes 太原 as \\u592a\\u539f: such a line is always parsed."""
    escaped = b"".join(
        json.dumps(orjson.loads(line)).encode() + b"\n" for line in corpus.splitlines()
    )
    assert "太原".encode() not in escaped
    path = tmp_path / "escaped.jsonl"
    path.write_bytes(escaped)
    plain = tmp_path / "plain.jsonl"
    plain.write_bytes(corpus)
    for jobs in ("1", "2"):
        assert (
            run("grep", "-j", jobs, "-l", "太原", path).stdout
            == run("grep", "-l", "太原", plain).stdout
        )


@pytest.mark.parametrize(
    "args",
    [
        ["-f", "jsonl"],
        ["-f", "json"],
        ["-f", "csv", "--fields", "id,title,authors"],
        ["-f", "tsv", "--fields", "id,text"],
    ],
    ids=" ".join,
)
def test_export_jobs_give_the_same_bytes_in_many_small_pieces(args, corpus, tmp_path, small_pieces):
    path = tmp_path / "records.jsonl"
    path.write_bytes(corpus)
    expected = run("export", "-j", "1", *args, path)
    assert expected.code == 0, expected.stderr
    assert run("export", "-j", "3", *args, path).stdout == expected.stdout


# --- the core: required literals, blocks and ranges ------------------------------------------


@pytest.mark.parametrize(
    "pattern, needles",
    [
        ("太原", ["太原"]),
        ("太原.*市", ["太原"]),
        ("太原|北京", ["太原", "北京"]),
        ("太原?", ["太"]),
        ("太原+市", ["太原"]),
        ("[太原]市场", ["市场"]),
        (r"a\d+bc", ["bc"]),
        (r"ab\.c", ["ab.c"]),
        (r"\p{Han}+中国", ["中国"]),
        ("北(京|海)市场", ["市场"]),
        ("x{2}yz", ["yz"]),
        ("a|b?", None),
        ("(太原)", None),
        ("(?i)abc", None),
        (r"\u592a原", None),  # an escape with arguments: not read
        (".*", None),
    ],
)
def test_required_literals(pattern, needles):
    assert required_literals(pattern) == needles


def test_slabs_keep_lines_whole_and_refuse_long_ones(monkeypatch):
    monkeypatch.setattr(newscli.blocks, "BLOCK_SIZE", 7)
    data = b"ab\ncdefghijk\n\nlmn\nopq"
    got = [
        line for slab in slabs(io.BytesIO(data), 0, 100, "x") for _, line in slab_lines(slab, None)
    ]
    assert got == data.splitlines(keepends=True)
    with pytest.raises(NewscliError, match="x: a line longer than 5 bytes"):
        list(slabs(io.BytesIO(data), 0, 5, "x"))


def test_ranges_cover_every_line_once(tmp_path):
    data = b"".join(f"line {n} {'x' * (n % 13)}\n".encode() for n in range(300)) + b"last"
    path = tmp_path / "lines"
    path.write_bytes(data)
    for cuts in range(1, 40, 7):
        step = len(data) // cuts
        bounds = [n * step for n in range(cuts)] + [len(data)]
        lines = [
            line
            for a, b in zip(bounds, bounds[1:])
            for _, line in range_lines(ByteRange(str(path), a, b), 1000)
        ]
        assert lines == data.splitlines(keepends=True)
        kept = [
            line
            for a, b in zip(bounds, bounds[1:])
            for _, line in range_lines(ByteRange(str(path), a, b), 1000, LineFilter((b"7",)))
        ]
        assert kept == [line for line in data.splitlines(keepends=True) if b"7" in line]
