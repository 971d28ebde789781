"""Word segmentation behind one small interface, in a tokenizer each run owns.

Two engines cut and tag with jieba's algorithm and dictionary:

- `rjieba` (the default): the Python binding of jieba-rs, jieba in Rust: it cuts about 25
  times and tags about 200 times as fast as jieba, and its tokens agree with jieba's on over
  99% of the test corpus (it keeps `0351-5661162` as one token where jieba cuts it in three).
- `jieba`: the pure-Python package, the reference; it also supplies the IDF table of `stats`.

`open_segmenter()` picks the engine (the argument, else $NEWSCLI_SEGMENTER, else rjieba) and
builds a fresh tokenizer: user words go into that tokenizer only, never into a process-wide
dictionary, so one run's user dictionary cannot leak into the next run in the same process.

Both engines load only here, on demand. Nothing of jieba's ever reaches standard error, and its
cache (which jieba loads with `marshal`: whoever writes it controls the counts) lives only in a
private folder, never in the shared temporary directory jieba falls back to.
"""

from __future__ import annotations

import atexit
import hashlib
import logging
import os
import shutil
import stat
import tempfile
import warnings
from collections.abc import Callable
from functools import lru_cache
from importlib import metadata
from itertools import compress
from pathlib import Path

from .errors import NewscliError

ENGINES = ("rjieba", "jieba")
DEFAULT_ENGINE = "rjieba"
ENGINE_VARIABLE = "NEWSCLI_SEGMENTER"
PRIVATE_MODE = 0o700


def engine_name(choice: str | None = None) -> str:
    """The engine to use: `choice`, else $NEWSCLI_SEGMENTER, else the default."""
    name = choice or os.environ.get(ENGINE_VARIABLE) or DEFAULT_ENGINE
    if name not in ENGINES:
        source = f"${ENGINE_VARIABLE}" if not choice else "segmenter"
        raise NewscliError(f"unknown {source} {name!r}: expected one of {', '.join(ENGINES)}")
    return name


def open_segmenter(engine: str | None = None, userdict: Path | None = None) -> Segmenter:
    """A new tokenizer of `engine` (see `engine_name`), with `userdict` loaded into it."""
    name = engine_name(engine)
    segmenter = RjiebaSegmenter() if name == "rjieba" else JiebaSegmenter()
    if userdict is not None:
        segmenter.load_userdict(userdict)
    return segmenter


class Segmenter:
    """cut, tag, add_word and load_userdict, as jieba names them, on a tokenizer of one's own.

    A segmenter can be pickled (to a spawned worker process, or a Dask worker): it is rebuilt
    there with the same engine and the same added words."""

    name = "?"
    distribution = "?"  # the package whose version identifies the engine

    def __init__(self) -> None:
        self.added: list[tuple[str, int | None, str | None]] = []  # replayed when unpickled
        self._last_edges: tuple[str, frozenset[int]] | None = None

    @property
    def version(self) -> str:
        try:
            return metadata.version(self.distribution)
        except metadata.PackageNotFoundError:
            return "unknown"

    def initialize(self, tagging: bool = False) -> None:
        """Load what segmenting (and `tagging`) needs now, not on first use: before worker
        processes fork, so that they share it."""

    def cut(self, text: str, hmm: bool = True) -> list[str]:
        raise NotImplementedError

    def tag(self, text: str, hmm: bool = True) -> list[tuple[str, str]]:
        """(word, part-of-speech tag) pairs, jieba's tag set (nr person, ns place, nt organisation...)."""
        raise NotImplementedError

    def cut_and_tag(self, text: str, hmm: bool = True) -> tuple[list[str], list[str], list[str]]:
        """(tokens of `cut(text)`, then the words and the tags of `tag(text)` as two lists).
        jieba's tagger segments a little differently from its cutter, so both run; an engine
        whose tagger keeps the cutter's tokens runs once."""
        tagged = self.tag(text, hmm)
        return self.cut(text, hmm), [word for word, _ in tagged], [tag for _, tag in tagged]

    def cut_and_pick(self, text: str, hmm: bool, pick: Callable, tags: frozenset[str]) -> tuple:
        """(tokens of `cut(text)`, [(word, pick(word, tag))] for the tagged words whose tag is
        in `tags` and whose pick is not None), in text order. `pick` must answer by its
        arguments alone: an engine may remember its answers."""
        tokens, words, word_tags = self.cut_and_tag(text, hmm)
        # the few tagged words worth a look, picked out in C (a Python call per token costs more)
        candidates = compress(zip(words, word_tags), map(tags.__contains__, word_tags))
        return tokens, [(word, value) for word, tag in candidates if (value := pick(word, tag))]

    def add_word(self, word: str, freq: int | None = None, tag: str | None = None) -> None:
        self._add_word(word, freq, tag)
        self.added.append((word, freq, tag))

    def _add_word(self, word: str, freq: int | None, tag: str | None) -> None:
        raise NotImplementedError

    def has_word(self, word: str) -> bool:
        """Whether the dictionary (the user's words included) has `word`."""
        raise NotImplementedError

    def load_userdict(self, path: Path) -> str:
        """Add the words of a jieba user dictionary (`word [freq] [tag]` a line, UTF-8; a BOM
        is stripped so the first word is not lost). Returns the file's SHA-256."""
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise NewscliError(f"{path}: {exc.strerror or exc}") from None
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise NewscliError(f"{path}: a user dictionary must be UTF-8") from None
        for word, freq, tag in userdict_entries(text):
            self.add_word(word, freq, tag)
        return hashlib.sha256(data).hexdigest()

    def boundaries(self, text: str) -> frozenset[int]:
        """Offsets in `text` where a token starts or ends. The last answer is kept: a field
        with several matches asks about the same text for each."""
        if self._last_edges is not None and self._last_edges[0] == text:
            return self._last_edges[1]
        edges = {0}
        offset = 0
        for token in self.cut(text):
            offset += len(token)
            edges.add(offset)
        frozen = frozenset(edges)
        self._last_edges = (text, frozen)
        return frozen

    def __reduce__(self):
        return (_rebuild, (self.name, self.added))


def _rebuild(name: str, added: list) -> Segmenter:
    segmenter = open_segmenter(name)
    for word, freq, tag in added:
        segmenter.add_word(word, freq, tag)
    return segmenter


def userdict_entries(text: str):
    """(word, freq or None, tag or None) of each non-blank line of a jieba user dictionary."""
    for line in text.splitlines():
        parts = line.split()
        if not parts:
            continue
        word, rest = parts[0], parts[1:]
        freq = int(rest[0]) if rest and rest[0].isdigit() else None
        tag = rest[-1] if rest and not rest[-1].isdigit() else None
        yield word, freq, tag


class RjiebaSegmenter(Segmenter):
    name = "rjieba"
    distribution = "rjieba"

    def __init__(self) -> None:
        super().__init__()
        self.tokenizer = _rjieba_class()()  # its own dictionary, not the module's shared one
        self.tags_of: dict[str, str] = {}  # token -> its tag, learnt as tokens come
        self._pick: tuple | None = None  # the (pick, tags) of cut_and_pick...
        self.picked: dict[str, object] = {}  # ...and each token's pick that is not None

    def cut(self, text: str, hmm: bool = True) -> list[str]:
        return self.tokenizer.cut(text, hmm)

    def tag(self, text: str, hmm: bool = True) -> list[tuple[str, str]]:
        return self.tokenizer.tag(text, hmm)

    def cut_and_tag(self, text: str, hmm: bool = True) -> tuple[list[str], list[str], list[str]]:
        """jieba-rs tags the tokens `cut` gives, each by the token alone (its dictionary tag,
        else a guess from its characters), so a token's tag is learnt once and looked up after:
        tagging costs little more than cutting. The tags are exactly those of `tag(text)`."""
        tokens = self.tokenizer.cut(text, hmm)
        self._learn(text, tokens, hmm)
        return tokens, tokens, list(map(self.tags_of.__getitem__, tokens))

    def cut_and_pick(self, text: str, hmm: bool, pick: Callable, tags: frozenset[str]) -> tuple:
        """As tags are learnt per token, so are picks: a token's pick is decided once, and a
        text's picked words are found by one set lookup a token, in C."""
        if self._pick != (pick, tags):
            self._pick, self.picked = (pick, tags), {}
            self._repick(self.tags_of)
        tokens = self.tokenizer.cut(text, hmm)
        self._learn(text, tokens, hmm)
        picked = self.picked
        return tokens, [(token, picked[token]) for token in filter(picked.__contains__, tokens)]

    def _learn(self, text: str, tokens: list[str], hmm: bool) -> None:
        tags_of = self.tags_of
        unique = set(tokens)
        if unique <= tags_of.keys():
            return
        new = unique.difference(tags_of)
        if self._learn_tags(new, hmm):
            self._repick(new)
        else:  # a token that alone cuts otherwise: learnt in context
            tagged = self.tokenizer.tag(text, hmm)
            tags_of.update(tagged)
            self._repick({word for word, _ in tagged} | new)

    def _repick(self, tokens) -> None:
        """Decide again the picks of `tokens`, whose tags were just learnt."""
        if self._pick is None:
            return
        pick, tags = self._pick
        for token in tokens:
            tag = self.tags_of.get(token)
            value = pick(token, tag) if tag in tags else None
            if value is None:
                self.picked.pop(token, None)
            else:
                self.picked[token] = value

    def _learn_tags(self, words: set[str], hmm: bool) -> bool:
        """Tag each word by itself; False if one of them does not come out as one token."""
        whole = True
        for word in words:
            tagged = self.tokenizer.tag(word, hmm)
            if len(tagged) == 1 and tagged[0][0] == word:
                self.tags_of[word] = tagged[0][1]
            else:
                whole = False
        return whole

    def _add_word(self, word: str, freq: int | None, tag: str | None) -> None:
        self.tokenizer.add_word(word, freq, tag)
        self.tags_of.clear()  # a new word may change tags learnt so far
        self.picked.clear()

    def has_word(self, word: str) -> bool:
        return self.tokenizer.has_word(word)


@lru_cache(maxsize=1)
def _rjieba_class():
    """rjieba's `Jieba` class, from its compiled module alone when it can be found: the
    package's `__init__` builds a module-wide tokenizer this one never uses (a second
    dictionary load, 75 ms of every run)."""
    import sys
    from importlib.machinery import EXTENSION_SUFFIXES, ExtensionFileLoader
    from importlib.util import find_spec, module_from_spec, spec_from_file_location

    if "rjieba.rjieba" in sys.modules:
        return sys.modules["rjieba.rjieba"].Jieba
    package = find_spec("rjieba")
    if package is None or not package.submodule_search_locations:
        raise NewscliError("rjieba is not installed: pip install rjieba, or use --segmenter jieba")
    folder = Path(next(iter(package.submodule_search_locations)))
    for suffix in EXTENSION_SUFFIXES:
        path = folder / f"rjieba{suffix}"
        if path.is_file():
            loader = ExtensionFileLoader("rjieba.rjieba", str(path))
            module = module_from_spec(spec_from_file_location("rjieba.rjieba", path, loader=loader))
            loader.exec_module(module)
            sys.modules["rjieba.rjieba"] = module  # a later `import rjieba` reuses it
            return module.Jieba
    import rjieba  # laid out otherwise: the ordinary way

    return rjieba.Jieba


class JiebaSegmenter(Segmenter):
    """jieba's own `Tokenizer`, a new one (not `jieba.dt`, the module's shared one). A word
    added with frequency 0 is the one exception jieba makes: it also goes into its HMM's
    process-wide list of words never to join."""

    name = "jieba"
    distribution = "jieba"

    def __init__(self) -> None:
        super().__init__()
        jieba = _jieba()
        self.tokenizer = jieba.Tokenizer()
        self.tokenizer.tmp_dir = str(private_cache_dir())
        self._tagger = None

    def initialize(self, tagging: bool = False) -> None:
        self.tokenizer.initialize()
        if tagging:
            self.tagger()

    def cut(self, text: str, hmm: bool = True) -> list[str]:
        return self.tokenizer.lcut(text, HMM=hmm)

    def tag(self, text: str, hmm: bool = True) -> list[tuple[str, str]]:
        return [(pair.word, pair.flag) for pair in self.tagger().lcut(text, HMM=hmm)]

    def tagger(self):
        """jieba's part-of-speech tagger on this tokenizer (its tables take a second to load:
        only on request)."""
        if self._tagger is None:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                import jieba.posseg
            self.tokenizer.check_initialized()
            self._tagger = jieba.posseg.POSTokenizer(self.tokenizer)
        return self._tagger

    def _add_word(self, word: str, freq: int | None, tag: str | None) -> None:
        self.tokenizer.add_word(word, freq, tag)

    def has_word(self, word: str) -> bool:
        self.tokenizer.check_initialized()
        return self.tokenizer.FREQ.get(word, 0) > 0  # prefixes of words are in FREQ with 0


def idf_path() -> Path:
    """jieba's IDF table (jieba/analyse/idf.txt), found without importing jieba."""
    from importlib.util import find_spec

    spec = find_spec("jieba")
    if spec is None or spec.origin is None:
        raise NewscliError(
            "jieba is not installed (its IDF table weighs the keywords): pip install jieba"
        )
    return Path(spec.origin).parent / "analyse" / "idf.txt"


def jieba_version() -> str:
    try:
        return metadata.version("jieba")
    except metadata.PackageNotFoundError:
        return "unknown"


def _jieba():
    with warnings.catch_warnings():  # SyntaxWarning (3.12+) and pkg_resources deprecation
        warnings.simplefilter("ignore")
        import jieba
    # Silence all of it: a failed cache write is logged with a traceback at ERROR level.
    jieba.setLogLevel(logging.CRITICAL + 1)
    return jieba


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "newscli" / "jieba"


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
