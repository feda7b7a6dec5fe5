"""The MCP server through the mcp SDK's own client, over stdio, on the zero-latency TestModel."""

from __future__ import annotations

import asyncio
import json
import os
import sys
from typing import Any

import pytest
from mcp import Client
from mcp.client.stdio import StdioServerParameters

from disputedraft.api.backend import Backend
from disputedraft.api.bodies import CheckRequest
from disputedraft.api.mcp_server import build_mcp_server
from disputedraft.checks import run_checks
from disputedraft.checks.types import CheckReport
from disputedraft.contract import Dispute
from disputedraft.draft import Draft
from disputedraft.drafting import DraftingService
from disputedraft.errors import ModelError
from disputedraft.llm.fake import FunctionModel
from disputedraft.llm.types import ChatRequest
from disputedraft.policy import Decision, decide
from test_api_support import example

TOOLS = {"decide_remedy", "draft_reply", "check_draft"}


def _server() -> StdioServerParameters:
    # The SDK passes only a safe subset of the environment; PYTHONPATH too, for src checkouts.
    env = {"DISPUTEDRAFT_FAKE_MODEL": "test", "PYTHONPATH": os.environ.get("PYTHONPATH", "")}
    return StdioServerParameters(command=sys.executable, args=["-m", "disputedraft", "mcp"], env=env)


async def _session(calls: list[tuple[str, dict[str, Any]]]) -> tuple[Any, list[Any]]:
    async with Client(_server(), read_timeout_seconds=180) as client:
        listed = await client.list_tools()
        results = [await client.call_tool(name, args) for name, args in calls]
        return listed.tools, results


@pytest.fixture(scope="module")
def session() -> tuple[dict[str, Any], dict[str, Any]]:
    """One stdio server for the module (each spawn costs a second of imports): tools and results."""
    calls = {
        "decide": ("decide_remedy", {"dispute": example("not_as_described_en")}),
        "draft": ("draft_reply", {"dispute": example("not_as_described_en")}),
        "check": ("check_draft", example("check_g01a_good_reply")),
        "bad": ("decide_remedy", {"dispute": example("in_transit_es") | {"reason": "x"}}),
        "human": ("draft_reply", {"dispute": example("human_review_delivered")}),
    }
    tools, results = asyncio.run(_session(list(calls.values())))
    return {t.name: t for t in tools}, dict(zip(calls, results, strict=True))


def _text(result: Any) -> str:
    return " ".join(getattr(c, "text", "") for c in result.content)


def test_lists_the_three_tools_with_the_contract_schemas(session: tuple[dict[str, Any], dict[str, Any]]) -> None:
    by_name, _ = session
    assert set(by_name) == TOOLS
    for tool in by_name.values():
        assert tool.description
        assert tool.input_schema["required"][0] == "dispute"
        # The dispute argument is the contract's own schema, enums and all.
        dispute_schema = tool.input_schema["$defs"]["Dispute"]
        assert dispute_schema["required"] == Dispute.model_json_schema()["required"]
        assert tool.output_schema is not None
    assert set(by_name["decide_remedy"].output_schema["properties"]) == set(Decision.model_fields)
    assert set(by_name["draft_reply"].output_schema["properties"]) == set(Draft.model_fields)
    assert set(by_name["check_draft"].output_schema["properties"]) == set(CheckReport.model_fields)
    assert set(by_name["check_draft"].input_schema["properties"]) == set(CheckRequest.model_fields)


def test_decide_remedy(session: tuple[dict[str, Any], dict[str, Any]]) -> None:
    result = session[1]["decide"]
    assert not result.is_error, _text(result)
    dispute = Dispute.model_validate(example("not_as_described_en"))
    assert result.structured_content == json.loads(decide(dispute).model_dump_json())


def test_draft_reply(session: tuple[dict[str, Any], dict[str, Any]]) -> None:
    result = session[1]["draft"]
    assert not result.is_error, _text(result)
    draft = Draft.model_validate(result.structured_content)
    assert draft.dispute_id == example("not_as_described_en")["id"]
    assert draft.status in ("ready", "needs_review")
    assert draft.message
    assert draft.model == "test"


def test_check_draft(session: tuple[dict[str, Any], dict[str, Any]]) -> None:
    result = session[1]["check"]
    assert not result.is_error, _text(result)
    body = example("check_g01a_good_reply")
    dispute = Dispute.model_validate(body["dispute"])
    expected = run_checks(dispute, decide(dispute), body["message"])
    assert result.structured_content == json.loads(expected.model_dump_json())


def test_bad_arguments_are_a_tool_error_naming_the_field(session: tuple[dict[str, Any], dict[str, Any]]) -> None:
    result = session[1]["bad"]
    assert result.is_error
    assert "reason" in _text(result)


def test_human_review_draft_needs_no_model(session: tuple[dict[str, Any], dict[str, Any]]) -> None:
    assert session[1]["human"].structured_content["status"] == "human_review"


def test_overloaded_model_is_a_tool_error_with_the_wait() -> None:
    # In process (the SDK connects a Client to an MCPServer directly): no second subprocess.
    def overloaded(_: ChatRequest) -> str:
        raise ModelError("model endpoint answered HTTP 429", retryable=True, retry_after=7)

    server = build_mcp_server(Backend(DraftingService(model=FunctionModel(overloaded))))

    async def call() -> Any:
        async with Client(server) as client:
            return await client.call_tool("draft_reply", {"dispute": example("not_as_described_en")})

    result = asyncio.run(call())
    assert result.is_error
    assert "retry in 7 s" in _text(result)
