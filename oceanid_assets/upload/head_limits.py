"""Limits on a request's head (its request line and header lines), applied while it is read.

uvicorn's httptools protocol keeps a header field in memory until the field ends and has no
size or count limit of its own: a 16 MB header was read whole and handed to the app, whose token
check came only after that. `HeadLimitedProtocol`, the protocol `serve` runs, counts the head's
bytes as they arrive and its header fields as the parser completes them; at the first read or
field past a limit it answers 431 and closes the connection. The app (and so the token check)
never sees such a request, and at most one socket read past the limit is held in memory.

`HeadLimitMiddleware` applies the same rule inside the app, so the service refuses the same heads
under any other server (Starlette's TestClient, `uvicorn --http h11`), where the server has
already read the head by the time the app is called.

Sizes are counted as the head would be sent canonically (`head_size`): `METHOD target HTTP/1.1`
and CRLF, `name: value` and CRLF per field, the blank line. Both checks use that count, so the
same head gets the same answer from either; only padding whitespace, which the parser drops, is
counted while the head streams in and not once it is complete.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Receive, Scope, Send
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

STATUS = 431
HEADERS_TOO_LARGE = "headers_too_large"
TOO_MANY_HEADERS = "too_many_headers"
# Request line "METHOD SP target SP HTTP/1.1 CRLF" less method and target, plus the blank line.
_REQUEST_LINE_OVERHEAD = 1 + 1 + len("HTTP/1.1") + 2 + 2
_FIELD_OVERHEAD = len(": ") + len("\r\n")
_LINE_PREFIX = 64  # how much of the head line being read is kept, to name it in a refusal


@dataclass(frozen=True)
class HeadRefusal:
    code: str
    message: str


# Called once per refused head: the refusal and the head bytes read (None: counted by the app,
# which does not know how many bytes the server read).
RefusalHook = Callable[[HeadRefusal, int | None], None]


@dataclass(frozen=True)
class HeadPolicy:
    max_bytes: int = 32 * 1024
    max_headers: int = 100
    on_refused: RefusalHook | None = None


def _label(name: bytes) -> str:
    # Header names are tokens (the parser refuses anything else) and case-insensitive: shown
    # lower-cased, as the app sees them; cut, in case one is huge.
    text = name.decode("latin-1").lower()
    return repr(text if len(text) <= _LINE_PREFIX else text[:_LINE_PREFIX] + "...")


def too_large(what: str, max_bytes: int) -> HeadRefusal:
    return HeadRefusal(
        HEADERS_TOO_LARGE,
        f"{what} takes the request head past the limit of {max_bytes} bytes "
        "(request line and header lines)",
    )


def too_many(name: bytes, number: int, max_headers: int) -> HeadRefusal:
    return HeadRefusal(
        TOO_MANY_HEADERS,
        f"request header {_label(name)} is header field number {number}; "
        f"at most {max_headers} header fields per request",
    )


def head_size(method: bytes, target: bytes, headers: Sequence[tuple[bytes, bytes]]) -> int:
    """Bytes of the head as sent canonically (see the module's docstring)."""
    size = len(method) + len(target) + _REQUEST_LINE_OVERHEAD
    return size + sum(len(name) + len(value) + _FIELD_OVERHEAD for name, value in headers)


def check_head(
    method: bytes, target: bytes, headers: Sequence[tuple[bytes, bytes]], policy: HeadPolicy
) -> HeadRefusal | None:
    """The refusal for a complete head, naming the field that went past a limit; or None."""
    if len(headers) > policy.max_headers:
        return too_many(headers[policy.max_headers][0], policy.max_headers + 1, policy.max_headers)
    size = len(method) + len(target) + _REQUEST_LINE_OVERHEAD
    if size > policy.max_bytes:
        return too_large("the request line", policy.max_bytes)
    for name, value in headers:
        size += len(name) + len(value) + _FIELD_OVERHEAD
        if size > policy.max_bytes:
            return too_large(f"request header {_label(name)}", policy.max_bytes)
    return None


class _HeadRefused(Exception):
    """Raised in a parser callback: stops httptools at once (the refusal is on the protocol)."""


class HeadLimitedProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol with `policy` enforced while the head is read.

    Relies on uvicorn's parser callbacks and on `send_400_response` being how it answers a
    parser error (uvicorn 0.54, pinned in requirements.lock); the tests drive it over a socket.
    A refusal raised from a callback reaches uvicorn as a parser error, so uvicorn also logs its
    own "Invalid HTTP request received." warning before the service's `request head refused`.
    """

    policy: ClassVar[HeadPolicy] = HeadPolicy()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Between a message's end and its successor's headers, every byte read is head.
        self._in_head = True
        self._head_bytes = 0
        self._line = b""  # start of the head line being read
        self._past_request_line = False
        self._fields = 0
        self._pending: HeadRefusal | None = None  # set by a callback just before it raises
        self._refused = False

    # --- reading ---------------------------------------------------------------------------

    def data_received(self, data: bytes) -> None:
        if self._refused:
            return  # the 431 is out and the connection closing: parse nothing more
        if self._in_head:
            self._head_bytes += len(data)
            self._note_line(data)
        super().data_received(data)
        # A head still incomplete after this read: refuse now rather than read more of it.
        if self._in_head and not self._refused and self._head_bytes > self.policy.max_bytes:
            self._refuse(too_large(self._line_label(), self.policy.max_bytes))

    def _note_line(self, data: bytes) -> None:
        end = data.rfind(b"\n")
        if end >= 0:
            self._past_request_line = True
            self._line = data[end + 1 : end + 1 + _LINE_PREFIX]
        elif len(self._line) < _LINE_PREFIX:
            self._line += data[: _LINE_PREFIX - len(self._line)]

    def _line_label(self) -> str:
        if not self._past_request_line:
            return "the request line"
        name = self._line.partition(b":")[0].strip()
        return f"request header {_label(name)}" if name else "the request head"

    # --- parser callbacks ------------------------------------------------------------------

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._fields = 0

    def on_header(self, name: bytes, value: bytes) -> None:
        self._fields += 1
        if self._fields > self.policy.max_headers:
            self._stop(too_many(name, self._fields, self.policy.max_headers))
        super().on_header(name, value)

    def on_headers_complete(self) -> None:
        self._in_head = False
        method = self.parser.get_method()
        # For the log: a head that arrived in one read with the end of the previous request
        # was not counted by data_received.
        self._head_bytes = max(self._head_bytes, head_size(method, self.url, self.headers))
        refusal = check_head(method, self.url, self.headers, self.policy)
        if refusal is not None:
            self._stop(refusal)  # before uvicorn starts the app for this request
        super().on_headers_complete()

    def on_message_complete(self) -> None:
        super().on_message_complete()
        self._in_head, self._head_bytes = True, 0
        self._line, self._past_request_line = b"", False

    def _stop(self, refusal: HeadRefusal) -> None:
        self._pending = refusal
        raise _HeadRefused(refusal.code)

    # --- answering -------------------------------------------------------------------------

    def send_400_response(self, msg: str) -> None:
        # uvicorn answers any parser error, ours included (raised from a callback), with this.
        if self._pending is not None:
            self._refuse(self._pending)
        else:
            super().send_400_response(msg)

    def _refuse(self, refusal: HeadRefusal) -> None:
        self._refused = True
        body = json.dumps({"error": refusal.code, "message": refusal.message}).encode()
        lines = [b"HTTP/1.1 431 Request Header Fields Too Large\r\n"]
        lines += [
            name + b": " + value + b"\r\n" for name, value in self.server_state.default_headers
        ]
        lines += [
            b"content-type: application/json\r\n",
            b"content-length: " + str(len(body)).encode("ascii") + b"\r\n",
            b"connection: close\r\n",
            b"\r\n",
            body,
        ]
        self.transport.write(b"".join(lines))
        self.transport.close()
        if self.policy.on_refused is not None:
            self.policy.on_refused(refusal, self._head_bytes)


def head_limited_protocol(policy: HeadPolicy) -> type[HeadLimitedProtocol]:
    """A protocol class for `uvicorn.Config(http=...)` (uvicorn builds it from the config alone,
    so the policy travels on the class)."""

    class Limited(HeadLimitedProtocol):
        pass

    Limited.policy = policy
    return Limited


class HeadLimitMiddleware:
    """The same limits inside the app, for servers other than `HeadLimitedProtocol`."""

    def __init__(self, app: ASGIApp, policy: HeadPolicy) -> None:
        self.app = app
        self.policy = policy

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            target = bytes(scope.get("raw_path") or scope["path"].encode())
            if scope.get("query_string"):
                target += b"?" + bytes(scope["query_string"])
            refusal = check_head(scope["method"].encode(), target, scope["headers"], self.policy)
            if refusal is not None:
                if self.policy.on_refused is not None:
                    self.policy.on_refused(refusal, None)
                response = JSONResponse(
                    {"error": refusal.code, "message": refusal.message},
                    status_code=STATUS,
                    headers={"Connection": "close"},
                )
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)
