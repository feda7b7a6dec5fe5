"""Where the data directories (`policies/`, `prompts/`) live, installed or in a checkout."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """`policies` or `prompts`: an env override first, then the wheel's copy, then the checkout."""
    return _resolve(name, _override(name))


def _override(name: str) -> str:
    return os.environ.get(f"DISPUTEDRAFT_{name.upper()}_DIR", "")


def data_path(name: str, *parts: str) -> str:
    """`data_dir(name)` joined with `parts`, as a string: the key the loaders cache on. Each
    draft asks for the policy, the lexicon and the phrasebooks a few times; joining Paths anew
    for each ask cost 7-14 us, some 0.1 ms a draft (session 17)."""
    return _joined(name, _override(name), parts)


@lru_cache(maxsize=32)
def _joined(name: str, override: str, parts: tuple[str, ...]) -> str:
    return str(_resolve(name, override).joinpath(*parts))


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
