"""Shared pieces of the HTTP API tests (no tests here): examples, fakes, a live server.

The `service` fixture in the API test modules is the seam for other model paths: override it
(e.g. with a DraftingService over a vcrpy-cassette-backed OpenAIChatModel) and the same HTTP
tests run against that model.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

from disputedraft.api import ApiSettings, BackendFactory, create_app
from disputedraft.api.testing import LiveServer
from disputedraft.drafting import DraftingService
from disputedraft.llm.fake import FunctionModel, TestModel
from disputedraft.llm.types import ChatRequest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "src" / "disputedraft" / "api" / "examples"
TOKEN = "test-token-0123456789abcdef"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def example(name: str) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads((EXAMPLES / f"{name}.json").read_text(encoding="utf-8"))
    return doc


class CountingModel(FunctionModel):
    """TestModel's replies, counted; with `gate`, each call waits until the gate opens."""

    __test__ = False

    def __init__(self, gate: threading.Event | None = None) -> None:
        super().__init__(self._answer, name="counting")
        self.gate = gate
        self.calls = 0
        self.running = 0
        self.peak = 0
        self._lock = threading.Lock()

    async def _answer(self, request: ChatRequest) -> str:
        with self._lock:
            self.calls += 1
            self.running += 1
            self.peak = max(self.peak, self.running)
        try:
            if self.gate is not None:
                # The server loop runs in another thread: wait without blocking it.
                await asyncio.to_thread(self.gate.wait, 10)
            return TestModel._reply(request)
        finally:
            with self._lock:
                self.running -= 1


@contextmanager
def live_api(backend: BackendFactory | DraftingService | None, **settings: Any) -> Iterator[httpx.Client]:
    options: dict[str, Any] = {"token": TOKEN} | settings
    app = create_app(backend, ApiSettings(**options))
    with LiveServer(app) as server, httpx.Client(base_url=server.url, headers=AUTH, timeout=30) as client:
        yield client


def wait_ready(client: httpx.Client, timeout: float = 120) -> httpx.Response:
    """/readyz until 200: the start-up warm-up (lingua's models) takes seconds on a busy machine."""
    deadline = time.monotonic() + timeout
    while True:
        response = client.get("/readyz")
        if response.status_code == 200 or time.monotonic() > deadline:
            return response
        time.sleep(0.1)


def default_service() -> DraftingService:
    return DraftingService(model=TestModel(), max_attempts=3)
