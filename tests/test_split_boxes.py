"""Ads, notices and mastheads are boxes a page sets anywhere: each must come out as one record
of its kind above a story, under one, between two, or over the page's editor credits, with or
without blank lines around it. Boxes composed in the shapes papers print (placeholder names)."""

from __future__ import annotations

import pytest

from conftest import assert_nothing_lost, run, split_checked

split = split_checked  # `newscli split` on a text: it succeeds and loses nothing


STORY = (
    "老旧小区改造提速\n本报记者 张某\n"
    "记者昨日从市住建局获悉，今年全市计划改造老旧小区一百二十个，目前已开工八十个。\n"
    "据介绍，改造内容包括管网更新、外墙保温和加装电梯等，预计年底前全部完工。\n"
)
OTHER_STORY = (
    "城区新增公共停车位两千个\n"
    "本报讯（记者 李某）为缓解停车难，今年城区新建改建公共停车场十二处，新增停车位两千余个。\n"
    "目前已有八处投入使用，市民可通过手机查询空余车位。\n"
)
FOOT = "责任编辑：王某　　美编：陈某　　校对：刘某\n"
HEADER = "某某日报　2024年3月6日　星期三　第5版　城事\n"

ADS = [
    ["某某·花园　二期盛大开盘", "均价8800元/㎡起　首付10万入住", "售楼热线：0000-0000000"],
    ["某某医院　专家坐诊", "每周六上午省级专家亲诊", "预约挂号：0000-0000000"],
    ["某某酒楼　年夜饭火热预订中", "388元/桌起　免费停车", "订餐电话：0000-0000000"],
    ["某某家居　周年庆", "全场五折起　满1000送200", "地址：某某路00号　电话：0000-0000000"],
    # the shop's name over its offer, its price "from", a plain 电话 line under its brand
    ["某某旅行社", "海南双飞5日游　2980元/人起", "咨询电话：0000-0000000"],
    ["某某装饰　整装套餐 9.9万元起", "免费设计　免费量房", "咨询热线：400-000-0000"],
    ["黄金饰品每克优惠30元", "某某珠宝　某某路店", "电话：0000-0000000"],
    # its wares side by side, like a header's items; a paper selling itself
    ["某某健身器材　家用跑步机　力量训练器", "全国服务热线：400-000-0000"],
    ["订阅某某晚报", "与读者同行　为城市发声", "各地邮局均可订阅", "咨询热线：0000-0000000"],
    # services offered, a driving school's licence codes (no page number)
    ["空调清洗　管道疏通　开锁换锁", "24小时上门服务", "电话：13800000000"],
    ["某某驾校　常年招生", "C1 C2 随到随学　包接送", "报名热线：13800000000　地址：某某路00号"],
]
NOTICES = [
    ["某某日报新闻热线：0000-0000000　欢迎提供新闻线索"],  # the paper's own line, alone
    ["天气预报", "今天多云，东北风3到4级，气温17℃到24℃。明天多云到晴。", "某某市气象台发布"],
    [
        "新闻图片征稿",
        "本版欢迎读者投寄反映城市变化的新闻图片，来稿请注明拍摄时间和地点。",
        "投稿邮箱：photo@example.com",
    ],
    [
        "遗失声明",
        "某某商贸有限公司遗失营业执照副本一份，统一社会信用代码：91000000000000000X，声明作废。",
    ],
    [
        "停水通知",
        "因供水管网改造，3月8日8:00至20:00某某路沿线停水，请用户提前储水。",
        "某某市自来水公司",
    ],
    [
        "寻人启事",
        "张某，男，75岁，于3月2日在某某公园走失，有知情者请与家属联系。",
        "联系电话：13800000000",
    ],
    # the body that issues it over its heading, and again under its text as its signer
    [
        "某某县人民政府",
        "关于某某路段实行交通管制的通告",
        "为确保道路施工安全，自2024年3月10日起，某某路段实行交通管制，请过往车辆绕行。",
        "特此通告。",
        "某某县人民政府",
        "2024年3月5日",
    ],
    # numbered items under the line that announces them; a numbered contact line
    [
        "关于开展2024年度城镇职工医疗保险缴费工作的公告",
        "各参保单位及个人：",
        "根据有关规定，现将2024年度城镇职工医疗保险缴费有关事项公告如下：",
        "一、缴费时间：2024年3月1日至6月30日。",
        "二、缴费方式：可通过银行柜台、手机银行等渠道缴纳。",
        "三、咨询电话：0000-0000000",
        "某某市医疗保障局",
        "2024年3月1日",
    ],
    # a heading on two lines
    [
        "某某市2024年第一批次建设用地",
        "国有建设用地使用权挂牌出让公告",
        "经某某市人民政府批准，某某市自然资源局决定以挂牌方式出让一宗国有建设用地使用权。",
        "联系地址：某某路00号",
        "联系电话：0000-0000000",
    ],
    # a call for contributions; its `label：value` lines under its text
    [
        "征集令",
        "为庆祝某某日报创刊75周年，本报即日起面向社会征集老照片、老物件。",
        "征集时间：即日起至2024年6月30日",
        "联系电话：0000-0000000",
    ],
    # whom to ask, after the party's own label
    [
        "环境影响评价第二次公示",
        "某某项目环境影响报告书征求意见稿已编制完成，现公开征求公众意见。",
        "建设单位：某某公司　联系人：李工　电话：0000-0000000",
    ],
    # 特此公告 closes the notice's text: no second notice's heading
    [
        "公　告",
        "根据工作安排，某某路将于3月10日至4月10日封闭施工，过往车辆请绕行。",
        "特此公告",
        "某某市交通运输局",
        "2024年3月6日",
    ],
]
MASTHEADS = [
    ["某某日报社出版", "社址：某某市某某路00号　邮编：000000", "零售价：1.50元"],
    # the paper's editor-in-chief heads its colophon; a page's editors sign the page
    ["总编辑：某某", "国内统一连续出版物号 CN00-0000", "邮发代号：00-00"],
    ["如有印装质量问题请与印刷厂联系调换　电话：0000-0000000"],  # a colophon's own promise
    # the paper's name over its motto over a registration line: one block
    ["某某日报", "中共某某市委机关报", "国内统一连续出版物号：CN00-0000", "邮发代号：00-00"],
    ["印刷：某某日报社印务中心　地址：某某路00号", "本报零售价：每份1.00元"],
    ["每周一至周五出版　今日8版", "本报社址：某某路00号　邮编000000"],  # days, not a date
    ["社长　某某　　总编辑　某某", "值班总编　某某"],  # the heads by name, no colons
]
PLACES = {
    "after a story": lambda box, gap: (STORY + gap + box, ["article", "{kind}"]),
    "between stories": lambda box, gap: (
        STORY + gap + box + gap + OTHER_STORY,
        ["article", "{kind}", "article"],
    ),
    "above a story": lambda box, gap: (box + gap + STORY, ["{kind}", "article"]),
    "under the page header": lambda box, gap: (
        HEADER + gap + box + gap + STORY,
        ["page", "{kind}", "article"],
    ),
    "over the editor credits": lambda box, gap: (
        STORY + gap + box + gap + FOOT,
        ["article", "{kind}", "page"],
    ),
}
BOXES = [("ad", box) for box in ADS] + [("notice", box) for box in NOTICES]


@pytest.mark.parametrize("kind,box", BOXES + [("masthead", box) for box in MASTHEADS])
@pytest.mark.parametrize("gap", ["", "\n"], ids=["no-blank", "blank"])
def test_a_box_is_one_record_of_its_kind_wherever_the_page_sets_it(kind, box, gap):
    places = PLACES if kind != "masthead" else {"after a story": PLACES["after a story"]}
    for place, compose in places.items():
        text, kinds = compose("\n".join(box) + "\n", gap)
        result = run("split", input=text)
        assert result.code == 0, result.stderr
        assert_nothing_lost(text, result.records)
        got = [record["kind"] for record in result.records]
        assert got == [k.format(kind=kind) for k in kinds], place
        (item,) = [record for record in result.records if record["kind"] == kind]
        assert item["paragraphs"][0] == box[0] or item["title"] == box[0], place


@pytest.mark.parametrize(
    "last_line",
    [
        "节目查询：0000 0000　网址：www.example.com",  # any label, then a number to call
        "某某市某某区人民法院　二〇二四年一月十日",  # who signs it, and when
    ],
)
def test_a_notices_last_line_is_no_headline_of_the_story_under_it(last_line):
    notice = ["公　告", "某某体育台今晚8时直播某某杯决赛，赛后设赛事精华重温。", last_line]
    text = "\n".join(notice) + "\n" + STORY
    result = run("split", input=text)
    assert [(r["kind"], r["title"]) for r in result.records] == [
        ("notice", "公　告"),
        ("article", "老旧小区改造提速"),
    ]
    assert result.records[0]["paragraphs"][-1] == last_line


def test_two_of_the_papers_hotlines_in_a_row_under_a_notice_are_its_colophon():
    notice = "遗失声明\n张某遗失某某大学学生证一本，声明作废。\n"
    hotlines = "新闻热线：0000-0000000\n读者热线：0000-0000001\n"
    kinds = [r["kind"] for r in split(STORY + notice + hotlines)]
    assert kinds == ["article", "notice", "masthead"]


def test_the_papers_hotline_under_a_notice_is_its_contact_line():
    notice = "订阅启事\n本报全年订价300元，各地邮政网点均可办理订阅。\n发行热线：0000-0000000\n"
    records = split(STORY + notice + OTHER_STORY)
    assert [r["kind"] for r in records] == ["article", "notice", "article"]
    assert records[1]["paragraphs"][-1] == "发行热线：0000-0000000"


@pytest.mark.parametrize("kind,box", BOXES)
def test_a_box_between_stories_in_a_hard_wrapped_column(kind, box):
    from test_layout_invariance import wrap

    story = STORY + "据介绍，今年的改造将优先安排群众意愿强烈、基础设施老化严重的小区。\n"
    text = wrap(story + "\n".join(box) + "\n" + OTHER_STORY, 22, "  ")
    result = run("split", input=text)
    assert [record["kind"] for record in result.records] == ["article", kind, "article"]


def test_a_call_for_tips_under_its_heading_is_one_notice():
    # the sentence only speaks of the hotline (no number): it is no hotline line of its own
    box = (
        "\n某某壹点 新闻线索征集\n身边有新鲜事、烦心事，欢迎拨打报料热线，一经采用，即付报酬。\n"
        "报料热线：0000-00000000\n\n"
    )
    records = split(STORY + box + FOOT)
    assert [(r["kind"], r["title"]) for r in records] == [
        ("article", "老旧小区改造提速"),
        ("notice", "某某壹点 新闻线索征集"),
        ("page", None),
    ]


@pytest.mark.parametrize("width", [None, 14, 22])
@pytest.mark.parametrize("address", ["投稿邮箱：zhengwen@example.com", "咨询电话：0000-00000000"])
def test_a_call_for_entries_in_one_long_paragraph_with_its_address_is_the_notices(width, address):
    # No notice words, no signer, one paragraph longer than a headline's twice: the address
    # it gives to write or call to makes it the text of the notice heading over it.
    from test_layout_invariance import wrap

    call = (
        "《城市新貌》栏目面向社会征稿，如果您对城市的新变化有所感悟，如果您身边有动人的故事，"
        f"请写下来分享给读者，{address}，期待您的参与。"
    )
    text = STORY + "\n征稿启事\n" + call + "\n" + FOOT
    if width:
        text = wrap(text, width, "\u3000\u3000")
    records = split(text)
    assert [(r["kind"], r["title"]) for r in records] == [
        ("article", "老旧小区改造提速"),
        ("notice", "征稿启事"),
        ("page", None),
    ]
    assert records[1]["paragraphs"] == [call]


@pytest.mark.parametrize(
    "heading,text,contact",
    [
        (
            "来稿须知",
            "本版欢迎读者就身边事发表短评，来稿请署真实姓名并注明单位。",
            "投稿邮箱：duanping@example.com",
        ),
        (
            "下期话题",
            "下期读者之声，请大家以小见大，讲述身边的变化。|字数在千字以内，欢迎附上照片。",
            "来稿请发至：duzhe@example.com",
        ),
        (
            "校庆期间校园开放须知",
            "校庆期间，返校校友请凭有效证件从东门进校，车辆请停放在指定停车场。",
            "咨询电话：0000-00000000　某某大学校庆办公室",
        ),
    ],
)
@pytest.mark.parametrize("blank", ["", "\n"])
def test_a_heading_and_a_few_sentences_over_a_contact_line_at_the_items_end_are_a_notice(
    heading, text, contact, blank
):
    # Its heading names no notice (来稿须知, 下期话题), but a contact line closing a few
    # uncredited sentences under it, with the page's foot right below, makes it one.
    sentences = text.split("|")
    box = f"{heading}\n" + "\n".join(sentences) + f"\n{contact}\n"
    records = split(STORY + blank + box + blank + FOOT)
    assert [(r["kind"], r["title"]) for r in records] == [
        ("article", "老旧小区改造提速"),
        ("notice", heading),
        ("page", None),
    ]
    assert records[1]["paragraphs"] == [*sentences, contact]


@pytest.mark.parametrize(
    "story",
    [
        # credited: a story that gives a number to call
        "市第一医院开设夜间门诊\n本报讯（记者 张某）市第一医院夜间门诊昨起开诊，每晚开至十点。\n",
        # under a kicker: the headline of a story
        "【便民】\n市第一医院开设夜间门诊\n市第一医院夜间门诊昨起开诊，每晚开至十点。\n",
        # its sentence asks readers to call
        "市第一医院开设夜间门诊\n夜间门诊昨起开诊，有需要的市民可拨打电话咨询。\n",
        # a brief that only reports, uncredited (review22)
        "市第一医院开设夜间门诊\n自3月1日起，市第一医院夜间门诊开至晚上9点。周末门诊时间不变。\n",
    ],
)
def test_a_story_ending_on_a_contact_line_is_no_notice(story):
    records = split(STORY + story + "咨询电话：0000-00000000\n" + FOOT)
    assert "市第一医院开设夜间门诊" in [r["title"] for r in records if r["kind"] == "article"]


@pytest.mark.parametrize("after", ["一经采用，即致薄酬。", "某某晚报副刊部　电话：0000-0000000"])
def test_a_line_that_ends_in_an_email_address_is_not_cut_mid_sentence(after):
    # One paragraph a line: the line stops on an address, not in a sentence the page cut,
    # so the line under it stays a paragraph of its own.
    line = "读者如有新闻线索，欢迎致电报料热线 0000 0000 或电邮 news@example.com"
    records = split(STORY + f"报料热线\n{line}\n{after}\n" + FOOT)
    assert [(r["kind"], r["paragraphs"]) for r in records[1:2]] == [("notice", [line, after])]


@pytest.mark.parametrize(
    "goes_on", ["，我们将择优刊登。", "并注明姓名和联系方式，本报将择优刊登。"]
)
def test_a_sentence_that_goes_on_after_an_email_address_is_one_paragraph(goes_on):
    # (review22) The next line opens with a comma or a connective: the sentence goes on.
    line = "本版长期征集身边新人新事的稿件，来稿请发送至 mouren@example.com"
    records = split(STORY + f"读者来稿选登\n{line}\n{goes_on}\n" + FOOT)
    assert records[1]["paragraphs"] == [line + goes_on]


def test_a_flush_photo_credit_under_an_indented_column_is_the_storys_not_the_pages():
    # Paragraphs open with an indent; the photo's credit under the last one is set flush, as
    # photo credits are, and the page's editor line follows: the credit is the story's.
    from test_layout_invariance import wrap

    story = (
        "中秋诗会在祠内举行\n9月23日，一些孩子在祠内吟诵诗词迎接中秋的到来。当天，"
        "县里的诗会在祠内举行，来自当地及外省的诗词爱好者参加。\n"
        "诗会每年在中秋节之前举行，吸引了大批诗词爱好者前来参加，已成为当地知名的文化品牌。\n"
    )
    text = wrap(STORY + story, 24, "  ") + "\n胡某某 摄\n责任编辑　某某　　图片编辑　某某\n"
    records = split(text)
    assert [r["kind"] for r in records] == ["article", "article", "page"]
    assert records[1]["paragraphs"][-1] == "胡某某 摄"
    assert records[2]["paragraphs"] == ["责任编辑　某某　　图片编辑　某某"]


@pytest.mark.parametrize("blank", ["", "\n"])
def test_a_papers_call_for_entries_telling_its_history_is_one_notice_to_its_signer(blank):
    # Its paragraphs read like a story's (the paper's history, its thanks); the heading over
    # them and the paper that signs under them make them the notice's.
    paragraphs = [
        "1953年5月22日，一张名为某某战线的报纸创刊。它就是今天的某某日报。",
        "70年来，某某日报见证了城市的变迁，记录了改革开放的澎湃浪潮。",
        "某某日报，因这座城市的存在而存在。我们尤为感谢广大读者的关心支持和帮助。",
        "基于此，本报开展“我与某某日报”征文活动，讲述您与某某日报的缘分和故事。",
        "稿件以随笔、散文为宜，每篇文章2000字以内。征文活动截止6月底。",
    ]
    notice = "“我与某某日报”征文启事\n" + f"\n{blank}".join([*paragraphs, "某某日报社"]) + "\n"
    records = split(STORY + "\n" + notice + "\n" + FOOT)
    assert [(r["kind"], r["title"]) for r in records] == [
        ("article", "老旧小区改造提速"),
        ("notice", "“我与某某日报”征文启事"),
        ("page", None),
    ]
    assert records[1]["paragraphs"] == [*paragraphs, "某某日报社"]


@pytest.mark.parametrize(
    "edition", ["今日8版　第0000号　农历庚子年八月廿七", "每周二、五出版　本期8版"]
)
def test_the_papers_name_and_edition_beside_its_colophon_line_are_the_masthead(edition):
    header = "某某日报　2020年10月13日　星期二　第1版　要闻\n"
    masthead = f"某某日报\n中共某某市委机关报　某某日报社出版　国内统一连续出版物号：CN00-0000\n{edition}\n"
    records = split(header + masthead + STORY)
    assert [r["kind"] for r in records] == ["page", "masthead", "article"]
    assert records[1]["paragraphs"][0] == "某某日报"


def test_an_ad_right_under_a_notices_contact_line_is_an_ad_of_its_own():
    notice = (
        "征稿启事\n本报栏目常年征集反映老年朋友晚年生活的图片和短文，来稿请注明姓名、地址。\n"
        "投稿邮箱：xxxxxx@example.com　　联系电话：0000-0000000\n"
    )
    ad = "某某养老服务中心　日间照料　助餐助浴\n地址：某某市某某路00号　咨询电话：0000-0000000\n"
    records = split(STORY + notice + ad + FOOT)
    assert [r["kind"] for r in records] == ["article", "notice", "ad", "page"]


HEADERS = [
    "2024年3月5日　星期二　　第3版　　要闻",
    "要闻　3",  # a section and a bare page number, nothing else on the line
    "03 | 本地新闻",
    "第A04版：城事",
    "某某日报　2024年3月5日　星期二　农历甲辰年正月廿五",
    "A04　2024年3月5日　星期二　责编 张某　美编 李某　校对 王某",
    "■ 要闻 ■\n2024年3月5日 星期二",
    "今日关注 A2-A3",  # the pages a section fills, no two codes of an ad
    "01版：要闻",  # an e-paper's list of its pages: the number, no 第
    # day first, the lunar date by the year's name, a header longer than any headline
    "4. 4. 2024 星期四 | 甲辰年二月廿六 | 某某日报 全国版 | 某某某某某某某某某某某某某某某某",
    "您当前的位置：首页 > 新闻中心 > 本地新闻",  # a web page's path
]
FOOTERS = [
    "本版编辑：张某　版式：李某　校对：王某",
    "编辑/张某　美编/李某　校对/王某",
    "■责任编辑 张某　■美术编辑 李某",
    "责任编辑　张某\n版式设计　李某\n责任校对　王某",  # one role a line, no colons
    "编辑 张某 | 校对 李某 | 版式 王某",
    "本版主编：某某\n本版责编：某某",
    "本版策划：张某　文字统筹：李某",
    "视觉：张某　校对：李某",
    "制版：某某",
    "[责任编辑：张某]",  # a web page's, in its brackets
    "上一篇：某某小区完成改造",  # the link to the story before
    "Copyright 2002-2024 example.com All Rights Reserved",
    "本网站由某某网版权所有",
    "某ICP备12345678号-1",  # the site's licence
    "2024-03-05 2 2 某某晚报 content_123456.html 1 /enpproperty-->",  # an e-paper's trailer
]


@pytest.mark.parametrize("header", HEADERS)
@pytest.mark.parametrize("footer", FOOTERS)
@pytest.mark.parametrize("gap", ["", "\n"], ids=["no-blank", "blank"])
def test_a_pages_header_and_footer_are_page_records_in_the_shapes_papers_print(header, footer, gap):
    text = header + "\n" + gap + STORY + gap + OTHER_STORY + gap + footer + "\n"
    records = split(text)
    assert [record["kind"] for record in records] == ["page", "article", "article", "page"]
    assert [record["paragraphs"] for record in records[::3]] == [
        header.split("\n"),
        footer.split("\n"),
    ]


TRADITIONAL_STORY = (
    "舊區重建計劃提速\n本報記者 張某\n"
    "記者昨日從市建設局獲悉，今年全市計劃改造舊區一百二十個，目前已動工八十個。\n"
)
TRADITIONAL_OTHER_STORY = (
    "市區新增公共泊車位兩千個\n"
    "【本報訊】為緩解泊車難，今年市區新建公共停車場十二處，新增泊車位兩千餘個。\n"
)
# Colophons as Hong Kong, Macao, Taiwan and Malaysian papers print them.
TRADITIONAL_MASTHEADS = [
    ["督印人：某某　出版人：某某", "地址：澳門某某街00號　電話：(853)0000 0000"],
    ["承印：某某印刷有限公司", "地址：某某工業大廈00樓"],
    ["發行人：某某　社長：某某　總編輯：某某", "地址：台北市某某路00號"],
    ["中華郵政北台字第0000號執照登記為新聞紙類交寄"],
    ["本報總機：(02)0000-0000　廣告專線：(02)0000-0000　訂報專線：(02)0000-0000"],
]


@pytest.mark.parametrize("box", TRADITIONAL_MASTHEADS)
@pytest.mark.parametrize("gap", ["", "\n"], ids=["no-blank", "blank"])
def test_a_colophon_in_traditional_script_is_the_masthead(box, gap):
    text = TRADITIONAL_STORY + gap + "\n".join(box) + "\n" + gap + TRADITIONAL_OTHER_STORY
    records = split(text)
    assert [record["kind"] for record in records] == ["article", "masthead", "article"]
    assert records[1]["paragraphs"] == box


@pytest.mark.parametrize("gap", ["", "\n"], ids=["no-blank", "blank"])
def test_a_notices_signer_over_the_next_notices_heading_signs_the_first(gap):
    first = "公　告\n根据工作安排，某某路将于3月10日至4月10日封闭施工，过往车辆请绕行。\n特此公告\n"
    second = "遗失声明\n某某商贸有限公司遗失营业执照副本一份，声明作废。\n"
    for closing in ("某某市交通运输局\n", "某某市交通运输局\n2024年3月6日\n"):
        text = STORY + gap + first + closing + gap + second + gap + OTHER_STORY
        result = run("split", input=text)
        assert result.code == 0, result.stderr
        kinds = [record["kind"] for record in result.records]
        assert kinds == ["article", "notice", "notice", "article"], closing
        assert [record["title"] for record in result.records[1:3]] == ["公　告", "遗失声明"]
        assert result.records[1]["paragraphs"][-len(closing.split()) :] == closing.split()


# A column's weekly ranking of its own posts: each item numbered, with its date and heat
# under it (no shop's mark anywhere), then the column's own piece.
RANKING = (
    "网友热议\n"
    "本期主持 周某\n"
    "上周客户端阅读排行\n"
    "1.城西这片闲置多年的老厂房，要变身文创园了\n时间：3月4日 热度：★★★★★\n"
    "2.注意！这几条道路本周夜间施工，请提前绕行\n时间：3月1日 热度：★★★★★\n"
    "3.重磅！地铁二号线全部站点名称公示，看看有你家门口的吗\n时间：3月2日 热度：★★★★☆\n"
    "4.又堵又挤！城南这个路口早晚高峰到底怎么了？\n时间：3月3日 热度：★★★★\n"
    "5.22.6℃！今年首个“暖春”周末来了……\n时间：3月5日 热度：★★★☆\n"
    "6.城区三所新建公办幼儿园开始报名，附报名条件\n时间：3月6日 热度：★★★\n"
    "本周话题：\n"
    "春季出行请错峰\n"
    "本周城区有多条道路同时施工，早晚高峰车流集中，部分路口排队超过一公里。"
    "网友纷纷留言，建议市民尽量错峰出行，多乘公交地铁，也希望有关部门加快施工进度。\n"
    "对此，市交警部门表示，将在施工路段增派警力疏导交通，并及时发布绕行提示。\n"
)


@pytest.mark.parametrize("gap", ["", "\n"], ids=["no-blank", "blank"])
def test_a_numbered_ranking_with_a_date_line_under_each_item_is_the_columns_text(gap):
    text = HEADER + gap + RANKING + gap + OTHER_STORY + FOOT
    records = split(text)
    assert [record["kind"] for record in records] == ["page", "article", "article", "page"]
    column = records[1]["paragraphs"]
    assert "时间：3月4日 热度：★★★★★" in column and "时间：3月6日 热度：★★★" in column


REPRINT_LINE = "《某某新报》（2017年3月7日） 01版"  # where an e-paper's copy of a story was printed


def kinds_and_titles(text: str) -> list[tuple[str, str | None]]:
    return [(record["kind"], record["title"]) for record in split(text)]


@pytest.mark.parametrize("credited", [True, False], ids=["over-a-credit", "over-the-text"])
@pytest.mark.parametrize(
    "reprint",
    [
        REPRINT_LINE,
        "《某某日报》（2018年10月09日 06版）",
        "《某某日报》1958.5.11",
        "2017/11/08 某国《某某》中文报",
        "版次：A01  2023年05月08日",
        "《 某某晚报 》（ 2025年12月18日 第 02 版 ）",  # spaced as some e-papers print it
    ],
)
def test_a_reprint_line_under_a_headline_is_a_line_of_its_story(reprint, credited):
    headline, credit, rest = STORY.split("\n", 2)
    under = f"{credit}\n{rest}" if credited else rest
    (story,) = split(f"{headline}\n{reprint}\n{under}")
    assert (story["title"], story["subtitle"]) == (headline, None)
    assert story["byline"] == (credit if credited else None)
    assert reprint in story["paragraphs"]


@pytest.mark.parametrize("where", ["top", "foot"])
def test_a_reprint_line_atop_or_at_the_foot_of_the_issue_is_the_pages(where):
    line = REPRINT_LINE + "\n"
    text = line + STORY + OTHER_STORY if where == "top" else STORY + OTHER_STORY + line
    titles = [("article", "老旧小区改造提速"), ("article", "城区新增公共停车位两千个")]
    titles.insert(0 if where == "top" else 2, ("page", None))
    assert kinds_and_titles(text) == titles


def test_a_reprint_line_between_stories_closes_the_one_above():
    records = split(STORY + REPRINT_LINE + "\n" + OTHER_STORY)
    assert [r["title"] for r in records] == ["老旧小区改造提速", "城区新增公共停车位两千个"]
    assert records[0]["paragraphs"][-1] == REPRINT_LINE


@pytest.mark.parametrize("labels", [["期次：第1471期"], ["期次：第1471期", "栏目：校友访谈"]])
def test_a_notice_headings_label_lines_and_then_its_text_are_one_notice(labels):
    text_lines = [
        "本报第1467期第二版《某某：愿学子努力自爱》一文，因成稿后未请受访者审稿，以及在后续"
        "编校过程中的失误，造成文章与受访者实际讲述有多处出入。",
        "例如，文中提到受访者早年报考中文系是因为仰慕某先生，实际上受访者提到的是比较欣赏当时"
        "某系主任的散文；文中说学校聘请的专家是某国人，有误；文中说专家自带一位生活翻译，"
        "此说法亦与事实不符，翻译当时是由学校统一配备的。另外，有的地方叙述也不够确切。",
    ]
    text = HEADER + "\n更正\n\n" + "\n\n".join([*labels, *text_lines]) + "\n\n" + FOOT
    assert kinds_and_titles(text) == [("page", None), ("notice", "更正"), ("page", None)]


def test_one_photographers_credit_under_two_photos_is_each_photos_not_the_pages():
    # The same credit line closes two photo items: repeated, yet no page furniture.
    credit = "记者 张某 摄"
    text = (
        HEADER + "\n深夜洒水 全力养护\n\n7月29日晚，工人正在给某景区环山公路两侧的树木浇水。\n\n"
        f"{credit}\n\n春笋走俏\n\n4月6日，某镇一春笋收购点，春笋过秤、分拣、包装等工作正在开展。\n\n"
        f"{credit}\n\n" + FOOT
    )
    records = split(text)
    assert [r["kind"] for r in records] == ["page", "article", "article", "page"]
    assert [r["paragraphs"][-1] for r in records[1:3]] == [credit, credit]


@pytest.mark.parametrize("numbers", ["13800000000", "13800000000 13900000000"])
def test_a_contact_line_a_story_asks_readers_to_use_is_the_storys(numbers):
    contact = f"联系电话：{numbers}"
    text = (
        HEADER + "老人走失 家人急盼归\n"
        "本报讯（记者 张某） 12月10日上午，家住市区某街的刘女士致电本报，称她的姥姥外出未归。\n"
        "刘女士说，老人出门时上身穿着一件青色外套，有知情者请与刘女士联系。\n"
        f"{contact}\n" + FOOT
    )
    records = split(text)
    assert [r["kind"] for r in records] == ["page", "article", "page"]
    assert records[1]["paragraphs"][-1] == contact


def test_a_contact_line_under_a_story_that_asks_for_nothing_stays_a_notices():
    # The story above ends without asking readers to call: the contact line and the lines
    # with it are a notice's, as before.
    text = STORY + "本店即日起招聘厨师、服务员若干名，待遇面议。\n联系电话：13800000000\n" + FOOT
    kinds = [r["kind"] for r in split(text)]
    assert "notice" in kinds or "ad" in kinds


def test_an_epapers_page_and_date_line_in_the_second_item_stays_in_it():
    # No blank lines: a second report's credit, then the e-paper's 版次 line over its text.
    text = (
        HEADER + STORY + "加快项目建设 激发经济新活力\n本报记者 刘某某 本报通讯员 刘某\n"
        "版次：A01  2023年05月08日\n"
        "近日，某某经济开发区有关负责人在项目建设现场对加速推进重点工程再部署。\n" + FOOT
    )
    assert kinds_and_titles(text) == [
        ("page", None),
        ("article", "老旧小区改造提速"),
        ("article", "加快项目建设 激发经济新活力"),
        ("page", None),
    ]


def test_a_notice_with_a_long_first_paragraph_is_a_notice_where_its_words_follow():
    # The paper's own 严正声明: a long first paragraph, then 现声明如下： and the terms.
    heading = "某某日报社严正声明"
    text = (
        HEADER + heading + "\n"
        "长期以来，部分自媒体、政务新媒体未经某某日报社授权同意，肆意、擅自、无偿转载、链接、"
        "转贴或以其他方式复制、录制发表某某日报社记者采写的新闻稿件，严重侵害某某日报社版权。\n"
        "现声明如下：\n凡某某日报社记者署名的作品，版权均属某某日报社所有。违者，某某日报社将依法追究法律责任。\n"
        + FOOT
    )
    assert kinds_and_titles(text) == [("page", None), ("notice", heading), ("page", None)]


def test_a_long_story_under_a_headline_ending_like_a_notice_heading_stays_an_article():
    # No notice's words follow its first paragraph: the news of a notice, not the notice.
    text = (
        HEADER + "市政府发布禁燃烟花爆竹通告\n"
        "本报讯（记者 李某）昨日，市政府发布通告，明确今年春节期间城区范围内禁止燃放烟花爆竹，"
        "违者将依法处罚。市民对此普遍表示支持，认为禁燃有利于改善空气质量、减少安全隐患。\n"
        "据了解，禁燃范围包括主城区和各县城区，郊区乡镇可在指定时段燃放。\n" + FOOT
    )
    kinds = [kind for kind, title in kinds_and_titles(text)]
    assert kinds == ["page", "article", "page"]


def test_two_label_shaped_headline_lines_after_a_story_open_the_next_item():
    # 某某：… over 某某：…: a headline and its sub-headline, each a speaker's words, after a
    # story's text; the label-line rule is for lines under a headline only.
    text = (
        STORY + "环卫工：清扫街道是我的责任\n市民：感谢他们的默默付出\n"
        "本报讯（记者 李某）连日来，城区环卫工人坚守岗位，清扫积雪，保障市民出行。\n"
    )
    assert kinds_and_titles(text) == [
        ("article", "老旧小区改造提速"),
        ("article", "环卫工：清扫街道是我的责任"),
    ]


def test_the_text_after_a_weather_boxs_label_lines_is_no_notice():
    text = (
        "天气预报\n今天：多云转晴\n明天：晴\n"
        "某某小区居民义务植树，这两天，城西一个新建小区的居民自发加入植树队伍，两天植树近千棵，"
        "小区一下子换了样。\n"
    )
    kinds = [kind for kind, title in kinds_and_titles(text)]
    assert kinds[-1] == "article"


def test_a_court_statements_signer_and_date_close_it_not_the_page():
    # 情况通报 ends in 报 but is no paper's name; its signer and date are its own last lines.
    text = (
        "某某时报　2025年9月20日　星期六\n\n情况通报\n"
        "近日，关于网上帖文反映某事件，引发关注。我院高度重视，第一时间启动核查工作。\n"
        "目前，我院已撤销该决定，并向当事人诚恳道歉。\n某某人民法院\n2025年9月19日\n\n" + FOOT
    )
    records = split(text)
    assert [(r["kind"], r["title"]) for r in records][1] == ("article", "情况通报")
    assert records[1]["paragraphs"][-2:] == ["某某人民法院", "2025年9月19日"]


def test_a_papers_call_for_submissions_is_one_notice_signed_by_the_paper():
    # A heading, a dash-led second heading ending in 征稿启事, text, contact lines and the
    # paper's name signing it; in a dump whose blank lines part items, the next item starts
    # after the blank line, not at the signature.
    text = (
        "某某日报　2025年3月1日　星期六　第3版\n\n"
        "坚守梦想 我们曾一路同行\n——纪念《某某日报》创刊70周年征稿启事\n"
        "今年8月1日，是《某某日报》创刊70周年。\n征文稿件体裁不限，字数以1500字左右为宜。\n"
        "来稿请发电子邮箱： abc123@126.com\n联系电话：0456—8222551\n联系人：张三 李四\n某某日报\n\n"
        "千里之外，你是我的挚爱\n中国的报纸品类丰富，仅地方性综合日报，就达上千种。\n"
        "舅舅在城区开一家快餐店，他订了好几份《某某日报》。\n"
    )
    records = [r for r in split(text) if r["kind"] != "page"]
    notice, story = records
    assert (notice["kind"], notice["title"], notice["paragraphs"][-1]) == (
        "notice",
        "坚守梦想 我们曾一路同行",
        "某某日报",
    )
    assert notice["subtitle"].endswith("征稿启事")
    assert (story["title"], story["subtitle"]) == ("千里之外，你是我的挚爱", None)


@pytest.mark.parametrize("bullet", ["·", "◆"])
def test_a_box_of_bulleted_titles_is_one_record_under_its_label(bullet):
    # An e-paper's contents box: a label, then titles each opening with one bullet, no text
    # between them: the box's lines, no headings of items of their own.
    titles = ["覆膜机重生记", "又见荷花开", "我的“玫瑰故乡”", "八月情浓"]
    box = "".join(f"{bullet}{title}\n" for title in titles)
    text = f"某某报　第4版　文学\n\n本版新闻\n{box}\n编辑：张三\n"
    (box_record,) = [r for r in split(text) if r["kind"] != "page"]
    assert box_record["title"] == "本版新闻"
    assert box_record["paragraphs"] == [f"{bullet}{title}" for title in titles]


def test_a_web_sites_header_naming_it_and_its_section_is_the_pages():
    # 某某旅游网　体育·州市　date: a site's name longer than a section's, its section path and
    # the date: the page's header, not the first story's headline.
    text = (
        "云南某某旅游网\u3000体育·州市\u30002025年4月30日\n\n楚雄州将举行建州60周年庆祝活动\n"
        "今年是某某自治州建州60周年。8日，某某州在昆明召开新闻发布会，介绍庆祝活动具体情况。\n\n"
        "编辑：张三\n"
    )
    header, story, footer = split(text)
    assert (header["kind"], story["title"], story["subtitle"]) == (
        "page",
        "楚雄州将举行建州60周年庆祝活动",
        None,
    )


def test_a_news_headline_ending_like_a_notice_over_a_lead_is_news():
    # …名单公示 ends as a notice's heading does, but a deck and a news lead follow it.
    text = (
        "某某晚报　2023年9月13日　星期三　A02　焦点新闻\n\n第三批全国乡村治理示范村镇名单公示\n我市1镇3村上榜\n"
        "某某晚报讯（记者 张三）近日，农业农村部官网发布公告，对名单进行公示，我市1镇3村上榜。\n"
        "据了解，我市上榜的是某某镇和某某村。\n\n责任编辑：张三\n"
    )
    (story,) = [r for r in split(text) if r["kind"] != "page"]
    assert (story["kind"], story["title"], story["subtitle"], story["lead"]) == (
        "article",
        "第三批全国乡村治理示范村镇名单公示",
        "我市1镇3村上榜",
        "某某晚报讯",
    )


def test_a_web_pages_staff_line_closing_it_is_the_pages():
    # 总编：… 编审：… 编辑：…: the site's editors, as a page's footer names them.
    text = (
        "某某日报　第4版　历史上的今天\n\n4月22日\n"
        "【1991年】市政府在北京举行开发富硒茶新闻发布会。\n【2015年】副省长一行至某某市调研旅游文化产业。\n\n"
        "总编：某某某\u3000编审：某某某\u3000编辑：某某某\n"
    )
    records = split(text)
    assert records[-1]["kind"] == "page"
    assert records[-1]["paragraphs"] == ["总编：某某某\u3000编审：某某某\u3000编辑：某某某"]


def test_a_list_a_news_lead_announces_is_the_storys():
    # 本报讯 …现将名单进行公示。 then 郑州市：…镇。 lines: the story reports the notice, its
    # list is the story's paragraphs, no notice of its own.
    text = (
        "某某报　第2版　三农新闻\n\n省农业农村厅公布第一批省级“美丽小镇”名单\n"
        "本报讯 记者从省农业农村厅获悉，省农业农村厅拟将某某县某某镇等50个镇命名为第一批省级“美丽小镇”，"
        "现将名单进行公示。\n郑州市：中牟县雁鸣湖镇、新密市平陌镇、新郑市梨河镇。\n"
        "开封市：尉氏县张市镇、兰考县谷营镇、杞县高阳镇。\n济源示范区：思礼镇。\n\n编辑：张三\n"
    )
    (story,) = [r for r in split(text) if r["kind"] != "page"]
    assert (story["kind"], story["paragraphs"][-1]) == ("article", "济源示范区：思礼镇。")


# A page's header between two stories, where a dump of several pages breaks from one to the
# next: the lines atop the next page, though no edge of the dump marks them.
HEADERS_BETWEEN_PAGES = [
    "首页 -> 新闻 -> 社会",  # a web page's path, no label
    "首页　新闻中心　本地新闻　评论",  # a site's menu, its home page first
    "01版：要闻",
    "上一篇：某某小区完成改造",  # a web page's link to the story before, closing it
    "Copyright 2002-2024 example.com All Rights Reserved",
]


@pytest.mark.parametrize("header", HEADERS_BETWEEN_PAGES)
@pytest.mark.parametrize("gap", ["", "\n"], ids=["no-blank", "blank"])
def test_a_pages_header_between_two_stories_is_the_next_pages(header, gap):
    records = split(STORY + gap + header + "\n" + gap + OTHER_STORY)
    assert [(r["kind"], r["title"]) for r in records] == [
        ("article", "老旧小区改造提速"),
        ("page", None),
        ("article", "城区新增公共停车位两千个"),
    ]
    assert records[1]["paragraphs"] == [header]
    assert records[2]["subtitle"] is None


# Story lines that look like a web page's own lines in one mark only: they stay the story's
# (review of the page-furniture rules: each of these became a page record).
STORY_LINES_LIKE_SITE_LINES = {
    "a headline with >": "学历>能力>人脉？\n本报记者 某某\n今年春季招聘会上，记者随机采访了多位求职者。\n",
    "a body line with »": (
        "某某城区房价走势\n本报记者 某某\n今年以来，市区新房成交量持续回升。\n购房者的排序依次是：\n"
        "地段 » 学区 » 价格\n某某中介店长某某表示，这一排序与往年基本一致。\n"
    ),
    "ICP in a sentence": (
        "某某网站违规被关停\n本报讯（记者 某某）日前，市网信办依法查处一批违规网站。\n"
        "经查，该网站未办理ICP备案。\n市网信办提醒，网站开办者应依法履行备案手续。\n"
    ),
    "a headline ending in 版权所有": (
        "AI生成的画作归谁版权所有\n本报记者 某某\n近日，一起涉及人工智能生成图片的著作权纠纷案宣判。\n"
    ),
    "a cyclic-year date in a headline": (
        "乙巳年正月初一 某某寺祈福\n本报记者 某某\n1月29日，市民在某某寺祈福，迎接新春。\n"
    ),
}


@pytest.mark.parametrize(
    "text", STORY_LINES_LIKE_SITE_LINES.values(), ids=list(STORY_LINES_LIKE_SITE_LINES)
)
def test_story_lines_that_look_like_a_sites_own_stay_the_storys(text):
    records = split(text)
    assert [r["kind"] for r in records] == ["article"]
    assert records[0]["title"] == text.split("\n")[0]


def test_bulleted_editor_lines_under_a_story_are_the_pages_not_a_contents_box():
    text = (
        "某某小学开展阅读活动\n本报讯（记者 某某）近日，某某小学开展了“书香校园”读书月活动。\n\n"
        "■编辑：某某\n■美编：某某\n■校对：某某\n"
    )
    story, footer = split(text)
    assert (footer["kind"], footer["paragraphs"]) == (
        "page",
        ["■编辑：某某", "■美编：某某", "■校对：某某"],
    )


def test_a_section_name_over_its_editors_atop_the_page_is_the_pages_header():
    text = (
        "县域经济\n责任编辑：某某\n本报讯（记者 某某）今年以来，某某县新签约项目32个，总投资86亿元。\n"
        "项目建设跑出加速度\n本报讯（记者 某某）3月5日，某某县召开项目建设推进会。\n"
    )
    records = split(text)
    assert (records[0]["kind"], records[0]["paragraphs"]) == (
        "page",
        ["县域经济", "责任编辑：某某"],
    )


@pytest.mark.parametrize("date_line", ["Wednesday, May 26, 2010", "May 26, 2010"])
def test_an_english_date_line_over_a_headline_is_the_pages(date_line):
    # A bilingual page prints each post's date in English over its headline: the page's line.
    text = (
        f"某某新闻博客\u30002010年5月27日\u3000星期四\n\n{date_line}\n記者離職 Journalist resign\n"
        "某某日報記者某某離職了，同事們給他敘別。\n\n編輯：張三\n"
    )
    story = [r for r in split(text) if r["kind"] == "article"][0]
    assert (story["title"], story["subtitle"]) == ("記者離職 Journalist resign", None)


def test_the_pages_art_credit_closing_it_is_the_pages():
    # 本版插画／某某 设计／某某: who drew and laid out the page, a line of the page's own.
    text = (
        "某某旅游报　第5版　文旅\n\n行走的课堂\n研学旅行正成为越来越多家庭的选择，孩子们在旅途中认识自然与历史。\n\n"
        "本版插画／某某某 设计／某某\n"
    )
    records = split(text)
    assert (records[-1]["kind"], records[-1]["paragraphs"]) == (
        "page",
        ["本版插画／某某某 设计／某某"],
    )


@pytest.mark.parametrize("footer", ["某某网 版权所有", "某某日报社版权所有", "© 某某日报社"])
def test_final_review_a_sites_rights_line_closing_it_is_the_pages(footer):
    text = f"某某镇举办丰收节\n本报讯（记者 某某）9月22日，某某镇首届农民丰收节举行，吸引游客1500余人。\n{footer}\n"
    records = split(text)
    assert (records[-1]["kind"], records[-1]["paragraphs"]) == ("page", [footer])


def test_a_short_news_sentence_saying_free_under_a_headline_is_no_ad():
    # 免費 in a one-sentence summary between a headline and its credited text: news, not an
    # ad's slogan (a sentence closed with 。 reports; an ad's line sells).
    text = (
        "學童飲用鮮奶政策不中斷 近三萬學生受惠\n"
        "縣政府學童免費飲用國產鮮奶政策不中斷。\n"
        "【記者謝某政／嘉義報導】縣政府學童免費飲用國產鮮奶政策不中斷，本學期繼續補助牛羊豆奶，"
        "縣長今日到國小發放鮮奶。\n"
    )
    records = split(text)
    assert [(r["kind"], r["title"]) for r in records] == [
        ("article", "學童飲用鮮奶政策不中斷 近三萬學生受惠")
    ]


def obituary(indent: str = "") -> str:
    """An obituary: its heading, text (each paragraph after `indent`), signer and date."""
    text = [
        "某某厂退休职工王某某同志，因病医治无效，于2008年12月1日不幸逝世，享年八十岁。",
        "定于12月4日上午9时在市殡仪馆举行遗体告别仪式。",
        "特此讣告。",
    ]
    return (
        "讣　告\n"
        + "".join(indent + line + "\n" for line in text)
        + "王某某治丧小组\n2008年12月3日\n"
    )


def test_an_obituary_closes_with_its_formula_its_signer_and_its_date():
    # 特此讣告。 closes the notice's text; the funeral committee signs it and dates it.
    records = split(STORY + obituary() + OTHER_STORY)
    assert [(r["kind"], r["title"]) for r in records] == [
        ("article", "老旧小区改造提速"),
        ("notice", "讣　告"),
        ("article", "城区新增公共停车位两千个"),
    ]
    assert records[1]["paragraphs"][-2:] == ["王某某治丧小组", "2008年12月3日"]


def test_a_notices_date_over_a_flush_ad_heading_in_an_indented_column_stays_the_notices():
    # Where paragraphs are indented, flush lines look like headings: a date alone
    # (2008年12月3日) is still no headline, and stays with the notice it dates.
    text = (
        obituary("\u3000\u3000") + "某某商厦 岁末感恩回馈\n"
        "羽绒服 羊绒衫 全场五折起\n"
        "某某区某某路00号　电话：0379-60000000\n"
    )
    records = split(text)
    assert [(r["kind"], r["paragraphs"][-1]) for r in records] == [
        ("notice", "2008年12月3日"),
        ("ad", "某某区某某路00号　电话：0379-60000000"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "某某每日电讯社出版　地址：北京市某某区某某街00号　邮编：100000",
        "总编室：027-80000000　广告许可证：鄂工商广字01号",
    ],
)
def test_a_colophon_line_of_a_publisher_or_an_ad_licence_is_the_mastheads(line):
    text = STORY + "\n" + line + "\n新闻热线：010-60000000　发行热线：010-60000001\n\n" + FOOT
    records = split(text)
    assert [r["kind"] for r in records] == ["article", "masthead", "page"]
    assert records[1]["paragraphs"][0] == line


def test_where_blank_lines_part_the_items_an_ads_address_stays_the_ads():
    # An ad's address and phone line reads as a colophon's too; the blank line under it,
    # where blank lines part every item, ends the ad, and the colophon starts after it.
    ad = (
        "某某家居　春季焕新节\n全场满5000元减500元　老客户凭卡再享九五折\n"
        "地址：某某市某某区某某路00号　电话：0531-80000000\n"
    )
    masthead = (
        "某某日报社出版　新闻热线：0531-80000001　发行热线：0531-80000002\n"
        "社址：某某市某某路00号　邮编：250000　零售价：1.00元\n"
    )
    text = "\n".join([STORY, OTHER_STORY, ad, masthead, FOOT])
    records = split(text)
    assert [r["kind"] for r in records] == ["article", "article", "ad", "masthead", "page"]
    assert records[2]["paragraphs"][-1].startswith("地址：")


@pytest.mark.parametrize(
    "contact",
    ["国粤英语服务　电话：416-000-0000", "专业买卖住宅商铺　电话：(02)2345-6789"],
)
def test_a_shops_slogan_over_its_service_and_a_grouped_phone_number_is_an_ad(contact):
    # North American and Taiwan numbers are printed in groups (416-000-0000, (02)2345-6789);
    # a shop's service may come before its 电话： on the line.
    text = STORY + "某某地产　诚信经营二十年\n" + contact + "\n" + FOOT
    records = split(text)
    assert [r["kind"] for r in records] == ["article", "ad", "page"]


def test_the_papers_call_for_tips_closes_its_colophon():
    # 有奖报料：… (the paper pays for tips) is the paper's own hotline, the colophon's line.
    colophon = (
        "某某日报社主管主办　国内统一连续出版物号：CN 37-0000\n"
        "某某晚报网 www.example.com　有奖报料：0534-0000000\n"
    )
    records = split(STORY + colophon + FOOT)
    assert [r["kind"] for r in records] == ["article", "masthead", "page"]


def test_an_ad_set_a_blank_line_apart_line_by_line_stays_one_ad():
    # Where blank lines part the items, an ad may still set its own lines a blank line apart.
    ad = "某某家具城\n开业大酬宾 全场五折起\n\n地址：某某市某某路88号\n\n电话：0351-1234567\n"
    records = split("\n".join([STORY, ad, OTHER_STORY, FOOT]))
    assert [r["kind"] for r in records] == ["article", "ad", "article", "page"]


def test_a_mobile_number_printed_in_groups_is_a_phone():
    ad = "某某家政服务\n保洁 保姆 月嫂 育儿嫂\n家电清洗　电话：138-1234-5678\n"
    records = split("\n".join([STORY, ad, OTHER_STORY, FOOT]))
    assert [r["kind"] for r in records] == ["article", "ad", "article", "page"]


@pytest.mark.parametrize(
    "signer",
    [
        "某某日报社",
        "某某日报社发行部",
        "某某晚报社总编室",
        "某某日报社总编办",
        "某某日报报业集团",
        "某某日报社　　2018年10月",
        "某某日报社2024年1月",
        "某某日报社　２０２４年１月",
        "某某日报社　2024.1.15",
    ],
)
def test_a_papers_house_signs_its_notice_over_the_next_story(signer):
    # The paper's own call for entries, signed by the paper's house or a desk of it, then a
    # photo story: the signer closes the notice, it heads no story (items in any order).
    text = (
        "征稿启事\n本版长期征集反映城市文明实践、志愿服务、美丽家园建设的新闻和图片，欢迎投稿。\n"
        f"投稿邮箱：zhenggao@example.com　　联系电话：0000-0000000\n{signer}\n"
        "赤麻鸭嬉戏“千岛湖”\n连日来，郊野公园里的湖面风景区吸引众多游客和摄影爱好者前来观赏。\n"
        "本报记者 张某 摄\n"
    )
    records = split(text)
    assert [(r["kind"], r["title"]) for r in records] == [
        ("notice", "征稿启事"),
        ("article", "赤麻鸭嬉戏“千岛湖”"),
    ]
    assert records[0]["paragraphs"][-1] == signer


def test_a_loss_notices_date_under_its_last_entry_heads_no_story():
    text = (
        "遗失声明\n林某某不慎遗失某某五金店营业执照正本一份，声明作废。\n"
        "陈某某不慎遗失残疾人证一本，声明作废。\n2013年7月6日\n"
        "（上接第1版）\n弹指一挥间，本报复刊已30个年头了，作为最早的报人之一，真是感慨万千。\n"
    )
    records = split(text)
    assert records[0]["kind"] == "notice" and records[0]["paragraphs"][-1] == "2013年7月6日"
    assert (records[1]["title"], records[1]["continued_from"]) == (None, 1)


def test_a_story_headline_ending_in_a_papers_house_under_a_notice_keeps_its_story():
    # (review 28) 小记者走进日报社 over a 本报讯 lead heads that story: no signer.
    text = (
        "征稿启事\n本版长期征集反映城市文明实践的新闻和图片，欢迎投稿。\n"
        "投稿邮箱：zhenggao@example.com　　联系电话：0000-0000000\n小记者走进日报社\n"
        "本报讯（记者 张三）昨天上午，某某小学30名小记者来到本报参观，了解一份报纸的诞生过程。\n"
    )
    assert [(r["kind"], r["title"]) for r in split(text)] == [
        ("notice", "征稿启事"),
        ("article", "小记者走进日报社"),
    ]


@pytest.mark.parametrize(
    "details",
    [
        "征文对象：全体市民\n征文体裁：散文、诗歌均可",
        "投稿邮箱：zhenggao@example.com\n征稿对象：全市中小学生",
    ],
)
def test_a_notices_last_details_and_closing_request_stay_the_notices(details):
    # (review 28) A detail names one of the notice's fields; the request under it is the
    # notice's own sentence, not a story under a colon headline.
    text = (
        "征文启事\n为庆祝建市七十周年，本报即日起开展“我与城市共成长”征文活动。\n"
        f"{details}\n来稿请注明真实姓名和联系方式，本报将择优刊发并颁发证书。\n"
        "城市公园添新绿\n本报讯（记者 张三）昨天，市区多个公园完成补植，新增绿地面积两万平方米。\n"
    )
    records = split(text)
    assert [(r["kind"], r["lines"]) for r in records] == [("notice", [1, 5]), ("article", [6, 7])]


@pytest.mark.parametrize("under", ["", "本报记者 张某\n", "——友谊公园雪后即景\n"])
def test_a_notices_details_end_where_a_colon_headline_heads_the_next_story(under):
    # 长春：冰雪丹青 is shaped like the list's `label：value` lines, but gives no detail and a
    # story's sentence, its credit or its deck follows it: the next story's headline.
    text = (
        "征稿启事\n本版长期征集读者身边的新鲜事、暖心事和城市新变化，来稿请注明真实姓名。\n"
        f"投稿邮箱：zhenggao@example.com\n联系电话：0000-0000000\n长春：冰雪丹青\n{under}"
        "银装素裹的友谊公园，景色美不胜收。\n人民广场干净的街路与白雪形成鲜明对比。\n"
    )
    assert [(r["kind"], r["title"]) for r in split(text)] == [
        ("notice", "征稿启事"),
        ("article", "长春：冰雪丹青"),
    ]


def test_a_date_kicker_under_a_storys_sentence_ending_in_a_notice_word_stays_a_kicker():
    # (review 28) …将全部作废。 closes a story's sentence under its 本报讯 lead, not a notice.
    text = (
        "旧版社保卡今起停用\n本报讯（记者 张某）记者从市人社局获悉，新版社保卡已于上月全面启用。\n"
        "按照规定，今年底前未换领的旧版社保卡将全部作废。\n1978年12月18日\n改革开放从这里起步\n"
        "本报记者 李某华\n四十多年前的那个冬天，十八户农民按下红手印，拉开了农村改革的序幕。\n"
    )
    records = split(text)
    assert [(r["title"], r["subtitle"]) for r in records] == [
        ("旧版社保卡今起停用", None),
        ("1978年12月18日", "改革开放从这里起步"),
    ]
