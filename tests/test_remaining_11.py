"""Issue 11 remnants (items 16, 17 and 21): option bounds, odd records and the views of odd ids."""

from __future__ import annotations

import orjson
import pytest

from conftest import SAMPLE, run

HUGE = "99999999999999999999"


def one_error_line(result) -> str:
    assert result.code == 2, (result.code, result.stderr)
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("newscli: error: "), (
        result.stderr
    )
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr
    return result.stderr


def jsonl(*records: dict) -> bytes:
    return b"".join(orjson.dumps(r) + b"\n" for r in records)


# Item 16: a record without `kind` is counted as a kind of its own.
def test_stats_counts_records_without_kind_apart():
    records = jsonl(
        {"id": "a", "paragraphs": ["甲"]}, {"id": "b", "kind": "article", "paragraphs": ["乙"]}
    )
    for args in (["stats", "-f", "json"], ["stats", "-f", "json", "--by", "kind"]):
        result = run(*args, input=records)
        assert result.code == 0, result.stderr
        document = orjson.loads(result.stdout)
        groups = document.get("groups", [document])
        kinds = {k: v for g in groups for k, v in g["kinds"].items()}
        assert kinds == {"(none)": 1, "article": 1}


# Item 16: a non-ASCII digit is not a sequence number.
@pytest.mark.parametrize("selector", ["²", "١"])
def test_show_unicode_digit_is_not_a_crash(selector):
    result = run("show", selector, SAMPLE)
    assert result.code == 1 and "internal error" not in result.stderr
    assert result.stderr.count("\n") == 1


@pytest.mark.parametrize(
    "args",
    [
        ["grep", "--kwic", "-C", HUGE, "太原"],
        ["stats", "--min-length", HUGE],
        ["stats", "--top", HUGE],
    ],
)
def test_huge_counts_are_refused_in_one_line(args):
    message = one_error_line(run(*args, SAMPLE))
    assert HUGE in message


# Item 21: --timeout.
def test_timeout_nan_is_refused():
    assert "nan" in one_error_line(run("grep", "--timeout", "nan", "太.", SAMPLE))


@pytest.mark.parametrize("option", ["--timeout", "--max-time"])
def test_timeout_inf_means_no_limit(option):
    result = run("grep", "-c", option, "inf", "太.", SAMPLE)
    assert result.code == 0, result.stderr
    assert int(result.text) > 0


@pytest.mark.parametrize("value", ["0", "-1", "abc", "1e400x"])
def test_timeout_must_be_a_positive_number(value):
    assert "positive number of seconds or 'inf'" in one_error_line(
        run("grep", "--timeout", value, "太.", SAMPLE)
    )


# Item 17: a budget for the whole run, not only for each field.
def test_max_time_bounds_the_whole_run():
    records = jsonl(
        *({"id": f"r{i}", "kind": "article", "paragraphs": ["a" * 28 + "b"]} for i in range(50))
    )
    result = run("grep", "--timeout", "1000", "--max-time", "0.05", "(a|aa)+$", input=records)
    message = one_error_line(result)
    assert "--max-time" in message and "whole run" in message


def test_max_time_is_validated_like_timeout():
    assert "positive number of seconds" in one_error_line(
        run("grep", "--max-time", "nan", "太", SAMPLE)
    )


# Item 21: the rest.
@pytest.mark.parametrize("fields", [",", " , ,"])
def test_export_fields_without_names_is_an_error(fields):
    assert "--fields" in one_error_line(run("export", "--fields", fields, SAMPLE))


def test_grep_count_empty_pattern_counts_every_record(sample_records):
    result = run("grep", "-c", "", SAMPLE)
    assert result.code == 0 and result.text == f"{len(sample_records)}\n"


def test_output_with_a_long_legal_name(tmp_path):
    target = tmp_path / ("a" * 250)
    result = run("export", "-o", target, SAMPLE)
    assert result.code == 0, result.stderr
    assert target.read_bytes().count(b"\n") > 0


@pytest.mark.parametrize("name", [".", "somedir"])
def test_output_to_a_directory_is_one_line(tmp_path, monkeypatch, name):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "somedir").mkdir()
    assert "is a directory" in one_error_line(run("export", "-o", name, SAMPLE))


NEWLINE_ID = jsonl({"id": "a\nb\tc", "kind": "article", "paragraphs": ["x"]})


def test_list_escapes_control_characters_in_ids():
    result = run("list", "-f", "tsv", input=NEWLINE_ID)
    assert result.code == 0
    assert result.text.splitlines()[1].split("\t")[0] == "a\\nb\\tc"


def test_grep_ids_escape_control_characters():
    result = run("grep", "-l", "x", input=NEWLINE_ID)
    assert result.code == 0 and result.text == "a\\nb\\tc\n"
