"""Photos and drawings: captions (图为……, ……（记者 某某 摄）) and credits (摄影：某某, 速写 某某),
which SCHEMA keeps in the paragraphs of the story they sit in, never in its byline."""

from __future__ import annotations

import re

from ..schema import HAN
from .shapes import BULLETS, SPACES

# …摄, …摄影报道, …摄（某某视觉）: the photo agency may follow in brackets.
PHOTO_CREDIT_RE = re.compile(
    r"摄(?:影)?(?:报道)?[）)]?(?:[（(][^（）()]{1,12}[）)])?$"
    rf"|摄影(?:记者)?[{SPACES}]+[{HAN}]{{2,3}}$"  # …确保颗粒归仓。特约摄影 某某
    # （图片由某某提供）, （某某表演/照片由某某拍摄）, （本文相片由某某提供）: who supplied or
    # took the photo
    r"|[（(/／](?:本文|文中)?(?:图片|照片|相片)由[^（）()/／]{1,20}(?:提供|拍摄)[）)]$"
    r"|^[（(][^（）()]{0,12}(?:图片|资料图|供图)(?:仅供参考)?[）)]$"  # （某某台图片）, （资料图）: alone on its line
    # 图：受访者提供, 部分图片由某某提供, 本版图片均据新华社: where the page's photos came from
    r"|^(?:部分|部份|本版|全部|文中|配)?图片?(?:均|皆)?[：:／/由]?[^，。（）()]{1,12}提供$|^本版图片均?据[^，。]{2,12}$"
    r"|[（(][□■]?[^（）()\s]{1,10}(?:社|网|台)发[）)]$"  # …进攻。（新华社发）: the agency sent it
    # …讲解数学题（资料图片）。某某 提供, …。 某某 供图: who supplied the photo, after its caption
    # and a space (…为期三天。教材免费提供 is a sentence)
    rf"|[。！？）)][{SPACES}]*[{HAN}]{{2,4}}(?:[{SPACES}]+提供|[{SPACES}]*供图)$"
    rf"|[{SPACES}][{HAN}]{{2,4}}供图$"  # 民警下河救人 某某供图
    r"|[（(][^（）()]{1,12}供图[）)]$"  # （某某 供图）
    r"|[（(]图[：:／/][^（）()]{1,16}[）)]$"  # …新闻部长某某。（图：某某脸书）: where the photo came from
    # 中央社记者某某传真　111年9月10日: a wire's photographer sent it, and when
    rf"|记者[{HAN}]{{2,4}}传真(?:[{SPACES}]+\d{{2,4}}年\d{{1,2}}月\d{{1,2}}日)?$"
)
# Who stands where in a photo: 左起某某、某某 names the people of a caption.
PHOTO_ORDER_RE = re.compile(r"左起|右起|[从自]左[至到向]右|[从自]右[至到向]左")
CAPTION_RE = re.compile(r"^(?:图为|上图|下图|左图|右图|图[：:])|[（(][^（）()]{0,30}摄[）)]?$|摄$")
# 双方交流人员合影, 与会代表合影留念, 全体合照: what a group photo's caption says (一张珍藏了六十年
# 的合影 names one: a headline may).
GROUP_PHOTO_RE = re.compile(r"(?<!的)(?:合影|合影留念|留影|合照|集体照)。?$")
# A drawing's or calligraphy's credit: 《某报》　速写　某某, 漫画/某某.
ART_CREDIT_RE = re.compile(rf"(?:速写|漫画|插图|绘图|制图|书法|篆刻)[\s/：:]*[{HAN}]{{2,4}}$")


# 摄影：某某, 摄影／某报记者某某: the credit's mark before the name.
# 摄影：某某, ■摄影 记者 王 蓉 (a two-character name printed with a space inside it).
PHOTO_BY_RE = re.compile(
    # ■ 首席摄影记者 某某: a photographer's rank and name alone, under a photo's caption
    rf"^[{BULLETS}]?\s*(?:本报)?(?:首席|特约|资深|主任|实习|见习)摄影记者\s*[{HAN}]{{2,3}}$"
    rf"|^[{BULLETS}]?\s*摄影\s*(?:[：:／/]\s*[{HAN}·]{{2,16}}"
    rf"|[：:／/\s]\s*(?:记者\s*)?[{HAN}]{{1,3}}(?:[\s\u3000]+[{HAN}]{{1,3}}){{0,3}})$"
    # 图：某某 某某, 图/新华社, 图片：某某: who took or sent the photos alone (图/文, 图文： credit
    # the text too)
    rf"|^[{BULLETS}]?\s*图片?\s*[：:／/]\s*(?!文)[{HAN}·]{{2,4}}(?:[{SPACES}、，]+[{HAN}·]{{2,4}}){{0,5}}$"
)


def is_photo_credit(text: str) -> bool:
    """A photo's or a drawing's credit: ……摄, ……摄影报道, 摄影：某某, 速写　某某, and in
    brackets: （摄影/某某）."""
    if text[:1] in "（(" and text[-1:] in "）)" and "摄影" in text[:4]:
        return bool(PHOTO_BY_RE.match(text[1:-1].strip()))
    return bool(
        (
            (
                "摄" in text
                or "提供" in text
                or "图" in text
                or "发）" in text
                or "发)" in text
                or "传真" in text
            )
            and (PHOTO_CREDIT_RE.search(text) or PHOTO_BY_RE.match(text))
        )
        or ART_CREDIT_RE.search(text)
    )  # (摄 first: most lines hold none, and two of the patterns need it)


# 2012年12月27日，某某在某地举办…: a sentence that opens on the whole date, with its year;
# a photo's caption reads so under a headline, a sub-headline never does.
DATED_SENTENCE_RE = re.compile(r"^(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[，,]")


# Where a person stands in the photo, after the name: 某某（左2）, 某某（右一）, 某某（前排左三）,
# 某某（中排中）; no headline places people so. (A bare （中） closes a series' middle part:
# 行走在乡村振兴一线（中）.)
PHOTO_ROW = r"(?:前排|后排|中排|第[一二三四五六七八九十]排|图)"
PHOTO_PLACE_RE = re.compile(
    rf"[（(](?:{PHOTO_ROW}?[左右]\s*(?:起第?)?[一二三四五六七八九十\d]{{0,2}}|{PHOTO_ROW}中)[)）]"
)


def is_caption(text: str) -> bool:
    """图为……, 上图：……, ……（记者 张三 摄）, ……人员合影, 某某（左2）、某某（右1）."""
    if ("影" in text[-4:] or "照" in text[-4:]) and GROUP_PHOTO_RE.search(text):
        return True
    if PHOTO_PLACE_RE.search(text):
        return True
    return ("图" in text[:3] or "摄" in text[-4:]) and bool(CAPTION_RE.search(text))


# 记者 某某 摄影报道: the whole story is told in photos (its credit stands under its headline).
PHOTO_REPORT_RE = re.compile(r"摄影(?:报道|报导)$")  # (read in simplified characters)


def reports_in_photos(text: str) -> bool:
    return bool(PHOTO_REPORT_RE.search(text))
