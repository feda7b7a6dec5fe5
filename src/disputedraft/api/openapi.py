"""The OpenAPI document: FastAPI's, plus the request bodies we parse ourselves, the problem
responses, and examples that are real contract documents (validated by the tests).

The committed copy lives in docs/openapi.json; `disputedraft serve --print-openapi` rewrites
it, and a test fails when the two differ.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from pydantic import BaseModel
from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue, models_json_schema
from pydantic_core import core_schema

from disputedraft.api.problems import PROBLEM_JSON, ProblemDetails

REF = "#/components/schemas/{model}"
_DESCRIPTIONS = {
    400: "Malformed request: the body is not JSON, is empty, or a header is malformed.",
    401: "Missing or wrong bearer token (only when the server sets DISPUTEDRAFT_API_TOKEN).",
    413: "The body is larger than the server's limit (256 KiB by default).",
    415: "The body is not sent as application/json.",
    422: "The body is JSON but not a valid document; `errors` names each bad field and what is wrong.",
    500: "Unexpected server error (logged; no details are given).",
    503: "The model endpoint is overloaded or down, or too many drafts are queued; see Retry-After.",
}


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    out: dict[int | str, dict[str, Any]] = {}
    for status in statuses:
        response: dict[str, Any] = {
            "description": _DESCRIPTIONS[status],
            "content": {PROBLEM_JSON: {"schema": {"$ref": REF.format(model="ProblemDetails")}}},
        }
        if status in (503,):
            response["headers"] = {
                "Retry-After": {"description": "Seconds to wait before retrying.", "schema": {"type": "integer"}}
            }
        if status == 401:
            response["headers"] = {
                "WWW-Authenticate": {"description": "The bearer challenge.", "schema": {"type": "string"}}
            }
        out[status] = response
    return out


@cache
def example_disputes() -> dict[str, dict[str, Any]]:
    """name -> contract document, from the files shipped next to this module."""
    folder = resources.files("disputedraft.api").joinpath("examples")
    out: dict[str, dict[str, Any]] = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".json"):
            out[entry.name.removesuffix(".json")] = json.loads(entry.read_text(encoding="utf-8"))
    return out


def _examples(model: str) -> dict[str, Any]:
    docs = example_disputes()
    if model == "CheckRequest":
        checks = {k: v for k, v in docs.items() if k.startswith("check_")}
        return {name: {"summary": name.replace("_", " "), "value": value} for name, value in checks.items()}
    return {
        name: {"summary": value.get("id", name) + ": " + name.replace("_", " "), "value": value}
        for name, value in docs.items()
        if not name.startswith("check_")
    }


def body_doc(model: str) -> dict[str, Any]:
    """openapi_extra for an endpoint whose JSON body is `model` (parsed by bodies.py)."""
    return {
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {"schema": {"$ref": REF.format(model=model)}, "examples": _examples(model)}
            },
        }
    }


# Money beyond this is not a real order; the policy's cent arithmetic overflows near 1e26.
MAX_AMOUNT = 1e12


class _InputSchema(GenerateJsonSchema):
    """Amounts are documented as JSON numbers, with their bounds.

    Pydantic also takes decimal strings ("42.50"), but its schema for them is a bare string with
    no bounds, which promises callers (and schemathesis) that "" or "-1" would be accepted.
    """

    def decimal_schema(self, schema: core_schema.DecimalSchema) -> JsonSchemaValue:
        out = super().decimal_schema(schema)
        if self.mode == "validation" and "anyOf" in out:
            number: JsonSchemaValue = out["anyOf"][0]
            number.setdefault("maximum", MAX_AMOUNT)
            number["description"] = 'A number; a decimal string such as "42.50" is accepted too.'
            return number
        return out

    def str_schema(self, schema: core_schema.StringSchema) -> JsonSchemaValue:
        out = super().str_schema(schema)
        if (
            self.mode == "validation"
            and schema.get("strip_whitespace")
            and schema.get("min_length", 0) >= 1
            and "pattern" not in out
        ):
            # Stripped before the length check, so "  " is empty: say a visible character is needed.
            # (\u0085 is whitespace to pydantic's trim but not to JSON Schema's \s.)
            out["pattern"] = r"[^\s\u0085]"
        return out


def _input_components() -> dict[str, Any]:
    from disputedraft.api.bodies import CheckRequest  # the models bodies.py validates against
    from disputedraft.contract import Dispute

    models: list[type[BaseModel]] = [Dispute, CheckRequest, ProblemDetails]
    _, schema = models_json_schema([(m, "validation") for m in models], ref_template=REF, schema_generator=_InputSchema)
    defs: dict[str, Any] = schema["$defs"]
    # Dispute's cross-field rule (a validator in contract.py), stated so that clients and
    # schemathesis know it; the schemathesis test fails if the two ever disagree.
    defs["Dispute"]["if"] = {"properties": {"reason": {"const": "not_received"}}, "required": ["reason"]}
    defs["Dispute"]["then"] = {"properties": {"problem": {"type": "null"}}}
    return defs


def build_openapi(app: FastAPI) -> dict[str, Any]:
    doc = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
    schemas: dict[str, Any] = doc.setdefault("components", {}).setdefault("schemas", {})
    for name, schema in _input_components().items():
        if name in schemas and schemas[name] != schema:
            raise RuntimeError(f"OpenAPI component {name!r} differs between request and response use")
        schemas[name] = schema
    for path_item in doc["paths"].values():
        for operation in path_item.values():
            for response in operation.get("responses", {}).values():
                content = response.get("content", {})
                if PROBLEM_JSON in content:  # FastAPI adds an empty application/json beside ours
                    content.pop("application/json", None)
    # FastAPI's own validation-error schemas are unused: our 422 is a problem document.
    for name in ("HTTPValidationError", "ValidationError"):
        schemas.pop(name, None)
    return doc


def render(doc: dict[str, Any]) -> str:
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
