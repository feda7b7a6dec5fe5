"""The HTTP API through a real uvicorn server on loopback, with a real HTTP client."""

from __future__ import annotations

import asyncio
import json
import socket
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from disputedraft.checks import run_checks
from disputedraft.contract import Dispute
from disputedraft.draft import Draft
from disputedraft.drafting import DraftingService
from disputedraft.llm.fake import FunctionModel
from disputedraft.policy import decide, default_policy
from test_api_support import AUTH, TOKEN, default_service, example, live_api, wait_ready

PROBLEM = "application/problem+json"


@pytest.fixture(scope="module")
def service() -> DraftingService:
    """The seam for other model paths: override it (e.g. a DraftingService over a vcrpy-replayed
    OpenAIChatModel; vcrpy patches the process, so it sees the server thread's calls too) and
    every test here runs against that model through the real server."""
    return default_service()


@pytest.fixture(scope="module")
def client(service: DraftingService) -> Iterator[httpx.Client]:
    with live_api(service) as c:
        yield c


def problem(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == PROBLEM
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    assert body["title"]
    assert "Traceback" not in response.text
    return body


def post_raw(
    client: httpx.Client, path: str, content: bytes, content_type: str | None = "application/json", **headers: str
) -> httpx.Response:
    if content_type is not None:
        headers["Content-Type"] = content_type
    return client.post(path, content=content, headers=headers)


# --- the endpoints --------------------------------------------------------------------------


def test_health_and_readiness(client: httpx.Client) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = wait_ready(client)
    assert ready.status_code == 200
    assert ready.json()["status"] == "ready"


def test_probes_need_no_token(client: httpx.Client) -> None:
    for path in ("/healthz", "/readyz", "/openapi.json"):
        assert httpx.get(str(client.base_url) + path).status_code == 200


@pytest.mark.parametrize(
    "name", ["in_transit_es", "not_as_described_en", "return_instructions_fr", "human_review_delivered"]
)
def test_decision_is_the_policy_layers(client: httpx.Client, name: str) -> None:
    doc = example(name)
    response = client.post("/v1/decisions", json=doc)
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert response.json() == json.loads(decide(Dispute.model_validate(doc)).model_dump_json())


def test_draft_is_the_drafting_services(client: httpx.Client, service: DraftingService) -> None:
    doc = example("not_as_described_en")
    response = client.post("/v1/drafts", json=doc)
    assert response.status_code == 200
    got = Draft.model_validate(response.json())
    assert got.status in ("ready", "needs_review")
    assert got.message
    assert got.dispute_id == doc["id"]
    assert got.decision == decide(Dispute.model_validate(doc))
    if isinstance(service.model, FunctionModel):
        # A deterministic fake: drafting directly gives the very same reply. (A real client is
        # bound to the server's event loop, so only fakes are called from this thread too.)
        direct = asyncio.run(DraftingService(model=type(service.model)()).draft(Dispute.model_validate(doc)))
        assert got.message == direct.message
        assert got.status == direct.status


def test_human_review_draft_makes_no_model_call(client: httpx.Client) -> None:
    response = client.post("/v1/drafts", json=example("human_review_delivered"))
    assert response.status_code == 200
    draft = response.json()
    assert draft["status"] == "human_review"
    assert draft["message"] is None
    assert draft["attempts"] == 0


def test_checks_are_the_checkers(client: httpx.Client) -> None:
    body = example("check_g01a_good_reply")
    response = client.post("/v1/checks", json=body)
    assert response.status_code == 200
    dispute = Dispute.model_validate(body["dispute"])
    expected = run_checks(dispute, decide(dispute), body["message"])
    assert response.json() == json.loads(expected.model_dump_json())


def test_checks_take_a_language(client: httpx.Client) -> None:
    body = example("check_g01a_good_reply") | {"language": "fr"}
    response = client.post("/v1/checks", json=body)
    assert response.status_code == 200
    dispute = Dispute.model_validate(body["dispute"])
    expected = run_checks(dispute, decide(dispute), body["message"], "fr")
    assert response.json() == json.loads(expected.model_dump_json())


def test_remedies_are_the_handbooks(client: httpx.Client) -> None:
    response = client.get("/v1/remedies")
    assert response.status_code == 200
    policy = default_policy()
    body = response.json()
    assert body["policy_version"] == policy.spec.version
    assert set(body["remedies"]) == set(policy.spec.remedies)
    for name, remedy in policy.spec.remedies.items():
        assert body["remedies"][name] == remedy.model_dump(mode="json")


# --- bad input: the right status and a message that names the field ------------------------


def test_malformed_json_is_400(client: httpx.Client) -> None:
    body = problem(post_raw(client, "/v1/decisions", b'{"id": "D-1", "reason": }'), 400)
    assert "not valid JSON" in body["detail"]
    assert "line 1 column" in body["detail"]


@pytest.mark.parametrize("content", [b"", b"   "])
def test_empty_body_is_400(client: httpx.Client, content: bytes) -> None:
    assert "empty" in problem(post_raw(client, "/v1/decisions", content), 400)["detail"]


def test_body_that_is_not_utf8_is_400(client: httpx.Client) -> None:
    assert "UTF-8" in problem(post_raw(client, "/v1/decisions", b'{"id": "\xff"}'), 400)["detail"]


def test_deeply_nested_json_is_400_not_500(client: httpx.Client) -> None:
    body = problem(post_raw(client, "/v1/decisions", b"[" * 50_000 + b"]" * 50_000), 400)
    assert "nested" in body["detail"]


def test_json_that_is_not_an_object_is_422(client: httpx.Client) -> None:
    body = problem(client.post("/v1/decisions", json=[1, 2]), 422)
    assert body["errors"] == [{"path": "", "problem": "expected a JSON object, got list"}]


def test_wrong_types_name_each_field(client: httpx.Client) -> None:
    doc = example("in_transit_es")
    doc["stage"] = 3
    doc["order"]["total"] = "a lot"
    doc["order"]["items"][0]["quantity"] = "two"
    body = problem(client.post("/v1/drafts", json=doc), 422)
    paths = {e["path"] for e in body["errors"]}
    assert paths == {"stage", "order.total", "order.items.0.quantity"}
    assert body["type"].endswith(":invalid-dispute")
    assert "stage" in body["detail"]
    assert "3 fields" in body["detail"]


def test_unknown_enum_lists_the_allowed_values(client: httpx.Client) -> None:
    doc = example("in_transit_es") | {"reason": "lost"}
    body = problem(client.post("/v1/decisions", json=doc), 422)
    assert body["errors"] == [
        {"path": "reason", "problem": "'lost' is not one of 'not_received' or 'not_as_described'"}
    ]


def test_missing_and_misspelt_fields(client: httpx.Client) -> None:
    doc = example("in_transit_es")
    del doc["id"]
    doc["shipment"]["stauts"] = "lost"
    body = problem(client.post("/v1/decisions", json=doc), 422)
    assert {"path": "id", "problem": "required field is missing"} in body["errors"]
    assert {"path": "shipment.stauts", "problem": "unknown field"} in body["errors"]


def test_cross_field_rule_is_reported(client: httpx.Client) -> None:
    doc = example("in_transit_es") | {"problem": "damaged"}
    body = problem(client.post("/v1/decisions", json=doc), 422)
    assert "only applies when reason is 'not_as_described'" in body["errors"][0]["problem"]


def test_check_request_fields_are_named(client: httpx.Client) -> None:
    body = problem(
        client.post("/v1/checks", json={"dispute": example("in_transit_es") | {"stage": "x"}, "mesage": "Hola"}), 422
    )
    paths = {e["path"] for e in body["errors"]}
    assert paths == {"dispute.stage", "message", "mesage"}


def test_oversized_body_is_413(client: httpx.Client) -> None:
    doc = example("in_transit_es") | {"notes": "x" * 300_000}
    body = problem(client.post("/v1/decisions", json=doc), 413)
    assert "262144 byte limit" in body["detail"]


def test_oversized_chunked_body_is_413(client: httpx.Client) -> None:
    def chunks() -> Iterator[bytes]:  # no Content-Length: only the streamed size can tell
        yield b'{"id": "D-1", "notes": "'
        for _ in range(40):
            yield b"x" * 10_000
        yield b'"}'

    response = client.post("/v1/decisions", content=chunks(), headers={"Content-Type": "application/json"})
    problem(response, 413)


def test_declared_length_over_the_limit_is_413_before_reading(client: httpx.Client) -> None:
    # httpx will not send a lying Content-Length, so this one speaks HTTP over a raw socket.
    url = httpx.URL(str(client.base_url))
    with socket.create_connection((url.host, url.port), timeout=10) as sock:
        sock.sendall(
            b"POST /v1/decisions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Authorization: Bearer " + TOKEN.encode() + b"\r\nContent-Length: 999999999\r\n\r\n{}"
        )
        reply = b""
        while b"\r\n\r\n" not in reply or not reply.rstrip().endswith(b"}"):
            chunk = sock.recv(65536)
            if not chunk:
                break
            reply += chunk
    head, _, payload = reply.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 413 ")
    assert b"content-type: application/problem+json" in head.lower()
    assert json.loads(payload)["status"] == 413


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded", None])
def test_non_json_content_type_is_415(client: httpx.Client, content_type: str | None) -> None:
    body = problem(post_raw(client, "/v1/decisions", b"{}", content_type), 415)
    assert "application/json" in body["detail"]


def test_json_with_charset_and_plus_json_are_accepted(client: httpx.Client) -> None:
    raw = json.dumps(example("in_transit_es")).encode()
    for content_type in ("application/json; charset=utf-8", "application/vnd.dispute+json"):
        assert post_raw(client, "/v1/decisions", raw, content_type).status_code == 200


@pytest.mark.parametrize("key", ["k" * 256, "two words"])
def test_bad_idempotency_key_is_422_naming_the_header(client: httpx.Client, key: str) -> None:
    response = client.post("/v1/drafts", json=example("human_review_delivered"), headers={"Idempotency-Key": key})
    body = problem(response, 422)
    assert [e["path"] for e in body["errors"]] == ["header.Idempotency-Key"]


def test_unknown_path_and_wrong_method_are_problems(client: httpx.Client) -> None:
    problem(client.get("/v1/nothing-here"), 404)
    assert problem(client.get("/v1/decisions"), 405)
    assert client.get("/v1/decisions").headers["allow"] == "POST"


# --- auth ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer wrong-token"},
        {"Authorization": TOKEN},
        {"Authorization": f"Basic {TOKEN}"},
        {"Authorization": "Bearer"},
    ],
)
@pytest.mark.parametrize(
    ("method", "path"),
    [("POST", "/v1/decisions"), ("POST", "/v1/drafts"), ("POST", "/v1/checks"), ("GET", "/v1/remedies")],
)
def test_every_v1_call_needs_the_token(client: httpx.Client, headers: dict[str, str], method: str, path: str) -> None:
    # A malformed body too: auth is checked first, so an outsider learns nothing about it.
    response = httpx.request(
        method,
        str(client.base_url) + path,
        content=b"{not json",
        headers=headers | {"Content-Type": "application/json"},
    )
    body = problem(response, 401)
    assert response.headers["www-authenticate"].startswith('Bearer realm="disputedraft"')
    assert "token" in body["detail"] or "Bearer" in body["detail"]


def test_wrong_token_says_invalid_token(client: httpx.Client) -> None:
    response = httpx.get(str(client.base_url) + "/v1/remedies", headers={"Authorization": "Bearer nope"})
    assert 'error="invalid_token"' in response.headers["www-authenticate"]
    assert problem(response, 401)["detail"] == "the bearer token is not valid"


def test_no_token_configured_means_open() -> None:
    with live_api(None, token=None) as c:
        assert httpx.get(str(c.base_url) + "/v1/remedies").status_code == 200


def test_token_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    from disputedraft.api import ApiSettings

    monkeypatch.setenv("DISPUTEDRAFT_API_TOKEN", "from-env-token")
    monkeypatch.setenv("DISPUTEDRAFT_API_MAX_BODY_BYTES", "1000")
    settings = ApiSettings.from_env()
    assert settings.token == "from-env-token"
    assert settings.max_body_bytes == 1000
    assert "from-env-token" not in repr(settings)


def test_auth_header_sent_to_the_right_server_works(client: httpx.Client) -> None:
    assert httpx.get(str(client.base_url) + "/v1/remedies", headers=AUTH).status_code == 200
