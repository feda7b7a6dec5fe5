"""`decide`, `policy lint`, `policy show`."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from disputedraft.loading import load_dispute
from disputedraft.policy import decide, default_policy
from disputedraft.policy.lint import lint


def _warn_unknown(fields: list[str]) -> None:
    for name in fields:
        print(f"warning: unknown top-level field {name!r} ignored", file=sys.stderr)


def cmd_decide(args: argparse.Namespace) -> int:
    dispute = load_dispute(args.file)
    _warn_unknown(dispute.unknown_fields)
    decision = decide(dispute)
    print(decision.model_dump_json(indent=2))
    return 0


def cmd_lint(args: argparse.Namespace) -> int:
    report = lint(default_policy())
    print(report.summary())
    return 0 if report.ok else 1


def cmd_show(args: argparse.Namespace) -> int:
    policy = default_policy()
    if args.json:
        doc: dict[str, Any] = policy.spec.model_dump(mode="json")
        doc["seller_default"] = policy.seller.model_dump(mode="json")
        print(json.dumps(doc, indent=2, ensure_ascii=False))
        return 0
    print(f"policy {policy.spec.version} from {policy.source}")
    print("\nrules (first match wins):")
    for i, rule in enumerate(policy.spec.rules, 1):
        cond = ", ".join(f"{k}={v}" for k, v in rule.when.items())
        print(f"{i:>3}. {rule.id} -> {rule.remedy}\n       when {cond}")
    print("\nremedies:")
    for name, remedy in policy.spec.remedies.items():
        print(f"  {name}: {remedy.title}")
        for point in remedy.points:
            print(f"     - {point.id}: {point.say}")
        for key, variant in remedy.variants.items():
            extra = [p.id for p in variant.points] or [variant.evidence_requested or ""]
            print(f"     [{remedy.variant_by}={key}] {', '.join(extra)}")
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("decide", help="pick the handbook remedy for a dispute (no model call)")
    p.add_argument("file", help="dispute JSON file, or - for stdin")
    p.set_defaults(func=cmd_decide)

    policy = sub.add_parser("policy", help="inspect the policy files")
    psub = policy.add_subparsers(dest="policy_command", required=True)
    lp = psub.add_parser("lint", help="prove the rule table total, with no dead rules")
    lp.set_defaults(func=cmd_lint)
    sp = psub.add_parser("show", help="print the rules and remedies")
    sp.add_argument("--json", action="store_true", help="machine-readable output")
    sp.set_defaults(func=cmd_show)
