"""A scripted LLM server on loopback speaking both wire formats the extractor supports:
Ollama `POST /api/chat` and OpenAI-compatible `POST /v1/chat/completions`.

Answers come from a responder (chunk text -> entities); faults are injected by rules matched in
order. Every request is recorded for assertions.

    with FakeLlmServer(echo=[("VESSEL_NAME", "OCEAN STAR")]) as server:
        config = LlmConfig(url=server.url, model="fake")          # Ollama
        config = LlmConfig(url=server.url + "/v1", model="fake")  # OpenAI-compatible

Run standalone for a benchmark: `python -m tests.fake_llm --echo VESSEL_NAME="OCEAN STAR"`.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any, Literal

from oceanid_assets.preannotate.llm_wire import chunk_text_from_prompt
from tests.loopback import LoopbackHTTPServer, LoopbackServer

# Any, not dict: tests also script malformed items.
Entities = list[Any]
Responder = Callable[[str], Entities]


def echo_entities(pairs: Iterable[tuple[str, str]]) -> Responder:
    """Return every occurrence of each (label, text) in the chunk, in page order: a model that
    is always right."""
    wanted = list(pairs)

    def respond(chunk_text: str) -> Entities:
        found: list[tuple[int, str, str]] = []
        for label, text in wanted:
            pos = chunk_text.find(text)
            while pos != -1:
                found.append((pos, label, text))
                pos = chunk_text.find(text, pos + len(text))
        return [{"label": label, "text": text} for _, label, text in sorted(found)]

    return respond


@dataclass(frozen=True)
class Fault:
    kind: Literal["malformed", "status", "delay", "reply"]
    status: int = 500
    retry_after: str | None = None
    delay_s: float = 0.0
    entities: Entities | None = None

    @classmethod
    def malformed(cls) -> Fault:
        """200 with message content that is not JSON."""
        return cls("malformed")

    @classmethod
    def http(cls, status: int, retry_after: str | None = None) -> Fault:
        return cls("status", status=status, retry_after=retry_after)

    @classmethod
    def delay(cls, seconds: float) -> Fault:
        """Sleep, then answer normally (to a client that has usually given up)."""
        return cls("delay", delay_s=seconds)

    @classmethod
    def reply(cls, entities: Entities) -> Fault:
        """Answer these entities instead of the responder's (e.g. texts not in the page)."""
        return cls("reply", entities=entities)


@dataclass
class _Rule:
    fault: Fault
    remaining: int | None  # None: forever
    when: Callable[[str], bool] | None


@dataclass(frozen=True)
class RecordedRequest:
    path: str
    api: Literal["ollama", "openai"]
    headers: dict[str, str]  # lower-cased names
    body: dict[str, Any]
    chunk_text: str
    received_at: float  # time.monotonic()
    fault: Fault | None


@dataclass
class _State:
    responder: Responder
    latency_s: float
    lock: threading.Lock = field(default_factory=threading.Lock)
    rules: list[_Rule] = field(default_factory=list)
    requests: list[RecordedRequest] = field(default_factory=list)
    in_flight: int = 0
    peak_in_flight: int = 0

    def take_fault(self, chunk_text: str) -> Fault | None:
        with self.lock:
            for rule in self.rules:
                if rule.remaining == 0 or (rule.when is not None and not rule.when(chunk_text)):
                    continue
                if rule.remaining is not None:
                    rule.remaining -= 1
                return rule.fault
        return None


class _Server(LoopbackHTTPServer):
    state: _State


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        pass  # keep pytest output clean

    def do_POST(self) -> None:
        state = self.server.state
        path = self.path.split("?", 1)[0]
        api: Literal["ollama", "openai"]
        if path == "/api/chat":
            api = "ollama"
        elif path == "/v1/chat/completions":
            api = "openai"
        else:
            self._send(404, {"error": f"no route {path}"})
            return
        raw = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        body = json.loads(raw)
        user = next((m["content"] for m in body.get("messages", []) if m.get("role") == "user"), "")
        chunk_text = chunk_text_from_prompt(user) or ""
        with state.lock:
            state.in_flight += 1
            state.peak_in_flight = max(state.peak_in_flight, state.in_flight)
        fault = state.take_fault(chunk_text)
        record = RecordedRequest(
            path=path,
            api=api,
            headers={k.lower(): v for k, v in self.headers.items()},
            body=body,
            chunk_text=chunk_text,
            received_at=time.monotonic(),
            fault=fault,
        )
        with state.lock:
            state.requests.append(record)
        try:
            time.sleep(state.latency_s)
            if fault is not None and fault.kind == "delay":
                time.sleep(fault.delay_s)
            if fault is not None and fault.kind == "status":
                status, payload, headers = fault.status, {"error": "injected"}, {}
                if fault.retry_after is not None:
                    headers["Retry-After"] = fault.retry_after
            else:
                if fault is not None and fault.kind == "malformed":
                    content = '{"entities": [{"label": "VESSEL_NAME", "text": '
                elif fault is not None and fault.kind == "reply":
                    content = json.dumps({"entities": fault.entities})
                else:
                    content = json.dumps({"entities": state.responder(chunk_text)})
                status, payload, headers = 200, _wrap(api, body.get("model", ""), content), {}
        finally:
            # Leave the in-flight count before answering: the client may send its next request
            # as soon as it has the answer, and must not be seen as exceeding its limit.
            with state.lock:
                state.in_flight -= 1
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self._send(status, payload, headers)

    def _send(self, status: int, payload: Any, headers: dict[str, str] | None = None) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)


def _wrap(api: str, model: str, content: str) -> dict[str, Any]:
    if api == "openai":
        return {
            "id": "chatcmpl-fake",
            "object": "chat.completion",
            "model": model,
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": content},
                    "finish_reason": "stop",
                }
            ],
        }
    return {
        "model": model,
        "created_at": "2026-01-01T00:00:00Z",
        "message": {"role": "assistant", "content": content},
        "done": True,
        "done_reason": "stop",
    }


class FakeLlmServer(LoopbackServer):
    """`FakeLlmServer(echo=[(label, text), ...])` or `FakeLlmServer(responder=fn)`; `.url` is
    the Ollama base URL, `.url + "/v1"` the OpenAI-compatible one."""

    def __init__(
        self,
        responder: Responder | None = None,
        *,
        echo: Sequence[tuple[str, str]] = (),
        latency_s: float = 0.0,
    ) -> None:
        self._state = _State(responder=responder or echo_entities(echo), latency_s=latency_s)
        super().__init__(_Handler, self._state, _Server)

    def inject(
        self, fault: Fault, times: int | None = 1, when: Callable[[str], bool] | None = None
    ) -> None:
        """Apply `fault` to the next `times` requests (None: all) whose chunk text satisfies
        `when`. Rules are tried in injection order."""
        with self._state.lock:
            self._state.rules.append(_Rule(fault, times, when))

    def set_responder(self, responder: Responder) -> None:
        self._state.responder = responder

    @property
    def requests(self) -> list[RecordedRequest]:
        with self._state.lock:
            return list(self._state.requests)

    @property
    def peak_in_flight(self) -> int:
        return self._state.peak_in_flight

    def reset(self) -> None:
        with self._state.lock:
            self._state.rules.clear()
            self._state.requests.clear()
            self._state.peak_in_flight = 0


def _main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--echo", action="append", default=[], metavar="LABEL=TEXT")
    parser.add_argument("--latency-s", type=float, default=0.0)
    args = parser.parse_args()
    pairs = [tuple(item.split("=", 1)) for item in args.echo]
    with FakeLlmServer(echo=[(a, b) for a, b in pairs], latency_s=args.latency_s) as server:
        print(f"fake LLM on {server.url} (ollama) and {server.url}/v1 (openai)", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            while True:
                time.sleep(3600)


if __name__ == "__main__":
    _main()
