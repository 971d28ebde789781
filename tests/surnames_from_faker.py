"""Writes newscli/surnames.py from a maintained source: Faker's Chinese surname lists
(zh_CN: the ranking of Wikipedia's 中国姓氏排名; zh_TW: the Republic of China's national name
statistics of 2023), each also in the other script through OpenCC.

    .venv/bin/python tests/surnames_from_faker.py > newscli/surnames.py

tests/test_names.py checks that the committed file is what this script writes with the Faker
version pinned in pyproject.toml's [test] extra."""

from __future__ import annotations

from importlib import metadata

WRITTEN_TWO_WAYS = {"萧": "肖", "阎": "闫", "蕭": "肖", "閻": "闫"}
# Common mainland surnames Faker's ranking leaves out (each among the few hundred commonest:
# 付 next to 傅, 代, 占); credits name such reporters every day.
MISSED_BY_FAKER = {"付", "代", "占"}


def surnames() -> tuple[list[str], list[str]]:
    """(single-character surnames, compound surnames), each sorted."""
    import opencc
    from faker.providers.person.zh_CN import Provider as Mainland
    from faker.providers.person.zh_TW import Provider as Taiwan

    to_traditional, to_simplified = opencc.OpenCC("s2t"), opencc.OpenCC("t2s")
    names = set(Mainland.last_names) | set(Taiwan.last_names)
    names |= {to_traditional.convert(name) for name in names} | {
        to_simplified.convert(name) for name in names
    }
    # Surnames written two ways on the mainland that OpenCC keeps apart (肖 for 萧, 闫 for 阎:
    # registered names took the simplified form), which Faker lists in one form only.
    names |= {variant for name, variant in WRITTEN_TWO_WAYS.items() if name in names}
    names |= MISSED_BY_FAKER
    return sorted(n for n in names if len(n) == 1), sorted(n for n in names if len(n) > 1)


def module_text() -> str:
    single, compound = surnames()
    lines = [
        '"""Chinese surnames, written by tests/surnames_from_faker.py: do not edit by hand.',
        "",
        f"Source: Faker {metadata.version('faker')} (zh_CN and zh_TW last_names), with OpenCC's",
        "simplified and traditional forms of each, and the mainland's second forms of 萧 and 阎",
        '(肖, 闫), and three common ones Faker leaves out (付, 代, 占)."""',
        "",
        f"SINGLE = frozenset({''.join(single)!r})",
        f"COMPOUND = frozenset({tuple(compound)!r})",
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    print(module_text(), end="")
