"""Finding inputs and decoding raw issue text (UTF-8, UTF-8 with BOM, GB18030/GBK, Big5)."""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterator

from .errors import NewscliError

# Encodings tried by auto-detection once strict UTF-8 has failed: the ones Chinese
# newspaper archives actually come in. GB18030 is a superset of GBK and GB2312.
CJK_ENCODINGS = ["gb18030", "big5"]
BINARY_SNIFF = 8192
STDIN_NAME = "<stdin>"


@dataclass(frozen=True)
class Source:
    """One input: a file path, or standard input (path None)."""

    path: Path | None

    @property
    def name(self) -> str:
        return STDIN_NAME if self.path is None else str(self.path)

    def open(self) -> BinaryIO:
        if self.path is None:
            return sys.stdin.buffer
        try:
            return open(self.path, "rb")
        except IsADirectoryError:
            raise NewscliError(f"{self.path}: is a directory") from None
        except OSError as exc:
            raise NewscliError(f"{self.path}: {exc.strerror or exc}") from None


def iter_sources(paths: list[Path] | None, patterns: tuple[str, ...] = ("*.txt",)) -> Iterator[Source]:
    """Expand command-line paths: `-` or nothing is standard input; a directory gives
    its files matching `patterns`, in name order. Missing paths are errors."""
    if not paths:
        yield Source(None)
        return
    for path in paths:
        if str(path) == "-":
            yield Source(None)
        elif path.is_dir():
            found = sorted({p for pattern in patterns for p in path.glob(pattern) if p.is_file()})
            if not found:
                wanted = " or ".join(patterns)
                raise NewscliError(f"{path}: directory has no {wanted} files")
            yield from (Source(p) for p in found)
        elif path.exists():
            yield Source(path)
        else:
            raise NewscliError(f"{path}: no such file or directory")


def decode_text(data: bytes, name: str, encoding: str | None = None) -> str:
    """Decode raw issue bytes. `encoding` None or "auto" detects; anything else is used as is."""
    if encoding and encoding.lower() != "auto":
        return _decode_as(data, name, encoding)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _decode_as(data, name, "utf-16")
    if b"\x00" in data[:BINARY_SNIFF]:
        raise NewscliError(f"{name}: looks like a binary file, not issue text")
    if data.startswith(b"\xef\xbb\xbf"):
        return _decode_as(data, name, "utf-8-sig")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return _detect_cjk(data, name)


def _detect_cjk(data: bytes, name: str) -> str:
    from charset_normalizer import from_bytes  # imported only when UTF-8 failed

    best = from_bytes(data, cp_isolation=CJK_ENCODINGS).best()
    if best is None:
        raise NewscliError(
            f"{name}: cannot decode as UTF-8, GB18030 or Big5; name the encoding with --encoding"
        )
    return str(best)


def _decode_as(data: bytes, name: str, encoding: str) -> str:
    try:
        text = data.decode(encoding)
    except LookupError:
        raise NewscliError(f"unknown encoding {encoding!r}") from None
    except UnicodeDecodeError as exc:
        raise NewscliError(
            f"{name}: cannot decode as {encoding} (byte {exc.start}); try another --encoding"
        ) from None
    return text.removeprefix("\ufeff")
