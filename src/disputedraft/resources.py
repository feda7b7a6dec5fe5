"""Where the data directories (`policies/`, `prompts/`) live, installed or in a checkout."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """`policies` or `prompts`: an env override first, then the wheel's copy, then the checkout."""
    return _resolve(name, os.environ.get(f"DISPUTEDRAFT_{name.upper()}_DIR", ""))


# Every draft looks its data up several times; a stat() per look-up was a tenth of the
# service's own time. The override is part of the key, so changing it still takes effect.
@lru_cache(maxsize=32)
def _resolve(name: str, override: str) -> Path:
    if override:
        return Path(override)
    bundled = _PACKAGE / "_data" / name
    if bundled.is_dir():
        return bundled
    return _PACKAGE.parent.parent / name


def repo_root() -> Path:
    return _PACKAGE.parent.parent
