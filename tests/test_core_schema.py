"""The record contract said once (`newscli.schema`), and the layering the package keeps: a core
that never imports Typer nor writes to standard output, the CLI's one way out."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from zhon.hanzi import characters

from newscli import schema
from newscli.cli.app import flags_for_settings
from newscli.cli.options import SETTING_FLAGS
from newscli.split import split_text

from conftest import SAMPLE, run

PACKAGE = Path(schema.__file__).parent


def test_split_writes_the_schema_fields_in_order_and_its_kinds(sample_records):
    assert all(tuple(record) == schema.RECORD_FIELDS for record in sample_records)
    kinds = {record["kind"] for record in sample_records}
    assert kinds <= {kind.value for kind in schema.Kind}
    page = split_text(
        "山西日报\n2025年1月18日 星期六 第3版\n\n标题\n正文说到这里。\n\n编辑：李明 校对：王华\n"
    )
    assert [r["kind"] for r in page] == [schema.Kind.page, schema.Kind.article, schema.Kind.page]
    assert all(type(r["kind"]) is str for r in page)  # the plain value, not the enum


def test_every_kind_is_offered_by_the_cli():
    assert "page" in run("list", "--help").text
    records = run("split", SAMPLE).stdout
    for kind in schema.Kind:
        assert run("list", "-f", "tsv", "--kind", kind.value, input=records).code == 0


@pytest.mark.parametrize(
    "record,text",
    [
        ({"text": "甲\n乙", "paragraphs": ["x"]}, "甲\n乙"),
        ({"paragraphs": ["甲", "乙"]}, "甲\n乙"),
        ({"text": None, "paragraphs": ["甲"]}, "甲"),
        ({"text": ""}, ""),
    ],
)
def test_text_of(record, text):
    assert schema.text_of(record) == text


def test_full_text_puts_the_headlines_first():
    assert (
        schema.full_text({"title": "题", "subtitle": None, "paragraphs": ["一", "二"]})
        == "题\n一\n二"
    )


def test_non_space_count_ignores_every_white_space():
    assert schema.non_space_count(" 太\u3000原\n 2025\t") == 6


def test_han_is_zhons_class_everywhere():
    assert characters == schema.HAN
    han = re.compile(f"[{schema.HAN}]")
    assert all(han.fullmatch(c) for c in "太〇𠀀豈") and not any(
        han.fullmatch(c) for c in "a，。１"
    )


def test_flags_replace_the_settings_library_messages_name():
    message = (
        "issue.txt: larger than 64 MB; raise `max_issue_size` (`force` aside, `unknown` stays)"
    )
    assert (
        flags_for_settings(message)
        == "issue.txt: larger than 64 MB; raise --max-issue-size (--force aside, `unknown` stays)"
    )
    helps = " ".join(
        run(command, "--help").text for command in ("split", "grep", "show", "export", "stats")
    )
    assert all(re.search(rf"(^|[ ,]){flag}[ ,]", helps, re.M) for flag in SETTING_FLAGS.values())


# --- layering -------------------------------------------------------------------------------


def modules(folder: Path = PACKAGE):
    for path in sorted(folder.rglob("*.py")):
        yield path.relative_to(PACKAGE).as_posix(), ast.parse(path.read_text("utf-8"))


def imported(tree: ast.AST) -> set[str]:
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
    return names


def test_the_core_never_imports_typer():
    core = {name: imported(tree) for name, tree in modules() if not name.startswith("cli/")}
    assert "records.py" in core
    assert [
        name for name, names in core.items() if any(m.split(".")[0] == "typer" for m in names)
    ] == []


def test_nothing_imports_typers_private_click():
    assert not [
        name for name, tree in modules() if any(m.startswith("typer._") for m in imported(tree))
    ]


# cli/io.py writes standard output; cli/app.py stands in for a closed one and quiets a broken
# pipe; cli/__init__.py answers --version before anything is imported.
STDOUT_WRITERS = {"cli/io.py", "cli/__init__.py", "cli/app.py"}


def test_only_cli_io_writes_standard_output():
    offenders = []
    for name, tree in modules():
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and node.attr in ("stdout", "__stdout__")
                and isinstance(node.value, ast.Name)
                and node.value.id == "sys"
                and name not in STDOUT_WRITERS
            ):
                offenders.append(f"{name}:{node.lineno}")
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", None) == "print"
                and name.startswith("cli/commands/")
                and not any(k.arg == "file" for k in node.keywords)
            ):
                offenders.append(f"{name}:{node.lineno} print()")
    assert offenders == []
