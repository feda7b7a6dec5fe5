"""Which lexicon contents have already passed the regex validation, so a new process can skip it.

The loader compiles each of the lexicon's 14,000 patterns on its own to name a broken one at load
(bad regex, matches empty text, group name used twice): about 1.9 s of CPU on the reference
machine, paid by every `disputedraft check`, batch worker and API process, for files that rarely
change. Once a directory's files pass, an empty mark named by the hash of their bytes, of the
loader's own code (with the pattern folding it applies) and of the Python version is left in
the cache directory; a later load of the very same bytes by the same loader skips the
per-pattern compile (each list is still compiled on first use, as before). Any edit of a file
changes the hash, so an edited lexicon is validated in full again. A cache directory that
cannot be written only means validating every time.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from disputedraft.cachedir import cache_dir

# The loader, and text.py whose fold_pattern rewrites each pattern before it is compiled.
_CODE = (Path(__file__).with_name("lexicon.py"), Path(__file__).with_name("text.py"), Path(__file__))


def content_key(directory: Path) -> str | None:
    """The hash of the directory's YAML files, the loader's code and the Python version; None
    when a file cannot be read (then the loader reports it)."""
    digest = hashlib.sha256()
    try:
        for path in [*_CODE, *sorted(directory.glob("*.yaml"))]:
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    except OSError:
        return None
    digest.update(sys.version.encode())
    return digest.hexdigest()


def _mark(key: str) -> Path:
    return cache_dir() / "lexicon-validated" / key


def validated(key: str | None) -> bool:
    return key is not None and _mark(key).is_file()


def remember(key: str | None) -> None:
    if key is None:
        return
    try:
        mark = _mark(key)
        mark.parent.mkdir(parents=True, exist_ok=True)
        mark.touch()
    except OSError:
        pass
