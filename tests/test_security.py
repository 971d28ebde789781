"""Issue 11, security: output targets that are not files, HTML attributes, spreadsheet
formulas in header cells, jieba's cache, and terminal escapes in human-facing output."""

from __future__ import annotations

import csv
import html.parser
import io
import marshal
import os
import stat
import subprocess
import sys

import orjson
import pytest

from conftest import GOLD, run

ROOT_ONLY = pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root (mknod, chown)"
)


def small_record(**fields) -> dict:
    record = {
        "id": "s-001",
        "kind": "article",
        "title": "太原",
        "paragraphs": ["太原市发展。"],
        "text": "太原市发展。",
    }
    record.update(fields)
    return record


def stream_of(*records: dict) -> bytes:
    return b"".join(orjson.dumps(r) + b"\n" for r in records)


# 1. export -o into a device node or FIFO


def test_export_writes_into_a_fifo_and_leaves_it_a_fifo(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = os.open(
        fifo, os.O_RDONLY | os.O_NONBLOCK
    )  # a reader, so opening to write does not block
    try:
        result = run(
            "export", "-f", "jsonl", "-o", fifo, "--force", input=stream_of(small_record())
        )
        assert result.code == 0, result.stderr
        assert stat.S_ISFIFO(os.stat(fifo).st_mode)
        assert orjson.loads(os.read(reader, 65536))["id"] == "s-001"
    finally:
        os.close(reader)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]  # no temporary file left


@ROOT_ONLY
def test_export_writes_into_a_character_device_without_replacing_it(tmp_path):
    null = tmp_path / "null"
    os.mknod(null, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # a second /dev/null
    for extra in ([], ["--force"]):  # nothing to overwrite: no --force needed
        result = run("export", "-f", "csv", "-o", null, *extra, input=stream_of(small_record()))
        assert result.code == 0, result.stderr
        assert stat.S_ISCHR(os.lstat(null).st_mode)


@ROOT_ONLY
def test_export_refuses_a_block_device(tmp_path):
    disk = tmp_path / "disk"
    os.mknod(disk, 0o600 | stat.S_IFBLK, os.makedev(240, 0))  # a major number with no driver
    result = run("export", "-o", disk, "--force", input=stream_of(small_record()))
    assert result.code == 2 and "block device" in result.stderr
    assert stat.S_ISBLK(os.lstat(disk).st_mode)


def test_export_force_replaces_a_symlink_never_its_target(tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text("keep me")
    link = tmp_path / "out" / "link.jsonl"
    link.parent.mkdir()
    link.symlink_to(outside)
    assert run("export", "-o", link, "--force", input=stream_of(small_record())).code == 0
    assert outside.read_text() == "keep me"
    assert not link.is_symlink() and orjson.loads(link.read_bytes())["id"] == "s-001"


def test_export_to_a_directory_is_one_error_line(tmp_path):
    result = run("export", "-o", tmp_path, "--force", input=stream_of(small_record()))
    assert result.code == 2 and result.stderr.count("\n") == 1 and "directory" in result.stderr


# 2. HTML attributes


class _Attributes(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


HOSTILE_SCRIPT = '"><script>alert(1)</script>'


def test_html_escapes_script_and_validates_lang():
    page = run("export", "-f", "html", input=stream_of(small_record(script=HOSTILE_SCRIPT))).text
    assert "<script>" not in page
    parsed = _Attributes()
    parsed.feed(page)
    assert [tag for tag, _ in parsed.tags].count("script") == 0
    langs = [attrs["lang"] for tag, attrs in parsed.tags if "lang" in attrs]
    assert langs and all(lang == "zh" for lang in langs)  # not a BCP 47 tag: plain Chinese


def test_html_keeps_a_valid_lang_and_escapes_the_id():
    record = small_record(script="zh-Hant-TW", id='x" onmouseover="alert(1)')
    parsed = _Attributes()
    parsed.feed(run("export", "-f", "html", input=stream_of(record)).text)
    article = next(attrs for tag, attrs in parsed.tags if tag == "article")
    assert article == {"id": 'x" onmouseover="alert(1)', "lang": "zh-Hant-TW"}


# 3. spreadsheet formulas in header cells, and the number check


def _excel_rows(*args: str, input: bytes) -> list[list[str]]:
    data = run("export", *args, "--excel", input=input).stdout.decode("utf-8-sig")
    if "-f" in args and args[args.index("-f") + 1] == "tsv":
        return [line.split("\t") for line in data.split("\r\n") if line]
    return list(csv.reader(io.StringIO(data, newline="")))


@pytest.mark.parametrize("format", ["csv", "tsv"])
def test_excel_guards_header_cells_from_extra_keys(format):
    record = small_record(**{'=HYPERLINK("http://evil")': 1, "@key": 2, "+cmd": 3, "plain": 4})
    header = _excel_rows("-f", format, input=stream_of(record))[0]
    assert '\'=HYPERLINK("http://evil")' in header and "'@key" in header and "'+cmd" in header
    assert "plain" in header and not any(cell.startswith(("=", "@", "+")) for cell in header)


def test_excel_guards_header_cells_from_fields():
    header = _excel_rows(
        "-f", "csv", "--fields", "id,=1+1", input=stream_of(small_record(**{"=1+1": "x"}))
    )[0]
    assert header == ["id", "'=1+1"]


def test_excel_guard_is_not_fooled_by_a_trailing_newline():
    rows = _excel_rows(
        "-f", "csv", "--fields", "id,byline", input=stream_of(small_record(byline="+5\n"))
    )
    assert rows[1] == ["s-001", "'+5\n"]
    rows = _excel_rows(
        "-f", "csv", "--fields", "byline", input=stream_of(small_record(byline="-5"))
    )
    assert rows[1] == ["-5"]  # a real number stays a number


# 4. jieba's cache: never a shared directory, never a word on standard error. Each case builds
# jieba's dictionary afresh in a process of its own (a second or two): marked slow (CI runs them).


@pytest.fixture(scope="module")
def records_file(tmp_path_factory):
    """The sample issue's expected records as a record stream (no splitting involved)."""
    gold = orjson.loads(GOLD.read_bytes())["records"]
    records = [dict(r, id=f"g-{r['seq']:03d}") for r in gold]
    path = tmp_path_factory.mktemp("gold") / "gold.jsonl"
    path.write_bytes(stream_of(*records))
    return path


def _stats(env_overrides: dict, tmp_path, records_file) -> subprocess.CompletedProcess:
    env = dict(os.environ, NEWSCLI_SEGMENTER="jieba", **env_overrides)  # the engine with a cache
    env.pop("NEWSCLI_DEBUG", None)
    # The cache is the tokenizer's: the top words show which one was loaded. --no-names spares
    # loading the part-of-speech tables (0.6 s a run), which come from the same tokenizer.
    command = ["stats", "-f", "json", "--top", "5", "--no-names", str(records_file)]
    return subprocess.run(
        [sys.executable, "-m", "newscli", *command],
        env=env,
        capture_output=True,
        timeout=300,
        cwd=tmp_path,
    )


def _plant_cache(path) -> None:
    """A cache any local user could leave behind: every word unknown, so text segments
    into single characters."""
    path.write_bytes(marshal.dumps(({"太": 1}, 1)))


@pytest.fixture(scope="module")
def honest_stats(tmp_path_factory, records_file):
    home = tmp_path_factory.mktemp("honest")
    result = _stats(
        {"XDG_CACHE_HOME": str(home / "cache"), "TMPDIR": str(home)}, home, records_file
    )
    assert result.returncode == 0, result.stderr
    return orjson.loads(result.stdout)


@pytest.mark.slow
def test_jieba_never_loads_a_cache_planted_in_the_shared_temp_dir(
    tmp_path, honest_stats, records_file
):
    shared = tmp_path / "tmp"
    shared.mkdir()
    _plant_cache(shared / "jieba.cache")
    unwritable = tmp_path / "not-a-dir"
    unwritable.write_text("")  # the cache folder cannot be created under a file
    result = _stats(
        {"XDG_CACHE_HOME": str(unwritable), "TMPDIR": str(shared)}, tmp_path, records_file
    )
    assert result.returncode == 0 and result.stderr == b""
    assert orjson.loads(result.stdout)["top_words"] == honest_stats["top_words"]
    assert sorted(p.name for p in shared.iterdir()) == ["jieba.cache"]  # nothing left behind


@pytest.mark.slow
@ROOT_ONLY
def test_jieba_ignores_a_cache_folder_owned_by_someone_else(tmp_path, honest_stats, records_file):
    folder = tmp_path / "cache" / "newscli" / "jieba"
    folder.mkdir(parents=True)
    _plant_cache(folder / "jieba.cache")
    for path in (folder, folder.parent, folder / "jieba.cache"):
        os.chown(path, 65534, 65534)
    result = _stats(
        {"XDG_CACHE_HOME": str(tmp_path / "cache"), "TMPDIR": str(tmp_path)}, tmp_path, records_file
    )
    assert result.returncode == 0 and result.stderr == b""
    assert orjson.loads(result.stdout)["top_words"] == honest_stats["top_words"]


@pytest.mark.slow
def test_jieba_failing_to_write_its_cache_says_nothing(tmp_path, honest_stats, records_file):
    folder = tmp_path / "cache" / "newscli" / "jieba"
    (folder / "jieba.cache").mkdir(
        parents=True
    )  # the cache cannot be written: jieba logs a traceback
    result = _stats(
        {"XDG_CACHE_HOME": str(tmp_path / "cache"), "TMPDIR": str(tmp_path)}, tmp_path, records_file
    )
    assert result.returncode == 0 and result.stderr == b""
    assert orjson.loads(result.stdout)["top_words"] == honest_stats["top_words"]


@pytest.mark.slow
def test_jieba_cache_folder_is_private(tmp_path, honest_stats, records_file):
    result = _stats(
        {"XDG_CACHE_HOME": str(tmp_path / "cache"), "TMPDIR": str(tmp_path)}, tmp_path, records_file
    )
    assert result.returncode == 0
    for folder in (tmp_path / "cache" / "newscli", tmp_path / "cache" / "newscli" / "jieba"):
        assert stat.S_IMODE(os.lstat(folder).st_mode) == 0o700


# 5. terminal escapes


OSC52 = "\x1b]52;c;ZXZpbA==\x07"
CLEAR = "\x1b[2J"
CSI8 = "\x9b2J"  # the 8-bit CSI


def hostile_record() -> dict:
    return small_record(
        id=f"s-001{CLEAR}",
        title=f"太原{OSC52}新闻",
        byline=f"记者{CSI8}",
        authors=[f"记者{CLEAR}"],
        paragraphs=[f"太原市{CLEAR}发展。"],
        text=f"太原市{CLEAR}发展。",
    )


HUMAN_VIEWS = [
    ("show", "s-001\x1b[2J"),
    ("show", "-f", "markdown", "s-001\x1b[2J"),
    ("list", "-f", "table"),
    ("list", "-f", "tsv"),
    ("grep", "--kwic", "太原"),
    ("grep", "-l", "太原"),
    ("export", "-f", "md"),
    ("stats", "-f", "text", "--by", "record"),
    ("stats", "-f", "tsv", "--by", "record"),
]


@pytest.mark.parametrize("args", HUMAN_VIEWS, ids=" ".join)
def test_human_views_neutralise_terminal_escapes(args):
    result = run(*args, input=stream_of(hostile_record()))
    assert result.code == 0, result.stderr
    text = result.text
    assert not any(c in text for c in "\x1b\x07\x9b"), text
    assert "\\x1b" in text


def test_grep_kwic_colour_still_works():
    result = run("grep", "--kwic", "--color", "always", "太原", input=stream_of(hostile_record()))
    assert "\x1b[1;31m太原\x1b[0m" in result.text and CLEAR not in result.text


@pytest.mark.parametrize(
    "args", [("export", "-f", "jsonl"), ("grep", "太原"), ("show", "-f", "json", "s-001\x1b[2J")]
)
def test_machine_formats_keep_data_unchanged(args):
    record = hostile_record()
    assert run(*args, input=stream_of(record)).records == [record]


def test_csv_keeps_control_characters_as_data():
    rows = list(
        csv.DictReader(
            io.StringIO(
                run("export", "-f", "csv", input=stream_of(hostile_record())).text, newline=""
            )
        )
    )
    assert rows[0]["title"] == f"太原{OSC52}新闻"


def test_export_to_dev_stdout_writes_into_the_redirected_file(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_bytes(stream_of(small_record()))
    out = tmp_path / "out.jsonl"
    with open(source, "rb") as stdin, open(out, "wb") as stdout:
        result = subprocess.run(
            [sys.executable, "-m", "newscli", "export", "-o", "/dev/stdout"],
            stdin=stdin,
            stdout=stdout,
            stderr=subprocess.PIPE,
            timeout=120,
        )
    assert result.returncode == 0, result.stderr
    assert orjson.loads(out.read_bytes())["id"] == "s-001"
    assert os.path.islink("/dev/stdout")
