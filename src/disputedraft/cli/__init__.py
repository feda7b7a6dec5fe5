"""`disputedraft` command line: thin shells over the library; each command group is a module."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from disputedraft import __version__
from disputedraft.errors import DisputeDraftError, InvalidInput

# Each module has `register(subparsers)`; its parsers set `func(args) -> int`.
_COMMAND_MODULES = [
    "disputedraft.cli.policy_cmds",
    "disputedraft.cli.check_cmds",
    "disputedraft.cli.draft_cmds",
    "disputedraft.cli.batch_cmds",
    "disputedraft.cli.serve_cmds",
    "disputedraft.cli.mcp_cmds",
    "disputedraft.cli.eval_cmds",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="disputedraft", description=__doc__)
    parser.add_argument("--version", action="version", version=f"disputedraft {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    for name in _COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def report_error(exc: DisputeDraftError) -> int:
    if isinstance(exc, InvalidInput):
        print(f"error: invalid {exc.what}", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return 2
    print(f"error: {exc}", file=sys.stderr)
    return 2


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.func(args)
    except DisputeDraftError as exc:
        return report_error(exc)
    except KeyboardInterrupt:
        return 130
    return code


if __name__ == "__main__":
    sys.exit(main())
