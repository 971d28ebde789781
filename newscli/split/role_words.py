"""The role words a byline may carry before names (本报记者, 通讯员, 文/, 摄影…), kept apart
from the patterns built on them (shapes.ROLE_RE, ORG_ROLE_RE)."""

from __future__ import annotations

# Role words a byline may carry before names. Longest first, so 本报记者 wins over 记者.
ROLE_WORDS = sorted(
    [
        "本报记者",
        "本报通讯员",
        "本报评论员",
        "本报特约评论员",
        "本报特约记者",
        "本报特约",  # 本刊特约某某: a contributor the paper invited, no role word after
        "本刊特约",
        "本报实习生",
        "特约记者",
        "见习记者",
        "实习记者",
        "融媒体记者",
        "全媒体记者",
        "本报融媒体记者",
        "本报全媒体记者",
        "文/",
        "图/",
        "摄/",
        "口述",
        "作者",
        "首席记者",
        "驻站记者",
        "特派记者",
        "星级记者",
        "资深记者",
        "主任记者",
        "高级记者",
        "摄影记者",
        "学生记者",  # a campus paper's
        "校园记者",
        "前方记者",
        "记者",
        "通讯员",
        "评论员",
        "实习生",
        "特约评论员",
        "撰稿",
        "撰稿人",
        "特约撰稿人",
        "特约撰稿",
        "专栏作者",  # 某某网专栏作者 某某: a site's columnist
        "专栏作家",
        "撰文",
        "撰文/",
        "文字",
        "文字/",
        "采访",
        "采写",
        "策划",
        "执行",
        "编译",
        "译/",  # 文/某某 译/某某: who translated it
        "摄影/",
        "本报特约通讯员",
        "特约通讯员",
        "融媒记者",
        "栏目主持",
        "主持人",
        "编辑",
        "责任编辑",
        "摄影",
        "摄",
        "文图",
        "文/图",
        "图片：",  # 文字：某某　图片：某某: who took the photos, as a web page credits them
        "图片/",  # (图片新闻, 图片来源 are no role: the mark must follow)
        "图/文",
        "文",
        "图",
        "整理",
        "报道",
        "独家报道：",  # 独家报导：某某: who has the exclusive (【独家报道】 alone is a rubric)
        "独家报导：",
        "供稿",  # 供稿：某某: who supplied the piece
        "摄像",  # a video's cameraman
        "责编",  # the piece's editor, as a web page credits it
        "主编",  # 某某网主编 某某: a site's chief editor who wrote the piece
        "审核：",  # who checked it: 图文：某某 审核：某某 (审核严把关 is a headline)
        "核稿：",  # who checked the copy, and who released it: a campus site's credit line
        "编发：",
        "审/",  # （文/某某 图/某某 审/某某）
    ],
    key=len,
    reverse=True,
)
