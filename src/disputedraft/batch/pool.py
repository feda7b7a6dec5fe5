"""Worker processes seen from the parent: a Drafter that farms disputes out over pipes.

Each worker gets at most `window` disputes at a time (enough to keep its own AIMD-limited
calls busy), so memory stays bounded on both sides. Disputes go to the worker with the
fewest outstanding. If a worker dies, the run stops: its unfinished disputes have no
record yet, so a rerun drafts them; nothing is written on a worker's behalf.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import math
import sys
from collections.abc import Sequence
from typing import Any

from disputedraft.batch.work import Outcome, WorkItem
from disputedraft.batch.worker import MAX_LINE
from disputedraft.errors import DisputeDraftError
from disputedraft.llm.types import Usage


class WorkerLost(DisputeDraftError):
    """A worker process exited before answering; rerun to resume."""


class _Worker:
    def __init__(self, proc: asyncio.subprocess.Process) -> None:
        self.proc = proc
        self.pending: dict[int, asyncio.Future[Outcome]] = {}
        self.stats: dict[str, Any] = {}
        self.fatal: str | None = None
        self.reader: asyncio.Task[None] | None = None

    async def read(self) -> None:
        stdout = self.proc.stdout
        assert stdout is not None
        try:
            while head := await stdout.readline():
                message = json.loads(head)
                if message[0] == "stats":
                    self.stats = message[1]
                    continue
                if message[0] == "fatal":
                    self.fatal = message[1]
                    continue
                seq, status, prompt, completion, cached, calls = message
                line = await stdout.readline()
                usage = Usage(prompt_tokens=prompt, completion_tokens=completion, cached_tokens=cached, calls=calls)
                future = self.pending.pop(seq)
                if not future.done():
                    future.set_result(Outcome("", status, line, usage))
        finally:
            code = await self.proc.wait()
            why = self.fatal or f"batch worker {self.proc.pid} exited with code {code}"
            for future in self.pending.values():
                if not future.done():
                    future.set_exception(WorkerLost(why))
            self.pending.clear()


class WorkerPool:
    def __init__(self, workers: int, concurrency: int, worker_args: Sequence[str]) -> None:
        self.size = workers
        self.per_worker = max(1, math.ceil(concurrency / workers))
        self._args = list(worker_args)
        self._workers: list[_Worker] = []
        self._seq = itertools.count()

    async def start(self) -> None:
        for _ in range(self.size):
            proc = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "disputedraft.batch.worker",
                "--concurrency",
                str(self.per_worker),
                *self._args,
                stdin=asyncio.subprocess.PIPE,
                stdout=asyncio.subprocess.PIPE,
                limit=MAX_LINE,
            )
            worker = _Worker(proc)
            worker.reader = asyncio.create_task(worker.read())
            self._workers.append(worker)

    async def __call__(self, item: WorkItem) -> Outcome:
        worker = min(self._workers, key=lambda w: len(w.pending))
        if worker.reader is None or worker.reader.done():
            raise WorkerLost(f"batch worker {worker.proc.pid} is gone")
        seq = next(self._seq)
        future: asyncio.Future[Outcome] = asyncio.get_running_loop().create_future()
        worker.pending[seq] = future
        stdin = worker.proc.stdin
        assert stdin is not None
        stdin.write(json.dumps([seq, item.key, item.source, item.obj]).encode() + b"\n")
        await stdin.drain()
        outcome = await future
        return Outcome(item.key, outcome.status, outcome.line, outcome.usage)

    def stats(self) -> dict[str, Any]:
        per = [w.stats for w in self._workers if w.stats]
        if not per:
            return {"workers": self.size}
        total = {
            k: sum(int(s.get(k, 0)) for s in per)
            for k in ("max", "final", "overloads", "decreases", "retries", "gave_up")
        }
        total["lowest"] = sum(int(s.get("lowest", 0)) for s in per)
        return {**total, "workers": self.size}

    async def aclose(self, *, graceful: bool = True) -> None:
        """Graceful: ask every worker to finish and report. Otherwise end of input alone,
        which a worker takes as "stop now" (the run failed or was interrupted)."""
        for worker in self._workers:
            if worker.proc.stdin is not None and not worker.proc.stdin.is_closing():
                if graceful:
                    worker.proc.stdin.write(b"null\n")
                with contextlib.suppress(ConnectionError):  # it may be gone already
                    await worker.proc.stdin.drain()
                worker.proc.stdin.close()
        for worker in self._workers:
            if worker.reader is not None:
                await asyncio.gather(worker.reader, return_exceptions=True)
