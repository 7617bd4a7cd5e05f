"""The production OCR engine: DeepSeek-OCR served behind an OpenAI-compatible API (vLLM).

Each page is one `POST {url}/chat/completions` carrying the page as a PNG data URL and the
grounding prompt; the Markdown answer (grounding tags, HTML tables) becomes page text through
`ingest.ocr_drop.clean_ocr_text`, the same cleaner external OCR drops go through.

    config = DeepSeekOcrConfig(url="http://vllm:8000/v1", model="deepseek-ai/DeepSeek-OCR")
    with DeepSeekOcr(config) as ocr:
        ocr.check()                  # OcrUnavailable if the endpoint or the model is not there
        page = ocr.recognize(image)  # OcrFailed for this page only

`recognize` is safe to call from any number of threads: one shared `httpx.Client` and a
semaphore keep at most `concurrency` requests in flight. Rate limits (429, Retry-After), server
errors, timeouts, lost connections, empty and malformed replies are retried with jittered
exponential backoff; other client errors (400, 401, 403, 404, 413) fail at once. Errors and log
lines name status, attempts and the endpoint, never page text or the API key.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import logging
import threading
import time
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, NoReturn
from urllib.parse import urlsplit

import httpx
from PIL import Image

from oceanid_assets.backoff import Backoff
from oceanid_assets.ingest.ocr_drop import DEFAULT_ENGINE, clean_ocr_text
from oceanid_assets.ocr.engine import OcrFailed, OcrText, OcrUnavailable
from oceanid_assets.preannotate.llm_wire import parse_retry_after

__all__ = ["DEFAULT_PROMPT", "DeepSeekOcr", "DeepSeekOcrConfig", "DeepSeekOcrStats"]

log = logging.getLogger("oceanid.ocr.deepseek")

DEFAULT_PROMPT = "<image>\n<|grounding|>Convert the document to markdown."
# Longest server error message quoted in a failure reason.
_DETAIL_CHARS = 200


@dataclass(frozen=True)
class DeepSeekOcrConfig:
    url: str  # base URL of the OpenAI-compatible API, ending in /v1: http://vllm:8000/v1
    model: str  # the name the server serves the model under, e.g. deepseek-ai/DeepSeek-OCR
    # repr=False keeps the key out of logs and tracebacks that print the config.
    api_key: str | None = field(default=None, repr=False)
    concurrency: int = 2  # requests in flight at most, whatever the caller's pool size
    timeout_s: float = 120.0  # per attempt: connect, and the wait for the (unstreamed) answer
    max_attempts: int = 4
    backoff_base_s: float = 1.0
    backoff_cap_s: float = 30.0
    # A server asking for a long pause should not stall a batch indefinitely.
    retry_after_cap_s: float = 60.0
    prompt: str = DEFAULT_PROMPT
    max_tokens: int = 8192

    def __post_init__(self) -> None:
        parts = urlsplit(self.url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(
                f"DeepSeekOcrConfig.url must be an http(s) URL such as http://vllm:8000/v1, "
                f"not {_safe_url(self.url)!r}"
            )
        if not self.model:
            raise ValueError("DeepSeekOcrConfig.model is required")
        if self.concurrency < 1:
            raise ValueError(f"concurrency must be >= 1, not {self.concurrency}")
        if self.max_attempts < 1:
            raise ValueError(f"max_attempts must be >= 1, not {self.max_attempts}")
        if self.timeout_s <= 0:
            raise ValueError(f"timeout_s must be positive, not {self.timeout_s}")
        if self.backoff_base_s < 0 or self.backoff_cap_s < 0 or self.retry_after_cap_s < 0:
            raise ValueError("backoff_base_s, backoff_cap_s and retry_after_cap_s must be >= 0")
        if self.max_tokens < 1:
            raise ValueError(f"max_tokens must be >= 1, not {self.max_tokens}")
        if not self.prompt:
            raise ValueError("prompt must not be empty")

    @property
    def endpoint(self) -> str:
        base = self.url.rstrip("/")
        if base.endswith("/chat/completions"):
            return base
        return base + "/chat/completions"

    @property
    def models_endpoint(self) -> str:
        base = self.url.rstrip("/")
        base = base.removesuffix("/chat/completions")
        return base + "/models"


@dataclass(frozen=True)
class DeepSeekOcrStats:
    """Counters since the engine was created (for run metadata)."""

    requests: int = 0  # HTTP requests sent, retries included
    retries: int = 0  # requests that were a retry of an earlier one
    pages: int = 0  # pages recognised
    failed_pages: int = 0  # pages that raised OcrFailed
    truncated_pages: int = 0  # recognised pages whose answer stopped at max_tokens


class _Retryable(Exception):
    """One attempt failed in a way another attempt may not."""

    def __init__(self, kind: str, error: str, retry_after: float | None = None) -> None:
        super().__init__(error)
        self.kind = kind  # short status for logs: "503", "timeout", "connect", "empty"...
        self.error = error
        self.retry_after = retry_after

    def final(self, attempts: int) -> str:
        tries = f"{attempts} attempt{'s' if attempts != 1 else ''}"
        if self.kind == "timeout":
            return f"{self.error} ({tries})"
        return f"{self.error} after {tries}"


class _Fatal(Exception):
    """One attempt failed in a way no retry will mend."""

    def __init__(self, kind: str, error: str) -> None:
        super().__init__(error)
        self.kind = kind
        self.error = error


@dataclass(frozen=True)
class _Reply:
    raw: str
    truncated: bool


class DeepSeekOcr:
    """OcrEngine for DeepSeek-OCR behind an OpenAI-compatible server. Thread-safe."""

    def __init__(self, config: DeepSeekOcrConfig) -> None:
        self._config = config
        limits = httpx.Limits(
            max_connections=config.concurrency, max_keepalive_connections=config.concurrency
        )
        # Retries are ours (with backoff and Retry-After); the transport must not add its own.
        self._client = httpx.Client(
            transport=httpx.HTTPTransport(retries=0, limits=limits),
            timeout=httpx.Timeout(config.timeout_s),
        )
        self._slots = threading.BoundedSemaphore(config.concurrency)
        self._lock = threading.Lock()
        self._closed = False
        self._stats = DeepSeekOcrStats()
        prompt_hash = hashlib.sha256(config.prompt.encode("utf-8")).hexdigest()[:8]
        self._version = f"{config.model}/prompt-{prompt_hash}/max-tokens-{config.max_tokens}"
        self._where = _safe_url(config.url)

    # ---- OcrEngine -------------------------------------------------------------------------

    @property
    def name(self) -> str:
        return DEFAULT_ENGINE

    @property
    def version(self) -> str:
        """Model, prompt (hash) and max_tokens: everything here that changes the text."""
        return self._version

    @property
    def config(self) -> DeepSeekOcrConfig:
        return self._config

    @property
    def stats(self) -> DeepSeekOcrStats:
        with self._lock:
            return self._stats

    def recognize(self, image: Image.Image) -> OcrText:
        cfg = self._config
        body = self._request_body(_png_data_url(image))
        backoff = Backoff(cfg.backoff_base_s, cfg.backoff_cap_s, cfg.max_attempts)
        for attempt in range(1, cfg.max_attempts + 1):
            try:
                reply = self._attempt(body)
            except _Fatal as exc:
                self._fail(exc.kind, exc.error, attempt)
            except _Retryable as exc:
                if backoff.exhausted(attempt):
                    self._fail(exc.kind, exc.final(attempt), attempt)
                delay = (
                    min(exc.retry_after, cfg.retry_after_cap_s)
                    if exc.retry_after is not None
                    else backoff.jittered_s(attempt)
                )
                log.info(
                    "deepseek-ocr retry status=%s attempt=%d/%d wait=%.2fs error=%s",
                    exc.kind,
                    attempt,
                    cfg.max_attempts,
                    delay,
                    exc.error,
                )
                self._count(retries=1)
                time.sleep(delay)
            else:
                if reply.truncated:
                    # Usually the model repeating itself; the text is kept, the operator told.
                    log.warning(
                        "deepseek-ocr page reply stopped at max_tokens=%d (attempts=%d); "
                        "the page text may be incomplete",
                        cfg.max_tokens,
                        attempt,
                    )
                self._count(pages=1, truncated_pages=int(reply.truncated))
                return OcrText(text=clean_ocr_text(reply.raw), confidence=None, text_raw=reply.raw)
        raise AssertionError("unreachable")  # the loop returns or raises

    # ---- lifecycle -------------------------------------------------------------------------

    def check(self) -> None:
        """Raise OcrUnavailable unless the endpoint answers and serves the configured model."""
        cfg = self._config
        with self._lock:
            if self._closed:
                raise OcrUnavailable("deepseek-ocr engine is closed")
        try:
            response = self._client.get(cfg.models_endpoint, headers=self._headers())
        except httpx.TransportError as exc:
            raise OcrUnavailable(
                f"deepseek-ocr endpoint {self._where} unreachable: {_transport_detail(exc)}"
            ) from None
        if response.status_code in (401, 403):
            raise OcrUnavailable(self._auth_refused(response.status_code))
        if response.status_code != 200:
            raise OcrUnavailable(
                f"deepseek-ocr endpoint {self._where} answered HTTP {response.status_code} "
                f"to GET /models; is the URL the server's /v1 base?"
            )
        try:
            served = [str(m["id"]) for m in response.json()["data"]]
        except (ValueError, KeyError, TypeError) as exc:
            raise OcrUnavailable(
                f"deepseek-ocr endpoint {self._where} gave no model list at /models"
            ) from exc
        if cfg.model not in served:
            raise OcrUnavailable(
                f"deepseek-ocr endpoint {self._where} does not serve model {cfg.model!r} "
                f"(it serves: {', '.join(served) or 'none'})"
            )

    def close(self) -> None:
        with self._lock:
            self._closed = True
        self._client.close()

    def __enter__(self) -> DeepSeekOcr:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"DeepSeekOcr(url={self._where!r}, version={self._version!r})"

    # ---- one attempt -----------------------------------------------------------------------

    def _attempt(self, body: dict[str, Any]) -> _Reply:
        cfg = self._config
        with self._slots:
            with self._lock:
                if self._closed:
                    raise OcrUnavailable("deepseek-ocr engine is closed")
            self._count(requests=1)
            try:
                response = self._client.post(cfg.endpoint, json=body, headers=self._headers())
            except httpx.TimeoutException:
                raise _Retryable("timeout", f"timed out after {cfg.timeout_s:g} s") from None
            except httpx.TransportError as exc:
                raise _Retryable(
                    "connect",
                    f"could not reach {self._where} ({_transport_detail(exc)})",
                ) from None
        status = response.status_code
        if status == 429 or status == 408 or status >= 500:
            what = f"HTTP {status}" + (" (rate limited)" if status == 429 else "")
            raise _Retryable(
                str(status), what, parse_retry_after(response.headers.get("retry-after"))
            )
        if status in (401, 403):
            raise _Fatal(str(status), self._auth_refused(status))
        if status == 404:
            raise _Fatal(
                "404",
                f"HTTP 404: {self._where} has no chat/completions endpoint or does not serve "
                f"model {cfg.model!r}{self._detail(response)}",
            )
        if status == 413:
            size = len(body["messages"][0]["content"][0]["image_url"]["url"])
            raise _Fatal(
                "413",
                f"HTTP 413: the server refused the request as too large ({size} bytes of image "
                "data); render pages at a lower DPI or raise the server's request size limit",
            )
        if status >= 400:
            raise _Fatal(str(status), f"HTTP {status}: request rejected{self._detail(response)}")
        if status != 200:
            raise _Retryable(str(status), f"unexpected HTTP {status}")
        return _parse_reply(response.content)

    def _request_body(self, data_url: str) -> dict[str, Any]:
        cfg = self._config
        return {
            "model": cfg.model,
            "messages": [
                {
                    "role": "user",
                    "content": [
                        {"type": "image_url", "image_url": {"url": data_url}},
                        {"type": "text", "text": cfg.prompt},
                    ],
                }
            ],
            "temperature": 0.0,
            "max_tokens": cfg.max_tokens,
            "stream": False,
        }

    def _headers(self) -> dict[str, str]:
        headers = {"Accept": "application/json"}
        if self._config.api_key:
            headers["Authorization"] = f"Bearer {self._config.api_key}"
        return headers

    def _auth_refused(self, status: int) -> str:
        if self._config.api_key:
            return (
                f"HTTP {status}: {self._where} refused the configured API key; check the key "
                "the OCR server expects"
            )
        return f"HTTP {status}: {self._where} requires an API key and none is configured"

    def _detail(self, response: httpx.Response) -> str:
        """The server's own error message, short, for a request it rejected. The request holds
        no page text (only the image and the prompt), so neither can the message."""
        try:
            payload = response.json()
        except ValueError:
            return ""
        message: object = payload
        if isinstance(payload, dict):
            error = payload.get("error", payload.get("message", payload.get("detail")))
            message = error.get("message", error) if isinstance(error, dict) else error
        if not isinstance(message, str) or not message.strip():
            return ""
        text = " ".join(message.split())
        if self._config.api_key:
            text = text.replace(self._config.api_key, "[key]")
        if len(text) > _DETAIL_CHARS:
            text = text[: _DETAIL_CHARS - 1] + "…"
        return f" ({text})"

    def _fail(self, kind: str, reason: str, attempts: int) -> NoReturn:
        self._count(failed_pages=1)
        log.warning(
            "deepseek-ocr page failed status=%s attempts=%d endpoint=%s model=%s: %s",
            kind,
            attempts,
            self._where,
            self._config.model,
            reason,
        )
        raise OcrFailed(reason)

    def _count(self, **increments: int) -> None:
        with self._lock:
            current = self._stats
            self._stats = DeepSeekOcrStats(
                **{
                    name: getattr(current, name) + increments.get(name, 0)
                    for name in DeepSeekOcrStats.__dataclass_fields__
                }
            )


def _parse_reply(body: bytes) -> _Reply:
    """The message content of a chat completion; never quotes the body (it may hold page
    text)."""
    try:
        payload = json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise _Retryable("malformed", "malformed reply: the body is not JSON") from None
    if not isinstance(payload, dict) or "choices" not in payload:
        raise _Retryable("malformed", "malformed reply: no choices in the JSON")
    choices = payload["choices"]
    if not isinstance(choices, list):
        raise _Retryable("malformed", "malformed reply: choices is not a list")
    if not choices:
        raise _Retryable("empty", "empty reply (no choices)")
    choice = choices[0]
    message = choice.get("message") if isinstance(choice, dict) else None
    if not isinstance(message, dict):
        raise _Retryable("malformed", "malformed reply: the first choice has no message")
    content = message.get("content")
    if content is None or (isinstance(content, str) and not content.strip()):
        raise _Retryable("empty", "empty reply (no text)")
    if not isinstance(content, str):
        raise _Retryable("malformed", "malformed reply: the message content is not text")
    return _Reply(raw=content, truncated=choice.get("finish_reason") == "length")


def _png_data_url(image: Image.Image) -> str:
    """The page as a PNG data URL: grayscale stays grayscale (a third of the bytes), anything
    else is sent as RGB."""
    if image.mode == "1":
        image = image.convert("L")
    elif image.mode != "L":
        image = image.convert("RGB")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def _safe_url(url: str) -> str:
    """scheme://host[:port]/path of a URL: no user, password or query in messages."""
    try:
        parts = urlsplit(url)
        port = f":{parts.port}" if parts.port else ""
    except ValueError:
        return "<invalid url>"
    if not parts.hostname:
        return url.rsplit("@", 1)[-1].split("?", 1)[0]
    return f"{parts.scheme}://{parts.hostname}{port}{parts.path}".rstrip("/")


def _transport_detail(exc: httpx.TransportError) -> str:
    text = " ".join(str(exc).split())[:_DETAIL_CHARS]
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
