"""The DeepSeek-OCR engine against a real HTTP server on loopback (tests/fake_ocr.py) speaking
vLLM's OpenAI-compatible API: no mocks of httpx."""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from PIL import Image, ImageDraw

from oceanid_assets.ingest.ocr_drop import clean_ocr_text
from oceanid_assets.ocr.deepseek import DEFAULT_PROMPT, DeepSeekOcr, DeepSeekOcrConfig
from oceanid_assets.ocr.engine import OcrEngine, OcrFailed, OcrText, OcrUnavailable
from tests.fake_ocr import DEFAULT_MARKDOWN, FAKE_MODEL, FakeOcrServer, Fault

SECRET = "sk-ocr-DO-NOT-LOG-7f3a"
LOGGER = "oceanid.ocr.deepseek"


def page_image(mode: str = "L", size: tuple[int, int] = (120, 160)) -> Image.Image:
    image = Image.new(mode, size, "white")
    ImageDraw.Draw(image).text((10, 10), "OCEAN STAR", fill="black")
    return image


@pytest.fixture
def server() -> Iterator[FakeOcrServer]:
    with FakeOcrServer() as srv:
        yield srv
        assert srv.problems == []  # every request carried a readable PNG page


def make_config(server: FakeOcrServer, **overrides: Any) -> DeepSeekOcrConfig:
    settings: dict[str, Any] = {
        "url": server.url + "/v1",
        "model": FAKE_MODEL,
        "timeout_s": 5.0,
        "max_attempts": 3,
        "backoff_base_s": 0.01,
        "backoff_cap_s": 0.05,
        "retry_after_cap_s": 2.0,
    }
    settings.update(overrides)
    return DeepSeekOcrConfig(**settings)


@pytest.fixture
def engine(server: FakeOcrServer) -> Iterator[DeepSeekOcr]:
    with DeepSeekOcr(make_config(server)) as ocr:
        yield ocr


def recognize_failure(engine: DeepSeekOcr) -> str:
    with pytest.raises(OcrFailed) as failed:
        engine.recognize(page_image())
    return str(failed.value)


# ---- success ---------------------------------------------------------------------------------


def test_success_returns_cleaned_text_and_raw(server: FakeOcrServer, engine: DeepSeekOcr) -> None:
    result = engine.recognize(page_image())

    assert result == OcrText(
        text=clean_ocr_text(DEFAULT_MARKDOWN), confidence=None, text_raw=DEFAULT_MARKDOWN
    )
    assert "<|" not in result.text and "<table" not in result.text and "[[" not in result.text
    assert "OCEAN STAR\t9123456\tHP1234" in result.text.splitlines()
    assert "SEA & SKY\t9234567\t3EAB5" in result.text.splitlines()
    assert result.text.startswith("REGISTER OF FISHING VESSELS")
    assert (engine.stats.requests, engine.stats.retries, engine.stats.pages) == (1, 0, 1)


def test_request_is_an_openai_chat_message_with_a_png_page(
    server: FakeOcrServer, engine: DeepSeekOcr
) -> None:
    engine.recognize(page_image())

    (request,) = server.requests
    assert (request.method, request.path) == ("POST", "/v1/chat/completions")
    body = request.body
    assert body["model"] == FAKE_MODEL
    assert body["temperature"] == 0
    assert body["max_tokens"] == 8192
    (message,) = body["messages"]
    assert message["role"] == "user"
    image_part, text_part = message["content"]
    assert image_part["type"] == "image_url"
    assert image_part["image_url"]["url"].startswith("data:image/png;base64,")
    assert text_part == {"type": "text", "text": DEFAULT_PROMPT}
    assert "authorization" not in request.headers  # no key configured, none sent


@pytest.mark.parametrize(
    ("mode", "sent_as"), [("L", "L"), ("1", "L"), ("RGB", "RGB"), ("RGBA", "RGB"), ("P", "RGB")]
)
def test_page_sent_as_png_grayscale_kept(
    server: FakeOcrServer, engine: DeepSeekOcr, mode: str, sent_as: str
) -> None:
    source = page_image("RGB").convert(mode)
    engine.recognize(source)

    (request,) = server.requests
    assert request.image is not None
    assert request.image.format == "PNG"
    assert request.image.mode == sent_as
    assert request.image.size == source.size
    assert (
        request.image.convert("RGB").tobytes() == source.convert(sent_as).convert("RGB").tobytes()
    )


def test_responder_sees_the_page(server: FakeOcrServer, engine: DeepSeekOcr) -> None:
    server.set_responder(
        lambda image: (
            f"<|ref|>text<|/ref|><|det|>[[0, 0, 1, 1]]<|/det|>\npage {image.width}x{image.height}"
        )
    )
    assert engine.recognize(page_image(size=(50, 70))).text == "page 50x70"


def test_engine_satisfies_the_protocol(engine: DeepSeekOcr) -> None:
    as_engine: OcrEngine = engine
    assert as_engine.name == "deepseek-ocr"
    assert as_engine.version.startswith(FAKE_MODEL + "/")


# ---- retries ---------------------------------------------------------------------------------


def test_429_honours_retry_after(server: FakeOcrServer, engine: DeepSeekOcr) -> None:
    server.inject(Fault.http(429, retry_after="1"))

    result = engine.recognize(page_image())

    first, second = server.requests
    assert first.fault == Fault.http(429, retry_after="1") and second.fault is None
    assert second.received_at - first.received_at >= 0.95  # the header's 1 s, not 0.01 s backoff
    assert result.text_raw == DEFAULT_MARKDOWN
    assert (engine.stats.requests, engine.stats.retries, engine.stats.failed_pages) == (2, 1, 0)


def test_429_without_retry_after_backs_off(server: FakeOcrServer, engine: DeepSeekOcr) -> None:
    server.inject(Fault.http(429), times=2)
    assert engine.recognize(page_image()).text_raw == DEFAULT_MARKDOWN
    assert len(server.requests) == 3


def test_retry_after_is_capped(server: FakeOcrServer) -> None:
    server.inject(Fault.http(503, retry_after="30"))
    started = time.monotonic()
    with DeepSeekOcr(make_config(server, retry_after_cap_s=0.05)) as ocr:
        ocr.recognize(page_image())
    assert time.monotonic() - started < 2
    assert len(server.requests) == 2


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_5xx_then_success(server: FakeOcrServer, engine: DeepSeekOcr, status: int) -> None:
    server.inject(Fault.http(status), times=2)

    assert engine.recognize(page_image()).text_raw == DEFAULT_MARKDOWN
    assert [r.fault for r in server.requests] == [Fault.http(status)] * 2 + [None]
    assert engine.stats.retries == 2


def test_persistent_5xx_fails_after_max_attempts(
    server: FakeOcrServer, engine: DeepSeekOcr, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger=LOGGER)
    server.inject(Fault.http(503), times=None)

    assert recognize_failure(engine) == "HTTP 503 after 3 attempts"
    assert len(server.requests) == 3
    assert engine.stats.failed_pages == 1
    (warning,) = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert warning.name == LOGGER
    assert "status=503" in warning.getMessage() and "attempts=3" in warning.getMessage()


def test_persistent_429_says_rate_limited(server: FakeOcrServer, engine: DeepSeekOcr) -> None:
    server.inject(Fault.http(429, retry_after="0"), times=None)
    assert recognize_failure(engine) == "HTTP 429 (rate limited) after 3 attempts"


def test_timeout_is_retried_then_fails(server: FakeOcrServer) -> None:
    server.inject(Fault.delay(1.0), times=None)
    started = time.monotonic()
    config = make_config(server, timeout_s=0.25, max_attempts=2)
    with DeepSeekOcr(config) as ocr, pytest.raises(OcrFailed) as failed:
        ocr.recognize(page_image())
    elapsed = time.monotonic() - started

    assert str(failed.value) == "timed out after 0.25 s (2 attempts)"
    assert len(server.requests) == 2
    assert 0.5 <= elapsed < 1.5  # two timeouts, without waiting for the server's answers


def test_timeout_then_success(server: FakeOcrServer) -> None:
    server.inject(Fault.delay(1.0))
    with DeepSeekOcr(make_config(server, timeout_s=0.25)) as ocr:
        assert ocr.recognize(page_image()).text_raw == DEFAULT_MARKDOWN
        assert (ocr.stats.requests, ocr.stats.retries) == (2, 1)


@pytest.mark.parametrize("variant", ["no_choices", "empty_content", "whitespace", "null_content"])
def test_empty_reply_is_retried_then_fails(
    server: FakeOcrServer, engine: DeepSeekOcr, variant: Any
) -> None:
    server.inject(Fault.empty(variant), times=None)

    reason = recognize_failure(engine)

    assert reason.startswith("empty reply") and reason.endswith("after 3 attempts")
    assert len(server.requests) == 3


def test_empty_reply_then_success(server: FakeOcrServer, engine: DeepSeekOcr) -> None:
    server.inject(Fault.empty())
    assert engine.recognize(page_image()).text_raw == DEFAULT_MARKDOWN
    assert len(server.requests) == 2


@pytest.mark.parametrize(
    "fault",
    [
        Fault.garbage(),
        Fault.wrong_shape("no_choices_key"),
        Fault.wrong_shape("choices_not_list"),
        Fault.wrong_shape("no_message"),
        Fault.wrong_shape("content_not_text"),
    ],
)
def test_garbage_is_retried_then_fails_malformed(
    server: FakeOcrServer, engine: DeepSeekOcr, fault: Fault
) -> None:
    server.inject(fault, times=None)

    reason = recognize_failure(engine)

    assert reason.startswith("malformed reply: ") and reason.endswith("after 3 attempts")
    assert "502 Bad Gateway" not in reason and "REGISTER" not in reason  # the body is not quoted
    assert len(server.requests) == 3


def test_garbage_then_success(server: FakeOcrServer, engine: DeepSeekOcr) -> None:
    server.inject(Fault.garbage())
    assert engine.recognize(page_image()).text_raw == DEFAULT_MARKDOWN
    assert len(server.requests) == 2


def test_connection_refused_is_retried_then_fails() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = DeepSeekOcrConfig(
        url=f"http://127.0.0.1:{port}/v1", model=FAKE_MODEL, max_attempts=2, backoff_base_s=0.01
    )
    with DeepSeekOcr(config) as ocr, pytest.raises(OcrFailed) as failed:
        ocr.recognize(page_image())
    assert str(failed.value).startswith(f"could not reach http://127.0.0.1:{port}/v1 (Connect")
    assert str(failed.value).endswith("after 2 attempts")
    assert ocr.stats.requests == 2


# ---- no retry --------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [401, 403])
def test_refused_key_fails_at_once_and_is_never_shown(
    server: FakeOcrServer, status: int, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    server.inject(Fault.http(status))
    config = make_config(server, api_key=SECRET)
    with DeepSeekOcr(config) as ocr, pytest.raises(OcrFailed) as failed:
        ocr.recognize(page_image())

    reason = str(failed.value)
    assert reason.startswith(f"HTTP {status}: ") and "refused the configured API key" in reason
    assert len(server.requests) == 1
    assert SECRET not in reason and SECRET not in repr(failed.value)
    assert SECRET not in caplog.text
    assert LOGGER in {r.name for r in caplog.records}


def test_wrong_key_against_a_keyed_server(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with FakeOcrServer(api_key="the-right-key") as server:
        with DeepSeekOcr(make_config(server, api_key=SECRET)) as ocr:
            reason = recognize_failure(ocr)
            with pytest.raises(OcrUnavailable) as unavailable:
                ocr.check()
        assert len(server.chat_requests) == 1
    assert "refused the configured API key" in reason
    assert "refused the configured API key" in str(unavailable.value)
    for text in (reason, str(unavailable.value), caplog.text, repr(ocr), repr(ocr.config)):
        assert SECRET not in text and "the-right-key" not in text


def test_missing_key_says_none_is_configured() -> None:
    with FakeOcrServer(api_key="the-right-key") as server, DeepSeekOcr(make_config(server)) as ocr:
        reason = recognize_failure(ocr)
    assert reason.endswith("requires an API key and none is configured")


@pytest.mark.parametrize(
    ("status", "phrase"),
    [
        (400, "HTTP 400: request rejected (injected HTTP 400)"),
        (404, "HTTP 404: "),
        (413, "HTTP 413: the server refused the request as too large"),
        (422, "HTTP 422: request rejected"),
    ],
)
def test_other_4xx_fail_at_once(
    server: FakeOcrServer, engine: DeepSeekOcr, status: int, phrase: str
) -> None:
    server.inject(Fault.http(status), times=None)

    reason = recognize_failure(engine)

    assert reason.startswith(phrase)
    assert len(server.requests) == 1
    assert (engine.stats.requests, engine.stats.retries) == (1, 0)


def test_api_key_sent_as_bearer(server: FakeOcrServer) -> None:
    config = make_config(server, api_key=SECRET)
    with DeepSeekOcr(config) as ocr:
        ocr.recognize(page_image())
    (request,) = server.requests
    assert request.headers["authorization"] == f"Bearer {SECRET}"
    assert SECRET not in repr(config)


# ---- concurrency -----------------------------------------------------------------------------


def test_concurrency_bounds_requests_in_flight() -> None:
    with (
        FakeOcrServer(responder=lambda image: f"page {image.width}", latency_s=0.1) as server,
        DeepSeekOcr(make_config(server, concurrency=2)) as ocr,
    ):
        results: dict[int, str] = {}
        errors: list[BaseException] = []

        def work(n: int) -> None:
            try:
                results[n] = ocr.recognize(page_image(size=(100 + n, 50))).text
            except BaseException as exc:  # surfaced below
                errors.append(exc)

        threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
        started = time.monotonic()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=10)
        elapsed = time.monotonic() - started

        assert errors == []
        assert results == {n: f"page {100 + n}" for n in range(8)}
        assert server.peak_in_flight == 2  # never more, and the pair really ran together
        assert len(server.requests) == 8
        assert elapsed >= 0.4  # 8 pages x 0.1 s / 2 in flight
        assert server.problems == []


# ---- version, config, lifecycle --------------------------------------------------------------


def test_version_changes_with_what_changes_the_text(server: FakeOcrServer) -> None:
    def version(**overrides: Any) -> str:
        with DeepSeekOcr(make_config(server, **overrides)) as ocr:
            return ocr.version

    base = version()
    assert base == version()  # stable
    assert base == version(concurrency=3, timeout_s=9.0, api_key="x")  # transport only
    assert base != version(prompt="<image>\nFree OCR.")
    assert base != version(max_tokens=4096)
    assert version(model="other/model").startswith("other/model/")
    assert len(base.split("/prompt-")[1].split("/")[0]) == 8


def test_check_passes_when_the_model_is_served(server: FakeOcrServer, engine: DeepSeekOcr) -> None:
    engine.check()
    assert [(r.method, r.path) for r in server.requests] == [("GET", "/v1/models")]


def test_check_names_a_model_not_served(server: FakeOcrServer) -> None:
    config = make_config(server, model="deepseek-ocr-typo")
    missing = "does not serve model 'deepseek-ocr-typo'"
    with DeepSeekOcr(config) as ocr, pytest.raises(OcrUnavailable, match=missing):
        ocr.check()


def test_check_unreachable_endpoint() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = DeepSeekOcrConfig(url=f"http://127.0.0.1:{port}/v1", model=FAKE_MODEL)
    with DeepSeekOcr(config) as ocr, pytest.raises(OcrUnavailable, match="unreachable"):
        ocr.check()


def test_closed_engine_is_unavailable(server: FakeOcrServer) -> None:
    ocr = DeepSeekOcr(make_config(server))
    ocr.close()
    with pytest.raises(OcrUnavailable, match="closed"):
        ocr.recognize(page_image())
    assert server.requests == []


def test_url_with_trailing_slash_and_credentials_kept_out(server: FakeOcrServer) -> None:
    host = server.url.removeprefix("http://")
    with DeepSeekOcr(make_config(server, url=f"http://user:pw-secret@{host}/v1/")) as ocr:
        ocr.recognize(page_image())
        assert "pw-secret" not in repr(ocr)
    assert server.requests[0].path == "/v1/chat/completions"


def test_truncated_reply_is_kept_and_logged(
    server: FakeOcrServer, engine: DeepSeekOcr, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger=LOGGER)
    server.inject(Fault.reply("VESSEL VESSEL VESSEL", finish_reason="length"))

    assert engine.recognize(page_image()).text == "VESSEL VESSEL VESSEL"
    assert engine.stats.truncated_pages == 1
    assert "max_tokens=8192" in caplog.text and "VESSEL" not in caplog.text


@pytest.mark.parametrize(
    "overrides",
    [
        {"url": "vllm:8000/v1"},
        {"url": ""},
        {"model": ""},
        {"concurrency": 0},
        {"max_attempts": 0},
        {"timeout_s": 0},
        {"backoff_base_s": -1},
        {"max_tokens": 0},
        {"prompt": ""},
    ],
)
def test_config_rejects_bad_values(overrides: dict[str, Any]) -> None:
    settings: dict[str, Any] = {"url": "http://vllm:8000/v1", "model": FAKE_MODEL}
    with pytest.raises(ValueError):
        DeepSeekOcrConfig(**{**settings, **overrides})
