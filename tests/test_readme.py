"""The README's examples and command reference are the real CLI's output."""

from __future__ import annotations

import pytest
from readme_blocks import README, blocks, run_command

BLOCKS = blocks(README.read_text("utf-8"))


def test_readme_has_generated_blocks():
    commands = [c for c, _ in BLOCKS]
    for name in ("split", "list", "show", "grep", "stats", "export", "convert-traditional"):
        assert f"newscli {name} --help" in commands


@pytest.mark.parametrize("command,output", BLOCKS, ids=[c for c, _ in BLOCKS])
def test_readme_block_is_current(command, output):
    assert run_command(command) == output, "run: python tests/readme_blocks.py"


def test_readme_setup_commands_are_what_ci_runs():
    text = README.read_text("utf-8")
    ci = (README.parent / ".ci" / "run").read_text("utf-8")
    test_command = (
        "python3 -m venv .venv && .venv/bin/pip install '.[test]' && .venv/bin/python -m pytest"
    )
    assert test_command in text and test_command in ci
    # CI runs the tests the default run leaves out too
    assert "\n.venv/bin/python -m pytest -m slow\n" in ci and "-m slow" in text
    assert (
        "python3 -m venv .venv && .venv/bin/pip install . && .venv/bin/newscli split seeds/000_4b4ff49425def47a.txt"
        in text
    )
