"""`batch`: draft a whole queue (direct path), or hand it to a batch engine (export/submit/status/collect).

`disputedraft batch QUEUE --out DRAFTS.jsonl` and `disputedraft batch export QUEUE ...` share
one command word, which argparse cannot express (an optional subcommand next to a positional),
so the `batch` parser takes its arguments raw and `cmd_batch` hands them to the parser of the
mode the first word picks. The work itself lives in `disputedraft.batch`.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from disputedraft.batch import loop
from disputedraft.batch.progress import summary_text
from disputedraft.defaults import add_attempts_argument
from disputedraft.llm.select import DEFAULT_REMOTE_MODEL, ModelChoice, add_model_arguments

DEFAULT_CONCURRENCY = 16  # an endpoint; the embedded model gets EMBEDDED_CONCURRENCY
EMBEDDED_CONCURRENCY = 4

if TYPE_CHECKING:  # the batch machinery is imported only when a batch command runs
    from disputedraft.batch.runner import BatchOptions


# ---------------------------------------------------------------- shared options


def _output_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", required=True, type=Path, help="DRAFTS.jsonl: appended to, resumed from")
    p.add_argument("--retry-errors", action="store_true", help="redo the disputes whose record is an error")
    p.add_argument(
        "--concurrency",
        type=int,
        help=f"model calls in flight (default {DEFAULT_CONCURRENCY}; {EMBEDDED_CONCURRENCY} with the embedded model)",
    )
    add_attempts_argument(p)
    p.add_argument(
        "--fsync",
        choices=("interval", "always", "end"),
        default="interval",
        help="when records reach the disk (default: each second; see docs/batch.md)",
    )
    p.add_argument(
        "--progress",
        choices=("auto", "live", "log", "none"),
        default="auto",
        help="a live line on a terminal, log lines otherwise (default auto)",
    )
    p.add_argument("--log-every", type=float, default=10.0, help="seconds between progress log lines")
    p.add_argument("--summary-json", help="also write the summary as JSON to this file (- for stdout)")


def _options(args: argparse.Namespace, queue: str, concurrency: int) -> BatchOptions:
    from disputedraft.batch.runner import BatchOptions

    stream: Any = io.StringIO() if args.progress == "none" else sys.stderr
    live = {"auto": None, "live": True, "log": False, "none": False}[args.progress]
    return BatchOptions(
        queue=queue,
        out=args.out,
        concurrency=concurrency,
        retry_errors=args.retry_errors,
        fsync=args.fsync,
        progress=stream,
        live=live,
        log_every=args.log_every,
    )


def _concurrency(args: argparse.Namespace, choice: ModelChoice) -> int:
    if args.concurrency is not None:
        if args.concurrency < 1:
            raise SystemExit("error: --concurrency must be at least 1")
        return int(args.concurrency)
    return EMBEDDED_CONCURRENCY if choice.embedded and not choice.fake else DEFAULT_CONCURRENCY


def _finish(summary: dict[str, Any], args: argparse.Namespace) -> int:
    print(summary_text(summary), file=sys.stderr)
    if args.summary_json:
        text = json.dumps(summary, indent=2)
        if args.summary_json == "-":
            print(text)
        else:
            Path(args.summary_json).write_text(text + "\n", encoding="utf-8")
    # 3, as `draft`: finished, but some disputes ended as error records (see --retry-errors).
    return 3 if summary["by_status"]["error"] else 0


def _print_json(value: Any) -> None:
    print(json.dumps(value, indent=2, ensure_ascii=False))


# ---------------------------------------------------------------- batch QUEUE (direct)


def run_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="disputedraft batch",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Draft every dispute of a queue: one JSON line per dispute in --out. Rerun with the "
        "same --out to resume after a crash: ids already there are skipped.",
        epilog="Scale-out on a batch engine (each has its own --help):\n"
        "  disputedraft batch export QUEUE --out requests.jsonl\n"
        "  disputedraft batch submit requests.jsonl\n"
        "  disputedraft batch status BATCH_ID [--wait]\n"
        "  disputedraft batch collect QUEUE --results OUTPUT.jsonl --out DRAFTS.jsonl\n"
        "A queue file literally named export/submit/status/collect: write ./export.",
    )
    p.add_argument("queue", help="JSONL file (one dispute a line), - for stdin, or a directory of .json files")
    _output_args(p)
    p.add_argument(
        "--workers",
        type=int,
        default=1,
        help="worker processes sharing the drafting CPU (endpoint models only; default 1)",
    )
    add_model_arguments(p)
    return p


async def _run(args: argparse.Namespace) -> dict[str, Any]:
    from disputedraft.batch.runner import BatchRun

    choice = ModelChoice.from_args(args)
    concurrency = _concurrency(args, choice)
    options = _options(args, args.queue, concurrency)
    if args.workers > 1:
        return await _run_pool(args, choice, options)
    from disputedraft.batch.models import batch_model, limit_stats
    from disputedraft.batch.work import LocalDrafter
    from disputedraft.drafting import DraftingService

    async with batch_model(choice, concurrency) as model:
        service = DraftingService(model=model, max_attempts=args.attempts)
        return await BatchRun(options, LocalDrafter(service, lambda: limit_stats(model))).run()


async def _run_pool(args: argparse.Namespace, choice: ModelChoice, options: BatchOptions) -> dict[str, Any]:
    from disputedraft.batch.pool import WorkerPool
    from disputedraft.batch.runner import BatchRun

    if choice.embedded and not choice.fake:
        raise SystemExit(
            "error: --workers needs a model endpoint (--base-url): the embedded model "
            "is one server; raise --concurrency instead"
        )
    worker_args = ["--attempts", str(args.attempts)]
    for flag in ("base_url", "model", "model_path", "timeout"):
        if (value := getattr(args, flag, None)) is not None:
            worker_args += [f"--{flag.replace('_', '-')}", str(value)]  # the API key stays in the environment
    pool = WorkerPool(args.workers, options.concurrency, worker_args)
    await pool.start()
    graceful = False
    try:
        summary = await BatchRun(options, pool).run()
        graceful = True
    finally:
        await pool.aclose(graceful=graceful)
    summary["concurrency"] = pool.stats()  # workers report once they have finished
    return summary


def cmd_run(args: argparse.Namespace) -> int:
    return _finish(loop.run(_run(args)), args)


# ---------------------------------------------------------------- export


def export_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="disputedraft batch export",
        description="Write each dispute's first chat request as OpenAI Batch API lines (also read by "
        "`vllm run-batch`). human_review, invalid and duplicate entries are left out: "
        "`batch collect` writes their records from the queue.",
    )
    p.add_argument("queue", help="JSONL file, - for stdin, or a directory of .json files")
    p.add_argument("--out", required=True, type=Path, help="requests.jsonl (more parts past 50,000 lines)")
    p.add_argument("--model", help=f"model name in each body (env DISPUTEDRAFT_MODEL; default {DEFAULT_REMOTE_MODEL})")
    p.add_argument("--max-per-file", type=int, default=50_000, help="requests per file (OpenAI's limit: 50,000)")
    return p


def cmd_export(args: argparse.Namespace) -> int:
    from disputedraft.batch.export import export

    model = args.model or os.environ.get("DISPUTEDRAFT_MODEL") or DEFAULT_REMOTE_MODEL
    report = asyncio.run(export(args.queue, args.out, model, per_file=args.max_per_file))
    _print_json(report.as_dict())
    if not report.files:
        print("no dispute needs a model: run `batch collect` with no results to write the records", file=sys.stderr)
    return 0


# ---------------------------------------------------------------- submit / status


def _api_args(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--base-url", help="Batch API endpoint (env OPENAI_BASE_URL; default OpenAI); the key comes from OPENAI_API_KEY"
    )


def submit_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="disputedraft batch submit", description="Upload request files (purpose=batch) and create one batch each."
    )
    p.add_argument("files", nargs="+", type=Path, help="requests.jsonl from `batch export`")
    _api_args(p)
    return p


def cmd_submit(args: argparse.Namespace) -> int:
    from disputedraft.batch import openai_batch

    api = openai_batch.client(args.base_url)
    _print_json([openai_batch.describe(openai_batch.submit(api, path)) for path in args.files])
    return 0


def status_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="disputedraft batch status", description="Show (or wait for) batches.")
    p.add_argument("batch_ids", nargs="+")
    p.add_argument("--wait", action="store_true", help="poll until every batch has ended")
    p.add_argument("--poll", type=float, default=30.0, help="seconds between polls with --wait")
    _api_args(p)
    return p


def cmd_status(args: argparse.Namespace) -> int:
    from disputedraft.batch import openai_batch

    api = openai_batch.client(args.base_url)
    if args.wait:

        def show(batch: Any) -> None:
            counts = batch.request_counts
            done = f" {counts.completed + counts.failed}/{counts.total}" if counts else ""
            print(f"{batch.id}: {batch.status}{done}", file=sys.stderr)

        batches = [openai_batch.wait(api, b, args.poll, show) for b in args.batch_ids]
    else:
        batches = [openai_batch.status(api, b) for b in args.batch_ids]
    _print_json([openai_batch.describe(b) for b in batches])
    return 0 if all(b.status != "failed" for b in batches) else 1


# ---------------------------------------------------------------- collect


def collect_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="disputedraft batch collect",
        description="Turn a batch engine's output (OpenAI Batch API or `vllm run-batch`) into the same "
        "DRAFTS.jsonl as the direct path: parse, check and repair each draft locally.",
    )
    p.add_argument("queue", help="the queue that was exported (file, - or directory)")
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--results", action="append", type=Path, help="engine output file (repeatable)")
    src.add_argument("--batch-id", action="append", help="download this OpenAI batch's output (repeatable)")
    p.add_argument("--download-dir", type=Path, help="where downloaded results go (default: beside --out)")
    p.add_argument(
        "--no-repair", action="store_true", help="no live model: drafts that fail the checks end needs_review"
    )
    _output_args(p)
    add_model_arguments(p)
    return p


async def _collect(args: argparse.Namespace, results: list[Path]) -> dict[str, Any]:
    from disputedraft.batch.collect import CollectDrafter, ResultsIndex
    from disputedraft.batch.models import batch_model, limit_stats
    from disputedraft.batch.runner import BatchRun
    from disputedraft.drafting import DraftingService

    choice = ModelChoice.from_args(args)
    concurrency = _concurrency(args, choice)
    model_name = choice.model or DEFAULT_REMOTE_MODEL
    index = ResultsIndex(results)
    try:
        options = _options(args, args.queue, concurrency)
        if args.no_repair:
            drafter = CollectDrafter(index, DraftingService(max_attempts=1), None, model_name)
            return await BatchRun(options, drafter).run()
        async with batch_model(choice, concurrency) as live:  # opened only if a repair is needed
            drafter = CollectDrafter(
                index,
                DraftingService(max_attempts=args.attempts),
                live,
                model_name,
                live_stats=lambda: limit_stats(live),
            )
            return await BatchRun(options, drafter).run()
    finally:
        index.close()


def cmd_collect(args: argparse.Namespace) -> int:
    results: list[Path] = list(args.results or [])
    if args.batch_id:
        from disputedraft.batch import openai_batch

        api = openai_batch.client(getattr(args, "base_url", None))
        directory = args.download_dir or args.out.resolve().parent
        directory.mkdir(parents=True, exist_ok=True)
        for batch_id in args.batch_id:
            results += openai_batch.download(api, batch_id, directory)
        print("downloaded: " + ", ".join(map(str, results)), file=sys.stderr)
    return _finish(asyncio.run(_collect(args, results)), args)


# ---------------------------------------------------------------- dispatch

_MODES: dict[str, tuple[Callable[[], argparse.ArgumentParser], Callable[[argparse.Namespace], int]]] = {
    "export": (export_parser, cmd_export),
    "submit": (submit_parser, cmd_submit),
    "status": (status_parser, cmd_status),
    "collect": (collect_parser, cmd_collect),
}


def cmd_batch(args: argparse.Namespace) -> int:
    argv: list[str] = list(args.argv)
    if argv and argv[0] in _MODES:
        make_parser, handler = _MODES[argv[0]]
        return handler(make_parser().parse_args(argv[1:]))
    return cmd_run(run_parser().parse_args(argv))


def register(sub: Any) -> None:
    # prefix_chars nobody types: every argument after `batch`, options included, lands in argv.
    p = sub.add_parser(
        "batch",
        add_help=False,
        prefix_chars="\x00",
        help="draft a queue of disputes, or run it on a batch engine (batch --help)",
    )
    p.add_argument("argv", nargs="*")
    p.set_defaults(func=cmd_batch)
