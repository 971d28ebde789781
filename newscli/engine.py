"""Which OpenCC engine is installed, found from package metadata folders without importing
it or importlib.metadata, so that `newscli --version` stays fast."""

from __future__ import annotations

import os
import re
import sys

# The official binding and the pure-Python reimplementation both install a module `opencc`.
DIST_INFO_RE = re.compile(
    r"^(opencc|opencc[_-]python[_-]reimplemented)-([^-]+)\.(?:dist|egg)-info$", re.IGNORECASE
)


def engine_distribution() -> tuple[str, str] | None:
    """(distribution, version) of the first OpenCC engine on sys.path."""
    for folder in sys.path:
        try:
            names = os.listdir(folder or ".")
        except OSError:
            continue
        for name in names:
            match = DIST_INFO_RE.match(name)
            if match:
                dist = match.group(1).lower().replace("_", "-")
                return dist, match.group(2)
    return None


def engine_description() -> str:
    found = engine_distribution()
    return "no OpenCC engine installed" if found is None else f"{found[0]} {found[1]}"
