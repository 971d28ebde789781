"""Reflow of headings cut by a column, and the cohesion test that tells a crosshead from a
new article's headline. Texts here are composed for the shapes, not taken from any issue, but
for one page of a tuning issue."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_layout_invariance import wrap

from newscli.split import split_text
from newscli.split.cohesion import around, overlap
from newscli.split.flush_lines import flush_line_runs_on

from conftest import ROOT, run


@pytest.mark.parametrize(
    "text,after",
    [
        ("城北新区排水管网改造工程今日全面完", "工"),  # a word's last character pushed down
        ("市民热议“口袋公园”建成后的新变", "化”如何延续"),  # an open quotation
        ("——访市交通运输局党组书记、局长", "王某某"),  # a sub-headline's dash line
        ("某某晚报　2024年3月", "5日　星期二"),  # a date cut in two
        ("本版编辑：赵某　责任编辑：", "钱某　校对：孙某"),  # a label's value pushed down
        ("某某商报 2024-03-05 星期二 第", "A3版 财经"),  # a lettered page number cut
        ("值班主任：徐某某　陈某某　首席", "编辑：安某某　美编：焦某"),  # a label cut
    ],
)
def test_a_heading_cut_by_the_column_runs_on(text, after):
    assert flush_line_runs_on(text, after, 16)


@pytest.mark.parametrize(
    "text,after",
    [
        ("某某晚报　第3版　星期二　城事", "老旧小区加装电梯提速"),  # a page header ends
        ("二〇二四年度报刊征订进行中", "订阅热线：0000-0000000"),  # a label line stands alone
        ("城北新区排水管网改造完工了", "（记者 王某）"),  # a credit under it
        (
            "订购热线：0000-0000000　地址：某某路8号",
            "某某日报社主管主办　出版物号：CN 00-0000",
        ),  # colophon
    ],
)
def test_a_line_that_fills_the_column_by_chance_ends(text, after):
    assert not flush_line_runs_on(text, after, 14)


def all_paragraphs(issue: str) -> list[str]:
    """Every paragraph of every record `newscli split` gives for `issue`."""
    return [p for r in run("split", input=issue).records for p in r["paragraphs"]]


def article_titles(issue: str) -> list[str]:
    """The titles of the articles `newscli split` gives for `issue`, in order."""
    return [r["title"] for r in run("split", input=issue).records if r["kind"] == "article"]


def test_a_header_that_ends_with_its_page_number_ends_there():
    # In a column 22 wide a four-character line could be a heading's last word pushed down;
    # after a header's page number it is a line of its own.
    assert not flush_line_runs_on("某某日报　2024年9月2日　星期一　第1版", "今日导读", 22)


def test_a_line_never_opens_with_a_closing_mark():
    issue = "\n".join(
        [
            "某某日报　2024年3月5日　星期二",
            "老城区改造迎来新进展",
            "　　本报讯　今年以来，老城区改",
            "造工程稳步推进，居民们都说：“环",
            "境确实变好了，出门也方便多了。",
            "”12月起，施工队伍全员",  # short: the number did not fit
            "1200余人进场作业，预计年底完工",
            "。",
            "　　据介绍，改造涉及十二个小区",
            "，惠及居民三千余户，总投资约两",
            "亿元。",
        ]
    )
    articles = [r for r in split_text(issue) if r["kind"] == "article"]
    assert articles[0]["paragraphs"] == [
        "本报讯　今年以来，老城区改造工程稳步推进，居民们都说：“环境确实变好了，出门也方便多了。"
        "”12月起，施工队伍全员1200余人进场作业，预计年底完工。",
        "据介绍，改造涉及十二个小区，惠及居民三千余户，总投资约两亿元。",
    ]


SAME_STORY = (
    "滇南茶山的普洱茶农忙着采摘春茶，茶农岩温说今年雨水足，茶芽肥壮。",
    "岩温家的茶园在勐海县，普洱茶价格比去年略高，茶农收入有望增加。",
)
NEW_STORY = "市公交集团宣布新开三条夜班线路，覆盖火车站、机场和大学城，票价两元。"


def test_cohesion_is_higher_where_one_story_goes_on():
    assert overlap(SAME_STORY[0], SAME_STORY[1]) > overlap(SAME_STORY[0], NEW_STORY) + 0.2


def test_cohesion_window_reads_both_sides():
    before, after = around(["甲" * 150, "乙" * 150, "标题", "丙" * 150, "丁" * 150], 2, window=200)
    assert before == "甲" * 50 + "乙" * 150 and after == "丙" * 150 + "丁" * 50


def test_common_characters_say_little():
    common = overlap("公交线路的是了", "茶园采摘的是了")
    rare = overlap("公交线路勐岩", "茶园采摘勐岩")
    assert common < rare


def test_a_role_word_before_two_characters_that_are_no_name_is_no_byline():
    from newscli.split.people import opening_byline

    assert opening_byline("记者核实") is None  # a crosshead: "the reporter checked"
    assert opening_byline("记者成欣") == ("记者成欣", ["成欣"])  # a credit glued to its name


def test_a_bullet_before_a_name_is_a_byline_before_a_label_a_rubric():
    from newscli.split.name_lines import bulleted_byline

    assert bulleted_byline("□陈曦") == ("陈曦", ["陈曦"])
    assert bulleted_byline("■中國入世") is None  # a section label: no surname


def test_a_quoted_post_is_a_paragraph_not_a_headline():
    issue = "\n".join(
        [
            "城东公园铜像又被塞烟头",
            "日前，有市民发现公园铜像嘴里被人塞了烟头，拍照发到网上。",
            "@某某网友：铜像也该戒烟了",
            "记者联系了公园管理处，工作人员表示会加强巡查。",
            "（记者 王某某）",
        ]
    )
    articles = [r for r in split_text(issue) if r["kind"] == "article"]
    assert len(articles) == 1 and "@某某网友：铜像也该戒烟了" in articles[0]["paragraphs"]


def test_a_long_numbered_heading_is_not_joined_to_the_next_paragraph():
    from newscli.split.cuts import cut_by_layout

    assert not cut_by_layout(
        "（一）希望的田野——从起步到发力，这里有看得见的发展和感受得到的活力，每一天都在变化"
    )
    assert cut_by_layout(
        "记者从市交通部门了解到，城区今年将新增公交线路十二条，覆盖城北新区和高铁站等地，方便"
    )


def test_split_keeps_a_crosshead_inside_its_story_on_a_real_issue():
    """齐鲁晚报 (a tuning issue, no blank lines): the crosshead 延续上年四季度回升态势 shares the
    story's words (季度, 经济, 平稳), so `newscli split` keeps it as a paragraph of that article."""
    from conftest import CORPUS, run

    result = run("split", CORPUS / "tuning" / "t02_qilu_wanbao.txt")
    assert result.code == 0
    by_title = {r["title"]: r for r in result.records}
    article = by_title["今年前2个月经济运行起步平稳"]
    assert "延续上年四季度回升态势" in article["paragraphs"]
    assert "延续上年四季度回升态势" not in by_title


def test_a_line_broken_at_a_space_gets_its_space_back():
    # The wrapper broke the header and the masthead's phone line at the ideographic space
    # between two items and left it at the line's end: the pieces are one line again, with
    # the space between them, not two headers and not two numbers run together.
    issue = "\n".join(
        [
            "某某晚报　2024年3月5日　星期二　",
            "A6　城事新闻",
            "老旧小区加装电梯提速",
            "　　本报讯　今年以来，全市老旧小",
            "区加装电梯工作稳步推进，已有一百",
            "二十台电梯投入使用。",
            "　　据介绍，明年还将新开工二百台",
            "电梯，惠及居民三千余户。",
            "某某晚报社出版　社长：某某　",
            "新闻热线：0000-1234567　",
            "广告热线：0000-7654321",
        ]
    )
    records = split_text(issue)
    assert records[0]["kind"] == "page"
    assert records[0]["paragraphs"] == ["某某晚报　2024年3月5日　星期二　A6　城事新闻"]
    assert records[1]["title"] == "老旧小区加装电梯提速"
    assert records[-1]["kind"] == "masthead"
    assert records[-1]["paragraphs"][-1] == "新闻热线：0000-1234567　广告热线：0000-7654321"


def test_a_label_line_cut_mid_word_is_read_as_one_line():
    # "…　新闻 | 热线：…": the piece after the cut looks like a label line of its own, but the
    # line it continues is a label line already (its first piece has the colon).
    issue = "\n".join(
        [
            "某某日报　2024年3月5日　星期二",
            "老旧小区加装电梯提速",
            "　　本报讯　今年以来，全市老旧小",
            "区加装电梯工作稳步推进，已有一百",
            "二十台电梯投入使用，群众很满意。",
            "　　据介绍，明年还将新开工二百台",
            "电梯，惠及居民三千余户。",
            "某某日报社出版",
            "总编室：",
            "0000-12345678　新闻",
            "热线：0000-87654321",
        ]
    )
    masthead = split_text(issue)[-1]
    assert masthead["kind"] == "masthead"
    assert masthead["paragraphs"][-1] == "总编室：0000-12345678　新闻热线：0000-87654321"


@pytest.mark.parametrize(
    "first,second",
    [("场景一", "场景二"), ("A 早市新貌", "B 夜市新景")],
)
def test_headings_that_count_are_parts_of_one_article(first, second):
    # A label with an ordinal that runs on (场景一 … 场景二), or a section letter, numbers the
    # parts of one article: crossheads, not the headlines of new articles.
    issue = "\n".join(
        [
            "城区菜市场改造完成",
            "本报记者 赵某某",
            "上个月，城区六家菜市场改造全部完成，市民买菜的环境焕然一新。",
            first,
            "清晨六点，东门菜市场已经热闹起来，摊主们把新鲜蔬菜摆上整洁的摊位。",
            "一位老人说，地面不滑了，通道也宽了，买菜比以前舒心多了。",
            second,
            "傍晚时分，西门菜市场的灯光亮起，下班的年轻人在这里挑选晚餐的食材。",
            "据了解，明年全市还将改造十家菜市场。",
        ]
    )
    records = split_text(issue)
    assert [r["title"] for r in records] == ["城区菜市场改造完成"]
    assert first in records[0]["paragraphs"] and second in records[0]["paragraphs"]


def test_a_heading_between_two_stories_that_share_nothing_opens_an_article():
    # A tuning issue's page (real text): neither a lead nor a byline follows 風雨來襲落葉紛飛,
    # so by its shape it could be a crosshead; the text on its two sides shares almost no
    # words (cohesion under NEW_STORY): two stories.
    path = Path(__file__).parent / "corpus" / "tuning" / "t29_xasb_trad.txt"
    result = run("split", "--encoding", "big5", path)
    titles = [r["title"] for r in result.records if r["kind"] == "article"]
    assert titles[:2] == ["櫻花醉古城", "風雨來襲落葉紛飛"]


def test_a_notice_heading_after_a_full_line_stands_alone_but_a_cut_title_reads_on():
    # A column 14 wide without indents: 更 正 after a contact line that fills the column is
    # the next notice's heading; 公告 after 招标 is the rest of a title cut by the column.
    issue = "\n".join(
        [
            "寻人启事",
            "王某某，男，75岁，身高约",
            "1.65米，于3月5日上午在",
            "某某公园附近走失，走失时身穿",
            "蓝色上衣。有知情者请与家属联",
            "系，必有重谢。",
            "联系电话：1380000000",
            "更 正",
            "本报3月7日A03版《某某路",
            "改造进入收尾阶段》一文中，“",
            "全长3.5公里”应为“全长",
            "5.3公里”，特此更正。",
            "某某有限公司某某项目施工招标",
            "公告",
            "某某有限公司就某某项目进行公开",
            "招标，欢迎符合条件的单位报名。",
        ]
    )
    records = split_text(issue)
    assert [(r["kind"], r["title"]) for r in records] == [
        ("notice", "寻人启事"),
        ("notice", "更 正"),
        ("notice", "某某有限公司某某项目施工招标公告"),
    ]


def test_headlines_of_one_length_in_a_short_issue_are_not_a_column():
    # Three headings of eleven characters are the commonest width of lines that run on, but
    # most lines run far past it: one paragraph per line, nothing to rejoin.
    issue = "\n".join(
        [
            "代表委员热议新质生产力",
            "□本报记者 孙某某 李某",
            "“发展新质生产力，关键在创新。”全国人大代表王某某说，企业要加大研发投入。",
            "全国政协委员张某某表示，要营造良好的创新生态，让各类人才的创造活力竞相迸发。",
            "加快培育新兴壮大产业",
            "代表们认为，要加快培育新能源、新材料、生物医药等新兴产业，打造发展新引擎。",
            "“我们今年将新建三条生产线。”王某某说。",
            "推动传统产业转型升级",
            "代表们建议，要用数智技术改造提升传统产业，推动产业向高端化、智能化转型。",
            "■记者手记",
            "让创新成为发展的主引擎",
            "■ 孙某某",
            "两会期间，“新质生产力”成为高频词。记者在采访中感受到，创新正在成为共同选择。",
        ]
    )
    records = split_text(issue)
    assert [(r["title"], r["byline"]) for r in records] == [
        ("代表委员热议新质生产力", "本报记者 孙某某 李某"),
        ("让创新成为发展的主引擎", "孙某某"),
    ]


def test_a_long_headline_after_a_paragraph_that_ends_at_the_edge_is_not_its_text():
    # Column 16 wide, indents open paragraphs. The paragraph's last sentence ends exactly at
    # the edge; the two flush lines after it end open: a headline cut by the column.
    issue = "\n".join(
        [
            "某某晚报　2024年3月5日　星期二",
            "老旧小区加装电梯提速",
            "　　本报讯　今年以来，全市老旧小",
            "区加装电梯工作稳步推进，已有一百",
            "二十台电梯投入使用，群众很满意。",
            "十二路记者走基层直播，从各行业新",
            "气象中看到不平凡变化",
            "　　本报讯　昨天，本报十二路记者",
            "奔赴各行业基层一线，十小时不间断",
            "直播展现各行业的新气象新作为。",
        ]
    )
    records = split_text(issue)
    assert [r["title"] for r in records[1:]] == [
        "老旧小区加装电梯提速",
        "十二路记者走基层直播，从各行业新气象中看到不平凡变化",
    ]


@pytest.mark.parametrize("footer", ["", "\n责任编辑：李某　美术编辑：赵某"])
def test_a_two_line_crosshead_inside_one_story_stays_in_its_article(footer):
    # The heading's two sides tell one story (cohesion above ONE_STORY) and no credit
    # follows it: a crosshead of two lines, whether the page ends there or a footer follows.
    issue = (
        "小麦开镰 颗粒归仓\n本报记者 赵某某\n"
        "6月2日，某某县农民驾驶收割机在麦田里抢收小麦。连日来，全县抢抓晴好天气，组织农机手开展小麦收割。\n"
        "收割后的麦田里，播种机紧随其后，全县农民抢种玉米、大豆等秋季作物，科学种植。\n"
        "农技专家深入田间\n指导农民科学种植\n"
        "县农业农村局组织20余名农技专家深入田间地头，指导全县农民科学播种玉米、大豆，"
        "合理施肥，农机手开展跨区作业。\n"
        "据了解，全县玉米、大豆等秋季作物播种将于6月15日前全部完成。" + footer
    )
    articles = [r for r in split_text(issue) if r["kind"] == "article"]
    assert [r["title"] for r in articles] == ["小麦开镰 颗粒归仓"]
    assert articles[0]["paragraphs"][2:4] == ["农技专家深入田间", "指导农民科学种植"]


def test_a_notice_contact_line_that_fills_the_column_ends_at_its_phone_number():
    # A column 22 wide, indents open paragraphs; the notice's lines are flush. The contact
    # line fills the column by chance; the signer and date after it are a line of their own.
    issue = "\n".join(
        [
            "某某早报　2006年10月31日　星期二",
            "市民文化节开幕",
            "　　本报讯　昨日，第五届市民文化节",
            "在市民广场开幕，两万余名市民参加了开",
            "幕式，文艺演出精彩纷呈。",
            "减资公告",
            "经股东会决议，某某商贸有限公司拟将注册",
            "资本由500万元减至200万元。",
            "联系人：黄某　电话：0771-0000000",
            "某某商贸有限公司　2006年10月30日",
            "责任编辑　韦某　　美术编辑　覃某",
        ]
    )
    notice = [r for r in split_text(issue) if r["kind"] == "notice"][0]
    assert notice["paragraphs"][-2:] == [
        "联系人：黄某　电话：0771-0000000",
        "某某商贸有限公司　2006年10月30日",
    ]


def test_a_heading_that_takes_up_its_headlines_words_is_a_section_of_that_article():
    # A tuning issue's page (real text): 不敢管、不能管、不想管 under the headline
    # 不敢管、不能管？教师缘何不再举“戒尺”, and a magazine's header (2018年第7期).
    path = Path(__file__).parent / "corpus" / "tuning" / "t74_bytan.txt"
    records = split_text(path.read_text("utf-8"))
    assert [(r["kind"], r["title"]) for r in records[:2]] == [
        ("page", None),
        ("article", "不敢管、不能管？教师缘何不再举“戒尺”"),
    ]
    assert "不敢管、不能管、不想管" in records[1]["paragraphs"]


def test_a_headline_and_sub_headline_cut_by_the_column_after_a_photo_credit():
    # Column 14 wide. A caption closes with its photo credit one short of the edge; the
    # headline after it takes two lines (its last one short), then a sub-headline: more
    # flush lines than a cut heading alone, yet a heading, as its first short line shows.
    issue = "\n".join(
        [
            "　　市民在新建的口袋公园里",
            "健身休闲。记者 王某 李某某",
            "赵某 钱某某 孙某 摄影报道",
            "全市老旧小区改造工程今年全面",
            "完成改造任务",
            "惠及居民三万余户幸福感获得感",
            "明显提升",
            "　　本报讯　今年，全市老旧小",
            "区改造工程进展顺利，已有一百",
            "二十个小区完成改造，群众满意。",
        ]
    )
    articles = [r for r in split_text(issue) if r["kind"] == "article"]
    assert [(r["title"], r["subtitle"]) for r in articles][-1] == (
        "全市老旧小区改造工程今年全面完成改造任务",
        "惠及居民三万余户幸福感获得感明显提升",
    )


# A story in a column 14 wide, indents opening paragraphs: enough lines to find the width.
PARK_STORY_14 = [
    "城北口袋公园开放",
    "　　本报讯　昨天，城北口袋公",
    "园正式开放，市民纷纷前来休闲",
    "健身。公园里新建了步道、儿童",
    "游乐场和健身器材，附近居民都",
    "说方便多了。",
]


def test_a_bracket_left_open_at_a_short_line_runs_on_after_a_sentence_at_the_edge():
    # Column 14 wide: the paragraph's sentence ends at the edge and the line after it is
    # short, but it opens a bracket that the next line closes (a number too long to fit).
    issue = "\n".join(
        [
            *PARK_STORY_14,
            "　　据介绍，今年全市计划新建",
            "口袋公园二十个，目前已有八个",
            "建成开放，其余年底前均完工。",
            "（线索来自本报新闻热线",
            "0000000）",
            "",
            "本版编辑　王某　　校对　李某",
        ]
    )
    article = split_text(issue)[0]
    assert article["paragraphs"][-1].endswith("完工。（线索来自本报新闻热线0000000）")


def test_a_registration_term_cut_by_the_column_is_one_masthead_line():
    issue = "\n".join(
        [
            "城北口袋公园开放",
            "　　本报讯　昨天，城北口袋公",
            "园正式开放，市民纷纷前来休闲。",
            "",
            "某某晚报社出版　国内统一连续",
            "出版物号：CN00-0000",
            "新闻热线：0000-0000000",
        ]
    )
    masthead = [r for r in split_text(issue) if r["kind"] == "masthead"][0]
    assert masthead["paragraphs"][0] == "某某晚报社出版　国内统一连续出版物号：CN00-0000"


def test_a_footer_cut_at_the_double_space_between_its_items_keeps_the_gap():
    # A column 14 wide; the editor line's items are parted by two ideographic spaces, and
    # the column cut it right after them.
    issue = "\n".join(
        [
            *PARK_STORY_14,
            "责任编辑：马某　　版式：李某　　",
            "校对：王某",
        ]
    )
    footer = split_text(issue)[-1]
    assert footer["kind"] == "page"
    assert footer["paragraphs"] == ["责任编辑：马某　　版式：李某　　校对：王某"]


@pytest.mark.parametrize("label", ["【百年故事】", "◆民生关注◆", "（图片新闻）"])
def test_a_bracketed_label_under_a_full_line_of_a_wide_column_is_a_line_of_its_own(label):
    # In a column 30 wide a label is short enough to pass for a heading's last word pushed
    # down; a bracketed label is never printed as a piece of a line.
    assert not flush_line_runs_on("某某日报　2024年3月5日　星期二　第9版　专刊", label, 30)


def test_a_notice_heading_after_a_caption_that_fills_the_column_is_a_line_of_its_own():
    # A column 22 wide (ASCII indent). The caption fills its line and ends open; the court's
    # notice heading under it is short of the column and longer than a bare 公告.
    issue = "\n".join(
        [
            "城北民警进社区讲解防诈骗知识",
            "  本报讯　昨天上午，城北派出所民警走进社区",
            "，为居民讲解防范电信诈骗的知识，发放宣传资料",
            "三百余份。民警提醒，接到陌生来电要多核实，不",
            "要轻易转账。",
            "  图为民警向社区老人讲解如何识别诈骗短信老人",
            "某某市某某区人民法院公告",
            "  某某某：本院受理原告某某公司诉你买卖合同",
            "纠纷一案，因你下落不明，依法向你公告送达起诉",
            "状副本。",
        ]
    )
    notice = split_text(issue)[-1]
    assert (notice["kind"], notice["title"]) == ("notice", "某某市某某区人民法院公告")


NAMED_AGAIN = """云溪晚报　2024年3月5日　星期二　第5版　社区
编外社工爱管闲事温暖邻里
本报记者 张某某
　　昨天上午，东湖社区的郑秀芬阿姨送外孙上学回来，又顺道在小区里转了一圈，看到散落在地上的塑料袋和烟头，便弯腰一一捡了起来。楼道里堆放的纸箱、旧家具，她也会挨家挨户敲门提醒清理，几年下来，整栋楼干净了不少。
话不中听，其实很知心
　　郑秀芬阿姨今年62岁，年轻时当过纺织厂的挡车工。邻居吵架拌嘴，她总要上前劝两句；谁家老人生病，她第一个送去热汤。有人嫌她唠叨，可真遇上难处，大伙儿都愿意找她拿主意。
配电房旁堆满垃圾 物业承诺节前清运
　　本报讯（记者 李某）昨天，云溪市桂花新村的居民反映，小区配电房南边堆满了建筑垃圾，存在安全隐患。
"""

PAGE_CITY = """云溪晚报　2024年3月5日　星期二　第5版　东湖新闻
东湖老城区十条背街小巷完成改造
本报记者 张某某
　　昨天，云溪东湖老城区十条背街小巷改造全部完工。改造后的巷子铺上了青石板，墙面重新粉刷，路灯、垃圾桶等设施一应俱全，居民出行方便了许多。
东湖新增两条城乡公交线路
　　云溪东湖的公交集团昨日宣布，下周一起开通两条城乡公交线路，连接城区和东部六个乡镇，票价两元，每二十分钟一班，沿线三万余名村民出行将更加便利。
"""


def test_a_heading_after_which_the_story_names_its_person_again_is_a_crosshead():
    # No credit after the heading and the two sides share few characters, but the text
    # after it names again whom the text before it named (郑秀芬): one story.
    articles = [r for r in split_text(NAMED_AGAIN) if r["kind"] == "article"]
    assert [r["title"] for r in articles] == [
        "编外社工爱管闲事温暖邻里",
        "配电房旁堆满垃圾 物业承诺节前清运",
    ]
    assert articles[0]["paragraphs"][1] == "话不中听，其实很知心"


def test_words_the_page_header_names_do_not_tie_two_stories_together():
    # Both stories name the city and district of the page's header: the page's words, not a
    # story's, so the second headline still opens an article.
    articles = [r for r in split_text(PAGE_CITY) if r["kind"] == "article"]
    assert [r["title"] for r in articles] == [
        "东湖老城区十条背街小巷完成改造",
        "东湖新增两条城乡公交线路",
    ]


def test_uncredited_briefs_after_a_credited_story_stay_articles_of_their_own():
    # A tuning issue's page (real text): a credited story with one crosshead, then three
    # uncredited briefs whose text shares little with the text before each (cohesion just
    # above NEW_STORY). Crossheads would leave every brief inside the credited story.
    page = ROOT / "tests" / "corpus" / "tuning" / "t114_hdwb_chengshi.txt"
    titles = [r["title"] for r in split_text(page.read_text("utf-8")) if r["kind"] == "article"]
    assert titles == [
        "回访烧烤摊，垃圾、污水依旧",
        "街头路口添了遮阳棚亭",
        "我市15家图书馆评估定级上榜",
        "钢铁厂社区打造“微景观”",
    ]


def test_a_profiles_sections_name_again_the_person_its_headline_names():
    # A tuning issue's page (real text): an interview whose headline names the person
    # (…——访某报总编辑助理汪世伟); the text after its crosshead names him again. His name
    # is the story's, not the page's, though a headline holds it.
    page = ROOT / "tests" / "corpus" / "tuning" / "t141_myrb.txt"
    titles = [r["title"] for r in split_text(page.read_text("utf-8")) if r["kind"] == "article"]
    assert "科技创新无处不在" not in titles
    assert "科技绵阳 百闻不如一见——访兰州日报总编辑助理汪世伟" in titles


# Blank lines only between items; none inside them. The second story has a crosshead of two
# lines and no credit, so only the layout tells it from two uncredited briefs.
BLANKS_PART_ITEMS = """\
某某晚报　2024年5月21日　星期二　第6版　城事

老城区三十条背街小巷完成改造
　　本报讯（记者 林某）记者昨日从市住建局获悉，今年纳入计划的三十条背街小巷已全部完成改造，雨污分流、路面翻新和路灯更换同步完成。
　　据介绍，改造期间施工单位分段封闭、错峰作业，尽量减少对居民出行的影响。

一座小院
几代人的记忆
　　在城南的一条小巷深处，一座青砖小院静静地立着，院里的老槐树已有百年树龄，枝叶几乎遮住了半个院子。
　　住在这里的老人说，小时候常在树下听祖辈讲故事，如今孙辈也在树下写作业，院子换了几茬主人，槐树却一直都在。
夜市重新亮灯
烟火气回来了
　　入夏以来，沿河夜市重新亮灯，三百多个摊位沿着河岸一字排开，小吃、手作和旧书摊吸引了不少市民。
　　摊主们说，夜市管理方统一了摊位样式，垃圾也做到了日产日清，来逛的人比往年更多了。

公交五路调整部分站点
　　因道路施工，公交五路自下周一起临时调整部分站点，恢复时间另行通知。
"""


def test_where_blank_lines_part_items_a_heading_with_none_before_it_is_a_crosshead():
    articles = [r for r in split_text(BLANKS_PART_ITEMS) if r["kind"] == "article"]
    assert len(articles) == 3
    assert articles[0]["title"] == "老城区三十条背街小巷完成改造"
    assert articles[2]["title"] == "公交五路调整部分站点"
    assert articles[1]["paragraphs"][2:4] == ["夜市重新亮灯", "烟火气回来了"]


def test_a_blank_line_inside_an_item_leaves_headings_to_the_other_signals():
    # The same page with a blank line inside the first story too (above its second
    # paragraph): blank lines no longer part only items, so they decide nothing.
    text = BLANKS_PART_ITEMS.replace("。\n　　据介绍", "。\n\n　　据介绍")
    text = text.replace("\n\n公交五路", "\n公交五路")
    titles = [r["title"] for r in split_text(text) if r["kind"] == "article"]
    assert "公交五路调整部分站点" in titles


@pytest.mark.parametrize(("gap", "indent"), [("", "　　"), ("\n", "")])
def test_a_headline_one_short_of_the_column_is_not_run_into_its_sub_headline(gap, indent):
    # Column 14 wide, paragraphs opened by an indent or parted by blank lines. The headline
    # is 13 wide: the sub-headline's first character would still have fitted beside it, so
    # the wrapper did not cut there; the sub-headline itself is cut by the column.
    issue = "\n".join(
        [
            "城北口袋公园开放 居民乐见",
            "全市计划今年新建二十个口袋公",
            "园",
            gap + indent + "本报讯　昨天，城北口袋公园正",
            "式开放，市民纷纷前来休闲健身",
            "。公园里新建了步道、儿童游乐",
            "场和健身器材，附近居民都说方",
            "便多了。",
        ]
    )
    article = run("split", input=issue).records[0]
    assert (article["title"], article["subtitle"]) == (
        "城北口袋公园开放 居民乐见",
        "全市计划今年新建二十个口袋公园",
    )


def test_a_line_short_of_the_column_by_a_number_pushed_down_runs_on_after_a_sentence():
    # Column 14 wide: a sentence ends at the edge, and the next line is short only because
    # the number that follows it would not fit: the paragraph goes on, no heading there.
    issue = "\n".join(
        [
            *PARK_STORY_14,
            "　　据介绍，今年全市计划新建",
            "口袋公园二十个，目前已有八个",
            "建成开放，其余年底前均完工。",
            "下一步，全市还将新增绿地",
            "1500平方米，让市民出门见绿。",
        ]
    )
    article = run("split", input=issue).records[0]
    assert article["paragraphs"][-1].endswith(
        "均完工。下一步，全市还将新增绿地1500平方米，让市民出门见绿。"
    )


def test_where_blank_lines_part_items_one_may_open_with_a_line_that_is_no_headline():
    # A heading that ends in a colon reads as prose; the blank line above it, in a dump
    # whose blank lines are where items start, still opens a new item there.
    text = BLANKS_PART_ITEMS.replace(
        "一座小院\n几代人的记忆\n", "城南青石巷：\n一座小院 几代人的记忆\n"
    ) + (
        "\n城东菜市场完成提升改造\n"
        "　　城东菜市场提升改造工程日前完工，摊位统一更新，地面做了防滑处理。\n"
        "\n滨江公园新增健身步道\n"
        "　　滨江公园新建的健身步道本周开放，全长三公里，沿途设有休息座椅。\n"
    )
    articles = [r for r in split_text(text) if r["kind"] == "article"]
    assert len(articles) == 5
    assert articles[1]["paragraphs"][0].startswith("城南青石巷：")


@pytest.mark.parametrize(
    "header",
    [
        # its last item cut, the rest one word too short for a headline
        ["江城晚报　2025年1月24", "日　星期五　第3版　全民健身", "运动周特别报道"],
        # a lunar date cut
        ["江城晚报　2025年1月24", "日　星期五　第2版　农历腊月", "廿五　总第8123期"],
        # the running number cut from its 总第
        ["江城晚报　2025年1月24", "日　星期五　今日16版　总第", "8123期　农历腊月廿五"],
    ],
)
def test_a_page_header_cut_by_the_column_is_one_line_before_the_headline(header):
    # Column 14 wide: the dated page header is longer than the column; its last piece is
    # the rest of it, not the headline, which follows on the next line.
    records = run("split", input="\n".join([*header, *PARK_STORY_14])).records
    assert records[0]["kind"] == "page"
    assert records[0]["paragraphs"] == ["".join(header)]
    assert records[1]["title"] == "城北口袋公园开放"


@pytest.mark.parametrize(
    "cut,line",
    [
        # the wrapper left the bracket at the end of the line and moved the word it opens down
        (
            ["报料电话：", "0000-00000000（", "全天）　欢迎提供新闻线索"],
            "报料电话：0000-00000000（全天）　欢迎提供新闻线索",
        ),
        # the two ideographic spaces that part the numbers fill the line to the edge; the
        # wrapper broke there, and the next item is the same line's
        (
            ["　　报料电话：", "0000-0000000\u3000\u3000", "订报热线：", "0000-0000001"],
            "报料电话：0000-0000000　　订报热线：0000-0000001",
        ),
    ],
)
def test_a_notices_phone_line_cut_by_the_column_is_one_line(cut, line):
    # Column 14 wide, after a story: the notice's phone line runs on across the cuts.
    issue = "\n".join([*PARK_STORY_14, "", "读者热线", *cut])
    paragraphs = all_paragraphs(issue)
    assert line in paragraphs


def test_a_photo_credit_cut_by_the_column_keeps_its_last_character():
    # Column 14 wide: a photo credit at the edge closes the caption, and the one character
    # pushed down is the rest of the photographer's name, not a heading.
    issue = "\n".join(
        [
            *PARK_STORY_14,
            "　　图为市民在公园里散步健身",
            "　　摄影：江城晚报社记者张晓",
            "明",
            "",
            "　　据介绍，今年全市计划新建",
            "口袋公园二十个。",
        ]
    )
    records = run("split", input=issue).records
    assert len(records) == 1
    assert "摄影：江城晚报社记者张晓明" in records[0]["paragraphs"]


def test_a_bracketed_credit_cut_by_the_column_after_a_sentence_at_the_edge_is_a_byline():
    # Column 14 wide: the story's last sentence ends at the edge; the bracketed credit after
    # it, cut by the column, closes the story on a line of its own (an aside in brackets
    # would carry the paragraph on).
    issue = "\n".join(
        [
            *PARK_STORY_14,
            "　　据介绍，今年全市计划新建",
            "口袋公园二十个，目前已有八个",
            "建成开放，其余年底前均完工。",
            "（江城晚报记者 张晓明 通讯",
            "员 李华）",
            "城南老街改造完工",
            "　　本报讯　昨天，城南老街改",
            "造工程完工，老街重新开放，沿",
            "街商铺陆续开张。",
        ]
    )
    records = run("split", input=issue).records
    assert records[0]["authors"] == ["张晓明", "李华"]
    assert records[0]["paragraphs"][-1].endswith("其余年底前均完工。")
    assert records[1]["title"] == "城南老街改造完工"


def test_where_blank_lines_part_items_short_lines_ending_one_do_not_hide_it():
    # The first story ends in two short captions; read as a heading at first, they must not
    # make the blank line after them look like one inside an item.
    text = BLANKS_PART_ITEMS.replace(
        "尽量减少对居民出行的影响。\n",
        "尽量减少对居民出行的影响。\n改造后的青石巷\n居民在巷口纳凉\n",
    ).replace("夜市重新亮灯\n烟火气回来了\n", "夜市重新亮灯\n")
    text += "\n城东菜市场完成提升改造\n　　城东菜市场提升改造工程日前完工，摊位统一更新。\n"
    articles = [r for r in split_text(text) if r["kind"] == "article"]
    assert len(articles) == 4
    assert articles[0]["paragraphs"][-2:] == ["改造后的青石巷", "居民在巷口纳凉"]
    assert "夜市重新亮灯" in articles[1]["paragraphs"]


def test_explain_shows_how_the_blank_lines_weighed():
    # `split --explain`, piped: a JSON row per line, with the features that decided it
    rows = {row["text"]: row for row in run("split", "--explain", input=BLANKS_PART_ITEMS).records}
    assert "no-blank-break" in rows["夜市重新亮灯"]["features"]
    assert rows["夜市重新亮灯"]["role"] == "crosshead"
    assert "blank-break" in rows["公交五路调整部分站点"]["features"]


def test_where_blank_lines_part_items_a_stray_one_above_a_paragraph_ends_nothing():
    # Five blank runs, four where items start and one above the first story's second
    # paragraph (a long line of prose): that one is a stray, not an item's end.
    text = BLANKS_PART_ITEMS.replace(
        "。\n　　据介绍，", "。\n\n　　据介绍，为保证工程质量和居民安全，"
    ) + (
        "\n城东菜市场完成提升改造\n"
        "　　城东菜市场提升改造工程日前完工，摊位统一更新，地面做了防滑处理。\n"
        "\n滨江公园新增健身步道\n"
        "　　滨江公园新建的健身步道本周开放，全长三公里，沿途设有休息座椅。\n"
    )
    articles = [r for r in split_text(text) if r["kind"] == "article"]
    assert len(articles) == 5
    assert articles[0]["paragraphs"][1].startswith("据介绍")


def test_indents_open_paragraphs_in_a_narrow_column_of_long_paragraphs():
    # At 14 characters a paragraph takes a dozen lines and only its first is indented: few
    # lines in all, but most of the lines that start something. The header ends at the
    # column's edge and the headline, cut by the column too, follows it.
    lead = "　　本报讯　" + "今年以来，城北新区排水管网改造工程稳步推进，居民出行更加方便。" * 6
    body = "　　据介绍，" + "老旧小区改造涉及道路、管网、绿化等多项内容，预计年底前完工。" * 6
    column = [text[i : i + 14] for text in (lead, body) for i in range(0, len(text), 14)]
    issue = "\n".join(
        [
            "某某日报　2024年3月5日　",  # broken at the space between two items
            "星期二　第A12版　民生新闻",
            "“老旧小区加装电梯”工作全面",
            "启动",
            *column,
        ]
    )
    records = run("split", input=issue).records
    assert [r["kind"] for r in records] == ["page", "article"]
    assert records[0]["text"] == "某某日报　2024年3月5日　星期二　第A12版　民生新闻"
    assert records[1]["title"] == "“老旧小区加装电梯”工作全面启动"


def test_a_credit_after_a_space_at_the_column_edge_stays_in_its_paragraph():
    # The sentence ends at the column edge and the wrapper broke the line at the space after
    # it: the names under it were on the same line (…效果。　王某某　李某某), not a heading.
    first = "　　本报讯　今年以来，城北新区排水管网改造工程稳步推进，居民出行更加方便，好评如潮。"
    second = "　　据介绍，老旧小区改造涉及道路、管网、绿化等多项内容，预计年底全部完工，效果良好。"
    column = [text[i : i + 14] for text in (first, second) for i in range(0, len(text), 14)]
    column[-1] += "　"
    issue = "\n".join(["城北新区排水管网改造完工", *column, "王某某　李某某"])
    records = run("split", input=issue).records
    assert len(records) == 1
    assert records[0]["paragraphs"][-1].endswith("效果良好。　王某某　李某某")


def test_a_bracket_left_open_at_the_column_edge_runs_on():
    # …摄影 at the edge reads like a photo credit's end, but its bracket is open: the next
    # line (师某某摄）) closes it, it is no heading.
    first = "　　本报讯　今年以来，城北新区排水管网改造工程稳步推进，居民出行更加方便，好评如潮。"
    caption = "　　图为城北新区排水施工现场。（本报记者王某某　签约摄影师李某某摄）"
    column = [text[i : i + 14] for text in (first, caption) for i in range(0, len(text), 14)]
    issue = "\n".join(["城北新区排水管网改造完工", *column, "", *column[:3]])  # a story follows
    records = run("split", input=issue).records
    assert records[0]["paragraphs"][-1] == caption.strip("　")


def column_of(*paragraphs: str, width: int = 14) -> list[str]:
    """Each paragraph hard-wrapped at `width` characters, as a dump's column."""
    return [text[i : i + width] for text in paragraphs for i in range(0, len(text), width)]


STORY = "　　本报讯　今年以来，城北新区排水管网改造工程稳步推进，居民出行更加方便，好评如潮。"
MORE = "　　据介绍，老旧小区改造涉及道路、管网、绿化等多项内容，预计年底全部完工，效果良好。"


def test_a_caption_that_ends_with_its_photographer_at_the_edge_ends_there():
    # The caption's last line fills the column by chance; the colophon under it is flush.
    caption = "　　图为城北新区排水管网施工现场，工人们正忙着铺设新的雨水排放管道。 -摄影记者王某"
    assert len(caption) % 14 == 0
    issue = "\n".join(
        [
            "城北新区排水管网改造完工",
            *column_of(STORY, caption),
            "某某日报社出版　地址：某某路",
            "新闻热线：0000-00000000",
            "本版编辑：某某　校对：某某",
        ]
    )
    paragraphs = all_paragraphs(issue)
    assert caption.strip("　") in paragraphs


def test_the_pages_editor_line_under_a_storys_last_line_at_the_edge_is_its_own():
    dateline = "　　某某社记者王某传真　2024年9月10日"
    assert len(dateline) == 22
    issue = "\n".join(
        [
            "城北新区排水管网改造完工",
            *column_of(STORY, MORE, dateline, width=22),
            "本版编辑：某某　校对：某某",
        ]
    )
    story, page = run("split", input=issue).records
    # the wire's closing credit and date: the story's credit (or a paragraph), never joined
    assert dateline.strip("　") in [story["byline"], *story["paragraphs"]]
    assert page["paragraphs"] == ["本版编辑：某某　校对：某某"]


def test_a_labelled_phone_after_a_sentence_at_the_edge_stays_in_its_paragraph():
    # 洽询电话：（06） ends short only because the number did not fit after it.
    notice = "　　某某局即日起受理海产养殖户报名，名额有限，额满为止。"
    assert len(notice) % 14 == 0
    issue = "\n".join(
        [
            "某某局征求海产养殖试验户",
            "",
            *column_of(STORY, notice),
            "洽询电话：（06）",
            "000-0000　某某先生",
            "",
            "城北新区排水管网改造完工",
            "",
            *column_of(STORY),
        ]
    )
    records = run("split", input=issue).records
    assert records[0]["paragraphs"][-1].endswith("为止。洽询电话：（06）000-0000　某某先生")


def test_a_hotlines_name_cut_short_by_its_number_runs_on():
    # 文旅服务热线 alone is a notice's heading; here the wrapper broke at the space before a
    # number too long for the line, so the sentence goes on.
    issue = "\n".join(
        [
            "城北新区排水管网改造完工",
            *column_of(STORY),
            "",
            "文旅服务热线",
            "假日出游如遇问题，可拨打某某",
            "文旅服务热线 ",
            "0000-0000000 咨",
            "询或投诉。",
        ]
    )
    paragraphs = all_paragraphs(issue)
    assert "假日出游如遇问题，可拨打某某文旅服务热线 0000-0000000 咨询或投诉。" in paragraphs


def test_a_verse_line_one_short_of_the_column_ends_before_the_next_poems_title():
    # A column 14 wide, indents opening paragraphs. A poem's last line stops one short of the
    # edge and the next poem's title starts flush under it: its first character would have
    # fitted, so the column did not cut the verse there.
    issue = "\n".join(
        [
            *PARK_STORY_14,
            "",
            "春天的河",
            "□ 某某某",
            "　　河水绕过村口的老柳树",
            "　　一路向东流去不回头",
            "　　岸边的油菜花开得正好",
            "　　风吹过麦田和远处的山冈",
            "桥与灯火",
            "□ 某某",
            "　　夜色落在桥上，灯火一盏一",
            "盏亮起来，照着回家的人。",
        ]
    )
    titles = article_titles(issue)
    assert titles[-1] == "桥与灯火"


def test_a_contact_line_one_short_of_the_column_ends_before_the_next_item():
    # A column 14 wide, blank lines parting items: a notice's phone number, too long to share
    # its label's line, stops one short of the edge; the ad under it would have fitted its
    # first character there.
    issue = "\n".join(
        [
            "城北口袋公园开放",
            "本报讯　昨天，城北口袋公园正",
            "式开放，市民纷纷前来休闲健身",
            "。公园里新建了步道、儿童游乐",
            "场和健身器材，附近居民都说方",
            "便多了。",
            "",
            "征稿启事",
            "本报“银发生活”栏目常年征集",
            "反映老年朋友晚年生活的图片和",
            "短文，来稿请注明姓名、地址和",
            "电话。",
            "投稿邮箱：xxxxxx@",
            "example.com　　联",
            "系电话：",
            "0571-00000000",
            "某某养老服务中心　日间照料　",
            "助餐助浴",
        ]
    )
    paragraphs = all_paragraphs(issue)
    assert "某某养老服务中心　日间照料　助餐助浴" in paragraphs


def test_a_hotlines_name_between_an_open_clause_and_its_number_runs_on():
    # A column 14 wide: the column cuts a notice's sentence before the paper's hotline, whose
    # number is too long to share its line: 本报新闻热线 reads like a hotline box's heading,
    # but it sits between a clause left open and its number.
    issue = "\n".join(
        [
            *PARK_STORY_14,
            "",
            "读者热线",
            "身边有新鲜事、烦心事，请拨打",
            "本报新闻热线",
            "0571-00000000，",
            "或发送短信至00000。",
        ]
    )
    paragraphs = all_paragraphs(issue)
    assert (
        "身边有新鲜事、烦心事，请拨打本报新闻热线0571-00000000，或发送短信至00000。" in paragraphs
    )


def test_a_verse_line_well_short_of_the_widest_paragraph_line_is_not_cut():
    # Too few lines cut to find the column width, indents opening paragraphs: a poem's last
    # line, far shorter than the prose paragraph's first line, was not cut by the column.
    issue = "\n".join(
        [
            "春天的河",
            "□ 某某某",
            "　　河水绕过村口的老柳树",
            "　　一路向东流去不回头",
            "　　岸边的油菜花开得正好",
            "　　风吹过麦田和远处的山冈",
            "桥与灯火",
            "□ 某某",
            "　　夜色落在桥上，灯火一盏一盏亮起来，照着回家的人，也照",
            "着远处那条安静的河。",
        ]
    )
    titles = article_titles(issue)
    assert titles == ["春天的河", "桥与灯火"]


def test_a_page_of_verse_cut_at_its_widest_edge_has_a_column_width():
    # A column 22 wide (ASCII indents), most lines short verse: too few cut lines for their
    # share to show the column, but three run on from the widest edge. The page header cut
    # inside its page number is one line.
    issue = "\n".join(
        [
            "某某日报　2024年11月29日　星期五　第",
            "A011版　文艺副刊",
            "春天的河",
            "□ 某某某",
            "  河水绕过村口的老柳树",
            "  一路向东流去不回头",
            "  岸边的油菜花开得正好",
            "桥与灯火",
            "□ 某某",
            "  夜色落在桥上，灯火一盏一盏亮起来，照着回",
            "家的人，也照着远处那条安静的小河，照着河边",
            "的小路。",
        ]
    )
    page = run("split", input=issue).records[0]
    assert page["paragraphs"][0] == "某某日报　2024年11月29日　星期五　第A011版　文艺副刊"


def test_a_bracketed_date_range_one_short_of_the_column_is_a_line_of_its_own():
    # A column 14 wide: a list's bracketed date range stops one short of the edge, and its
    # first item's number would not have fitted there; a bracketed label is still printed on
    # a line of its own, never run into the item under it.
    issue = "\n".join(
        [
            *PARK_STORY_14,
            "",
            "上周热门推文榜单",
            "（9月18日至9月24日）",
            "1.城北口袋公园正式开放迎接",
            "市民",
            "2.全市老旧小区改造工程今年",
            "完成",
        ]
    )
    lines = [row["text"] for row in run("split", "--explain", input=issue).records]
    assert "（9月18日至9月24日）" in lines


def test_the_editors_line_as_wide_as_the_column_under_a_storys_last_sentence_is_its_own():
    # A column 16 wide, indents open paragraphs. The story's last sentence ends at the edge;
    # the page's editor line under it happens to be 16 wide too.
    issue = "\n".join(
        [
            "市区新增公共停车位两千个",
            "\u3000\u3000本报讯　为缓解停车难，今年",
            "市区新建公共停车场十二处，新增停",
            "车位两千余个。目前已有八处投入使",
            "用，市民可通过手机查询空余车位。",
            "责任编辑：王某\u3000\u3000美术编辑：陈某",
        ]
    )
    story, page = split_text(issue)
    assert (story["kind"], page["kind"]) == ("article", "page")
    assert story["paragraphs"][-1].endswith("市民可通过手机查询空余车位。")
    assert page["paragraphs"] == ["责任编辑：王某\u3000\u3000美术编辑：陈某"]


def test_whole_sentences_that_happen_to_share_a_length_are_no_column():
    # A short dump with no blank lines: three of its lines are 25 characters long, each a whole
    # sentence. Lines of one width that all end their sentences are no column's pieces.
    issue = "\n".join(
        [
            "城区新增公共停车位两千个",
            "本报讯（记者 李某）为缓解停车难，今年城区新建改建公共停车场十二处。",
            "目前已有八处投入使用，市民可通过手机查询空余车位。",
            "简讯",
            "■近日，某某街道开展消防安全检查，排查隐患十余处。",
            "■昨日，某某社区举办义诊活动，为居民免费测量血压。",
            "（张某）",
        ]
    )
    paragraphs = [p for r in split_text(issue) for p in r["paragraphs"]]
    assert "■近日，某某街道开展消防安全检查，排查隐患十余处。" in paragraphs
    assert "■昨日，某某社区举办义诊活动，为居民免费测量血压。" in paragraphs


def test_header_and_headline_lines_of_one_width_are_no_column():
    # A front page's top: the date line, the edition line and the headline happen to be 20
    # display columns each; none of them is a piece of prose, so no column cut them.
    issue = "\n".join(
        [
            "某某晚报",
            "2024年3月5日　星期二",
            "今日24版　总第8888期",
            "全市经济运行稳中向好",
            "本报讯（记者 张某）记者从市统计局获悉，一季度全市地区生产总值同比增长5.8%。",
        ]
    )
    records = split_text(issue)
    assert records[-1]["title"] == "全市经济运行稳中向好"
    assert records[-1]["paragraphs"][0].startswith("本报讯")


def test_a_line_that_ends_with_a_continued_to_marker_ends_its_story_there():
    # A column 14 wide: the story's last line fills the column with its （下转第3版）; the
    # editor line under it is the page's.
    issue = "\n".join(
        [
            "城区新增公共停车位两千个",
            "本报讯（记者 李某）为缓解停",
            "车难，今年城区新建改建公共停",
            "车场十二处。（下转第3版）",
            "责任编辑：王某",
        ]
    )
    story, page = split_text(issue)
    assert (story["continued_to"], story["paragraphs"][-1][-6:]) == (3, "车场十二处。")
    assert (page["kind"], page["paragraphs"]) == ("page", ["责任编辑：王某"])


def test_headlines_of_one_width_between_long_unwrapped_paragraphs_are_no_column():
    # No blank lines, one paragraph a line: the header and three headlines happen to be about
    # 43 display columns wide, but far more text runs past that width than stops at it.
    issue = "\n".join(
        [
            "某某政府网　2007年9月24日　星期一　地方领导",
            "上海各界人士喜迎中秋 张某、李某出席联欢晚会",
            "上海市各届人士中秋联欢晚会现场。 刘某某",
            "23日晚，上海市各界人士中秋联欢晚会在大剧院举行，市领导与各界代表欢聚一堂，"
            "共庆佳节，演员们献上了歌舞、戏曲和杂技等精彩节目，现场气氛热烈。",
            "王某、赵某率浙江省党政代表团赴江苏学习考察",
            "23日，浙江省党政代表团从上海转赴江苏进行学习考察，先后参观了苏州工业园区、"
            "昆山开发区和南京的几家高新技术企业，双方举行了工作交流座谈会。",
            "吉林省煤炭工业科技大会召开 孙某某为大会题词",
            "23日，辽源矿区气球腾空，彩旗飘飘，阵容浩大的鼓乐队和舞动的彩龙汇成欢乐的海洋，"
            "全省煤炭工业科技大会在这里隆重开幕，会议表彰了一批科技创新成果。",
        ]
    )
    titles = [r["title"] for r in split_text(issue) if r["kind"] == "article"]
    assert titles == [
        "上海各界人士喜迎中秋 张某、李某出席联欢晚会",
        "王某、赵某率浙江省党政代表团赴江苏学习考察",
        "吉林省煤炭工业科技大会召开 孙某某为大会题词",
    ]


def test_a_foreign_names_gloss_pushed_onto_its_own_line_runs_on():
    # A column 14 wide: the gloss in brackets fills a line of its own in mid-sentence.
    issue = "\n".join(
        [
            "欢迎回到中国",
            "　　这项荣誉是在某某公司（",
            "SMC）与某某机场公司财团接手",
            "四个航站运营一年后获得的。",
            "SMC 的总裁兼执行长蔡某某",
            "（Ramon S. Ang）",
            "领导的新基础设施公司于去年九",
            "月赢得此公私合作专案的竞标。",
        ]
    )
    (story,) = split_text(issue)
    assert "蔡某某（Ramon S. Ang）领导的" in "".join(story["paragraphs"])


def test_a_speakers_paragraph_cut_by_the_column_runs_on_past_a_quoted_speaker():
    # A column 14 wide: 编辑者说：… and, on the next line, 长某某所言：… read like label
    # lines, but who speaks before a colon opens a quote that goes on.
    issue = "\n".join(
        [
            "评报员之窗",
            "　　编辑者说：正如省旅游局局",
            "长李某所言：历史留给大家的不",
            "是GDP或某个行业，而是代表",
            "一个城市的文化符号。",
        ]
    )
    (story,) = split_text(issue)
    assert story["paragraphs"] == [
        "编辑者说：正如省旅游局局长李某所言：历史留给大家的不是GDP或某个行业，而是代表一个城市的文化符号。"
    ]


def test_a_headlines_photo_tag_pushed_down_by_the_column_stays_on_the_headline():
    # Column 22 wide, indents open paragraphs: the headline fills the column and its tag for
    # the photos, （组图）, lands alone on the next line. Unwrapped, the tag ends the headline.
    headline = "“我在某市”——越过恐惧 阳光依旧 生活继续"
    issue = (
        "某某日报　2014年3月4日　星期二\n\n" + headline + "（组图）\n"
        "某某网讯 3日，阳光一如往昔遍布这座春之城，经历过恐惧与黑暗后的第一个星期一，"
        "车水马龙、人潮涌动，这座城市依然迎来送往，张开怀抱欢迎远方的客人。\n"
        "工作、生活在这座城市里的人们，也以自己的方式回到了平常的日子，公园里有人晒太阳。\n"
    )
    wrapped = wrap(issue, 22, "  ")
    assert headline + "\n（组图）\n" in wrapped
    for text in (issue, wrapped):
        (page, story) = split_text(text)
        assert (story["title"], story["subtitle"]) == (headline + "（组图）", None)


@pytest.mark.parametrize("tag", ["（组图）", "（附视频）", "（图）"])
def test_a_headlines_tag_on_a_line_of_its_own_is_no_byline(tag):
    (story,) = split_text(
        f"城区新增公共停车位两千个\n{tag}\n本报讯 今年以来，城区新增公共停车位两千个。\n"
    )
    assert (story["byline"], story["authors"]) == (None, [])


@pytest.mark.parametrize("tail", ["影报道", "报道"])
def test_a_photo_credit_cut_inside_its_closing_word_stays_in_its_item(tail):
    # Column 14 wide, indents open paragraphs: the item's last line, its photographers'
    # credit, is cut inside 摄影报道; the tail is no heading of the page's footer.
    credit = "本报记者 王某明 李某摄影报道"
    head = credit[: len(credit) - len(tail)]
    issue = "\n".join(
        [
            "某晚报　2014年7月2日　星期三",
            "",
            "定格美的旅程",
            "　　7月1日，某高铁正式开通",
            "运营，甲地到乙地的时间由原来",
            "的10小时缩短到不足3小时。",
            "　　跟随着新开通的高铁，本报",
            "记者用相机为崭新的车站与铁路",
            "留影，为进入高铁时代定格。",
            "　　" + head,
            tail,
            "",
            "编辑：王某",
        ]
    )
    records = split_text(issue)
    assert [r["kind"] for r in records] == ["page", "article", "page"]
    assert records[1]["paragraphs"][-1] == credit


def test_a_page_header_longer_than_the_column_comes_back_whole():
    # Column 22 wide: the header's last items (its section and page number) are cut onto
    # the next line; they are the header's, not a heading of their own.
    header = "某某早报　2025年5月17日　星期六　新加坡新闻　第8版"
    issue = (
        header + "\n全国设50乐龄安全区目标将达成\n"
        "我国今年将增设另外七个乐龄安全区，最迟年底完工后，将达成落实50个乐龄安全区的目标。"
        "当中，至少三成会实施更低的时速限制，以更好地保障年长者和其他行人的安全。\n"
    )
    wrapped = wrap(issue, 22, "  ")
    assert header not in wrapped
    for text in (issue, wrapped):
        page, story = split_text(text)
        assert (page["kind"], page["paragraphs"]) == ("page", [header])
        assert story["title"] == "全国设50乐龄安全区目标将达成"


def test_a_column_line_of_digits_and_latin_is_full_by_its_width_not_its_characters():
    # pdftotext wraps by width: a line of dates and times holds more characters than the
    # column has, and the character the wrapper pushed down (电) goes on from it.
    text = (
        "某某广电　2024年5月20日　星期一　要闻\n\n"
        "擦亮文旅品牌，打造休闲胜地\n"
        "\u3000\u3000时间：2024-05-20 16:49 来源：某某广\n"
        "电\n"
        "\u3000\u3000某某广电讯（通讯员 某某）首个包机旅\n"
        "游团抵达某某，800余名游客走进景区，深刻\n"
        "感受当地文化的独特魅力；研学游持续升温，\n"
        "来自各地的2万余名学子在景区全方位探索。\n"
        "\u3000\u3000今年以来，某某景区主动扛牢使命责任，\n"
        "紧紧围绕形象定位，做强叫响四大品牌，写好\n"
        "文旅发展大文章，经济社会呈现高质量发展。\n"
    )
    (story,) = [r for r in split_text(text) if r["kind"] == "article"]
    assert story["paragraphs"][0] == "时间：2024-05-20 16:49 来源：某某广电"
    assert story["byline"] == "通讯员 某某"


def test_a_page_header_of_digits_wider_than_the_column_ends_on_its_line():
    # Measured by width the header (A04, 2022年…) would fill a 20-wide column, but a flush
    # header is no paragraph the column cut: the headline under it is a line of its own.
    body = (
        "\u3000\u3000一年一度的全国两会即将拉开帷幕，驻皖\n全国人大代表、政协委员，将要齐聚北京，为\n"
        "经济社会发展和民生献计献策。代表、委员们\n在过去一年中有哪些履职故事？今年又将带来\n"
        "哪些议案提案？本报今起推出专栏，敬请关注。\n"
    )
    text = (
        f"某某晚报\u30002022年2月18日\u3000星期五\u3000A04\u3000两会\n开栏的话\n{body}编辑：张三\n"
    )
    (story,) = [r for r in split_text(text) if r["kind"] == "article"]
    assert story["title"] == "开栏的话"


@pytest.mark.parametrize(
    "header",
    [
        "某某日报　2025年3月19日　星期三　第3版　城市",  # as long as the column, give or take two
        "某某日报　2025年3月19日　星期三　第3版",
        "某某晚报　2014年6月12日　星期四　A07　民生",
    ],
)
def test_a_dated_header_at_the_columns_edge_does_not_swallow_the_headline_under_it(header):
    # No blank line, and the header's line reaches the column's edge: still it is whole (a
    # date, a weekday, a page number), and the headline under it is no piece of it. The
    # header's own items cut onto the next line (…星期三　第 | 3版　城市) still run on.
    prose = (
        "近日，城区新增三处口袋公园，为周边居民提供了休闲健身的好去处。据了解，三处公园"
        "总面积约六千平方米，配有步道、座椅和儿童游乐设施，今年还将新建五处。"
    )
    width = len(header) - 1
    for text in (
        f"{header}\n城区新增三处口袋公园\n本报记者 张某某\n" + column(prose, width),
        f"{header}\n城区新增三处口袋公园\n" + column("本报讯（记者 张某某）" + prose, width),
    ):
        page, story = split_text(text)
        assert (page["kind"], page["paragraphs"]) == ("page", [header])
        assert story["title"] == "城区新增三处口袋公园"
        assert story["byline"] in ("本报记者 张某某", "记者 张某某")
    cut = header.index("第") + 1 if "第" in header else header.index("A07")
    text = f"{header[:cut]}\n{header[cut:]}\n城区新增三处口袋公园\n" + column(prose, cut)
    page, story = split_text(text)
    assert page["paragraphs"] == [header]
    assert story["title"] == "城区新增三处口袋公园"


@pytest.mark.parametrize(
    "header",
    [
        "某某日报　2025年3月19日　星期三　第3版　城事·时评",
        "某某周刊　2021年5月24日　第6版　建党100周年",
    ],
)
def test_a_header_ending_in_its_sections_name_at_the_columns_edge_ends_there(header):
    # The header fills the column and already names its section: the line under it could
    # only finish that name, and a name run into the headline (城事·时评城区新增口袋公园) is
    # longer than any section's. A name the column did cut (城事 | ·时评) still runs on.
    prose = (
        "近日，城区新增三处口袋公园，为周边居民提供了休闲健身的好去处。据了解，三处公园"
        "总面积约六千平方米，配有步道、座椅和儿童游乐设施，今年还将新建五处。"
    )
    text = f"{header}\n城区新增口袋公园\n本报记者 张某某\n" + column(prose, len(header))
    page, story = split_text(text)
    assert (page["kind"], page["paragraphs"]) == ("page", [header])
    assert (story["title"], story["byline"]) == ("城区新增口袋公园", "本报记者 张某某")
    cut = len(header) - 3
    text = f"{header[:cut]}\n{header[cut:]}\n城区新增口袋公园\n本报记者 张某某\n" + column(
        prose, cut
    )
    page, story = split_text(text)
    assert page["paragraphs"] == [header]
    assert story["title"] == "城区新增口袋公园"


def test_a_long_special_sections_name_cut_by_the_column_runs_on():
    # (review22) 庆祝新中国成 | 立75周年特刊: a name too long for a section's, but it ends as a
    # special section's does; the headline under it stays the headline.
    header = "某某日报　2024年10月1日　星期二　第6版　庆祝新中国成立75周年特刊"
    prose = (
        "本报讯（记者 某某）经过一年多的改造，某某老街昨日重新开街，沿街一百多家老字号店铺陆续"
        "恢复营业，吸引了大批市民和游客前来参观，街区负责人表示，改造保留了老街原有的风貌。"
    )
    cut = len(header) - 7
    text = f"{header[:cut]}\n{header[cut:]}\n某某老街迎来新生\n" + column(prose, cut)
    page, story = split_text(text)
    assert page["paragraphs"] == [header]
    assert (story["title"], story["subtitle"]) == ("某某老街迎来新生", None)


def column(prose: str, width: int) -> str:
    """One paragraph as a column `width` characters wide, its first line indented."""
    text = "\u3000\u3000" + prose
    return "".join(text[i : i + width] + "\n" for i in range(0, len(text), width))


def test_a_part_numeral_right_under_the_writer_opens_the_text_in_a_column():
    # 一 under □某某: the first part's crosshead, between the writer's line and the text,
    # in a pdftotext column as unwrapped (where it is flush, like a heading).
    text = (
        "某某网\u3000文史\u3000第3版\n\n某某城\n□张三\n一\n"
        "\u3000\u3000打开某某地理，可以清楚地读到某某地理所\n蕴含的内容。西部山脉横亘、峡谷纵横，东部\n"
        "有辽阔的平原。\n\u3000\u3000唐代，某某县城的出现，恰到好处地为某某\n人提供了城镇的生活方式。\n\n"
        "编辑：李四\n"
    )
    (story,) = [r for r in split_text(text) if r["kind"] == "article"]
    assert (story["title"], story["byline"], story["paragraphs"][0]) == ("某某城", "张三", "一")


def test_a_photo_credit_at_the_columns_edge_does_not_run_into_the_pages_editor():
    # No blank lines, an 18-wide column: the closing credit fills it, the editor's line
    # under it is the page's, not the credit's last piece (no 王五 among the authors).
    text = (
        "某某日报\u30002025年9月18日\n推进新校园建设\n\u3000\u3000本报记者 王小明 通讯员 李小四 摄\n"
        "\u3000\u30009月12日，在某某小学建设现场，\n旋挖钻机等工程机械设备正在运转，为后\n"
        "续安装钢筋笼、浇筑混凝土、构建建筑物\n的桩基础做准备（无人机照片）。\n"
        "\u3000\u3000本报记者 王小明 通讯员 李小四 摄\n编辑：王五\n"
    )
    records = split_text(text)
    assert "王五" not in [name for r in records for name in r["authors"]]
    assert records[-1]["kind"] == "page" and records[-1]["paragraphs"] == ["编辑：王五"]


def test_a_note_sending_the_reader_elsewhere_closes_its_paragraph_in_a_column():
    # （详见…） pushed to a line of its own by the column: the paragraph's note, no heading.
    text = (
        "某某日报\u30002024年2月26日\u3000星期一\u3000第04版\u3000民声\n\n某某热点\n"
        "  雾从海上来！2月21日，网友美誉的“小威\n海”所处祥芝东大垵、祥芝灯塔公园附近，海雾弥\n"
        "漫，山峦、房屋、灯塔若隐若现，宛如人间仙境。\n（详见2月21日《某某融媒》公微）\n"
        "  过去的这个春节，祥芝“小威海”所在的东大\n垵，成为石狮海岸线旅游的“抖音顶流”，线上线\n"
        "下都集聚了超高的人气。\n\n责任编辑：张三\n"
    )
    (story,) = [r for r in split_text(text) if r["kind"] == "article"]
    assert story["paragraphs"][0].endswith("宛如人间仙境。（详见2月21日《某某融媒》公微）")
    assert len(story["paragraphs"]) == 2


def test_a_dash_sub_headline_cut_before_its_notice_word_runs_on():
    # ——纪念…创刊70 | 周年“…”征稿启事: the rest of a cut sub-headline ends like a notice's
    # heading, but a dash line the column cut goes on.
    text = (
        "某某日报\u30002025年3月1日\u3000星期六\u3000第3版\n\n坚守梦想 我们曾一路同行\n"
        "——纪念《某某日报》创刊70\n周年“我与某某日报”征稿启事\n"
        "\u3000\u3000今年8月1日，是《某某日\n报》创刊70周年。对于一张走\n过七十年光荣岁月的地方党报\n"
        "而言，有着太多值得记忆的故\n事。\n\n编辑：张三\n"
    )
    records = [r for r in split_text(text) if r["kind"] != "page"]
    assert records[0]["subtitle"] == "——纪念《某某日报》创刊70周年“我与某某日报”征稿启事"


def test_a_kicker_ending_in_a_dash_at_the_columns_edge_is_a_line_of_its_own():
    # …居民们说—— fills the column: it leads in to the headline under it, no piece of it.
    body = (
        "\u3000\u3000某某在线讯 5月19日，据某某特警赴川抗震救\n灾随队宣传民警发回的最新报道，某某特警于\n"
        "18日下午到达某某镇派出所，迅速投入工作。\n"
    )
    text = (
        "某某都市报\u30002008年5月22日\u3000A05版\u3000抗震救灾\n\n"
        f"某某特警在灾区担负起治安巡逻任务，居民们说——\n警察在，我们安心\n{body}\n编辑：张三\n"
    )
    (story,) = [r for r in split_text(text) if r["kind"] == "article"]
    assert (story["title"], story["subtitle"]) == (  # (the kicker is the subtitle's)
        "警察在，我们安心",
        "某某特警在灾区担负起治安巡逻任务，居民们说——",
    )
