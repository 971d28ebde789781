"""Large phrase sets (issue 11, item 17): a 200,000-phrase `--dict` and 5,000 grep patterns
are matched with an automaton: leftmost, longest phrase first, as one alternation would."""

from __future__ import annotations

import orjson

from newscli.search import LiteralSet

from conftest import run


def test_literal_set_is_leftmost_longest_like_an_alternation():
    found = LiteralSet(["北京", "北京市", "市长", "长江"]).finditer("北京市长江大桥，北京")
    assert [(m.start(), m.end()) for m in found] == [(0, 3), (3, 5), (8, 10)]
    assert list(LiteralSet([]).finditer("北京")) == []


def test_a_dict_of_200000_phrases(tmp_path):
    phrases = tmp_path / "phrases.txt"
    lines = [f"词条{i:06d}\t詞條{i:06d}" for i in range(200_000)] + [
        "发展新质生产力\t發展新質生產力（本報用語）"
    ]
    phrases.write_text("\n".join(lines) + "\n", encoding="utf-8")
    record = {
        "id": "a-001",
        "kind": "article",
        "title": "发展新质生产力",
        "paragraphs": ["推动发展新质生产力，词条000123。"],
    }
    result = run("convert-traditional", "--dict", phrases, input=orjson.dumps(record) + b"\n")
    assert result.code == 0, result.stderr
    converted = result.records[0]
    assert converted["title"] == "發展新質生產力（本報用語）"
    assert converted["paragraphs"] == ["推動發展新質生產力（本報用語），詞條000123。"]
