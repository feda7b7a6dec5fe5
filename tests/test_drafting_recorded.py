"""The real OpenAI-client path, replayed from cassettes recorded on the embedded model.

The cassettes are the eval suite's (`disputedraft eval --live --record` writes them with the
embedded model); this test replays the drafting calls in them through DraftingService and the
OpenAI SDK exactly as `disputedraft draft` makes them. A request that was not recorded (a
prompt or check change) fails loudly: record mode `none`, network blocked.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from disputedraft.checks import run_checks
from disputedraft.drafting import DraftingService
from disputedraft.evals.cassettes import CANONICAL_BASE_URL
from disputedraft.llm.openai_model import EndpointConfig, OpenAIChatModel
from disputedraft.llm.retry import RetryPolicy
from disputedraft.loading import dispute_from_obj

EVALS = Path(__file__).parents[1] / "evals"
MODEL_NAME = "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
# one Spanish, one Portuguese (language detected), one English, one French: four remedies
CASES = [
    "transit_es_worried",
    "transit_pt_detected_polite",
    "evidence_wrong_item_en_upset",
    "return_instructions_fr_neutral",
]


@pytest.fixture(scope="module")
def vcr_cassette_dir() -> str:
    return str(EVALS / "cassettes")


@pytest.fixture
def default_cassette_name(case_id: str) -> str:
    return case_id


@pytest.fixture
async def recorded_model() -> AsyncIterator[OpenAIChatModel]:
    config = EndpointConfig(base_url=CANONICAL_BASE_URL, model=MODEL_NAME, structured="json_schema")
    model = OpenAIChatModel(config, RetryPolicy.immediate(max_attempts=1))
    yield model
    await model.aclose()


@pytest.mark.vcr
@pytest.mark.parametrize("case_id", CASES)
async def test_recorded_draft_is_ready_or_honestly_flagged(case_id: str, recorded_model: OpenAIChatModel) -> None:
    case = json.loads((EVALS / "cases" / f"{case_id}.json").read_text())
    dispute = dispute_from_obj(case["dispute"])
    draft = await DraftingService(model=recorded_model).draft(dispute)
    assert draft.status in ("ready", "needs_review"), draft.error
    assert draft.remedy == case["expect"]["remedy"]
    assert draft.language == case["tags"]["language"]
    assert draft.model == MODEL_NAME
    assert draft.usage.completion_tokens > 0
    assert draft.message is not None
    report = run_checks(dispute, draft.decision, draft.message, draft.language)
    # The guarantee: a draft marked ready breaks no hard rule (re-checked independently here).
    assert report.passed == (draft.status == "ready"), report.violations
    assert draft.message.rstrip().endswith(draft.decision.facts.signature)
