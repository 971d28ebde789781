"""README blocks generated from the real CLI, so the documentation cannot drift.

A block is an HTML comment naming a shell command, followed by a fenced block with its
output. `python tests/readme_blocks.py` rewrites them; tests/test_readme.py checks them.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
BLOCK_RE = re.compile(
    r"(<!-- run: (?P<command>.+?) -->\n```[a-z]*\n)(?P<output>.*?)(```)", re.DOTALL
)


def run_command(command: str) -> str:
    env = dict(
        os.environ,
        PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
        COLUMNS="100",
        NO_COLOR="1",
        TERM="dumb",
    )
    done = subprocess.run(
        ["bash", "-c", command],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        timeout=300,
    )
    return done.stdout.decode("utf-8")


def blocks(text: str) -> list[tuple[str, str]]:
    return [(m.group("command"), m.group("output")) for m in BLOCK_RE.finditer(text)]


def render(text: str) -> str:
    return BLOCK_RE.sub(lambda m: m.group(1) + run_command(m.group("command")) + m.group(4), text)


if __name__ == "__main__":
    README.write_text(render(README.read_text("utf-8")), "utf-8")
    print(f"updated {len(blocks(README.read_text('utf-8')))} blocks in README.md")
