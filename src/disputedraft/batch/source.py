"""Reading a queue as a stream: a JSONL file, `-` for stdin, or a directory of `.json` files.

Nothing is read ahead beyond what the caller asks for, so memory stays flat however long the
queue is. Each item carries its `source` ("line:7", or the file name in a directory), which
names the dispute in an error record when its id cannot be read.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import sys
import threading
from collections import deque
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from disputedraft.errors import FieldProblem, InvalidInput

# A dispute is a few kilobytes; a line this long is a broken file, not a dispute, and reading
# it whole would defeat the flat memory promise.
MAX_ITEM_BYTES = 1 << 20


@dataclass(frozen=True, slots=True)
class RawItem:
    source: str
    text: str | None
    problem: str | None = None


@dataclass(frozen=True, slots=True)
class Item:
    """A queue entry after a JSON decode: `key` is the dispute id, or the source without one."""

    key: str
    source: str
    obj: dict[str, Any] | None
    problem: str | None = None


def classify(raw: RawItem) -> Item:
    if raw.problem is not None or raw.text is None:
        return Item(raw.source, raw.source, None, raw.problem or "unreadable")
    try:
        obj = json.loads(raw.text)
    except ValueError as exc:
        where = f" at column {exc.colno}" if isinstance(exc, json.JSONDecodeError) else ""
        msg = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc)
        return Item(raw.source, raw.source, None, f"not valid JSON: {msg}{where}")
    if not isinstance(obj, dict):
        return Item(raw.source, raw.source, None, f"expected a JSON object, got {type(obj).__name__}")
    ident = obj.get("id")
    # The contract strips whitespace from ids: key on what the Draft will carry.
    key = ident.strip() if isinstance(ident, str) and ident.strip() else raw.source
    return Item(key, raw.source, obj)


class JsonlReader:
    """One dispute per line; blank lines are skipped. `position`/`total` drive the ETA."""

    def __init__(self, stream: IO[bytes], total: int | None, name: str) -> None:
        self._stream = stream
        self.total = total
        self.position = 0
        self.name = name

    def __iter__(self) -> Iterator[RawItem]:
        number = 0
        while True:
            line = self._stream.readline(MAX_ITEM_BYTES + 1)
            if not line:
                return
            number += 1
            self.position += len(line)
            source = f"line:{number}"
            if len(line) > MAX_ITEM_BYTES and not line.endswith(b"\n"):
                self._skip_rest_of_line()
                yield RawItem(source, None, f"line longer than {MAX_ITEM_BYTES} bytes")
                continue
            if not line.strip():
                continue
            try:
                yield RawItem(source, line.decode("utf-8"))
            except UnicodeDecodeError:
                yield RawItem(source, None, "not UTF-8 text")

    def _skip_rest_of_line(self) -> None:
        while chunk := self._stream.readline(MAX_ITEM_BYTES):
            self.position += len(chunk)
            if chunk.endswith(b"\n"):
                return

    def close(self) -> None:
        if self._stream is not sys.stdin.buffer:
            self._stream.close()


class DirectoryReader:
    """Every regular `*.json` file in a directory (not recursive), one dispute per file.

    Files come in directory order, not sorted: sorting would hold every name in memory at
    once, and the output is keyed by id, so order does not matter.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.name = str(path)
        self.position = 0
        # One cheap pass over the names (nothing kept) so progress can show an ETA.
        self.total: int | None = sum(1 for _ in self._entries())

    def _entries(self) -> Iterator[os.DirEntry[str]]:
        with os.scandir(self.path) as it:
            for entry in it:
                if entry.name.lower().endswith(".json") and not entry.name.startswith(".") and entry.is_file():
                    yield entry

    def __iter__(self) -> Iterator[RawItem]:
        for entry in self._entries():
            self.position += 1
            yield self._read(entry)

    @staticmethod
    def _read(entry: os.DirEntry[str]) -> RawItem:
        try:
            if entry.stat().st_size > MAX_ITEM_BYTES:
                return RawItem(entry.name, None, f"file larger than {MAX_ITEM_BYTES} bytes")
            return RawItem(entry.name, Path(entry.path).read_text(encoding="utf-8"))
        except UnicodeDecodeError:
            return RawItem(entry.name, None, "not UTF-8 text")
        except OSError as exc:  # vanished or unreadable since the listing
            return RawItem(entry.name, None, f"cannot read: {exc.strerror or exc}")

    def close(self) -> None:
        return None


QueueReader = JsonlReader | DirectoryReader


def open_queue(spec: str) -> QueueReader:
    """`-` for stdin, a directory, or a JSONL file."""
    if spec == "-":
        return JsonlReader(sys.stdin.buffer, None, "stdin")
    path = Path(spec)
    if path.is_dir():
        return DirectoryReader(path)
    try:
        stream = path.open("rb")
    except FileNotFoundError:
        raise InvalidInput(spec, [FieldProblem("", "queue file not found")]) from None
    except OSError as exc:
        raise InvalidInput(spec, [FieldProblem("", f"cannot open queue: {exc.strerror or exc}")]) from None
    size = os.fstat(stream.fileno()).st_size
    # A FIFO or other special file has no meaningful size: no ETA then.
    return JsonlReader(stream, size if path.is_file() else None, spec)


class Prefetcher:
    """Reads and decodes queue items in a thread, at most `ahead` of the consumer.

    Why a thread: a queue on stdin or a FIFO blocks on read until its producer writes, and a
    blocking read in the event loop would stall every draft in flight. Items are handed over
    as soon as each is read (a slow producer's first dispute is drafted at once, not when a
    chunk fills up), and the semaphore is the backpressure that keeps memory flat.
    """

    def __init__(self, reader: QueueReader, ahead: int) -> None:
        self._reader = reader
        self._buffer: deque[Item] = deque()
        self._room = threading.Semaphore(ahead)
        self._ready = asyncio.Event()
        self._loop = asyncio.get_running_loop()
        self._finished = False
        self._closed = False
        self._error: BaseException | None = None
        # A daemon: a read blocked on an idle pipe must not keep the process alive at exit.
        self._thread = threading.Thread(target=self._read, name="queue-reader", daemon=True)
        self._thread.start()

    def _wake(self) -> None:
        with contextlib.suppress(RuntimeError):  # the loop closed under us: nobody is waiting
            self._loop.call_soon_threadsafe(self._ready.set)

    def _read(self) -> None:
        try:
            for raw in self._reader:
                item = classify(raw)
                self._room.acquire()
                if self._closed:
                    return
                self._buffer.append(item)
                self._wake()
        except BaseException as exc:  # handed to the consumer, which raises it in the run
            self._error = exc
        finally:
            self._finished = True
            self._wake()

    async def batches(self) -> AsyncIterator[list[Item]]:
        """Whatever has been read so far, as soon as there is anything."""
        while True:
            if not self._buffer:
                if self._finished:
                    if self._error is not None:
                        raise self._error
                    return
                self._ready.clear()
                if not self._buffer and not self._finished:
                    await self._ready.wait()
                continue
            batch = []
            while self._buffer:
                batch.append(self._buffer.popleft())
                self._room.release()
            yield batch

    def close(self) -> None:
        self._closed = True
        self._room.release()  # let a reader waiting for room see that we are done
