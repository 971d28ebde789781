"""Credits run in to a story's text: a credit that opens it (（记者 某某）…, 【记者某某报导】…)
or closes it (…全部完工。（记者 某某）, …演唱会。 张某 李某, …。◇), and a quote's attribution
(——市民 某某). The line features of features.py read them.
"""

from __future__ import annotations

import re

from . import shapes
from .authors import has_surname
from .people import bracketed_byline, in_lead_credit, run_in_report

# 【记者某某报导】, 〔记者某某／台北报导〕: Taiwan's bracketed credits.
REPORTED_BRACKET_RE = re.compile(r"[【〔][^【】〔〕]{2,30}报[导道][】〕]")


def opens_with_credit(text: str) -> bool:
    """（记者 某某 报道）…, 【记者某某报导】…, 某某＼某地报导 …: a credit opens the text."""
    if text[:1] in "【〔" and not REPORTED_BRACKET_RE.match(text):
        return False  # 【市民反映】…, 【记者连线】…: a label over a part of the story
    credit = in_lead_credit(text, bracketed_only=True, dateline_words=True)  # （某地）…: a dateline
    return credit is not None and (
        text[:1] in "（(【〔" or run_in_report(text) is not None or credit[0] == 0
    )


def ends_in_a_name(text: str) -> bool:
    """…干部 朱某某: the last word, after a space, is a name (it starts with a surname); or
    the dashes are followed by the name alone (———张某)."""
    last = re.split(r"[\s/／]+", text)  # ——市民 某某, ──台中/某某某
    if len(last) == 1:
        last = ["", text.lstrip("—－-─")]
    return len(last) > 1 and 2 <= len(last[-1]) <= 4 and has_surname(last[-1])


END_GLYPHS = "◇◆□■"
# …并不涉人为纵火。本报记者张某: the role, then the name, glued to the last sentence
RUN_IN_ROLE_NAME_RE = re.compile(
    rf"[。！？”」][ \u3000]*(?:本报)?(?:特约|见习|实习)?记者[ \u3000]*([{shapes.HAN}]{{2,3}})$"
)
RUN_IN_NAMES_RE = re.compile(
    rf"[。！？”」][ \u3000]+((?:[{shapes.HAN}]{{2,3}}[ \u3000]*){{1,3}})$"
)  # a column's mark at the end of each item
# A last sentence and the credit run on to it: …全部完工。（记者 王某 实习生 刘某）
RUN_IN_CREDIT_RE = re.compile(r"[。！？!?”」][\s\u3000]*([（(][^（）()]{2,40}[）)])$")


def ends_with_credit(text: str) -> bool:
    """The paragraph closes with its story's credit run on to it (not a photo's: ……摄), or
    with the column's end mark (…推延到2020年。◇)."""
    if text[-1:] in END_GLYPHS:
        return text.rstrip(END_GLYPHS + " \u3000")[-1:] in "。！？”」"
    if text[-1:] not in "）)":
        tail = text[-16:]  # …举行演唱会。 张某 李某: the writers, a space apart
        names = RUN_IN_NAMES_RE.search(tail) if " " in tail or "\u3000" in tail else None
        if names is None and "记者" in tail:
            names = RUN_IN_ROLE_NAME_RE.search(tail)
        return names is not None and all(map(has_surname, names.group(1).split()))
    match = RUN_IN_CREDIT_RE.search(text)
    return match is not None and bool((bracketed_byline(match.group(1)) or (None, []))[1])
