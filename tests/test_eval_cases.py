"""The eval dataset and config loaders: every problem named by file and field, all at once."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from builders import doc
from disputedraft.errors import InvalidInput
from disputedraft.evals.cases import load_cases
from disputedraft.evals.config import load_config


def case(case_id: str, **expect: Any) -> dict[str, Any]:
    return {
        "id": case_id,
        "description": "a parcel in transit",
        "dispute": doc(),
        "expect": {"remedy": "extend_delivery_time", "status": "ready", **expect},
        "tags": {"language": "es"},
    }


def write(directory: Path, name: str, content: Any) -> None:
    text = content if isinstance(content, str) else json.dumps(content)
    (directory / name).write_text(text, encoding="utf-8")


def problems(exc: pytest.ExceptionInfo[InvalidInput]) -> list[str]:
    return [str(p) for p in exc.value.problems]


def test_cases_load_sorted_with_their_language(tmp_path: Path) -> None:
    write(tmp_path, "b.json", case("b"))
    write(tmp_path, "a.json", {**case("a"), "tags": {}})
    (tmp_path / "tools").mkdir()
    write(tmp_path / "tools", "ignored.json", "not a case")  # nested files are not cases
    cases = load_cases(tmp_path)
    assert [c.id for c in cases] == ["a", "b"]
    assert cases[0].language == "es"  # no tag: the language drafting would use
    assert cases[0].dispute.order is not None


def test_every_problem_in_every_file_is_reported_together(tmp_path: Path) -> None:
    write(tmp_path, "bad_json.json", "{nope")
    write(tmp_path, "bad_remedy.json", case("r", remedy="refnd"))
    write(tmp_path, "bad_status.json", case("s", status="human_review"))
    broken = case("d")
    broken["dispute"]["order"]["total"] = "-3"
    write(tmp_path, "bad_dispute.json", broken)
    write(tmp_path, "bad_key.json", {**case("k"), "expcet": {}})
    write(tmp_path, "bad_id.json", case("no/slash"))
    with pytest.raises(InvalidInput) as err:
        load_cases(tmp_path)
    found = "\n".join(problems(err))
    assert "bad_json.json: not valid JSON" in found
    assert "bad_remedy.json: expect.remedy: 'refnd' is not a remedy of the handbook" in found
    assert "bad_status.json: expect.status" in found
    assert "bad_dispute.json: dispute.order.total" in found
    assert "bad_key.json: expcet: unknown field" in found
    assert "bad_id.json: id" in found


def test_duplicate_ids_and_unknown_only_ids_are_errors(tmp_path: Path) -> None:
    write(tmp_path, "one.json", case("same"))
    write(tmp_path, "two.json", case("same"))
    with pytest.raises(InvalidInput) as err:
        load_cases(tmp_path)
    assert any("is also the id of one.json" in p for p in problems(err))
    (tmp_path / "two.json").unlink()
    assert [c.id for c in load_cases(tmp_path, only=["same"])] == ["same"]
    with pytest.raises(InvalidInput) as err:
        load_cases(tmp_path, only=["same", "ghost"])
    assert problems(err) == ["--only: no case with id 'ghost'"]


def test_missing_or_empty_case_directory(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="cases directory not found"):
        load_cases(tmp_path / "nope")
    with pytest.raises(InvalidInput, match=r"no \*\.json case files"):
        load_cases(tmp_path)


def test_config_defaults_repo_file_and_typos(tmp_path: Path) -> None:
    assert load_config(None).gates.remedy_accuracy_min == 1.0
    repo = load_config(Path(__file__).parent.parent / "evals" / "config.yaml")
    assert repo.gates.remedy_accuracy_min == 1.0
    assert "judge" not in repo.deciding
    bad = tmp_path / "config.yaml"
    bad.write_text("gates:\n  pass_rate_mni: 0.5\ndeciding: [remedy, vibes]\njudge:\n  mean_min: {warmth: 3}\n")
    with pytest.raises(InvalidInput) as err:
        load_config(bad)
    assert "gates.pass_rate_mni: unknown field" in problems(err)
    bad.write_text("deciding: [remedy, vibes]\njudge:\n  mean_min: {warmth: 3}\n")
    with pytest.raises(InvalidInput) as err:
        load_config(bad)
    assert [p.split(":")[0] for p in problems(err)] == ["deciding", "judge.mean_min.warmth"]


def test_the_repo_cases_load_and_cover_every_remedy() -> None:
    from disputedraft.evals.cases import known_remedies

    cases = load_cases(Path(__file__).parent.parent / "evals" / "cases")
    assert {c.expect.remedy for c in cases} == known_remedies()


def test_judge_questions_are_known_questions_with_thresholds_between_0_and_1(tmp_path: Path) -> None:
    bad = tmp_path / "config.yaml"
    bad.write_text("checker:\n  judge_questions: {blame: 0.6, rudeness: 0.5, shouting: 1.5}\n")
    with pytest.raises(InvalidInput) as err:
        load_config(bad)
    assert [p.split(":")[0] for p in problems(err)] == [
        "checker.judge_questions.rudeness",
        "checker.judge_questions.shouting",
    ]
