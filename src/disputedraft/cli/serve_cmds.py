"""`serve`: the HTTP API on uvicorn (embedded model by default, or any configured endpoint)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from disputedraft.defaults import add_attempts_argument


def cmd_serve(args: argparse.Namespace) -> int:
    # Imported here: `disputedraft decide` should not pay for FastAPI and uvicorn.
    import uvicorn

    from disputedraft.api import ApiSettings, create_app
    from disputedraft.api.backend import backend_from_args
    from disputedraft.api.openapi import render

    settings = ApiSettings.from_env(
        max_body_bytes=args.max_body_bytes,
        max_concurrent_drafts=args.max_concurrent_drafts,
        queue_wait_seconds=args.queue_wait,
    )
    backend = backend_from_args(args, slots=settings.max_concurrent_drafts, max_attempts=args.attempts)
    app = create_app(backend, settings)
    if args.print_openapi:
        sys.stdout.write(render(app.openapi()))
        return 0
    if settings.token is None and args.host not in ("127.0.0.1", "localhost", "::1"):
        print(
            f"warning: serving on {args.host} without DISPUTEDRAFT_API_TOKEN: anyone who can reach it can use it",
            file=sys.stderr,
        )
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        log_level=args.log_level,
        access_log=args.access_log,
        proxy_headers=True,
        forwarded_allow_ips=args.forwarded_allow_ips,
        ssl_keyfile=args.ssl_keyfile,
        ssl_certfile=args.ssl_certfile,
        server_header=False,
        timeout_graceful_shutdown=30,
    )
    return 0


def register(sub: Any) -> None:
    from disputedraft.llm.select import add_model_arguments

    p = sub.add_parser("serve", help="serve the HTTP API (see docs/api.md)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8080, help="port (default 8080)")
    add_attempts_argument(p)
    p.add_argument(
        "--max-concurrent-drafts",
        type=int,
        help="drafts running against the model at once (default 4; env DISPUTEDRAFT_API_MAX_CONCURRENT_DRAFTS)",
    )
    p.add_argument("--queue-wait", type=float, help="seconds a draft may wait for a slot before 503 (default 30)")
    p.add_argument("--max-body-bytes", type=int, help="largest request body (default 262144)")
    p.add_argument("--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"])
    p.add_argument("--no-access-log", dest="access_log", action="store_false", help="no line per request")
    p.add_argument(
        "--forwarded-allow-ips",
        default="127.0.0.1",
        help="proxies trusted for X-Forwarded-For/Proto (default 127.0.0.1)",
    )
    p.add_argument("--ssl-keyfile", help="serve HTTPS directly (else terminate TLS at a proxy)")
    p.add_argument("--ssl-certfile", help="certificate chain for --ssl-keyfile")
    p.add_argument("--print-openapi", action="store_true", help="print the OpenAPI document and exit")
    add_model_arguments(p)
    p.set_defaults(func=cmd_serve)
