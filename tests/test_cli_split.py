"""`newscli split` as a user runs it: options, inputs, and bad input."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from conftest import FIXTURES, ROOT, SAMPLE, run


def test_records_follow_schema(sample_records):
    first = sample_records[0]
    assert list(first)[:5] == ["id", "issue", "date", "seq", "kind"]
    assert first["id"] == "000_4b4ff49425def47a-001"
    assert first["issue"] == "000_4b4ff49425def47a"
    assert first["source"] == str(SAMPLE)
    assert first["chars"] == sum(not c.isspace() for c in first["text"])


def test_output_is_utf8_not_escaped():
    result = run("split", SAMPLE)
    assert "省政府工作报告寄望太原".encode() in result.stdout
    assert b"\\u" not in result.stdout


def test_ids_are_stable_across_runs():
    assert run("split", SAMPLE).stdout == run("split", SAMPLE).stdout


def test_records_are_the_same_in_processes_with_other_hash_seeds():
    """Ids and every other field do not depend on the process: two interpreters with different
    string hashing (set and dict order) give the same bytes as this one."""
    inputs = [SAMPLE, *sorted(FIXTURES.glob("*.txt"))]
    outputs = []
    for seed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        done = subprocess.run(
            [sys.executable, "-m", "newscli", "split", "-j", "1", *map(str, inputs)],
            capture_output=True,
            env=env,
            timeout=300,
        )
        assert done.returncode == 0, done.stderr
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1] == run("split", "-j", "1", *inputs).stdout


def test_issue_and_date_options():
    result = run("split", SAMPLE, "--issue", "ty", "--date", "2025-01-18")
    assert result.records[2]["id"] == "ty-003"
    assert {r["date"] for r in result.records} == {"2025-01-18"}


def test_date_found_in_file_name(tmp_path):
    path = tmp_path / "taiyuan_20250118.txt"
    shutil.copy(SAMPLE, path)
    records = run("split", path).records
    assert records[0]["date"] == "2025-01-18"
    assert records[0]["issue"] == "taiyuan_20250118"


def test_stdin_issue_is_stdin_and_source_null():
    records = run("split", input=SAMPLE.read_bytes()).records
    assert records[0]["id"] == "stdin-001"
    assert records[0]["source"] is None


def test_bad_date_is_an_error():
    result = run("split", SAMPLE, "--date", "18/01/2025")
    assert result.code == 2 and "--date" in result.stderr


def test_issue_refused_for_several_inputs():
    result = run("split", SAMPLE, SAMPLE, "--issue", "x")
    assert result.code == 2 and "single input" in result.stderr


def test_directory_gives_its_txt_files_in_name_order(tmp_path):
    for name in ("b_issue.txt", "a_issue.txt"):
        shutil.copy(FIXTURES / "crlf_indented.txt", tmp_path / name)
    (tmp_path / "notes.md").write_text("# not an issue")
    issues = [r["issue"] for r in run("split", tmp_path).records]
    assert issues == ["a_issue", "a_issue", "b_issue", "b_issue"]


def test_gb18030_detected_and_explicit_encoding_error():
    path = FIXTURES / "gb18030_wire.txt"
    assert run("split", path).records[0]["title"] == "全国冬小麦长势总体良好"
    result = run("split", path, "--encoding", "utf-8")
    assert result.code == 2
    assert result.stderr.startswith("newscli: error: ") and str(path) in result.stderr
    assert "--encoding" in result.stderr and "Traceback" not in result.stderr


def test_gb18030_with_roman_numerals_is_still_detected(tmp_path):
    # A tuning issue in GB18030 with one line of Ⅱ Ⅲ Ⅳ: one chunk of such symbols once made
    # the encoding detector give up on the whole file.
    original = ROOT / "tests" / "corpus" / "tuning" / "t71_cqwb.txt"
    lines = original.read_bytes().decode("gb18030").split("\n")
    lines.insert(3, "第Ⅱ部分　Ⅲ　Ⅳ")
    path = tmp_path / "numerals.txt"
    path.write_bytes("\n".join(lines).encode("gb18030"))
    result = run("split", path)
    assert result.code == 0, result.stderr
    assert "第Ⅱ部分　Ⅲ　Ⅳ" in result.stdout.decode("utf-8")


def test_utf8_bom_is_dropped():
    records = run("split", input=b"\xef\xbb\xbf" + SAMPLE.read_bytes()).records
    assert records[0]["title"] == "省政府工作报告寄望太原"


def test_empty_file_gives_no_records(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"\n\n")
    result = run("split", path)
    assert (result.code, result.stdout) == (0, b"")


def test_missing_path():
    result = run("split", "no/such/issue.txt")
    assert result.code == 2
    assert result.stderr == "newscli: error: no/such/issue.txt: no such file or directory\n"


def test_directory_without_issues(tmp_path):
    result = run("split", tmp_path)
    assert result.code == 2 and "no *.txt" in result.stderr


def test_binary_file(tmp_path):
    path = tmp_path / "scan.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    result = run("split", path)
    assert result.code == 2 and "binary" in result.stderr


def test_unknown_option_is_one_line():
    result = run("split", "--no-such-option")
    assert result.code == 2
    assert result.stderr.count("\n") == 1 and "newscli split --help" in result.stderr


def test_bare_newscli_prints_help_on_stderr():
    result = run()
    assert result.code == 2 and result.stdout == b""
    assert result.stderr.startswith("Usage: newscli") and "convert-traditional" in result.stderr


def test_help_lists_every_command():
    text = run("--help").text
    for name in ("split", "list", "show", "grep", "stats", "export", "convert-traditional"):
        assert f"  {name} " in text


def test_explain_gives_every_line_a_role():
    import re

    from conftest import FIXTURES

    path = FIXTURES / "opening_byline.txt"
    result = run("split", "--explain", path)
    assert result.code == 0, result.stderr
    rows = result.records
    covered = {n for row in rows for n in range(row["lines"][0], row["lines"][1] + 1)}
    nonblank = {
        n
        for n, line in enumerate(re.split(r"\r\n|\r|\n", path.read_text("utf-8")), 1)
        if line.strip()
    }
    assert nonblank <= covered
    roles = {row["text"]: row["role"] for row in rows}
    assert roles["春耕备耕正当时"] == "headline"
    assert roles["本报记者 周强 吴婷"] == "byline"
    assert roles["一、农资供应充足"] == "crosshead"
    assert all(row["features"] for row in rows)


SURE_ISSUE = (  # two credited stories: each boundary is sure
    "春季招聘会提供岗位三千余个\n"
    "本报讯（记者 张某）3月12日，某某区春季招聘会在区体育馆举行，共有一百二十家企业参加。\n"
    "不少求职者带着简历早早赶来，与企业负责人面对面交流，现场气氛热烈。\n"
    "城区新建公共停车场十二处\n"
    "本报讯（记者 王某）为缓解停车难，今年城区新建改建公共停车场十二处，新增车位三千个。\n"
)
DOUBTFUL_ISSUE = (  # an uncredited story: its short line may be a crosshead or a headline
    "春季招聘会提供岗位三千余个\n"
    "3月12日，某某区春季招聘会在区体育馆举行，共有一百二十家企业参加。\n"
    "现场气氛热烈\n"
    "不少求职者带着简历早早赶来，与企业负责人面对面交流。\n"
)


def test_a_records_margin_says_how_surely_it_was_drawn():
    sure = run("split", input=SURE_ISSUE).records
    doubtful = run("split", input=DOUBTFUL_ISSUE).records
    assert all(0.0 <= r["margin"] <= 10.0 for r in sure + doubtful)
    assert max(r["margin"] for r in doubtful) < 2.0 <= min(r["margin"] for r in sure)


@pytest.mark.parametrize(
    "issue",
    [
        # a bracketed credit: the close of the story above, or an untitled story's opening?
        "城区新建公共停车场十二处\n本报讯 为缓解停车难，今年城区新建改建公共停车场十二处，新增车位三千个。\n"
        "（张三）\n某某区春季招聘会在区体育馆举行，共有一百二十家企业参加，提供岗位三千余个。\n"
        "不少求职者带着简历早早赶来，现场气氛热烈。\n",
        # a paper's hotline box: a notice, or the colophon's line?
        "城区新建公共停车场十二处\n本报讯（记者 王某）为缓解停车难，今年城区新建改建公共停车场十二处。\n"
        "（王某）\n新闻热线\n晚报新闻热线：0553-0000000　短信报料：00000000\n"
        "责任编辑：张三　校对：李四\n",
    ],
    ids=["credit-between-stories", "hotline-box"],
)
def test_a_margin_sees_credits_and_box_kinds_in_doubt(issue):
    # (review 27: once only heading / box / story changes counted, and these read as sure)
    assert min(r["margin"] for r in run("split", input=issue).records) < 1.0


def test_a_line_no_reading_reaches_leaves_the_other_margins_alone():
    # An editor line, then a wire's end mark: no grammatical reading reaches （完）. Its
    # record is in doubt; the story above, headline, lead and credit, is not.
    issue = (
        "城区新建公共停车场十二处\n本报讯 为缓解停车难，今年城区新建改建公共停车场十二处，新增车位三千个。\n"
        "（张三）\n责任编辑：李四　校对：王五\n（完）\n"
    )
    records = run("split", input=issue).records
    assert records[0]["margin"] >= 2.0 and records[-1]["margin"] == 0.0


def test_explain_gives_each_line_its_margin():
    rows = run("split", "--explain", input=DOUBTFUL_ISSUE).records
    margins = {row["text"]: row["margin"] for row in rows}
    # the short line decides the boundary: its margin is low; a sentence is surely text
    assert margins["现场气氛热烈"] < 2.0
    assert margins["不少求职者带着简历早早赶来，与企业负责人面对面交流。"] >= 2.0


@pytest.mark.parametrize("columns", [80, 120])
def test_explain_on_a_terminal_is_an_aligned_table_that_fits(columns):
    from test_issue14_terminal import assert_fits, on_terminal

    code, output = on_terminal(
        "split", "--explain", FIXTURES / "opening_byline.txt", columns=columns
    )
    assert code == 0
    lines = output.rstrip("\n").split("\n")
    assert lines[0].startswith("# ") and lines[0].endswith("opening_byline.txt")
    assert_fits(output, columns)
    roles = [line.split()[1] for line in lines[1:]]
    assert roles[:3] == ["headline", "byline", "body"] and "crosshead" in roles
