"""One way to run the CLI in tests: `run(*args, input=...)` -> exit code, stdout, stderr."""

from __future__ import annotations

import functools
import io
import os
import re
import subprocess
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import orjson
import pytest
import typer

from newscli.cli.app import main

# Typer builds the Click command from the app's functions on every `main()` call (25 ms: once a
# process for a user, but once for each of the suite's in-process runs). The command holds no
# state of a run (Click makes a new context each time), so the tests build it once.
typer.main.get_command = functools.cache(typer.main.get_command)

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SAMPLE = ROOT / "seeds" / "000_4b4ff49425def47a.txt"
GOLD = FIXTURES / "000_4b4ff49425def47a.json"


@dataclass
class Result:
    code: int
    stdout: bytes
    stderr: str

    @property
    def text(self) -> str:
        return self.stdout.decode("utf-8")

    @property
    def records(self) -> list[dict]:
        return [orjson.loads(line) for line in self.stdout.splitlines() if line.strip()]


class _Stdin(io.TextIOWrapper):
    def isatty(self) -> bool:  # tests feed pipes, never a terminal
        return False


def run(*args: str | os.PathLike, input: bytes | str | None = None) -> Result:
    """Run `newscli ARGS` in-process with the given standard input."""
    data = input.encode("utf-8") if isinstance(input, str) else (input or b"")
    out = io.BytesIO()
    stdout = io.TextIOWrapper(out, encoding="utf-8", write_through=True)
    stderr = io.StringIO()
    saved = sys.stdin, sys.stdout, sys.stderr
    sys.stdin, sys.stdout, sys.stderr = _Stdin(io.BytesIO(data), encoding="utf-8"), stdout, stderr
    try:
        code = main([str(a) for a in args])
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved
    stdout.flush()
    return Result(code, out.getvalue(), stderr.getvalue())


def columns(text: str) -> int:
    """Terminal columns `text` takes, by Unicode's East Asian Width (UAX #11) rather than by
    the code under test (`display.width`, wcwidth): wide and full-width characters take two,
    combining marks and format characters none, anything else one."""
    total = 0
    for char in text:
        if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
            continue
        total += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return total


def shell(script: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    """Run a bash script with the installed `newscli` first on PATH (real processes, real pipes)."""
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")
    return subprocess.run(
        ["bash", "-c", "set -euo pipefail\n" + script],
        cwd=cwd,
        env=env,
        capture_output=True,
        timeout=300,
    )


def bash_complete(*words: str) -> list[str]:
    """What bash's completion offers for the words typed (completions/newscli.bash)."""
    script = f"""
source completions/newscli.bash
COMP_WORDS=({" ".join(repr(w) for w in words)}); COMP_CWORD={len(words) - 1}
_newscli_completion newscli
printf '%s\\n' "${{COMPREPLY[@]}}"
"""
    done = shell(script)
    assert done.returncode == 0, done.stderr
    return done.stdout.decode().split()


# Every command with the arguments that make it read its input (the bad-input matrices).
EVERY_COMMAND = {
    "split": ["split"],
    "list": ["list", "-f", "tsv"],
    "show": ["show", "1"],
    "grep": ["grep", "太原"],
    "stats": ["stats", "-f", "json"],
    "export": ["export", "-f", "csv"],
    "convert-traditional": ["convert-traditional"],
}


PAGE = (  # （上接第1版）, 【下转第2版】, （下转第2版左下）
    r"[（(【〔]\s*(?:{})第?\s*(?:[A-Za-zＡ-Ｚ]\s*)?[0-9０-９〇零一二三四五六七八九十百]+\s*版"
    r"(?:[左右中上下]{{1,2}}|头条|[①-⑳])?\s*[）)】〕]"
)
# Markers become fields where they open (上接) or close (下转) a line; elsewhere they are text.
MARKER_RE = re.compile(
    r"^\s*"
    + PAGE.format("上接|紧接|接")
    + "|"
    + PAGE.format("下转|转")
    + r"\s*$"
    # alone on its line, a marker may go without brackets (上接第1版)
    + r"|^\s*(?:上接|紧接|下转)第?\s*(?:[A-Za-zＡ-Ｚ]\s*)?[0-9０-９〇零一二三四五六七八九十百]+\s*版\s*$"
)


from newscli.split.shapes import BULLETS as BYLINE_BULLETS  # noqa: E402 (the bullets a byline may carry)

PDF_BULLET_RE = re.compile(r"^[NnlU](?=[\u4e00-\u9fff])")  # ■/● a PDF read as a letter


def assert_nothing_lost(text: str, records: list[dict]) -> None:
    """Every source line's characters land in the fields of the one record covering it,
    but for continuation markers and a byline's brackets (SCHEMA.md, "Nothing is lost")."""
    for number, line in enumerate(re.split(r"\r\n|\r|\n", text), 1):
        # A byte-order mark or zero-width space is as invisible as white space.
        visible = line.replace("\ufeff", " ").replace("\u200b", " ")  # (before the markers:
        content = "".join(MARKER_RE.sub("", visible).split())  # （下转第3版）\ufeff is one)
        if not content:
            continue
        covering = [r for r in records if r["lines"][0] <= number <= r["lines"][1]]
        assert len(covering) == 1, f"line {number} is in {len(covering)} records"
        record = covering[0]
        heads = "".join(
            "".join(str(record[k] or "").split()) for k in ("title", "subtitle", "byline")
        )
        blob = heads + "".join("".join(p.split()) for p in record["paragraphs"])
        blob = blob.replace("\ufeff", "").replace("\u200b", "")  # (invisible, as above)
        if (
            content.startswith(("（", "(", "【"))
            and content.endswith(("）", ")", "】"))
            and content[1:-1] in blob
        ):
            continue  # a byline's brackets become the field
        if record["byline"] and content.strip("（）()【】") in blob:
            continue  # ... also when the bracketed byline was cut over two lines
        if record["byline"] and content.strip(BYLINE_BULLETS) in blob:
            continue  # ... and a byline's bullet (□本报记者 张三, •某某•: either side)
        if record["byline"] and content[:1] in "—─-" and content.lstrip("—─-") in blob:
            continue  # ... or the dash that sets off a closing credit (——本报记者 某某)
        if record["byline"] and PDF_BULLET_RE.match(content) and content[1:] in blob:
            continue  # ... also one a PDF's text read as a letter (N本报记者 张三)
        assert content in blob, f"line {number} lost: {line!r}"


def split_checked(text: str) -> list[dict]:
    """`newscli split` on `text`: it succeeds and loses nothing; its records."""
    result = run("split", input=text)
    assert result.code == 0, result.stderr
    assert_nothing_lost(text, result.records)
    return result.records


def split_titles(text: str) -> list[str | None]:
    """The titles of the articles `newscli split` gives for `text` (checked as split_checked
    checks it), in order."""
    return [r["title"] for r in split_checked(text) if r["kind"] == "article"]


@pytest.fixture(scope="session")
def sample_records() -> list[dict]:
    result = run("split", SAMPLE)
    assert result.code == 0, result.stderr
    return result.records


@pytest.fixture(scope="session")
def sample_jsonl(tmp_path_factory, sample_records) -> Path:
    path = tmp_path_factory.mktemp("records") / "sample.jsonl"
    path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in sample_records))
    return path


CORPUS = ROOT / "tests" / "corpus"
# The gold halves; tests/corpus/probes/ holds headline-only probes (tests/test_probes.py).
CORPUS_HALVES = ("tuning", "heldout")


def corpus_files(pattern: str) -> list[Path]:
    """The gold issues' files matching `pattern` (`*.txt`, `*.json`) in both halves."""
    return sorted(path for half in CORPUS_HALVES for path in (CORPUS / half).glob(pattern))


@pytest.fixture(scope="session")
def corpus_records() -> list[dict]:
    """The test corpus's issues (tests/corpus/{tuning,heldout}/*.txt), split into records."""
    result = run("split", *corpus_files("*.txt"))
    assert result.code == 0, result.stderr
    return result.records
