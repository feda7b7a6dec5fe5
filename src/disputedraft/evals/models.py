"""Which drafter and judge an eval run talks to: live endpoints, or replayed cassettes.

The judge is configured apart from the drafter (`--judge-base-url`, `--judge-model`, key
from DISPUTEDRAFT_JUDGE_API_KEY or OPENAI_API_KEY); by default it is the drafter's model.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

from disputedraft.errors import FieldProblem, InvalidInput
from disputedraft.evals.judge import template_hash as judge_template_hash
from disputedraft.evals.manifest import Endpoint, Manifest, now, read_manifest, replay_model, write_manifest
from disputedraft.llm.openai_model import EndpointConfig, OpenAIChatModel
from disputedraft.llm.select import ModelChoice, open_model
from disputedraft.llm.types import ChatModel
from disputedraft.policy import default_policy
from disputedraft.prompting import prompt_set

Pair = tuple[ChatModel, ChatModel | None]


@dataclass(frozen=True)
class JudgeChoice:
    enabled: bool = True
    base_url: str | None = None
    model: str | None = None
    api_key: str | None = None

    def __repr__(self) -> str:
        return f"JudgeChoice(enabled={self.enabled}, base_url={self.base_url!r}, model={self.model!r}, api_key='***')"

    @classmethod
    def from_env(cls, enabled: bool, base_url: str | None, model: str | None) -> JudgeChoice:
        key = os.environ.get("DISPUTEDRAFT_JUDGE_API_KEY") or os.environ.get("OPENAI_API_KEY") or None
        return cls(enabled=enabled, base_url=base_url, model=model, api_key=key)


@asynccontextmanager
async def live_models(choice: ModelChoice, judge: JudgeChoice) -> AsyncIterator[Pair]:
    async with open_model(choice) as drafter:
        if not judge.enabled:
            yield drafter, None
            return
        if not (judge.base_url or judge.model):
            yield drafter, drafter  # the default: the drafting model grades too
            return
        base_url = judge.base_url or (drafter.config.base_url if isinstance(drafter, OpenAIChatModel) else None)
        if base_url is None:
            raise InvalidInput("judge", [FieldProblem("--judge-model", "needs --judge-base-url with a fake drafter")])
        config = EndpointConfig(
            base_url=base_url,
            model=judge.model or drafter.name,
            api_key=judge.api_key or "sk-no-key-required",
            timeout=choice.timeout,
        )
        model = OpenAIChatModel(config)
        try:
            yield drafter, model
        finally:
            await model.aclose()


@asynccontextmanager
async def replay_models(directory: Path, with_judge: bool) -> AsyncIterator[Pair]:
    """Real openai clients aimed at the canonical address, named as they were when recorded."""
    manifest = read_manifest(directory)
    if with_judge and manifest.judge is None:
        raise InvalidInput(
            str(directory / "manifest.json"),
            [FieldProblem("judge", "recorded without a judge: re-record, or run with --no-judge")],
        )
    drafter = replay_model(manifest.drafter)
    judge = replay_model(manifest.judge) if with_judge and manifest.judge else None
    try:
        yield drafter, judge
    finally:
        await drafter.aclose()
        if judge is not None:
            await judge.aclose()


def _endpoint(model: ChatModel, role: str) -> Endpoint:
    if not isinstance(model, OpenAIChatModel):
        raise InvalidInput(
            role,
            [
                FieldProblem(
                    "",
                    f"cannot record cassettes of {model.name!r}: it is not an "
                    "HTTP endpoint (unset DISPUTEDRAFT_FAKE_MODEL)",
                )
            ],
        )
    return Endpoint.of(model)


def record_manifest(directory: Path, drafter: ChatModel, judge: ChatModel | None, *, refresh: bool = False) -> Manifest:
    """Writes the manifest of a recording. A refresh keeps most recorded answers, so it must
    talk to the endpoints that recorded them: one cassette must never mix two models."""
    manifest = Manifest(
        drafter=_endpoint(drafter, "drafter"),
        judge=_endpoint(judge, "judge") if judge else None,
        recorded_at=now(),
        template_hash=prompt_set().hash,
        judge_template_hash=judge_template_hash(),
        policy_version=default_policy().spec.version,
    )
    if refresh:
        recorded = read_manifest(directory)
        problems = [
            FieldProblem(role, f"recorded with {was!r}, now {is_!r}: re-record with --record instead")
            for role, was, is_ in (
                ("drafter", recorded.drafter, manifest.drafter),
                ("judge", recorded.judge, manifest.judge),
            )
            if was != is_
        ]
        if problems:
            raise InvalidInput(str(directory), problems)
    write_manifest(directory, manifest)
    return manifest
