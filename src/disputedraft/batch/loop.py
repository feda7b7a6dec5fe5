"""The event loop a batch process runs on: uvloop where it is installed, asyncio's otherwise.

A batch run is CPU-bound on our side (see worker.py), and part of that CPU is the loop itself:
tens of thousands of socket and pipe callbacks a second. uvloop runs them in C (libuv); it is
already installed with uvicorn[standard] for the HTTP API, and it is absent on Windows, where
the standard loop serves.
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any, TypeVar

T = TypeVar("T")


def run(coro: Coroutine[Any, Any, T]) -> T:
    try:
        import uvloop
    except ImportError:  # pragma: no cover - Windows, or a trimmed install
        return asyncio.run(coro)
    with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
        return runner.run(coro)
