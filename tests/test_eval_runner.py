"""The eval runner on a tiny temp case set with fake models: scorers, gates, repeats, pass^k."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from builders import doc
from disputedraft.checks.types import CheckOutcome, CheckReport
from disputedraft.defaults import MAX_ATTEMPTS
from disputedraft.evals import runner as runner_module
from disputedraft.evals.cases import EvalCase, load_cases
from disputedraft.evals.config import CRITERIA, EvalConfig
from disputedraft.evals.report import SuiteReport
from disputedraft.evals.runner import SEED_STRIDE
from disputedraft.evals.stats import pass_hat_k, suite_pass_hat
from disputedraft.evals.suite import SuiteRun
from disputedraft.llm.fake import FunctionModel, TestModel
from disputedraft.llm.types import ChatRequest

EN = {
    "buyer": {"name": "John", "language": "en"},
    "messages": [{"author": "buyer", "text": "Hi, my speaker still has not arrived. Where is it?"}],
}
CASES: dict[str, dict[str, Any]] = {
    "en-transit": {
        "dispute": doc(**EN),
        "expect": {
            "remedy": "extend_delivery_time",
            "status": "ready",
            "must_mention": ["LP00123456789CN"],
            "must_not_mention": ["whatsapp"],
        },
    },
    "en-lost": {
        "dispute": doc(**EN, shipment={"status": "lost", "tracking_number": "LP00123456789CN"}),
        "expect": {"remedy": "offer_reshipment", "status": "ready"},
    },
    "en-declined": {
        "dispute": doc(**EN, shipment={"status": "lost"}, reship={"buyer_answer": "declined"}),
        "expect": {"remedy": "human_review", "status": "human_review"},
    },
}


def write_cases(directory: Path, cases: dict[str, dict[str, Any]] = CASES) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    for case_id, body in cases.items():
        text = json.dumps({"id": case_id, "description": f"case {case_id}", "tags": {"language": "en"}, **body})
        (directory / f"{case_id}.json").write_text(text, encoding="utf-8")
    return directory


@pytest.fixture
def cases(tmp_path: Path) -> list[EvalCase]:
    return load_cases(write_cases(tmp_path / "cases"))


def verdict(score: int = 4) -> str:
    return json.dumps({c: {"reason": "reads well", "score": score} for c in CRITERIA})


def fake(reply: Any = None, judge_score: int = 4, judge_text: str | None = None) -> FunctionModel:
    """One model for both roles, told apart by the schema the request asks for."""

    def answer(request: ChatRequest) -> str:
        if request.schema_name == "verdict":
            return judge_text if judge_text is not None else verdict(judge_score)
        return reply(request) if reply else TestModel._reply(request)

    return FunctionModel(answer, name="fake")


def refund(request: ChatRequest) -> str:
    parts = json.loads(TestModel._reply(request))
    first = next(k for k in parts if k not in ("greeting", "closing"))
    parts[first] += " We will send you a full refund today, and you can also reach us on WhatsApp +1 555 0100."
    return json.dumps(parts)


async def run(
    cases: list[EvalCase],
    model: FunctionModel | None = None,
    *,
    judge: bool = True,
    config: EvalConfig | None = None,
    repeat: int = 1,
) -> SuiteReport:
    model = model or fake()
    return await SuiteRun(
        cases=cases, config=config or EvalConfig(), drafter=model, judge=model if judge else None, repeat=repeat
    ).run()


def gate(report: SuiteReport, name: str) -> bool | None:
    return next(g.passed for g in report.gates if g.name == name)


async def test_a_good_drafter_passes_every_gate(cases: list[EvalCase]) -> None:
    report = await run(cases)
    assert report.passed, [g for g in report.gates if g.passed is False]
    assert [c.id for c in report.cases] == ["en-declined", "en-lost", "en-transit"]
    run_ = report.cases[2].runs[0]
    assert run_.status == "ready"
    assert {s.name for s in run_.scores} == {
        "remedy",
        "status",
        "hard_checks",
        "must_mention",
        "must_not_mention",
        "tone",
        "judge",
    }
    assert run_.score("judge").decides is False  # type: ignore[union-attr]
    assert run_.checks  # the hard and tone checks were re-run on the final message
    assert run_.judge is not None
    assert run_.judge.verdict is not None
    declined = report.cases[0].runs[0]
    assert declined.status == "human_review"
    assert declined.judge is None  # no message, nothing to judge
    assert declined.score("hard_checks").passed is None  # type: ignore[union-attr]
    s = report.summary
    assert s.remedy_accuracy == 1.0
    assert s.ready_rate == 1.0
    assert s.overall.judge_means == dict.fromkeys(CRITERIA, 4.0)
    assert s.usage_drafter.calls == 2
    assert s.usage_judge.calls == 2
    assert set(s.by_remedy) == {"extend_delivery_time", "offer_reshipment", "human_review"}
    assert gate(report, "pass^k") is None  # one repeat: nothing to gate
    assert gate(report, "checker") is None  # not asked for


async def test_a_refund_promise_fails_the_case_and_the_suite(cases: list[EvalCase]) -> None:
    report = await run(cases, fake(refund))
    transit = next(c for c in report.cases if c.id == "en-transit").runs[0]
    assert transit.status == "needs_review"
    assert not transit.passed
    assert transit.score("status").passed is False  # type: ignore[union-attr]
    assert transit.score("hard_checks").passed is False  # type: ignore[union-attr]
    assert transit.score("must_not_mention").passed is False  # type: ignore[union-attr]
    assert transit.attempts == MAX_ATTEMPTS
    assert report.summary.remedy_accuracy == 1.0  # the policy was right; the drafts were not
    assert gate(report, "pass_rate") is False
    assert gate(report, "ready_rate") is False
    assert gate(report, "remedy_accuracy") is True
    assert gate(report, "ready_hard_violations") is True  # nothing unsafe was marked ready
    assert not report.passed


async def test_the_remedy_gate_is_all_or_nothing(tmp_path: Path) -> None:
    wrong = {**CASES, "en-wrong": {**CASES["en-transit"], "expect": {"remedy": "offer_reshipment", "status": "ready"}}}
    cases = load_cases(write_cases(tmp_path / "cases", wrong))
    lenient = EvalConfig.model_validate({"gates": {"pass_rate_min": 0, "ready_rate_min": 0}})
    report = await run(cases, config=lenient)
    assert report.summary.remedy_accuracy == 0.75
    assert gate(report, "remedy_accuracy") is False
    assert not report.passed
    failed = next(c for c in report.cases if c.id == "en-wrong").runs[0].score("remedy")
    assert failed is not None
    assert "expected offer_reshipment" in failed.reason


async def test_a_ready_draft_that_the_rerun_checks_reject_fails_its_gate(
    cases: list[EvalCase], monkeypatch: pytest.MonkeyPatch
) -> None:
    def stricter(*args: Any, **kwargs: Any) -> CheckReport:
        return CheckReport.from_outcomes([CheckOutcome(check="planted", passed=False, hard=True, detail="x")])

    monkeypatch.setattr(runner_module, "run_checks", stricter)  # as if drafting had skipped a check
    report = await run(cases)
    assert report.summary.ready_hard_violations == 2
    assert gate(report, "ready_hard_violations") is False


def test_pass_hat_k_is_tau_bench_formula() -> None:
    assert pass_hat_k(3, 3, 3) == 1.0
    assert pass_hat_k(3, 2, 1) == pytest.approx(2 / 3)
    assert pass_hat_k(3, 2, 2) == pytest.approx(1 / 3)
    assert pass_hat_k(3, 2, 3) == 0.0
    assert pass_hat_k(4, 0, 2) == 0.0
    with pytest.raises(ValueError, match="1 <= k <= n"):
        pass_hat_k(2, 1, 3)
    assert suite_pass_hat([], 1) == 0.0


async def test_repeats_draw_new_seeds_and_report_pass_hat_k(cases: list[EvalCase]) -> None:
    seeds: list[int] = []

    def third_run_breaks(request: ChatRequest) -> str:
        assert request.seed is not None
        seeds.append(request.seed)
        return refund(request) if request.seed > 2 * SEED_STRIDE else TestModel._reply(request)

    report = await run(cases, fake(third_run_breaks), repeat=3)
    assert {s // SEED_STRIDE for s in seeds} == {0, 1, 2}  # each repeat its own seeds
    assert min(seeds) == 1  # repeat 1 sends exactly what a single run sends
    s = report.summary
    assert s.overall.runs == 9
    assert s.pass_hat[1] == pytest.approx(7 / 9)  # 2 drafted cases pass 2 of 3, human_review 3 of 3
    assert s.pass_hat[3] == pytest.approx(1 / 3)  # only the human_review case passes every run
    assert s.overall.pass_hat_k == pytest.approx(1 / 3)
    assert gate(report, "pass^3") is False
    assert [r.repeat for r in report.cases[1].runs] == [1, 2, 3]


async def test_the_judge_grades_the_first_run_of_each_case_only(cases: list[EvalCase]) -> None:
    judged: list[int | None] = []

    def answer(request: ChatRequest) -> str:
        if request.schema_name == "verdict":
            judged.append(request.seed)
            return verdict(5)
        return TestModel._reply(request)

    report = await run(cases, FunctionModel(answer, name="fake"), repeat=3)
    assert len(judged) == 2  # two drafted cases, once each, however many repeats
    drafted = [c for c in report.cases if any(r.message for r in c.runs)]
    assert [[r.judge is not None for r in c.runs] for c in drafted] == [[True, False, False]] * 2
    assert report.summary.overall.judge_means["friendliness"] == 5.0


async def test_judge_scores_are_gated_but_never_decide_a_case(cases: list[EvalCase]) -> None:
    harsh = await run(cases, fake(judge_score=2))
    assert harsh.summary.overall.pass_rate == 1.0  # deterministic scorers decide cases
    assert gate(harsh, "judge_friendliness_mean") is False
    assert not harsh.passed
    garbled = await run(cases, fake(judge_text="looks fine to me"))
    assert garbled.summary.judge_errors == 2
    assert gate(garbled, "judge_error_rate") is False
    off = await run(cases, judge=False)
    assert off.passed
    assert gate(off, "judge") is None
    assert off.summary.overall.judge_means == {}


async def test_a_crashing_run_is_recorded_and_fails_the_errors_gate(cases: list[EvalCase]) -> None:
    def explode(request: ChatRequest) -> str:
        raise RuntimeError("boom")

    report = await run(cases, fake(explode))
    crashed = next(c for c in report.cases if c.id == "en-lost").runs[0]
    assert crashed.error == "RuntimeError: boom"
    assert crashed.score("remedy").passed is True  # type: ignore[union-attr]
    assert report.summary.errors == 2
    assert gate(report, "errors") is False
    assert next(c for c in report.cases if c.id == "en-declined").runs[0].passed
