"""no_placeholders: template residue such as [Name], {{order}}, XXX, TODO, %s, "insert ... here"."""

from __future__ import annotations

from disputedraft.checks.context import CheckContext
from disputedraft.checks.outcome import verdict
from disputedraft.checks.types import CheckOutcome

NAME = "no_placeholders"


def check_no_placeholders(ctx: CheckContext) -> CheckOutcome:
    # Run on the case-keeping text, not the folded one: some markers are case-sensitive
    # ("TODO" is residue, Spanish "todo" is a word).
    found = [
        f"placeholder {ctx.quote(m.start(), m.end())}" for m in ctx.lexicon.placeholders.finditer(ctx.plain, ctx.langs)
    ]
    return verdict(NAME, True, found, "no template placeholders")
