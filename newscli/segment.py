"""Word segmentation with jieba, loaded only by the commands that segment, and kept quiet:
no log lines on standard error, no warnings, its cache in the user's cache directory
rather than a shared /tmp file."""
from __future__ import annotations

import logging
import os
import warnings
from functools import lru_cache
from pathlib import Path


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "newscli" / "jieba"


@lru_cache(maxsize=None)
def _jieba():
    with warnings.catch_warnings():  # SyntaxWarning (3.12+) and pkg_resources deprecation
        warnings.simplefilter("ignore")
        import jieba
    jieba.setLogLevel(logging.WARNING)
    folder = cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        jieba.dt.tmp_dir = str(folder)
    except OSError:
        pass  # an unwritable home: jieba rebuilds its dictionary in memory each run
    return jieba


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
