"""Simplified -> traditional conversion of records with OpenCC (imported only when converting)."""
from __future__ import annotations

from importlib import metadata

# The official binding and the pure-Python reimplementation both install a module `opencc`.
ENGINE_DISTRIBUTIONS = ("opencc", "opencc-python-reimplemented")


def engine_distribution() -> tuple[str, str] | None:
    """(distribution, version) of the installed OpenCC engine, found without importing it."""
    for name in ENGINE_DISTRIBUTIONS:
        try:
            return name, metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return None


def engine_description() -> str:
    found = engine_distribution()
    return "no OpenCC engine installed" if found is None else f"{found[0]} {found[1]}"
