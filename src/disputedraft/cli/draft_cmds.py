"""`draft`: one dispute in, one checked Draft out."""

from __future__ import annotations

import argparse
import asyncio
import sys
from typing import Any

from disputedraft.defaults import add_attempts_argument
from disputedraft.draft import Draft
from disputedraft.drafting import DraftingService
from disputedraft.llm.select import ModelChoice, add_model_arguments, open_model
from disputedraft.loading import load_dispute


async def _draft(args: argparse.Namespace) -> Draft:
    dispute = load_dispute(args.file)
    for name in dispute.unknown_fields:
        print(f"warning: unknown top-level field {name!r} ignored", file=sys.stderr)
    choice = ModelChoice.from_args(args)
    no_model = DraftingService()
    if not no_model.decide(dispute).needs_model:
        return await no_model.draft(dispute)  # human_review: never start a model for it
    async with open_model(choice) as model:
        return await DraftingService(model=model, max_attempts=args.attempts).draft(dispute)


def cmd_draft(args: argparse.Namespace) -> int:
    draft = asyncio.run(_draft(args))
    print(draft.readable() if args.pretty else draft.model_dump_json(indent=2))
    return 0 if draft.status != "error" else 3


def register(sub: Any) -> None:
    p = sub.add_parser("draft", help="draft a checked reply to a dispute")
    p.add_argument("file", help="dispute JSON file, or - for stdin")
    p.add_argument("--pretty", action="store_true", help="readable output instead of JSON")
    add_attempts_argument(p)
    add_model_arguments(p)
    p.set_defaults(func=cmd_draft)
