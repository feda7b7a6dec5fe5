"""How good the checker itself is, measured on labelled drafts (`evals/checker/labelled.jsonl`).

Each line is a draft someone wrote on purpose, good or with one planted defect. The checks
should flag every bad one (recall, per defect type) and leave the good ones alone (false
positives); the judge should give low scores to the tone defects it can see.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from disputedraft.checks import run_checks
from disputedraft.contract import Dispute
from disputedraft.errors import FieldProblem, InvalidInput, pydantic_problems
from disputedraft.evals.cases import capped
from disputedraft.evals.config import CheckerConfig
from disputedraft.evals.judge import Judge, JudgeResult
from disputedraft.language import buyer_language
from disputedraft.loading import dispute_from_json
from disputedraft.policy import decide

if TYPE_CHECKING:  # vcrpy is only needed to replay or record, not to read reports
    from disputedraft.evals.cassettes import CassetteDeck


class Labelled(BaseModel):
    # Writers keep their own bookkeeping on each line (remedy, language, good_id, ...).
    model_config = ConfigDict(extra="ignore", frozen=True)

    id: str = Field(min_length=1)
    dispute: str = Field(min_length=1)  # relative to the labelled file's directory
    label: Literal["good", "bad"]
    defect: str | None = None
    message: str
    note: str = ""

    @model_validator(mode="after")
    def _defect_goes_with_bad(self) -> Labelled:
        if (self.label == "bad") != (self.defect is not None):
            raise ValueError("a bad draft names its planted defect, a good one has defect null")
        return self


class CheckerItem(BaseModel):
    id: str
    source: str = ""  # the labelled file it came from
    label: str
    defect: str | None
    violations: list[str]  # "check (hard|tone): detail"
    flagged: bool  # by the configured rule (any violation, or hard ones only)
    flagged_hard: bool
    flagged_any: bool
    judge: JudgeResult | None = None
    judge_flagged: bool | None = None


class DefectStat(BaseModel):
    n: int
    caught: int
    recall: float
    judge_flagged: int | None = None  # None: the judge did not grade this defect


class SourceStat(BaseModel):
    good: int
    bad: int
    recall: float | None
    false_positive_rate: float | None


class CheckerReport(BaseModel):
    source: str
    flag_on: str
    good: int
    bad: int
    recall: float | None
    recall_hard: float | None
    recall_any: float | None
    false_positive_rate: float | None
    false_positive_rate_hard: float | None
    false_positive_rate_any: float | None
    by_defect: dict[str, DefectStat]
    # Each labelled set on its own: a set written after the checks were tuned is the honest figure.
    by_source: dict[str, SourceStat] = Field(default_factory=dict)
    judge_considered: int = 0
    judge_agreement: float | None = None
    # Mean of the share of bad drafts flagged and the share of good drafts passed: with far more
    # good drafts than tone defects, a judge that flags nothing still "agrees" most of the time.
    judge_balanced_agreement: float | None = None
    judge_good_flagged: int = 0  # good drafts the judge flagged (false flags)
    judge_errors: int = 0  # judged drafts the judge could not tell (no verdict, an unanswered question)
    items: list[CheckerItem]

    @property
    def missed(self) -> list[CheckerItem]:
        return [i for i in self.items if i.label == "bad" and not i.flagged]

    @property
    def false_positives(self) -> list[CheckerItem]:
        return [i for i in self.items if i.label == "good" and i.flagged]


@dataclass(frozen=True)
class LabelledDraft:
    item: Labelled
    dispute: Dispute


def load_labelled(path: Path, prefix: str = "") -> list[LabelledDraft]:
    """Every line, its dispute loaded; all problems (line, field) are reported together.
    `prefix` namespaces the ids when several labelled sets are measured together."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise InvalidInput(str(path), [FieldProblem("", "labelled drafts not found")]) from None
    out: list[LabelledDraft] = []
    problems: list[FieldProblem] = []
    disputes: dict[str, Dispute] = {}
    seen: set[str] = set()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"line {number}"
        try:
            item = Labelled.model_validate(json.loads(line))
        except json.JSONDecodeError as exc:
            problems.append(FieldProblem(where, f"not valid JSON: {exc.msg}"))
            continue
        except ValidationError as exc:
            problems += [FieldProblem(f"{where}: {p.path}", p.problem) for p in pydantic_problems(exc.errors())]
            continue
        if item.id in seen:
            problems.append(FieldProblem(f"{where}: id", f"duplicate id {item.id!r}"))
            continue
        seen.add(item.id)
        if item.dispute not in disputes:
            file = path.parent / item.dispute
            try:
                disputes[item.dispute] = dispute_from_json(file.read_text(encoding="utf-8"), str(file))
            except FileNotFoundError:
                problems.append(FieldProblem(f"{where}: dispute", f"{item.dispute} not found"))
                continue
            except InvalidInput as exc:
                problems += [FieldProblem(f"{where}: {item.dispute}: {p.path}", p.problem) for p in exc.problems]
                continue
        if prefix:
            item = item.model_copy(update={"id": prefix + item.id})
        out.append(LabelledDraft(item, disputes[item.dispute]))
    if problems:
        raise InvalidInput(str(path), capped(problems))
    if not out:
        raise InvalidInput(str(path), [FieldProblem("", "no labelled drafts")])
    return out


def check_item(draft: LabelledDraft, flag_on: str) -> CheckerItem:
    """The very checks drafting runs, with the language drafting would ask for."""
    dispute = draft.dispute
    decision = decide(dispute)
    report = run_checks(dispute, decision, draft.item.message, buyer_language(dispute)[0])
    hard = bool(report.hard_violations)
    any_ = bool(report.violations)
    return CheckerItem(
        id=draft.item.id,
        label=draft.item.label,
        defect=draft.item.defect,
        violations=[f"{v.check} ({'hard' if v.hard else 'tone'}): {v.detail}" for v in report.violations],
        flagged=hard if flag_on == "hard" else any_,
        flagged_hard=hard,
        flagged_any=any_,
    )


def _rate(hits: int, total: int) -> float | None:
    return hits / total if total else None


def measure(items: list[CheckerItem], config: CheckerConfig, source: str = "") -> CheckerReport:
    """Recall (overall and per defect), false-positive rate, and the judge's agreement."""
    good = [i for i in items if i.label == "good"]
    bad = [i for i in items if i.label == "bad"]
    by_defect: dict[str, DefectStat] = {}
    for defect in sorted({i.defect or "?" for i in bad}):
        group = [i for i in bad if (i.defect or "?") == defect]
        caught = sum(i.flagged for i in group)
        judged = [i for i in group if i.judge is not None]
        by_defect[defect] = DefectStat(
            n=len(group),
            caught=caught,
            recall=caught / len(group),
            judge_flagged=sum(bool(i.judge_flagged) for i in judged) if judged else None,
        )
    by_source = {}
    for origin in dict.fromkeys(i.source for i in items):
        group = [i for i in items if i.source == origin]
        g = [i for i in group if i.label == "good"]
        b = [i for i in group if i.label == "bad"]
        by_source[origin] = SourceStat(
            good=len(g),
            bad=len(b),
            recall=_rate(sum(i.flagged for i in b), len(b)),
            false_positive_rate=_rate(sum(i.flagged for i in g), len(g)),
        )
    considered = [i for i in items if i.judge is not None and (i.label == "good" or i.defect in config.judge_defects)]
    # An unanswered verdict counts as disagreement: a judge that cannot grade agrees with nobody.
    agree = sum(i.judge_flagged == (i.label == "bad") for i in considered if i.judge_flagged is not None)
    bad_seen = [i for i in considered if i.label == "bad"]
    good_seen = [i for i in considered if i.label == "good"]
    rates = [
        _rate(sum(i.judge_flagged is True for i in bad_seen), len(bad_seen)),
        _rate(sum(i.judge_flagged is False for i in good_seen), len(good_seen)),
    ]
    balanced = sum(r for r in rates if r is not None) / 2 if None not in rates else None
    return CheckerReport(
        source=source,
        flag_on=config.flag_on,
        good=len(good),
        bad=len(bad),
        recall=_rate(sum(i.flagged for i in bad), len(bad)),
        recall_hard=_rate(sum(i.flagged_hard for i in bad), len(bad)),
        recall_any=_rate(sum(i.flagged_any for i in bad), len(bad)),
        false_positive_rate=_rate(sum(i.flagged for i in good), len(good)),
        false_positive_rate_hard=_rate(sum(i.flagged_hard for i in good), len(good)),
        false_positive_rate_any=_rate(sum(i.flagged_any for i in good), len(good)),
        by_defect=by_defect,
        by_source=by_source,
        judge_considered=len(considered),
        judge_agreement=_rate(agree, len(considered)),
        judge_balanced_agreement=balanced,
        judge_good_flagged=sum(i.judge_flagged is True for i in good_seen),
        judge_errors=sum(1 for i in items if i.judge is not None and i.judge_flagged is None),
        items=items,
    )


async def _judge_item(
    draft: LabelledDraft, item: CheckerItem, judge: Judge, deck: CassetteDeck | None, flag_at_or_below: int
) -> CheckerItem:
    dispute = draft.dispute
    decision = decide(dispute)
    language = buyer_language(dispute)[0]
    if deck is None:
        result = await judge.judge(dispute, decision, draft.item.message, language)
    else:
        # Every run that measures the checker records all of its judge calls.
        with deck.tape(f"checker/{draft.item.id}", "disputedraft eval --live --record") as tape:
            result = await judge.judge(dispute, decision, draft.item.message, language)
        if tape.problems:
            result = result.model_copy(update={"verdict": None, "error": "; ".join(tape.problems)})
    flagged = result.flags(flag_at_or_below)
    return item.model_copy(update={"judge": result, "judge_flagged": flagged})


async def evaluate_checker(
    path: Path | Sequence[Path],
    config: CheckerConfig,
    *,
    judge: Judge | None = None,
    deck: CassetteDeck | None = None,
    concurrency: int = 1,
    flag_at_or_below: int = 2,
) -> CheckerReport:
    paths = [path] if isinstance(path, Path) else list(path)
    drafts: list[LabelledDraft] = []
    items: list[CheckerItem] = []
    for number, file in enumerate(paths):
        # The first set keeps its ids (and its recorded judge cassettes); later ones are namespaced.
        loaded = load_labelled(file, "" if number == 0 else f"{file.parent.name}/")
        drafts += loaded
        items += [check_item(d, config.flag_on).model_copy(update={"source": str(file)}) for d in loaded]
    if judge is not None:
        if config.judge_questions:  # the yes/no questions decide what the judge flags
            judge = dataclasses.replace(judge, questions=dict(config.judge_questions))
        gate = asyncio.Semaphore(max(1, concurrency))

        async def one(d: LabelledDraft, i: CheckerItem) -> CheckerItem:
            # Only the drafts the agreement is measured on: judging a planted refund promise
            # would cost a slow model call and count for nothing. The judge grades the first
            # labelled set only: on the embedded model each verdict is a slow call.
            if i.label != "good" and i.defect not in config.judge_defects:
                return i
            if i.source != str(paths[0]):
                return i
            async with gate:
                return await _judge_item(d, i, judge, deck, flag_at_or_below)

        items = list(await asyncio.gather(*(one(d, i) for d, i in zip(drafts, items, strict=True))))
    return measure(items, config, ", ".join(str(p) for p in paths))


def is_question_call(request: Any) -> bool:
    """A recorded request that asked for log-probabilities: one of the judge's yes/no questions."""
    body = request.body.decode() if isinstance(request.body, bytes) else request.body
    try:
        return bool(json.loads(body or "null").get("logprobs"))
    except (ValueError, AttributeError):
        return False


async def record_judge_answers(
    evals_dir: Path = Path("evals"), base_url: str | None = None, cassettes: Path | None = None
) -> CheckerReport:
    """Records the judge's yes/no questions on the first labelled set, and nothing else.

    Each labelled draft's cassette (`cassettes/checker/<id>.yaml`) keeps its recorded rubric
    call byte for byte: the rubric request is replayed from it, only the question calls reach
    the model (the embedded one unless `base_url`) and are appended, after any question calls
    an earlier recording left. The manifest's judge template hash is updated. The drafter's
    cassettes are not opened. Python: `asyncio.run(record_judge_answers())`.
    """
    from disputedraft.evals.cassettes import AppendDeck
    from disputedraft.evals.config import load_config
    from disputedraft.evals.judge import template_hash
    from disputedraft.evals.manifest import read_manifest, write_manifest
    from disputedraft.llm.openai_model import EndpointConfig, OpenAIChatModel
    from disputedraft.llm.select import ModelChoice, open_model

    cassettes = cassettes or evals_dir / "cassettes"
    config = load_config(evals_dir / "config.yaml")
    manifest = read_manifest(cassettes)
    if manifest.judge is None:
        raise InvalidInput(str(cassettes), [FieldProblem("judge", "the cassettes were recorded without a judge")])

    labelled = [evals_dir / p for p in config.checker.labelled[:1]]
    async with open_model(ModelChoice(base_url=base_url, model=manifest.judge.model)) as live:
        assert isinstance(live, OpenAIChatModel)
        # Named as recorded: the model name is part of every request body the rubric replays.
        model = OpenAIChatModel(
            EndpointConfig(
                base_url=live.config.base_url,
                model=manifest.judge.model,
                api_key=live.config.api_key,
                timeout=live.config.timeout,
                structured=manifest.judge.structured,
            )
        )
        judge = Judge(model, temperature=config.judge.temperature, max_tokens=config.judge.max_tokens)
        deck = AppendDeck(cassettes, replaced=is_question_call)
        try:
            with deck.installed():
                report = await evaluate_checker(
                    labelled, config.checker, judge=judge, deck=deck, flag_at_or_below=config.judge.flag_at_or_below
                )
        finally:
            await model.aclose()
    write_manifest(cassettes, manifest.model_copy(update={"judge_template_hash": template_hash()}))
    return report
