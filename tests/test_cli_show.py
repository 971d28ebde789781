"""`newscli show` on the sample issue, as a user runs it."""

from __future__ import annotations

from conftest import SAMPLE, columns, run


def test_show_by_number_prints_article_with_byline():
    result = run("show", "7", SAMPLE, "--width", "60")
    assert result.code == 0
    lines = result.text.splitlines()
    assert lines[1] == "以“食”力驱动太原发展动能"
    assert "阎铁洁" in lines[3]
    body = "".join(line.strip("\u3000") for line in lines[5:])
    assert "作为港澳委员，陈炳强一直有意为港澳两地" in body
    assert all(columns(line) <= 60 for line in lines[5:]) and max(map(columns, lines[5:])) >= 56


def test_show_by_title_markdown():
    result = run("show", "--title", "美食", SAMPLE, "--format", "markdown")
    assert result.text.startswith("# 以“食”力驱动太原发展动能\n")


def test_show_continuation_pages_and_json():
    text = run("show", "000_4b4ff49425def47a-002", SAMPLE).text
    assert "continued from page 1" in text
    records = run("show", "2", SAMPLE, "-f", "json").records
    assert records[0]["continued_from"] == 1


def test_show_nothing_found_exits_1_with_suggestions():
    result = run("show", "--title", "美食之城", SAMPLE)
    assert result.code == 1 and "北国美食之都" in result.stderr
    result = run("show", "99", SAMPLE)
    assert result.code == 1 and "1 to 10" in result.stderr


def test_show_number_ambiguous_across_issues(tmp_path):
    other = tmp_path / "other.txt"
    other.write_bytes(SAMPLE.read_bytes())
    result = run("show", "3", SAMPLE, other)
    assert result.code == 2 and "full id" in result.stderr


def test_show_never_starts_a_line_with_closing_punctuation():
    from newscli.display import NO_LINE_START

    for width in range(40, 101, 3):
        lines = run("show", "5", SAMPLE, "--width", str(width)).text.splitlines()[5:]
        assert all(line[:1] not in NO_LINE_START for line in lines), width
        assert all(columns(line) <= width for line in lines)


def test_show_says_when_split_drew_a_record_unsurely():
    # Record 6 of the sample opens after a continuation's text with no credit of its own
    # between (its margin is under 1); record 7 has its headline, credit and lead.
    unsure = run("show", "6", SAMPLE).text.splitlines()
    assert "split unsure (margin 0." in unsure[3]
    assert "split unsure" not in run("show", "7", SAMPLE).text
