"""The output file as a crash-safe journal: append-only records, one write each.

Why this survives `kill -9` at any moment:
  * The file is opened O_APPEND and every record (one complete line) goes out in a single
    os.write. A process killed mid-write leaves at most one torn line, always the last one.
  * On open, `resume()` reads the file, cuts off a torn tail (no newline, or not a record)
    and returns the ids already done; the runner skips them, so each dispute is written once.
  * An exclusive flock on the file keeps two runs from appending to the same output.

fsync policy (`--fsync`): a record in the kernel's page cache survives the death of our
process, which is the crash the issue is about; fsync only adds durability against power loss
or a kernel crash. A flush per record costs a disk round trip per draft, which at hundreds of
drafts a second would let the disk, not the model, set the pace. So the default, `interval`,
fsyncs from a background thread once a second when something was written (a power cut loses
at most the last second of records, which a rerun simply redoes: the file stays consistent).
`always` fsyncs each record before the next one is written; `end` only when the run finishes.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from disputedraft.batch.records import ERROR, is_complete_record, read_head
from disputedraft.errors import DisputeDraftError

FsyncPolicy = Literal["always", "interval", "end"]
FSYNC_INTERVAL = 1.0
_COPY_CHUNK = 1 << 20


class OutputFileError(DisputeDraftError):
    """The output file cannot be used: locked by another run, or damaged before its last line."""


@dataclass
class ResumeState:
    done: set[str] = field(default_factory=set)  # ids (keys) that already have a record
    error_keys: set[str] = field(default_factory=set)  # those whose record is an error record
    records: int = 0
    torn_bytes: int = 0  # a torn final line that was cut off
    dropped_errors: int = 0  # error records removed for --retry-errors


def _fsync_dir(path: Path) -> None:
    fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _lock(fd: int, path: Path) -> None:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN):
            raise OutputFileError(f"{path}: another batch run is writing this file") from None
        raise


def _record_head(line: bytes, last: bool) -> tuple[str, str] | None:
    if not line.endswith(b"\n"):
        return None
    if last and not is_complete_record(line):  # only the final line can be torn: check it fully
        return None
    return read_head(line)


def _scan(path: Path) -> tuple[ResumeState, int]:
    """Read every record head; return the state and the length of the good prefix."""
    state = ResumeState()
    offset = good_end = 0
    bad_at: int | None = None  # offset of the first line that is not a record
    with path.open("rb") as f:
        for line in f:  # buffered, line by line: memory holds one record at a time
            head = _record_head(line, last=not f.peek(1))
            if head is None:
                bad_at = offset if bad_at is None else bad_at
            elif bad_at is not None:
                raise OutputFileError(
                    f"{path}: damaged record at byte {bad_at} followed by good ones; a crash only "
                    "ever tears the last line, so something else changed this file"
                )
            else:
                key, status = head
                state.done.add(key)
                state.records += 1
                if status == ERROR:
                    state.error_keys.add(key)
                good_end = offset + len(line)
            offset += len(line)
    return state, good_end


def _write_all(fd: int, data: bytes) -> None:
    # A regular file takes the whole buffer in one write(2); the loop only matters for a
    # short write (disk full, signal), which then still leaves a torn tail at worst.
    view = memoryview(data)
    while view:
        n = os.write(fd, view)
        view = view[n:]


class Journal:
    def __init__(self, path: Path, fd: int, fsync: FsyncPolicy) -> None:
        self.path = path
        self._fd = fd
        self._policy = fsync
        self._dirty = False
        self._fd_lock = threading.Lock()  # the fsync thread never races close() or a swap of the fd
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.written = 0

    @classmethod
    def open(cls, path: Path, fsync: FsyncPolicy = "interval") -> Journal:
        created = not path.exists()
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND | os.O_CLOEXEC, 0o644)
        except OSError as exc:
            raise OutputFileError(f"{path}: cannot open for appending: {exc.strerror or exc}") from None
        try:
            _lock(fd, path)
            if created:
                _fsync_dir(path)  # the file's existence is part of what a rerun relies on
        except BaseException:
            os.close(fd)
            raise
        journal = cls(path, fd, fsync)
        if fsync == "interval":
            journal._thread = threading.Thread(target=journal._sync_loop, name="journal-fsync", daemon=True)
            journal._thread.start()
        return journal

    def resume(self, *, drop_errors: bool = False) -> ResumeState:
        """Ids already done. A torn final line (a crash mid-write) is cut off first; with
        `drop_errors` the error records are removed so that their disputes are drafted again."""
        state, good_end = _scan(self.path)
        size = os.fstat(self._fd).st_size
        if good_end < size:
            os.ftruncate(self._fd, good_end)
            os.fsync(self._fd)
            state.torn_bytes = size - good_end
        if drop_errors and state.error_keys:
            state.dropped_errors = self._rewrite_without_errors()
            state.done -= state.error_keys
            state.records -= state.dropped_errors
            state.error_keys.clear()
        return state

    def _rewrite_without_errors(self) -> int:
        """Copy the non-error records to a temp file, then os.replace: atomic, never half-done."""
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        dropped = 0
        tmp_fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_APPEND | os.O_CLOEXEC, 0o644)
        try:
            _lock(tmp_fd, tmp)  # locked before it takes the name: the output is never unlocked
            with self.path.open("rb") as src:
                out = bytearray()
                for line in src:
                    head = read_head(line)
                    if head is not None and head[1] == ERROR:
                        dropped += 1
                        continue
                    out += line
                    if len(out) >= _COPY_CHUNK:
                        _write_all(tmp_fd, bytes(out))
                        out.clear()
                _write_all(tmp_fd, bytes(out))
            os.fsync(tmp_fd)
            os.replace(tmp, self.path)
            _fsync_dir(self.path)
        except BaseException:
            os.close(tmp_fd)
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
            raise
        with self._fd_lock:
            os.close(self._fd)
            self._fd = tmp_fd
        return dropped

    def write(self, line: bytes) -> None:
        """Append one complete record line with a single write."""
        _write_all(self._fd, line)
        self.written += 1
        if self._policy == "always":
            os.fsync(self._fd)
        else:
            self._dirty = True

    def _sync_loop(self) -> None:
        while not self._stop.wait(FSYNC_INTERVAL):
            self._sync()

    def _sync(self) -> None:
        with self._fd_lock:
            if self._dirty and self._fd >= 0:
                self._dirty = False
                os.fsync(self._fd)

    def close(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        self._sync()
        with self._fd_lock:
            if self._fd >= 0:
                os.close(self._fd)  # closing releases the flock
                self._fd = -1
