"""A real uvicorn server on a free loopback port, in a thread: for tests and benchmarks."""

from __future__ import annotations

import socket
import threading
import time
from types import TracebackType
from typing import Any, Self

import uvicorn


class LiveServer:
    """`with LiveServer(app) as server: httpx.get(server.url + "/healthz")`."""

    def __init__(self, app: Any, **config: Any) -> None:
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))  # the OS picks a free port; no race with other tests
        host, port = self._sock.getsockname()
        self.url = f"http://{host}:{port}"
        options: dict[str, Any] = {"log_level": "warning", "access_log": False, "lifespan": "on"}
        self.server = uvicorn.Server(uvicorn.Config(app, **(options | config)))
        self._thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self._sock]}, daemon=True)

    def __enter__(self) -> Self:
        self._thread.start()
        deadline = time.monotonic() + 180  # includes the start-up warm-up
        while not self.server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the API server did not start (see its log above)")
            time.sleep(0.01)
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.server.should_exit = True
        self._thread.join(timeout=30)
        self._sock.close()
