"""Which tagged words `stats` counts as people, places and organisations.

The tagger's person (`nr`, `nrfg`, `nrt`), place (`ns`) and organisation (`nt`) tags come from
jieba's dictionary, which gives them to many ordinary words (高水平, 养老, 福祉, 文明 are `nr`;
城市 is `ns`), and from its HMM for unknown words, which also tags bare surnames (`金` of a
name cut in two). So a tag is checked against the shape of a name:

- a person is a known surname (the list in `surnames.py`, taken from a maintained source) and
  a given name of one or two characters, and is not an anonymised `王某`. Two-character words
  of the dictionary are left out: they are ordinary words far more often than names (the
  names of the people in the news are mostly unknown to it and found by its HMM), as are
  four-character words without a compound surname (党风廉政, 公共安全 are `nr` words);
- a place or an organisation is 2 or more Han characters.
"""

from __future__ import annotations

from collections.abc import Callable

from .stats import HAN_RE
from .surnames import COMPOUND, SINGLE

TAGS = frozenset({"nr", "nrfg", "nrt", "ns", "nt"})  # the tags worth a look (jieba's tag set)
ANONYMISED = "某"  # 王某, 李某某: "a certain Wang", how reports hide a name


def kind_of_tag(tag: str) -> str | None:
    if tag in ("nr", "nrfg", "nrt"):
        return "people"
    if tag == "ns":
        return "places"
    if tag == "nt":
        return "organizations"
    return None


class NameFilter:
    """`kind(word, tag)`: the kind of name a tagged word is, or None. `in_dictionary` tells
    whether the segmenter's dictionary has the word."""

    def __init__(self, in_dictionary: Callable[[str], bool]):
        self.in_dictionary = in_dictionary
        self.memo: dict[tuple[str, str], str | None] = {}  # names repeat: decide each once

    def kind(self, word: str, tag: str) -> str | None:
        key = (word, tag)
        if key not in self.memo:
            self.memo[key] = self._decide(word, tag)
        return self.memo[key]

    def _decide(self, word: str, tag: str) -> str | None:
        kind = kind_of_tag(tag)
        if kind is None or len(word) < 2 or len(HAN_RE.findall(word)) != len(word):
            return None
        if kind == "people" and not self.is_person(word):
            return None
        return kind

    def is_person(self, word: str) -> bool:
        if word.endswith(ANONYMISED):
            return False
        if word[:2] in COMPOUND:
            return len(word) in (3, 4)
        return word[0] in SINGLE and (
            len(word) == 3 or len(word) == 2 and not self.in_dictionary(word)
        )
