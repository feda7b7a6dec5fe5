"""MCP server: the drafting service as tools LLM agents can call (decide, draft, check).

Tool schemas come from the same pydantic models as the HTTP API: a `Dispute` in, a
`Decision`, `Draft` or `CheckReport` out. The backend (and so the model) is opened once per
process by the caller, whatever the transport, so streamable HTTP sessions share one model.
"""

from __future__ import annotations

import math
from typing import Annotated

from mcp.server import MCPServer
from mcp.server.mcpserver.exceptions import ToolError
from mcp.types import ToolAnnotations
from pydantic import Field

from disputedraft import __version__
from disputedraft.api.backend import Backend
from disputedraft.api.limits import Busy, DraftLimiter
from disputedraft.checks import run_checks
from disputedraft.checks.types import CheckReport
from disputedraft.contract import Dispute, LanguageTag
from disputedraft.draft import Draft
from disputedraft.errors import DraftRetriesExhausted, ModelError
from disputedraft.policy import Decision

INSTRUCTIONS = """\
Replies from an online seller to a buyer who opened a dispute. Call decide_remedy to learn what
the seller's handbook allows (no model call), draft_reply for a checked reply in the buyer's
language, check_draft to test any reply against the same rules. A draft is only safe to send
when its status is "ready"; "needs_review" and "human_review" need a person."""

DisputeArg = Annotated[Dispute, Field(description="The dispute, in the disputedraft contract format.")]


def build_mcp_server(backend: Backend, limiter: DraftLimiter | None = None) -> MCPServer[None]:
    service = backend.service
    limiter = limiter or DraftLimiter(limit=4, max_waiting=32, wait_seconds=30.0)
    server: MCPServer[None] = MCPServer("disputedraft", version=__version__, instructions=INSTRUCTIONS)
    read_only = ToolAnnotations(readOnlyHint=True, idempotentHint=True, openWorldHint=False)

    @server.tool(annotations=read_only)
    def decide_remedy(dispute: DisputeArg) -> Decision:
        """Pick the handbook remedy for a dispute: what the reply must say, may offer and must not say."""
        return service.decide(dispute)

    @server.tool(annotations=ToolAnnotations(readOnlyHint=True, openWorldHint=True))
    async def draft_reply(dispute: DisputeArg) -> Draft:
        """Draft a checked reply to the buyer; send it only when status is "ready"."""
        try:
            if not service.decide(dispute).needs_model:
                return await service.draft_or_raise(dispute)
            async with limiter.slot():
                return await service.draft_or_raise(dispute)
        except DraftRetriesExhausted as exc:
            return exc.last_draft
        except Busy:
            raise ToolError("too many drafts in progress; retry in a few seconds") from None
        except ModelError as exc:
            wait = f" in {math.ceil(exc.retry_after)} s" if exc.retry_after else " later"
            raise ToolError(f"the model endpoint is unavailable ({exc}); retry{wait}") from None

    @server.tool(annotations=read_only)
    def check_draft(
        dispute: DisputeArg,
        message: Annotated[str, Field(description="The reply to check, as it would be sent to the buyer.")],
        language: Annotated[
            LanguageTag | None, Field(description="Language the reply must be in; the buyer's language when left out.")
        ] = None,
    ) -> CheckReport:
        """Check a reply against the handbook's hard rules and tone rules for this dispute."""
        return run_checks(dispute, service.decide(dispute), message, language, policy=service.policy)

    return server
