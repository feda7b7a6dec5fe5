"""Batch drafting against the fake OpenAI-compatible server: throughput, memory, chaos.

    python benchmarks/bench_batch.py throughput [-n 8000] [--concurrency 64] [--latency-ms 100] [--workers 1 2]
    python benchmarks/bench_batch.py memory     [-n 100000] [--workers 2]
    python benchmarks/bench_batch.py chaos      [-n 5000] [--rate-429 0.10] [--rate-500 0.05] [--kill-after 4]
    python benchmarks/bench_batch.py mechanics  [-n 100000]      # the batch machinery alone, no drafting
    python benchmarks/bench_batch.py breakdown                   # CPU per draft: service vs SDK call
    python benchmarks/bench_batch.py ceiling    [-n 8000] [--workers 1 2]   # the openai SDK calls alone
    python benchmarks/bench_batch.py embedded   [-n 8] [--embedded-concurrency 2]   # the [local] extra
    python benchmarks/bench_batch.py all                         # all but embedded

Each scenario starts `benchmarks/fake_openai_server.py` on loopback, writes a queue of English
disputes on the fly (mixed remedies, a few human_review), runs `python -m disputedraft batch`
as a subprocess exactly as a user would, and then reads the output file back to verify it:
one record per queue id, no id missing, none twice. Figures are printed as JSON lines.

throughput: drafts/s against the ideal concurrency / latency (every reply passes the checks
  first time, so one model call per draft; the calls/draft ratio is printed to prove it).
memory: peak RSS (VmHWM) of the batch process(es) for a 100,000-dispute queue.
chaos: 10% of calls answered 429 and 5% 500; the run is killed with SIGKILL mid-way, then
  rerun with the same --out; the output must hold each id exactly once.
mechanics: records/s of the batch machinery with a drafter that answers at once.
breakdown: CPU per draft of the drafting service (checks included) and of one openai SDK call.
ceiling: the same calls through our openai client layer (aiohttp transport, as the batch uses),
  at the same concurrency and latency, split over the same worker processes, with no drafting,
  no checks and no batch bookkeeping: the most any batch path that calls the endpoint through
  the openai SDK can reach on this machine.

The machine is shared: the load average before the run is printed with the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SERVER = ROOT / "benchmarks" / "fake_openai_server.py"

_NAMES = ["Maria", "John", "Aisha", "Wei", "Olga", "Pedro", "Emma", "Yusuf", "Lena", "Tom"]
_ITEMS = [
    ("Bluetooth speaker", "42.00"),
    ("Phone case", "9.90"),
    ("LED desk lamp", "23.50"),
    ("Running shoes", "61.00"),
    ("Wool scarf", "18.00"),
]
_TEXTS = [
    "Hello, my order still has not arrived. Where is it?",
    "Hi, the parcel is late and I am waiting for it.",
    "The item I received is damaged, the box was crushed.",
    "This is not what I ordered, it is the wrong item.",
    "Hello, can you tell me when my package will come?",
]


def dispute(i: int, rng: random.Random) -> dict[str, Any]:
    title, price = _ITEMS[i % len(_ITEMS)]
    doc: dict[str, Any] = {
        "id": f"B-{i:07d}",
        "stage": "open",
        "order": {
            "id": f"81{i:08d}",
            "items": [{"title": title, "quantity": 1, "unit_price": price}],
            "total": price,
            "currency": "USD",
            "placed_at": "2026-10-02",
        },
        "buyer": {"name": rng.choice(_NAMES), "country": "US", "language": "en"},
        "messages": [{"author": "buyer", "text": rng.choice(_TEXTS)}],
        "opened_at": "2026-11-20T09:30:00Z",
    }
    kind = i % 10
    if kind < 6:
        doc |= {
            "reason": "not_received",
            "shipment": {"status": "in_transit", "carrier": "Cainiao", "tracking_number": f"LP{i:011d}CN"},
        }
    elif kind < 8:
        doc |= {
            "reason": "not_received",
            "shipment": {
                "status": "customs_hold",
                "carrier": "Cainiao",
                "tracking_number": f"LP{i:011d}CN",
                "duties_payer": "buyer",
            },
        }
    elif kind < 9:
        doc |= {"reason": "not_as_described", "problem": "damaged"}
    else:  # tracking says delivered, buyer says not received: the handbook sends it to a person
        doc |= {
            "reason": "not_received",
            "shipment": {"status": "delivered", "carrier": "Cainiao", "tracking_number": f"LP{i:011d}CN"},
        }
    return doc


def write_queue(path: Path, n: int, seed: int = 7) -> set[str]:
    rng = random.Random(seed)
    ids = set()
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            d = dispute(i, rng)
            ids.add(d["id"])
            f.write(json.dumps(d) + "\n")
    return ids


class FakeServer:
    def __init__(self, latency_ms: float, rate_429: float = 0.0, rate_500: float = 0.0, seed: int = 1) -> None:
        self.proc = subprocess.Popen(
            [
                sys.executable,
                str(SERVER),
                "--port",
                "0",
                "--latency-ms",
                str(latency_ms),
                "--rate-429",
                str(rate_429),
                "--rate-500",
                str(rate_500),
                "--seed",
                str(seed),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline().strip()
        self.base_url = line.removeprefix("listening on ")

    def stats(self) -> dict[str, Any]:
        import urllib.request

        with urllib.request.urlopen(self.base_url.removesuffix("/v1") + "/stats", timeout=5) as r:
            return dict(json.load(r))

    def stop(self) -> None:
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(10)


def batch_cmd(queue: Path, out: Path, base_url: str, *, concurrency: int, workers: int, summary: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "disputedraft",
        "batch",
        str(queue),
        "--out",
        str(out),
        "--base-url",
        base_url,
        "--model",
        "fake",
        "--concurrency",
        str(concurrency),
        "--workers",
        str(workers),
        "--progress",
        "log",
        "--log-every",
        "5",
        "--summary-json",
        str(summary),
    ]


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ, OPENAI_API_KEY="sk-fake", **extra)
    env.pop("OPENAI_BASE_URL", None)
    env.pop("DISPUTEDRAFT_FAKE_MODEL", None)
    return env


def _tree_hwm_kb(pid: int) -> dict[int, int]:
    """VmHWM (peak RSS) of a process and its children, by pid."""
    out = {}
    pids = [pid]
    children = Path(f"/proc/{pid}/task/{pid}/children")
    if children.exists():
        pids += [int(p) for p in children.read_text().split()]
    for p in pids:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    out[p] = int(line.split()[1])
        except FileNotFoundError:
            pass
    return out


def run_batch(cmd: list[str], env: dict[str, str], kill_after: float | None = None) -> dict[str, Any]:
    """Run the batch, sampling peak RSS of it and its workers; SIGKILL it after `kill_after` s."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.Popen(
        cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True
    )
    peaks: dict[int, int] = {}
    killed = False
    while proc.poll() is None:
        for pid, kb in _tree_hwm_kb(proc.pid).items():
            peaks[pid] = max(peaks.get(pid, 0), kb)
        if kill_after is not None and time.perf_counter() - started > kill_after:
            os.killpg(proc.pid, signal.SIGKILL)  # the batch and its workers, like a machine crash would
            killed = True
            break
        time.sleep(0.05)
    _, stderr = proc.communicate()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the batch and its workers, reaped by now
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {
        "returncode": proc.returncode,
        "wall_s": time.perf_counter() - started,
        "killed": killed,
        "cpu_s": cpu,
        "peak_rss_mb": {str(p): round(kb / 1024, 1) for p, kb in peaks.items()},
        "peak_rss_total_mb": round(sum(peaks.values()) / 1024, 1),
        "stderr_tail": stderr[-2000:],
    }


def verify(out: Path, ids: set[str]) -> dict[str, Any]:
    """Read the output back: every queue id exactly once, nothing else."""
    counts: Counter[str] = Counter()
    statuses: Counter[str] = Counter()
    torn = 0
    with out.open("rb") as f:
        for line in f:
            try:
                record = json.loads(line)
            except ValueError:
                torn += 1
                continue
            counts[record["id"]] += 1
            statuses[record["status"]] += 1
    doubled = sorted(k for k, c in counts.items() if c > 1)
    missing = sorted(ids - counts.keys())
    extra = sorted(counts.keys() - ids)
    return {
        "records": sum(counts.values()),
        "by_status": dict(statuses),
        "missing": len(missing),
        "doubled": len(doubled),
        "unknown_ids": len(extra),
        "torn_lines": torn,
        "exactly_once": not missing and not doubled and not extra and not torn,
    }


def throughput(args: argparse.Namespace) -> None:
    ideal = args.concurrency / (args.latency_ms / 1000)
    with tempfile.TemporaryDirectory() as tmp:
        queue = Path(tmp) / "queue.jsonl"
        ids = write_queue(queue, args.n)
        for workers in args.workers:
            server = FakeServer(args.latency_ms)
            try:
                out, summary_path = Path(tmp) / f"out{workers}.jsonl", Path(tmp) / f"s{workers}.json"
                cmd = batch_cmd(
                    queue, out, server.base_url, concurrency=args.concurrency, workers=workers, summary=summary_path
                )
                run = run_batch(cmd, _env())
                summary = json.loads(summary_path.read_text())
                server_stats = server.stats()
                calls = server_stats["requests"]
            finally:
                server.stop()
            check = verify(out, ids)
            model_drafts = summary["written"] - summary["by_status"]["human_review"]
            rate = summary["drafts_per_s"]
            # Model-bound drafts against the ideal: human_review drafts need no call, so they are
            # left out of both sides of the comparison.
            model_rate = model_drafts / summary["elapsed_s"]
            print(
                json.dumps(
                    {
                        "scenario": "throughput",
                        "workers": workers,
                        "disputes": args.n,
                        "concurrency": args.concurrency,
                        "latency_ms": args.latency_ms,
                        "ideal_per_s": ideal,
                        "drafts_per_s": rate,
                        "model_drafts_per_s": round(model_rate, 1),
                        "share_of_ideal": round(model_rate / ideal, 3),
                        "calls_per_model_draft": round(calls / max(1, model_drafts), 3),
                        "wall_s": round(run["wall_s"], 2),
                        # Load-independent: our CPU per dispute (batch process and workers, startup included),
                        # and what two otherwise idle cores could sustain at that cost.
                        "cpu_ms_per_dispute": round(run["cpu_s"] / args.n * 1000, 2),
                        "two_core_ceiling_per_s": round(2000 / (run["cpu_s"] / args.n * 1000), 1),
                        # The fake server's own CPU (it runs on the same two cores), startup included.
                        "server_cpu_ms_per_call": round(server_stats["cpu_s"] / max(1, calls) * 1000, 3),
                        "loadavg_after": os.getloadavg(),
                        "elapsed_s": summary["elapsed_s"],
                        "peak_rss_total_mb": run["peak_rss_total_mb"],
                        "verify": check,
                    }
                ),
                flush=True,
            )


def memory(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        queue = Path(tmp) / "queue.jsonl"
        ids = write_queue(queue, args.n)
        server = FakeServer(args.latency_ms)
        try:
            out, summary_path = Path(tmp) / "out.jsonl", Path(tmp) / "s.json"
            cmd = batch_cmd(
                queue, out, server.base_url, concurrency=args.concurrency, workers=args.workers[0], summary=summary_path
            )
            run = run_batch(cmd, _env())
        finally:
            server.stop()
        summary = json.loads(summary_path.read_text())
        print(
            json.dumps(
                {
                    "scenario": "memory",
                    "disputes": args.n,
                    "queue_mb": round(queue.stat().st_size / 2**20, 1),
                    "out_mb": round(out.stat().st_size / 2**20, 1),
                    "workers": args.workers[0],
                    "peak_rss_mb": run["peak_rss_mb"],
                    "peak_rss_total_mb": run["peak_rss_total_mb"],
                    "drafts_per_s": summary["drafts_per_s"],
                    "verify": verify(out, ids),
                }
            ),
            flush=True,
        )


def chaos(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        queue = Path(tmp) / "queue.jsonl"
        ids = write_queue(queue, args.n)
        server = FakeServer(args.latency_ms, args.rate_429, args.rate_500)
        try:
            out, summary_path = Path(tmp) / "out.jsonl", Path(tmp) / "s.json"
            cmd = batch_cmd(
                queue, out, server.base_url, concurrency=args.concurrency, workers=args.workers[0], summary=summary_path
            )
            first = run_batch(cmd, _env(), kill_after=args.kill_after)
            after_kill = verify(out, ids)
            second = run_batch(cmd, _env())
            summary = json.loads(summary_path.read_text())
            stats = server.stats()
        finally:
            server.stop()
        final = verify(out, ids)
        print(
            json.dumps(
                {
                    "scenario": "chaos",
                    "disputes": args.n,
                    "rate_429": args.rate_429,
                    "rate_500": args.rate_500,
                    "killed_after_s": args.kill_after,
                    "first_run_killed": first["killed"],
                    "records_after_kill": after_kill["records"],
                    "torn_lines_after_kill": after_kill["torn_lines"],
                    "rerun_returncode": second["returncode"],
                    "rerun_skipped": summary["skipped_already_done"],
                    "rerun_written": summary["written"],
                    "rerun_torn_bytes_cut": summary["torn_bytes_cut"],
                    "concurrency": summary["concurrency"],
                    "server": stats,
                    "verify": final,
                }
            ),
            flush=True,
        )
        if not final["exactly_once"]:
            sys.exit("chaos: output is not exactly once per id")


class _NoopDrafter:
    """Answers every dispute with a fixed record line at once: only the batch machinery is left."""

    def __init__(self) -> None:
        from disputedraft.llm.types import Usage

        self._usage = Usage(prompt_tokens=900, completion_tokens=100, calls=1)
        self._draft = json.dumps({"dispute_id": "x", "status": "ready", "message": "m" * 600})

    async def __call__(self, item: Any) -> Any:
        from disputedraft.batch.work import Outcome

        line = f'{{"id":{json.dumps(item.key)},"status":"ready","draft":{self._draft}}}\n'.encode()
        return Outcome(item.key, "ready", line, self._usage)

    def stats(self) -> dict[str, Any]:
        return {}


def mechanics(args: argparse.Namespace) -> None:
    """Records/s of the batch machinery alone: read, decode, dedupe, dispatch, journal, progress."""
    import asyncio
    import io

    from disputedraft.batch.runner import BatchOptions, BatchRun

    with tempfile.TemporaryDirectory() as tmp:
        queue = Path(tmp) / "queue.jsonl"
        write_queue(queue, args.n)
        out = Path(tmp) / "out.jsonl"
        options = BatchOptions(
            queue=str(queue), out=out, concurrency=args.concurrency, progress=io.StringIO(), live=False
        )
        import resource

        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        cpu = time.process_time()
        summary = asyncio.run(BatchRun(options, _NoopDrafter()).run())
        cpu = time.process_time() - cpu
        check = verify(out, {f"B-{i:07d}" for i in range(args.n)})
        print(
            json.dumps(
                {
                    "scenario": "mechanics",
                    "disputes": args.n,
                    "records_per_s": summary["drafts_per_s"],
                    "cpu_us_per_record": round(cpu / args.n * 1e6, 1),
                    "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
                    "rss_before_run_mb": round(rss_before / 1024, 1),
                    "verify": check,
                }
            ),
            flush=True,
        )


def breakdown(args: argparse.Namespace) -> None:
    """Where a draft's CPU goes: the drafting service alone, and one SDK call to the fake server."""
    import asyncio

    from disputedraft.drafting import DraftingService
    from disputedraft.llm.fake import TestModel
    from disputedraft.loading import dispute_from_obj

    rng = random.Random(3)
    disputes = [dispute_from_obj(dispute(i, rng)) for i in range(400)]
    service = DraftingService(model=TestModel())

    async def drafts() -> float:
        for d in disputes[:40]:
            await service.draft(d)  # warm: language models, lexicons, templates
        start = time.process_time()
        for d in disputes:
            await service.draft(d)
        return (time.process_time() - start) / len(disputes)

    server = FakeServer(0)
    try:
        model = _sdk_model(server.base_url)
        request = _draft_request()

        async def calls() -> float:
            for _ in range(50):
                await model.complete(request)
            start = time.process_time()
            await _in_flight(model, request, 1000, 64)  # as many in flight as the throughput run keeps
            spent = (time.process_time() - start) / 1000
            await model.aclose()  # the aiohttp session belongs to this event loop
            return spent

        sdk = asyncio.run(calls())
    finally:
        server.stop()
    service_ms = asyncio.run(drafts()) * 1000
    print(
        json.dumps(
            {
                "scenario": "breakdown",
                "service_cpu_ms_per_draft": round(service_ms, 2),
                "sdk_http_cpu_ms_per_call": round(sdk * 1000, 2),
                "cpu_bound_ceiling_per_core": round(1000 / (service_ms + sdk * 1000), 1),
            }
        ),
        flush=True,
    )


def _sdk_model(base_url: str) -> Any:
    """Our openai client layer on the transport the batch path uses (batch/models.py), no retries."""
    from disputedraft.llm.openai_model import EndpointConfig, OpenAIChatModel
    from disputedraft.llm.retry import RetryPolicy

    return OpenAIChatModel(
        EndpointConfig(base_url=base_url, model="fake", structured="json_schema", transport="aiohttp"),
        RetryPolicy(max_attempts=1),
    )


async def _in_flight(model: Any, request: Any, calls: int, concurrency: int) -> None:
    """`calls` calls of `request`, `concurrency` of them in flight at a time."""
    import asyncio

    slots = asyncio.Semaphore(concurrency)

    async def one() -> None:
        async with slots:
            await model.complete(request)

    await asyncio.gather(*(one() for _ in range(calls)))


def _draft_request() -> Any:
    """The first request of a real draft (one of the benchmark's disputes), as the batch sends it."""
    import asyncio

    from disputedraft.drafting import DraftingService
    from disputedraft.llm.fake import TestModel
    from disputedraft.llm.types import ChatRequest
    from disputedraft.loading import dispute_from_obj

    captured: list[ChatRequest] = []

    class Capture(TestModel):
        async def complete(self, request: ChatRequest) -> Any:
            captured.append(request)
            return await super().complete(request)

    asyncio.run(DraftingService(model=Capture()).draft(dispute_from_obj(dispute(0, random.Random(3)))))
    return captured[0]


def ceiling_child(base_url: str, calls: int, concurrency: int) -> None:
    """One process of the ceiling scenario: warms up, waits for "go" on stdin, makes `calls`
    calls with `concurrency` in flight, prints its wall-clock span and CPU time."""
    import asyncio

    from disputedraft.batch.loop import run

    request = _draft_request()

    async def go() -> dict[str, float]:
        model = _sdk_model(base_url)
        for _ in range(50):
            await model.complete(request)
        print("ready", flush=True)
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
        start, cpu = time.time(), time.process_time()
        await _in_flight(model, request, calls, concurrency)
        out = {"start": start, "end": time.time(), "cpu_s": time.process_time() - cpu}
        await model.aclose()
        return out

    print(json.dumps(run(go())), flush=True)  # the batch workers' event loop (uvloop when installed)


def ceiling(args: argparse.Namespace) -> None:
    ideal = args.concurrency / (args.latency_ms / 1000)
    for workers in args.workers:
        server = FakeServer(args.latency_ms)
        try:
            per = args.n // workers
            children = [
                subprocess.Popen(
                    [
                        sys.executable,
                        __file__,
                        "_ceiling_child",
                        server.base_url,
                        str(per),
                        str(max(1, args.concurrency // workers)),
                    ],
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    text=True,
                    env=_env(),
                )
                for _ in range(workers)
            ]
            for child in children:
                assert child.stdout is not None
                assert child.stdout.readline().strip() == "ready"
            for child in children:
                assert child.stdin is not None
                child.stdin.write("go\n")
                child.stdin.flush()
            spans = [json.loads(child.communicate(timeout=600)[0]) for child in children]
        finally:
            server.stop()
        wall = max(s["end"] for s in spans) - min(s["start"] for s in spans)
        rate = per * workers / wall
        print(
            json.dumps(
                {
                    "scenario": "ceiling",
                    "workers": workers,
                    "calls": per * workers,
                    "concurrency": args.concurrency,
                    "latency_ms": args.latency_ms,
                    "ideal_per_s": ideal,
                    "calls_per_s": round(rate, 1),
                    "share_of_ideal": round(rate / ideal, 3),
                    "sdk_cpu_ms_per_call": round(sum(s["cpu_s"] for s in spans) / (per * workers) * 1000, 2),
                    "loadavg_after": os.getloadavg(),
                }
            ),
            flush=True,
        )


def embedded(args: argparse.Namespace) -> None:
    """Drafts per minute with the embedded model (needs the [local] extra), and the prefix cache's share."""
    with tempfile.TemporaryDirectory() as tmp:
        queue = Path(tmp) / "queue.jsonl"
        ids = write_queue(queue, args.n)
        out, summary_path = Path(tmp) / "out.jsonl", Path(tmp) / "s.json"
        env = _env()
        env.pop("OPENAI_API_KEY", None)
        cmd = [
            sys.executable,
            "-m",
            "disputedraft",
            "batch",
            str(queue),
            "--out",
            str(out),
            "--concurrency",
            str(args.embedded_concurrency),
            "--progress",
            "log",
            "--summary-json",
            str(summary_path),
        ]
        run = run_batch(cmd, env)
        summary = json.loads(summary_path.read_text())
        tokens = summary["tokens"]
        model_drafts = summary["written"] - summary["by_status"]["human_review"]
        print(
            json.dumps(
                {
                    "scenario": "embedded",
                    "disputes": args.n,
                    "concurrency": args.embedded_concurrency,
                    "wall_s": round(run["wall_s"], 1),
                    "elapsed_s": summary["elapsed_s"],
                    "model_drafts_per_min": round(model_drafts / summary["elapsed_s"] * 60, 2),
                    "by_status": summary["by_status"],
                    "model_calls": tokens["model_calls"],
                    "prompt_tokens": tokens["prompt"],
                    "cached_prompt_tokens": tokens["cached"],
                    "cached_share": round(tokens["cached"] / tokens["prompt"], 3) if tokens["prompt"] else None,
                    "peak_rss_total_mb": run["peak_rss_total_mb"],
                    "verify": verify(out, ids),
                }
            ),
            flush=True,
        )


def main() -> None:
    if sys.argv[1:2] == ["_ceiling_child"]:
        base_url, calls, concurrency = sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
        ceiling_child(base_url, calls, concurrency)
        return
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument(
        "scenario", choices=("throughput", "ceiling", "mechanics", "breakdown", "memory", "chaos", "embedded", "all")
    )
    p.add_argument("--embedded-concurrency", type=int, default=2, help="parallel slots for the embedded scenario")
    p.add_argument("-n", type=int)
    p.add_argument("--concurrency", type=int, default=64)
    p.add_argument("--latency-ms", type=float, default=100.0)
    p.add_argument("--workers", type=int, nargs="+", default=None)
    p.add_argument("--rate-429", type=float, default=0.10)
    p.add_argument("--rate-500", type=float, default=0.05)
    p.add_argument("--kill-after", type=float, default=4.0)
    args = p.parse_args()
    runners = {
        "breakdown": breakdown,
        "ceiling": ceiling,
        "mechanics": mechanics,
        "throughput": throughput,
        "memory": memory,
        "chaos": chaos,
    }
    defaults = {
        "breakdown": (0, [1]),
        "ceiling": (8000, [1, 2]),
        "mechanics": (100_000, [1]),
        "throughput": (8000, [1, 2]),
        "memory": (100_000, [1]),
        "chaos": (5000, [1]),
        "embedded": (8, [1]),
    }
    print(json.dumps({"machine": {"cpus": os.cpu_count(), "loadavg_before": os.getloadavg()}}), flush=True)
    runners["embedded"] = embedded  # not part of "all": it needs the [local] extra and takes minutes
    for name in [n for n in runners if n != "embedded"] if args.scenario == "all" else [args.scenario]:
        n, workers = defaults[name]
        ns = argparse.Namespace(**{**vars(args), "n": args.n or n, "workers": args.workers or workers})
        runners[name](ns)


if __name__ == "__main__":
    main()
