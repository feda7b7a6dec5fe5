"""Prompts from jinja2 templates under `prompts/`; the reply schema; parsing and assembly.

Templates render in a sandbox with StrictUndefined. Dispute values (buyer text above all)
only ever arrive as variables, so `{{ ... }}` typed by a buyer is printed, never evaluated.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from jinja2 import FileSystemLoader, StrictUndefined
from jinja2.sandbox import SandboxedEnvironment

from disputedraft.checks.text import compact
from disputedraft.checks.types import Violation
from disputedraft.contract import Dispute
from disputedraft.errors import ModelOutputError
from disputedraft.language import language_name
from disputedraft.policy.decide import money
from disputedraft.policy.decision import Decision
from disputedraft.policy.phrasebook import Localized, localized
from disputedraft.resources import data_dir

TEMPLATES = ("system.j2", "draft.j2", "repair.j2", "translate.j2")
MAX_BUYER_MESSAGES = 3
MAX_BUYER_CHARS = 500  # per message: long rants cost prompt time, the gist is at the start


@dataclass(frozen=True)
class PromptSet:
    env: SandboxedEnvironment
    hash: str

    def render(self, name: str, **variables: Any) -> str:
        return self.env.get_template(name).render(**variables).strip()

    @cached_property
    def system(self) -> str:
        """The system prompt: it takes no variables, so it is the same for every dispute."""
        return self.render("system.j2")


@cache
def prompt_set(directory: Path | None = None) -> PromptSet:
    base = directory or data_dir("prompts")
    env = SandboxedEnvironment(
        loader=FileSystemLoader(base),
        undefined=StrictUndefined,
        autoescape=False,
        keep_trailing_newline=False,
        trim_blocks=False,
        # Read each template once per process: the hash below is taken once too, so a
        # template edited under a running server must not change drafts it cannot name.
        auto_reload=False,
    )
    digest = hashlib.sha256()
    for name in TEMPLATES:
        digest.update(name.encode())
        digest.update((base / name).read_bytes())
    # The phrasebook's sentences are part of every draft prompt, so they are part of its hash.
    for path in sorted((data_dir("policies") / "phrasebook").glob("*.yaml")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return PromptSet(env=env, hash=digest.hexdigest()[:16])


def _offer_lines(decision: Decision) -> list[str]:
    lines = []
    for offer in decision.allowed_offers:
        if offer.kind == "partial_refund":
            cap = money(offer.max_amount, offer.currency) if offer.max_amount is not None else None
            lines.append(f"a partial refund of at most {cap}" if cap else "a partial refund (amount to be agreed)")
        elif offer.kind == "return_and_refund":
            lines.append("a full refund once the item is returned")
        elif offer.kind == "protection_extension":
            lines.append(f"extending the buyer's purchase protection by {offer.days} days")
        elif offer.kind == "reshipment":
            lines.append("sending the item again at no extra cost")
    return lines


def _fact_lines(decision: Decision) -> list[tuple[str, str]]:
    f = decision.facts
    pairs: list[tuple[str, Any]] = [
        ("Order number", f.order_id),
        ("Items", ", ".join(f.items) if f.items else None),
        ("Order total", money(f.order_total, f.currency) if f.order_total is not None else None),
        ("Carrier", f.carrier),
        ("Tracking number", f.tracking_number),
        ("New tracking number (reshipment)", f.reship_tracking_number),
        ("Return address", f.return_address if decision.remedy == "return_instructions" else None),
    ]
    return [(label, str(value)) for label, value in pairs if value]


def buyer_messages(dispute: Dispute) -> list[str]:
    texts = dispute.buyer_texts()[-MAX_BUYER_MESSAGES:]
    return [t if len(t) <= MAX_BUYER_CHARS else t[:MAX_BUYER_CHARS] + " [...]" for t in texts]


def example_greeting(local: Localized | None, *, buyer_upset: bool) -> str | None:
    if local is None or local.greeting is None:
        return None
    if not buyer_upset:
        return local.greeting
    # "Hello Tom, we are sorry ...": after a comma the apology goes on the same sentence.
    sorry = local.sorry[0].lower() + local.sorry[1:] if local.greeting.endswith(",") else local.sorry
    return f"{local.greeting} {sorry}"


def draft_messages(
    dispute: Dispute, decision: Decision, language: str, *, buyer_upset: bool, prompts: PromptSet | None = None
) -> list[dict[str, str]]:
    prompts = prompts or prompt_set()
    local = localized(decision, language)
    points = [
        {
            "id": p.id,
            "say": p.say,
            "mention": p.mention,
            "missing": [m.replace("_", " ") for m in p.missing],
            "example": local.points[p.id] if local else p.example,
        }
        for p in decision.required_points
    ]
    # The system prompt is identical for every dispute, so the server's prefix cache reuses it.
    user = prompts.render(
        "draft.j2",
        language=language,
        language_name=language_name(language),
        buyer_name=decision.facts.buyer_name or "(unknown: greet politely without a name)",
        store_name=decision.facts.store_name,
        facts=_fact_lines(decision),
        remedy_title=decision.title,
        points=points,
        localized=local is not None,
        greeting=example_greeting(local, buyer_upset=buyer_upset),
        sorry=local.sorry if local else None,
        closing=local.closing if local else None,
        offers=_offer_lines(decision),
        must_not=decision.must_not,
        buyer_upset=buyer_upset,
        buyer_messages=buyer_messages(dispute) or ["(no message)"],
    )
    return [{"role": "system", "content": prompts.system}, {"role": "user", "content": user}]


def repair_messages(
    previous: list[dict[str, str]],
    reply: str,
    violations: list[Violation],
    language: str,
    prompts: PromptSet | None = None,
) -> list[dict[str, str]]:
    prompts = prompts or prompt_set()
    fix = prompts.render("repair.j2", violations=violations, language=language, language_name=language_name(language))
    # The rejected reply is not shown again: a small model shown its own answer copies it
    # word for word. The first two messages stay a prefix, so the prompt cache still applies.
    del reply
    return [previous[0], {"role": "user", "content": previous[1]["content"] + "\n\n" + fix}]


def translate_messages(
    previous: list[dict[str, str]], parts: dict[str, str], language: str, prompts: PromptSet | None = None
) -> list[dict[str, str]]:
    """Ask for the rejected reply again, translated: a small model given English example
    sentences sometimes answers in English, and it translates better than it rewrites."""
    prompts = prompts or prompt_set()
    # The reply is our own model's output, passed as data; it is JSON-encoded so that any text
    # in it stays a string value and cannot break out of the object.
    fix = prompts.render(
        "translate.j2",
        reply_json=json.dumps(parts, ensure_ascii=False, indent=0),
        language=language,
        language_name=language_name(language),
    )
    return [previous[0], {"role": "user", "content": fix}]


def reply_keys(decision: Decision) -> list[str]:
    return ["greeting", *(p.id for p in decision.required_points), "closing"]


def reply_schema(decision: Decision) -> dict[str, Any]:
    keys = reply_keys(decision)
    return {
        "type": "object",
        "properties": {k: {"type": "string", "minLength": 1} for k in keys},
        "required": keys,
        "additionalProperties": False,
    }


def parse_reply(content: str, decision: Decision) -> dict[str, str]:
    text = content.strip()
    if text.startswith("```"):  # servers without structured output like to fence JSON
        text = text.strip("`").removeprefix("json").strip()
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ModelOutputError(f"reply is not JSON ({exc.msg})", content) from None
    if not isinstance(data, dict):
        raise ModelOutputError("reply is not a JSON object", content)
    missing = [k for k in reply_keys(decision) if not str(data.get(k, "")).strip()]
    if missing:
        raise ModelOutputError(f"reply is missing {', '.join(missing)}", content)
    return {k: " ".join(str(data[k]).split()) for k in reply_keys(decision)}


# Facts that are codes: copying them is the one thing code does better than the model.
_CODE_FACTS = ("tracking_number", "reship_tracking_number")


def with_codes(parts: dict[str, str], decision: Decision) -> dict[str, str]:
    """Each point that must quote a tracking number gets it, in brackets, when the model left
    it out: the commonest fault of the 1.5B model, and no reason to spend a model call. A
    wrong number the model wrote stays where it is, for the checks to reject."""
    out = dict(parts)
    for point in decision.required_points:
        for fact in _CODE_FACTS:
            code = point.mention.get(fact)
            if code and compact(code) not in compact(out[point.id]):
                out[point.id] = _append(out[point.id], f"({code})")
    return out


def _append(sentence: str, addition: str) -> str:
    # Inside the sentence's last full stop, so the code reads as part of it: "... number (LP1)."
    text = sentence.rstrip()
    if text and text[-1] in ".。!?":
        return f"{text[:-1]} {addition}{text[-1]}"
    return f"{text} {addition}"


def _without_signoff(closing: str, decision: Decision) -> str:
    # Small models like to sign the closing themselves; the real signature follows it.
    for name in (decision.facts.signature, decision.facts.store_name):
        closing = closing.replace(name, "")
    return closing.strip().rstrip(",;-").strip() or closing


def assemble(parts: dict[str, str], decision: Decision) -> str:
    body = " ".join(parts[p.id] for p in decision.required_points)
    closing = _without_signoff(parts["closing"], decision)
    # The signature is added here, not by the model, so every draft is signed by the store.
    return f"{parts['greeting']}\n\n{body}\n\n{closing}\n{decision.facts.signature}"
