"""newscli benchmarks, side by side with the tools a user would pick instead.

    python bench/run.py                      # 10 MB and 100 MB corpora, 3 runs each
    python bench/run.py --sizes 10 --repeat 5
    python bench/run.py --sizes 0.1 --repeat 1 --out /tmp/results.md   # smoke run

Builds corpora from the varied test issues (tests/corpus and tests/fixtures: 24 papers, not one
sample repeated, which would flatter caches), with distinct ids and issues, times every command
and its peers on the same files (medians of --repeat runs), and writes a Markdown table with the
machine's CPU count and tool versions to bench/RESULTS.md. A missing peer is reported, never
faked; with --install, missing peers are installed from Debian's packages.

    python bench/run.py --sizes 10,100,1000 --dask-size 100   # peak memory up to 1 GB; Dask on 100 MB
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parent.parent
NEWSCLI = str(Path(sys.executable).parent / "newscli")
PEER_PACKAGES = {"jq": "jq", "rg": "ripgrep", "mlr": "miller", "opencc": "opencc"}
ISSUES = sorted(
    p for half in ("tuning", "heldout") for p in (ROOT / "tests" / "corpus" / half).glob("*.txt")
) + sorted((ROOT / "tests" / "fixtures").glob("*.txt"))
# grep's words: in about 40% of the records, in about 1%, and in none.
COMMON_WORD, RARE_WORD, ABSENT_WORD = "市", "太原", "鳄鱼"


@dataclass
class Corpus:
    size_mb: float
    records: Path  # JSONL
    raw: Path  # a folder of raw issues (copies of the sample, one file each)
    text: Path  # the records' paragraphs as plain text, for opencc and jieba


def build_corpus(folder: Path, size_mb: float) -> Corpus:
    """Records, a folder of raw issues and plain text of about `size_mb` MB each, from copies
    of the test issues (each copy with its own issue keys and ids)."""
    from newscli import split_text
    from newscli.textio import Source, read_issue_text

    texts = [(path.stem, read_issue_text(Source(path), None, 1 << 26)) for path in ISSUES]
    issues = [(stem, text, split_text(text, issue=stem)) for stem, text in texts]
    records, raw, text = (
        folder / f"corpus_{size_mb:g}mb.jsonl",
        folder / f"raw_{size_mb:g}mb",
        folder / f"text_{size_mb:g}mb.txt",
    )
    target = size_mb * 1_000_000
    with records.open("wb") as out, text.open("w", encoding="utf-8") as plain:
        copy = 0
        while out.tell() < target:
            for stem, _, base in issues:
                issue = f"{stem}-{copy:05d}"
                for record in base:
                    out.write(
                        orjson.dumps(dict(record, id=f"{issue}-{record['seq']:03d}", issue=issue))
                        + b"\n"
                    )
                    plain.write(record["text"] + "\n")
            copy += 1
    raw.mkdir(exist_ok=True)
    written, copy = 0, 0
    while written < target:  # a directory of issues, as an archive is
        for stem, body, _ in issues:
            path = raw / f"{copy:05d}_{stem}.txt"
            path.write_text(body, encoding="utf-8")
            written += path.stat().st_size
        copy += 1
    return Corpus(size_mb, records, raw, text)


def share_of_records(path: Path, word: str) -> float:
    needle, hits, total = word.encode(), 0, 0
    with path.open("rb") as lines:
        for line in lines:
            total += 1
            hits += needle in orjson.loads(line)["text"].encode()
    return hits / total if total else 0.0


def timed(command: str, repeat: int) -> float | None:
    """Median wall time of a shell command, or None if it failed."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        done = subprocess.run(
            ["bash", "-c", f"set -o pipefail; {command}"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        if done.returncode not in (0, 1):
            print(f"  failed: {command}\n  {done.stderr.decode()[:300]}", file=sys.stderr)
            return None
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def peak_rss_mb(command: str) -> float | None:
    done = subprocess.run(
        ["/usr/bin/time", "-f", "%M", "bash", "-c", command],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        return int(done.stderr.decode().strip().splitlines()[-1]) / 1024
    except (ValueError, IndexError):
        return None


def engine_single_call(path: Path, repeat: int) -> float:
    """The engine's own limit: one OpenCC('s2hk').convert() call on the whole text."""
    import opencc

    converter = opencc.OpenCC("s2hk")
    text = path.read_text("utf-8")
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        converter.convert(text)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def has(tool: str) -> bool:
    return shutil.which(tool) is not None


def install_peers() -> None:
    missing = [pkg for tool, pkg in PEER_PACKAGES.items() if not has(tool)]
    if missing and has("apt-get"):
        subprocess.run(
            ["apt-get", "install", "-y", "-q", *missing],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )


def cell(text: str) -> str:
    """A Markdown table cell: a `|` inside it would end the cell."""
    return text.replace("|", "\\|")


class Table:
    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str, str]] = []

    def add(
        self, what: str, ours: float | None, peer_name: str, peer: float | None, unit: str = "s"
    ) -> None:
        ratio = f"{peer / ours:.1f}x" if ours and peer else "n/a"
        peer_cell = f"{peer_name}: {_fmt(peer, unit)}" if peer_name else ""
        self.rows.append((cell(what), _fmt(ours, unit), cell(peer_cell), ratio))

    def markdown(self) -> str:
        lines = ["| measurement | newscli | peer | peer / newscli |", "|---|---|---|---|"]
        lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in self.rows]
        return "\n".join(lines)


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "missing"
    return (
        f"{value:.1f} MB/s"
        if unit == "MB/s"
        else f"{value:.1f} MB"
        if unit == "MB"
        else f"{value:.3f} s"
    )


def measure(corpus: Corpus, repeat: int, table: Table, stats_too: bool) -> None:
    mb, rec, txt = f"{corpus.size_mb:g} MB", corpus.records, corpus.text
    for word in (COMMON_WORD, RARE_WORD, ABSENT_WORD):
        share = f"{word} in {share_of_records(rec, word):.0%} of records"
        ours = timed(f"{NEWSCLI} grep -c {word} {rec}", repeat)
        jq = (
            timed(f"jq -c 'select(.text|test(\"{word}\"))' {rec} | wc -l", repeat)
            if has("jq")
            else None
        )
        rg = timed(f"rg -c {word} {rec}", repeat) if has("rg") else None
        table.add(f"grep literal ({share}), {mb}", ours, "jq", jq)
        table.add(f"grep literal ({share}), {mb}", ours, "rg", rg)
    table.add(
        f"grep -j 1 ({COMMON_WORD}), {mb}",
        timed(f"{NEWSCLI} grep -c -j 1 {COMMON_WORD} {rec}", repeat),
        "",
        None,
    )
    ours = timed(f"{NEWSCLI} export -f csv {rec}", repeat)
    table.add(
        f"export csv, {mb}",
        ours,
        "mlr",
        timed(f"mlr --ijsonl --ocsv cat {rec}", repeat) if has("mlr") else None,
    )
    table.add(
        f"export csv, {mb}",
        ours,
        "jq @csv",
        timed(f"jq -r '[.id,.title,.text]|@csv' {rec}", repeat) if has("jq") else None,
    )
    ours = timed(f"{NEWSCLI} convert-traditional --to hk {rec}", repeat)
    opencc_cli = (
        timed(f"opencc -c s2hk.json -i {txt} -o /dev/null", repeat) if has("opencc") else None
    )
    table.add(f"convert-traditional hk, {mb}", ours, "opencc CLI", opencc_cli)
    single = engine_single_call(txt, repeat)
    table.add(f"convert-traditional hk, {mb}", ours, "one OpenCC.convert() call", single)
    table.add(
        f"convert-traditional hk --jobs 2, {mb}",
        timed(f"{NEWSCLI} convert-traditional --to hk --jobs 2 {rec}", repeat),
        "one OpenCC.convert() call",
        single,
    )
    raw_mb = sum(path.stat().st_size for path in corpus.raw.iterdir()) / 1e6
    split_one = timed(f"{NEWSCLI} split -j 1 {corpus.raw}", repeat)
    split_two = timed(f"{NEWSCLI} split -j 2 {corpus.raw}", repeat)
    table.add(
        f"split, folder of {raw_mb:.1f} MB raw issues, -j 1",
        raw_mb / split_one if split_one else None,
        "",
        None,
        "MB/s",
    )
    table.add(
        f"split -j 2, folder of {raw_mb:.1f} MB raw issues", split_two, "split -j 1", split_one
    )
    for command in STREAMING:
        source = corpus.raw if command == "split" else rec
        table.add(
            f"peak RSS {command}, {mb}",
            peak_rss_mb(f"{NEWSCLI} {command} {source} > /dev/null"),
            "",
            None,
            "MB",
        )
    if stats_too:
        measure_stats(corpus, repeat, table)


def measure_stats(corpus: Corpus, repeat: int, table: Table) -> None:
    """`stats` on one core against jieba's own command line piped through sort and uniq on the
    same text; what names cost (they are on by default); the reference engine; --jobs 2."""
    mb, rec, txt = f"{corpus.size_mb:g} MB", corpus.records, corpus.text
    one = timed(f"{NEWSCLI} stats {rec} -f json", repeat)
    plain = timed(f"{NEWSCLI} stats {rec} -f json --no-names", repeat)
    pipeline = timed(
        f"{sys.executable} -m jieba -d ' ' {txt} | tr ' ' '\\n' | sort | uniq -c | sort -rn", repeat
    )
    table.add(f"stats --jobs 1, {mb}", one, "jieba | sort | uniq -c", pipeline)
    table.add(f"stats --jobs 1 --no-names, {mb}", plain, "jieba | sort | uniq -c", pipeline)
    table.add(f"stats --jobs 1 (names on), {mb}", one, "stats --no-names", plain)
    reference = timed(f"{NEWSCLI} stats {rec} -f json --no-names --segmenter jieba", repeat)
    table.add(
        f"stats --jobs 1 --no-names, {mb}", plain, "stats --no-names --segmenter jieba", reference
    )
    table.add(
        f"stats --jobs 2, {mb}",
        timed(f"{NEWSCLI} stats {rec} -f json --jobs 2", repeat),
        "stats --jobs 1",
        one,
    )


# Streaming commands whose peak memory must not grow with the corpus.
STREAMING = (
    "grep 太原",
    "grep -v 太原",
    "export -f csv",
    "export -f jsonl -j 2",
    "convert-traditional",
    "split",
    "list -f tsv",
)


def measure_many_files(folder: Path, table: Table, counts: tuple[int, ...] = (2000, 20000)) -> None:
    """Peak memory of `split` on folders of many small issues (the head of each test issue):
    it must not grow with the number of files."""
    from newscli.textio import Source, read_issue_text

    heads = []
    for path in ISSUES:
        text = read_issue_text(Source(path), None, 1 << 26)[:800]
        heads.append((path.stem, text[: text.rfind("\n") + 1] or text))
    for count in counts:
        many = folder / f"many_{count}"
        many.mkdir(exist_ok=True)
        for index in range(count):
            stem, text = heads[index % len(heads)]
            (many / f"{index:06d}_{stem}.txt").write_text(text, encoding="utf-8")
        table.add(
            f"peak RSS split -j 1, folder of {count} small issues",
            peak_rss_mb(f"{NEWSCLI} split -j 1 {many} > /dev/null"),
            "",
            None,
            "MB",
        )


def measure_dask(corpus: Corpus, repeat: int, table: Table) -> None:
    """`--dask local` (a worker process per core) beside one process, identical output checked."""
    mb = f"{corpus.size_mb:g} MB"
    runs = {
        "stats": (f"stats -f json {corpus.records}", "-j 1"),
        "split": (f"split {corpus.raw}", "-j 1"),
    }
    for name, (command, one) in runs.items():
        local = subprocess.run(
            ["bash", "-c", f"{NEWSCLI} {command} {one} | md5sum"], capture_output=True
        ).stdout
        remote = subprocess.run(
            ["bash", "-c", f"{NEWSCLI} {command} --dask local | md5sum"], capture_output=True
        ).stdout
        same = "identical output" if local == remote and local else "OUTPUT DIFFERS"
        table.add(
            f"{name} --dask local ({same}), {mb}",
            timed(f"{NEWSCLI} {command} --dask local", repeat),
            f"{name} {one}",
            timed(f"{NEWSCLI} {command} {one}", repeat),
        )


def versions() -> str:
    def first_line(command: list[str]) -> str:
        try:
            out = subprocess.run(command, capture_output=True, text=True, timeout=30)
            return (out.stdout or out.stderr).strip().splitlines()[0]
        except (OSError, IndexError, subprocess.TimeoutExpired):
            return "missing"

    tools = {
        "newscli": [NEWSCLI, "--version"],
        "jq": ["jq", "--version"],
        "rg": ["rg", "--version"],
        "mlr": ["mlr", "--version"],
        "opencc": ["opencc", "--version"],
    }
    lines = [f"- {name}: {first_line(cmd)}" for name, cmd in tools.items()]
    import jieba

    lines.append(f"- jieba: {jieba.__version__}")
    from importlib import metadata

    lines.append(f"- rjieba: {metadata.version('rjieba')}")
    return "\n".join(lines)


def require_newscli() -> None:
    """The suite times the project's installed `newscli`: run under the project's virtual
    environment, whichever python started it."""
    try:
        import newscli  # noqa: F401
    except ImportError:
        venv_python = ROOT / ".venv" / "bin" / "python"
        if venv_python.exists() and Path(sys.executable) != venv_python:
            os.execv(str(venv_python), [str(venv_python), __file__, *sys.argv[1:]])
        sys.exit(
            "bench/run.py: newscli is not installed here; set up the project first (see README) "
            "and run .venv/bin/python bench/run.py"
        )


def main() -> None:
    require_newscli()
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--sizes", default="10,100", help="corpus sizes in MB of records, comma-separated"
    )
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs per measurement (the median is shown)"
    )
    parser.add_argument(
        "--stats-size",
        type=float,
        default=10,
        help="largest size stats is timed on (the jieba pipeline is slow)",
    )
    parser.add_argument(
        "--dask-size",
        type=float,
        default=0,
        help="also time --dask local on a corpus of this many MB (needs newscli[dask])",
    )
    parser.add_argument(
        "--many-files",
        default="2000,20000",
        help="peak memory of split on folders of this many small issues ('' to skip)",
    )
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "RESULTS.md")
    parser.add_argument("--install", action="store_true", help="apt-get install missing peers")
    args = parser.parse_args()
    if args.install:
        install_peers()
    table = Table()
    table.add("newscli --version", timed(f"{NEWSCLI} --version", max(args.repeat, 5)), "", None)
    table.add("newscli --help", timed(f"{NEWSCLI} --help", max(args.repeat, 5)), "", None)
    with tempfile.TemporaryDirectory() as folder:
        for size in (float(s) for s in args.sizes.split(",")):
            print(f"building and measuring a {size:g} MB corpus...", file=sys.stderr)
            measure(
                build_corpus(Path(folder), size),
                args.repeat,
                table,
                stats_too=size <= args.stats_size,
            )
        if args.many_files:
            counts = tuple(int(n) for n in args.many_files.split(","))
            measure_many_files(Path(folder), table, counts)
        if args.dask_size:
            print(
                f"building and measuring --dask on a {args.dask_size:g} MB corpus...",
                file=sys.stderr,
            )
            measure_dask(build_corpus(Path(folder), args.dask_size), args.repeat, table)
    missing = [tool for tool in PEER_PACKAGES if not has(tool)]
    report = (
        f"# newscli benchmarks\n\nMedians of {args.repeat} runs; ratios are peer time / newscli time "
        f"(above 1: newscli is faster). Machine: {os.cpu_count()} CPUs, {platform.machine()}, "
        f"Python {platform.python_version()}.\n\n{table.markdown()}\n\nTools:\n{versions()}\n"
        + (f"\nMissing peers (not measured): {', '.join(missing)}\n" if missing else "")
    )
    args.out.write_text(report, "utf-8")
    print(report)


if __name__ == "__main__":
    main()
