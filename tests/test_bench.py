"""The benchmark suite runs end to end on a tiny corpus (a smoke test: no speed is judged)."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from conftest import ROOT


@pytest.mark.slow  # runs every benchmark once, in processes of their own: with -m slow (CI)
def test_bench_smoke_run(tmp_path):
    out = tmp_path / "results.md"
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "run.py"),
            "--sizes",
            "0.05",
            "--repeat",
            "1",
            "--stats-size",
            "0.05",
            "--many-files",
            "20,40",
            "--out",
            str(out),
        ],
        capture_output=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    report = out.read_text("utf-8")
    for measurement in (
        "grep literal",
        "export csv",
        "convert-traditional hk",
        "split",
        "peak RSS",
        "stats --jobs 1",
        "folder of 40 small issues",
        "newscli --version",
    ):
        assert measurement in report
    assert "| newscli --version | " in report and "CPUs" in report
    rows = [line for line in report.splitlines() if line.startswith("| ")]
    assert all(
        len(re.findall(r"(?<!\\)\|", row)) == 5 for row in rows
    )  # a `|` in a cell is escaped
    assert "jieba \\| sort" in report
