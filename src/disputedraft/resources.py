"""Where the data directories (`policies/`, `prompts/`) live, installed or in a checkout."""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """`policies` or `prompts`: an env override first, then the wheel's copy, then the checkout."""
    override = os.environ.get(f"DISPUTEDRAFT_{name.upper()}_DIR")
    if override:
        return Path(override)
    bundled = _PACKAGE / "_data" / name
    if bundled.is_dir():
        return bundled
    return _PACKAGE.parent.parent / name


def repo_root() -> Path:
    return _PACKAGE.parent.parent
