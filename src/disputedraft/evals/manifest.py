"""`evals/cassettes/manifest.json`: what the cassettes were recorded with.

Replay has to send byte-for-byte the requests that were recorded, and the model name and
the endpoint's path are part of every request body and URL; so recording writes them down
and replay builds its clients from them.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, ValidationError

from disputedraft.errors import FieldProblem, InvalidInput, pydantic_problems
from disputedraft.evals.cassettes import canonical_base_url
from disputedraft.llm.openai_model import EndpointConfig, OpenAIChatModel
from disputedraft.llm.retry import RetryPolicy

MANIFEST = "manifest.json"


class Endpoint(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    model: str
    base_path: str = "/v1"
    structured: str = "json_schema"

    @classmethod
    def of(cls, model: OpenAIChatModel) -> Endpoint:
        return cls(
            model=model.config.model,
            base_path=urlsplit(model.config.base_url).path.rstrip("/") or "/",
            structured=model.config.structured,
        )


class Manifest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    drafter: Endpoint
    judge: Endpoint | None = None
    recorded_at: str
    template_hash: str
    judge_template_hash: str
    policy_version: str


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def read_manifest(directory: Path) -> Manifest:
    path = directory / MANIFEST
    hint = "record the cassettes first: disputedraft eval --live --record"
    try:
        return Manifest.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except FileNotFoundError:
        raise InvalidInput(str(path), [FieldProblem("", f"no cassette manifest; {hint}")]) from None
    except json.JSONDecodeError as exc:
        raise InvalidInput(str(path), [FieldProblem("", f"not valid JSON: {exc.msg}")]) from None
    except ValidationError as exc:
        raise InvalidInput(str(path), pydantic_problems(exc.errors())) from None


def write_manifest(directory: Path, manifest: Manifest) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / MANIFEST).write_text(manifest.model_dump_json(indent=2) + "\n", encoding="utf-8")


def replay_model(endpoint: Endpoint) -> OpenAIChatModel:
    """A real client, aimed at the canonical address the cassettes were rewritten to.

    One attempt only: a replayed miss is a stale cassette, and retrying it cannot help.
    """
    config = EndpointConfig(
        base_url=canonical_base_url(endpoint.base_path),
        model=endpoint.model,
        api_key="sk-replay",
        timeout=30.0,
        structured=endpoint.structured,
    )
    return OpenAIChatModel(config, RetryPolicy.immediate(max_attempts=1))
