"""A scripted HTTP server on a free loopback port, run in a thread: the base of the fake LLM
and OCR servers (tests/fake_llm.py, tests/fake_ocr.py)."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self


class LoopbackHTTPServer(ThreadingHTTPServer):
    """Subclass it to type `state` for the fake's handler."""

    daemon_threads = True
    state: Any  # what the handler reads: the fake's script and its records


class LoopbackServer:
    """`with Fake(...) as server:` serves `handler` at `server.url` until the block ends; the
    handler finds `state` as `self.server.state`."""

    def __init__(
        self,
        handler: type[BaseHTTPRequestHandler],
        state: Any,
        server_class: type[LoopbackHTTPServer] = LoopbackHTTPServer,
    ) -> None:
        self._httpd = server_class(("127.0.0.1", 0), handler)
        self._httpd.state = state
        host, port = self._httpd.server_address[:2]
        self.url = f"http://{host!s}:{port}"
        self._thread: threading.Thread | None = None

    def start(self) -> Self:
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
