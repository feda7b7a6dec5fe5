"""`check`: run the reply checks on a message, as drafting and the eval suite do."""

from __future__ import annotations

import argparse
import json
import re
import sys
from typing import Any

from disputedraft.checks import run_checks
from disputedraft.errors import FieldProblem, InvalidInput
from disputedraft.language import buyer_language, primary
from disputedraft.loading import load_dispute, read_text
from disputedraft.policy import decide

_TAG = re.compile(r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$")


def _message(source: str) -> str:
    text = read_text(source)
    if not text.strip():
        raise InvalidInput("message" if source == "-" else source, [FieldProblem("", "the message is empty")])
    return text


def cmd_check(args: argparse.Namespace) -> int:
    if args.dispute == "-" and args.message == "-":
        raise InvalidInput("arguments", [FieldProblem("", "only one of DISPUTE_FILE and MESSAGE_FILE can be -")])
    if args.language is not None and not _TAG.match(args.language):
        raise InvalidInput(
            "--language", [FieldProblem("", f"{args.language!r} is not a language tag such as es or pt-BR")]
        )
    dispute = load_dispute(args.dispute)
    for name in dispute.unknown_fields:
        print(f"warning: unknown top-level field {name!r} ignored", file=sys.stderr)
    message = _message(args.message)
    decision = decide(dispute)
    language = primary(args.language) if args.language else buyer_language(dispute)[0]
    report = run_checks(dispute, decision, message, language)
    out: dict[str, Any] = {
        "passed": report.passed,
        "language": language,
        "remedy": decision.remedy,
        "violations": [v.model_dump() for v in report.violations],
    }
    print(json.dumps(out, indent=2, ensure_ascii=False))
    return 0 if report.passed else 1


def register(sub: Any) -> None:
    p = sub.add_parser(
        "check",
        help="check a reply against the dispute's decision and the house rules",
        description="Exit 0 when the message passes every hard check, 1 when it does not, 2 on bad input.",
    )
    p.add_argument("dispute", metavar="DISPUTE_FILE", help="dispute JSON file, or - for stdin")
    p.add_argument("message", metavar="MESSAGE_FILE", help="the reply as plain text, or - for stdin")
    p.add_argument("--language", help="language the reply must be in (default: the buyer's language)")
    p.set_defaults(func=cmd_check)
