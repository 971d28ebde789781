"""Issue 14, items 5 and 6: the completion scripts work as the README installs them, in real
shells on a fresh home, and generate.sh never leaves them broken."""

from __future__ import annotations

import os
import pty
import select
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, bash_complete

BIN = Path(sys.executable).parent
COMPLETIONS = ROOT / "completions"
FILES = ("newscli.bash", "_newscli", "newscli.fish", "newscli.ps1")
SYSTEM_PATH = "/usr/bin:/bin"  # no newscli on it


def generate(
    out: Path, path: str, script: Path = COMPLETIONS / "generate.sh"
) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["bash", str(script), str(out)],
        env=dict(os.environ, PATH=path),
        capture_output=True,
        timeout=120,
    )


def test_committed_scripts_are_what_generate_sh_writes(tmp_path):
    done = generate(tmp_path, f"{BIN}{os.pathsep}{SYSTEM_PATH}")  # the newscli under test
    assert done.returncode == 0, done.stderr
    for name in FILES:
        assert (tmp_path / name).read_bytes() == (COMPLETIONS / name).read_bytes(), (
            f"run: bash completions/generate.sh ({name})"
        )


def test_generate_sh_without_newscli_stops_before_touching_a_file(tmp_path):
    copy = tmp_path / "completions"  # no .venv next to it
    shutil.copytree(COMPLETIONS, copy)
    before = {name: (copy / name).read_bytes() for name in FILES}
    done = generate(copy, SYSTEM_PATH, copy / "generate.sh")
    assert done.returncode != 0
    assert b"newscli not found" in done.stderr
    assert {name: (copy / name).read_bytes() for name in FILES} == before


def test_zsh_file_starts_with_compdef():
    assert (COMPLETIONS / "_newscli").read_text().split("\n", 1)[0] == "#compdef newscli"


def test_bash_completes_a_value_after_equals():
    # bash splits `--to=h` at the `=` (COMP_WORDBREAKS): the words are `--to`, `=`, `h`
    assert bash_complete("newscli", "convert-traditional", "--to", "=", "h") == ["hk"]
    assert bash_complete("newscli", "convert-traditional", "--to", "=") == [
        "hk",
        "mo",
        "tw",
        "twp",
        "t",
    ]
    assert bash_complete("newscli", "export", "--format", "=", "c") == ["csv"]
    assert bash_complete("newscli", "convert-traditional", "--to", "h") == ["hk"]


def fresh_home(tmp_path: Path, install: str) -> Path:
    """A home with nothing in it, then the README's install line."""
    home = tmp_path / "home"
    home.mkdir()
    done = subprocess.run(
        ["bash", "-c", install], cwd=ROOT, env=dict(os.environ, HOME=str(home)), capture_output=True
    )
    assert done.returncode == 0, done.stderr
    return home


ZSH_INSTALL = "mkdir -p ~/.zfunc && cp completions/_newscli ~/.zfunc/ && echo 'fpath=(~/.zfunc $fpath); autoload -U compinit; compinit' >> ~/.zshrc"
FISH_INSTALL = (
    "mkdir -p ~/.config/fish/completions && cp completions/newscli.fish ~/.config/fish/completions/"
)


def read_until(fd: int, wanted: bytes, limit: float = 60) -> bytes:
    seen = b""
    while wanted not in seen:
        ready, _, _ = select.select([fd], [], [], limit)
        if not ready:
            break
        try:
            seen += os.read(fd, 65536)
        except OSError:
            break
    return seen


@pytest.mark.skipif(
    shutil.which("zsh") is None, reason="zsh is not installed (apt-get install zsh)"
)
def test_zsh_completes_from_the_first_tab_on_a_fresh_home(tmp_path):
    home = fresh_home(tmp_path, ZSH_INSTALL)
    with (home / ".zshrc").open(
        "a"
    ) as zshrc:  # a prompt to wait for (root's default ends in #, not %)
        zshrc.write("PS1='ready> '\n")
    env = dict(os.environ, HOME=str(home), PATH=f"{BIN}{os.pathsep}{SYSTEM_PATH}", TERM="dumb")
    pid, fd = pty.fork()
    if pid == 0:  # the child: an interactive zsh reading the new ~/.zshrc
        os.chdir(ROOT)
        os.execvpe("zsh", ["zsh", "-i"], env)
    try:
        assert b"ready> " in read_until(fd, b"ready> ")  # the prompt
        os.write(fd, b"newscli conv\t")  # one TAB
        seen = read_until(fd, b"convert-traditional")
        os.write(fd, b"\x15exit\n")
        read_until(fd, b"exit")
    finally:
        os.close(fd)
        os.waitpid(pid, 0)
    assert b"convert-traditional" in seen, seen


@pytest.mark.skipif(shutil.which("fish") is None, reason="fish is not installed")
def test_fish_install_line_works_on_a_fresh_home(tmp_path):
    home = fresh_home(tmp_path, FISH_INSTALL)
    done = subprocess.run(
        [
            "fish",
            "-c",
            "complete -C 'newscli conv'; complete -C 'newscli convert-traditional --to '",
        ],
        env=dict(os.environ, HOME=str(home), PATH=f"{BIN}{os.pathsep}{SYSTEM_PATH}"),
        capture_output=True,
        timeout=120,
    )
    lines = done.stdout.decode().splitlines()
    assert lines[0].startswith("convert-traditional") and "hk" in lines[1:]
