"""The direct batch path: stream the queue, draft with bounded concurrency, journal each record.

Exactly once, across crashes: a dispute's record is written only if its id is neither in the
output file already (`Journal.resume`) nor dispatched earlier in this run. Memory: the queue
is read a few hundred entries ahead at most (never whole), at most `window` disputes are in
flight, and what grows with the queue is only the set of ids (tens of bytes each), which both
rules above need; an id moves from the resumed set to the seen set, it is never in both.

Duplicate ids in one queue: the first occurrence is drafted; each later one becomes an error
record keyed by its own position ("line:9", or its file name) with `dispute_id` naming the
id, so the output still has exactly one line per key and a rerun is deterministic.
"""

from __future__ import annotations

import asyncio
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, TextIO

from disputedraft.batch.journal import FsyncPolicy, Journal, ResumeState
from disputedraft.batch.progress import Progress
from disputedraft.batch.records import error_line
from disputedraft.batch.source import Item, Prefetcher, QueueReader, open_queue
from disputedraft.batch.work import Outcome, WorkItem
from disputedraft.llm.types import Usage

READ_AHEAD = 256  # queue items decoded ahead of the dispatcher


class Drafter(Protocol):
    async def __call__(self, item: WorkItem) -> Outcome: ...

    def stats(self) -> dict[str, Any]: ...


@dataclass(frozen=True)
class BatchOptions:
    queue: str
    out: Path
    concurrency: int = 16
    retry_errors: bool = False
    fsync: FsyncPolicy = "interval"
    window: int = 0  # disputes in flight; 0 means twice the concurrency
    progress: TextIO = field(default_factory=lambda: sys.stderr)
    live: bool | None = None  # None: a live line when the progress stream is a terminal
    log_every: float = 10.0

    @property
    def in_flight(self) -> int:
        return self.window or 2 * self.concurrency


class BatchRun:
    def __init__(self, options: BatchOptions, drafter: Drafter) -> None:
        self.options = options
        self.drafter = drafter
        self._seen: set[str] = set()
        self._window = asyncio.Semaphore(options.in_flight)
        self._tasks: set[asyncio.Task[None]] = set()
        self._failure: BaseException | None = None

    async def run(self) -> dict[str, Any]:
        opts = self.options
        journal = Journal.open(opts.out, opts.fsync)
        try:
            state = journal.resume(drop_errors=opts.retry_errors)
            reader = open_queue(opts.queue)
            try:
                live = opts.live if opts.live is not None else opts.progress.isatty()
                progress = Progress(
                    opts.progress, live=live, log_every=opts.log_every, position=lambda: (reader.position, reader.total)
                )
                ticker = asyncio.create_task(progress.run())
                try:
                    await self._pump(reader, state, journal, progress)
                finally:
                    ticker.cancel()
                    await self._stop_tasks()
                    progress.close()
            finally:
                reader.close()
        finally:
            journal.close()
        return progress.summary(
            queue=opts.queue,
            out=str(opts.out),
            resumed_records=state.records,
            torn_bytes_cut=state.torn_bytes,
            error_records_dropped=state.dropped_errors,
            concurrency=self.drafter.stats(),
        )

    async def _pump(self, reader: QueueReader, state: ResumeState, journal: Journal, progress: Progress) -> None:
        prefetch = Prefetcher(reader, READ_AHEAD)
        try:
            async for batch in prefetch.batches():
                for item in batch:
                    if self._failure is not None:
                        raise self._failure
                    await self._route(item, state, journal, progress)
        finally:
            prefetch.close()
        if self._tasks:
            await asyncio.wait(set(self._tasks))
        if self._failure is not None:
            raise self._failure

    async def _route(self, item: Item, state: ResumeState, journal: Journal, progress: Progress) -> None:
        tally = progress.tally
        if item.key in self._seen:
            tally.duplicates += 1
            if item.source in state.done:
                state.done.discard(item.source)
                tally.skipped += 1
                return
            self._write(
                journal,
                progress,
                "error",
                error_line(
                    item.source,
                    f"duplicate id {item.key!r}: an earlier queue entry has it; this one was not drafted",
                    item.source,
                    dispute_id=item.key,
                ),
            )
            return
        self._seen.add(item.key)
        if item.key in state.done:
            state.done.discard(item.key)  # now in _seen: one set holds each id
            tally.skipped += 1
        elif item.obj is None:
            self._write(journal, progress, "error", error_line(item.key, item.problem or "unreadable", item.source))
        else:
            await self._window.acquire()
            task = asyncio.create_task(self._draft(WorkItem(item.key, item.source, item.obj), journal, progress))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _draft(self, item: WorkItem, journal: Journal, progress: Progress) -> None:
        try:
            outcome = await self.drafter(item)
            self._write(journal, progress, outcome.status, outcome.line, outcome.usage)
        except asyncio.CancelledError:
            raise
        except BaseException as exc:  # e.g. a worker process died: stop the run, a rerun resumes
            if self._failure is None:
                self._failure = exc
        finally:
            self._window.release()

    @staticmethod
    def _write(journal: Journal, progress: Progress, status: str, line: bytes, usage: Usage | None = None) -> None:
        journal.write(line)
        progress.tally.add(status, usage or Usage())

    async def _stop_tasks(self) -> None:
        for task in self._tasks:
            task.cancel()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
