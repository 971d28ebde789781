"""Finding inputs and reading them: byte-order marks, binary files, size limits, and decoding
raw issue text (UTF-8, UTF-8 with BOM, UTF-16/32 with BOM, GB18030/GBK, Big5)."""

from __future__ import annotations

import codecs
import io
import os
import stat
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from fnmatch import fnmatchcase
from functools import partial
from pathlib import Path
from typing import BinaryIO

from .errors import NewscliError

# Encodings tried by auto-detection once strict UTF-8 has failed: the ones Chinese
# newspaper archives actually come in. GB18030 is a superset of GBK and GB2312.
CJK_ENCODINGS = ["gb18030", "big5"]
BINARY_SNIFF = 8192
STDIN_NAME = "<stdin>"
# One raw issue (or one record line) larger than this is refused before it is read whole: a
# newspaper issue is well under 1 MB, and /dev/zero or a runaway pipe must not take the machine.
DEFAULT_MAX_ISSUE_SIZE = 64 * 1024 * 1024
# UTF-32 first: its little-endian mark starts with UTF-16's.
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
    (codecs.BOM_UTF8, "utf-8-sig"),
)
WIDE_CODECS = {"utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"}


@dataclass(frozen=True)
class Source:
    """One input: a file path, or standard input (path None)."""

    path: Path | None

    @property
    def name(self) -> str:
        return STDIN_NAME if self.path is None else str(self.path)

    def open(self) -> BinaryIO:
        if self.path is None:
            if sys.stdin is None:  # started with `<&-`
                raise NewscliError(
                    "standard input is closed; give an input file or pipe something in"
                )
            return sys.stdin.buffer
        try:
            return open(self.path, "rb")
        except IsADirectoryError:
            raise NewscliError(f"{self.path}: is a directory") from None
        except OSError as exc:
            raise NewscliError(f"{self.path}: {exc.strerror or exc}") from None


def iter_sources(
    paths: list[Path] | None, patterns: tuple[str, ...] = ("*.txt",), recursive: bool = False
) -> Iterator[Source]:
    """Expand command-line paths: `-` or nothing is standard input; a directory gives
    its files matching `patterns`, in name order (with `recursive`, those of its folders
    too, in path order). Missing paths are errors. Lazy: a directory is listed as its
    files are wanted, one folder's names at a time."""
    if not paths:
        yield Source(None)
        return
    for path in paths:
        if str(path) == "-":
            yield Source(None)
        elif path.is_dir():
            found = False
            for file in folder_files(path, patterns, recursive):
                found = True
                yield Source(file)
            if not found:
                wanted = " or ".join(patterns)
                raise NewscliError(f"{path}: directory has no {wanted} files")
        elif path.exists():
            yield Source(path)
        else:
            raise NewscliError(f"{path}: no such file or directory")


def folder_files(folder: Path, patterns: tuple[str, ...], recursive: bool) -> Iterator[Path]:
    """The files in `folder` whose names match one of `patterns`, in name order; with
    `recursive`, those of its folders too (symbolic links to folders not followed), each
    folder's where its name falls: the order of their sorted paths, as `sorted(rglob)` gives
    it, holding only the names of the folders being read rather than every path at once.
    A folder that cannot be listed has no files, as for `glob`."""
    try:
        with os.scandir(folder) as entries:
            names = sorted(entry.name for entry in entries)
    except OSError:
        return
    for name in names:
        # Not `folder / name`: pathlib interns each part it is given, and a part that is the
        # listed name itself stays interned while the list lives. The table of interned
        # strings would grow to the folder's size and never shrink: memory that grew with
        # the number of files. Parsed from the joined string, the parts are new strings that
        # go when the path does.
        path = Path(os.path.join(folder, name))
        if any(fnmatchcase(name, pattern) for pattern in patterns) and path.is_file():
            yield path
        if recursive and _is_real_folder(path):
            yield from folder_files(path, patterns, recursive)


def _is_real_folder(path: Path) -> bool:
    try:
        return stat.S_ISDIR(os.lstat(path).st_mode)
    except OSError:
        return False


def check_readable(source: Source) -> None:
    """Refuse a file this process may not read, before anything is read (a FIFO or a
    device is not opened here: opening one may wait for a writer)."""
    if source.path is not None and source.path.is_file() and not os.access(source.path, os.R_OK):
        raise NewscliError(f"{source.path}: permission denied")


class InputStream:
    """One input as UTF-8 byte lines, whatever it was written in: a UTF-16/32 input (a byte-order
    mark, or `--encoding utf-16...`) is transcoded, a UTF-8 BOM dropped, binary data refused from
    its first block, and nothing longer than `limit` bytes read into memory at once."""

    def __init__(
        self, source: Source, encoding: str | None = None, limit: int = DEFAULT_MAX_ISSUE_SIZE
    ):
        self.source = source
        self.name = source.name
        self.limit = limit
        self.raw = _peekable(source.open())
        head = self.raw.peek(BINARY_SNIFF)
        self.wide = _bom_codec(head) or _explicit_wide_codec(encoding)
        # What decode_text should use for raw text once this stream has done its part.
        self.encoding = encoding
        self.text: io.TextIOWrapper | None = None
        if self.wide == "utf-8-sig":
            self.raw.read(len(codecs.BOM_UTF8))
            self.encoding = "utf-8"
        elif self.wide:
            self.text = io.TextIOWrapper(self.raw, encoding=self.wide, newline="")
            self.encoding = "utf-8"
        elif b"\x00" in head:
            raise NewscliError(f"{self.name}: looks like a binary file, not issue text or records")

    def lines(self) -> Iterator[bytes]:
        """The remaining lines, each at most `limit` bytes (else an error naming the limit)."""
        read_line = self._guarded(
            partial(self.text.readline if self.text else self.raw.readline, self.limit + 1)
        )
        while True:
            line = read_line()
            if not line:
                return
            if isinstance(line, str):
                line = line.encode("utf-8", "surrogatepass")
            if len(line) > self.limit:
                raise NewscliError(
                    f"{self.name}: a line longer than {_size(self.limit)} (`max_issue_size`)"
                )
            yield line

    def read_all(self, prefix: bytes = b"") -> bytes:
        """`prefix` (lines already read) and the rest of the input, at most `limit` bytes."""
        wanted = self.limit - len(prefix) + 1
        rest = self._guarded(
            partial(self.text.read, wanted) if self.text else partial(self.raw.read, wanted)
        )()
        if isinstance(rest, str):
            rest = rest.encode("utf-8", "surrogatepass")
        if len(prefix) + len(rest) > self.limit:
            raise NewscliError(
                f"{self.name}: larger than {_size(self.limit)}; raise `max_issue_size` if this really is one issue"
            )
        return prefix + rest

    def _guarded(self, read):
        """`read`, with a decoding error of a transcoded input turned into a one-line error."""

        def guarded():
            try:
                return read()
            except UnicodeDecodeError as exc:
                raise NewscliError(
                    f"{self.name}: cannot decode as {self.wide.upper()} ({exc.reason})"
                ) from None

        return guarded

    def close(self) -> None:
        if self.text is not None:
            self.text.detach()  # closing the wrapper would close standard input too
        if self.source.path is not None:
            self.raw.close()


def _peekable(stream: BinaryIO) -> BinaryIO:
    return stream if hasattr(stream, "peek") else io.BufferedReader(stream)  # type: ignore[arg-type]


def _bom_codec(head: bytes) -> str | None:
    for bom, codec in BOMS:
        if head.startswith(bom):
            return codec
    return None


def _explicit_wide_codec(encoding: str | None) -> str | None:
    if not encoding or encoding.lower() == "auto":
        return None
    name = codecs.lookup(encoding).name
    return name if name in WIDE_CODECS else None


def _size(limit: int) -> str:
    return f"{limit // (1024 * 1024)} MB" if limit >= 1024 * 1024 else f"{limit} bytes"


def check_encoding(encoding: str | None) -> None:
    """Refuse an `encoding` that names no text encoding, before anything is read."""
    if not encoding or encoding.lower() == "auto":
        return
    try:
        info = codecs.lookup(encoding)
    except LookupError:
        raise NewscliError(f"unknown encoding {encoding!r}") from None
    if not getattr(info, "_is_text_encoding", True) or info.name == "undefined":
        raise NewscliError(f"`encoding`: {encoding!r} is not a text encoding")


def read_issue_text(source: Source, encoding: str | None, max_issue_size: int) -> str:
    """A whole input as raw issue text: BOMs, the binary check, the size cap and encoding
    detection as `split` applies them."""
    stream = InputStream(source, encoding, max_issue_size)
    try:
        return decode_text(stream.read_all(), source.name, stream.encoding)
    finally:
        stream.close()


def decode_text(data: bytes, name: str, encoding: str | None = None) -> str:
    """Decode raw issue bytes. `encoding` None or "auto" detects; anything else is used as is."""
    if encoding and encoding.lower() != "auto":
        return _decode_as(data, name, encoding)
    codec = _bom_codec(data)
    if codec is not None:
        return _decode_as(data, name, codec)
    if b"\x00" in data:  # anywhere, not only in the first block
        raise NewscliError(f"{name}: looks like a binary file, not issue text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return _detect_cjk(data, name)


RETRY_CHAOS = 0.5  # charset_normalizer's default is 0.2


def _detect_cjk(data: bytes, name: str) -> str:
    from charset_normalizer import from_bytes  # imported only when UTF-8 failed

    best = from_bytes(data, cp_isolation=CJK_ENCODINGS).best()
    if best is None:
        # One chunk of odd symbols (Ⅱ Ⅲ Ⅳ, ①②) can push a chunk's "chaos" past the default
        # threshold though the whole decodes cleanly: ask again, more tolerant.
        best = from_bytes(data, cp_isolation=CJK_ENCODINGS, threshold=RETRY_CHAOS).best()
    if best is None:
        raise NewscliError(
            f"{name}: cannot decode as UTF-8, GB18030 or Big5; name the encoding with `encoding`"
        )
    return str(best)


def _decode_as(data: bytes, name: str, encoding: str) -> str:
    try:
        text = data.decode(encoding)
    except LookupError:
        raise NewscliError(f"unknown encoding {encoding!r}") from None
    except UnicodeDecodeError as exc:
        raise NewscliError(
            f"{name}: cannot decode as {encoding} (byte {exc.start}); try another `encoding`"
        ) from None
    except UnicodeError as exc:  # e.g. the "undefined" codec
        raise NewscliError(f"{name}: cannot decode as {encoding}: {exc}") from None
    return text.removeprefix("\ufeff")
