"""`split` on the real-text corpus (tests/corpus): scores, golds, and the probes of issue 10.

The scores are printed for both halves (run with -s to see them). The floors are today's
scores less a small margin: a change that makes the splitter worse fails here. The targets
(records F1 and field accuracy of 0.95 on the held-out half) are not reached yet.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from conftest import ROOT, corpus_files, run

sys.path.insert(0, str(ROOT / "tests" / "corpus"))
import agreement  # noqa: E402
import check_gold  # noqa: E402
import evaluate  # noqa: E402
import reorder  # noqa: E402

FLOORS = {  # records F1, field accuracy, coverage
    # (393 issues; 0.950 / 0.946 / 0.943 today: fresh outlets' pages, added as they score
    # before any rule sees them, bring the floor down, not a change of the splitter)
    "tuning": (0.94, 0.94, 0.93),
    "heldout": (0.89, 0.88, 0.90),
}
TARGET = 0.95
GOLDS = corpus_files("*.json")


def test_corpus_has_both_halves():
    for half in FLOORS:
        assert len(evaluate.gold_pairs(half)) >= 12


@pytest.mark.parametrize("gold", GOLDS, ids=lambda p: p.stem)
def test_gold_is_consistent_with_its_text(gold):
    assert check_gold.check(gold) == []


@pytest.mark.parametrize("half", sorted(FLOORS))
def test_corpus_scores(half, capsys):
    score = evaluate.score_set(evaluate.gold_pairs(half))
    with capsys.disabled():
        print(
            f"\n{half}: records F1 {score.f1:.3f}, field accuracy {score.field_accuracy:.3f}, "
            f"coverage {score.coverage:.3f} (target {TARGET})"
        )
    # Only the three numbers reach the failure message: the score's misses name held-out
    # records, which nobody may read.
    now = (score.f1, score.field_accuracy, score.coverage)
    under = [f"{n:.3f} < {floor}" for n, floor in zip(now, FLOORS[half]) if n < floor]
    assert not under, f"{half} under its floors: {', '.join(under)}"


MARGIN_CHECK = 1.0  # README: "a record with a margin under 1"
MARGIN_RATIO_FLOORS = {"tuning": 6.0, "heldout": 2.5}  # (12.2 and 4.0 today)


@pytest.mark.parametrize("half", sorted(MARGIN_RATIO_FLOORS))
def test_low_margins_mark_the_records_to_check(half, capsys):
    # A record under the margin is wrong (no gold record matches it) far more often than the
    # rest: the margin tells a user which records to read first.
    check = evaluate.check_margins(evaluate.gold_pairs(half), MARGIN_CHECK)
    low, high = check.rate("low"), check.rate("high")
    with capsys.disabled():
        print(
            f"\n{half}: {check.low} of {check.low + check.high} records under margin "
            f"{MARGIN_CHECK}, {low:.1%} of them wrong ({high:.1%} of the rest); they hold "
            f"{check.low_wrong} of the {check.low_wrong + check.high_wrong} wrong records"
        )
    assert low >= MARGIN_RATIO_FLOORS[half] * high


SECOND_GOLDS = sorted(agreement.SECOND.glob("*/*.json"))
AGREEMENT_FLOORS = {"tuning": 0.95, "heldout": 0.97}  # first ~ second records F1 (0.973, 0.988)


@pytest.mark.parametrize("gold", SECOND_GOLDS, ids=lambda p: f"{p.parent.name}-{p.stem}")
def test_second_gold_is_consistent_with_its_text(gold):
    text = evaluate.CORPUS / gold.parent.name / gold.with_suffix(".txt").name
    assert check_gold.check(gold, text) == []


@pytest.mark.parametrize("half", sorted(AGREEMENT_FLOORS))
def test_two_annotators_agree(half, capsys):
    # How far two careful readers agree is the ceiling the targets may ask of split: a gold
    # edited away from the conventions shows here.
    count, totals = agreement.agreement(half)
    with capsys.disabled():
        for pair, score in totals.items():
            print(f"\n{half} ({count} issues), {pair}: records F1 {score.f1:.3f}", end="")
    assert count >= 12
    assert totals["first ~ second"].f1 >= AGREEMENT_FLOORS[half]


# Share of gold records given back exactly when the items are set in reverse order.
ORDER_FLOORS = {"tuning": 0.89, "heldout": 0.80}  # (0.911 and 0.822 with 290 and 90 issues)


@pytest.mark.parametrize("half", sorted(ORDER_FLOORS))
def test_records_do_not_depend_on_the_order_of_the_items(half, capsys):
    kept = total = 0
    for path in evaluate.gold_pairs(half):
        hit, count, _ = reorder.kept_in_reverse(path)
        kept, total = kept + hit, total + count
    with capsys.disabled():
        print(f"\n{half}, items in reverse order: {kept} of {total} records kept")
    assert kept / total >= ORDER_FLOORS[half], f"{kept / total:.3f} < {ORDER_FLOORS[half]}"


def split(text: str) -> list[dict]:
    result = run("split", input=text)
    assert result.code == 0, result.stderr
    return result.records


BODY = "记者从市发展改革委获悉，今年全市重点项目建设进展顺利，一季度完成投资同比增长一成以上，多个项目提前开工建设。"


@pytest.mark.parametrize(
    "headline",
    ["全年城乡居民人均增收1200元", "报价不超过5元"],
)
def test_headlines_with_prices_are_headlines(headline):
    records = split(f"{headline}\n本报讯 {BODY}\n")
    assert [(r["kind"], r["title"]) for r in records] == [("article", headline)]


def test_brief_with_free_and_hotline_is_an_article():
    text = f"社区开设免费课堂\n本报讯 社区本周起开设免费书法课堂，每周六上午授课，咨询电话：0351-1234567。{BODY}\n"
    assert [r["kind"] for r in split(text)] == ["article"]


def test_question_headline_opens_a_record():
    text = f"老旧小区怎样改才满意？\n本报讯 {BODY}\n谁来守护城市的夜晚？\n本报记者 张明\n{BODY}\n"
    records = split(text)
    assert [r["title"] for r in records] == ["老旧小区怎样改才满意？", "谁来守护城市的夜晚？"]


def test_end_mark_closes_the_wire_story():
    text = f"两国签署合作协议\n新华社北京3月2日电 {BODY}\n（完）\n春季植树活动启动\n本报讯 {BODY}\n"
    records = split(text)
    assert [r["title"] for r in records] == ["两国签署合作协议", "春季植树活动启动"]
    assert records[0]["paragraphs"][-1] == "（完）"


@pytest.mark.parametrize("bullet", ["□", "■", ""])
def test_bulleted_opening_byline(bullet):
    records = split(f"春耕备耕正当时\n{bullet}本报记者 张三 李四\n{BODY}\n")
    assert records[0]["byline"] == "本报记者 张三 李四"
    assert records[0]["authors"] == ["张三", "李四"]
    assert records[0]["subtitle"] is None


def test_rubric_goes_to_subtitle():
    records = split(f"◆暑期关注◆\n游泳安全不容忽视\n本报讯 {BODY}\n")
    assert records[0]["title"] == "游泳安全不容忽视"
    assert records[0]["subtitle"] == "◆暑期关注◆"


def test_editorial_credit_line_is_the_byline():
    records = split(f"以实干开新局\n本报评论员\n{BODY}\n")
    assert (records[0]["title"], records[0]["subtitle"], records[0]["byline"]) == (
        "以实干开新局",
        None,
        "本报评论员",
    )


def test_page_furniture_is_its_own_record():
    text = f"太原日报　2025年1月18日　星期六　第3版　要闻\n春季植树活动启动\n本报讯 {BODY}\n责任编辑：王某　美术编辑：李某　校对：张某\n"
    records = split(text)
    assert [r["kind"] for r in records] == ["page", "article", "page"]
    assert records[1]["title"] == "春季植树活动启动"


def test_numbered_crosshead_stays_in_the_article():
    text = f"春耕备耕正当时\n本报讯 {BODY}\n一、农资供应充足\n{BODY}\n二、技术服务到田\n{BODY}\n"
    records = split(text)
    assert len(records) == 1
    assert "一、农资供应充足" in records[0]["paragraphs"]


def test_traditional_dump_keeps_leads_and_bylines():
    text = "市區新增三條公交線路\n本報記者 王明\n本報訊 市公交公司3月1日起新開三條公交線路，連接高鐵站、大學城和新建小區，方便群眾出行。\n"
    records = split(text)
    assert records[0]["lead"] == "本報訊"
    assert records[0]["byline"] == "本報記者 王明"
    assert records[0]["authors"] == ["王明"]


def test_glued_credit_gives_the_name():
    records = split(f"春耕备耕正当时\n本报讯（记者成欣）{BODY}\n")
    assert records[0]["byline"] == "记者成欣"
    assert records[0]["authors"] == ["成欣"]


def test_no_blank_lines_is_not_one_masthead():
    path = Path(evaluate.gold_pairs("tuning")[0])
    text = path.with_suffix(".txt").read_bytes().decode("utf-8")
    records = split("\n".join(line for line in text.splitlines() if line.strip()))
    assert sum(r["kind"] == "article" for r in records) >= 3
