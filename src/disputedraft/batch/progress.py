"""What a run has done so far: counters, a live line on a terminal, log lines otherwise.

A small stderr renderer rather than rich/tqdm: one line, refreshed four times a second, is
all a batch needs, and it keeps the dependency list as it is. Rates and the ETA come from a
sliding ten-second window, so a resumed run (which races through the ids already done) does
not skew them. The ETA follows the bytes (or files) read from the queue: the queue is never
counted up front, so there is no total number of disputes to compare against.
"""

from __future__ import annotations

import asyncio
import shutil
import time
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TextIO

from disputedraft.llm.types import Usage

STATUSES = ("ready", "needs_review", "human_review", "error")
WINDOW = 10.0


def _si(n: float) -> str:
    for unit, size in (("M", 1e6), ("k", 1e3)):
        if abs(n) >= size:
            return f"{n / size:.1f}{unit}"
    return f"{n:.0f}"


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    if seconds >= 3600:
        return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"
    if seconds >= 60:
        return f"{seconds // 60}m{seconds % 60:02d}s"
    return f"{seconds}s"


@dataclass
class Tally:
    written: int = 0
    skipped: int = 0  # already in the output file from an earlier run
    duplicates: int = 0
    by_status: Counter[str] = field(default_factory=Counter)
    usage: Usage = field(default_factory=Usage)

    def add(self, status: str, usage: Usage) -> None:
        self.written += 1
        self.by_status[status] += 1
        if usage.calls or usage.prompt_tokens:
            self.usage += usage


class Progress:
    def __init__(
        self,
        stream: TextIO,
        *,
        live: bool,
        position: Callable[[], tuple[int, int | None]],
        log_every: float = 10.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.tally = Tally()
        self._stream = stream
        self._live = live
        self._position = position  # (read so far, total or None), in bytes or files
        self._interval = 0.25 if live else log_every
        self._clock = clock
        self.started = clock()
        self._samples: deque[tuple[float, int, int]] = deque()

    def _rates(self) -> tuple[float, float]:
        """(records/s, queue units/s) over the last WINDOW seconds."""
        now = self._clock()
        pos, _ = self._position()
        self._samples.append((now, self.tally.written, pos))
        while len(self._samples) > 2 and now - self._samples[0][0] > WINDOW:
            self._samples.popleft()
        t0, w0, p0 = self._samples[0]
        span = now - t0
        if span <= 0:
            return 0.0, 0.0
        return (self.tally.written - w0) / span, (pos - p0) / span

    def line(self) -> str:
        t = self.tally
        rate, unit_rate = self._rates()
        pos, total = self._position()
        eta = ""
        if total and unit_rate > 0:
            eta = f" | ETA {_duration(max(0, total - pos) / unit_rate)}"
        elif total and pos >= total:
            eta = " | queue read"
        counts = "  ".join(f"{s} {t.by_status.get(s, 0)}" for s in STATUSES)
        resumed = f"  (skipped {t.skipped} done)" if t.skipped else ""
        u = t.usage
        cached = f" ({u.cached_tokens / u.prompt_tokens:.0%} cached)" if u.prompt_tokens else ""
        return (
            f"{t.written} done  {counts}{resumed} | {rate:.1f}/s{eta} | tokens {_si(u.prompt_tokens)} in"
            f"{cached} {_si(u.completion_tokens)} out"
        )

    def render(self) -> None:
        if self._live:
            # A line wider than the terminal wraps, and "\r" then redraws only its last row.
            width = shutil.get_terminal_size().columns - 1
            self._stream.write("\r" + self.line()[:width] + "\x1b[K")
        else:
            self._stream.write("batch: " + self.line() + "\n")
        self._stream.flush()

    async def run(self) -> None:
        """Refresh until cancelled."""
        while True:
            await asyncio.sleep(self._interval)
            self.render()

    def close(self) -> None:
        if self._live:
            self.render()
            self._stream.write("\n")
            self._stream.flush()

    def summary(self, **extra: Any) -> dict[str, Any]:
        t = self.tally
        elapsed = self._clock() - self.started
        return {
            "written": t.written,
            "skipped_already_done": t.skipped,
            "duplicates": t.duplicates,
            "by_status": {s: t.by_status.get(s, 0) for s in STATUSES},
            "elapsed_s": round(elapsed, 3),
            "drafts_per_s": round(t.written / elapsed, 2) if elapsed > 0 else None,
            "tokens": {
                "prompt": t.usage.prompt_tokens,
                "completion": t.usage.completion_tokens,
                "cached": t.usage.cached_tokens,
                "model_calls": t.usage.calls,
            },
            **extra,
        }


def summary_text(summary: dict[str, Any]) -> str:
    s = summary["by_status"]
    tok = summary["tokens"]
    cached = f" ({tok['cached'] / tok['prompt']:.0%} cached)" if tok["prompt"] else ""
    text = (
        f"batch finished in {_duration(summary['elapsed_s'])}: {summary['written']} written "
        f"(ready {s['ready']}, needs_review {s['needs_review']}, human_review {s['human_review']}, "
        f"error {s['error']}), {summary['skipped_already_done']} already done, "
        f"{summary['duplicates']} duplicate ids; {summary['drafts_per_s'] or 0:.1f} drafts/s; tokens "
        f"{_si(tok['prompt'])} in{cached}, {_si(tok['completion'])} out, {tok['model_calls']} model calls"
    )
    conc = summary.get("concurrency") or {}
    if "max" in conc:
        text += (
            f"; concurrency max {conc['max']}, final {conc['final']}, lowest {conc['lowest']}, "
            f"{conc['overloads']} overload signals, {conc['retries']} retries"
        )
    if "results_indexed" in conc:
        text += f"; {conc['results_indexed']} batch results indexed"
    return text
