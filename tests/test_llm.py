"""The LLM extractor against a real HTTP server on loopback (tests/fake_llm.py), both wire
formats."""

from __future__ import annotations

import asyncio
import itertools
import logging
import random
from collections.abc import Iterator
from typing import Any

import pytest

from oceanid_assets.labelset import LABELS
from oceanid_assets.preannotate.chunking import chunk_page
from oceanid_assets.preannotate.llm import LlmConfig, LlmResult, extract_llm
from oceanid_assets.preannotate.llm_wire import parse_retry_after
from oceanid_assets.preannotate.spans import PageInput
from oceanid_assets.resources.preannotator import PreannotatorResource
from tests.fake_llm import FakeLlmServer, Fault, echo_entities

PAGE = (
    "REGISTER OF FISHING VESSELS\n"
    "Vessel name: OCEAN STAR    Flag: PANAMA\n"
    "IMO: 9123456  IRCS: HP1234\n"
    "Home port: Panama City\n"
)
ECHO = [
    ("VESSEL_NAME", "OCEAN STAR"),
    ("FLAG", "PANAMA"),
    ("IMO", "9123456"),
    ("IRCS", "HP1234"),
    ("HOME_PORT", "Panama City"),
]


@pytest.fixture
def server() -> Iterator[FakeLlmServer]:
    with FakeLlmServer(echo=ECHO) as srv:
        yield srv


@pytest.fixture(params=["ollama", "openai"])
def api(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def make_config(server: FakeLlmServer, api: str, **overrides: Any) -> LlmConfig:
    settings: dict[str, Any] = {
        "url": server.url + ("/v1" if api == "openai" else ""),
        "model": "fake:7b",
        "timeout_s": 5.0,
        "max_attempts": 3,
        "backoff_base_s": 0.01,
        "backoff_cap_s": 0.05,
        "retry_after_cap_s": 2.0,
    }
    settings.update(overrides)
    config = LlmConfig(**settings)
    assert config.resolved_api == api
    return config


def spans_of(result: LlmResult, doc_id: str = "doc", page_num: int = 1) -> list[tuple[Any, ...]]:
    return [(s.start, s.end, s.label, s.text) for s in result.spans[(doc_id, page_num)]]


def expected(page: str, label: str, text: str, nth: int = 0) -> tuple[int, int, str, str]:
    start = -1
    for _ in range(nth + 1):
        start = page.index(text, start + 1)
    return (start, start + len(text), label, text)


def test_happy_path_exact_offsets(server: FakeLlmServer, api: str) -> None:
    result = extract_llm([PageInput("doc", 1, PAGE)], make_config(server, api))

    assert spans_of(result) == sorted(expected(PAGE, label, text) for label, text in ECHO)
    for span in result.spans[("doc", 1)]:
        assert PAGE[span.start : span.end] == span.text
        assert span.agent == "llm:fake:7b"
        assert span.confidence == 0.6
    assert (result.requests, result.retries, result.failures) == (1, 0, [])
    assert (result.hallucinations, result.unknown_labels) == (0, 0)
    assert result.latency_ms.count == 1
    assert result.latency_ms.p95_ms >= result.latency_ms.p50_ms > 0
    (request,) = server.requests
    assert request.api == api
    assert request.chunk_text == PAGE


def test_request_bodies_follow_each_wire_format(server: FakeLlmServer, api: str) -> None:
    extract_llm([PageInput("doc", 1, PAGE)], make_config(server, api))

    body = server.requests[0].body
    assert body["model"] == "fake:7b"
    assert body["stream"] is False
    if api == "ollama":
        assert body["format"] == "json"
        assert body["options"]["temperature"] == 0
    else:
        assert body["response_format"] == {"type": "json_object"}
        assert body["temperature"] == 0
    system = body["messages"][0]
    assert system["role"] == "system"
    assert all(label in system["content"] for label in LABELS)
    assert "Identity" in system["content"]
    assert '{"entities": [{"label"' in system["content"]


def test_repeated_strings_map_in_order(server: FakeLlmServer, api: str) -> None:
    page = "OCEAN STAR owner: X\nex OCEAN STAR\nrenamed OCEAN STAR\n"
    server.inject(Fault.reply([{"label": "VESSEL_NAME", "text": "OCEAN STAR"}] * 2))

    result = extract_llm([PageInput("doc", 1, page)], make_config(server, api))

    assert spans_of(result) == [
        expected(page, "VESSEL_NAME", "OCEAN STAR", 0),
        expected(page, "VESSEL_NAME", "OCEAN STAR", 1),
    ]


def test_text_not_in_page_is_dropped_as_hallucination(server: FakeLlmServer, api: str) -> None:
    server.inject(
        Fault.reply(
            [
                {"label": "VESSEL_NAME", "text": "OCEAN STAR"},
                {"label": "VESSEL_NAME", "text": "SEA QUEEN"},
                # Mentioned more often than the page has it.
                {"label": "FLAG", "text": "PANAMA"},
                {"label": "FLAG", "text": "PANAMA"},
            ]
        )
    )

    result = extract_llm([PageInput("doc", 1, PAGE)], make_config(server, api))

    assert spans_of(result) == [
        expected(PAGE, "VESSEL_NAME", "OCEAN STAR"),
        expected(PAGE, "FLAG", "PANAMA"),
    ]
    assert result.hallucinations == 2


def test_unknown_label_and_malformed_items_are_dropped(server: FakeLlmServer, api: str) -> None:
    server.inject(
        Fault.reply(
            [
                {"label": "SHIP", "text": "OCEAN STAR"},
                {"label": "IMO", "text": "9123456"},
                {"label": "IMO"},
                "9123456",
            ]
        )
    )

    result = extract_llm([PageInput("doc", 1, PAGE)], make_config(server, api))

    assert spans_of(result) == [expected(PAGE, "IMO", "9123456")]
    assert result.unknown_labels == 1
    assert result.malformed_entities == 2
    assert result.hallucinations == 0


def test_whitespace_collapsed_by_model_maps_to_original_text(
    server: FakeLlmServer, api: str
) -> None:
    page = "Owner: BLUE  FIN\nFISHERIES LTD, Port Louis\n"
    server.inject(Fault.reply([{"label": "ASSOC_NAME", "text": "BLUE FIN FISHERIES LTD"}]))

    result = extract_llm([PageInput("doc", 1, page)], make_config(server, api))

    start = page.index("BLUE")
    end = page.index(" LTD") + 4
    assert spans_of(result) == [(start, end, "ASSOC_NAME", "BLUE  FIN\nFISHERIES LTD")]
    assert result.hallucinations == 0


def test_overlapping_spans_keep_the_longer(server: FakeLlmServer, api: str) -> None:
    server.inject(
        Fault.reply(
            [
                {"label": "HOME_PORT", "text": "Panama"},
                {"label": "HOME_PORT", "text": "Panama City"},
            ]
        )
    )

    result = extract_llm([PageInput("doc", 1, PAGE)], make_config(server, api))

    assert spans_of(result) == [expected(PAGE, "HOME_PORT", "Panama City")]
    assert result.overlaps == 1


def test_malformed_json_then_valid_is_retried(server: FakeLlmServer, api: str) -> None:
    server.inject(Fault.malformed())

    result = extract_llm([PageInput("doc", 1, PAGE)], make_config(server, api))

    assert len(spans_of(result)) == len(ECHO)
    assert (result.requests, result.retries, result.failures) == (2, 1, [])


def test_429_honours_retry_after(server: FakeLlmServer, api: str) -> None:
    server.inject(Fault.http(429, retry_after="0.3"))

    result = extract_llm([PageInput("doc", 1, PAGE)], make_config(server, api))

    assert len(spans_of(result)) == len(ECHO)
    assert (result.requests, result.retries) == (2, 1)
    first, second = server.requests
    # The backoff alone would be <= 0.05 s.
    assert second.received_at - first.received_at >= 0.28


def test_persistent_500_fails_only_that_page(server: FakeLlmServer, api: str) -> None:
    pages = [
        PageInput("doc", 1, PAGE),
        PageInput("doc", 2, "BROKEN PAGE\n" + PAGE),
        PageInput("other", 1, PAGE),
    ]
    server.inject(Fault.http(500), times=None, when=lambda text: "BROKEN PAGE" in text)

    result = extract_llm(pages, make_config(server, api))

    assert len(result.failures) == 1
    failure = result.failures[0]
    assert (failure.doc_id, failure.page_num, failure.attempts) == ("doc", 2, 3)
    assert failure.error == "HTTP 500"
    assert set(result.spans) == {("doc", 1), ("other", 1)}
    assert all(len(spans) == len(ECHO) for spans in result.spans.values())
    assert result.requests == 3 + 2
    assert result.retries == 2


def test_client_error_is_not_retried(server: FakeLlmServer, api: str) -> None:
    server.inject(Fault.http(404))

    result = extract_llm([PageInput("doc", 1, PAGE)], make_config(server, api))

    assert [(f.error, f.attempts) for f in result.failures] == [("HTTP 404", 1)]
    assert result.requests == 1


def test_timeout_is_retried_then_succeeds(server: FakeLlmServer, api: str) -> None:
    server.inject(Fault.delay(1.0))

    result = extract_llm([PageInput("doc", 1, PAGE)], make_config(server, api, timeout_s=0.3))

    assert len(spans_of(result)) == len(ECHO)
    assert (result.requests, result.retries, result.failures) == (2, 1, [])


def test_timeout_every_time_is_a_failure(server: FakeLlmServer, api: str) -> None:
    server.inject(Fault.delay(1.0), times=None)

    result = extract_llm(
        [PageInput("doc", 1, PAGE)], make_config(server, api, timeout_s=0.2, max_attempts=2)
    )

    assert result.spans == {}
    (failure,) = result.failures
    assert failure.attempts == 2
    assert failure.error.startswith("timeout")


def test_connection_refused_is_a_failure_after_retries(api: str) -> None:
    with FakeLlmServer() as gone:
        url = gone.url
    config = LlmConfig(
        url=url + ("/v1" if api == "openai" else ""),
        model="m",
        max_attempts=2,
        backoff_base_s=0.01,
        backoff_cap_s=0.01,
    )

    result = extract_llm([PageInput("doc", 1, PAGE)], config)

    (failure,) = result.failures
    assert failure.attempts == 2
    assert failure.error.startswith("transport error")


def _long_page(line_count: int = 40) -> list[str]:
    return [f"line {i:03d} " + "x" * 40 + "\n" for i in range(line_count)]


def test_entity_across_the_naive_boundary_found_once(server: FakeLlmServer, api: str) -> None:
    lines = _long_page()
    text = "".join(lines)
    # Put the name across offset 500, where a fixed-width split would cut it.
    cut = 500 - 5
    page = text[:cut] + "OCEAN STAR" + text[cut:]
    assert page.index("OCEAN STAR") < 500 < page.index("OCEAN STAR") + len("OCEAN STAR")

    result = extract_llm(
        [PageInput("doc", 1, page)],
        make_config(server, api, max_chars_per_chunk=500, chunk_overlap_chars=100),
    )

    assert spans_of(result) == [expected(page, "VESSEL_NAME", "OCEAN STAR")]
    sizes = [len(r.chunk_text) for r in server.requests]
    assert len(sizes) > 1
    assert max(sizes) <= 500
    assert all(r.chunk_text.endswith("\n") for r in server.requests)


def test_overlap_rescues_an_entity_on_a_single_long_line(server: FakeLlmServer, api: str) -> None:
    # No newline to cut on: the overlap is what keeps the name whole in some chunk.
    page = "y" * 495 + "OCEAN STAR" + "y" * 340 + " PANAMA " + "y" * 500
    config = make_config(server, api, max_chars_per_chunk=500, chunk_overlap_chars=100)

    result = extract_llm([PageInput("doc", 1, page)], config)

    assert spans_of(result) == [
        expected(page, "VESSEL_NAME", "OCEAN STAR"),
        expected(page, "FLAG", "PANAMA"),
    ]
    # PANAMA sits in the overlap of chunks 2 and 3: both report it, the page keeps one.
    assert sum(r.chunk_text.count("PANAMA") for r in server.requests) == 2
    assert result.overlaps == 0


def test_chunks_cover_the_page_and_map_back() -> None:
    rng = random.Random(7)
    for _ in range(200):
        text = "".join(
            rng.choice(["word ", "\n", "OCEAN STAR ", "x" * rng.randint(1, 90)])
            for _ in range(rng.randint(0, 120))
        )
        chunks = chunk_page(text, 120, 30)
        assert chunks[0].start == 0
        for prev, nxt in itertools.pairwise(chunks):
            assert nxt.start <= prev.start + len(prev.text)
            assert nxt.start > prev.start
        assert chunks[-1].start + len(chunks[-1].text) == len(text)
        for chunk in chunks:
            assert len(chunk.text) <= 120
            assert text[chunk.start : chunk.start + len(chunk.text)] == chunk.text


@pytest.mark.parametrize("concurrency", [1, 3])
def test_concurrency_never_exceeds_the_limit(api: str, concurrency: int) -> None:
    pages = [PageInput(f"doc{i}", 1, PAGE) for i in range(10)]
    with FakeLlmServer(echo=ECHO, latency_s=0.05) as srv:
        srv.inject(Fault.http(503), times=2)
        result = extract_llm(pages, make_config(srv, api, concurrency=concurrency))

        assert srv.peak_in_flight == concurrency
    assert len(result.spans) == 10
    assert result.requests == 12


def test_api_key_is_sent_as_bearer_and_never_logged(
    server: FakeLlmServer, api: str, caplog: pytest.LogCaptureFixture
) -> None:
    secret = "sk-test-DO-NOT-LOG-42"
    caplog.set_level(logging.DEBUG)
    server.inject(Fault.http(500))
    server.inject(Fault.http(401), when=lambda text: "FORBIDDEN" in text)
    config = make_config(server, api, api_key=secret)
    pages = [PageInput("doc", 1, PAGE), PageInput("doc", 2, "FORBIDDEN\n" + PAGE)]

    result = extract_llm(pages, config)

    assert {r.headers["authorization"] for r in server.requests} == {f"Bearer {secret}"}
    assert [f.error for f in result.failures] == ["HTTP 401"]
    assert secret not in repr(config)
    assert "oceanid.preannotate.llm" in {r.name for r in caplog.records}
    assert secret not in caplog.text
    for sensitive in ("OCEAN STAR", "Panama City", "FORBIDDEN"):
        assert sensitive not in caplog.text


def test_no_authorization_header_without_key(server: FakeLlmServer, api: str) -> None:
    extract_llm([PageInput("doc", 1, PAGE)], make_config(server, api))

    assert "authorization" not in server.requests[0].headers


def test_sync_entry_point_works_inside_a_running_loop(server: FakeLlmServer) -> None:
    async def caller() -> LlmResult:
        return extract_llm([PageInput("doc", 1, PAGE)], make_config(server, "ollama"))

    assert len(spans_of(asyncio.run(caller()))) == len(ECHO)


def test_echo_responder_finds_every_occurrence_in_order() -> None:
    respond = echo_entities([("FLAG", "PANAMA"), ("VESSEL_NAME", "OCEAN STAR")])
    assert respond("OCEAN STAR, PANAMA; OCEAN STAR") == [
        {"label": "VESSEL_NAME", "text": "OCEAN STAR"},
        {"label": "FLAG", "text": "PANAMA"},
        {"label": "VESSEL_NAME", "text": "OCEAN STAR"},
    ]


def test_from_env_without_url_is_none(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("OCEANID_LLM_URL", "OCEANID_LLM_MODEL", "OCEANID_LLM_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    assert PreannotatorResource.from_env().llm_config() is None


def test_from_env_reads_url_model_and_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OCEANID_LLM_URL", "http://gpu-box:8000/v1")
    monkeypatch.setenv("OCEANID_LLM_MODEL", "qwen2.5:7b")
    monkeypatch.setenv("OCEANID_LLM_API_KEY", "sk-env")
    monkeypatch.setenv("OCEANID_LLM_CONCURRENCY", "3")

    config = PreannotatorResource.from_env().llm_config()

    assert config is not None
    assert (config.url, config.model, config.api_key) == (
        "http://gpu-box:8000/v1",
        "qwen2.5:7b",
        "sk-env",
    )
    assert config.resolved_api == "openai"
    assert config.endpoint == "http://gpu-box:8000/v1/chat/completions"
    assert config.concurrency == 3
    assert (config.timeout_s, config.max_chars_per_chunk, config.chunk_overlap_chars) == (
        120.0,
        6000,
        200,
    )
    assert (config.max_attempts, config.confidence) == (4, 0.6)


def test_from_env_url_without_model_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OCEANID_LLM_URL", "http://localhost:11434")
    monkeypatch.delenv("OCEANID_LLM_MODEL", raising=False)
    with pytest.raises(ValueError, match="OCEANID_LLM_MODEL"):
        PreannotatorResource.from_env().llm_config()


@pytest.mark.parametrize(
    ("url", "api", "endpoint"),
    [
        ("http://localhost:11434", "ollama", "http://localhost:11434/api/chat"),
        ("http://ollama.internal/api/chat", "ollama", "http://ollama.internal/api/chat"),
        ("http://10.0.0.5:9999/", "ollama", "http://10.0.0.5:9999/api/chat"),
        ("https://llm.example/v1", "openai", "https://llm.example/v1/chat/completions"),
        ("https://llm.example/v1/", "openai", "https://llm.example/v1/chat/completions"),
        ("http://vllm:8000", "openai", "http://vllm:8000/v1/chat/completions"),
    ],
)
def test_auto_api_detection(url: str, api: str, endpoint: str) -> None:
    config = LlmConfig(url=url, model="m")
    assert (config.resolved_api, config.endpoint) == (api, endpoint)


def test_config_validation() -> None:
    with pytest.raises(ValueError, match="concurrency"):
        LlmConfig(url="http://x", model="m", concurrency=5)
    with pytest.raises(ValueError, match="api"):
        LlmConfig(url="http://x", model="m", api="grpc")  # type: ignore[arg-type]


def test_parse_retry_after() -> None:
    assert parse_retry_after("2") == 2.0
    assert parse_retry_after(None) is None
    assert parse_retry_after("soon") is None
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412480.0 - 10) == 10.0
