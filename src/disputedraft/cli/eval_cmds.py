"""`eval`: run the eval suite (replay by default, no network) and `eval diff A B`."""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from disputedraft.defaults import add_attempts_argument
from disputedraft.errors import DisputeDraftError, FieldProblem, InvalidInput
from disputedraft.llm.select import ModelChoice, add_model_arguments

if TYPE_CHECKING:
    from disputedraft.evals.report import CaseRun, SuiteReport

# The eval machinery (and vcrpy, a test/eval dependency) is imported when `eval` runs, not
# when the CLI builds its parser: every other command must work without it.

DEFAULT_EVALS = Path("evals")


class _Progress:
    def __init__(self, total: int) -> None:
        self.total = total
        self.done = 0

    def __call__(self, run: CaseRun) -> None:
        self.done += 1
        mark = "pass" if run.passed else "FAIL"
        print(
            f"[{self.done}/{self.total}] {run.case_id} r{run.repeat}: {mark} {run.status} {run.latency_ms / 1000:.1f}s",
            file=sys.stderr,
            flush=True,
        )
        for problem in run.cassette_problems:  # loud: a bad recording must not look like a bad draft
            print(f"  {problem}", file=sys.stderr, flush=True)


def _paths(args: argparse.Namespace) -> tuple[Path, Path, Path]:
    evals = Path(args.evals_dir)
    cases = Path(args.cases) if args.cases else evals / "cases"
    cassettes = Path(args.cassettes) if args.cassettes else evals / "cassettes"
    return evals, cases, cassettes


def _check_flags(args: argparse.Namespace) -> None:
    problems = []
    if args.record and not args.live:
        problems.append(FieldProblem("--record", "only with --live (replay never records)"))
    if args.refresh and not args.live:
        problems.append(FieldProblem("--refresh", "only with --live (replay never records)"))
    if args.record and args.refresh:
        problems.append(FieldProblem("--refresh", "not with --record (which re-records every request)"))
    if args.repeat < 1:
        problems.append(FieldProblem("--repeat", "must be at least 1"))
    if args.concurrency < 1:
        problems.append(FieldProblem("--concurrency", "must be at least 1"))
    if problems:
        raise InvalidInput("arguments", problems)


def _require_vcr() -> None:
    try:
        import vcr  # noqa: F401
    except ImportError:
        raise DisputeDraftError(
            "disputedraft eval needs vcrpy >= 8.2 for its cassettes: pip install 'vcrpy>=8.2'"
        ) from None


def _warn_if_prompts_changed(cassettes: Path) -> None:
    from disputedraft.evals.judge import template_hash
    from disputedraft.evals.manifest import read_manifest
    from disputedraft.prompting import prompt_set

    manifest = read_manifest(cassettes)
    now = (prompt_set().hash, template_hash())
    if (manifest.template_hash, manifest.judge_template_hash) != now:
        print(
            f"warning: prompt templates changed since the cassettes were recorded "
            f"({manifest.template_hash}/{manifest.judge_template_hash} -> {now[0]}/{now[1]}); "
            "expect stale cassettes",
            file=sys.stderr,
        )


async def _run(args: argparse.Namespace) -> SuiteReport:
    from disputedraft.evals.cases import load_cases
    from disputedraft.evals.cassettes import CassetteDeck, RefreshDeck
    from disputedraft.evals.config import load_config
    from disputedraft.evals.models import JudgeChoice, live_models, record_manifest, replay_models
    from disputedraft.evals.suite import SuiteRun

    evals, cases_dir, cassettes = _paths(args)
    config_path = Path(args.config) if args.config else evals / "config.yaml"
    if args.config and not config_path.exists():
        raise InvalidInput(str(config_path), [FieldProblem("", "config file not found")])
    config = load_config(config_path)
    cases = load_cases(cases_dir, args.only)  # bad cases fail before any model starts
    checker = None if args.no_checker else [evals / p for p in config.checker.labelled]
    judge = JudgeChoice.from_env(not args.no_judge, args.judge_base_url, args.judge_model)
    suite = SuiteRun(
        cases=cases,
        config=config,
        drafter=None,
        judge=None,
        repeat=args.repeat,
        concurrency=args.concurrency,
        cases_dir=str(cases_dir),
        checker_paths=checker,
        max_attempts=args.attempts,
        checker_judge=not args.no_checker_judge,
        progress=_Progress(len(cases) * args.repeat),
    )
    if not args.live:
        _warn_if_prompts_changed(cassettes)
        async with replay_models(cassettes, judge.enabled) as (drafter, judge_model):
            return await dataclasses.replace(
                suite, drafter=drafter, judge=judge_model, mode="replay", deck=CassetteDeck(cassettes, "replay")
            ).run()
    choice = ModelChoice.from_args(args)
    async with live_models(choice, judge) as (drafter, judge_model):
        if not (args.record or args.refresh):
            return await dataclasses.replace(suite, drafter=drafter, judge=judge_model, mode="live").run()
        # Written first, so cassettes from a run cut short still say what recorded them.
        record_manifest(cassettes, drafter, judge_model, refresh=args.refresh)
        deck = RefreshDeck(cassettes) if args.refresh else CassetteDeck(cassettes, "record")
        return await dataclasses.replace(suite, drafter=drafter, judge=judge_model, mode="live+record", deck=deck).run()


def cmd_eval(args: argparse.Namespace) -> int:
    from disputedraft.evals.suite import write_reports

    _check_flags(args)
    _require_vcr()
    report = asyncio.run(_run(args))
    files = write_reports(report, Path(args.report))
    failed = [g.name for g in report.gates if g.passed is False]
    s = report.summary
    print(
        f"eval {'PASS' if report.passed else 'FAIL'}: pass rate {s.overall.pass_rate:.1%} over {s.overall.runs} "
        f"runs, remedy accuracy {s.remedy_accuracy:.1%}, {report.meta.wall_s:.1f} s"
        + (f"; failed gates: {', '.join(failed)}" if failed else "")
    )
    print("reports: " + ", ".join(str(f) for f in files))
    problems = [p for c in report.cases for r in c.runs for p in r.cassette_problems]
    if problems:
        print(f"{len(problems)} cassette problem(s), e.g. {problems[0]}", file=sys.stderr)
    return 0 if report.passed else 1


def cmd_diff(args: argparse.Namespace) -> int:
    from disputedraft.evals.diff import diff_reports, load_report, render_diff

    a, b = load_report(_report_file(args.a)), load_report(_report_file(args.b))
    diff = diff_reports(a, b)
    print(render_diff(diff, args.a, args.b), end="")
    return 1 if args.fail_on_regression and diff.regressed else 0


def _report_file(path: str) -> Path:
    p = Path(path)
    return p / "report.json" if p.is_dir() else p


def register(sub: Any) -> None:
    p = sub.add_parser(
        "eval",
        help="score drafts against the eval cases (replayed by default)",
        description="Runs every case through the drafting service and scores it. Replay (the "
        "default) answers from evals/cassettes and never touches the network.",
    )
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--replay", action="store_true", help="answer from recorded cassettes (default)")
    mode.add_argument("--live", action="store_true", help="call the configured model (embedded by default)")
    p.add_argument("--record", action="store_true", help="with --live: rewrite the cassettes of the cases run")
    p.add_argument(
        "--refresh",
        action="store_true",
        help="with --live: replay what the cassettes still answer, record only the requests that changed,"
        " drop the answers no longer asked for",
    )
    p.add_argument("--evals-dir", default=str(DEFAULT_EVALS), help="default: evals")
    p.add_argument("--cases", help="case directory (default: EVALS_DIR/cases)")
    p.add_argument("--cassettes", help="cassette directory (default: EVALS_DIR/cassettes)")
    p.add_argument("--config", help="gates and thresholds (default: EVALS_DIR/config.yaml)")
    p.add_argument("--report", default="eval-report", help="directory for report.json, summary.md, report.html")
    p.add_argument("--only", nargs="+", metavar="ID", help="run only these case ids")
    p.add_argument("--repeat", type=int, default=1, help="runs per case; reports pass^k (default 1)")
    p.add_argument("--concurrency", type=int, default=1, help="runs in flight at once (default 1)")
    add_attempts_argument(p)
    p.add_argument("--no-judge", action="store_true", help="skip the LLM judge (and its gates)")
    p.add_argument("--no-checker", action="store_true", help="skip the checker's accuracy on labelled drafts")
    p.add_argument(
        "--no-checker-judge",
        action="store_true",
        help="measure the checker's accuracy without the judge's agreement (no judge calls for it)",
    )
    p.add_argument("--judge-base-url", help="judge endpoint (default: the drafter's)")
    p.add_argument("--judge-model", help="judge model name (default: the drafter's)")
    add_model_arguments(p)
    p.set_defaults(func=cmd_eval)
    inner = p.add_subparsers(dest="eval_command", metavar="{diff}")
    d = inner.add_parser("diff", help="compare two report.json files (or report directories)")
    d.add_argument("a", help="the earlier report")
    d.add_argument("b", help="the later report")
    d.add_argument("--fail-on-regression", action="store_true", help="exit 1 when anything got worse")
    d.set_defaults(func=cmd_diff)
