"""`split` on shapes first met on fresh pages (the sixteenth session's round of tuning issues
from outlets never used before), each in words of its own."""

from __future__ import annotations

import pytest

from conftest import split_checked, split_titles

split = split_checked  # `newscli split` on a text: it succeeds and loses nothing


TAIWAN_STORY = (
    "鎮公所推動老街再生計畫\n"
    "{credit}鎮公所今天宣布，老街再生計畫將於明年春天動工，預計兩年內完成。\n"
    "計畫包括騎樓整修、招牌更新與人行道拓寬，鎮公所也將邀請居民參與設計討論。\n"
)


@pytest.mark.parametrize(
    "credit, byline, authors",
    [
        ("【王小明/埔里報導】", "王小明/埔里報導", ["王小明"]),
        ("【陳大文、林美玲/專題報導】", "陳大文、林美玲/專題報導", ["陳大文", "林美玲"]),
    ],
)
def test_a_bracketed_credit_of_names_and_a_place_without_a_role(credit, byline, authors):
    # Taiwan's papers may drop the role: 【某某某/某地報導】 names the writers all the same.
    (story,) = split(TAIWAN_STORY.format(credit=credit))
    assert (story["byline"], story["authors"]) == (byline, authors)
    assert story["paragraphs"][0].startswith(credit)


def test_a_bracketed_label_and_a_place_names_no_one():
    (story,) = split(TAIWAN_STORY.format(credit="【市民反映/現場報導】"))
    assert (story["byline"], story["authors"]) == (None, [])


WRITERS_NOTES = [
    "作者 某某文教基金會董事長",
    "作者系某某大学新闻学院教授",
    "（作者单位：某某市社会科学院）",
    "（作者：张某，系某某大学教授）",  # (review 29)
    "（本文作者系某某研究员）",
    "□作者系某某协会会员",
]
GROUP_PHOTO_CAPTIONS = ["双方交流人员合影", "与会代表合影留念"]


@pytest.mark.parametrize("last", WRITERS_NOTES + GROUP_PHOTO_CAPTIONS)
def test_a_storys_last_line_over_a_notice_stays_the_storys(last):
    # Right over a notice's heading, the last line of a story is its own: who the writer is
    # (作者系…) or what a group photo shows (…合影: a caption; no headline in the corpus ends
    # so), never the first line of the notice's heading.
    text = (
        "小镇的黄金时代\n"
        "这是小镇的黄金时代。尽管我们对许多事情并不满意，但街坊们愿意一起把日子过好。\n"
        "让我们迎接这个属于每一个普通人的新时代的来临！\n"
        f"{last}\n"
        "遗失声明\n"
        "某某商贸有限公司不慎遗失营业执照副本一份，声明作废。\n"
    )
    story, notice = split(text)
    assert story["paragraphs"][-1] == last
    assert (notice["kind"], notice["title"]) == ("notice", "遗失声明")


def test_a_line_leading_in_with_a_dash_between_paragraphs_is_text():
    # No clause in it, nothing taken up from the paragraph above: still the story's sentence
    # going on below it, for a kicker leads in to a headline, never to a paragraph.
    lead_in = "他们将“敢打硬仗、善打胜仗”的作风诠释得淋漓尽致——"
    text = (
        "一场向时间要效率的攻坚战\n"
        "□ 张某某  李某\n"
        "这是一场没有退路的攻坚战！这是一场向空间要时间的攻坚战！\n"
        "他们是勇往直前的建设者，他们无时无刻不在奋战！\n"
        f"{lead_in}\n"
        "他们用8个月时间完成投资近20亿元，在公司的发展史上树起了一座新的里程碑。\n"
    )
    (story,) = split(text)
    assert lead_in in story["paragraphs"]


@pytest.mark.parametrize("desk", ["（獨媒報導）", "（独媒报道）"])
def test_a_sites_short_name_in_brackets_is_the_lead(desk):
    # 独立媒体 calls itself 独媒: a bracketed outlet's short name and 报导 opens the text as
    # （某某日报报道） does, the site's dateline with no one named.
    text = (
        "機場連日現人潮 送行者揮手道別\n"
        f"{desk}特許入境許可政策今日期限屆滿，香港國際機場連日來出現人潮，大批市民趕在限期前離港。\n"
        "今日下午有兩班由香港前往倫敦的航班，登機櫃檯早上起已有大批市民排隊辦理手續。\n"
    )
    (story,) = split(text)
    assert (story["lead"], story["byline"], story["authors"]) == (desk, None, [])


def test_a_long_headline_with_no_clause_mark_opens_its_item():
    # A government site's headline may run past forty characters; with no comma or 、 in it,
    # it is no paragraph the page cut (every such paragraph has its clause marks).
    headline = "某某旗文化和旅游局组织开展“送欢乐 送文明”演出服务活动暨“我们的节日·端午节”文艺演出"
    text = (
        "某某旗　2023年6月22日　星期四　第2版　综合新闻\n"
        f"{headline}\n"
        "6月22日，某某旗文化和旅游局组织乌兰牧骑在景区开展演出服务活动，吸引游客驻足观看。\n"
        "演出现场，演员们穿着传统服装，在欢快的音乐声中载歌载舞，赢得阵阵掌声。\n"
        "遗失声明\n"
        "某某农牧业专业合作社不慎遗失营业执照副本一份，声明作废。\n"
    )
    kinds_titles = [(r["kind"], r["title"]) for r in split(text)]
    assert kinds_titles == [("page", None), ("article", headline), ("notice", "遗失声明")]


@pytest.mark.parametrize("bullet", ["•", "◆", "■"])
def test_a_name_between_two_bullets_under_a_headline_is_the_byline(bullet):
    text = (
        "公民意识主导年轻选民 民调显示种族政党不受支持\n"
        f"{bullet}许某仪{bullet}\n"
        "一项最新民调显示，年轻选民更重视公民意识，种族政党的号召力正在减弱。\n"
    )
    (story,) = split(text)
    assert (story["subtitle"], story["byline"], story["authors"]) == (None, "许某仪", ["许某仪"])


@pytest.mark.parametrize(
    "opening, lead",
    [("越通社河内——", "越通社河内"), ("越通社胡志明市——", "越通社胡志明市")],
)
def test_an_agencys_dateline_with_a_dash_is_the_lead(opening, lead):
    # Vietnam's agency prints its dateline so: the agency, the place, a dash.
    text = (
        "河内各地喜迎新年\n"
        f"{opening}新年前夕，河内市各地张灯结彩，街头巷尾洋溢着喜庆祥和的节日气氛。\n"
        "市民纷纷走上街头购物，迎接新年的到来。\n"
    )
    (story,) = split(text)
    assert story["lead"] == lead


def test_a_neighbourhood_and_a_dash_is_no_agencys_dateline():
    text = (
        "社区开展志愿服务\n"
        "幸福社区居委会——这个名字居民们早已耳熟能详，今年又获评全市文明社区。\n"
        "居委会工作人员介绍，社区今年共开展志愿服务活动三十余场。\n"
    )
    (story,) = split(text)
    assert story["lead"] is None


@pytest.mark.parametrize("headline", ["市政府办公室发出公告", "近六成市民已遵从强检公告"])
def test_a_headline_that_reports_a_notice_is_a_storys(headline):
    # Someone issues a notice, or heeds one: news of a notice, under its own headline; a
    # notice's heading names the notice (关于发布…的公告 is still one).
    text = (
        f"{headline}\n"
        "今年汛期从5月1日开始 各地要提前做好防汛准备\n"
        "市政府办公室昨日发出公告，要求各地各部门提前做好防汛准备工作，确保安全度汛。\n"
        "据介绍，全市已对重点水库、堤防开展了汛前检查，发现的问题正在抓紧整改。\n"
    )
    (story,) = split(text)
    assert (story["kind"], story["title"]) == ("article", headline)


@pytest.mark.parametrize("turn", ["记者：", "问："])
def test_a_short_line_over_the_interviewers_next_question_heads_a_part_of_the_interview(turn):
    # No story opens with the interviewer's question: the line over one is the interview's
    # crosshead, not a new story's headline.
    text = (
        "专访某某歌舞团团长某某\n"
        "今年秋季，某某歌舞团推出了演出季，多场大型演出吸引了大批观众走进剧场。\n"
        "作为著名舞蹈编导，某某出任歌舞团团长已有一年，本次演出季的多场节目由他亲自策划。\n"
        "青甘宁采风，请来了“酸奶奶奶”唱花儿\n"
        f"{turn}今年春末夏初，团里的艺术家们到青海、甘肃、宁夏采风，有哪些收获？\n"
        "某某：这次采风，我们走了十几个县，录下了上百首民歌。\n"
    )
    (story,) = split(text)
    assert "青甘宁采风，请来了“酸奶奶奶”唱花儿" in story["paragraphs"]


# Review 29 (/work/review29.md): where the rules above first reached too far, or fell short.


@pytest.mark.parametrize("who", ["合作社理事长张某某", "供销社主任李某", "旅行社导游王某"])
def test_a_person_introduced_with_a_dash_is_no_agencys_dateline(who):
    # Only a news agency's short name (越通社, 中通社, 韩联社: 通讯社, 联合通讯社, 新闻社) leads
    # a dateline with a dash; 合作社理事长某某—— introduces a person in the story's text.
    text = (
        "合作社里的致富经\n"
        "本报讯 今年以来，某某县大力发展农民专业合作社，带动村民增收。\n"
        f"{who}——这位土生土长的庄稼汉，带领乡亲们种植高山蔬菜，年销售额突破千万元。\n"
        "如今，合作社已吸纳社员三百余户。\n"
    )
    (story,) = split(text)
    assert story["lead"] == "本报讯"


@pytest.mark.parametrize("dash", ["――", "—", " —— "])
def test_an_agencys_dateline_takes_any_dash(dash):
    text = f"河内各地喜迎新年\n越通社河内{dash}新年前夕，河内市各地张灯结彩，街头巷尾洋溢着节日气氛。\n"
    (story,) = split(text)
    assert story["lead"] == "越通社河内"


def test_a_briefs_closing_source_line_ends_it():
    # （综合外媒报道） closes an international brief: no lead, and no headline of the next.
    text = (
        "日本多地遭遇强降雪\n"
        "日本气象厅表示，受强冷空气影响，日本北部多地近日遭遇强降雪，部分地区积雪超过一米。\n"
        "强降雪导致多条高速公路封闭，数百个航班取消，数万户家庭停电。\n"
        "（综合外媒报道）\n"
        "美国加州山火持续蔓延\n"
        "当地时间周日，美国加州南部山火持续蔓延，已有数万名居民被迫撤离。\n"
        "消防部门表示，大风天气给灭火工作带来极大困难。\n"
    )
    first, second = split(text)
    assert first["paragraphs"][-1] == "（综合外媒报道）"
    assert second["title"] == "美国加州山火持续蔓延"


@pytest.mark.parametrize("source", ["（据外媒报道）", "（综合外媒报道）"])
def test_a_source_note_opening_the_text_is_no_lead(source):
    text = f"日本多地遭遇强降雪\n{source}日本气象厅表示，日本北部多地近日遭遇强降雪，部分地区积雪超过一米。\n"
    (story,) = split(text)
    assert story["lead"] is None


def test_a_paragraph_cut_by_the_page_before_its_first_comma_is_joined_again():
    # A long first clause with no comma, cut by the page: one paragraph, as before (only a
    # long line whose parts stand a space apart reads as a headline's).
    first = "会议强调要深入学习贯彻习近平新时代中国特色社会主义思想和党的二十大精神全面落实省委"
    text = (
        "全市召开主题教育工作推进会\n"
        "本报讯 昨日，我市召开主题教育工作推进会，全面部署下一阶段工作。\n"
        f"{first}\n"
        "省政府各项决策部署，确保主题教育取得实效。\n"
    )
    (story,) = split(text)
    assert story["paragraphs"][-1] == first + "省政府各项决策部署，确保主题教育取得实效。"


@pytest.mark.parametrize("rubric", ["■黄金周观察■", "◆关注◆", "◆文化周末◆"])
def test_a_rubric_between_two_bullets_is_no_byline(rubric):
    text = (
        f"老旧小区加装电梯提速\n{rubric}\n"
        "本报讯 今年以来，我市老旧小区加装电梯工作明显提速，已有百余部电梯投入使用。\n"
    )
    (story,) = split(text)
    assert (story["byline"], story["authors"]) == (None, [])


@pytest.mark.parametrize("desk", ["【國際中心／綜合報導】", "【房產組／台北報導】"])
def test_a_desks_bracketed_credit_names_no_author(desk):
    (story,) = split(TAIWAN_STORY.format(credit=desk))
    assert story["authors"] == []


@pytest.mark.parametrize(
    "text, kind, title",
    [
        (  # a story names the notice and says who said what (某某署表示，…)
            "近六成市民已遵从强检公告\n"
            "政府上月30日和31日发出强制检测公告，并为43处指明地方安排流动采样站。\n"
            "民政事务总署表示，根据部门记录，上述已受检市民占公告涵盖大厦估算居民人数近六成。\n"
            "该署感谢市民遵从强制检测公告，并呼吁须接受强制检测的市民尽快受检。\n",
            "article",
            "近六成市民已遵从强检公告",
        ),
        (  # (review 30) 公司名称：… is a label (称：), no one speaking
            "遗失声明\n"
            "某某商贸有限公司不慎遗失营业执照副本一份，声明作废。\n"
            "公司名称：某某建材有限公司经股东会决议拟注销，请债权人自本公告发布之日起45日内申报债权。\n"
            "公司名称：某某餐饮管理有限公司经股东会决议减少注册资本，请债权人自本公告发布之日起45日内申报债权。\n",
            "notice",
            "遗失声明",
        ),
    ],
    ids=["reported-speech", "name-labels"],
)
def test_reported_speech_tells_a_story_on_a_notice_from_the_notice(text, kind, title):
    # A notice speaks for itself and reports no one's words (none of the corpus's notices
    # does); a story on a notice names it and reports who said what.
    (record,) = split(text)
    assert (record["kind"], record["title"]) == (kind, title)


# Review 30 (/work/review30.md): the later rules' reach, mended.

NEWS = "市民热议公交新线路\n本报讯 新开通的公交线路受到沿线市民欢迎。\n不少市民表示，出行方便了很多。\n"


@pytest.mark.parametrize(
    "heading",
    [
        "关于发布2024年度防汛工作方案的公告",
        "某某市人民政府关于发布城区禁止燃放烟花爆竹区域的通告",
        "某某股份有限公司关于收到中标通知书的公告",
        "某某市中级人民法院执行公告",
        "执行阶梯水价的公告",
    ],
)
def test_a_notices_own_heading_with_a_verb_still_heads_it(heading):
    # A notice names itself: the issuer, 关于…的公告, …的公告, a court's 执行公告.
    text = (
        f"{NEWS}{heading}\n"
        "根据有关规定，现将有关事项公告如下：本公告自发布之日起施行。\n"
        "特此公告。\n"
        "某某市人民政府\n"
    )
    story, notice = split(text)
    assert (notice["kind"], notice["title"]) == ("notice", heading)


def test_a_source_note_under_a_headline_keeps_the_brief_whole():
    text = (
        f"{NEWS}日本多地遭遇强降雪\n（据外媒报道）\n"
        "日本气象厅表示，受强冷空气影响，日本北部多地近日遭遇强降雪，部分地区积雪超过一米。\n"
        "强降雪导致多条高速公路封闭，数百个航班取消，数万户家庭停电。\n"
    )
    story, brief = split(text)
    assert brief["title"] == "日本多地遭遇强降雪"
    assert brief["paragraphs"][-1].startswith("强降雪导致")


@pytest.mark.parametrize(
    "note", ["（综合外电）", "（本报综合外媒报道）", "（综合央视新闻、新华社）"]
)
def test_more_closing_source_notes_end_their_brief(note):
    text = (
        "日本多地遭遇强降雪\n"
        "日本气象厅表示，受强冷空气影响，日本北部多地近日遭遇强降雪，部分地区积雪超过一米。\n"
        "强降雪导致多条高速公路封闭，数百个航班取消，数万户家庭停电。\n"
        f"{note}\n"
        "美国加州山火持续蔓延\n"
        "当地时间周日，美国加州南部山火持续蔓延，已有数万名居民被迫撤离。\n"
        "消防部门表示，大风天气给灭火工作带来极大困难。\n"
    )
    first, second = split(text)
    assert (first["paragraphs"][-1], second["title"]) == (note, "美国加州山火持续蔓延")


@pytest.mark.parametrize(
    "headline", ["让群众过上好日子——访某某县委书记李四", "专访｜某某县委书记李四"]
)
def test_a_headline_that_names_its_interview_opens_it(headline):
    text = (
        f"{NEWS}{headline}\n"
        "记者：今年医保报销比例有调整吗？有哪些新的变化？\n"
        "李四：今年起，居民医保政策范围内住院费用报销比例提高5个百分点。\n"
    )
    story, interview = split(text)
    assert interview["title"] == headline


def test_a_headline_that_names_a_group_photo_opens_its_story():
    text = (
        f"{NEWS}一张珍藏了六十年的合影\n"
        "在某某市档案馆，一张泛黄的老照片静静地陈列在展柜中。\n"
        "照片上的二十多名年轻人，是1965年某某中学的毕业生。\n"
    )
    story, photo = split(text)
    assert photo["title"] == "一张珍藏了六十年的合影"


@pytest.mark.parametrize("caption", ["全体学员大合照", "与会人员集体照"])
def test_other_words_for_a_group_photo_are_captions(caption):
    test_a_storys_last_line_over_a_notice_stays_the_storys(caption)


@pytest.mark.parametrize(
    "dateline, byline, authors",
    [
        ("【某某時報記者孔某報道】", "某某時報記者孔某", ["孔某"]),
        ("【某某時報記者孔某巴黎報道】", "某某時報記者孔某", ["孔某"]),
        ("【某某日报记者王某某5月1日里昂报道】", "某某日报记者王某某", ["王某某"]),
    ],
)
def test_an_overseas_papers_bracketed_dateline_with_its_reporter_is_the_lead(
    dateline, byline, authors
):
    # 【(paper)記者(name)(day)(place)報道】 opens the text as 本报讯 does, the paper's reporter
    # inside: the lead, and the byline without the day and the place (round 51's 歐洲時報).
    (story,) = split(TAIWAN_STORY.format(credit=dateline))
    assert (story["lead"], story["byline"], story["authors"]) == (dateline, byline, authors)


def test_a_bracketed_reporters_credit_without_a_paper_is_no_lead():
    (story,) = split(TAIWAN_STORY.format(credit="【記者孔某報道】"))
    assert (story["lead"], story["byline"], story["authors"]) == (None, "記者孔某", ["孔某"])


STORY_A = (
    "全市重点项目建设开局良好\n"
    "{opening}"
    "今年以来，全市重点项目建设进展顺利，一季度完成投资同比增长一成以上，多个项目提前开工建设。\n"
    "下一步，相关部门将继续加强协调服务，及时解决项目推进中遇到的困难和问题。\n"
    "{closing}"
    "春季植树活动在全市展开\n"
    "3月12日，市区各单位干部职工来到城郊荒山，挥锹铲土、扶苗填坑，种下各类树苗三千余株。\n"
    "活动现场，志愿者们分工协作，为新栽的树苗浇上了“定根水”。\n"
)


@pytest.mark.parametrize(
    "closing, byline, authors",
    [
        # who wrote it and who checked it, as county sites close a report (round 51's 舞阳)
        ("（图文：张某某 审核：李某）", "图文：张某某 审核：李某", ["张某某", "李某"]),
        ("（供稿：朱某某）", "供稿：朱某某", ["朱某某"]),
        ("摄像：陈某某", "摄像：陈某某", ["陈某某"]),
        # a compiled piece closes each part with its bureau's reporter, after a dash
        ("——本报某某分社记者胡某某", "本报某某分社记者胡某某", ["胡某某"]),
        ("——记者 王某 通讯员 李某某", "记者 王某 通讯员 李某某", ["王某", "李某某"]),
    ],
)
def test_a_closing_credit_of_these_shapes_is_the_byline(closing, byline, authors):
    first, second = split(STORY_A.format(opening="", closing=closing + "\n"))
    assert (first["byline"], first["authors"]) == (byline, authors)
    assert second["title"] == "春季植树活动在全市展开"


@pytest.mark.parametrize(
    "opening, byline, authors",
    [
        ("独家报导：蔡某卿", "独家报导：蔡某卿", ["蔡某卿"]),  # Taiwan's and Malaysia's papers
        # the paper's name and a slash before its reporter's credit (联合报's)
        ("某某报／ 记者袁某豪／台南即时报导", "某某报／ 记者袁某豪／台南即时报导", ["袁某豪"]),
        # the page's editor named after the writer is no author
        ("文/图 张某 责编 李某", "文/图 张某 责编 李某", ["张某", "李某"]),
        # a wire's paper (某某电讯) before its reporters (credit harvest 2)
        (
            "作者：某某每日电讯记者宋某青 范某珅",
            "作者：某某每日电讯记者宋某青 范某珅",
            ["宋某青", "范某珅"],
        ),
    ],
)
def test_an_opening_credit_of_these_shapes_is_the_byline(opening, byline, authors):
    first = split(STORY_A.format(opening=opening + "\n", closing=""))[0]
    assert (first["byline"], first["authors"], first["subtitle"]) == (byline, authors, None)


@pytest.mark.parametrize("subheadline", ["——访全国劳模张某", "——记者手记", "——记优秀教师张某某"])
def test_a_dashed_sub_headline_is_no_credit(subheadline):
    first, _ = split(STORY_A.format(opening=subheadline + "\n", closing=""))
    assert (first["subtitle"], first["byline"]) == (subheadline, None)


@pytest.mark.parametrize(
    "header",
    # an e-paper's page opens with its date alone, or with its section, or with the labels
    # of the page shown (a harvest of 276 real page lines, /work/harvest51/furniture.tsv):
    # page furniture, never a headline, however short and unpunctuated
    ["2025年05月01日", "2024年2月3日", "2025-10-31 本地新闻", "当前版：03版", "期次：第1471期"],
)
def test_an_e_papers_first_line_over_the_first_headline_is_the_pages(header):
    records = split(header + "\n" + STORY_A.format(opening="", closing=""))
    assert [(r["kind"], r["title"]) for r in records] == [
        ("page", None),
        ("article", "全市重点项目建设开局良好"),
        ("article", "春季植树活动在全市展开"),
    ]


def test_a_review_chain_under_the_last_story_is_the_pages():
    # 一审：… 二审：… 三审：… (初审, 复审, 终审): who checked the page, as county media
    # centres print it under the last story: page furniture, as 责任编辑：… is.
    chain = "志愿者在植树现场\n一审：曹 某\n二审：林 某\n三审：李 某\n\n编辑：张某\n"
    records = split(STORY_A.format(opening="", closing="") + chain)
    assert (records[-1]["kind"], records[-1]["paragraphs"]) == (
        "page",
        ["一审：曹 某", "二审：林 某", "三审：李 某", "编辑：张某"],
    )


BODY_AFTER_LEAD = (
    "全市重点项目建设进展顺利，一季度完成投资同比增长一成以上，多个项目提前开工建设。\n"
)


@pytest.mark.parametrize(
    "opening, lead, byline, authors",
    [
        # a county media centre's short name (某某融媒) dates its reports as a paper does
        ("某某融媒5月21日讯（通讯员：杨某馨）", "某某融媒5月21日讯", "通讯员：杨某馨", ["杨某馨"]),
        # a reporter named 文… after the role: 文 is the surname, no credit mark
        (
            "某某融媒8月18日讯（融媒体记者 文某芳）",
            "某某融媒8月18日讯",
            "融媒体记者 文某芳",
            ["文某芳"],
        ),
        # the city's media centre before the role, and a slash between two credits
        (
            "（某某市新闻传媒中心全媒体记者江某波/通讯员 赵某）",
            None,
            "某某市新闻传媒中心全媒体记者江某波/通讯员 赵某",
            ["江某波", "赵某"],
        ),
    ],
)
def test_a_county_centres_lead_and_credit(opening, lead, byline, authors):
    # (a harvest of 257 real credit lines, /work/harvest51/credits.tsv)
    (story,) = split("全市重点项目建设开局良好\n" + opening + BODY_AFTER_LEAD)
    assert (story["lead"], story["byline"], story["authors"]) == (lead, byline, authors)


@pytest.mark.parametrize(
    "opening, lead, byline, authors",
    [
        # where the reporter filed from, glued to the name
        ("本报讯（特约记者王某发自华盛顿）", "本报讯", "特约记者王某发自华盛顿", ["王某"]),
        # a wire's outlet and place a space apart
        ("中新网 曼谷5月15日电（记者 李某民）", "中新网 曼谷5月15日电", "记者 李某民", ["李某民"]),
        # a site's dated report with its reporter inside, unbracketed
        (
            "某某网记者裘某琼8月9日报道：",
            "某某网记者裘某琼8月9日报道",
            "某某网记者裘某琼",
            ["裘某琼"],
        ),
    ],
)
def test_a_leads_credit_of_these_shapes(opening, lead, byline, authors):
    # (a harvest of 257 real credit lines, /work/harvest51/credits.tsv)
    (story,) = split("全市重点项目建设开局良好\n" + opening + BODY_AFTER_LEAD)
    assert (story["lead"], story["byline"], story["authors"]) == (lead, byline, authors)


def test_a_sun_bullet_before_a_name_under_a_headline():
    first, _ = split(STORY_A.format(opening="☉张某财\n", closing=""))
    assert (first["byline"], first["authors"], first["subtitle"]) == ("张某财", ["张某财"], None)


@pytest.mark.parametrize(
    "note", ["（资料图）", "（资料图片）", "图：王某 汪某 胡某飞", "图/新华社"]
)
def test_a_photos_source_between_paragraphs_stays_the_storys(note):
    # Where a photo came from (（资料图）) or who took it (图：某某): a paragraph of the story it
    # sits in (SCHEMA: photo credits are no bylines), never a new item's credit (a harvest of
    # 205 real captions and credits, /work/harvest51/captions.tsv).
    text = STORY_A.format(opening="", closing="").replace(
        "多个项目提前开工建设。\n", f"多个项目提前开工建设。\n{note}\n", 1
    )
    first, second = split(text)
    assert (first["byline"], first["paragraphs"][1]) == (None, note)
    assert second["title"] == "春季植树活动在全市展开"


@pytest.mark.parametrize("source", ["据新华社", "据央视", "据某某日报"])
def test_a_briefs_unbracketed_source_closes_it(source):
    # 据新华社 on a line of its own under a brief says where it came from, as （据新华社）
    # does: the brief's last paragraph, never a label over the next headline.
    first, second = split(STORY_A.format(opening="", closing=source + "\n"))
    assert (first["paragraphs"][-1], second["subtitle"]) == (source, None)


def test_a_closing_credit_with_its_reviewer():
    first, _ = split(STORY_A.format(opening="", closing="（文/丁某玲 图/王某 审/柳某琼）\n"))
    assert (first["byline"], first["authors"]) == (
        "文/丁某玲 图/王某 审/柳某琼",
        ["丁某玲", "王某", "柳某琼"],
    )


def test_a_datelines_compiled_wire_in_brackets_is_the_lead():
    # （曼谷21日综合电）: a Thai Chinese paper's dateline of a story compiled from wires
    (story,) = split("全市重点项目建设开局良好\n（曼谷21日综合电）" + BODY_AFTER_LEAD)
    assert story["lead"] == "（曼谷21日综合电）"


def test_a_long_colon_kicker_with_latin_letters_heads_the_headline():
    # (a harvest of 141 real headline groups, /work/harvest51/headlines.tsv)
    text = (
        "某某研究所LAMOST团队：\n接力驻扎深山，以“大夜班”成就“浪漫事”\n"
        "本报讯 " + BODY_AFTER_LEAD + "下一步，相关部门将继续加强协调服务。\n"
    )
    (story,) = split(text)
    assert (story["title"], story["subtitle"]) == (
        "接力驻扎深山，以“大夜班”成就“浪漫事”",
        "某某研究所LAMOST团队：",
    )


@pytest.mark.parametrize(
    "note",
    ["（摄影/曾某信）", "（资料图片仅供参考）", "部分图片由受访者提供", "本版图片均据新华社"],
)
def test_a_photos_credit_or_source_under_the_headline_is_a_paragraph(note):
    # (a harvest of 205 real captions and credits, /work/harvest51/captions.tsv)
    first, _ = split(STORY_A.format(opening=note + "\n", closing=""))
    assert (first["subtitle"], first["byline"], first["paragraphs"][0]) == (None, None, note)


@pytest.mark.parametrize(
    "credit, byline, authors",
    [
        # Taiwan's credit without a role word, its slash a box-drawing look-alike (╱)
        ("林某影╱台北報導", "林某影╱台北報導", ["林某影"]),
        # filed from two campuses, parted by a dot (round 52's 銘傳一週)
        ("林某影╱台北.桃園報導", "林某影╱台北.桃園報導", ["林某影"]),
        ("記者范某和∕花蓮報導", "記者范某和∕花蓮報導", ["范某和"]),
    ],
)
def test_a_taiwan_credit_line_with_a_look_alike_slash(credit, byline, authors):
    text = (
        "◎電腦技能認證開跑 下學期檢定Excel\n"
        f"{credit}\n"
        "面對證照時代的來臨，擁有證照已成為職場就業利器，本校規劃對學生進行資訊能力檢定。\n"
        "檢定結果顯示，中文輸入達到高標的同學超過七成，英文輸入仍待努力。\n"
    )
    (story,) = split(text)
    assert (story["byline"], story["authors"], story["subtitle"]) == (byline, authors, None)


def test_a_series_of_items_headed_alike_but_for_their_numbers_are_items():
    # 区政府召开第39次常务会议, then 第38次: the next item of a series, however alike their
    # words (a section's crosshead never repeats its story's headline with another number).
    item = (
        "区政府召开第{n}次常务会议\n"
        "{d}，区长某某主持召开区政府第{n}次常务会议。副区长某某、某某出席会议。\n"
        "会议传达学习了市政府常务会议精神，听取了相关领域工作情况汇报。\n"
        "会议还研究了其他事项。\n"
    )
    text = item.format(n=39, d="7月19日上午") + item.format(n=38, d="6月27日下午")
    assert [r["title"] for r in split(text)] == [
        "区政府召开第39次常务会议",
        "区政府召开第38次常务会议",
    ]


@pytest.mark.parametrize("label", ["核心提示", "■核心提示", "阅读提示", "内容提要"])
def test_an_editors_summary_label_under_the_headline_is_the_storys(label):
    # 核心提示 (as 编者按) over the editor's summary of the story: a paragraph, as SCHEMA has
    # 编者按 paragraphs, never a sub-headline.
    text = (
        f"全市重点项目建设开局良好\n{label}\n"
        "重点项目是经济发展的“压舱石”。今天起，本报推出系列报道，聚焦全市重点项目建设一线。\n"
        "本报讯（记者 张某）" + BODY_AFTER_LEAD + "下一步，相关部门将继续加强协调服务。\n"
    )
    (story,) = split(text)
    assert (story["subtitle"], story["paragraphs"][0]) == (None, label)


# Review 31 (/work/review31.md): over-reaches of the rules above, each shown at the CLI.
ONE_STORY = "市民热议公交新线路\n本报讯 新开通的公交线路受到沿线市民欢迎。\n不少市民表示，出行方便了很多。\n"


@pytest.mark.parametrize(
    "headline", ["织密电网 保障供电", "搭建平台 传递喜讯", "建好服务站 传来好消息"]
)
def test_a_headline_in_two_halves_ending_in_a_dateline_word_stays_a_headline(headline):
    text = (
        ONE_STORY
        + f"{headline}\n本报讯 今年以来，我市持续推进相关工作，取得明显成效。\n下一步，相关部门将继续加大工作力度。\n"
    )
    records = split(text)
    assert [(r["title"], r["lead"]) for r in records][1] == (headline, "本报讯")


def test_review_steps_that_name_no_editor_stay_a_storys_crossheads():
    text = ONE_STORY + (
        "一起借款纠纷的三次审理\n本报讯 近日，市中级人民法院审结一起民间借贷纠纷案。\n"
        "张某向李某借款10万元，到期未还。\n一审：判令张某归还借款\n"
        "区法院审理后认为，借贷关系成立，判令张某归还借款及利息。\n二审：驳回上诉维持原判\n"
        "张某不服提起上诉，市中级人民法院审理后驳回上诉。\n"
    )
    assert [r["kind"] for r in split(text)] == ["article", "article"]


@pytest.mark.parametrize(
    "credit, byline, authors",
    [
        ("（记者 张某 文 李某 摄）", "记者 张某 文 李某 摄", ["张某", "李某"]),
        ("（本报记者 张某 文/摄）", "本报记者 张某 文/摄", ["张某"]),
        ("（张某/文 李某/摄）", "张某/文 李某/摄", ["张某", "李某"]),
        # a body that supplied the piece: the byline, no one named (review 31, 10)
        ("（某某县融媒体中心供稿）", "某某县融媒体中心供稿", []),
        ("某某县农业农村局供稿", "某某县农业农村局供稿", []),
    ],
)
def test_a_closing_credit_of_writer_and_photographer_or_a_supplier_is_the_byline(
    credit, byline, authors
):
    first, second = split(STORY_A.format(opening="", closing=credit + "\n"))
    assert (first["byline"], first["authors"], second["title"]) == (
        byline,
        authors,
        "春季植树活动在全市展开",
    )


@pytest.mark.parametrize("line", ["【独家报道】", "独家报道", "——本报记者黄河行", "——记者边疆行"])
def test_a_rubric_or_a_series_sub_headline_is_no_credit(line):
    # 【独家报道】 over a headline labels it; ——记者边疆行 names a series' journey, no reporter
    text = (
        ONE_STORY
        + f"老旧小区加装电梯提速\n{line}\n本报讯 今年以来，城区老旧小区加装电梯工作明显提速。\n目前已有30部电梯投入使用。\n"
    )
    first, second = split(text)
    assert first["byline"] is None and line.strip("【】—") in (second["subtitle"] or "")


def test_a_headline_that_opens_with_a_checking_word_stays_a_headline():
    text = (
        ONE_STORY
        + "审核严把关\n本报讯 市场监管部门加强广告审核，严把发布关。\n今年以来已纠正违规广告20余条。\n"
    )
    assert [r["title"] for r in split(text)][1] == "审核严把关"


def test_a_wire_dateline_with_dian_under_a_headline_opens_the_brief():
    text = (
        ONE_STORY
        + "我国成功发射新一代气象卫星\n据新华社电\n5月20日，我国在酒泉卫星发射中心成功发射新一代气象卫星。\n"
    )
    records = split(text)
    assert [(r["title"], r["lead"]) for r in records][1:] == [
        ("我国成功发射新一代气象卫星", "据新华社电")
    ]


def test_credit_marks_after_the_role_are_no_author():
    first = split(STORY_A.format(opening="本报记者 文/图 张某\n", closing=""))[0]
    assert first["authors"] == ["张某"]


@pytest.mark.parametrize("first_line", ["2025年6月7日 高考开考", "2025年5月1日 晴"])
def test_a_first_line_of_a_date_and_words_that_name_no_section_is_no_page_header(first_line):
    text = f"{first_line}\n本报讯 今天上午，2025年高考开考，全市共有3万余名考生参加考试。\n各考点秩序井然。\n"
    assert split(text)[0]["kind"] == "article"


def test_a_storys_last_sentence_ending_in_a_colon_is_no_kicker():
    text = (
        "市民热议公交新线路\n本报讯 新开通的公交线路受到沿线市民欢迎。\n想了解线路详情的市民可扫描下方二维码查询：\n"
        "欧洲多国高温预警\n本报讯 欧洲多国近日发布高温预警，部分地区气温超过40摄氏度。\n当地政府提醒民众减少外出。\n"
    )
    first, second = split(text)
    assert (first["paragraphs"][-1], second["subtitle"]) == (
        "想了解线路详情的市民可扫描下方二维码查询：",
        None,
    )


def test_a_credit_with_the_reporters_given_name_under_the_headline():
    # 记者：嘉某 (a Cambodian paper signs with given names): a role, a colon, a name of two or
    # three characters and nothing else is a credit, whatever its first character (round 53).
    first = split(STORY_A.format(opening="记者：嘉某\n", closing=""))[0]
    assert (first["byline"], first["authors"], first["subtitle"]) == ("记者：嘉某", ["嘉某"], None)


CAMBODIA_ITEM = (
    "{headline}\n记者：{name}\n{caption}\n"
    "（金边讯）{place}商会21日向王家军特种部队捐赠一批抗灾物资，帮助受灾民众渡过难关。\n"
    "连日来，新一轮强降雨覆盖全国大部分区域，多地出现洪涝灾害。\n"
)


@pytest.mark.parametrize(
    "caption",
    ["商会代表将抗灾物资捐予特种部队。", "新闻部长某某某。（图：某某某脸书）"],
)
def test_a_caption_between_the_credit_and_the_dateline_is_the_storys(caption):
    # The photo's caption printed under the credit and over the dateline (（金边讯）…): a
    # paragraph of the story, which goes on under its lead, no untitled item of its own.
    text = CAMBODIA_ITEM.format(
        headline="某某总商会奔赴军营赈灾", name="沙某", caption=caption, place="某某总"
    ) + CAMBODIA_ITEM.format(
        headline="某某商会举办慈善晚宴", name="陆某明", caption="晚宴现场。", place="某某"
    )
    first, second = split(text)
    assert (first["title"], first["lead"], first["paragraphs"][0]) == (
        "某某总商会奔赴军营赈灾",
        "（金边讯）",
        caption,
    )
    assert (second["title"], second["byline"]) == ("某某商会举办慈善晚宴", "记者：陆某明")


@pytest.mark.parametrize("traditional", [False, True])
def test_a_photo_credit_ending_a_paragraph_ends_it_in_either_script(traditional):
    # …贡献了力量。 胡某某 黄某某 摄 | 下一篇的标题: the credit ends the paragraph, so the short
    # line under it is the next item's headline, in traditional script as in simplified
    # (t335's re-layout: the cut was read in the printed 攝, not the shape's 摄).
    text = (
        "青草镇：志愿服务助力乡村和美\n"
        "近日，青草镇陶驿村开展形式多样的学雷锋志愿服务活动，清洁路面、池塘和绿化带。\n"
        "目前，全镇各村均配备了志愿服务队伍，为构建和美乡村贡献了力量。            胡某某   黄某某   摄\n"
        "文昌街道翻身社区：浓情腊八节 粥香暖邻里\n"
        "一碗腊八粥，心系邻里情。1月7日，社区开展了送腊八粥主题活动。\n"
    )
    titles = ["青草镇：志愿服务助力乡村和美", "文昌街道翻身社区：浓情腊八节 粥香暖邻里"]
    if traditional:
        import opencc

        to_hk = opencc.OpenCC("s2hk").convert
        text, titles = to_hk(text), [to_hk(title) for title in titles]
    assert [r["title"] for r in split(text)] == titles


def test_captions_printed_twice_between_paragraphs_stay_the_storys():
    # A web copy prints each photo's text twice (its alt text, then its caption): 文艺表演 |
    # 文艺表演 | 集体做米糕 | 包饺子比赛 between two paragraphs are a photo group's captions,
    # however short, and no headline (round 54's 延吉新闻网); printed twice, no column label.
    text = (
        "北山街道第19届邻居节 各族群众汇聚一堂共欢乐\n"
        "某某新闻网8月29日讯（记者 王某彤）8月29日，北山街道第19届邻居节在丹山广场举行。\n"
        "当日，北山街道各社区全体工作人员、居民代表等千余人参加活动。\n"
        "文艺表演\n文艺表演\n集体做米糕\n包饺子比赛\n"
        "当日一大早，丹山广场就聚集了市民群众，现场欢声笑语不断。\n"
    )
    (story,) = split(text)
    assert story["paragraphs"][2:6] == ["文艺表演", "文艺表演", "集体做米糕", "包饺子比赛"]


def test_a_media_centres_name_a_space_before_its_reporters_credit():
    # 某某市融媒体中心 记者 某某 某某 (round 55's 钟祥): the centre, a space, then the role
    first = split(STORY_A.format(opening="某某市融媒体中心 记者 王某 何某琛\n", closing=""))[0]
    assert (first["byline"], first["authors"], first["subtitle"]) == (
        "某某市融媒体中心 记者 王某 何某琛",
        ["王某", "何某琛"],
        None,
    )


def test_a_section_label_after_an_arrow_over_a_headline_is_a_rubric():
    # >>社论 over the headline (round 55's 文化淡水): the page's label, in the subtitle
    first = split(STORY_A.format(opening="", closing="").replace("全市", ">>社论\n全市", 1))[0]
    assert (first["title"], first["subtitle"]) == ("全市重点项目建设开局良好", ">>社论")


# Review 32 (/work/review32.md)
@pytest.mark.parametrize("headline", ["冰雪嘉年华", "情暖邻里"])
def test_a_headline_printed_twice_over_its_kicker_heads_a_new_story(headline):
    text = (
        "某某社区开展义诊活动\n本报讯（记者 王某）近日，某某社区联合辖区医院开展义诊活动，为居民免费测量血压。\n"
        "活动吸引了200余名居民参与，现场发放健康宣传资料500余份。\n"
        f"{headline}\n{headline}\n某某公园冰雪嘉年华开幕\n游客畅享冰雪乐趣\n"
        "1月18日，某某公园冰雪嘉年华正式开幕，吸引了众多市民游客前来体验。\n"
        "现场设置了冰滑梯、雪地摩托等项目，游客们玩得不亦乐乎。\n"
    )
    assert [r["title"] for r in split(text)] == ["某某社区开展义诊活动", headline]


@pytest.mark.parametrize("turn", ["记者：请讲", "记者：然后呢", "记者：为什么"])
def test_a_short_interviewers_turn_between_answers_is_no_credit(turn):
    text = (
        "让老字号焕发新活力\n——访某某食品公司董事长张某\n本报记者 李某\n"
        "记者：老字号如何吸引年轻消费者？\n张某：我们坚持守正创新，推出了一批适合年轻人口味的新产品。\n"
        f"{turn}\n张某：我们将继续拓展线上渠道，让更多人品尝到家乡的味道。\n"
        "社区食堂开进老旧小区\n本报讯（记者 王某）近日，某某社区食堂正式开业，为辖区老年人提供营养午餐。\n"
    )
    first, second = split(text)
    assert (first["byline"], turn in first["paragraphs"]) == ("本报记者 李某", True)
    assert second["title"] == "社区食堂开进老旧小区"


@pytest.mark.parametrize("credit", ["本报记者：嘉某", "见习记者：嘉某", "实习生：嘉某"])
def test_a_longer_role_a_colon_and_a_given_name_is_a_credit(credit):
    first = split(STORY_A.format(opening=credit + "\n", closing=""))[0]
    assert (first["byline"], first["authors"], first["subtitle"]) == (credit, ["嘉某"], None)


@pytest.mark.parametrize(
    "source", ["据央视新闻客户端", "据某某日报客户端", "据澎湃新闻", "据《某某日报》"]
)
def test_a_reprints_source_line_under_the_headline_is_its_lead(source):
    text = f"我国成功发射一颗新卫星\n{source}\n1月16日，我国在酒泉卫星发射中心成功将一颗新卫星发射升空。\n"
    (story,) = split(text)
    assert (story["subtitle"], story["lead"]) == (None, source)


def test_a_headline_printed_twice_in_a_row_is_kept_once():
    text = (
        "冰雪嘉年华\n冰雪嘉年华\n某某公园冰雪嘉年华开幕\n"
        "1月18日，某某公园冰雪嘉年华正式开幕，吸引了众多市民游客前来体验。\n"
    )
    (story,) = split(text)
    assert (story["title"], story["subtitle"]) == ("冰雪嘉年华", "某某公园冰雪嘉年华开幕")


def test_a_caption_one_short_of_the_column_is_not_joined_to_the_dateline_under_it():
    # Hard-wrapped at 18: the caption ends on its sentence one short of the column, and the
    # bracketed dateline under it opens the story's first paragraph (review 32, F5).
    text = (
        "某某总商会奔赴军营赈灾\n记者：沙某\n新闻部长某某某。（图：某某某脸书）\n"
        "（金边讯）某某总商会21日向王家军特\n种部队捐赠一批抗灾物资，帮助受灾民众\n渡过难关。\n"
    )
    (story,) = split(text)
    assert (story["lead"], story["paragraphs"][0]) == (
        "（金边讯）",
        "新闻部长某某某。（图：某某某脸书）",
    )


# A credited story above the shape a test is about, and a credited story after it.
CREDITED_STORY = [
    "全市春季植树活动展开",
    "本报记者 某某",
    "本报讯 3月12日，市区各单位干部职工来到城郊荒山，挥锹铲土，种下各类树苗三千余株。",
    "据了解，今年全市计划完成造林面积两万亩，目前各项工作正在有序推进，苗木供应充足。",
]
NEXT_STORY = [
    "春季植树活动在全市展开",
    "本报讯（记者 某某）3月12日，市区各单位干部职工来到城郊荒山，种下各类树苗三千余株。",
]
BRIEFS_AFTER_A_STORY = (
    "\n".join(CREDITED_STORY) + "\n"
    "{headline}\n"
    "近日，来自欧洲十多个国家的近百名华人青年代表齐聚卢森堡，围绕经贸合作展开讨论。\n"
    "与会者认为，华人青年可以发挥自身优势，在促进中欧合作共赢方面作出贡献。\n"
    "（来源：某某网）\n"
    "某某访问团赴印尼交流\n"
    "近日，某某访问团一行6人在印尼多地开展侨史资料收集工作，与各地社团侨领座谈交流。\n"
    "（来源：某某网）\n"
)


@pytest.mark.parametrize(
    "headline",
    [
        "欧洲华人青年论坛举办",
        "欧洲华人青年召开经贸交流会",
        "华人青年服务中心送温暖进敬老院",
        "华人青年商会慰问社区敬老院",  # (review 33)
    ],
)
def test_a_headline_that_says_what_a_body_did_is_no_signer(headline):
    # A line ending in a body's kind (…会, …院, …办) may sign a notice; one that says what a
    # body did (举办, 召开, 送…进) is a brief's headline under the story above (harvest 56).
    titles = [r["title"] for r in split(BRIEFS_AFTER_A_STORY.format(headline=headline))]
    assert titles == ["全市春季植树活动展开", headline, "某某访问团赴印尼交流"]


def test_a_column_label_ending_in_news_is_no_dateline():
    # 某某时讯 over a column's first brief is the column's label, as 快讯 and 简讯 are, not a
    # paper's dateline (harvest 56).
    text = (
        "侨乡时讯\n某某商会举办联谊活动\n"
        "7月18日，某某商会举办联谊活动，当地华侨华人代表等百余人出席。\n"
        "商会会长表示，商会将继续为当地社区贡献力量。\n"
    )
    (brief,) = split(text)
    assert (brief["title"], brief["subtitle"], brief["lead"]) == (
        "某某商会举办联谊活动",
        "侨乡时讯",
        None,
    )


@pytest.mark.parametrize(
    "label, briefs",
    [
        (
            "简讯",
            [
                "某某街道社区开展居民才艺展示活动，剪纸、书法爱好者展示才艺。",
                "某某社区举办联谊活动，邀请十几位空巢老人联欢。",
            ],
        ),
        (
            "要闻简报",
            [
                "◆9月23日，我县召开重点工作调度会，各乡镇负责人参加会议。",
                "◆9月25日，副县长某某带队检查水源地保护工作。",
            ],
        ),
        (
            "政法动态",
            [
                "●近日，某某县人民法院走进社区开展防范非法集资宣传活动，向群众发放宣传资料三百余份。（某某政法）",
                "●2月5日凌晨，某某县交警大队夜巡时在国道旁发现一袋物品，随即核查车主信息并联系其领回。（某某交警）",
            ],
        ),
        (
            "简 讯",  # letter-spaced, as 公 告 is (review 33)
            [
                "◆9月23日，我县召开重点工作调度会，各乡镇负责人参加会议。",
                "◆9月25日，副县长某某带队检查水源地保护工作。",
            ],
        ),
    ],
)
def test_a_column_of_briefs_under_its_label_after_a_story_is_an_item_of_its_own(label, briefs):
    # The label of a column of briefs (简讯, 要闻简报, 政法动态) heads the briefs under it, as
    # first on a page; after a story it is no crosshead of that story, nor a writer's name (简
    # is a surname) (harvest 56).
    text = "\n".join([*CREDITED_STORY, label, *briefs])
    story, column = split(text + "\n")
    assert (story["byline"], len(story["paragraphs"])) == ("本报记者 某某", 2)
    assert (column["title"], column["byline"], column["paragraphs"]) == (label, None, briefs)


@pytest.mark.parametrize(
    "crosshead",
    [
        "内幕1：网上招代理，产品却很业余",
        "内幕二：所谓老师没有资质",
        "内幕１：网上招代理，产品却很业余",  # (review 33: full-width and circled numbers)
        "案例①：网上招代理，产品却很业余",
    ],
)
def test_a_labelled_section_number_heads_a_crosshead(crosshead):
    # A label and its number before a colon (内幕1：, 个案二：, 质疑一：) number a story's
    # sections, as 一、 does, though the paragraph under it opens with a date, as a new
    # item's often does (harvest 57: real crossheads of investigative stories).
    text = "\n".join(
        [
            "速成的美容师，揭开无证美容四个内幕",
            "近年来，美容生意火爆，打个针就能瘦脸美白……可行业内鱼龙混杂，不少顾客付出了惨痛"
            "代价。尤其是随着自媒体盛行，“熟人推荐”成为揽客的重要手段。",
            "这些“中介”从中获得不菲的提成。一个多月的时间里，本报记者在十多个网络群内进行卧底"
            "调查，揭开无证美容机构重重内幕。",
            crosshead,
            "3月10日前后，小王经常到城区一家服装店买衣服，一来二去双方成了朋友。近期，服装店"
            "老板却当起了“中介”，多次推荐她去一家工作室打针。",
            *NEXT_STORY,
        ]
    )
    first, second = split(text + "\n")
    assert (first["paragraphs"][2], second["title"]) == (crosshead, "春季植树活动在全市展开")


def test_names_placed_in_the_photo_under_a_headline_are_its_caption():
    # 某某（右2）、某某（左1）: people placed in the photo, as only a caption places them,
    # under the headline: the story's first paragraph, not a sub-headline (round 57, t352).
    text = (
        "侨务工作座谈会举行 侨领踊跃建言\n"
        "张某某（右2）、李某某（左2）、王某（左1）\n"
        "驻地办事处于3月14日举办侨务工作座谈会，侨务委员及各侨团负责人二十余人出席。\n"
        "与会侨领就侨校发展、青年传承等议题踊跃发言，办事处负责人逐一回应。\n"
    )
    (story,) = split(text)
    assert (story["subtitle"], story["paragraphs"][0]) == (
        None,
        "张某某（右2）、李某某（左2）、王某（左1）",
    )


def test_a_captions_photo_credit_broken_off_at_its_space_stays_in_the_caption():
    # A column 22 wide broke the caption at the space before its credit: the credit goes
    # on the caption's paragraph, as on the line it was printed on (round 57, t353).
    caption = (
        "日前，某某村农民在晾晒香菇。近年来，全县发展栽培耳菇农户六万多户，年均生产优质耳菇"
        "一万余吨，产品销售覆盖全国各地，出口创汇八千多万美元，栽培农户年人均增收达一千二百"
        "余元。 （某某某 某某 摄）"
    )
    column = [
        "\u3000\u3000日前，某某村农民在晾晒香菇。近年来，全县",
        "发展栽培耳菇农户六万多户，年均生产优质耳菇一",
        "万余吨，产品销售覆盖全国各地，出口创汇八千多",
        "万美元，栽培农户年人均增收达一千二百余元。 ",
        "（某某某 某某 摄）",
    ]
    (story,) = split("\n".join(["耳菇产业助农增收", *column]) + "\n")
    assert story["paragraphs"] == [caption]


def test_a_letter_quoted_whole_ends_on_its_signature_line():
    # 《…启： | … | 主席某某 2022年4月10日》: the signature that closes a quoted letter is the
    # quotation's last line (a headline never closes what it did not open), not the
    # headline of a new item (round 57, t351).
    text = "\n".join(
        [
            "从一封公开信说起",
            "某某公所月底开会，有四十四位董事出席。会前，某某堂致函公所：",
            "《某某公所主席暨董事仝人启：",
            "本堂近年会员人数增加，人才辈出，现拟增加本堂在公所的董事席位，请予研商。",
            "感谢为荷！",
            "主席某某某2022年4月10日》",
            "事件有待研商",
            "按目前公所有四十六位董事，各堂口所占席位不一，增加席位需修改章程，会上多位董事表示"
            "需要时间研究。",
            "台湾下半旗悼念",
            "台湾各级政府机关、公立学校11日下半旗一日，行政院也随之宣布全国下半旗。",
        ]
    )
    first, second = split(text + "\n")
    assert ("主席某某某2022年4月10日》" in first["paragraphs"], second["title"]) == (
        True,
        "台湾下半旗悼念",
    )


def test_four_headline_lines_under_the_page_header_over_a_dateline_are_one_heading():
    # 引题 / headline / two sub-headlines right under the page's header, the dateline under
    # them: a headline group, not a photo group's captions (harvest 51's headline groups).
    text = "\n".join(
        [
            "某某日报　2024年9月9日　星期一　第1版　要闻",
            "全市各界庆祝第四十个教师节",
            "深化教育改革　教师肩负重任",
            "市领导强调要办好人民满意的教育",
            "教师代表表示要努力做到教书育人为人师表",
            "本报讯 9月8日上午，全市庆祝第四十个教师节大会举行，优秀教师代表受到表彰。",
            "会上，市领导向优秀教师代表颁发证书，并勉励广大教师潜心育人。",
        ]
    )
    _, story = split(text + "\n")
    assert (story["title"], story["lead"]) == ("全市各界庆祝第四十个教师节", "本报讯")
    assert story["subtitle"] == (
        "深化教育改革　教师肩负重任 市领导强调要办好人民满意的教育 教师代表表示要努力做到教书育人为人师表"
    )


def test_a_latin_word_the_column_cut_at_its_edge_is_joined_whole():
    # A wrapper that counts characters fills every line to the column's edge and cuts a
    # Latin word where the edge falls (Institu|te): the word comes back whole, where a line
    # short of the edge (a word wrapped whole, its space lost) gets the space back
    # (rounds 55 and 58: t342, t354).
    paragraph = (
        "越南友好组织联合会代表团日前访问委内瑞拉，与当地青年组织座谈，并参观了西蒙玻利瓦尔"
        "研究所（Simon Institute），双方就青年交流达成共识。"
    )
    printed = "  " + paragraph
    column = [printed[i : i + 20] for i in range(0, len(printed), 20)]
    assert column[2].endswith("Institu")  # (the column cuts the word)
    (story,) = split("\n".join(["越委青年交流合作座谈会举行", *column]) + "\n")
    assert story["paragraphs"] == [paragraph]


# Review 33's over-reaches of this session's rules, each a guard: the code before them split
# these right, and so must the code after.
NOTICE_SIGNED = (
    "公 告\n因线路检修，定于2024年3月15日8时至18时对某某路沿线停电，届时请用户做好准备。\n"
    "特此公告。\n{signer}\n2024年3月10日\n" + "\n".join(NEXT_STORY) + "\n"
)


@pytest.mark.parametrize(
    "signer", ["某某送变电工程有限公司", "某某物流配送中心", "某某商会成立大会筹备委员会"]
)
def test_a_body_whose_name_holds_a_deed_word_still_signs_its_notice(signer):
    notice, story = split(NOTICE_SIGNED.format(signer=signer))
    assert (notice["kind"], notice["paragraphs"][-2:]) == ("notice", [signer, "2024年3月10日"])
    assert (story["title"], story["subtitle"]) == ("春季植树活动在全市展开", None)


def test_a_series_part_mark_is_no_photo_place():
    text = (
        "一排排大棚鼓起村民钱袋子\n行走在乡村振兴一线（中）\n"
        "走进某某村，一排排蔬菜大棚整齐排列，村民们正忙着采摘、装箱，一派繁忙景象。\n"
    )
    (story,) = split(text)
    assert story["subtitle"] == "行走在乡村振兴一线（中）"


@pytest.mark.parametrize("heading", ["独一无二：百年老宅迎来新生", "欧阳振一：把论文写在大地上"])
def test_an_idiom_or_a_name_before_a_colon_is_no_section_number(heading):
    text = "\n".join(
        [
            "全市春季植树活动展开",
            "据了解，今年全市计划完成造林面积两万亩，目前各项工作正在有序推进，苗木供应充足。",
            heading,
            "3月10日前后，小王在城区一家服装店买衣服，一来二去双方成了朋友。",
        ]
    )
    titles = [record["title"] for record in split(text + "\n")]
    assert titles == ["全市春季植树活动展开", heading]


def test_a_storys_own_part_may_be_headed_like_a_column():
    text = (
        "今年一季度全市经济运行稳中向好\n本报记者 张三\n"
        "本报讯 一季度，全市地区生产总值同比增长百分之五点八，主要经济指标保持稳定增长态势。\n"
        "工业生产持续回升，规模以上工业增加值同比增长百分之六点二，高于全省平均水平。\n"
        "行业动态\n"
        "从行业看，装备制造业增长较快，新能源汽车产量同比增长一倍以上，成为拉动工业增长的主要力量。\n"
    )
    (story,) = split(text)
    assert "行业动态" in story["paragraphs"]


def test_an_outlet_named_for_its_news_still_gives_a_dateline():
    text = (
        "某某社区举办邻里节\n"
        "华声时讯 记者 张三 近日，某某社区举办第十届邻里节，居民们载歌载舞，共度欢乐时光。\n"
    )
    (story,) = split(text)
    assert (story["lead"], story["byline"]) == ("华声时讯", "记者 张三")


def test_a_long_letter_quoted_whole_ends_on_its_signature_line():
    # Review 33: a letter of a dozen lines still closes on its signature.
    letter = [
        f"本堂会员{word}，近年来积极参与公所各项事务，服务侨社、兴旺华埠，深得侨胞信任。"
        for word in "甲乙丙丁戊己庚辛壬癸子"
    ]
    text = "\n".join(
        [
            "从一封公开信说起",
            "某某公所月底开会，有四十四位董事出席。会前，某某堂致函公所：",
            "《某某公所主席暨董事仝人启：",
            *letter,
            "主席某某某2022年4月10日》",
            "事件有待研商",
            "按目前公所有四十六位董事，增加席位需修改章程，多位董事表示需要时间研究。",
            "台湾下半旗悼念",
            "台湾各级政府机关、公立学校11日下半旗一日，行政院也随之宣布全国下半旗。",
        ]
    )
    first = split(text + "\n")[0]
    assert first["paragraphs"][-1] == "主席某某某2022年4月10日》"


@pytest.mark.parametrize(
    "credit, byline, authors",
    [
        # a community site's Latin name, then the writer and the town glued (round 56's t350)
        ("（Boston Orange 周大文牛頓市報導）", "Boston Orange 周大文牛頓市報導", ["周大文"]),
        ("（News Chinatown陳美玲報導）", "News Chinatown陳美玲", ["陳美玲"]),
        ("（News Chinatown街坊手記/文：陳美玲）", "News Chinatown街坊手記/文：陳美玲", ["陳美玲"]),
        ("（NOWnews記者王小明／台北報導）", "NOWnews記者王小明／台北報導", ["王小明"]),
        ("【TVBS記者 王小明／台北報導】", "TVBS記者 王小明／台北報導", ["王小明"]),
        ("（周大文牛頓市報導）", "周大文牛頓市報導", ["周大文"]),  # (the town is no second name)
    ],
)
def test_a_credit_opening_with_a_sites_latin_name_names_its_writer(credit, byline, authors):
    (story,) = split(TAIWAN_STORY.format(credit=credit))
    assert (story["byline"], story["authors"]) == (byline, authors)


@pytest.mark.parametrize("credit", ["（Boston Orange）", "（AP Photo）"])
def test_a_sites_latin_name_alone_names_no_one(credit):
    (story,) = split(TAIWAN_STORY.format(credit=credit))
    assert (story["byline"], story["authors"]) == (None, [])


def test_a_long_caption_with_its_photo_credit_stands_between_headline_and_credit():
    # A group photo's caption names everyone in it, far longer than a caption's usual sentence;
    # its photo credit (…（某某攝）) says what it is, so the credited text under it is the
    # same story's, not an untitled item of its own (t350, probe p029).
    group = "、".join(["陳大文", "林美玲", "王小明", "李志強", "張家豪", "黃淑芬"] * 3)
    text = (
        "某某僑報　2018年8月3日　星期五　第2版　僑社新聞\n"
        "青年訪問團參訪波士頓 滿載而歸\n"
        f"訪問團青年與接待家庭合影。前排左起，{group}。後排右起，{group}。（周大文攝）\n"
        "（Boston Orange 周大文牛頓市報導）訪問團的6名大學生24日起在波士頓參訪一週，拜會不下20個機構。\n"
        "訪問團30日揮別做總結，指新英格蘭人文薈萃，僑胞好熱情。\n"
    )
    page, story = split(text)
    assert story["title"] == "青年訪問團參訪波士頓 滿載而歸"
    assert story["authors"] == ["周大文"] and len(story["paragraphs"]) == 3


@pytest.mark.parametrize("series", ["美丽乡村行之十六", "学媒退潮2", "槟州时事谈（86）"])
def test_a_series_name_over_a_headline_is_its_kicker(series):
    # A series' name and the part's number, printed over the part's own headline, leads in to
    # it as a kicker does: the headline under it is the title (t186, t227, t259).
    text = f"{series}\n山甸，天鹅留恋的地方\n本报讯 入冬以来，成群的天鹅飞抵山甸水库越冬，吸引了不少市民前来观赏。\n"
    (story,) = split(text)
    assert (story["title"], story["subtitle"]) == ("山甸，天鹅留恋的地方", series)


def test_a_headline_ending_in_its_part_number_stays_the_title():
    text = "脚下有泥土 心中有真情（一）\n记者走基层的日子\n本报讯 入冬以来，记者走进山村，记下了村民们的冷暖。\n"
    (story,) = split(text)
    assert story["title"] == "脚下有泥土 心中有真情（一）"


def test_a_long_headline_of_three_decks_on_one_line_opens_its_story():
    # A headline set on one line in three decks, a space apart, with no clause mark at all:
    # no paragraph of text reads so, even between two stories that print no credit (t358).
    text = (
        "某某校訊　2024年9月30日　星期一　第1版　校園新聞\n"
        "研究生校長獎頒獎典禮 展現優秀研究成果\n"
        "研究生校長獎頒獎典禮於9月30日在行政大樓第一會議室舉行，共有三十位研究生獲獎。\n"
        "校長致詞時表示，設立研究生校長獎的目的在於肯定學子的學術研究。\n"
        "2020某某大學學士班學生論文獎頒獎典禮 傑出學生歡聚一堂 展現驚豔的學術研究成果\n"
        "本校學士班學生論文獎頒獎典禮於6月12日下午舉辦，除獲獎學生外，同時邀請指導教授出席。\n"
        "副校長致詞時表示，設立學士班學生論文獎的目的是讓大學生早點進入學術研究領域。\n"
    )
    page, first, second = split(text)
    assert (
        second["title"]
        == "2020某某大學學士班學生論文獎頒獎典禮 傑出學生歡聚一堂 展現驚豔的學術研究成果"
    )
    assert len(first["paragraphs"]) == len(second["paragraphs"]) == 2


def test_a_heading_too_long_for_a_crosshead_opens_a_story_on_the_same_subject():
    # Two items about the same troupe: the second's headline shares the first's words, yet
    # at 30 characters it is no crosshead (19 of 165 real ones run past 20, 9 past 24), so the
    # story going on across it must not make it the first item's text (t306, t78).
    text = (
        "某某旗　2023年6月22日　星期四　第2版　综合新闻\n"
        "旗文化馆组织开展“送欢乐 送文明”文艺演出服务活动\n"
        "6月22日，旗文化馆组织乌兰牧骑在景区开展演出服务活动，吸引了众多游客驻足观看。\n"
        "演出现场，乌兰牧骑演员们穿着传统服装，在欢快的音乐声中载歌载舞，赢得阵阵掌声。\n"
        "送欢乐 送文明 —— 乌兰牧骑走进某某苏木开展基层文艺演出服务活动\n"
        "12月10日，乌兰牧骑赴某某苏木开展“送欢乐 送文明”文艺演出，为农牧民送上文化大餐。\n"
        "下一步，乌兰牧骑将持续聚焦基层文化需求，把更多精彩演出送到农牧民身边。\n"
    )
    page, first, second = split(text)
    assert second["title"] == "送欢乐 送文明 —— 乌兰牧骑走进某某苏木开展基层文艺演出服务活动"
    assert len(first["paragraphs"]) == len(second["paragraphs"]) == 2


@pytest.mark.parametrize(
    "credit, authors",
    [
        ("【校園記者林小文、吳大明報導】", ["林小文", "吳大明"]),  # a campus paper's reporters
        ("【秘書室訊/校園記者林小文、吳大明報導】", ["林小文", "吳大明"]),  # whose news, then who
        ("【本報訊/記者林小文報導】", ["林小文"]),
        ("【秘書室訊/校園記者林小文、歐陽大明採訪報導】", ["林小文", "歐陽大明"]),  # interviewed
    ],
)
def test_a_campus_papers_credit_line_under_its_headline_is_the_byline(credit, authors):
    # Taiwan's campus papers credit their reporters on a line of its own, the desk whose news
    # it is first (t360, 東吳大學電子報): a byline, never a sub-headline.
    text = (
        "九旬校友同賀校慶 攜手共創永續校園\n"
        f"{credit}\n"
        "本校建校123年校慶典禮暨運動大會於3月18日舉行，校友們回到校園共襄盛舉。\n"
        "各行政單位及學系於校慶運動會繞場時展現創意，氣氛熱烈。\n"
    )
    (story,) = split(text)
    assert (story["subtitle"], story["byline"], story["authors"]) == (None, credit[1:-1], authors)


def test_a_headline_and_its_sub_headline_joined_by_a_dash_on_one_long_line():
    # 主题——副题 set on one line, 45 characters with no clause mark but 、: a heading (eight
    # such in the tuning golds, no paragraph), not the first paragraph of an untitled story.
    headline = (
        "以韧性链、绿色底、智能芯、协同力开新局——2025某某国际石油化工大会勾勒行业“新增长”路径"
    )
    text = (
        "某某化工报　2025年11月5日　星期三　第4版　综合\n"
        f"{headline}\n"
        "“十五五”是我国从石化大国迈向石化强国的关键期。对于石油化工行业而言，该如何绘就新蓝图？\n"
        "与会专家认为，行业应在韧性、绿色、智能与协同四个方面同时发力。\n"
        "某某化工园区新项目开工\n"
        "本报讯（记者 张三）11月3日，某某化工园区新材料项目开工建设，总投资20亿元。\n"
    )
    page, first, second = split(text)
    assert first["title"] == headline and len(first["paragraphs"]) == 2


def test_a_sites_report_lead_a_space_before_its_credit():
    # 某某网最新报道 （记者：某某 某某）…: the site's dateline, a space, then the bracketed credit
    # (t362, a county site): lead, byline and authors, as without the space.
    text = (
        "嘉积镇积极开展环境卫生大整治\n"
        "某某之窗网最新报道 （记者：王小明 李大华）某某镇、市工商联联合在古村开展环境卫生大整治活动。\n"
        "在古村，镇干部以及各企业员工一百余人参与到卫生整治活动中来。\n"
    )
    (story,) = split(text)
    assert (story["lead"], story["byline"], story["authors"]) == (
        "某某之窗网最新报道",
        "记者：王小明 李大华",
        ["王小明", "李大华"],
    )


@pytest.mark.parametrize("heading", ["原理", "高度"])
def test_a_two_character_crosshead_that_starts_with_a_surname_opens_no_item(heading):
    # Two characters alone between two paragraphs of a story read like a name (原, 高, 方 are
    # surnames), but a writer's name opens no untitled item there (no gold has one): it heads
    # a part of the story (t365, 七天 of Montreal).
    text = (
        "漫长冬季警惕抑郁症\n"
        "七天记者 王小明\n"
        "11月11日，本市迎来了36年来最早的大降雪，一夜之间，大地被盖上了一层厚厚的积雪。"
        "气象部门表示，今年冬季气温将比往年偏低，日照时间偏短，市民应提前做好防寒准备，"
        "注意身心健康。\n"
        f"{heading}\n"
        "冬季抑郁症是确实存在的，在医学临床上被称为季节性情感障碍，与日照时间缩短有关。\n"
        "专家建议，冬季应多到户外活动，保持规律作息。\n"
    )
    records = split(text)
    assert all(heading not in record["authors"] and record["title"] for record in records)
    assert records[0]["byline"] == "七天记者 王小明"


def test_a_credit_line_naming_offices_is_a_byline_with_no_authors():
    # 文/某某处 图/某某中心、某某处: a school's offices credited for the text and the photos, on
    # the credit line under the headline (t363, 成大新聞): a byline naming no one, its offices
    # never cut into names.
    credit = "文/某某大學國際處 圖/某某大學新聞中心、某某大學國際處"
    text = (
        "兩校深化戰略夥伴關係 聯手建構產學創新生態系\n"
        f"{credit}\n"
        "日本某某大學代表團訪問本校，雙方並進行交流座談，就研究合作與學生交換深入討論。\n"
        "副校長於9日上午會議致詞表示，期待雙方在既有基礎上擴大合作。\n"
    )
    (story,) = split(text)
    assert (story["subtitle"], story["byline"], story["authors"]) == (None, credit, [])


# Review 34 (/work/review34.md): the session's rules held to what they name.


def test_a_long_two_part_crosshead_in_a_credited_story_stays_in_it():
    text = (
        "某某市全力推动制造业高质量发展\n"
        "本报讯 今年以来，某某市坚持把发展经济的着力点放在实体经济上，全力推动制造业高质量发展。\n"
        "聚焦重点产业链 推动制造业高端化智能化绿色化发展\n"
        "该市围绕新能源汽车、高端装备、新材料等重点产业链，实施“链长制”，全年新引进制造业项目120个。\n"
        "在某某经济开发区，一批智能工厂加快建设，制造业企业数字化改造覆盖率达到65%。\n"
        "优化营商环境 为制造业企业发展提供全方位要素保障服务\n"
        "该市持续深化“放管服”改革，为制造业企业提供用地、用能、融资等要素保障，企业满意度不断提升。\n"
        "下一步，某某市将继续推动制造业高质量发展，为全市经济发展提供坚实支撑。\n"
    )
    (story,) = split(text)
    assert story["title"] == "某某市全力推动制造业高质量发展"


@pytest.mark.parametrize(
    "headline",
    [
        "山甸湖入选全国十大观鸟胜地之一",
        "我市营商环境评价位列全省第3",
        "某某大学跻身世界大学排名前100",
    ],
)
def test_a_headline_ending_in_a_count_is_no_series_label(headline):
    text = (
        f"{headline}\n每年吸引数万只候鸟来此越冬\n"
        "本报讯 入冬以来，成群的天鹅飞抵山甸水库越冬，吸引了不少市民前来观赏。\n"
    )
    (story,) = split(text)
    assert (story["title"], story["subtitle"]) == (headline, "每年吸引数万只候鸟来此越冬")


@pytest.mark.parametrize(
    "credit",
    [
        "（Photo by 陳美玲）",
        "（Courtesy of 王小明）",
        "【NBA 林書豪】",
        "（Sony 索尼）",
        "（CEO王小明）",
    ],
)
def test_english_words_or_a_brand_in_brackets_credit_no_one(credit):
    (story,) = split(TAIWAN_STORY.format(credit=credit))
    assert (story["byline"], story["authors"]) == (None, [])


def test_an_english_photo_credit_inside_a_story_opens_no_record():
    text = (
        "波士頓華埠舉辦亞裔傳統月開幕式\n"
        "（記者周大文波士頓報導）波士頓華埠亞裔傳統月開幕式2日在華埠公園舉行，數百名僑胞出席。\n"
        "舞獅隊在華埠公園表演，吸引眾多民眾圍觀。\n"
        "（Photo by 陳美玲）\n"
        "主辦單位表示，今年亞裔傳統月將舉辦一系列活動，歡迎各界參加。\n"
    )
    (story,) = split(text)
    assert story["authors"] == ["周大文"] and "（Photo by 陳美玲）" in story["paragraphs"]


@pytest.mark.parametrize(
    "credit, authors",
    [
        ("（國際中心綜合報導）", []),  # a desk compiled it
        ("（記者王小明李九州報導）", ["王小明", "李九州"]),  # 李九州 a name, not a place
        ("（記者王小明李文鎮報導）", ["王小明", "李文鎮"]),
        ("【秘書室訊／校園記者林小文、吳大明綜合報導】", ["林小文", "吳大明"]),
    ],
)
def test_glued_credits_name_the_right_people(credit, authors):
    (story,) = split(TAIWAN_STORY.format(credit=credit))
    assert story["authors"] == authors


@pytest.mark.parametrize("credit", ["（華府特派員王小明報導）", "（Boston Orange 周大文編譯）"])
def test_no_name_is_cut_from_a_post_or_a_desk(credit):
    (story,) = split(TAIWAN_STORY.format(credit=credit))
    assert not {"華府特", "周大"} & set(story["authors"])


def test_a_credit_line_of_glued_names_one_ending_like_a_town_stays_a_byline():
    text = (
        "某某县推进老街改造工程\n本报记者王文镇李明\n"
        "本报讯 入冬以来，某某县老街改造工程加快推进，预计明年春天完工。\n"
    )
    (story,) = split(text)
    assert (story["subtitle"], story["byline"]) == (None, "本报记者王文镇李明")


def test_verse_lines_run_together_in_a_story_are_no_headline():
    text = (
        "某某校訊　2024年9月30日　星期一　第1版　校園新聞\n"
        "中文系舉辦秋季詩歌朗誦會\n"
        "中文系秋季詩歌朗誦會於9月27日晚間在文學院演講廳舉行，共有四十餘位同學上台朗誦。\n"
        "床前明月光 疑是地上霜 舉頭望明月 低頭思故鄉 春眠不覺曉 處處聞啼鳥 夜來風雨聲 花落知多少\n"
        "系主任表示，希望透過朗誦會讓同學們親近經典，培養對文學的熱愛。\n"
    )
    page, story = split(text)
    assert story["title"] == "中文系舉辦秋季詩歌朗誦會" and len(story["paragraphs"]) == 3


def test_a_source_run_on_to_a_storys_last_sentence_ends_it():
    # …充满信心。（来源：某某日报） closes a reprinted story as a run-in credit does: the short
    # line after it heads the next item, set flush in a column of indented paragraphs at its
    # edge as well (t367, 云上潜江).
    text = (
        "共庆佳节叙友谊 同心同德谋发展\n"
        "  某某新闻网报道 9月28日下午，市政协侨联界委员齐聚一堂，共迎中秋、共话友\n"
        "情、共谋发展。\n"
        "  委员们先后到湿地公园、综合社区、食品有限公司等地参观考察，十分暖心。他对潜\n"
        "江的发展充满信心。（来源：某某日报）\n"
        "周硕：礼赞市委书记的真情怀\n"
        "  “长江云”消息说，市委书记五一小长假期间在朋友圈连推了三篇新闻，点赞家乡发\n"
        "展。\n"
    )
    first, second = split(text)
    assert second["title"] == "周硕：礼赞市委书记的真情怀"
    assert first["lead"] == "某某新闻网报道" and first["byline"] is None


@pytest.mark.parametrize(
    "opening, lead, byline",
    [
        ("云上某某报道 3月15日下午，", "云上某某报道", None),  # a platform's name, 报道, the day
        (
            "云上某某报道（某某新闻网记者 王小明）12月14日上午，",
            "云上某某报道",
            "某某新闻网记者 王小明",
        ),
    ],
)
def test_a_platforms_report_lead_without_an_outlets_word(opening, lead, byline):
    text = f"黄陂区考察团来潜考察交流\n{opening}考察团来我市考察交流，了解我市经济社会发展情况。\n"
    (story,) = split(text)
    assert (story["lead"], story["byline"]) == (lead, byline)


def test_a_sites_chief_editor_credits_the_piece():
    text = (
        "祝贺冬奥会成功举办！\n某某绿色邮报网主编王小明\n"
        "2月20日，冬奥会圆满落下帷幕，这是一届简约、安全、精彩的奥运盛会。\n"
    )
    (story,) = split(text)
    assert (story["byline"], story["authors"]) == ("某某绿色邮报网主编王小明", ["王小明"])


@pytest.mark.parametrize(
    "credit, authors",
    [
        ("张世政 记者", ["张世政"]),
        ("刘智慧 郑园烨 记者", ["刘智慧", "郑园烨"]),
        ("张世政 特派记者", ["张世政"]),  # names, then a posted reporter's role (review 35)
        ("刘智慧 郑园烨 本报记者", ["刘智慧", "郑园烨"]),
        ("文字 / 张三 摄影 / 李四", ["张三", "李四"]),  # marks set apart from their slashes
        ("撰文 / 张三", ["张三"]),
    ],
)
def test_names_then_their_role_under_a_headline_are_the_byline(credit, authors):
    # Korea's Chinese papers print the reporters' names first, then 记者 (t369, 中央日报中文网);
    # credit marks a space from their slashes read as the marks do.
    text = (
        "中国驻韩使馆重回明洞后首次对公众开放\n"
        f"{credit}\n"
        "中国驻韩国大使馆23日对公众开放新馆，邀请韩国各界人士参观。\n"
    )
    (story,) = split(text)
    assert (story["subtitle"], story["byline"], story["authors"]) == (None, credit, authors)


def test_a_papers_reporter_and_place_glued_in_a_dateline_bracket_keep_the_whole_name():
    # 【某某日報記者某某某台南報導】: a three-character name, then the place, then 報導 (t370,
    # 民進日報); the name was cut to two characters, its last one read as the place's.
    text = (
        "春節元宵必訪月津港燈節\n"
        "【民進日報記者凃政宏台南報導】月津港燈節今年以光藝術點亮鹽水夜景，吸引大批遊客前往。\n"
    )
    (story,) = split(text)
    assert (story["byline"], story["authors"]) == ("民進日報記者凃政宏", ["凃政宏"])


@pytest.mark.parametrize("credit", ["文 / 葉家祺 譯 / 麥莖衡", "文/葉家祺 譯/麥莖衡"])
def test_a_line_between_the_page_header_and_a_credit_is_the_headline(credit):
    # A headline quoting its subject (某某律師某某 -「…，…！」) has commas, as a sentence has;
    # right under the page's header and over a credit line it is the item's headline all the
    # same (t373, 號角報 of Macao); 文 / 某某 譯 / 某某 credits the writer and the translator.
    headline = "訪問羅馬聖輪法院律師歐陽國樑 -「作為教會的律師，並不是圖利的工作，而是聖召！」"
    text = (
        "號角報　2016年6月3日　星期五　第5版　本地\n"
        f"{headline}\n{credit}\n"
        "人們可能沒有機會深入研究法律是什麼，但是法律常常支配了我們的基本行為。\n"
    )
    page, story = split(text)
    assert (story["title"], story["byline"], story["authors"]) == (
        headline,
        credit,
        ["葉家祺", "麥莖衡"],
    )


def test_a_call_for_submissions_keeps_its_contact_line():
    # 征稿启事 | what to send | 来稿请注明…联系电话。 | 投稿邮箱：… 电话：… | signer: a notice to its
    # signature; the contact line is not a story's invitation to call (round 64's t372).
    text = (
        "我的车\n作者：王某\n这是一篇回忆文章的正文，讲述了我与企业共同成长的故事。\n"
        "征稿启事\n"
        "本版面向广大员工和离退休职工征集回忆文章，讲述您与企业共同成长的故事，来稿以1500字以内为宜。\n"
        "来稿请注明作者姓名、所在单位及联系电话。\n"
        "投稿邮箱：zhenggao@example.com　联系人：某某　电话：0431-00000000\n"
        "某某有限公司　2019年9月15日\n"
    )
    story, notice = split(text)
    assert (notice["kind"], notice["title"], notice["lines"]) == ("notice", "征稿启事", [4, 8])


def test_bulleted_questions_after_a_lead_in_colon_stay_in_the_story():
    # 采访全文如下： | ◆问…。 | answer: an interview's question, not a brief of its own (t377,
    # 纽斯频通讯社, a column wrapped at 28); a paragraph ending in a colon leads in to what follows.
    text = (
        "中国驻韩大使接受本社采访\n"
        "  纽斯频通讯社首尔10月19日电 中国驻韩国大使18日接受\n"
        "本社中国本部本部长采访，就便利中韩人员往来、加强中韩人文经\n"
        "贸合作等发表看法。\n"
        "  中国驻韩大使（右）接受我社中国本部本部长采访。【图片=纽\n"
        "斯频通讯社】\n"
        "  采访全文如下：\n"
        "  ◆自今年1月初，中国全面开放疫情管控后，采取了各种措\n"
        "施以提高外国人访华便利性。请介绍一下目前的政策及其成果。\n"
        "  今年以来，中方出台了一系列便利措施，全力保障外国人来华\n"
        "渠道稳定畅通，外国人来华人数稳步回升。\n"
        "  上述措施取得积极效果，中国驻外使领馆签证签发量快速回升\n"
        "，来华人员往来日益便利。\n"
    )
    (story,) = split(text)
    assert len(story["paragraphs"]) == 6


def test_a_digests_latin_label_and_number_over_a_headline_is_its_kicker():
    # NEWS 01 over each item's headline (t375, a weekly news digest): the headline is the title.
    text = "NEWS 01\n特朗普拟收紧留学生签证期限\n据美国媒体报道，美国政府近日提出收紧留学生签证期限的规定草案。\n"
    (story,) = split(text)
    assert (story["title"], story["subtitle"]) == ("特朗普拟收紧留学生签证期限", "NEWS 01")


# Review 35 (/work/review35.md): the newer rules held to what they name.


@pytest.mark.parametrize("credit", ["图/某某市博物馆", "摄影/某某市博物馆"])
def test_a_photo_credit_naming_an_office_inside_a_story_opens_no_item(credit):
    text = (
        "某某博物馆举办新春特展\n本报讯（记者 王小明）新春特展昨日在某某博物馆开幕，展出文物百余件。\n"
        f"{credit}\n"
        "特展将持续至3月底，市民可凭身份证免费预约参观。\n"
    )
    (story,) = split(text)
    assert story["authors"] == ["王小明"]


@pytest.mark.parametrize("opening", ["另据新华社报道 3月15日，", "多家媒体报道 3月15日，"])
def test_a_sentence_quoting_others_reports_opens_no_item(opening):
    text = (
        "某某市召开春季工作会议\n本报讯（记者 王小明）某某市昨日召开春季工作会议，部署全年重点任务。\n"
        f"{opening}某某省也召开了类似会议，对春耕生产作出部署。\n"
    )
    (story,) = split(text)
    assert story["lead"] == "本报讯"


@pytest.mark.parametrize("line", ["翻译官张三", "马年 记者"])
def test_a_job_or_a_time_before_a_role_is_no_byline(line):
    text = (
        f"冬奥会赛场上的志愿者\n{line}\n"
        "本报讯（记者 王小明）冬奥会期间，数千名志愿者活跃在各个场馆，为运动员和观众提供服务。\n"
    )
    (story,) = split(text)
    assert story["authors"] == ["王小明"]


def test_an_office_credited_as_the_writer_is_a_byline_naming_no_one():
    # 作者：某某省种子管理服务站 under the headline (t378): the office wrote it.
    text = (
        "早部署早谋划，早稻集中育秧展春颜\n作者：某某省种子管理服务站\n"
        "当前正值早稻育秧关键时期，各地抢抓晴好天气，集中育秧工作有序推进。\n"
    )
    (story,) = split(text)
    assert (story["subtitle"], story["byline"], story["authors"]) == (
        None,
        "作者：某某省种子管理服务站",
        [],
    )


def test_a_photo_caption_printed_above_its_headline_is_the_storys_first_paragraph():
    # A bulletin prints each photo's caption above the headline (t381, 澳門大學新聞快訊): a
    # caption by its shape (某某（右二）…) is no headline line but the story's first paragraph.
    text = (
        "宋某某（右二）向代表團介紹本校\n"
        "無錫市委書記訪本校 雙方簽署《捐贈意向備忘錄》\n"
        "無錫市委書記率團訪問本校，參觀了大學展館及國家重點實驗室，雙方簽署捐贈意向備忘錄。\n"
    )
    (story,) = split(text)
    assert story["title"] == "無錫市委書記訪本校 雙方簽署《捐贈意向備忘錄》"
    assert story["subtitle"] is None and story["paragraphs"][0] == "宋某某（右二）向代表團介紹本校"


# Twentieth session's fresh pages (rounds 70-).

CAMPUS_STORY = (
    "某某大學校慶運動會熱鬧登場\n{line}\n"
    "某某大學校慶運動會昨日上午於田徑場登場，各系學生陸續進場，現場氣氛熱烈。\n"
)
TOWN_STORY = (
    "某某镇召开人大主席团会议\n"
    "近日，某某镇召开人大主席团会议，听取环境整治工作情况汇报并实地查看整治成效。\n{line}\n"
)


@pytest.mark.parametrize(
    "page, line, byline, authors",
    [
        (CAMPUS_STORY, "稿源：某某大學新聞社/王小明", "稿源：某某大學新聞社/王小明", ["王小明"]),
        (
            TOWN_STORY,
            "（来源：某某县新街镇 王小明 李大海）",
            "来源：某某县新街镇 王小明 李大海",
            ["王小明", "李大海"],
        ),
    ],
)
def test_a_source_line_naming_its_writers_is_a_credit(page, line, byline, authors):
    # 稿源：某某新聞社/某某 under a campus story's headline (t391), （來源：某某鎮 某某 某某）
    # closing a congress site's story (t379): the source names who wrote it.
    (story,) = split(page.format(line=line))
    assert (story["byline"], story["authors"]) == (byline, authors)


@pytest.mark.parametrize("line", ["来源：某某日报", "（来源：新华网）"])
def test_a_source_line_naming_only_its_outlet_is_no_credit(line):
    (story,) = split(TOWN_STORY.format(line=line))
    assert (story["byline"], story["paragraphs"][-1]) == (None, line)


def test_untitled_photo_news_each_closing_on_its_credit_are_items_of_their_own():
    # A page of photo news with no headlines (t388, 重庆政协报): each item's text, its photo's
    # credit under it, a blank line; the next item opens with no headline and no lead.
    text = (
        "某某政协报　2017年5月23日　星期二　第3版　区县政协\n\n"
        "　　近日，某某区政协主席王小明（右一）率队走访该区界别委员小组，要求委员们不断提升履职质量。\n"
        "李大海 摄影报道\n\n"
        "　　近日，某某区政协组织委员调研经开区教育工作，为全区教育事业发展把脉支招。\n"
        "张小红 摄影报道\n\n"
        "　　随着城市文明的进步与发展，很多传统的农耕用具正在悄然消失，委员们视察了农耕文化陈列馆。\n"
        "王小虎 摄影报道\n\n"
        "　　7月13日至15日，某某县政协组织委员对8个乡镇污水处理厂运行情况开展视察。\n"
        "　　图为视察某某镇污水处理厂运行情况。\n"
        "赵小军 摄\n\n"
        "责任编辑：张三　校对：李四\n"
    )
    items = [r for r in split(text) if r["kind"] == "article"]
    assert [r["paragraphs"][-1] for r in items] == [
        "李大海 摄影报道",
        "张小红 摄影报道",
        "王小虎 摄影报道",
        "赵小军 摄",
    ]


def test_a_caption_under_a_photo_story_over_a_credit_and_a_blank_stays_in_it():
    # A caption and its credit between the headline and the text, a blank line under them
    # (t63's shape): the credit closes no story.
    text = (
        "某某晚报　2018年12月4日　星期二　A12\n"
        "90后读者王小明：每天读报两小时\n某某晚报记者李大海\n图为王小明参加本报粉丝团活动\n"
        "摄影：某某晚报记者张小红\n\n"
        "每天晨跑十多公里和每天两小时读报，是王小明每日的必修课，“不管工作再忙，这两样事儿是雷打不动要做的。”\n"
        "王小明是一名90后，10年前在汉口当学徒时就接触到了这份报纸，回家读报是他最能放松心情的时光。\n\n"
        "耗时五小时参加活动\n认真读报是必须的，王小明在报纸的线上空间也非常活跃，首次报名就获得了参赛资格。\n\n\n"
        "读者热线\n新闻线索请拨打：027-00000000\n"
    )
    story = next(r for r in split(text) if r["kind"] == "article")
    assert story["title"] == "90后读者王小明：每天读报两小时" and len(story["paragraphs"]) == 6


def test_an_indented_caption_closing_a_story_does_not_head_the_notice_under_it():
    # A hard-wrapped column (paragraphs indented, headings flush): the story's last photo
    # caption, indented, over a flush 遗失声明 (t390) is the story's.
    body = (
        "时下正是火龙果春季管护的时节，在某某镇标准化精品火龙果基地里，漫山的火龙果正在成熟并迎来采收。"
        * 2
    )
    lines = [body[i : i + 20] for i in range(0, len(body), 20)]
    text = (
        "某某县融媒体中心　2020年10月2日　星期五　第2版\n"
        "某某：火龙果“甜蜜”上市\n"
        + "  "
        + "\n".join(lines)[2:]
        + "\n  群众在分拣打包火龙果\n遗失声明\n某某农业开发有限公司不慎遗失公章一枚，声明作废。\n"
        "责任编辑：张三　校对：李四\n"
    )
    records = split(text)
    notice = next(r for r in records if r["kind"] == "notice")
    story = next(r for r in records if r["kind"] == "article")
    assert notice["title"] == "遗失声明" and story["paragraphs"][-1] == "群众在分拣打包火龙果"


PROCURATORATE_PAGE = (
    "某某区人民检察院　2018年9月11日　星期二　第2版　检察动态\n"
    "某某市检察机关同仁来我院考察交流民事行政检察工作\n"
    "9月10日，某某市检察院党组成员王小明一行6人来某某区检察院考察交流民事行政检察工作。\n"
    "座谈会上，某某区检察院检察长李大海介绍了该院民事行政检察和公益诉讼工作的开展情况。\n"
    "座谈后，某某市检察机关同仁一行实地参观了某某区检察院生态环境保护指挥中心。\n"
    "{heading}\n"
    "{sentence}在某某区检察院生态环境保护指挥中心，检察长李大海向考察组介绍了指挥中心的运行情况。\n"
    "责任编辑：张三　校对：李四\n"
)


def test_a_headline_its_first_sentence_tells_again_opens_an_item_on_the_same_work():
    # Two items of one procuratorate's news page on the same work (t396, t398): the words go
    # on across the second headline, but its first sentence tells its event again.
    text = PROCURATORATE_PAGE.format(
        heading="兵团检察院考察组来某某区检察院交流学习",
        sentence="9月11日下午，兵团检察院考察组一行11人来某某区检察院交流学习。",
    )
    titles = split_titles(text)
    assert titles == [
        "某某市检察机关同仁来我院考察交流民事行政检察工作",
        "兵团检察院考察组来某某区检察院交流学习",
    ]


def test_a_short_crosshead_its_next_sentence_takes_up_stays_in_the_story():
    # 延续上年四季度回升态势 | 今年以来…延续了上年四季度的回升态势 (t02): a crosshead under 15
    # characters is told again as often as a headline is.
    text = PROCURATORATE_PAGE.format(
        heading="指挥中心运行良好",
        sentence="考察组认为指挥中心运行良好。",
    )
    titles = split_titles(text)
    assert titles == ["某某市检察机关同仁来我院考察交流民事行政检察工作"]


def test_a_long_line_its_next_sentence_tells_again_heads_a_new_item():
    # A congress site's items, uncredited, one after another (t379): a line that reads as a
    # sentence left open, whose next paragraph tells its event again, is the next headline.
    text = (
        "某某市人大　2016年7月28日　星期四　第3版　镇街人大\n"
        "某某镇人大“三联系”活动发挥代表作用\n"
        "换届以来，某某镇人大对代表进行编组，按照就近就便的原则组织代表开展以“联系政府部门献良策、联系选区选民办实事、联系贫困家庭做贡献”为主要内容的“三联系”活动，有力促进了“一个载体、两项制度”建设，发挥了代表作用。活动开展以来，各代表小组加强与镇直部门的联系与交流，积极组织代表深入选区、联系选民，反映社情民意，发挥代表的示范带动作用。先后提出有价值的意见建议30多条，走访联系选民100多人次，办好事实事30多件，联系帮扶低收入家庭10多户\n"
        "市、镇人大换届选举工作分片会议召开\n"
        "近日，市人大常委会常务副主任王小明、副主任李大海、张小红、赵小军分别深入联系镇和市直选举系统，召开分片会议，听取关于市、镇人大换届选举工作进展情况的汇报，就代表候选人的提名、酝酿等工作进行了部署安排，并提出具体要求。\n"
        "全市市、镇人大换届选举自11月份启动以来，各镇、某某街道和市直选举系统认真贯彻落实市委动员会议精神，切实加强组织领导，周密安排部署，按序时进度不断推进工作落实，较好地完成了选区划分、选民登记等阶段性工作任务。\n"
        "市人大常委会各委室负责人参加分片会议。\n"
    )
    titles = split_titles(text)
    assert titles == ["某某镇人大“三联系”活动发挥代表作用", "市、镇人大换届选举工作分片会议召开"]


def test_an_indented_line_its_next_sentence_tells_again_stays_a_paragraph():
    # Where indents open paragraphs (t352): an indented caption under a headline, that the
    # story's first sentence tells again, is a paragraph, not a sub-headline.
    text = (
        "某某新闻　2017年10月6日　星期五　第3版　侨社\n\n"
        "大阪双十国庆节祝贺会 侨胞 日本友人积极与会\n"
        "　　某某中华总会国庆节祝贺会四百多名来宾与会\n"
        "　　由某某中华总会主办的国庆节祝贺会，十月三日晚间在某某饭店举行，四百多名\n"
        "嘉宾参与，场面盛大。\n"
    )
    (story,) = [r for r in split(text) if r["kind"] == "article"]
    assert (
        story["subtitle"] is None
        and story["paragraphs"][0] == "某某中华总会国庆节祝贺会四百多名来宾与会"
    )


def test_an_editors_note_labelled_bian_an_stays_between_a_headline_and_its_credited_text():
    # 【編按】… between a headline and a credit run in to the text (t400, 台灣教會公報): the
    # editor's note of the story under it, not a story of its own.
    text = (
        "某某公報　2017年7月16日　星期日　第4版　專題\n"
        "扮演時代米該雅 上主開活路\n"
        "《那一年，寄不出去的教會公報》出版 以上帝公義宣揚福音\n"
        "1987年3月11日，為抗議《某某公報》被警總沒收，約70名牧師集體走上街頭抗議。（相片提供/張三）\n"
        "【編按】7月第三個禮拜為某某教會訂定的「文字傳道奉獻主日」，1987年台灣解嚴前，曾發生警備總部沒收《某某公報》事件，促成眾教會團結抗議，迫使政府歸還報紙，是台灣民主發展史上輝煌的一頁。今年為解嚴30週年，某某公報社將這段歷史集結成《那一年，寄不出去的教會公報》出版，期盼成為每個世代的典範。本新聞專題除分享信仰前輩經歷，亦特別蒐集昔日《某某公報》（各時期名稱不同）老新聞，展現文字事工永久流傳的力量。\n"
        "【王小明專題報導】〈某某〉歌詞作者、已故牧師李四，曾在1980年代擔任《某某公報》社論主筆及理事長，揭示了教會媒體必須成為「時代的米該雅」，提醒眾教會在集權統治下，仍須秉持信仰良心，以上帝公義來宣揚福音。《教會公報》當年即在刊頭書寫著這幾個大字，在媒體遭到封鎖的年代，為台灣人民勇敢發聲。\n"
        "時任《教會公報》總編輯的李大海牧師回憶，他在1986年開始構想如何用「城鄉宣教」（URM）精神來編一份可以在社會上發行的刊物，獲得編撰委員會同意，決定以不定期方式出版副刊《活路》，邀請林美瑢擔任這份刊物的編輯，刊頭載明「為著台灣的前途，咱著拚命開活路，建設公義的國度，才能救鄉土」，並成功與報攤經銷商談妥合作，於市面上銷售。\n"
        "然而當時警備總部在得知這項資訊後，以取締報攤色情刊物的方式，阻撓《活路》的販售，只好另尋管道銷售，改由其他有志之士廣為推銷，或大量購買分送親友，並在選舉造勢現場廣為分發。\n"
    )
    (story,) = [r for r in split(text) if r["kind"] == "article"]
    assert story["title"] == "扮演時代米該雅 上主開活路" and story["authors"] == ["王小明"]


# Review 36 (/work/review36.md): this session's rules held to what they name.


def test_photo_credits_inside_a_feature_over_blank_lines_do_not_cut_it():
    # A feature with three captioned photos in its text, a blank line under each credit (…某某
    # 摄): a photo's credit inside a story closes its caption, not the story.
    text = (
        "某某日报　2024年5月10日　星期五　第5版　文化周刊\n"
        "古村落里的新生活\n"
        "本报记者 王小明\n"
        "初夏时节，走进某某县某某村，青石板路蜿蜒曲折，白墙黛瓦掩映在绿树丛中，处处是一幅宁静的乡村画卷。\n"
        "这个有着六百多年历史的古村落，曾经一度因为年轻人外出务工而冷清下来，老房子也年久失修。\n"
        "图为某某村的古民居。李大海 摄\n"
        "\n"
        "三年前，村里启动了古村落保护利用工程，对一百多栋古民居进行修缮，并引进了文创企业入驻。\n"
        "如今，古村里开起了民宿、茶馆和手工作坊，每到周末，游客络绎不绝。\n"
        "图为游客在古村里参观。李大海 摄\n"
        "\n"
        "“以前村里冷冷清清，现在热闹起来了，我在家门口就能挣钱。”村民张三开了一家民宿，年收入十多万元。\n"
        "村党支部书记李四告诉记者，村里还成立了旅游合作社，村民以房屋入股，年底参与分红。\n"
        "图为村民在手工作坊里制作竹编。李大海 摄\n"
        "\n"
        "下一步，某某村将继续挖掘历史文化资源，打造特色文化旅游品牌，让古村落焕发新的生机与活力。\n"
        "某某县图书馆开展阅读推广活动\n"
        "近日，某某县图书馆在全县各乡镇开展阅读推广活动，送去图书五千余册，受到群众欢迎。\n"
        "活动期间，图书馆还举办了读书分享会和亲子阅读等活动，吸引了众多读者参与。\n"
        "责任编辑：张三　校对：李四\n"
    )
    titles = split_titles(text)
    assert titles[0] == "古村落里的新生活" and None not in titles


def test_a_stray_blank_under_a_photo_credit_inside_a_story_ends_nothing():
    text = (
        "某某日报　2024年5月10日　星期五　第5版　乡村振兴\n"
        "\n"
        "小小茶叶撑起乡村振兴大产业\n"
        "本报记者 王小明\n"
        "初夏时节，走进某某县某某镇的万亩茶园，层层叠叠的茶树郁郁葱葱，采茶工们正在抢抓时节采摘新茶。\n"
        "近年来，某某镇立足资源禀赋，大力发展茶叶产业，全镇茶园面积已达到两万余亩，带动三千余户群众增收。\n"
        "图为茶农在茶园里采摘新茶。李大海 摄\n"
        "\n"
        "“以前种玉米一亩地收入不到一千元，现在种茶一亩地能收入五六千元。”茶农张三高兴地说。\n"
        "为了提升茶叶品质，某某镇引进了龙头企业，建设了标准化加工厂，统一收购、统一加工、统一销售。\n"
        "下一步，某某镇将继续延伸产业链条，推动茶旅融合发展，让小小茶叶真正成为群众的致富叶。\n"
        "\n"
        "某某县举办农民丰收节\n"
        "9月22日，某某县第五届中国农民丰收节在某某镇开幕，现场展示展销各类特色农产品两百余种。\n"
        "活动现场还举行了农技知识竞赛、农耕体验等活动，吸引了众多群众参与。\n"
        "\n"
        "某某镇开展农技培训\n"
        "近日，某某镇组织农技专家深入田间地头，为种植户讲解病虫害防治技术，发放技术资料五百余份。\n"
        "此次培训受到群众欢迎，进一步提升了种植户的科学种植水平。\n"
        "\n"
        "责任编辑：张三　校对：李四\n"
    )
    titles = split_titles(text)
    assert titles == ["小小茶叶撑起乡村振兴大产业", "某某县举办农民丰收节", "某某镇开展农技培训"]


def test_a_reports_crosshead_its_section_restates_stays_in_the_report():
    # 以高质量党建引领基层治理现代化 | 以高质量党建引领基层治理现代化，是…: a section's topic
    # sentence restates its crosshead with no date; a news lead says when.
    text = (
        "某某日报　2024年7月1日　星期一　第3版　要闻\n"
        "某某区全力推进基层治理现代化\n"
        "本报记者 王小明\n"
        "今年以来，某某区坚持党建引领，创新社会治理方式，推动基层治理体系和治理能力现代化取得明显成效。\n"
        "全区上下以群众满意为目标，把为民办实事作为检验工作成效的重要标准，推出了一系列务实举措。\n"
        "以高质量党建引领基层治理现代化\n"
        "以高质量党建引领基层治理现代化，是某某区一以贯之的工作思路。区委把抓基层、打基础作为长远之计，推动党组织覆盖到每一个网格。\n"
        "在某某社区，党员志愿者每周定期入户走访，收集群众意见建议，帮助解决实际困难两百余件。\n"
        "下一步，某某区将持续深化党建引领基层治理，不断提升群众的获得感、幸福感和安全感。\n"
        "某某县开展防汛应急演练\n"
        "6月2日，某某县在某某河段开展防汛应急演练，模拟河道堤坝出现管涌险情，检验应急队伍处置能力。\n"
        "参演人员迅速集结，科学处置，圆满完成了各项演练科目。\n"
        "责任编辑：张三　校对：李四\n"
    )
    titles = split_titles(text)
    assert titles == ["某某区全力推进基层治理现代化", "某某县开展防汛应急演练"]


def test_a_centred_two_line_notice_heading_over_indented_paragraphs_heads_the_notice():
    text = (
        "某某日报　2024年6月3日　星期一　第8版　公告\n"
        "某某镇举办消夏文艺晚会\n"
        "　　6月1日晚，某某镇在文化广场举办消夏文艺晚会，歌舞、小品、戏曲等节目轮番上演，吸引了上千名群众观看。\n"
        "　　晚会节目均由本镇文艺爱好者自编自演，展现了新时代乡村群众的精神风貌。\n"
        "某某县开展防汛应急演练\n"
        "　　6月2日，某某县在某某河段开展防汛应急演练，模拟河道堤坝出现管涌险情，检验应急队伍处置能力。\n"
        "　　参演人员迅速集结，科学处置，圆满完成了各项演练科目。\n"
        "        某某市2024年第一批次建设用地\n"
        "       国有建设用地使用权挂牌出让公告\n"
        "　　经某某市人民政府批准，某某市自然资源局决定以挂牌方式出让一宗国有建设用地使用权，现将有关事项公告如下：\n"
        "　　一、挂牌出让地块位于某某路东侧，出让面积12000平方米，用途为住宅用地。\n"
        "　　二、申请人可于2024年6月5日至2024年6月25日到某某市公共资源交易中心获取挂牌出让文件。\n"
        "　　某某市自然资源局\n"
        "　　2024年6月3日\n"
        "责任编辑：张三　校对：李四\n"
    )
    notice = next(r for r in split(text) if r["kind"] == "notice")
    assert (notice["title"], notice["subtitle"]) == (
        "某某市2024年第一批次建设用地",
        "国有建设用地使用权挂牌出让公告",
    )


@pytest.mark.parametrize(
    "line",
    [
        "（来源：新华社 郑州）",
        "来源：人民日报 海外版",
        "（来源：某某县 公安局）",
        "来源：某某县 林业局 王小明",
    ],
)
def test_a_source_naming_an_outlet_and_a_place_or_section_names_no_writer(line):
    (story,) = split(TOWN_STORY.format(line=line))
    assert story["authors"] == []


def test_a_headline_naming_a_meeting_is_no_bodys_signature():
    # 某某社團聯合會代表大會 after a story's last quotation (t406, 古晉福建公會): a meeting's
    # name heads the next item; a body's name (…联谊会, …委员会) would sign the story above.
    text = (
        "古晉福建公會　2018年5月26日　星期六　第2版　會務新聞\n"
        "黃某某：促进和谐 福建文化推广他族\n"
        "大會進行時攝。左起為古晉福建公會婦女組主任沈某某、財政黃某甲、秘書長張某某、副會長劉某某、署理會長黃某乙、會長黃某某、副會長王某某、副會長陳某某、副會長蔡某某、副會長鄭某某及青年團團長王某乙。\n"
        "（2016年5月15日）   古晉福建公會會長黃某某表示，在這多元种族、多元文化的社會，人們需要更多的對話和溝通。當今社會出現的問題，許多源自于彼此之間的不了解，以致大家不能體諒和包容彼此的差异。\n"
        "因此，他認為，這是鄉團公會未來可以做的工作，為這個社會的和諧而努力。\n"
        "黃某某今日在古晉福建公會2016年度會員大會上致詞時，如是表示。\n"
        "他表示，鄉團的根，來自于本身的文化。比如福建人，他們擁有各屬的方言，每一种方言各有特點。此外，他們的風俗習慣、他們的美食等都值得加以推介，除了讓福建子弟更加了解本身的文化和歷史，也讓其他籍貫、其他种族有机會認識福建人的优良傳統文化。\n"
        "“福建公會除了向我們的鄉親尤其是年輕一代推廣本身的文化，我們也應該同時以不同的語言，向其他族群進行推廣。同時，我們也應當跨出去，參与其他族群的活動，促進彼此間的了解。”\n"
        "他希望除了舉辦各种活動，也要善用當前科技的便利，利用网絡進行聯系和推廣工作，加強在媒體方面的宣傳，引起更多的關注。更深一層，他們應當加強對福建文化，尤其是本土福建文化的研究，丰富本土文化歷史檔案的收藏。\n"
        "“我希望大家可以集体思考，并且歡迎提出您的寶貴意見，使得福建公會可以在社會上扮演更重要的角色，最終造福同鄉，也為這個社會塑造更美好的未來。”\n"
        "馬來西亞福建社團聯合會代表大會\n"
        "古晉福建公會一行人出席在柔佛新山召開的大馬福聯代表大會時影。\n"
        "（2014年10月7日）古晉福建公會一行40餘人，在會長黃某某及副會長王某某的率領下，出席了於本月5日及6日，在柔佛新山召開的馬來西亞福建社團聯合會代表大會。\n"
        "今屆大馬福聯會召開的是第二次常年會員大會，青年團第16屆第二次常年團員代表大會，暨婦女組第8屆第二次常年組員代表大會。\n"
        "大會由新山福建會館承辦，來自全國各地的福建公會代表也於6日晚上，參加了新山福建會館的第87週年慶晚宴。\n"
        "在新山參加大馬福聯代表大會期間，古晉福建公會一行人在副會長王某某的安排及帶領下，游覽了新山伊斯干達發展區，包括樂高樂園、Hello Kitty公主灣，參觀中國富力地產展示廳，了解該集團在新柔兩岸的未來大規模發展，以及購物等。\n"
        "此外，在主辦當局的安排下，一行人也參觀了新山福建會館文物館、新山中華公會華族歷史文物館，以及新山柔佛古廟。\n"
    )
    titles = split_titles(text)
    assert titles == ["黃某某：促进和谐 福建文化推广他族", "馬來西亞福建社團聯合會代表大會"]


# Review 37 (/work/review37.md): the later rules held to what they name.


def test_a_headline_shaped_as_a_crosshead_of_the_story_above_still_heads_its_item():
    text = (
        "某某大学新闻网　2016年9月30日　星期五　第2版　校园新闻\n"
        "“三节”齐相聚 线上线下活动精彩不停\n"
        "某某大学新闻网讯（通讯员 王小明）三节期间，校团委、校学生会与各学院团委、学生社团通过举办形式不一的“庆三节”主题活动，吸引了5000多师生积极参与，丰富了校园生活，为留校师生营造欢快、独特、共享、同乐的节日氛围。\n"
        "有滋有味的精神食粮\n"
        "为庆祝国庆，校团委组织留校学生于10月1日在行政楼门前举行升旗仪式。通过向烈士默哀、国旗前讲话等环节，进一步加强爱国主义、集体主义教育，引导广大师生深刻认识祖国的历史和发展，增强民族自豪感。\n"
        "文学艺术学院团委承办了“边疆月更圆•中秋诗歌朗诵会”， 以诗助兴，以文会友，许多新生也展现了自己在诗词歌赋方面的才华。动物科技学院团委在10月1日-10月4日播放电影《战狼》等红色影片。魔术社团和戏迷票友协会友情出演，让同学们感受到家一般的温暖。\n"
        "兵团精神的青春传人\n"
        "11月22日，《2021年文化和旅游领域学雷锋志愿服务先进典型》获奖名单正式公布，某某大学报送的“天山的呼唤”传承兵团精神志愿服务项目获评最佳志愿服务项目，这是兵团唯一入选的文化志愿服务项目。\n"
        "该项目于2015年11月发起，五年来，共采访50位兵团人物，撰写军垦文化故事50余篇，发表文章50余篇；创作演绎剧本30余部，演绎100余场，受众3万余人。受兵团精神的鼓舞，项目团队先后有1000余人选择留在新疆。\n"
        "据悉，本次推选活动由中共中央宣传部、中央文明办、全国总工会、共青团中央等18个部门和单位联合组织，共评选出最美志愿者20位、最佳志愿服务组织30个、最佳志愿服务项目30个。\n"
    )
    titles = split_titles(text)
    assert titles == ["“三节”齐相聚 线上线下活动精彩不停", "兵团精神的青春传人"]


def test_a_list_of_names_under_its_heading_is_the_items_text():
    text = (
        "某某日报　2024年9月10日　星期二　第3版　教育\n"
        "某某区2024年度优秀教师名单\n"
        "王小明、李大海、张小红、赵一鸣\n"
        "钱多多、孙小美、周国强\n"
        "吴志刚、郑晓燕\n"
    )
    (item,) = [r for r in split(text) if r["kind"] == "article"]
    assert (item["byline"], len(item["paragraphs"])) == (None, 3)


def test_two_words_parted_by_an_enumeration_comma_under_a_headline_are_its_subtitle():
    text = (
        "某某日报　2024年3月8日　星期五　第3版　综合新闻\n"
        "国际金价本周创出新高\n"
        "马龙、樊振东\n"
        "受美元走弱影响，本周国际金价持续上涨，创出历史新高，白银价格也随之走高。\n"
        "分析人士表示，短期内贵金属价格仍将高位震荡，投资者需注意风险。\n"
    )
    (story,) = [r for r in split(text) if r["kind"] == "article"]
    assert (story["subtitle"], story["byline"]) == ("马龙、樊振东", None)


def test_a_youth_association_signs_the_letter_above_it():
    text = (
        "某某日报　2024年3月8日　星期五　第3版　综合新闻\n"
        "致全市青少年朋友的一封信\n"
        "亲爱的青少年朋友们：\n"
        "暑假即将来临，为了让大家度过一个安全、快乐、充实的假期，我们向大家发出如下倡议。\n"
        "一是注意安全，不到河流、水库等危险水域游泳，外出时遵守交通规则。\n"
        "二是多读书、读好书，积极参加社会实践和志愿服务活动，在实践中增长才干。\n"
        "某某市基督教青年会\n"
        "2024年6月1日\n"
        "某某县召开防汛工作会议\n"
        "6月3日，某某县召开防汛工作会议，全面部署今年防汛抗旱工作，要求各乡镇落实责任，确保安全度汛。\n"
        "会议指出，当前已进入主汛期，各地各部门要时刻绷紧防汛这根弦，做好各项应对准备。\n"
    )
    titles = split_titles(text)
    assert titles == ["致全市青少年朋友的一封信", "某某县召开防汛工作会议"]


def test_a_headline_naming_a_report_meeting_heads_the_next_item():
    text = (
        "某某日报　2024年3月8日　星期五　第3版　综合新闻\n"
        "某某市举办春季招聘活动\n"
        "3月5日，某某市春季大型招聘活动在市人才市场举行，共有三百余家企业参加，提供就业岗位八千余个。\n"
        "活动现场人头攒动，求职者们认真查看岗位信息，与企业负责人面对面交流，不少人当场达成就业意向。\n"
        "据了解，今年该市还将陆续举办各类招聘活动五十余场，帮助高校毕业生和农民工等群体实现就业。\n"
        "全市劳模先进事迹报告会\n"
        "3月6日，由市总工会主办的活动在市会议中心举行，来自各行各业的六名劳动模范讲述了自己的奋斗故事。\n"
        "他们用朴实的语言、生动的事例，展现了劳动模范爱岗敬业、争创一流的精神风貌，赢得现场阵阵掌声。\n"
        "市总工会负责人表示，将持续开展劳模精神宣讲活动，在全社会营造崇尚劳动的浓厚氛围。\n"
    )
    titles = split_titles(text)
    assert titles == ["某某市举办春季招聘活动", "全市劳模先进事迹报告会"]


def test_a_reviews_section_opening_on_its_year_is_no_news_item():
    # 持续推动… | 2023年，某某区持续推动…: a year-end review restates its crosshead; a bare year
    # is no news lead's day.
    text = (
        "某某日报　2024年1月20日　星期六　第3版　综合新闻\n"
        "某某区2023年工作亮点回眸\n"
        "本报记者 王小明\n"
        "过去一年，某某区坚持稳中求进工作总基调，经济社会发展取得新成效，群众获得感不断增强。\n"
        "坚持以高质量党建引领基层治理能力全面提升\n"
        "2023年，某某区坚持以高质量党建引领基层治理能力全面提升，在全区推行网格化管理，建成网格党支部一百二十个。\n"
        "各街道社区也积极创新治理方式，群众反映的问题办结率达到百分之九十八以上。\n"
        "持续推动重点产业项目建设取得新的突破\n"
        "2023年，某某区持续推动重点产业项目建设，新开工亿元以上项目三十个，完成投资八十亿元。\n"
        "全年新增规模以上工业企业二十五家，工业总产值同比增长百分之十二。\n"
    )
    titles = split_titles(text)
    assert "持续推动重点产业项目建设取得新的突破" not in titles


def test_a_short_caption_opening_a_run_of_captions_is_no_columns_label():
    # 会见现场 | 走访某某研究院 | 走访某某研究院 | 座谈会现场 | … between a campus story's paragraphs
    # (t395, 四川外国语大学新闻网): photo captions, the first no column's label over a headline.
    text = (
        "四川外国语大学新闻网　2024年5月27日　星期一　川外新闻\n"
        "外交部国际经济司参赞王小明一行莅临我校考察调研\n"
        "9月8日下午，外交部国际经济司参赞王小明、外管司副处长李大海、市政府外办副主任张小红等一行莅临我校考察调研。我校校长赵小军、副校长钱大江及相关职能部门负责人接待调研组并进行交流。\n"
        "赵小军在东区博文楼大厅会见调研组，对他们莅临我校考察调研表示热烈欢迎，并介绍我校发展历程及办学成就等情况。王小明首先走访了金砖国家研究院、重庆国际战略研究院、重庆非通用语学院，现场听取相关汇报，了解我校外交外事科研工作、人才培养情况以及非通用语系办学成果。随后，王小明一行前往文轩楼会议室与我校领导及相关部门负责人调研座谈，座谈会由赵小军主持。\n"
        "会见现场\n"
        "走访金砖国家研究院\n"
        "走访重庆国际战略研究院\n"
        "座谈会现场\n"
        "赵小军主持会议\n"
        "会上，钱大江主要从外语办学模式、外交人才培养、国外高校交流、非通用语学科建设四个主面汇报我校外事管理工作情况。他指出，川外紧密围绕基础教学和国际导向开展国际教育和人才培养，与国外大学教育对接，支持、鼓励优秀学生对外交流学习。钱大江谈到，我校在对外交流工作中，要加大人才“走出去”与“引进来”的力度：一是加强校校合作，川外帮助国外学校开设中文专业，提供中文教学资源，同时引进国外优质教育资源，服务我校外语人才培养；二是改进我校留学生管理方案，扩大留学生招生规模。钱大江就实践工作中的问题和困难作了解析。\n"
        "钱大江汇报我校外事管理工作情况\n"
        "调研组一行和与会领导就“走出去”和“引进来”的工作计划进行了深入交流。\n"
    )
    titles = split_titles(text)
    assert titles == ["外交部国际经济司参赞王小明一行莅临我校考察调研"]


# Review 38 (/work/review38.md): a name and a post or a profession glued after it, read as a
# credit line anywhere (t416's 某某某律師, t422's 某某某 校長), was taken back.


def test_an_interviews_speaker_labels_with_their_posts_stay_in_the_interview():
    text = (
        "让每个孩子都有出彩的机会\n"
        "——访市实验小学校长张小红\n"
        "本报记者 张三\n"
        "记者：学校这几年在课后服务方面做了哪些探索？\n"
        "张小红校长\n"
        "我们坚持学生自愿、家长同意的原则，开设了二十多门兴趣课程，参加率超过九成。\n"
        "记者：下一步有什么打算？\n"
        "张小红校长\n"
        "我们准备和周边企业合作建设实践基地，让孩子们走出课堂，在实践中学习成长。\n"
    )
    (story,) = [r for r in split(text) if r["kind"] == "article"]
    assert story["authors"] == ["张三"]


@pytest.mark.parametrize("epithet", ["金牌校长", "金牌记者"])
def test_an_epithet_headline_with_a_post_heads_the_next_item(epithet):
    # 金牌校长 | ——记某某村小学校长王小明: a headline, not the story above's closing credit.
    text = (
        "我市新增三条公交线路\n"
        "本报讯 1月17日起，我市新开通三条公交线路，方便沿线群众出行。新线路采用新能源公交车，票价两元。\n"
        "市公交集团有关负责人表示，今年还将根据群众需求继续优化线网。\n"
        f"{epithet}\n"
        "——记某某村小学校长王小明\n"
        "本报记者 张三\n"
        "在海拔四千多米的某某村，提起王小明，村民们都竖起大拇指。十年来，他带领乡亲们发展特色养殖，村里的日子越过越红火。\n"
        "“只要群众满意，再苦再累也值得。”王小明说。\n"
    )
    titles = split_titles(text)
    assert titles == ["我市新增三条公交线路", epithet]


@pytest.mark.parametrize(
    "credit, author",
    [
        ("余幸司 校長", "余幸司"),
        ("陳田植 董事長", "陳田植"),
        ("莊耀洸律師", "莊耀洸"),
        ("王小明副校長", "王小明"),
    ],
)
def test_a_name_and_a_post_right_under_a_headline_over_the_text_is_the_byline(credit, author):
    # 某某某 校長 under 新生開學典禮致詞 (t422), 某某某律師 under an opinion piece (t416): read by
    # its place, right under the headline and over the text (review 38: not between paragraphs).
    text = (
        f"新生開學典禮暨入學輔導致詞\n{credit}\n"
        "各位貴賓、各位家長、各位老師、各位同學，大家早安！首先歡迎各位新生加入本校這個大家庭，"
        "希望大家在這裡學習專業知識，培養服務社會的熱忱。\n"
    )
    (story,) = split(text)
    assert (story["subtitle"], story["byline"], story["authors"]) == (None, credit, [author])


# Round 78 (twenty-first session).


def test_a_line_two_short_whose_last_character_went_down_with_a_closing_mark_runs_on():
    # t429: a wrapper that never starts a line with a closing mark took 宴 down with its 」
    # (…2011年春 | 宴」，…), leaving the line two short of the column: it is no paragraph's end.
    text = (
        "校友春宴在台北舉行\n"
        "　　【本報訊】本校董事會為感謝各地校友長\n"
        "期以來對母校的支持，特別於2月16日在台\n"
        "北市大飯店首次舉辦「本校二〇一一年春\n"
        "宴」，各地校友歡聚一堂，互道新春恭喜，參\n"
        "與校友超過百人，席開十桌，氣氛熱烈。\n"
        "　　董事長於致詞時感謝校友長期以來對母校\n"
        "的支持，並說明學校近年的發展成果。\n"
    )
    (story,) = split_checked(text)
    assert len(story["paragraphs"]) == 2
    assert "春宴」" in story["paragraphs"][0]


@pytest.mark.parametrize("office", ["建设局", "教育局", "县委办", "宣传部", "派出所", "办公室"])
def test_a_short_office_before_the_name_in_a_closing_credit_is_no_author(office):
    # t433: （建设局  袁悦） under a bureau's news: the office where the writer works, not a
    # second writer (three characters, as a name is: read so only where a name follows).
    text = (
        "交通运输厅调研建设工作\n"
        "　　11月24日，交通运输厅调研组赴建设管理局调研，听取工作汇报，研究推进改革事项。\n"
        "　　调研组要求，各单位要切实抓好落实。\n"
        f"（{office}  王小明）\n"
    )
    (story,) = split_checked(text)
    assert (story["byline"], story["authors"]) == (f"{office}  王小明", ["王小明"])


@pytest.mark.parametrize(
    "caption",
    [
        "（社团同学在博览会上表演/照片由本报提供）",
        "（社团同学在博览会上表演/照片由王小明拍摄）",
        "（社团同学在博览会上表演/图片由王小明提供）",
        "（社团同学在博览会上表演/相片由王小明提供）",  # Taiwan's and Hong Kong's word
        "（本文照片由某某大学提供）",
    ],
)
def test_a_bracketed_caption_with_the_photos_source_is_a_caption(caption):
    # t435: （共同參與聖誕感恩茶會的師長與同學們/照片由本報提供） under the lead: a photo's
    # caption and who took or supplied it, kept in the text (SCHEMA), no sub-headline.
    text = (
        f"某某大学举办社团博览会\n{caption}\n"
        "本报讯 某某大学为迎接新生，9月11日举办社团博览会，现场气氛热烈，吸引了数千名学生参加。\n"
        "学务长表示，社团是大学生活的重要部分。\n"
    )
    (story,) = split_checked(text)
    assert (story["subtitle"], story["paragraphs"][0]) == (None, caption)


# Review 39 (/work/review39.md): a reporter's role glued after a name (某某某记者, t410) read as a
# credit under a headline was taken back: 金牌记者, 战地记者 there are epithets.


@pytest.mark.parametrize("epithet", ["金牌记者", "战地记者", "金牌通讯员"])
def test_an_epithet_with_a_reporters_role_under_a_headline_is_its_second_line(epithet):
    text = (
        f"致敬新闻战线上的\n{epithet}\n"
        "二十年来，他跑遍了全县三百多个行政村，写下两千多篇稿件，被群众亲切地称为“泥腿子记者”。\n"
        "“群众的事再小也是大事。”他常常这样说。\n"
    )
    (story,) = split_checked(text)
    assert (story["subtitle"], story["authors"]) == (epithet, [])


def test_numbered_items_two_short_of_a_wrapped_column_stay_apart():
    # Review 39: 一、… | 二、…: the list's 、 is no closing mark that took a character down.
    text = (
        "县住建局部署冬季施工安全工作\n"
        "某某县住房和城乡建设局近日发布通知，要求\n"
        "各施工单位切实做好冬季施工安全管理工作，\n"
        "严防各类安全事故发生，确保全县建筑施工领\n"
        "域安全形势持续稳定，保障人民群众生命财产\n"
        "安全。通知明确了四项重点任务：\n"
        "一、全面排查在建工地各类安全隐患问题\n"
        "二、加强冬季施工现场防火防冻安全管理\n"
        "三、严格落实领导带班和值班值守制度\n"
        "四、及时报送检查情况和整改台账\n"
        "通知强调，各单位要落实企业安全生产主体责\n"
        "任，加强对施工现场的巡查检查，及时消除各\n"
        "类安全隐患，对发现的问题要立即整改到位，\n"
        "确保不留死角。\n"
    )
    (story,) = split_checked(text)
    items = [p for p in story["paragraphs"] if p[1:2] == "、"]
    assert [p[:2] for p in items] == ["一、", "二、", "三、", "四、"]


# Twenty-second session's fresh pages. t439: in a hard-wrapped column whose paragraphs open
# indented, a flush line far wider than the column was left whole by what wrapped the prose: a
# headline set across the columns (pdftotext puts a banner headline on one line), however long.

BANNER = "「迎新春、送温暖」 市老年大学举办2024年学员新春联欢会 副市长到场祝贺《2024/2/5》"
BANNER_PAGE = (
    "某某晚报　2024年2月5日　星期一　第5版　城事\n"
    f"{BANNER}\n"
    "{caption}"
    "　　随着春节临近，市老年大学日前举办学\n"
    "员新春联欢会，三百余名学员欢聚一堂，共\n"
    "同庆祝即将到来的新春佳节。\n"
    "　　联欢会上，学员们表演了合唱、舞蹈、\n"
    "太极拳等节目，现场气氛热烈，掌声不断。\n"
    "　　副市长在致辞中向全体学员致以新春祝\n"
    "福，希望大家老有所学、老有所乐。\n"
    "社区暖心年夜饭、百家宴 城南街道为独居老人送上团圆饭《2024/2/4》\n"
    "　　临近除夕，城南街道联合辖区商户举办\n"
    "暖心年夜饭活动，为六十余位独居老人送上\n"
    "热气腾腾的团圆饭。\n"
)
WRAPPED_CAPTION = "　　市老年大学校长王大明（前排左二）与\n学员代表在联欢会后合影\n"


def test_a_flush_line_wider_than_a_wrapped_column_is_a_headline():
    records = split_checked(BANNER_PAGE.format(caption=WRAPPED_CAPTION))
    assert [r["title"] for r in records if r["kind"] == "article"] == [
        BANNER,
        "社区暖心年夜饭、百家宴 城南街道为独居老人送上团圆饭《2024/2/4》",
    ]
    assert records[1]["paragraphs"][0] == "市老年大学校长王大明（前排左二）与学员代表在联欢会后合影"


def test_a_wide_flush_caption_under_the_banner_stays_its_storys_text():
    # A long caption left flush and whole, its photographer after it: the story's first
    # paragraph, as SCHEMA keeps captions, though it is wider than the column too.
    caption = "市老年大学校长王大明（前排左二）与学员代表、志愿者和辅导老师们在联欢会后合影留念 记者 张小明 摄"
    records = split_checked(BANNER_PAGE.format(caption=caption + "\n"))
    story = records[1]
    assert (story["title"], story["paragraphs"][0]) == (BANNER, caption)


# t443: an overseas Chinese paper credits the story and its photos, each name with its own
# credit word, glued or a space apart (萧某某报道 侯某某摄影).


@pytest.mark.parametrize(
    "credit, byline",
    [
        ("（林晓燕报道 陈志强摄影）", "林晓燕报道 陈志强摄影"),
        ("（ 林晓燕报道 陈志强摄影 ）", "林晓燕报道 陈志强摄影"),
        ("（林晓燕 报道 陈志强 摄影）", "林晓燕 报道 陈志强 摄影"),
        ("林晓燕报道；陈志强摄影", "林晓燕报道；陈志强摄影"),
    ],
)
def test_names_each_with_their_own_credit_word_are_a_byline(credit, byline):
    text = (
        "曼德勒华侨欢庆元宵佳节\n"
        f"{credit}\n"
        "2月5日至7日，一连三天，曼德勒云南同乡会于云南会馆隆重举行元宵佳节文艺联欢晚会。\n"
        "晚会以瑞狮拉开序幕，节目由各侨团侨校精心准备，吸引了近千名市民前来观看。\n"
    )
    (story,) = split_checked(text)
    assert (story["byline"], story["authors"]) == (byline, ["林晓燕", "陈志强"])


def test_topics_with_credit_words_are_no_byline():
    text = (
        "全市高考平稳开考\n"
        "高考报道 现场摄影\n"
        "6月7日，全市三万余名考生走进考场，各考点秩序井然，交警、医护人员全程保障。\n"
        "市教育局有关负责人表示，今年高考各项准备工作扎实有序。\n"
    )
    (story,) = split_checked(text)
    assert (story["byline"], story["authors"]) == (None, [])


# t441: a heading that names its piece a poem (诗歌《路》某某, 光的儿子（诗歌 作者 某某）) is followed
# by verse, though no credit line stands over it: every short line is the poem's, one paragraph
# each (一百年前, 从此: no rubric, no pen name, no headline), up to the next poem's heading.

POEM_PAGE = """某某矿工报　2024年9月10日　星期二　第4版　副刊
诗歌《井下的灯》王大力（第二采煤队）
一盏灯
照亮八百米深处
从此
黑夜不再漫长
我们把汗水
种进煤层
春天
从巷道尽头走来
光的方向 （诗歌 作者 刘小芳）
清晨
我沿着铁轨出发
远方
是一片金色的麦田
我相信
每一束光
都有它的方向
{more}责任编辑：张三　校对：李四
"""


@pytest.mark.parametrize("blank", [False, True], ids=["no-blank-lines", "blank-lines"])
def test_verse_under_a_heading_that_names_a_poem_is_the_poems(blank):
    text = POEM_PAGE.format(more="")
    if blank:
        text = "\n\n".join(text.split("\n"))
    poems = [r for r in split_checked(text) if r["kind"] == "article"]
    assert [(p["title"], len(p["paragraphs"])) for p in poems] == [
        ("诗歌《井下的灯》王大力（第二采煤队）", 8),
        ("光的方向 （诗歌 作者 刘小芳）", 7),
    ]
    assert poems[0]["paragraphs"][:3] == ["一盏灯", "照亮八百米深处", "从此"]


def test_a_prose_story_after_the_poems_is_a_story_of_its_own():
    more = (
        "矿区职工书画展开幕\n"
        "9月8日，矿区第五届职工书画展在工人文化宫开幕，共展出职工创作的书法、国画、油画作品一百二十余幅。\n"
        "展览将持续到9月底，免费向职工家属开放，展期内还将举办两场书画讲座。\n"
    )
    titles = split_titles(POEM_PAGE.format(more=more))
    assert titles[-1] == "矿区职工书画展开幕"
    assert len(titles) == 3


def test_a_news_headline_naming_a_poem_keeps_its_story_and_the_next():
    text = (
        "某某晚报　2024年9月10日　星期二　第5版　文化\n"
        "诗歌《我和我的祖国》朗诵会在市图书馆举行\n"
        "9月9日晚，由市文联主办的诗歌朗诵会在市图书馆报告厅举行，三百余名市民到场聆听。\n"
        "朗诵会上，十余位朗诵者深情演绎了多首经典诗作，现场掌声不断。\n"
        "社区老人学跳广场舞\n"
        "近日，城东社区开设广场舞培训班，每周两次，吸引了六十多位老人报名参加，大家学得认真、跳得开心。（李小红）\n"
        "责任编辑：张三\n"
    )
    assert split_titles(text) == ["诗歌《我和我的祖国》朗诵会在市图书馆举行", "社区老人学跳广场舞"]


# t444: a county site tags each story of a series before its headline (【乡村振兴 某某行动】…);
# the tag opening the page's first headline, each line it opens is a headline, even after a
# story that named no writer.

SERIES_PAGE = """某某广电网　2021年3月18日　星期四　第2版　乡村振兴
【乡村振兴 某某行动】东山镇开展村庄清洁行动
今年以来，东山镇以乡村风貌提升为抓手，组织党员干部和群众清理村庄垃圾、沟渠淤泥，拆除危旧房屋。
东山镇副镇长 李美玲：我们计划在月底前完成全镇十二个村的清理工作。
【乡村振兴 某某行动】西岭镇组建志愿施工队助力乡村建设
为加快推进乡村风貌提升工作，西岭镇组建了十支群众志愿施工队，利用农闲时间开展微改造。
在志愿施工队的帮助下，村头村尾的绿化美化焕然一新，群众纷纷点赞。
“建设的是一个小小的垃圾池，联系的是干群鱼水情！”（黄小书）
遗失声明
某某县某某农业专业合作社遗失公章一枚，声明作废。
责任编辑：张三　校对：李四
"""


def test_a_series_tag_opens_each_headline_of_the_series():
    assert split_titles(SERIES_PAGE) == [
        "【乡村振兴 某某行动】东山镇开展村庄清洁行动",
        "【乡村振兴 某某行动】西岭镇组建志愿施工队助力乡村建设",
    ]


def test_a_storys_last_words_and_credit_over_a_notice_stay_the_storys():
    # …鱼水情！”（某某）: closed by its writer's name, no heading of the notice under it.
    records = split_checked(SERIES_PAGE)
    notice = next(r for r in records if r["kind"] == "notice")
    story = [r for r in records if r["kind"] == "article"][-1]
    assert (notice["title"], notice["subtitle"]) == ("遗失声明", None)
    assert story["paragraphs"][-1] == "“建设的是一个小小的垃圾池，联系的是干群鱼水情！”（黄小书）"


def test_tags_over_the_parts_of_one_credited_story_open_no_items():
    text = (
        "城南街道举办新春送温暖活动\n"
        "本报记者　张小明\n"
        "1月20日，城南街道在社区广场举办新春送温暖活动，为辖区困难家庭送去米面油和春联。\n"
        "【现场】村民排队领取新春礼包\n"
        "活动现场，志愿者们忙着登记、发放物资，不少老人早早就来到广场排队。\n"
        "【现场】志愿者为老人写春联\n"
        "书法志愿者现场挥毫泼墨，为居民书写春联和福字，浓浓的年味扑面而来。\n"
        "街道负责人表示，将持续开展走访慰问，让困难群众过一个温暖祥和的春节。\n"
    )
    (story,) = split_checked(text)
    assert "【现场】志愿者为老人写春联" in story["paragraphs"]


# Review 40 (/work/review40.md) of the rules above, and rounds 80-81's t445, t446 and t448.


def test_a_prize_list_wider_than_the_column_stays_in_its_story():
    # Lines as wide as each other, one after another: a list's, not banner headlines.
    text = (
        "某某晚报　2024年2月5日　星期一　第5版　城事\n"
        "市老年大学举办书画展\n"
        "　　为庆祝新春佳节，市老年大学将于春节\n"
        "期间举办学员书画作品展，展出学员创作的\n"
        "书法、国画、油画作品一百二十余幅。\n"
        "　　展览免费向市民开放，欢迎广大市民前\n"
        "来参观。\n"
        "　　获奖名单如下：\n"
        "一等奖 王大明《春到山村》 李小红《梅》 赵小刚《晨光》 孙小丽《家乡的河》 周小军《秋》\n"
        "二等奖 吴小梅《松》 郑小华《竹》 钱小龙《兰》 冯小花《菊》 陈小东《晨曦》 褚小西《故园》\n"
        "责任编辑：张三\n"
    )
    assert split_titles(text) == ["市老年大学举办书画展"]


def test_a_headline_naming_a_poem_over_short_sentences_is_news():
    text = (
        "某某晚报　2024年9月10日　星期二　第5版　文化\n"
        "诗歌《我和我的祖国》朗诵会举行\n"
        "本报讯　9月9日晚，市诗歌朗诵会在图书馆举行。\n"
        "三百余名市民到场聆听。\n"
        "十余位朗诵者演绎了多首经典诗作。\n"
        "社区老人学跳广场舞\n"
        "近日，城东社区开设广场舞培训班。\n"
        "六十多位老人报名参加。（李小红）\n"
        "责任编辑：张三\n"
    )
    assert split_titles(text) == ["诗歌《我和我的祖国》朗诵会举行", "社区老人学跳广场舞"]


FUKAN_PAGE = """某某矿工报　2024年9月10日　星期二　第4版　副刊
{title}
{poet}
井口
一盏灯
照亮八百米深处
从此
黑夜不再漫长
传送矿石的
皮带
把春天送出巷道
小城旧事
李四
那年冬天，我十二岁。
父亲从城里回来，带回一盏煤油灯。
母亲说，这灯真亮。
责任编辑：王五
"""


@pytest.mark.parametrize(
    "title, poet, byline, authors",
    [
        ("矿山印象（组诗）", "□王大力", "王大力", ["王大力"]),
        ("秋天的信（外一首）", "张三", "张三", ["张三"]),
        ("钢城抒怀", "（某某钢铁集团李永刚）", "某某钢铁集团李永刚", ["李永刚"]),  # t445
    ],
)
def test_a_poem_under_its_poet_then_a_prose_piece(title, poet, byline, authors):
    # The poet on a line of their own under the poem's heading; a word under a line left
    # hanging on 的 (皮带) is the verse's, no credit; the essay's writer (李四) is the essay's.
    poem, essay = [
        r
        for r in split_checked(FUKAN_PAGE.format(title=title, poet=poet))
        if r["kind"] == "article"
    ]
    assert (poem["title"], poem["byline"], poem["authors"]) == (title, byline, authors)
    assert poem["paragraphs"][-3:] == ["传送矿石的", "皮带", "把春天送出巷道"]
    assert (essay["title"], essay["byline"], len(essay["paragraphs"])) == ("小城旧事", "李四", 3)


@pytest.mark.parametrize("credit", ["（金华报道 李小红摄影）", "（高考报道 高清摄影）"])
def test_a_place_or_topic_before_a_credit_word_names_no_one(credit):
    text = (
        "曼德勒华侨欢庆元宵佳节\n"
        f"{credit}\n"
        "2月5日至7日，一连三天，曼德勒云南同乡会于云南会馆隆重举行元宵佳节文艺联欢晚会。\n"
        "晚会以瑞狮拉开序幕，节目由各侨团侨校精心准备，吸引了近千名市民前来观看。\n"
    )
    (story,) = split_checked(text)
    assert story["authors"] != [credit[1:3], credit[-6:-4]]
    assert story["byline"] is None


def test_a_text_and_photos_credit_with_the_word_for_pictures():
    # t448: 文字：某某　图片：某某 closes a campus site's story, over the page's notice.
    text = (
        "“新闻媒体校园采风”活动圆满举行\n"
        "4月9日，来自省内十余家新闻媒体的记者走进校园，参观了实验室和校史馆。\n"
        "记者们表示，这次采风让他们对学校的发展有了更深的了解。\n"
        "文字：纪某某　图片：郭某某\n"
        "遗失声明\n"
        "某某有限公司遗失公章一枚，声明作废。\n"
    )
    story, notice = split_checked(text)
    assert (story["byline"], story["authors"]) == (
        "文字：纪某某　图片：郭某某",
        ["纪某某", "郭某某"],
    )
    assert notice["title"] == "遗失声明"


# Round 82's t451: a campus site's credit line names who checked and who released the copy
# (核稿：, 编发：), and a two-character name padded after a role's colon (记者：郭 伟).


@pytest.mark.parametrize(
    "credit, authors",
    [
        ("记者：郭 伟 兰天峨", ["郭 伟", "兰天峨"]),
        (
            "作者：唐某某   核稿：郭  伟   摄影：杜某某  编发：曹某某",
            ["唐某某", "郭  伟", "杜某某", "曹某某"],
        ),
    ],
)
def test_a_campus_credit_line_with_its_checkers_and_padded_names(credit, authors):
    text = (
        "我校第十八届全国校友代表联谊会举行\n"
        f"{credit}\n"
        "本网讯  9月23日上午，在庆祝我校建校70周年之际，第十八届全国校友代表联谊会在学术报告厅举行。\n"
        "联谊会上，工作人员首先宣读了贺信，各地校友代表先后发言，回顾在校学习生活。\n"
        "学校举办新生开学典礼\n"
        "记者：曹某某\n"
        "本网讯 9月10日，学校在体育场隆重举行新生开学典礼，五千余名新生参加。\n"
    )
    first, second = split_checked(text)
    assert (first["byline"], first["authors"]) == (credit, authors)
    assert second["title"] == "学校举办新生开学典礼"


def test_a_headline_that_opens_with_a_checkers_word_is_no_credit():
    text = (
        "核稿严把关 编发零差错\n"
        "本报讯 今年以来，报社编辑部严格落实三审三校制度，全年见报稿件零差错。\n"
        "编辑部负责人表示，将持续完善审校流程。\n"
    )
    (story,) = split_checked(text)
    assert (story["title"], story["byline"]) == ("核稿严把关 编发零差错", None)


# Round 82's t450: a visit's headline ends on the host's 公司 (…一行来访我公司), as a signature
# does; a body signs with its own name, never 我 nor a visit's verb.

VISIT_STORIES = (
    "集团领导赴纪念馆开展党史学习教育\n"
    "5月12日，集团领导及有关部门负责人赴纪念馆开展党史学习教育现场学习。\n"
    "大家表示，党的历史是最生动、最有说服力的教科书。\n"
    "{heading}\n"
    "12月13日，某某报社社长带队来我公司，与公司领导座谈交流，双方就新闻宣传工作深入交换意见。\n"
    "公司领导对报社一行的到来表示热烈欢迎。\n"
)


@pytest.mark.parametrize("heading", ["某某报社一行来访我公司", "省总工会一行莅临某某公司"])
def test_a_visits_headline_ending_on_the_hosts_name_is_a_headline(heading):
    titles = split_titles(VISIT_STORIES.format(heading=heading))
    assert titles == ["集团领导赴纪念馆开展党史学习教育", heading]


def test_a_body_still_signs_its_notice():
    text = (
        "停水通知\n"
        "因管网维修，3月5日8时至18时城区部分区域停水，请用户提前做好储水准备。\n"
        "某某市自来水有限公司\n"
        "2024年3月3日\n"
    )
    (notice,) = split_checked(text)
    assert notice["kind"] == "notice" and "某某市自来水有限公司" in notice["paragraphs"]


# Round 83's t454: a community site closes each item with its posting date as eight digits in
# brackets (（20180213）): the item's last line, no phone number (an ad) and no section's
# number (a crosshead).


def test_a_posting_date_of_eight_digits_closes_its_item():
    text = (
        "科隆侨社清明扫墓\n"
        "【巴华网讯】慎终追远，纪念前贤，是中华民族的优良传统。清明时节，科隆中华公所组织侨胞扫墓。\n"
        "门前的对联深刻反映出百多年来海外侨胞的家国情怀。\n"
        "（20190331）\n"
        "遗失声明\n"
        "某某贸易有限公司不慎遗失营业执照副本一份，声明作废。\n"
    )
    story, notice = split_checked(text)
    assert story["paragraphs"][-1] == "（20190331）"
    assert (notice["kind"], notice["title"]) == ("notice", "遗失声明")


def test_a_bracketed_section_number_still_heads_its_section():
    text = (
        "我市出台稳就业二十条措施\n"
        "本报讯 近日，市政府印发稳就业若干措施，从四个方面提出二十条具体举措，涵盖企业补贴、高校毕业生就业等。\n"
        "（1）加大企业补贴力度\n"
        "对吸纳就业的企业，按新招用人数给予一次性补贴，每人一千元，政策执行到今年年底。\n"
        "（12）完善就业服务体系\n"
        "支持高校毕业生到基层就业，落实学费补偿和助学贷款代偿政策，拓宽就业渠道。\n"
    )
    (story,) = split_checked(text)
    assert "（12）完善就业服务体系" in story["paragraphs"]


# Review 41 (/work/review41.md): an indented line over a flush headline taken for the story's
# last caption was taken back (kickers, centred headlines and pull quotes stand so too); these
# guard what the review found.


@pytest.mark.parametrize("note", ["", "（作者系某某集团高管）\n"])
def test_numbered_sections_stay_in_their_story_and_a_writers_note_credits_no_one(note):
    text = (
        "某某市全力推进老旧小区改造\n"
        "本报记者 张三\n"
        "本报讯 今年以来，某某市把老旧小区改造作为重要民生工程，统筹推进，取得明显成效。\n"
        "（1）群众参与 共商共建\n"
        "改造前，社区组织居民召开议事会，广泛征求意见，确定改造内容。\n"
        "（2）因地制宜 精准施策\n"
        "各街道根据小区实际情况，制定“一区一策”改造方案。\n"
        f"{note}"
    )
    (story,) = split_checked(text)
    assert (story["byline"], story["authors"]) == ("本报记者 张三", ["张三"])
    assert "（2）因地制宜 精准施策" in story["paragraphs"]


def test_a_body_named_for_visitors_still_signs_its_notice():
    text = (
        "公 告\n"
        "为进一步畅通群众诉求表达渠道，自2025年3月1日起，我中心接待地点迁至某某路18号市民服务中心三楼。\n"
        "特此公告。\n"
        "某某市人民来访接待中心\n"
        "某某县举办农民丰收节\n"
        "本报讯 9月23日，某某县在某某镇举办农民丰收节庆祝活动，千余名群众参加。\n"
    )
    notice, story = split_checked(text)
    assert notice["paragraphs"][-1] == "某某市人民来访接待中心"
    assert story["title"] == "某某县举办农民丰收节"


def test_short_prose_under_its_writer_is_no_poem():
    text = (
        "小城的早晨\n张三\n"
        "天刚亮，街上就热闹起来。\n卖早点的摊子冒着热气。\n老人们在公园里打太极。\n"
        "孩子们背着书包去上学。\n环卫工人已扫完了街道。\n这就是我的小城。\n"
        "某某县举办农民丰收节\n千余名群众共庆丰收\n"
        "本报讯 9月23日，某某县在某某镇举办农民丰收节庆祝活动，千余名群众参加，现场展示了各乡镇的特色农产品。\n"
    )
    titles = split_titles(text)
    assert titles == ["小城的早晨", "某某县举办农民丰收节"]


def test_indented_captions_over_their_flush_credit_keep_it():
    text = (
        "老报纸里的元旦\n"
        "  1962年的《某某日报》\n"
        "  1995年的《某某日报》\n"
        "□ 蔡某某\n"
        "  岁序更替，华章日新。翻开一张张泛黄的老报纸，元旦的喜庆气氛扑面而来，记录着\n"
        "这座城市走过的岁月。\n"
        "  每一张老报纸，都是一段历史的见证。\n"
    )
    (story,) = split_checked(text)
    assert (story["title"], story["byline"]) == ("老报纸里的元旦", "蔡某某")


# Round 84 (twenty-third session): a hospital's news pages (t460).


@pytest.mark.parametrize("bar", ["│", "｜", "|"])
def test_names_parted_by_a_bar_under_a_headline_are_its_credit(bar):
    text = (
        f"某某医院举办护理技能大赛\n张丽华{bar}刘晓\n"
        "5月10日，某某医院举办护理技能大赛，来自全院各科室的60名护士参加比赛。\n"
        "比赛分为理论考试和操作考核两个部分，评委现场打分。\n"
    )
    (story,) = split_checked(text)
    assert (story["byline"], story["authors"]) == (f"张丽华{bar}刘晓", ["张丽华", "刘晓"])


@pytest.mark.parametrize(
    "headline",
    [
        "百年院史 | 外科发展史上，这支团队有点厉害……",
        "院史钩沉｜那些年，我们一起走过的路。",
        "记录我们的2025 | 盘点本院年度“十大新闻”，第一条就是它！",
    ],
)
def test_a_topic_and_a_bar_open_a_headline_whatever_its_end(headline):
    text = (
        "某某医院获评先进基层党组织\n"
        "接上级文件，某某医院党委被表彰为先进基层党组织，两名同志被表彰为优秀党务工作者。\n"
        f"{headline}\n"
        "抗战胜利后，省立医院随省府迁回省城，这一时期山城已无规模性医院。\n"
        "1951年底，第一位外科专科医师毕业分配来院，负责接诊外科病人。\n"
    )
    assert split_titles(text) == ["某某医院获评先进基层党组织", headline]


def test_a_sentence_with_a_bar_heads_nothing():
    text = (
        "某某县举办农民丰收节\n"
        "本报讯 9月23日，某某县在某某镇举办农民丰收节庆祝活动，千余名群众参加。\n"
        "他说，这件事 | 那件事都要办好。\n"
        "现场还展示了各乡镇的特色农产品，吸引了众多市民前来选购。\n"
    )
    assert split_titles(text) == ["某某县举办农民丰收节"]


def test_a_credit_with_a_bar_under_a_headline_stays_its_credit():
    text = (
        "某某县举办农民丰收节\n"
        "记 者 | 张子鹤 赵 鑫\n"
        "本报讯 9月23日，某某县在某某镇举办农民丰收节庆祝活动，千余名群众参加。\n"
    )
    (story,) = split_checked(text)
    assert (story["title"], story["byline"]) == ("某某县举办农民丰收节", "记 者 | 张子鹤 赵 鑫")
