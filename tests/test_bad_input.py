"""Bad input on every command that reads: one clear line, exit 2, no traceback, nothing lost."""

from __future__ import annotations

import orjson
import pytest

from conftest import EVERY_COMMAND, FIXTURES, SAMPLE, run

COMMANDS = EVERY_COMMAND
NO_MATCH_ON_EMPTY = {"show", "grep"}


@pytest.fixture(scope="module")
def good_lines() -> list[bytes]:
    return run("split", SAMPLE).stdout.splitlines(keepends=True)


def one_error_line(result, *needles: str) -> None:
    assert result.code == 2, result.stderr
    assert result.stderr.startswith("newscli: error: ") and result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr
    for needle in needles:
        assert needle in result.stderr


def bad_streams(good: list[bytes]) -> dict[str, tuple[bytes, str]]:
    """name -> (stream content, text expected in the error)."""
    record = orjson.loads(good[0])
    return {
        "truncated last line": (good[0] + good[1][: len(good[1]) // 2], ":2: truncated"),
        "json not an object": (good[0] + b"[1, 2]\n", ":2: expected a JSON object"),
        "missing id": (
            good[0] + orjson.dumps({k: v for k, v in record.items() if k != "id"}) + b"\n",
            ":2: record has no string 'id'",
        ),
        "missing paragraphs": (
            good[0] + orjson.dumps({k: v for k, v in record.items() if k != "paragraphs"}) + b"\n",
            ":2: record has no 'paragraphs'",
        ),
        "invalid json": (good[0] + b"{not json}\n", ":2: invalid JSON"),
    }


@pytest.mark.parametrize("command", COMMANDS)
def test_missing_file(command):
    one_error_line(run(*COMMANDS[command], "no/such.txt"), "no/such.txt")


@pytest.mark.parametrize("command", COMMANDS)
def test_directory_without_issues(command, tmp_path):
    (tmp_path / "readme.md").write_text("nothing here")
    one_error_line(run(*COMMANDS[command], tmp_path), str(tmp_path))


@pytest.mark.parametrize("command", COMMANDS)
def test_binary_file(command, tmp_path):
    path = tmp_path / "scan.txt"
    path.write_bytes(bytes(range(256)) * 40)
    one_error_line(run(*COMMANDS[command], path), str(path), "binary")


@pytest.mark.parametrize("command", COMMANDS)
def test_invalid_utf8(command, tmp_path):
    path = tmp_path / "mangled.txt"
    path.write_bytes(bytes([0xFF, 0x80, 0x81, 0xFE, 0xC3, 0x28]) * 50)
    one_error_line(run(*COMMANDS[command], path), str(path), "--encoding")


@pytest.mark.parametrize("command", COMMANDS)
def test_empty_input(command):
    result = run(*COMMANDS[command], "-", input=b"")
    assert result.code == (1 if command in NO_MATCH_ON_EMPTY else 0), result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("command", COMMANDS)
def test_gb18030_auto(command):
    args = COMMANDS[command]
    if command == "grep":
        args = ["grep", "小麦"]
    result = run(*args, FIXTURES / "gb18030_wire.txt")
    assert result.code == 0, result.stderr
    assert result.stderr == ""


@pytest.mark.parametrize(
    "case",
    [
        "truncated last line",
        "json not an object",
        "missing id",
        "missing paragraphs",
        "invalid json",
    ],
)
@pytest.mark.parametrize("command", COMMANDS)
def test_bad_record_lines(command, case, good_lines, tmp_path):
    content, expected = bad_streams(good_lines)[case]
    path = tmp_path / "records.jsonl"
    path.write_bytes(content)
    # grep parses only lines that hold its pattern's literal; `.` has none, so every line is read
    args = ["grep", "."] if command == "grep" else COMMANDS[command]
    one_error_line(run(*args, path), f"{path}{expected}")


SKIP_RUNS = {
    "split": ["split"],
    "list": ["list", "-f", "jsonl"],
    "grep": ["grep", "-v", "火星文字"],
    "export": ["export", "-f", "jsonl"],
    "convert-traditional": ["convert-traditional"],
}


@pytest.mark.parametrize("command", SKIP_RUNS)
def test_skip_invalid_keeps_every_good_record(command, good_lines, tmp_path):
    path = tmp_path / "records.jsonl"
    path.write_bytes(good_lines[0] + b"{oops\n" + b"".join(good_lines[1:]) + b"[]\n")
    result = run(*SKIP_RUNS[command], path, "--skip-invalid")
    assert result.code == 0, result.stderr
    ids = [orjson.loads(line)["id"] for line in result.stdout.splitlines()]
    assert ids == [orjson.loads(line)["id"] for line in good_lines]
    assert "skipped 2 invalid record line(s)" in result.stderr and f"{path}:2" in result.stderr


def test_stop_at_first_bad_line_without_skip(good_lines, tmp_path):
    path = tmp_path / "records.jsonl"
    path.write_bytes(good_lines[0] + b"{oops\n" + good_lines[1])
    result = run("export", "-f", "jsonl", path)
    assert result.code == 2 and len(result.records) == 1


@pytest.mark.parametrize("command", COMMANDS)
def test_ten_megabyte_single_line(command, tmp_path):
    path = tmp_path / "one_line.txt"
    path.write_bytes(("太原" + "newsprint 2025 " * 9 + "。").encode("utf-8") * 70000)
    assert path.stat().st_size > 10_000_000 and path.read_bytes().count(b"\n") == 0
    # stats reads and splits the line but is told to count only ads, so the test does not
    # time jieba; show prints JSON so it does not time terminal wrapping.
    extra = {"stats": ["--kind", "ad"], "show": ["-f", "json"]}.get(command, [])
    result = run(*COMMANDS[command], path, *extra)
    assert result.code == 0, result.stderr
    assert "Traceback" not in result.stderr
    if command == "split":
        assert result.records[0]["chars"] == len("".join(path.read_text("utf-8").split()))
