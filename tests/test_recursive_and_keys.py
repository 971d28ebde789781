"""Issue 14, item 8: folders of folders (`-r`), and two files that give one issue key."""

from __future__ import annotations

import shutil

import pytest

from conftest import SAMPLE, run


@pytest.fixture
def archive(tmp_path):
    """2025/0118/issue.txt and 2025/0119/issue.txt: one file name in two folders."""
    for day in ("0118", "0119"):
        folder = tmp_path / "2025" / day
        folder.mkdir(parents=True)
        shutil.copy(SAMPLE, folder / "issue.txt")
    return tmp_path / "2025"


def test_a_folder_of_folders_needs_recursive(archive):
    assert run("split", archive).code == 2  # no issue files directly in it
    result = run("split", "-r", archive)
    assert result.code == 0
    assert len(result.records) == 20


@pytest.mark.parametrize("command", [["split"], ["list", "-f", "tsv"], ["grep", "太原"]])
def test_two_files_giving_one_issue_key_are_named_in_a_warning(archive, command):
    result = run(*command, "-r", archive)
    assert result.code == 0
    assert (
        "0118/issue.txt and" in result.stderr
        and "0119/issue.txt both give issue key 'issue'" in result.stderr
    )
    assert result.stderr.count("\n") == 1


def test_issue_from_path_gives_distinct_ids(archive):
    result = run("split", "-r", "--issue-from", "path", archive)
    assert result.code == 0 and result.stderr == ""
    ids = [record["id"] for record in result.records]
    assert len(set(ids)) == len(ids) == 20
    assert ids[0].endswith("2025_0118_issue-001")


def test_a_folder_walk_gives_the_order_of_sorted_paths(tmp_path):
    """The walk lists one folder's names at a time (memory does not grow with the archive),
    yet gives exactly what sorting every matching path gave: a folder's files where its name
    falls (`a/` before `a.txt`, `a-b.txt` before `a/`'s files? no: `a` < `a-b.txt`), case and
    punctuation by code point, hidden files included, symbolic links to folders not followed."""
    from newscli.textio import folder_files

    root = tmp_path / "archive"
    names = [
        "a.txt", "a/z.txt", "a/b/c.txt", "a-b.txt", "a.b/x.txt", "A.txt", "b.txt", ".hidden.txt",
        "a/b.txt", "a/b/a.txt", "z/y/x/w.txt", "10.txt", "9.txt", "b/not-issue.md", "b/c.TXT",
        "b/d.jsonl", "资料/甲.txt", "资料.txt",
    ]  # fmt: skip
    for name in names:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("x")
    (root / "linked").symlink_to(root / "a", target_is_directory=True)
    (root / "link.txt").symlink_to(root / "b.txt")
    for patterns in [("*.txt",), ("*.txt", "*.jsonl")]:
        for recursive in (False, True):
            glob = root.rglob if recursive else root.glob
            expected = sorted({p for pattern in patterns for p in glob(pattern) if p.is_file()})
            assert list(folder_files(root, patterns, recursive)) == expected
    assert len(list(folder_files(root, ("*.txt",), True))) == 16


def test_repeated_issue_keys_name_the_first_raw_issue(tmp_path):
    """The reader keeps a hash of each key, not the keys: a repeated one is traced back to the
    first raw issue that gave it (a record stream of the same name gives no key), and the
    first five repeats are named."""
    split = run("split", SAMPLE).stdout
    for folder in ("a", "b", "c"):
        (tmp_path / folder).mkdir()
    (tmp_path / "a" / "issue.jsonl").write_bytes(split)  # records: no issue key of its own
    for n in range(7):
        shutil.copy(SAMPLE, tmp_path / "b" / f"issue{n}.txt")
        shutil.copy(SAMPLE, tmp_path / "c" / f"issue{n}.txt")
    shutil.copy(SAMPLE, tmp_path / "c" / "issue.txt")
    (tmp_path / "b" / "issue.txt").write_text(SAMPLE.read_text("utf-8"), "utf-8")
    result = run("split", "-r", tmp_path)
    assert result.code == 0
    warnings = result.stderr.splitlines()
    assert len(warnings) == 5
    assert warnings[0].startswith(
        f"newscli: warning: {tmp_path}/b/issue.txt and {tmp_path}/c/issue.txt both"
    )
    assert f"{tmp_path}/b/issue0.txt and {tmp_path}/c/issue0.txt" in warnings[1]
    assert "issue.jsonl" not in result.stderr
