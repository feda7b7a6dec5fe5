"""A batch worker process: disputes in on stdin, finished records out on stdout.

Why processes at all: a draft costs about a millisecond of our own CPU (validation, policy,
prompt rendering, checks with language detection) plus about as much again in the openai
SDK's request building and parsing. One event loop therefore tops out at a few hundred
drafts a second however fast the endpoint is; `--workers N` spreads that CPU over N cores.
The parent (`pool.py`) stays the only reader of the queue and the only writer of the
output file, so crash safety and exactly-once do not depend on the workers at all.

Protocol, one JSON line per message:
  parent -> worker  [seq, key, source, dispute_object]   ...   null (= finish and report)
  worker -> parent  [seq, status, prompt_tokens, completion_tokens, cached_tokens, calls]
                    followed by the record line itself, unchanged
                    ["stats", {...}] once, after the parent's null
                    ["fatal", "message"] when the run cannot go on (then the worker exits)
End of input without the null means the parent is gone: stop at once, write nothing more.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from typing import Any

from disputedraft.batch import loop
from disputedraft.batch.models import batch_model, limit_stats
from disputedraft.batch.work import WorkItem, draft_item
from disputedraft.drafting import DraftingService
from disputedraft.llm.select import ModelChoice, add_model_arguments

MAX_LINE = 64 << 20  # a record line (the Draft) is kilobytes; this only guards the stream


async def _pipes() -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader(limit=MAX_LINE)
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin.buffer)
    # The protocol gets its own copy of stdout; fd 1 then points at stderr, so a stray print
    # anywhere in the process cannot corrupt the stream the parent parses.
    protocol_fd = os.dup(sys.stdout.fileno())
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    transport, protocol = await loop.connect_write_pipe(
        asyncio.streams.FlowControlMixin, os.fdopen(protocol_fd, "wb", 0)
    )
    writer = asyncio.StreamWriter(transport, protocol, None, loop)
    return reader, writer


async def serve(args: argparse.Namespace) -> int:
    reader, writer = await _pipes()
    async with batch_model(ModelChoice.from_args(args), args.concurrency) as model:
        service = DraftingService(model=model, max_attempts=args.attempts)
        tasks: set[asyncio.Task[None]] = set()

        async def one(seq: int, item: WorkItem) -> None:
            try:
                outcome = await draft_item(service, item)
            except Exception as exc:  # fatal for the run (a broken policy file): tell the parent, stop
                writer.write(json.dumps(["fatal", f"{type(exc).__name__}: {exc}"]).encode() + b"\n")
                await writer.drain()
                os._exit(2)  # the parent's journal decides what is done; nothing to clean up here
            u = outcome.usage
            head = json.dumps([seq, outcome.status, u.prompt_tokens, u.completion_tokens, u.cached_tokens, u.calls])
            writer.write(head.encode() + b"\n" + outcome.line)  # one write: header and record together
            await writer.drain()

        while True:
            line = await reader.readline()
            if not line:  # the parent died (or was killed): its journal decides what is done
                for task in tasks:
                    task.cancel()
                return 1
            message: Any = json.loads(line)
            if message is None:
                break
            seq, key, source, obj = message
            task = asyncio.create_task(one(seq, WorkItem(key, source, obj)))
            tasks.add(task)
            task.add_done_callback(tasks.discard)
        if tasks:
            await asyncio.gather(*tasks)
        writer.write(json.dumps(["stats", limit_stats(model)]).encode() + b"\n")
        await writer.drain()
    return 0


def main() -> None:
    p = argparse.ArgumentParser(prog="disputedraft-batch-worker")
    p.add_argument("--concurrency", type=int, required=True)
    p.add_argument("--attempts", type=int, default=3)
    add_model_arguments(p)
    args = p.parse_args()
    try:
        code = loop.run(serve(args))
    except (BrokenPipeError, ConnectionResetError):
        code = 1  # the parent went away mid-write
    sys.exit(code)


if __name__ == "__main__":
    main()
