"""The committed OpenAPI document: it matches the app, its examples are real contract
documents, and schemathesis finds no 5xx (nor a non-conforming answer) on the live server."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import negative_data_rejection

from disputedraft.api import create_app
from disputedraft.api.bodies import CheckRequest
from disputedraft.api.openapi import render
from disputedraft.contract import Dispute
from test_api_support import AUTH, EXAMPLES, ROOT, default_service, live_api

COMMITTED = ROOT / "docs" / "openapi.json"
REGENERATE = "regenerate it: .venv/bin/python -m disputedraft serve --print-openapi > docs/openapi.json"


def test_committed_schema_is_the_generated_one() -> None:
    generated = create_app(default_service()).openapi()
    committed = json.loads(COMMITTED.read_text(encoding="utf-8"))
    assert committed == generated, f"docs/openapi.json is stale; {REGENERATE}"
    assert COMMITTED.read_text(encoding="utf-8") == render(generated), f"formatting differs; {REGENERATE}"


def test_schema_examples_are_valid_contract_documents() -> None:
    doc = json.loads(COMMITTED.read_text(encoding="utf-8"))
    for path in ("/v1/decisions", "/v1/drafts", "/v1/checks"):
        examples = doc["paths"][path]["post"]["requestBody"]["content"]["application/json"]["examples"]
        assert examples, path
        for example in examples.values():
            model = CheckRequest if path == "/v1/checks" else Dispute
            model.model_validate(example["value"])


@pytest.mark.parametrize("source", sorted((ROOT / "examples").glob("*.json")), ids=lambda p: p.name)
def test_schema_examples_are_the_repositorys_examples(source: object) -> None:
    """The package ships copies (the repo's examples/ is not installed); they must not drift."""
    from pathlib import Path

    assert isinstance(source, Path)
    copy = EXAMPLES / source.name
    assert copy.exists(), f"copy {source} to {EXAMPLES}/ (and regenerate docs/openapi.json)"
    assert json.loads(copy.read_text(encoding="utf-8")) == json.loads(source.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    with live_api(default_service()) as client:
        yield str(client.base_url)


schema = schemathesis.openapi.from_path(COMMITTED)


@schema.parametrize()
@settings(
    max_examples=100,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.function_scoped_fixture],
)
def test_no_server_error_on_generated_input(case: schemathesis.Case, base_url: str) -> None:
    if case.headers and "Idempotency-Key" in case.headers:
        # A key reused for another body is a 422 by design; fresh keys keep the cases independent.
        case.headers["Idempotency-Key"] = uuid.uuid4().hex
    response = case.call(base_url=base_url, headers=AUTH)
    assert response.status_code < 500, f"{case.method} {case.path} -> {response.status_code}: {response.text[:500]}"
    # Pydantic's lax mode accepts more than the schema promises (a Unix time for a date, "2" for
    # an integer): by design, so "negative data must be rejected" is the one check left out.
    case.validate_response(response, headers=AUTH, excluded_checks=[negative_data_rejection])
