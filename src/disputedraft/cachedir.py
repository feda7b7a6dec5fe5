"""Where disputedraft keeps what it may rebuild: the assembled model, lexicon validation marks."""

from __future__ import annotations

import os
from pathlib import Path

CACHE_ENV = "DISPUTEDRAFT_CACHE_DIR"


def cache_dir() -> Path:
    """``$DISPUTEDRAFT_CACHE_DIR`` if set, else the platform user cache dir."""
    env = os.environ.get(CACHE_ENV)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("disputedraft"))
