"""The drafting service's product: a message, its status, and the evidence behind it."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from disputedraft.checks.types import Violation
from disputedraft.llm.types import Usage
from disputedraft.policy.decision import Decision

# ready: passed every hard check; needs_review: a draft exists but broke a hard rule after
# the repairs; human_review: the handbook has no remedy, no draft is written; error: the
# model could not be reached or never answered usably.
Status = Literal["ready", "needs_review", "human_review", "error"]


class Timing(BaseModel):
    total_ms: float = 0.0
    model_ms: float = 0.0
    prompt_ms: float | None = None  # prompt processing, when the server reports it
    generation_ms: float | None = None

    @property
    def overhead_ms(self) -> float:
        return max(0.0, self.total_ms - self.model_ms)


class Draft(BaseModel):
    dispute_id: str
    status: Status
    remedy: str
    message: str | None = None
    parts: dict[str, str] = Field(default_factory=dict)
    language: str
    language_source: str
    violations: list[Violation] = Field(default_factory=list)
    attempts: int = 0
    model: str | None = None
    usage: Usage = Field(default_factory=Usage)
    timing: Timing = Field(default_factory=Timing)
    template_hash: str
    error: str | None = None
    decision: Decision

    def readable(self) -> str:
        lines = [
            f"dispute {self.dispute_id}: {self.status.upper()}  remedy={self.remedy}  language={self.language}",
            f"rule: {self.decision.rule}",
        ]
        if self.decision.human_review_reason:
            lines.append(f"why a person: {self.decision.human_review_reason}")
        if self.error:
            lines.append(f"error: {self.error}")
        if self.message:
            lines += ["", self.message, ""]
        lines += [f"violation ({'hard' if v.hard else 'tone'}) {v.check}: {v.detail}" for v in self.violations]
        if self.decision.seller_actions:
            lines.append("seller checklist:")
            lines += [f"  [ ] {a}" for a in self.decision.seller_actions]
        if self.decision.respond_by:
            lines.append(f"respond by: {self.decision.respond_by.isoformat()}")
        lines.append(
            f"model={self.model} attempts={self.attempts} tokens={self.usage.prompt_tokens}+"
            f"{self.usage.completion_tokens} (cached {self.usage.cached_tokens}) {self.timing.total_ms:.0f} ms"
        )
        return "\n".join(lines)
