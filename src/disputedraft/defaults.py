"""Defaults shared by the drafting service and every interface's flags (a light import for CLIs)."""

from __future__ import annotations

import argparse

# The first draft and up to three repairs. On the embedded 1.5B model a fourth attempt turns
# a share of the drafts that still fail after three into ready ones; each costs one model call.
MAX_ATTEMPTS = 4


def add_attempts_argument(parser: argparse.ArgumentParser) -> None:
    """`--attempts`, the same flag for every command that drafts."""
    parser.add_argument(
        "--attempts", type=int, default=MAX_ATTEMPTS, help=f"first draft plus repairs (default {MAX_ATTEMPTS})"
    )
