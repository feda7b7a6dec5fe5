"""required_points: every point the Decision asks for is made, quoting its facts exactly."""

from __future__ import annotations

import re
from decimal import Decimal

from disputedraft.checks.context import CheckContext
from disputedraft.checks.outcome import verdict
from disputedraft.checks.scan import number_values
from disputedraft.checks.text import contains_phrase, fold
from disputedraft.checks.types import CheckOutcome
from disputedraft.policy.decision import RequiredPoint

NAME = "required_points"
_CODE_FACTS = ("tracking_number", "reship_tracking_number", "order_id")


_CODE_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def _quoted_as_given(folded: str, code: str) -> bool:
    """The code written exactly as the dispute has it, not inside a longer code. Plain string
    search: the usual case, and it spares a regex compile per new tracking number."""
    start = folded.find(code)
    while start >= 0:
        end = start + len(code)
        if (start == 0 or folded[start - 1] not in _CODE_CHARS) and (
            end == len(folded) or folded[end] not in _CODE_CHARS
        ):
            return True
        start = folded.find(code, start + 1)
    return False


def _code_pattern(value: str) -> re.Pattern[str]:
    # Codes may be written with spaces or dashes between groups ("LP 0012 3456 789 CN").
    chars = [re.escape(c) for c in fold(value) if c.isalnum()]
    return re.compile(r"(?<![a-z0-9])" + r"[\s-]?".join(chars) + r"(?![a-z0-9])", re.I)


def _amount(value: str) -> frozenset[Decimal]:
    found = re.search(r"\d[\d.,]*", value)
    return number_values(found.group().rstrip(".,")) if found else frozenset()


def mentions(ctx: CheckContext, fact: str, value: str) -> bool:
    if fact in _CODE_FACTS:
        code = fold(value)
        return _quoted_as_given(ctx.folded, code) or bool(_code_pattern(value).search(ctx.folded))
    if fact == "return_address":
        return contains_phrase(ctx.folded, value)
    if fact == "partial_refund_cap":
        # "12.60 USD" may be written 12,60 / US$12.60 / $12.60 / 12.6: the amount is what counts.
        wanted = _amount(value)
        return any(item.values & wanted for item in ctx.scan.of("money") + ctx.scan.of("number"))
    if fact == "protection_extension_days":
        wanted = _amount(value)
        return any(item.values & wanted for item in ctx.scan.of("number"))
    return fold(value) in ctx.folded


def _cue_langs(ctx: CheckContext, point_id: str) -> tuple[str, ...]:
    cues = ctx.lexicon.points.cues[point_id]
    return tuple(lang for lang in ctx.langs if cues.has(lang))


_BLOCK_BREAK = re.compile(r"\n[ \t]*\n")


def _blocks(text: str) -> list[tuple[int, int, str]]:
    """Paragraphs (split on blank lines) as (start, end, text); a paragraph that ends with a
    colon is joined to the next one, as it introduces it ("we would need:\n\n- a video")."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for brk in _BLOCK_BREAK.finditer(text):
        spans.append((pos, brk.start()))
        pos = brk.end()
    spans.append((pos, len(text)))
    blocks: list[tuple[int, int, str]] = []
    for span_start, end in spans:
        start = blocks.pop()[0] if blocks and blocks[-1][2].rstrip().endswith(":") else span_start
        blocks.append((start, end, text[start:end]))
    return blocks


def _evidence_problem(ctx: CheckContext, point: RequiredPoint) -> str | None:
    lex = ctx.lexicon.points
    problem = ctx.dispute.problem.value if ctx.dispute.problem else "absent"
    kinds = lex.evidence_by_problem[problem]
    asked = ctx.decision.facts.evidence_requested or point.say
    named = [m for k in kinds for m in lex.evidence_kinds[k].finditer(ctx.folded, ctx.langs)]
    if not named:
        wanted = " or ".join(kinds)
        return f"request_evidence: ask for the evidence this problem needs ({wanted}): {asked}"
    # The evidence must be asked for, not only named ("we will look at the video once it
    # arrives"): a request cue in the same paragraph as the evidence word.
    cues = lex.cues[point.id]
    langs = _cue_langs(ctx, point.id)
    for start, end, block in _blocks(ctx.folded):
        if any(start <= m.start() < end for m in named) and cues.matches(block, langs):
            return None
    return f"missing point request_evidence: the evidence is named but never asked for: {asked}"


# What ends the sentence a cue stands in. A sentence ending with a colon and a line break introduces the options
# ("two options, whichever suits you better:", "u kunt kiezen uit:"): it lists them, it does not
# ask the buyer to choose.
_SENTENCE_END = re.compile(r"[.!?\n。！？؟]|:(?=[ \t]*\n)")
_LISTS_NOT_ASKS = ("ask_choice",)


def _made(ctx: CheckContext, point_id: str, langs: tuple[str, ...]) -> bool:
    cues = ctx.lexicon.points.cues[point_id]
    if point_id not in _LISTS_NOT_ASKS:
        return cues.matches(ctx.folded, langs)
    for m in cues.finditer(ctx.folded, langs):
        end = _SENTENCE_END.search(ctx.folded, m.end())
        if end is None or end.group() != ":":
            return True
    return False


def check_required_points(ctx: CheckContext) -> CheckOutcome:
    problems: list[str] = []
    unverifiable: list[str] = []
    for point in ctx.decision.required_points:
        missing = [f"{fact} {value!r}" for fact, value in point.mention.items() if not mentions(ctx, fact, value)]
        if missing:
            problems.append(f"{point.id}: quote {', '.join(missing)} exactly ({point.say})")
            continue
        langs = _cue_langs(ctx, point.id)
        if not langs or (langs == ("en",) and ctx.language != "en" and ctx.detected not in (None, "en")):
            # No cue list for this language: only quoted facts can be verified.
            unverifiable.append(point.id)
            continue
        if not _made(ctx, point.id, langs):
            problems.append(f"missing point {point.id}: {point.say}")
            continue
        if point.id == "request_evidence":
            wrong_kind = _evidence_problem(ctx, point)
            if wrong_kind:
                problems.append(wrong_kind)
    ids = [p.id for p in ctx.decision.required_points]
    if not ids:
        return verdict(NAME, True, [], "no points required by this remedy")
    ok = f"all {len(ids)} points made: {', '.join(ids)}"
    if unverifiable:
        ok += f" (no cue list for language {ctx.language!r}: {', '.join(unverifiable)} checked on quoted facts only)"
    return verdict(NAME, True, problems, ok)
