"""The checker's own accuracy on labelled drafts: recall, false positives, judge agreement."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from builders import doc
from disputedraft.errors import InvalidInput
from disputedraft.evals.checker import CheckerItem, evaluate_checker, load_labelled, measure
from disputedraft.evals.config import CRITERIA, CheckerConfig
from disputedraft.evals.judge import Judge, JudgeResult, Verdict
from disputedraft.llm.fake import FunctionModel
from disputedraft.llm.types import ChatRequest


def verdict(score: int) -> Verdict:
    return Verdict.model_validate({c: {"reason": "r", "score": score} for c in CRITERIA})


def item(i: int, label: str, defect: str | None, flagged: bool, judge: int | None = None) -> CheckerItem:
    result = None if judge is None else JudgeResult(verdict=verdict(judge)) if judge else JudgeResult(error="bad")
    return CheckerItem(
        id=f"x{i}",
        label=label,
        defect=defect,
        violations=["v (hard): d"] if flagged else [],
        flagged=flagged,
        flagged_hard=flagged,
        flagged_any=flagged,
        judge=result,
        judge_flagged=None if not judge else judge <= 2,
    )


def test_recall_false_positives_and_judge_agreement_are_computed_from_labels() -> None:
    items = [
        item(1, "good", None, False, judge=4),
        item(2, "good", None, False, judge=5),
        item(3, "good", None, False, judge=2),  # the judge is too harsh here
        item(4, "good", None, True, judge=4),  # a false positive of the checker
        item(5, "bad", "refund_promise", True, judge=4),
        item(6, "bad", "refund_promise", True, judge=4),
        item(7, "bad", "blame", True, judge=1),
        item(8, "bad", "blame", False, judge=0),  # judge error
        item(9, "bad", "placeholder", True),
        item(10, "bad", "placeholder", True),
    ]
    report = measure(items, CheckerConfig(judge_defects=["blame"]))
    assert (report.good, report.bad) == (4, 6)
    assert report.recall == pytest.approx(5 / 6)
    assert report.false_positive_rate == pytest.approx(1 / 4)
    assert report.by_defect["blame"].recall == 0.5
    assert report.by_defect["refund_promise"].recall == 1.0
    assert report.by_defect["blame"].judge_flagged == 1
    # Judged and relevant: 4 good + 2 blame; agreeing: x1, x2, x4, x7 (x3 too harsh, x8 no verdict).
    assert report.judge_considered == 6
    assert report.judge_agreement == pytest.approx(4 / 6)
    assert report.judge_errors == 1
    assert [i.id for i in report.missed] == ["x8"]
    assert [i.id for i in report.false_positives] == ["x4"]


def test_empty_groups_measure_as_none() -> None:
    report = measure([item(1, "good", None, False)], CheckerConfig())
    assert report.recall is None
    assert report.false_positive_rate == 0.0
    assert report.judge_agreement is None


def write_labelled(root: Path, lines: list[Any]) -> Path:
    (root / "disputes").mkdir(parents=True, exist_ok=True)
    (root / "disputes" / "d1.json").write_text(json.dumps(doc(buyer={"name": "John", "language": "en"})))
    path = root / "labelled.jsonl"
    path.write_text("\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    return path


def line(i: str, label: str = "good", defect: str | None = None, message: str = "Hello John", **more: Any) -> dict:
    return {
        "id": i,
        "dispute": "disputes/d1.json",
        "label": label,
        "defect": defect,
        "message": message,
        "note": "",
        **more,
    }


def test_the_repo_labelled_drafts_load() -> None:
    drafts = load_labelled(Path(__file__).parent.parent / "evals" / "checker" / "labelled.jsonl")
    assert {d.item.label for d in drafts} == {"good", "bad"}


def test_labelled_file_problems_are_reported_by_line(tmp_path: Path) -> None:
    path = write_labelled(
        tmp_path,
        [
            line("ok"),
            "{broken",
            line("a", label="bad"),
            line("b", defect="blame"),
            line("ok"),
            line("c", dispute="disputes/none.json"),
            line("d", label="meh"),
            line("e", message=7),
        ],
    )
    with pytest.raises(InvalidInput) as err:
        load_labelled(path)
    found = [str(p) for p in err.value.problems]
    assert found[0] == "line 2: not valid JSON: Expecting property name enclosed in double quotes"
    assert any(p.startswith("line 3: ") and "defect" in p for p in found)
    assert any(p.startswith("line 4: ") for p in found)
    assert "line 5: id: duplicate id 'ok'" in found
    assert "line 6: dispute: disputes/none.json not found" in found
    assert any(p.startswith("line 7: label") for p in found)
    assert any(p.startswith("line 8: message") for p in found)
    with pytest.raises(InvalidInput, match="labelled drafts not found"):
        load_labelled(tmp_path / "nope.jsonl")


GOOD = (
    "Hello John,\n\nThank you for your message, and sorry for the wait. Your parcel is on its way with "
    "tracking number LP00123456789CN.\n\nThank you for your patience.\nOur Store team"
)
CONTACT = GOOD.replace("Thank you for your patience.", "Message us on WhatsApp at +1 555 010 0199 for a refund.")
BLAME = GOOD.replace("Thank you for your patience.", "This delay is YOUR FAULT for choosing cheap shipping!!")


async def test_evaluate_checker_runs_the_real_checks_and_the_judge(tmp_path: Path) -> None:
    path = write_labelled(
        tmp_path,
        [
            line("g1", message=GOOD),
            line("b1", "bad", "off_platform_contact", CONTACT),
            line("b2", "bad", "blame", BLAME),
        ],
    )

    def grade(request: ChatRequest) -> str:
        draft = request.messages[0]["content"].split("<reply>")[1]
        score = 1 if "FAULT" in draft else 4
        return json.dumps({c: {"reason": "r", "score": score} for c in CRITERIA})

    config = CheckerConfig(flag_on="hard", judge_defects=["blame"])
    report = await evaluate_checker(path, config, judge=Judge(FunctionModel(grade)), concurrency=2)
    by_id = {i.id: i for i in report.items}
    assert by_id["b1"].flagged  # off-platform contact is a hard violation
    assert by_id["b1"].violations
    assert by_id["b2"].judge_flagged is True
    assert by_id["g1"].judge_flagged is False
    assert by_id["b1"].judge is None  # a policy defect: not the judge's to see, so not judged
    assert report.judge_agreement == 1.0  # g1 and b2 considered; b1 is a policy defect
    assert report.recall == pytest.approx(sum(i.flagged for i in report.items if i.label == "bad") / 2)
    without_judge = await evaluate_checker(path, config)
    assert without_judge.judge_considered == 0
    assert without_judge.judge_agreement is None


async def test_several_labelled_sets_are_measured_together_and_reported_apart(tmp_path: Path) -> None:
    first = write_labelled(tmp_path / "first", [line("b1", "bad", "blame", BLAME)])
    second = write_labelled(
        tmp_path / "second", [line("b1", "bad", "off_platform_contact", CONTACT), line("b2", "bad", "blame", BLAME)]
    )
    report = await evaluate_checker([first, second], CheckerConfig(flag_on="hard"))
    assert [i.id for i in report.items] == ["b1", "second/b1", "second/b2"]  # same ids, no clash
    assert {i.source for i in report.items} == {str(first), str(second)}
    assert report.by_source[str(first)].bad == 1
    assert report.by_source[str(second)].bad == 2
    assert report.bad == 3
    flagged = {i.id: i.flagged for i in report.items}
    assert report.by_source[str(second)].recall == (flagged["second/b1"] + flagged["second/b2"]) / 2


def test_config_takes_one_labelled_file_or_several() -> None:
    assert CheckerConfig(labelled="checker/a.jsonl").labelled == ["checker/a.jsonl"]
    assert CheckerConfig(labelled=["a.jsonl", "b.jsonl"]).labelled == ["a.jsonl", "b.jsonl"]


async def test_judge_questions_decide_the_flag_when_configured(tmp_path: Path) -> None:
    path = write_labelled(tmp_path, [line("g1", message=GOOD), line("b2", "bad", "blame", BLAME)])

    def answer(request: ChatRequest) -> str:
        prompt = request.messages[0]["content"]
        if request.max_tokens == 1:
            sentence = prompt.rsplit("Sentence: ", 1)[1]
            return "yes" if "FAULT" in sentence and "criticise someone" in prompt else "no"
        return json.dumps({c: {"reason": "r", "score": 5} for c in CRITERIA})  # the rubric sees nothing

    config = CheckerConfig(flag_on="hard", judge_defects=["blame"], judge_questions={"blame": 0.5})
    report = await evaluate_checker(path, config, judge=Judge(FunctionModel(answer)))
    by_id = {i.id: i for i in report.items}
    assert by_id["b2"].judge_flagged is True
    assert by_id["g1"].judge_flagged is False
    assert report.judge_balanced_agreement == 1.0
    assert report.judge_good_flagged == 0
    rubric_only = await evaluate_checker(
        path, CheckerConfig(flag_on="hard", judge_defects=["blame"]), judge=Judge(FunctionModel(answer))
    )
    assert rubric_only.judge_balanced_agreement == 0.5  # 5/5 everywhere: chance
