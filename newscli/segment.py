"""Word segmentation with jieba, loaded only by the commands that segment, and kept quiet:
nothing of jieba's ever reaches standard error, and its cache (which jieba loads with
`marshal`: whoever writes it controls the counts) lives only in a private folder, never in
the shared temporary directory jieba falls back to."""
from __future__ import annotations

import atexit
import logging
import os
import shutil
import stat
import tempfile
import warnings
from functools import lru_cache
from pathlib import Path

PRIVATE_MODE = 0o700


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "newscli" / "jieba"


@lru_cache(maxsize=None)
def _jieba():
    with warnings.catch_warnings():  # SyntaxWarning (3.12+) and pkg_resources deprecation
        warnings.simplefilter("ignore")
        import jieba
    # Silence all of it: a failed cache write is logged with a traceback at ERROR level.
    jieba.setLogLevel(logging.CRITICAL + 1)
    jieba.dt.tmp_dir = str(private_cache_dir())
    return jieba


def private_cache_dir() -> Path:
    """The user's cache folder when it is private; else a fresh private folder removed at exit."""
    folder = cache_dir()
    try:
        _make_private(folder.parent.parent, private=False)
        _make_private(folder.parent)
        _make_private(folder)
        return folder
    except OSError:
        return _temporary_private_dir()


def _make_private(folder: Path, private: bool = True) -> None:
    """Create `folder` (mode 0700 when `private`) unless it exists; raise OSError unless it
    is a folder of this user; a `private` one must be real (not a symlink) and closed to
    others. (The user's own cache folder may be a symlink, to another disk say.)"""
    try:
        folder.mkdir(mode=PRIVATE_MODE if private else 0o777)
    except FileExistsError:
        pass
    info = os.lstat(folder) if private else os.stat(folder)
    if not stat.S_ISDIR(info.st_mode):
        raise OSError(f"{folder}: not a folder")
    if hasattr(os, "getuid") and info.st_uid != os.getuid():
        raise OSError(f"{folder}: owned by another user")
    if private and info.st_mode & 0o022:
        raise OSError(f"{folder}: others may write into it")


def _temporary_private_dir() -> Path:
    """mkdtemp makes a 0700 folder only this user can use; it goes when the process ends
    (forked workers leave it to their parent)."""
    folder = tempfile.mkdtemp(prefix="newscli-jieba-")
    owner = os.getpid()
    atexit.register(lambda: os.getpid() == owner and shutil.rmtree(folder, ignore_errors=True))
    return Path(folder)


def jieba_module():
    """The configured jieba module (dictionary loaded lazily on first use)."""
    return _jieba()


def posseg():
    """jieba's part-of-speech tagger (its tag table takes a second to load: only on request)."""
    _jieba()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import jieba.posseg
    return jieba.posseg


def jieba_version() -> str:
    return getattr(_jieba(), "__version__", "unknown")


def tokens(text: str, hmm: bool = True) -> list[str]:
    return _jieba().lcut(text, HMM=hmm)


@lru_cache(maxsize=256)
def boundaries(text: str) -> frozenset[int]:
    """Offsets in `text` where a jieba token starts or ends."""
    edges = {0}
    offset = 0
    for token in tokens(text):
        offset += len(token)
        edges.add(offset)
    return frozenset(edges)


def load_userdict(path: Path) -> None:
    """Load a jieba user dictionary (`word [freq] [tag]` a line); a BOM is stripped so the
    first word is not lost."""
    from .errors import NewscliError

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise NewscliError(f"{path}: {exc.strerror or exc}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise NewscliError(f"{path}: a user dictionary must be UTF-8") from None
    jieba = _jieba()
    for number, line in enumerate(text.splitlines(), 1):
        parts = line.split()
        if not parts:
            continue
        word, rest = parts[0], parts[1:]
        freq = int(rest[0]) if rest and rest[0].isdigit() else None
        tag = rest[-1] if rest and not rest[-1].isdigit() else None
        jieba.add_word(word, freq, tag)
