"""no_internal_notes: nothing meant for the seller or the drafting machinery reaches the buyer.

Flags policy identifiers (any snake_case word: remedy, rule and point ids all are), the
seller's own checklist or instructions copied verbatim, and phrases such as "internal
note", "as an AI" or JSON left over from the model's answer, and asides addressed to a named
colleague ("(Marek: don't send a label)") unless the name is the buyer's. The same aside may open a
line with a one-word label instead of a bracket ("Obs till Linnea: ...", "Note for Marek: ..."): such a
line is read as if the label were the bracket, and counts only when the pattern names the addressee after
a preposition (so "Tracking Number: LP..." is no note).
"""

from __future__ import annotations

import re

from disputedraft.checks.context import CheckContext
from disputedraft.checks.outcome import verdict
from disputedraft.checks.text import contains_phrase, fold
from disputedraft.checks.types import CheckOutcome

NAME = "no_internal_notes"
_SNAKE = re.compile(r"(?<![\w@.])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![\w@])")
_MIN_WORDS = 4  # shorter instructions ("Send the invoice") are ordinary reply sentences


def _instructions(ctx: CheckContext) -> list[str]:
    d = ctx.decision
    texts = [*d.seller_actions, *d.must_not, d.handbook]
    return [t.rstrip(". ") for t in texts if len(t.split()) >= _MIN_WORDS]


def _label_pattern(ctx: CheckContext) -> re.Pattern[str]:
    # One-word point ids ("acknowledge", "cooperate") are ordinary words; they only betray
    # the machinery as a label: "Acknowledge: ..." at the start of a line, or "[cooperate]".
    ids = sorted({p.id for p in ctx.decision.required_points} | {ctx.decision.remedy}, key=len, reverse=True)
    alt = "|".join(re.escape(i.replace("_", " ")) for i in ids)
    return re.compile(rf"(?m:^\s*(?:{alt})\s*:)|[\[(<](?:{alt})[\])>]")


_NAME_STEM = 4  # "Katarzyno" (vocative) still addresses Katarzyna


def _buyer_stems(ctx: CheckContext) -> set[str]:
    names = [ctx.decision.facts.buyer_name, ctx.dispute.buyer.name if ctx.dispute.buyer else None]
    return {w[:_NAME_STEM] for n in names if n for w in fold(n).split()}


# "Obs till Linnea: ..." at the start of a line: one label word, then the rest of the line.
_LINE_LABEL = re.compile(r"(?m)^[ \t]*[(\[]?[^\W\d_]{2,15}\.?[ \t]+(?=\S)")


def _labelled_lines(ctx: CheckContext) -> list[tuple[str, int]]:
    # Each labelled line as "(" + the text after its label, with that text's offset in ctx.plain.
    out = []
    for m in _LINE_LABEL.finditer(ctx.plain):
        end = ctx.plain.find("\n", m.end())
        out.append(("(" + ctx.plain[m.end() : end if end >= 0 else len(ctx.plain)], m.end() - 1))
    return out


def _name_group(m: re.Match[str]) -> str:
    # Each shape of note names its addressee in a group `name` or `name_*` (one regex holds them all,
    # and a group name cannot repeat).
    return next(k for k, v in m.groupdict().items() if (k == "name" or k.startswith("name_")) and v)


def _addressed_notes(ctx: CheckContext) -> list[str]:
    found = [(m, 0) for m in ctx.lexicon.addressed_notes.finditer(ctx.plain, ctx.langs)]
    for line, offset in _labelled_lines(ctx):
        # Only a note that opens the line counts: most lines open with a label word ("Dear",
        # "Thank"), so one try at the start instead of a scan of each.
        m = ctx.lexicon.addressed_notes.search_at_start(line, ctx.langs)
        # only a note that names its addressee after a preposition: "(till Linnea: ...", not "(Number: ..."
        if m and m.start(_name_group(m)) > 2:
            found.append((m, offset))
    if not found:
        return []
    buyer = _buyer_stems(ctx)
    notes = []
    for m, off in found:
        name = m.group(_name_group(m))  # looked up once a match: the group differs by note shape
        if fold(name)[:_NAME_STEM] not in buyer:
            notes.append(f"aside addressed to {name!r}, not the buyer: {ctx.quote(m.start() + off, m.end() + off)}")
    return notes


# "@Kim: upload the proof", "@Lager: ..." : a chat-style mention of a colleague or a team. An e-mail
# address ("help@shop.com") has a letter before its "@" and is no mention.
_MENTION = re.compile(r"(?<![\w.@＠])[@＠](?P<name>[^\W\d_][\w-]{1,30})")


def _mentions(ctx: CheckContext) -> list[str]:
    found = list(_MENTION.finditer(ctx.folded)) if "@" in ctx.folded or "＠" in ctx.folded else []
    if not found:
        return []
    buyer = _buyer_stems(ctx)
    return [
        f"@-mention of {m.group('name')!r}, not the buyer: {ctx.quote(m.start(), m.end(), 8)}"
        for m in found
        if m.group("name")[:_NAME_STEM] not in buyer
    ]


def check_no_internal_notes(ctx: CheckContext) -> CheckOutcome:
    problems = [f"internal identifier {ctx.quote(m.start(), m.end())}" for m in _SNAKE.finditer(ctx.scan.masked)]
    problems += [
        f"internal or machine text {ctx.quote(m.start(), m.end(), 8)}"
        for m in ctx.lexicon.internal.finditer(ctx.folded, ctx.langs)
    ]
    problems += [
        f"point or remedy name used as a label {ctx.quote(m.start(), m.end())}"
        for m in _label_pattern(ctx).finditer(ctx.folded)
    ]
    problems += _addressed_notes(ctx)
    problems += _mentions(ctx)
    problems += [
        f"copies the seller's instructions: {text[:60]!r}"
        for text in _instructions(ctx)
        if contains_phrase(ctx.folded, text)
    ]
    return verdict(NAME, True, problems, "no internal notes, identifiers or instructions")
