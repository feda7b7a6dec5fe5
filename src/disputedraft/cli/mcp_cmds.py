"""`mcp`: the MCP server over stdio (default) or streamable HTTP (`--http`)."""

from __future__ import annotations

import argparse
import asyncio
import sys
from typing import Any

from disputedraft.defaults import add_attempts_argument


async def _serve(args: argparse.Namespace) -> None:
    # Imported here: other commands should not pay for the MCP SDK.
    from disputedraft.api.backend import backend_from_args
    from disputedraft.api.limits import DraftLimiter
    from disputedraft.api.mcp_server import build_mcp_server
    from disputedraft.api.warmup import warm_up

    factory = backend_from_args(args, slots=args.max_concurrent_drafts, max_attempts=args.attempts)
    async with factory() as backend:  # one model for the whole process, whatever the transport
        await warm_up(backend.service)  # before serving, so no tool call stalls on it
        server = build_mcp_server(backend, DraftLimiter(args.max_concurrent_drafts, 32, 30.0))
        if args.http:
            await server.run_streamable_http_async(host=args.host, port=args.port)
        else:
            await server.run_stdio_async()


def cmd_mcp(args: argparse.Namespace) -> int:
    if not args.http and sys.stdout.isatty():
        print("disputedraft mcp speaks MCP on stdin/stdout; start it from an MCP client", file=sys.stderr)
    asyncio.run(_serve(args))
    return 0


def register(sub: Any) -> None:
    from disputedraft.llm.select import add_model_arguments

    p = sub.add_parser("mcp", help="serve the MCP tools decide_remedy, draft_reply, check_draft")
    p.add_argument("--http", action="store_true", help="streamable HTTP instead of stdio (at /mcp)")
    p.add_argument("--host", default="127.0.0.1", help="with --http: address (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8090, help="with --http: port (default 8090)")
    add_attempts_argument(p)
    p.add_argument("--max-concurrent-drafts", type=int, default=4, help="drafts against the model at once")
    add_model_arguments(p)
    p.set_defaults(func=cmd_mcp)
