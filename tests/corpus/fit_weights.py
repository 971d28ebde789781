"""Fit split's weights (newscli/split/weights.json) on the tuning half of the corpus.

    python tests/corpus/fit_weights.py [--sweeps N] [--write]

Coordinate ascent: each number in weights.json is moved by a few steps in turn, and a move
is kept when it raises the objective by more than `MIN_GAIN` (so no number moves to win a
single line). The objective is, over the tuning issues, records F1 plus field accuracy on
the original layout, plus the share of gold records reproduced exactly in each program
re-layout of the issue (no blank lines, hard-wrapped columns, traditional script), so the
weights are fitted for every layout, not the one the issue came in.

With `--agree`, a move is kept only where it raises the objective on each half of the
tuning issues apart (the issues parted into two halves by a hash of their names), by more
than `MIN_GAIN` on the whole, and leaves no more consistency probe (tests/corpus/probes/)
with wrong headlines: a move that wins on a few issues of one half and loses on the other
is how a fit overfits.

Never run this on the held-out half: its score is only read, as a whole, afterwards
(`python tests/corpus/evaluate.py heldout`). With `--write` the fitted numbers replace
weights.json; without it, the moves are only printed.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import importlib
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

CORPUS = Path(__file__).resolve().parent
ROOT = CORPUS.parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(CORPUS)]

import evaluate  # noqa: E402
from test_layout_invariance import COMPARED, LAYOUTS, WRAPPED_RE  # noqa: E402

from newscli.split import decode_roles, score_issue, to_record  # noqa: E402
from newscli.split.assemble import Assembler  # noqa: E402
from newscli.split.lines import simplifier  # noqa: E402
from newscli.split.weights import WEIGHTS_FILE, load  # noqa: E402

decode_module = importlib.import_module("newscli.split.decode")
roles_module = importlib.import_module("newscli.split.roles")  # WEIGHTS, weight_of

RELAYOUTS = ("no-blank-lines", "wrap-14-fullwidth", "wrap-22-ascii", "traditional")
STEPS = (-1.0, -0.5, 0.5, 1.0)
MIN_GAIN = 0.004  # of the objective (per issue, about 0.3 of one record of 136)


@dataclass
class Variant:
    """One issue in one layout, read up to the weights: what the decoder needs."""

    name: str
    text: str
    lines: list
    gaps: list
    cuts: list
    features: list  # per line: {role: feature names}
    traditional: bool
    gold: list[dict]  # gold records (original layout) or their projections (re-layouts)
    original: bool


def prepare(name: str, text: str, gold: list[dict], original: bool) -> Variant:
    analysis = score_issue(text)
    features = [{role: names for role, (_, names) in line.items()} for line in analysis.scores]
    return Variant(
        name,
        text,
        analysis.lines,
        analysis.gaps,
        analysis.cuts,
        features,
        analysis.layout.traditional,
        gold,
        original,
    )


def project(records: list[dict], convert=None) -> Counter:
    rows = Counter()
    for record in records:
        row = json.dumps([record.get(k) for k in COMPARED], ensure_ascii=False)
        rows[convert(row) if convert else row] += 1
    return rows


def variants() -> list[Variant]:
    found = []
    for path in evaluate.gold_pairs("tuning"):
        meta = json.loads(path.read_text("utf-8"))
        text = (
            path.with_suffix(".txt")
            .read_bytes()
            .decode(meta.get("encoding", "utf-8"))
            .lstrip("\ufeff")
        )
        found.append(prepare(path.stem, text, meta["records"], True))
        wrapped = any(WRAPPED_RE.search(part) for part in meta.get("layout", []))
        for layout in RELAYOUTS:
            if wrapped and layout != "traditional":
                continue
            relayout, converts = LAYOUTS[layout]
            convert = LAYOUTS["traditional"][0] if converts else None
            gold = project(meta["records"], convert)
            found.append(prepare(f"{path.stem} {layout}", relayout(text), gold, False))
    return found


def half_of(name: str) -> int:
    """0 or 1: which half of the tuning issues an issue (and its re-layouts) falls in."""
    return hashlib.sha1(name.split()[0].encode("utf-8")).digest()[0] % 2


def probe_variants() -> list[Variant]:
    """The consistency probes, as printed: their gold is only their headlines."""
    found = []
    for path in sorted((CORPUS / "probes").glob("p*.json")):
        meta = json.loads(path.read_text("utf-8"))
        text = path.with_suffix(".txt").read_text("utf-8").lstrip("\ufeff")
        found.append(prepare(path.stem, text, meta["headlines"], True))
    return found


def probes_right(probes: list[Variant]) -> int:
    """How many probes give exactly their listed headlines."""
    return sum(
        [r["title"] for r in records_of(probe) if r["kind"] != "page"] == probe.gold
        for probe in probes
    )


def halves_objective(all_variants: list[Variant]) -> tuple[float, float]:
    return tuple(  # type: ignore[return-value]
        objective([v for v in all_variants if half_of(v.name) == half]) for half in (0, 1)
    )


def records_of(variant: Variant) -> list[dict]:
    weights = roles_module.WEIGHTS
    # (a name with no weight of its own only labels the features it came with: editors-note)
    scores = [
        {role: (sum(weights.get(f, 0.0) for f in names), names) for role, names in line.items()}
        for line in variant.features
    ]
    reading, _ = decode_roles(variant.lines, scores, variant.cuts, variant.gaps)
    drafts = Assembler(variant.lines, reading.roles).run()
    to_shape = simplifier() if variant.traditional else None
    return [
        to_record(d, seq, variant.name, None, None, to_shape) for seq, d in enumerate(drafts, 1)
    ]


def objective(all_variants: list[Variant]) -> float:
    total, issues = 0.0, 0
    for variant in all_variants:
        records = records_of(variant)
        if variant.original:
            score = evaluate.score_records(variant.gold, records, variant.text)
            total += score.f1 + score.field_accuracy
            issues += 1
        else:
            want, have = variant.gold, project(records)
            total += (
                2 * sum((want & have).values()) / (sum(want.values()) + sum(have.values()) or 1)
            )
    return total / issues


def numbers_of(data: dict) -> list[tuple[str, ...]]:
    """Paths to every number in weights.json's data."""
    paths = []
    for key, value in data.items():
        if isinstance(value, dict):
            paths += [(key, *rest) for rest in numbers_of(value)]
        elif isinstance(value, float) and not key.startswith("+"):
            paths.append((key,))
    return paths


def get(data: dict, path: tuple[str, ...]) -> float:
    for key in path:
        data = data[key]
    return data


def put(data: dict, path: tuple[str, ...], value: float) -> None:
    for key in path[:-1]:
        data = data[key]
    data[path[-1]] = value


def apply(data: dict) -> None:
    roles_module.WEIGHTS.clear()
    roles_module.WEIGHTS.update(data["features"])
    roles_module.weight_of.cache_clear()
    decode_module.build_tables(data)


def fit(data: dict, all_variants: list[Variant], sweeps: int) -> dict:
    data = copy.deepcopy(data)
    apply(data)
    best = objective(all_variants)
    print(f"start: {best:.4f}", flush=True)
    for sweep in range(sweeps):
        moved = False
        for path in numbers_of(data):
            start = get(data, path)
            choice, choice_score = start, best
            for delta in STEPS:
                put(data, path, start + delta)
                apply(data)
                score = objective(all_variants)
                if score > choice_score + MIN_GAIN:
                    choice, choice_score = start + delta, score
            put(data, path, choice)
            if choice != start:
                best, moved = choice_score, True
                print(
                    f"sweep {sweep + 1}: {'.'.join(path)} {start} -> {choice}: {best:.4f}",
                    flush=True,
                )
        apply(data)
        if not moved:
            break
    return data


def fit_agreeing(data: dict, all_variants: list[Variant], sweeps: int) -> dict:
    """`fit`, keeping a move only where both halves of the tuning issues gain, the whole
    gains more than MIN_GAIN, and no more probe loses its headlines (see the docstring)."""
    data = copy.deepcopy(data)
    probes = probe_variants()
    apply(data)
    best, halves, right = (
        objective(all_variants),
        halves_objective(all_variants),
        probes_right(probes),
    )
    print(f"start: {best:.4f} (halves {halves[0]:.4f} {halves[1]:.4f}; probes {right})", flush=True)
    for sweep in range(sweeps):
        moved = False
        for path in numbers_of(data):
            start = get(data, path)
            choice = start
            for delta in STEPS:
                put(data, path, start + delta)
                apply(data)
                score = objective(all_variants)
                if score <= best + MIN_GAIN:
                    continue
                now = halves_objective(all_variants)
                if all(a > b for a, b in zip(now, halves)) and probes_right(probes) >= right:
                    choice, best, halves, right = start + delta, score, now, probes_right(probes)
            put(data, path, choice)
            if choice != start:
                moved = True
                print(
                    f"sweep {sweep + 1}: {'.'.join(path)} {start} -> {choice}: {best:.4f}"
                    f" (halves {halves[0]:.4f} {halves[1]:.4f}; probes {right})",
                    flush=True,
                )
        apply(data)
        if not moved:
            break
    return data


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sweeps", type=int, default=3)
    parser.add_argument(
        "--write", action="store_true", help="rewrite weights.json with the fitted numbers"
    )
    parser.add_argument(
        "--agree",
        action="store_true",
        help="keep a move only where both halves of the tuning issues gain and no probe loses",
    )
    args = parser.parse_args()
    data = load()
    fitted = (fit_agreeing if args.agree else fit)(data, variants(), args.sweeps)
    if args.write:
        WEIGHTS_FILE.write_text(json.dumps(fitted, ensure_ascii=False, indent=1) + "\n", "utf-8")
        print(f"wrote {WEIGHTS_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
