"""`disputedraft serve` and `disputedraft mcp --http` as processes, as an operator starts them."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest
from mcp import Client

from disputedraft.cli import main
from test_api_support import example, wait_ready


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@contextmanager
def _process(args: list[str], ready_url: str, **env: str) -> Iterator[subprocess.Popen[bytes]]:
    full_env = os.environ | {"DISPUTEDRAFT_FAKE_MODEL": "test"} | env
    # The log goes to a file, not a pipe: a chatty server must never block on a full pipe.
    with tempfile.TemporaryFile() as log:
        proc = subprocess.Popen([sys.executable, "-m", "disputedraft", *args], env=full_env, stdout=log, stderr=log)
        try:
            deadline = time.monotonic() + 180  # includes the start-up warm-up
            while True:
                try:
                    httpx.get(ready_url, timeout=1)
                    break
                except httpx.HTTPError:
                    if proc.poll() is not None or time.monotonic() > deadline:
                        log.seek(0)
                        raise RuntimeError(f"{args} did not start:\n{log.read().decode()}") from None
                    time.sleep(0.1)
            yield proc
        finally:
            proc.terminate()
            proc.wait(timeout=30)


def test_serve_starts_the_api_on_the_fake_model() -> None:
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    with _process(
        ["serve", "--port", str(port), "--no-access-log"], base + "/healthz", DISPUTEDRAFT_API_TOKEN="cli-token-123456"
    ):
        assert wait_ready(httpx.Client(base_url=base)).json() == {"status": "ready", "model": "test"}
        headers = {"Authorization": "Bearer cli-token-123456"}
        response = httpx.post(base + "/v1/drafts", json=example("not_as_described_en"), headers=headers, timeout=30)
        assert response.status_code == 200
        assert response.json()["model"] == "test"
        assert httpx.post(base + "/v1/decisions", json=example("in_transit_es")).status_code == 401


def test_print_openapi(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--print-openapi"]) == 0
    assert '"/v1/drafts"' in capsys.readouterr().out


def test_bad_settings_are_a_clear_error(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("DISPUTEDRAFT_API_MAX_CONCURRENT_DRAFTS", "many")
    assert main(["serve", "--print-openapi"]) == 2
    assert "DISPUTEDRAFT_API_MAX_CONCURRENT_DRAFTS: expected an integer" in capsys.readouterr().err


def test_mcp_over_streamable_http() -> None:
    port = _free_port()
    url = f"http://127.0.0.1:{port}/mcp"

    async def session() -> tuple[set[str], object]:
        async with Client(url) as client:
            tools = {t.name for t in (await client.list_tools()).tools}
            result = await client.call_tool("decide_remedy", {"dispute": example("in_transit_es")})
            return tools, result.structured_content

    with _process(["mcp", "--http", "--port", str(port)], f"http://127.0.0.1:{port}/"):
        tools, decision = asyncio.run(session())
    assert tools == {"decide_remedy", "draft_reply", "check_draft"}
    assert isinstance(decision, dict)
    assert decision["remedy"] == "extend_delivery_time"
