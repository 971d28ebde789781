"""Runs of blocks that are not articles: mastheads, notices and ads.

Found before articles are assembled, because a notice may follow an article with no
headline or byline between them, and its heading may even be printed after its text.
"""
from __future__ import annotations

from dataclasses import dataclass

from . import shapes
from .lines import BOUNDARIES, Line, Shape


@dataclass
class Zone:
    kind: str  # masthead, notice or ad
    first: int  # first block index
    last: int  # last block index (inclusive)


class ZoneFinder:
    def __init__(self, lines: list[Line], blocks: list[list[int]]):
        self.lines = lines
        self.blocks = blocks
        self.taken = [False] * len(blocks)
        # Per-block facts, computed once: every finder below asks them of every block.
        self._texts = [[lines[i].text for i in block] for block in blocks]
        self._boundary = [any(lines[i].shape in BOUNDARIES for i in block) for block in blocks]
        self._short = [all(len(t) <= shapes.HEADLINE_MAX or not shapes.is_closed(t) for t in texts) for texts in self._texts]

    def texts(self, block: int) -> list[str]:
        return self._texts[block]

    def has_boundary(self, block: int) -> bool:
        return self._boundary[block]

    def all_prose(self, block: int) -> bool:
        return all(self.lines[i].shape in (Shape.PROSE, Shape.HEADLINE) for i in self.blocks[block])

    def is_title_block(self, block: int) -> bool:
        return all(shapes.is_notice_title(t) for t in self.texts(block))

    def claim(self, zone: Zone) -> Zone:
        for block in range(zone.first, zone.last + 1):
            self.taken[block] = True
        return zone

    def find(self) -> list[Zone]:
        zones = self.mastheads()
        zones += self.ads()
        zones += self.notices_by_contact()
        zones += self.notices_by_title()
        return sorted(zones, key=lambda z: z.first)

    def mastheads(self) -> list[Zone]:
        zones: list[Zone] = []
        for block in range(len(self.blocks)):
            if any(self.lines[i].shape is Shape.MASTHEAD for i in self.blocks[block]):
                if zones and zones[-1].last == block - 1:
                    zones[-1].last = block
                else:
                    zones.append(Zone("masthead", block, block))
        return [self.claim(z) for z in zones]

    def notices_by_contact(self) -> list[Zone]:
        """A contact block (联系人：...) with its notice text before it and its signature,
        date and any heading printed after it."""
        zones = []
        for block in range(len(self.blocks)):
            if self.taken[block] or not any(shapes.CONTACT_RE.match(t) for t in self.texts(block)):
                continue
            first = self._notice_start(block)
            last = self._notice_end(block)
            text = "".join("".join(self.texts(b)) for b in range(first, last + 1))
            has_title = any(self.is_title_block(b) for b in range(first, last + 1))
            if has_title or shapes.NOTICE_WORDS_RE.search(text):
                zones.append(self.claim(Zone("notice", first, last)))
        return zones

    def _notice_start(self, block: int) -> int:
        first = block
        for prev in range(block - 1, -1, -1):
            if self.taken[prev] or self.has_boundary(prev):
                break
            if self.is_title_block(prev):
                return prev
            if not (self.all_prose(prev) and shapes.NOTICE_WORDS_RE.search("".join(self.texts(prev)))):
                break
            first = prev
        return first

    def _notice_end(self, block: int) -> int:
        last = block
        dated = any(shapes.DATE_LINE_RE.match(t) for t in self.texts(block))
        for nxt in range(block + 1, len(self.blocks)):
            if self.taken[nxt] or self.has_boundary(nxt):
                break
            if self.is_title_block(nxt):
                if self._heads_text(nxt):
                    break  # the heading of the next notice, not this one's
                last = nxt
                continue
            if dated or not self._is_signature_block(nxt):
                break
            dated = any(shapes.DATE_LINE_RE.match(t) for t in self.texts(nxt))
            last = nxt
        return last

    def _heads_text(self, block: int) -> bool:
        after = block + 1
        return after < len(self.blocks) and not self.taken[after] and all(
            self.lines[i].shape is Shape.PROSE for i in self.blocks[after]
        )

    def _is_signature_block(self, block: int) -> bool:
        """Signer and date lines, printed apart from the contact lines."""

        def signature_line(text: str) -> bool:
            return bool(shapes.DATE_LINE_RE.match(text) or shapes.CONTACT_RE.match(text)) or (
                len(text) <= shapes.SHORT_LINE_MAX and not shapes.is_closed(text)
            )

        if not all(signature_line(t) for t in self.texts(block)):
            return False
        dated = lambda b: any(shapes.DATE_LINE_RE.match(t) for t in self.texts(b))  # noqa: E731
        return dated(block) or (block + 1 < len(self.blocks) and dated(block + 1))

    def notices_by_title(self) -> list[Zone]:
        """A notice heading (遗失声明, 招标公告) followed by notice text, with no contact block."""
        zones = []
        for block in range(len(self.blocks) - 1):
            if self.taken[block] or not self.is_title_block(block):
                continue
            last = block
            for nxt in range(block + 1, len(self.blocks)):
                if self.taken[nxt] or self.has_boundary(nxt) or not self.all_prose(nxt):
                    break
                text = "".join(self.texts(nxt))
                if not (shapes.NOTICE_WORDS_RE.search(text) or self._is_signature_block(nxt)):
                    break
                last = nxt
            if last > block:
                zones.append(self.claim(Zone("notice", block, last)))
        return zones

    def ads(self) -> list[Zone]:
        """A block of short lines with a hotline or booking number, with the slogan lines
        before it and the address or contact lines after it."""
        zones = []
        for block in range(len(self.blocks)):
            if self.taken[block] or not self._is_ad_contact(block):
                continue
            first = block
            while first > 0 and self._is_ad_part(first - 1, slogans=True):
                first -= 1
            last = block
            while last + 1 < len(self.blocks) and self._is_ad_part(last + 1, slogans=False):
                last += 1
            text = "".join("".join(self.texts(b)) for b in range(first, last + 1))
            if shapes.AD_WORDS_RE.search(text):  # a number alone could be a notice's
                zones.append(self.claim(Zone("ad", first, last)))
        return zones

    def _short_lines(self, block: int) -> bool:
        """Ads are set in short lines; running prose in a block rules an ad out."""
        return self._short[block]

    def _is_ad_contact(self, block: int) -> bool:
        if self.has_boundary(block) or not self._short_lines(block):
            return False  # cheap tests first: most blocks are running prose
        text = " ".join(self.texts(block))
        return bool(
            shapes.AD_CONTACT_RE.search(text) or (shapes.PHONE_RE.search(text) and shapes.AD_WORDS_RE.search(text))
        )

    def _is_ad_part(self, block: int, slogans: bool) -> bool:
        """Before the number: slogans (headline-shaped lines) or selling words; after it:
        only more numbers, addresses or selling words, so the next headline stays free."""
        if self.taken[block] or self.has_boundary(block) or not self._short_lines(block):
            return False
        texts = self.texts(block)
        if self._is_ad_contact(block) or shapes.AD_WORDS_RE.search("".join(texts)):
            return True
        if all(shapes.CONTACT_RE.match(t) for t in texts):
            return True
        return slogans and all(self.lines[i].shape is Shape.HEADLINE for i in self.blocks[block])
