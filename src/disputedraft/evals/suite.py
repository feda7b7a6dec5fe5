"""One eval run end to end: cases through the runner, the checker's accuracy, gates, reports."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from disputedraft import __version__
from disputedraft.defaults import MAX_ATTEMPTS
from disputedraft.evals.cases import EvalCase
from disputedraft.evals.checker import evaluate_checker
from disputedraft.evals.config import EvalConfig
from disputedraft.evals.judge import Judge
from disputedraft.evals.judge import template_hash as judge_template_hash
from disputedraft.evals.manifest import now
from disputedraft.evals.render_html import render_html
from disputedraft.evals.render_md import render_markdown
from disputedraft.evals.report import CaseRun, RunMeta, SuiteReport
from disputedraft.evals.runner import Runner
from disputedraft.evals.stats import gates, suite_passed, summarize
from disputedraft.llm.types import ChatModel
from disputedraft.policy import default_policy
from disputedraft.prompting import prompt_set

if TYPE_CHECKING:  # vcrpy is only needed when cassettes are in play
    from disputedraft.evals.cassettes import CassetteDeck


@dataclass
class SuiteRun:
    cases: list[EvalCase]
    config: EvalConfig
    drafter: ChatModel | None
    judge: ChatModel | None  # None: no judge scores (and no judge gates)
    deck: CassetteDeck | None = None
    repeat: int = 1
    concurrency: int = 1
    mode: str = "replay"
    cases_dir: str = ""
    checker_paths: list[Path] | None = None  # None: the checker's accuracy is not measured
    max_attempts: int = MAX_ATTEMPTS
    # The judge's agreement with the labelled drafts costs one judge call per draft; without
    # recordings of those calls the checker's (deterministic) accuracy is still measured.
    checker_judge: bool = True
    progress: Callable[[CaseRun], None] | None = None

    async def run(self) -> SuiteReport:
        started_at, started = now(), time.perf_counter()
        judge = None
        if self.judge is not None:
            judge = Judge(
                self.judge, temperature=self.config.judge.temperature, max_tokens=self.config.judge.max_tokens
            )
        runner = Runner(self.config, self.drafter, judge, self.deck, self.max_attempts)
        checker = None
        with self.deck.installed() if self.deck else contextlib.nullcontext():
            results = await runner.run(self.cases, self.repeat, self.concurrency, self.progress)
            if self.checker_paths and all(p.exists() for p in self.checker_paths):
                checker_judge = judge if self.checker_judge else None
                checker = await evaluate_checker(
                    self.checker_paths,
                    self.config.checker,
                    judge=checker_judge,
                    deck=self.deck,
                    concurrency=self.concurrency,
                    flag_at_or_below=self.config.judge.flag_at_or_below,
                )
        summary = summarize(results)
        all_gates = gates(
            summary,
            self.config,
            repeat=self.repeat,
            judged=judge is not None,
            checker=checker,
            checker_wanted=self.checker_paths is not None,
            checker_judged=judge is not None and self.checker_judge,
        )
        meta = RunMeta(
            started_at=started_at,
            finished_at=now(),
            wall_s=time.perf_counter() - started,
            mode=self.mode,
            repeat=self.repeat,
            concurrency=self.concurrency,
            max_attempts=self.max_attempts,
            cases_dir=self.cases_dir,
            drafter=self.drafter.name if self.drafter else None,
            judge=self.judge.name if self.judge else None,
            template_hash=prompt_set().hash,
            judge_template_hash=judge_template_hash(),
            policy_version=default_policy().spec.version,
            version=__version__,
            config=self.config,
        )
        return SuiteReport(
            meta=meta, summary=summary, cases=results, checker=checker, gates=all_gates, passed=suite_passed(all_gates)
        )


def write_reports(report: SuiteReport, directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    files = {
        "report.json": report.model_dump_json(indent=1),
        "summary.md": render_markdown(report),
        "report.html": render_html(report),
    }
    out = []
    for name, text in files.items():
        path = directory / name
        path.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
        out.append(path)
    return out
