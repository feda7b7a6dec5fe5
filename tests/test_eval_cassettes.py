"""Cassettes end to end: record from a local OpenAI-compatible fake server, replay with no
network, and fail loudly (and non-zero) on a stale or missing cassette."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import yaml

from builders import doc
from disputedraft.cli import main
from disputedraft.contract import Dispute
from disputedraft.evals.cassettes import (
    CassetteDeck,
    ReplayNetworkBlocked,
    Tape,
    first_difference,
    json_body,
    vcr_config,
)
from disputedraft.evals.config import CRITERIA
from disputedraft.evals.manifest import read_manifest
from disputedraft.llm.fake import TestModel
from disputedraft.llm.openai_model import EndpointConfig, OpenAIChatModel
from disputedraft.llm.retry import RetryPolicy
from disputedraft.llm.types import ChatRequest, allow_model_requests
from disputedraft.policy import decide

VERDICT = json.dumps({c: {"reason": "kind and clear", "score": 4} for c in CRITERIA})
TEXTS = {
    "a": "Hi, my speaker still has not arrived. Where is it?",
    "b": "Hello, where is my parcel? It has been three weeks now.",
}


def dispute_doc(case_id: str) -> dict[str, Any]:
    return doc(
        id=f"D-{case_id}",
        buyer={"name": "John", "language": "en"},
        messages=[{"author": "buyer", "text": TEXTS[case_id]}],
    )


class FakeOpenAI:
    """A chat-completions endpoint on loopback: drafts as TestModel would, grades with VERDICT."""

    def __init__(self, verdict_delay: float = 0.0) -> None:
        self.bodies: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []
        replies = {
            text: TestModel._reply(ChatRequest(messages=[], decision=decide(Dispute.model_validate(dispute_doc(cid)))))
            for cid, text in TEXTS.items()
        }
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                return None

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["content-length"])))
                outer.bodies.append(body)
                outer.headers.append({k.lower(): v for k, v in self.headers.items()})
                prompt = body["messages"][-1]["content"]
                if body["response_format"]["json_schema"]["name"] == "verdict":
                    time.sleep(verdict_delay)  # longer than the client's timeout: no answer at all
                    content = VERDICT
                else:
                    content = next(r for text, r in replies.items() if text in body["messages"][1]["content"])
                out = json.dumps(
                    {
                        "id": "chatcmpl-1",
                        "object": "chat.completion",
                        "created": 0,
                        "model": body["model"],
                        "choices": [
                            {"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": content}}
                        ],
                        "usage": {"prompt_tokens": len(prompt) // 4, "completion_tokens": 40, "total_tokens": 99},
                    }
                ).encode()
                self.send_response(200)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(out)))
                self.send_header("set-cookie", "session=s3cr3t-cookie")
                self.end_headers()
                self.wfile.write(out)

        class Server(ThreadingHTTPServer):
            daemon_threads = True

            def handle_error(self, request: Any, client_address: Any) -> None:
                return None  # a client that timed out and hung up is expected here

        self.server = Server(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def __enter__(self) -> FakeOpenAI:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def evals(tmp_path: Path) -> Path:
    root = tmp_path / "evals"
    (root / "cases").mkdir(parents=True)
    for cid in TEXTS:
        write_case(root, cid, dispute_doc(cid))
    (root / "checker" / "disputes").mkdir(parents=True)
    (root / "checker" / "disputes" / "a.json").write_text(json.dumps(dispute_doc("a")), encoding="utf-8")
    lines = [
        {
            "id": "good-1",
            "dispute": "disputes/a.json",
            "label": "good",
            "defect": None,
            "message": "Hello John,\n\nYour parcel is on its way.\n\nThank you.\nOur Store team",
            "note": "",
        },
        {
            "id": "bad-1",
            "dispute": "disputes/a.json",
            "label": "bad",
            "defect": "blame",
            "message": "John, this is YOUR fault!! Read the tracking.\nOur Store team",
            "note": "",
        },
    ]
    (root / "checker" / "labelled.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    # Lenient checker gates: this file tests cassettes, not the checker's accuracy.
    (root / "config.yaml").write_text(
        "checker:\n  recall_min: 0\n  false_positive_rate_max: 1\n  judge_agreement_min: 0\n", encoding="utf-8"
    )
    return root


def write_case(root: Path, case_id: str, dispute: dict[str, Any]) -> None:
    case = {"id": case_id, "dispute": dispute, "expect": {"remedy": "extend_delivery_time", "status": "ready"}}
    (root / "cases" / f"{case_id}.json").write_text(json.dumps(case), encoding="utf-8")


@pytest.fixture
def allow_http() -> None:
    allow_model_requests(True)  # these tests talk to a loopback fake server on purpose (reset by conftest)


def eval_cli(root: Path, *extra: str) -> Callable[..., int]:
    def go(*more: str) -> int:
        return main(["eval", "--evals-dir", str(root), "--report", str(root.parent / "report"), *extra, *more])

    return go


def report_runs(root: Path) -> list[dict[str, Any]]:
    report = json.loads((root.parent / "report" / "report.json").read_text())
    return [r for c in report["cases"] for r in c["runs"]]


def test_record_then_replay_offline_then_stale_and_missing_fail_loudly(
    evals: Path, allow_http: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-top-secret-key")
    run = eval_cli(evals)
    with FakeOpenAI() as server:
        assert (
            run(
                "--live",
                "--record",
                "--base-url",
                server.base_url,
                "--model",
                "fake-qwen",
                "--repeat",
                "2",
                "--concurrency",
                "3",
            )
            == 0
        )
        recorded = len(server.bodies)
    assert server.headers[0]["authorization"] == "Bearer sk-top-secret-key"
    # 2 cases x (a draft per repeat + one judge call on the first run), plus 2 labelled drafts judged
    assert recorded == 2 * (2 + 1) + 2
    cassettes = evals / "cassettes"
    assert sorted(p.name for p in cassettes.glob("*.yaml")) == ["a.r2.yaml", "a.yaml", "b.r2.yaml", "b.yaml"]
    assert sorted(p.name for p in (cassettes / "checker").glob("*.yaml")) == ["bad-1.yaml", "good-1.yaml"]
    manifest = read_manifest(cassettes)
    assert manifest.drafter.model == "fake-qwen"
    assert manifest.drafter.base_path == "/v1"
    assert manifest.judge is not None
    text = (cassettes / "a.yaml").read_text()
    assert "sk-top-secret-key" not in text
    assert "s3cr3t-cookie" not in text
    assert "127.0.0.1:8089" in text
    # Concurrent runs each recorded only their own case's requests.
    bodies = [json.loads(i["request"]["body"]) for i in yaml.safe_load(text)["interactions"]]
    assert all(TEXTS["b"] not in json.dumps(b) for b in bodies)
    assert any(TEXTS["a"] in json.dumps(b) for b in bodies)

    # Replay: the server is gone, nothing can be fetched, and the suite passes.
    assert run("--repeat", "2", "--concurrency", "3") == 0
    assert all(not r["cassette_problems"] for r in report_runs(evals))

    # A changed buyer message changes the prompt: the cassette is stale, the run fails loudly.
    write_case(evals, "a", doc(**{**dispute_doc("a"), "messages": [{"author": "buyer", "text": "Where is it??"}]}))
    capsys.readouterr()
    assert run("--only", "a") == 1
    problems = report_runs(evals)[0]["cassette_problems"]
    assert problems
    assert problems[0].startswith("stale cassette a.yaml")
    assert "messages[1].content" in problems[0]
    assert "stale cassette a.yaml" in capsys.readouterr().err

    (cassettes / "b.yaml").unlink()
    assert run("--only", "b") == 1
    problems = report_runs(evals)[0]["cassette_problems"]
    assert problems == [
        "missing cassette b.yaml: record it with `disputedraft eval --live --record --no-checker --only b`"
    ]
    assert json.loads((evals.parent / "report" / "report.json").read_text())["summary"]["errors"] == 1


def test_a_request_that_never_got_an_answer_makes_the_recording_incomplete(evals: Path, allow_http: None) -> None:
    with FakeOpenAI(verdict_delay=0.6) as server:
        code = eval_cli(evals)(
            "--live",
            "--record",
            "--base-url",
            server.base_url,
            "--model",
            "m",
            "--timeout",
            "0.2",
            "--only",
            "a",
            "--no-checker",
        )
    assert code == 1
    (run,) = report_runs(evals)
    assert run["judge"]["error"].startswith("judge model failed")
    assert run["cassette_problems"] == [
        "incomplete recording a.yaml: 4 of 5 requests got no answer; re-record with "
        "`disputedraft eval --live --record --no-checker --only a`"
    ]


def test_replay_without_a_manifest_is_a_clear_error(evals: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert eval_cli(evals)() == 2
    assert "no cassette manifest" in capsys.readouterr().err


async def test_replay_never_reaches_the_network(tmp_path: Path, allow_http: None) -> None:
    with FakeOpenAI() as server:
        model = OpenAIChatModel(EndpointConfig(base_url=server.base_url, model="m"), RetryPolicy.immediate(1))
        request = ChatRequest(messages=[{"role": "user", "content": "hi"}])
        with CassetteDeck(tmp_path, "replay").installed(), pytest.raises(ReplayNetworkBlocked):
            await model.complete(request)  # no case cassette at all
        assert server.bodies == []
        # The positive control: with the patch gone, the same client reaches the server.
        result = await model.complete(
            ChatRequest(messages=request.messages, schema={"type": "object"}, schema_name="verdict")
        )
        await model.aclose()
    assert result.content == VERDICT
    assert len(server.bodies) == 1


def test_json_body_matching_and_where_bodies_differ() -> None:
    config = vcr_config()
    assert "json_body" in config["match_on"]
    assert "authorization" in config["filter_headers"]

    class Req:
        def __init__(self, body: bytes) -> None:
            self.body = body

    json_body(Req(b'{"a": 1, "b": [1, 2]}'), Req(b'{"b": [1, 2], "a": 1}'))  # key order is irrelevant
    with pytest.raises(AssertionError, match=r"\.b\[1\]"):
        json_body(Req(b'{"a": 1, "b": [1, 3]}'), Req(b'{"b": [1, 2], "a": 1}'))
    assert (
        first_difference({"m": "same start, then X"}, {"m": "same start, then Y"})
        == ".m (from character 17): now 'same start, then X', recorded 'same start, then Y'"
    )
    assert first_difference({"a": 1}, {}) == ".a: added"
    assert first_difference([1], [1, 2]) == ": 1 items now, 2 recorded"


def test_a_stale_request_is_compared_with_its_closest_recording(tmp_path: Path) -> None:
    class Req:
        def __init__(self, body: dict[str, Any]) -> None:
            self.body = json.dumps(body).encode()

    drafter = {"max_tokens": 450, "messages": [{"content": "You write replies"}]}
    judge_then = {"max_tokens": 400, "messages": [{"content": "You grade the tone, one sentence"}]}
    judge_now = {"max_tokens": 400, "messages": [{"content": "You grade the tone, one reason"}]}
    miss = SimpleNamespace(
        reason="no_match",
        failed_request=Req(judge_now),
        similar_requests=[
            (Req(drafter), ["method"], [("json_body", "drafter differs")]),
            (Req(judge_then), ["method"], [("json_body", "judge differs")]),
        ],
    )
    tape = Tape(
        name="a", record_hint="record", path=tmp_path / "a.yaml", cassette=None, existed=True, mode="replay", requests=2
    )
    tape.miss(miss)  # type: ignore[arg-type]
    assert tape.problems == ["stale cassette a.yaml: request 2 was not recorded (json_body: judge differs)"]


class _YesNoServer:
    """Answers every chat call with `self.answer`; counts the calls that reached it."""

    def __init__(self) -> None:
        self.answer = "Yes"
        self.calls = 0
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                return None

            def do_POST(self) -> None:
                self.rfile.read(int(self.headers["content-length"]))
                outer.calls += 1
                choice = {
                    "index": 0,
                    "finish_reason": "stop",
                    "message": {"role": "assistant", "content": outer.answer},
                }
                out = json.dumps(
                    {"id": "c", "object": "chat.completion", "created": 0, "model": "m", "choices": [choice]}
                ).encode()
                self.send_response(200)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(out)))
                self.end_headers()
                self.wfile.write(out)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.base_url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"


async def test_appending_re_records_only_the_selected_calls(tmp_path: Path, allow_http: None) -> None:
    from disputedraft.evals.cassettes import AppendDeck
    from disputedraft.evals.checker import is_question_call

    server = _YesNoServer()
    model = OpenAIChatModel(EndpointConfig(base_url=server.base_url, model="m"), RetryPolicy.immediate(1))
    rubric = ChatRequest(messages=[{"role": "user", "content": "Grade this reply."}])
    question = ChatRequest(messages=[{"role": "user", "content": "Does it shout?"}], max_tokens=1, top_logprobs=5)
    first = CassetteDeck(tmp_path, "record")
    with first.installed(), first.tape("g01a", "record it"):
        await model.complete(rubric)
        assert (await model.complete(question)).content == "Yes"
    assert server.calls == 2

    server.answer = "No"
    deck = AppendDeck(tmp_path, replaced=is_question_call)
    with deck.installed(), deck.tape("g01a", "record it"):
        assert (await model.complete(rubric)).content == "Yes"  # replayed from the cassette
        assert (await model.complete(question)).content == "No"  # asked anew
    assert server.calls == 3  # only the question reached the model

    recorded = yaml.safe_load((tmp_path / "g01a.yaml").read_text())["interactions"]
    bodies = [json.loads(i["request"]["body"]) for i in recorded]
    answers = [json.loads(i["response"]["body"]["string"])["choices"][0]["message"]["content"] for i in recorded]
    assert [b.get("logprobs", False) for b in bodies] == [False, True]  # the old question is gone, not kept beside
    assert answers == ["Yes", "No"]
    await model.aclose()


async def test_refreshing_records_only_what_changed_and_drops_what_nobody_asks(
    tmp_path: Path, allow_http: None
) -> None:
    from disputedraft.evals.cassettes import RefreshDeck

    server = _YesNoServer()
    model = OpenAIChatModel(EndpointConfig(base_url=server.base_url, model="m"), RetryPolicy.immediate(1))
    draft = ChatRequest(messages=[{"role": "user", "content": "Write the reply."}])
    old_grade = ChatRequest(messages=[{"role": "user", "content": "Grade: ...\nOur Store team"}])
    new_grade = ChatRequest(messages=[{"role": "user", "content": "Grade: ...\nEl equipo de Our Store"}])
    first = CassetteDeck(tmp_path, "record")
    with first.installed(), first.tape("c01", "record it"):
        await model.complete(draft)
        await model.complete(old_grade)
    assert server.calls == 2

    server.answer = "No"
    deck = RefreshDeck(tmp_path)
    with deck.installed(), deck.tape("c01", "record it") as tape:
        assert (await model.complete(draft)).content == "Yes"  # still asked: replayed
        assert (await model.complete(new_grade)).content == "No"  # changed: asked anew
    assert server.calls == 3
    assert not tape.problems

    recorded = yaml.safe_load((tmp_path / "c01.yaml").read_text())["interactions"]
    contents = [json.loads(i["request"]["body"])["messages"][0]["content"] for i in recorded]
    assert contents == ["Write the reply.", "Grade: ...\nEl equipo de Our Store"]  # the old grade is gone
    replay = CassetteDeck(tmp_path, "replay")
    with replay.installed(), replay.tape("c01", "record it") as tape:
        await model.complete(draft)
        assert (await model.complete(new_grade)).content == "No"
    assert not tape.problems
    assert tape.unused == 0

    with deck.tape("c01", "record it"):  # the run now asks nothing (a dispute gone to human review)
        pass
    assert not (tmp_path / "c01.yaml").exists()
    await model.aclose()


def test_a_refresh_must_talk_to_the_model_that_recorded(tmp_path: Path) -> None:
    from disputedraft.errors import InvalidInput
    from disputedraft.evals.models import record_manifest

    recorded = OpenAIChatModel(EndpointConfig(base_url="http://127.0.0.1:1/v1", model="qwen-1.5b"))
    other = OpenAIChatModel(EndpointConfig(base_url="http://127.0.0.1:1/v1", model="gpt-x"))
    record_manifest(tmp_path, recorded, recorded)
    record_manifest(tmp_path, recorded, recorded, refresh=True)  # the same endpoints: fine
    with pytest.raises(InvalidInput) as err:
        record_manifest(tmp_path, other, recorded, refresh=True)
    for part in ("drafter", "qwen-1.5b", "--record"):
        assert part in str(err.value)
    assert read_manifest(tmp_path).drafter.model == "qwen-1.5b"  # a refused refresh writes nothing


def test_appending_needs_a_recorded_cassette(tmp_path: Path) -> None:
    from disputedraft.errors import InvalidInput
    from disputedraft.evals.cassettes import AppendDeck
    from disputedraft.evals.checker import is_question_call

    deck = AppendDeck(tmp_path, replaced=is_question_call)
    with pytest.raises(InvalidInput, match="record the eval first") as err, deck.tape("missing", "record it"):
        pass
    assert "missing.yaml" in str(err.value)
