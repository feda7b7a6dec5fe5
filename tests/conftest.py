"""Test-wide guards: no network, no unrecorded model call, no retry waits."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from disputedraft.evals.cassettes import json_body
from disputedraft.evals.cassettes import vcr_config as shared_vcr_config
from disputedraft.llm.types import allow_model_requests


@pytest.fixture(autouse=True)
def _guard_model_requests(request: pytest.FixtureRequest) -> Iterator[None]:
    """Real model calls only inside a cassette (replayed, or recorded on purpose) or a slow test."""
    allowed = request.node.get_closest_marker("vcr") is not None or request.node.get_closest_marker("slow")
    allow_model_requests(bool(allowed))
    yield
    allow_model_requests(True)


@pytest.fixture(autouse=True)
def _no_retry_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISPUTEDRAFT_RETRY_WAIT", "0")


@pytest.fixture(scope="module")
def vcr_config() -> dict[str, Any]:
    return shared_vcr_config()


def pytest_recording_configure(config: Any, vcr: Any) -> None:
    vcr.register_matcher("json_body", json_body)
