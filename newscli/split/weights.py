"""The numbers `split` weighs lines with, kept in `weights.json` beside this module.

`features` are the weights of a line's features (roles.weight_of sums them into a role's
score); `steps` are the decoder's named constants, and the tables under them score each
step of the issue grammar (decode.py). tests/corpus/fit_weights.py fits them on the
tuning corpus and rewrites the file; here they are only read.
"""

from __future__ import annotations

import json
from pathlib import Path

WEIGHTS_FILE = Path(__file__).with_name("weights.json")


def load(path: Path = WEIGHTS_FILE) -> dict:
    return json.loads(path.read_text("utf-8"))


WEIGHTS = load()
