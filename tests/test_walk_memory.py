"""Walking a folder of issues keeps nothing per file: memory stays flat with the file count."""

from __future__ import annotations

import os
import sys

from newscli.textio import folder_files


def test_a_walked_folder_leaves_its_names_uninterned(tmp_path):
    """pathlib interns the parts it is given; a part that is the listed name itself stayed
    interned while the listing lived, and the interpreter's table of interned strings grew to
    the size of the folder (peak memory of `split` grew with the number of files)."""
    names = [f"walk_memory_{index:04d}_b5e3f1.txt" for index in range(50)]
    for name in names:  # (not `tmp_path / name`, which would intern the names here)
        with open(os.path.join(tmp_path, name), "w", encoding="utf-8") as issue:
            issue.write("标题\n")
    walk = folder_files(tmp_path, ("*.txt",), False)
    for _ in names:  # every file given, its path dropped; the walk (and its listing) lives on
        next(walk)
    later = "".join(["walk_memory_0000", "_b5e3f1.txt"])  # equal to the first name, a new string
    assert sys.intern(later) is later, "a listed file name is still interned"
    assert list(walk) == []
