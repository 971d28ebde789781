"""`stats` names: tags checked by shape and a surname list, and their precision on the test
corpus measured against names judged by hand (tests/corpus/names_judged.tsv)."""

from __future__ import annotations

import json
import re
from collections import Counter

from newscli.names import NameFilter
from newscli.segment import open_segmenter

from conftest import CORPUS, ROOT, run

JUDGED = CORPUS / "names_judged.tsv"
# Precision measured when the judgements were made (distinct names; see README), less a margin.
FLOORS = {"people": 0.64, "places": 0.60, "organizations": 0.56}
# The issues whose names were judged: the corpus as it was then (t01-t19, h02-h13). Issues added
# later are left out until their names are judged too.
# the issues whose names were judged (h03, h07, h09 and h10 are tuning issues t193-t196 since)
JUDGED_ISSUES = re.compile(r"^(?:t(?:0\d|1\d|19[3-6])|h(?:0\d|1[0-3]))_")


def test_surname_list_is_what_its_source_gives():
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "surnames_from_faker", ROOT / "tests" / "surnames_from_faker.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert (ROOT / "newscli" / "surnames.py").read_text("utf-8") == module.module_text()


def test_tagged_words_are_checked_by_shape():
    segmenter = open_segmenter("rjieba")
    kind = NameFilter(segmenter.has_word).kind
    # the issue's examples: dictionary words tagged nr, a bare surname, a common noun of two characters
    assert [kind(w, "nr") for w in ("养老", "福祉", "金", "王某", "党风廉政", "公共安全")] == [
        None
    ] * 6
    assert [kind(w, "nr") for w in ("张伟明", "李丹", "欧阳晓峰", "歐陽紀綱")] == ["people"] * 4
    assert (
        kind("韦韬", "nrfg") == "people"
        and kind("太原", "ns") == "places"
        and kind("南", "ns") is None
    )
    assert kind("新华社", "nt") == "organizations" and kind("太原", "n") is None
    assert kind("3M", "nt") is None  # not Han


def judgements() -> dict[tuple[str, str], bool]:
    rows = (line.split("\t") for line in JUDGED.read_text("utf-8").splitlines() if line.strip())
    return {(kind, name): verdict == "y" for kind, name, verdict in rows}


def test_names_precision_on_the_corpus(corpus_records, tmp_path):
    path = tmp_path / "corpus.jsonl"
    judged_records = [r for r in corpus_records if JUDGED_ISSUES.match(r["issue"])]
    assert len({r["issue"] for r in judged_records}) == 31
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in judged_records), "utf-8"
    )
    result = run("stats", path, "-f", "json", "--top", "100000")
    names = json.loads(result.stdout)["names"]
    judged = judgements()
    unjudged = [
        (kind, entry["name"])
        for kind, entries in names.items()
        for entry in entries
        if (kind, entry["name"]) not in judged
    ]
    assert not unjudged, f"judge these in {JUDGED.name} (kind, name, y or n): {unjudged}"
    report = []
    for kind, entries in names.items():
        right = Counter(judged[(kind, e["name"])] for e in entries)
        mentions = Counter()
        for entry in entries:
            mentions[judged[(kind, entry["name"])]] += entry["count"]
        top = [judged[(kind, e["name"])] for e in entries[:20]]
        precision = right[True] / len(entries)
        report.append(
            f"{kind}: {precision:.0%} of {len(entries)} distinct names, "
            f"{mentions[True] / sum(mentions.values()):.0%} of mentions, {sum(top) / len(top):.0%} of the top 20"
        )
        assert precision >= FLOORS[kind], report[-1]
    print("\nnames precision on the test corpus: " + "; ".join(report))
