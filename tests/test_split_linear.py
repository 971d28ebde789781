"""`split` does linear work (issue 11, item 19): doubling the input at most doubles the
function calls made (counted with a profiler hook, so the machine's speed does not matter)."""

from __future__ import annotations

import sys

import pytest

from newscli.split import split_text

SHAPES = {
    # 8,000 short contact/hotline blocks took 57 s with the old splitter (3.9 s at 2,000).
    "contact blocks": "联系人：王先生\n订购热线：0351-1234567\n\n",
    # 8,000 numbered lines in one article took 11.7 s.
    "numbered lines": "一、加强农田水利建设\n",
    "articles": "春耕备耕正当时\n本报讯 各地农民抢抓农时，翻地施肥，田间地头一派繁忙景象。\n（李明）\n",
}


def calls(text: str) -> int:
    count = 0

    def hook(frame, event, arg):
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(hook)
    try:
        split_text(text)
    finally:
        sys.setprofile(None)
    return count


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_twice_the_input_is_at_most_about_twice_the_work(shape):
    unit = SHAPES[shape]
    small, large = calls("本报讯 开篇。\n" + unit * 500), calls("本报讯 开篇。\n" + unit * 1000)
    assert large <= 2.2 * small, (small, large)
