"""`export -f html`: records as one self-contained, readable page: the language and fonts
follow each record's script, and every value from a record is escaped."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from typing import IO

HTML_HEAD = """<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body {{ max-width: 42em; margin: 2em auto; padding: 0 1em; line-height: 1.8;
  font-family: {fonts}; }}
{lang_rules}
article {{ border-bottom: 1px solid #ccc; padding-bottom: 1.5em; }}
h2 {{ margin-bottom: .2em; }}
p {{ text-indent: 2em; margin: .4em 0; }}
p.subtitle {{ font-size: 1.1em; margin: 0; text-indent: 0; }}
p.meta {{ color: #666; font-size: .9em; text-indent: 0; }}
</style>
</head>
<body>
"""

# Glyph forms differ by region (the position of 。and ，, some strokes): the page's fonts
# follow its language, Hong Kong and Macao forms first for zh-Hant-HK/MO.
FONTS_SC = '"Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun", serif'
FONTS_TC = '"Noto Serif CJK TC", "Source Han Serif TC", "Songti TC", "PMingLiU", serif'
FONTS_HK = '"Noto Serif CJK HK", "Source Han Serif HC", "Noto Serif CJK TC", "Songti TC", "MingLiU_HKSCS", serif'
# For an article whose language differs from the page's (records of several scripts).
LANG_RULES = (
    f"article:lang(zh-Hans) {{ font-family: {FONTS_SC}; }}\n"
    f"article:lang(zh-Hant) {{ font-family: {FONTS_TC}; }}\n"
    f"article:lang(zh-Hant-HK), article:lang(zh-Hant-MO) {{ font-family: {FONTS_HK}; }}"
)


def html_fonts(lang: str) -> str:
    tag = lang.lower()
    if tag.startswith(("zh-hant-hk", "zh-hant-mo", "zh-hk", "zh-mo")):
        return FONTS_HK
    if tag.startswith(("zh-hant", "zh-tw")):
        return FONTS_TC
    return FONTS_SC


# A well-formed BCP 47 tag (RFC 5646 section 2.1, without grandfathered tags): what
# `convert-traditional` writes into `script` (zh-Hant-TW); anything else is not put in a page.
BCP47_RE = re.compile(
    r"(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})"  # language
    r"(?:-[A-Za-z]{4})?"  # script
    r"(?:-(?:[A-Za-z]{2}|\d{3}))?"  # region
    r"(?:-(?:[A-Za-z\d]{5,8}|\d[A-Za-z\d]{3}))*"  # variants
    r"(?:-[\dA-WY-Za-wy-z](?:-[A-Za-z\d]{2,8})+)*"  # extensions
    r"(?:-x(?:-[A-Za-z\d]{1,8})+)?"  # private use
)
DEFAULT_LANG = "zh-Hans"  # records not converted are in simplified script
UNKNOWN_SCRIPT_LANG = "zh"  # a `script` that is no language tag: Chinese, script unknown


def html_lang(record: dict) -> str:
    """The record's `lang`: its `script` when that is a BCP 47 tag."""
    script = record.get("script")
    if script is None or script == "":
        return DEFAULT_LANG
    if isinstance(script, str) and BCP47_RE.fullmatch(script):
        return script
    return UNKNOWN_SCRIPT_LANG


def write_html(records: Iterable[dict], out: IO[bytes], title: str | None = None) -> int:
    """One self-contained page; `lang` comes from the text's script (zh-Hans unless converted),
    the page title from the first record's issue and date. Every value from a record is
    escaped, in attributes as in text."""
    count = 0
    for record in records:
        lang = html_lang(record)
        if count == 0:
            out.write(_html_head(lang, title or page_title(record)))
        out.write(_html_article(record, lang, html_meta(record, lang)).encode("utf-8"))
        count += 1
    if count == 0:
        out.write(_html_head(DEFAULT_LANG, title or EMPTY_PAGE_TITLE))
    out.write(b"</body>\n</html>\n")
    return count


EMPTY_PAGE_TITLE = "newscli export"


def page_title(record: dict) -> str:
    parts = [str(record[k]) for k in ("issue", "date") if record.get(k)]
    return " ".join(parts) or EMPTY_PAGE_TITLE


KIND_LABELS = {
    "article": ("文章", "文章"),
    "notice": ("公告", "公告"),
    "masthead": ("报头", "報頭"),
    "ad": ("广告", "廣告"),
    "page": ("版面", "版面"),
}


def html_meta(record: dict, lang: str) -> str:
    """date · kind · byline · pages · id, labelled in Chinese (traditional for zh-Hant)."""
    traditional = lang.lower().startswith(("zh-hant", "zh-tw", "zh-hk", "zh-mo"))
    kind = record.get("kind")
    labels = KIND_LABELS.get(kind) if isinstance(kind, str) else None
    parts = [record.get("date"), labels[traditional] if labels else kind, record.get("byline")]
    if record.get("continued_from"):
        parts.append(f"上接第{record['continued_from']}版")
    if record.get("continued_to"):
        parts.append(f"{'下轉' if traditional else '下转'}第{record['continued_to']}版")
    parts.append(record.get("id"))
    return " · ".join(str(p) for p in parts if p)


def _html_head(lang: str, title: str) -> bytes:
    return HTML_HEAD.format(
        lang=html.escape(lang),
        title=html.escape(title),
        fonts=html_fonts(lang),
        lang_rules=LANG_RULES,
    ).encode("utf-8")


def _html_article(record: dict, lang: str, meta: str) -> str:
    esc = html.escape  # quotes too: safe inside attribute values
    parts = [f'<article id="{esc(str(record.get("id")))}" lang="{esc(lang)}">']
    if record.get("title"):
        parts.append(f"<h2>{esc(str(record['title']))}</h2>")
    if record.get("subtitle"):
        parts.append(f'<p class="subtitle">{esc(str(record["subtitle"]))}</p>')
    parts.append(f'<p class="meta">{esc(meta)}</p>')
    parts += [f"<p>{esc(p)}</p>" for p in record.get("paragraphs") or []]
    parts.append("</article>\n")
    return "\n".join(parts)
