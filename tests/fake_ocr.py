"""A scripted DeepSeek-OCR server on loopback speaking vLLM's OpenAI-compatible API:
`POST /v1/chat/completions` (one page image in a data URL, Markdown out) and `GET /v1/models`.

Every request's image is decoded from its data URL and must be a PNG Pillow can read; a request
that is not gets a 400 and is listed in `.problems`. Answers come from a responder (image ->
Markdown, by default `DEFAULT_MARKDOWN`); faults are injected by rules matched in order. Every
request is recorded for assertions, and the peak number in flight is kept.

    with FakeOcrServer() as server:
        config = DeepSeekOcrConfig(url=server.url + "/v1", model=FAKE_MODEL)
        server.inject(Fault.http(429, retry_after="1"))

Run standalone for a manual try: `python -m tests.fake_ocr`.
"""

from __future__ import annotations

import argparse
import base64
import binascii
import contextlib
import io
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any, Literal

from PIL import Image, UnidentifiedImageError

from tests.loopback import LoopbackHTTPServer, LoopbackServer

FAKE_MODEL = "deepseek-ai/DeepSeek-OCR"
DATA_URL_PREFIX = "data:image/png;base64,"

# What DeepSeek-OCR answers to the grounding prompt: a ref/det pair before each block, Markdown
# headings and prose, tables as HTML.
DEFAULT_MARKDOWN = (
    "<|ref|>title<|/ref|><|det|>[[62, 40, 937, 78]]<|/det|>\n"
    "# REGISTER OF FISHING VESSELS\n\n"
    "<|ref|>text<|/ref|><|det|>[[62, 100, 500, 120]]<|/det|>\n"
    "Flag State: PANAMA\n\n"
    "<|ref|>table<|/ref|><|det|>[[60, 140, 940, 400]]<|/det|>\n"
    "<table><tr><td>Vessel name</td><td>IMO</td><td>IRCS</td></tr>"
    "<tr><td>OCEAN STAR</td><td>9123456</td><td>HP1234</td></tr>"
    "<tr><td>SEA &amp; SKY</td><td>9234567</td><td>3EAB5</td></tr></table>\n"
)

Responder = Callable[[Image.Image], str]

EmptyKind = Literal["no_choices", "empty_content", "whitespace", "null_content"]
WrongShapeKind = Literal["no_choices_key", "choices_not_list", "no_message", "content_not_text"]


@dataclass(frozen=True)
class Fault:
    kind: Literal["status", "delay", "empty", "garbage", "wrong_shape", "reply"]
    status: int = 500
    retry_after: str | None = None
    delay_s: float = 0.0
    variant: str = ""
    content: str = ""
    finish_reason: str = "stop"

    @classmethod
    def http(cls, status: int, retry_after: str | None = None) -> Fault:
        """Answer this status with a vLLM-style error body (and Retry-After if given)."""
        return cls("status", status=status, retry_after=retry_after)

    @classmethod
    def delay(cls, seconds: float) -> Fault:
        """Sleep, then answer normally (to a client that has usually given up)."""
        return cls("delay", delay_s=seconds)

    @classmethod
    def empty(cls, variant: EmptyKind = "empty_content") -> Fault:
        """200 with a well-formed completion that holds no text."""
        return cls("empty", variant=variant)

    @classmethod
    def garbage(cls) -> Fault:
        """200 with a body that is not JSON (a proxy's HTML page, a cut connection)."""
        return cls("garbage")

    @classmethod
    def wrong_shape(cls, variant: WrongShapeKind = "no_choices_key") -> Fault:
        """200 with JSON that is not a chat completion."""
        return cls("wrong_shape", variant=variant)

    @classmethod
    def reply(cls, content: str, finish_reason: str = "stop") -> Fault:
        """Answer this content instead of the responder's."""
        return cls("reply", content=content, finish_reason=finish_reason)


@dataclass
class _Rule:
    fault: Fault
    remaining: int | None  # None: forever


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    path: str
    headers: dict[str, str]  # lower-cased names
    body: dict[str, Any]  # the parsed JSON ({} for GET)
    image: Image.Image | None  # the decoded page, None if absent or unreadable
    received_at: float  # time.monotonic()
    fault: Fault | None


@dataclass
class _State:
    responder: Responder
    latency_s: float
    api_key: str | None
    models: tuple[str, ...]
    lock: threading.Lock = field(default_factory=threading.Lock)
    rules: list[_Rule] = field(default_factory=list)
    requests: list[RecordedRequest] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    in_flight: int = 0
    peak_in_flight: int = 0

    def take_fault(self) -> Fault | None:
        with self.lock:
            for rule in self.rules:
                if rule.remaining == 0:
                    continue
                if rule.remaining is not None:
                    rule.remaining -= 1
                return rule.fault
        return None


def decode_page(body: dict[str, Any]) -> Image.Image:
    """The page image of a chat request; ValueError saying what is wrong with it."""
    try:
        (message,) = body["messages"]
        parts = message["content"]
        urls = [p["image_url"]["url"] for p in parts if p.get("type") == "image_url"]
        texts = [p["text"] for p in parts if p.get("type") == "text"]
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ValueError(f"not a single user message with image and text parts: {exc!r}") from exc
    if message.get("role") != "user" or len(urls) != 1 or len(texts) != 1:
        raise ValueError("expected one user message with one image_url and one text part")
    url = urls[0]
    if not isinstance(url, str) or not url.startswith(DATA_URL_PREFIX):
        raise ValueError("image_url is not a data:image/png;base64 URL")
    try:
        data = base64.b64decode(url[len(DATA_URL_PREFIX) :], validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ValueError("image data is not base64") from exc
    try:
        image = Image.open(io.BytesIO(data))
        image.load()
    except (UnidentifiedImageError, OSError) as exc:
        raise ValueError("image data does not decode") from exc
    if image.format != "PNG":
        raise ValueError(f"image is {image.format}, not PNG")
    return image


class _Server(LoopbackHTTPServer):
    state: _State


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        pass  # keep pytest output clean

    def _authorised(self) -> bool:
        key = self.server.state.api_key
        if key is None or self.headers.get("Authorization") == f"Bearer {key}":
            return True
        self._send(401, {"error": "Unauthorized"})  # what vLLM --api-key answers
        return False

    def do_GET(self) -> None:
        state = self.server.state
        path = self.path.split("?", 1)[0]
        with state.lock:
            state.requests.append(
                RecordedRequest(
                    "GET",
                    path,
                    {k.lower(): v for k, v in self.headers.items()},
                    {},
                    None,
                    time.monotonic(),
                    None,
                )
            )
        if path != "/v1/models":
            self._send(404, {"detail": "Not Found"})
            return
        if self._authorised():
            data = [{"id": m, "object": "model", "owned_by": "vllm"} for m in state.models]
            self._send(200, {"object": "list", "data": data})

    def do_POST(self) -> None:
        state = self.server.state
        path = self.path.split("?", 1)[0]
        raw = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        headers = {k.lower(): v for k, v in self.headers.items()}
        if path != "/v1/chat/completions":
            self._send(404, {"detail": "Not Found"})
            return
        with state.lock:
            state.in_flight += 1
            state.peak_in_flight = max(state.peak_in_flight, state.in_flight)
        try:
            status, payload, extra = self._answer(state, path, headers, raw)
        finally:
            # Leave the in-flight count before answering: the client may send its next request
            # as soon as it has the answer, and must not be seen as exceeding its limit.
            with state.lock:
                state.in_flight -= 1
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self._send(status, payload, extra)

    def _answer(
        self, state: _State, path: str, headers: dict[str, str], raw: bytes
    ) -> tuple[int, Any, dict[str, str]]:
        body: dict[str, Any] = {}
        image: Image.Image | None = None
        problem: str | None = None
        try:
            parsed = json.loads(raw)
            if not isinstance(parsed, dict):
                raise ValueError("body is not a JSON object")
            body = parsed
            image = decode_page(body)
        except ValueError as exc:
            problem = str(exc)
        fault = state.take_fault() if problem is None else None
        with state.lock:
            state.requests.append(
                RecordedRequest("POST", path, headers, body, image, time.monotonic(), fault)
            )
            if problem is not None:
                state.problems.append(problem)
        if problem is not None:
            return 400, {"error": {"message": problem, "type": "BadRequestError"}}, {}
        key = state.api_key
        if key is not None and headers.get("authorization") != f"Bearer {key}":
            return 401, {"error": "Unauthorized"}, {}
        time.sleep(state.latency_s)
        model = str(body.get("model", ""))
        if fault is None or fault.kind == "delay":
            if fault is not None:
                time.sleep(fault.delay_s)
            assert image is not None
            return 200, completion(model, state.responder(image)), {}
        if fault.kind == "status":
            extra = {"Retry-After": fault.retry_after} if fault.retry_after is not None else {}
            error = {"message": f"injected HTTP {fault.status}", "type": "InjectedError"}
            return fault.status, {"error": error}, extra
        if fault.kind == "reply":
            return 200, completion(model, fault.content, fault.finish_reason), {}
        if fault.kind == "garbage":
            return 200, b"<html><body>502 Bad Gateway</body></html>", {}
        if fault.kind == "empty":
            payload = completion(model, "")
            message = payload["choices"][0]["message"]
            if fault.variant == "no_choices":
                payload["choices"] = []
            elif fault.variant == "whitespace":
                message["content"] = "  \n\t\n "
            elif fault.variant == "null_content":
                message["content"] = None
            return 200, payload, {}
        # wrong_shape
        payload = completion(model, DEFAULT_MARKDOWN)
        if fault.variant == "choices_not_list":
            payload["choices"] = {"0": payload["choices"][0]}
        elif fault.variant == "no_message":
            del payload["choices"][0]["message"]
        elif fault.variant == "content_not_text":
            payload["choices"][0]["message"]["content"] = [{"type": "text", "text": "x"}]
        else:
            payload = {"result": DEFAULT_MARKDOWN}
        return 200, payload, {}

    def _send(self, status: int, payload: Any, headers: dict[str, str] | None = None) -> None:
        data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
        self.send_response(status)
        content_type = "text/html" if isinstance(payload, bytes) else "application/json"
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)


def completion(model: str, content: str, finish_reason: str = "stop") -> dict[str, Any]:
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": 1767225600,
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content},
                "finish_reason": finish_reason,
            }
        ],
        "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
    }


class FakeOcrServer(LoopbackServer):
    """`FakeOcrServer()` answers every page with DEFAULT_MARKDOWN, `FakeOcrServer(responder=fn)`
    with fn(image); `api_key` makes it refuse requests without that Bearer key, as vLLM started
    with --api-key does. `.url + "/v1"` is the base URL a client is configured with."""

    def __init__(
        self,
        responder: Responder | None = None,
        *,
        latency_s: float = 0.0,
        api_key: str | None = None,
        models: tuple[str, ...] = (FAKE_MODEL,),
    ) -> None:
        self._state = _State(
            responder=responder or (lambda _image: DEFAULT_MARKDOWN),
            latency_s=latency_s,
            api_key=api_key,
            models=models,
        )
        super().__init__(_Handler, self._state, _Server)

    def inject(self, fault: Fault, times: int | None = 1) -> None:
        """Apply `fault` to the next `times` chat requests (None: all). Rules are tried in
        injection order."""
        with self._state.lock:
            self._state.rules.append(_Rule(fault, times))

    def set_responder(self, responder: Responder) -> None:
        self._state.responder = responder

    @property
    def requests(self) -> list[RecordedRequest]:
        with self._state.lock:
            return list(self._state.requests)

    @property
    def chat_requests(self) -> list[RecordedRequest]:
        return [r for r in self.requests if r.path == "/v1/chat/completions"]

    @property
    def problems(self) -> list[str]:
        """Requests whose body was not a chat request with a readable PNG page."""
        with self._state.lock:
            return list(self._state.problems)

    @property
    def peak_in_flight(self) -> int:
        return self._state.peak_in_flight

    def reset(self) -> None:
        with self._state.lock:
            self._state.rules.clear()
            self._state.requests.clear()
            self._state.problems.clear()
            self._state.peak_in_flight = 0


def _main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--latency-s", type=float, default=0.0)
    parser.add_argument("--api-key", default=None)
    args = parser.parse_args()
    with FakeOcrServer(latency_s=args.latency_s, api_key=args.api_key) as server:
        print(f"fake DeepSeek-OCR on {server.url}/v1 (model {FAKE_MODEL})", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            while True:
                time.sleep(3600)


if __name__ == "__main__":
    _main()
