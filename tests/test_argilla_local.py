"""The local Argilla server: real argilla-server 2.8 from .venv-argilla, the in-memory search
engine, in-process jobs, and the launcher. Everything goes through the SDK or HTTP."""

from __future__ import annotations

import json
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any

import argilla as rg
import httpx
import pytest

from oceanid_assets.cli import main
from oceanid_dev.argilla_local import defaults
from oceanid_dev.argilla_local.launcher import (
    LocalArgilla,
    LocalArgillaError,
    embedded_argilla,
    start_local_argilla,
)
from tests.conftest import ARGILLA_TEST_API_KEY, free_port

NAMES = ["OCEAN STAR", "SEA WIND", "BLUE MARLIN", "NORTH CAPE", "RED CORAL"]
FLAGS = ["PA", "ES", "LR"]
N = 30


def page_text(i: int) -> str:
    return (
        f"Vessel name: {NAMES[i % 5]}  IMO 9{i:06d}  Flag: {FLAGS[i % 3]}\n"
        f"Licence {2026 - i % 4}/{i:03d} issued at the port of registry."
    )


def spans(i: int) -> list[dict[str, Any]]:
    text = page_text(i)
    name, imo = NAMES[i % 5], f"9{i:06d}"
    return [
        {"start": text.index(name), "end": text.index(name) + len(name), "label": "VESSEL_NAME"},
        {"start": text.index(imo), "end": text.index(imo) + len(imo), "label": "IMO"},
    ]


def record(i: int, batch: str = "b1") -> rg.Record:
    return rg.Record(
        id=f"d{i:02d}:1",
        fields={"text": page_text(i)},
        metadata={"flag": FLAGS[i % 3], "page": i, "conf": round(0.5 + i / 100, 2), "batch": batch},
        suggestions=[
            rg.Suggestion("spans", spans(i), score=[0.9, 0.8], agent="rules"),
            rg.Suggestion("ok", "yes" if i % 2 == 0 else "no", score=0.7, agent="model-a"),
        ],
    )


def settings() -> rg.Settings:
    return rg.Settings(
        fields=[rg.TextField(name="text")],
        questions=[
            rg.SpanQuestion(
                name="spans", field="text", labels=["VESSEL_NAME", "IMO"], allow_overlapping=False
            ),
            rg.LabelQuestion(name="ok", labels=["yes", "no"]),
        ],
        metadata=[
            rg.TermsMetadataProperty(name="flag"),
            rg.IntegerMetadataProperty(name="page"),
            rg.FloatMetadataProperty(name="conf"),
            rg.TermsMetadataProperty(name="batch"),
        ],
    )


@pytest.fixture(scope="module")
def client(argilla_server: LocalArgilla) -> rg.Argilla:
    return rg.Argilla(api_url=argilla_server.api_url, api_key=argilla_server.api_key)


@pytest.fixture(scope="module")
def dataset(client: rg.Argilla) -> rg.Dataset:
    ds = rg.Dataset(
        name="vessels_ocr_local-test", workspace="argilla", settings=settings(), client=client
    )
    ds.create()
    ds.records.log([record(i) for i in range(N)], batch_size=12)
    return ds


@pytest.fixture(scope="module")
def http(argilla_server: LocalArgilla) -> Iterator[httpx.Client]:
    with httpx.Client(
        base_url=argilla_server.api_url,
        headers={"X-Argilla-Api-Key": argilla_server.api_key},
        timeout=30,
    ) as client:
        yield client


def ids(records: Any) -> list[str]:
    return sorted(str(r.id) for r in records)


def search(http: httpx.Client, ds: rg.Dataset, body: dict[str, Any], **params: Any) -> Any:
    response = http.post(f"/api/v1/datasets/{ds.id}/records/search", json=body, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def metadata(name: str) -> dict[str, str]:
    return {"entity": "metadata", "metadata_property": name}


# --- the server --------------------------------------------------------------------------------


def test_web_ui_and_status(argilla_server: LocalArgilla) -> None:
    ui = httpx.get(argilla_server.api_url + "/")
    assert ui.status_code == 200
    assert ui.headers["content-type"].startswith("text/html")
    assert "<html" in ui.text.lower()
    status = httpx.get(argilla_server.api_url + "/api/v1/status").json()
    assert status["version"] == "2.8.0"
    assert status["search_engine"]["name"] == "oceanid-memory"


def test_owner_user_has_the_given_key(argilla_server: LocalArgilla, client: rg.Argilla) -> None:
    assert client.me.username == defaults.USERNAME
    assert client.me.role == "owner"
    wrong = httpx.get(
        argilla_server.api_url + "/api/v1/me", headers={"X-Argilla-Api-Key": "not-the-key"}
    )
    assert wrong.status_code == 401


# --- records, search, metrics ------------------------------------------------------------------


def test_records_counted_by_database_and_search_engine(dataset: rg.Dataset) -> None:
    assert len(list(dataset.records)) == N  # SQL listing
    assert dataset.progress()["total"] == N  # the search engine's count


def test_span_suggestions_round_trip(dataset: rg.Dataset) -> None:
    [found] = list(dataset.records(query=rg.Query(filter=("id", "==", "d07:1"))))
    suggestion = found.suggestions["spans"]
    assert suggestion.value == spans(7)
    assert suggestion.score == [0.9, 0.8]
    assert found.metadata["page"] == 7


def test_query_and_metadata_filter(dataset: rg.Dataset) -> None:
    query = rg.Query(query="blue marlin", filter=rg.Filter(("metadata.flag", "==", "PA")))
    expected = [f"d{i:02d}:1" for i in range(N) if i % 5 == 2 and i % 3 == 0]
    assert expected  # a strict subset of both conditions alone
    assert ids(dataset.records(query=query)) == expected
    # Words are matched whole and all must occur: "blue" alone matches more, "blue cape" none.
    assert len(list(dataset.records(query=rg.Query(query="blue")))) == N // 5
    assert list(dataset.records(query=rg.Query(query="blue cape"))) == []
    assert ids(dataset.records(query=rg.Query(query="9000012"))) == ["d12:1"]


def test_range_and_suggestion_filters(dataset: rg.Dataset) -> None:
    conditions = [
        ("metadata.page", ">=", 10),
        ("metadata.page", "<=", 19),
        ("ok.suggestion", "==", "yes"),
    ]
    expected = [f"d{i:02d}:1" for i in range(10, 20) if i % 2 == 0]
    assert ids(dataset.records(query=rg.Query(filter=rg.Filter(conditions)))) == expected
    by_agent = rg.Query(filter=("ok.agent", "==", "model-a"))
    assert len(list(dataset.records(query=by_agent))) == N


def test_sort_by_metadata_and_paginate(http: httpx.Client, dataset: rg.Dataset) -> None:
    body = {
        "filters": {"and": [{"type": "terms", "scope": metadata("flag"), "values": ["ES"]}]},
        "sort": [{"scope": metadata("conf"), "order": "desc"}],
    }
    expected = [f"d{i:02d}:1" for i in sorted(range(N), reverse=True) if i % 3 == 1]
    pages, totals = [], set()
    for offset in range(0, len(expected) + 4, 4):
        result = search(http, dataset, body, offset=offset, limit=4)
        totals.add(result["total"])
        pages.extend(item["record"]["external_id"] for item in result["items"])
    assert pages == expected
    assert totals == {len(expected)}
    body["sort"] = [{"scope": metadata("page"), "order": "asc"}]
    first = search(http, dataset, body, limit=3)["items"]
    assert [item["record"]["external_id"] for item in first] == sorted(expected)[:3]


def test_metadata_metrics(http: httpx.Client, dataset: rg.Dataset) -> None:
    def metrics(name: str) -> Any:
        prop = dataset.settings.metadata[name]
        return http.get(f"/api/v1/metadata-properties/{prop.id}/metrics").json()

    flag = metrics("flag")
    assert flag["total"] == N
    assert {v["term"]: v["count"] for v in flag["values"]} == {"PA": 10, "ES": 10, "LR": 10}
    assert (metrics("page")["min"], metrics("page")["max"]) == (0, N - 1)
    conf = metrics("conf")
    assert (conf["min"], conf["max"]) == pytest.approx((0.5, 0.79))


def test_upsert_by_id_keeps_count_and_updates_the_index(dataset: rg.Dataset) -> None:
    dataset.records.log([record(i, batch="b2") for i in range(10)])
    assert len(list(dataset.records)) == N
    assert dataset.progress()["total"] == N
    moved = rg.Query(filter=("metadata.batch", "==", "b2"))
    assert ids(dataset.records(query=moved)) == [f"d{i:02d}:1" for i in range(10)]
    stayed = rg.Query(filter=("metadata.batch", "==", "b1"))
    assert len(list(dataset.records(query=stayed))) == N - 10


def test_response_changes_progress_and_dataset_update_job_runs(
    client: rg.Argilla, http: httpx.Client, dataset: rg.Dataset
) -> None:
    [target] = list(dataset.records(query=rg.Query(filter=("id", "==", "d03:1"))))
    for question, value in [("spans", spans(3)), ("ok", "no")]:
        target.responses.add(rg.Response(question, value, user_id=client.me.id, status="submitted"))
    dataset.records.log([target])

    assert dataset.progress() == {"total": N, "completed": 1, "pending": N - 1}
    mine = http.get(f"/api/v1/me/datasets/{dataset.id}/metrics").json()["responses"]
    assert (mine["submitted"], mine["pending"]) == (1, N - 1)
    submitted = rg.Query(filter=("response.status", "==", "submitted"))
    assert ids(dataset.records(query=submitted)) == ["d03:1"]
    answered_no = rg.Query(filter=("ok.response", "==", "no"))
    assert ids(dataset.records(query=answered_no)) == ["d03:1"]
    pending = rg.Query(filter=("response.status", "==", "pending"))
    assert len(list(dataset.records(query=pending))) == N - 1

    # Updating the dataset enqueues argilla_server's update_dataset_records_status_job, run
    # in-process here: with two submissions needed, the record is pending again.
    dataset.settings.distribution = rg.TaskDistribution(min_submitted=2)
    dataset.update()
    deadline = time.monotonic() + 15
    while dataset.progress()["completed"] and time.monotonic() < deadline:
        time.sleep(0.2)
    assert dataset.progress() == {"total": N, "completed": 0, "pending": N}
    done = rg.Query(filter=("status", "==", "completed"))
    assert list(dataset.records(query=done)) == []


def test_webhooks_still_fire_with_the_throughput_patches(client: rg.Argilla) -> None:
    received: list[str] = []

    class Hook(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["content-length"]))
            received.append(json.loads(body)["type"])
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    listener = HTTPServer(("127.0.0.1", 0), Hook)
    threading.Thread(target=listener.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{listener.server_port}/hook"
    webhook = rg.Webhook(url=url, events=["record.created", "record.updated"], _client=client)
    webhook.create()
    try:
        ds = rg.Dataset(name="webhooks", workspace="argilla", settings=settings(), client=client)
        ds.create()
        ds.records.log([record(i) for i in range(3)])
        ds.records.log([record(i, batch="b2") for i in range(2)])
        deadline = time.monotonic() + 15
        while len(received) < 5 and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        webhook.delete()
        listener.shutdown()
    assert sorted(received) == ["record.created"] * 3 + ["record.updated"] * 2


# --- restarts, reuse, faults -------------------------------------------------------------------


def test_restart_rebuilds_the_index_from_the_database(tmp_path: Path) -> None:
    home, port = tmp_path / "argilla", free_port()
    with start_local_argilla(home, port, ARGILLA_TEST_API_KEY, reuse=False) as first:
        client = rg.Argilla(api_url=first.api_url, api_key=first.api_key)
        ds = rg.Dataset(name="restart", workspace="argilla", settings=settings(), client=client)
        ds.create()
        ds.records.log([record(i) for i in range(6)])
    assert first.process is not None and first.process.poll() is not None

    with start_local_argilla(home, port, ARGILLA_TEST_API_KEY, reuse=False) as second:
        client = rg.Argilla(api_url=second.api_url, api_key=second.api_key)
        ds = client.datasets(name="restart", workspace="argilla")
        assert ds.progress()["total"] == 6
        query = rg.Query(query="ocean star", filter=("metadata.page", "<=", 5))
        assert ids(ds.records(query=query)) == ["d00:1", "d05:1"]

        reused = start_local_argilla(home, port, ARGILLA_TEST_API_KEY)
        assert not reused.started_here and reused.api_url == second.api_url
        reused.stop()  # leaves the server it did not start running
        assert second.process is not None and second.process.poll() is None
        with pytest.raises(LocalArgillaError, match="rejects this API key"):
            start_local_argilla(home, port, "another.key")
    assert "search index rebuilt: 1 datasets, 6 records" in (home / "server.log").read_text()


def test_missing_argilla_python_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / "no-venv" / "bin" / "python"
    monkeypatch.setenv("OCEANID_ARGILLA_PYTHON", str(missing))
    with pytest.raises(LocalArgillaError, match="run `make setup`") as error:
        start_local_argilla(tmp_path / "home", free_port(), ARGILLA_TEST_API_KEY)
    assert str(missing) in str(error.value)


def test_server_that_exits_early_reports_its_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The main environment's Python has neither argilla_server nor fakeredis.
    monkeypatch.setenv("OCEANID_ARGILLA_PYTHON", sys.executable)
    started = time.monotonic()
    with pytest.raises(LocalArgillaError, match="exited with code 1") as error:
        start_local_argilla(tmp_path / "home", free_port(), ARGILLA_TEST_API_KEY, timeout=60)
    assert "ModuleNotFoundError" in str(error.value)
    assert time.monotonic() - started < 30


def test_cli_reuses_a_running_server_and_never_prints_a_key_from_the_environment(
    argilla_server: LocalArgilla,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("ARGILLA_API_KEY", argilla_server.api_key)
    port = argilla_server.api_url.rsplit(":", 1)[1]
    assert main(["argilla-local", "--port", port, "--home", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert argilla_server.api_url in out and "already running" in out
    assert argilla_server.api_key not in out


def test_embedded_default_starts_nothing_when_argilla_api_url_is_set(
    argilla_server: LocalArgilla, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OCEANID_HOME", str(tmp_path))
    monkeypatch.setenv("OCEANID_ARGILLA_PORT", argilla_server.api_url.rsplit(":", 1)[1])
    monkeypatch.setenv("ARGILLA_API_KEY", argilla_server.api_key)
    monkeypatch.setenv("ARGILLA_API_URL", "https://argilla.example.org")
    with embedded_argilla() as server:
        assert server is None
    assert not (tmp_path / "argilla").exists()
    monkeypatch.delenv("ARGILLA_API_URL")
    with embedded_argilla() as server:  # unset: the local server on that port, reused here
        assert server is not None and server.api_url == argilla_server.api_url
        assert not server.started_here


def test_demo_and_argilla_local_print_how_to_sign_in_without_secrets_from_the_env(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from oceanid_assets.cli import _local_login
    from oceanid_dev.argilla_local import defaults

    monkeypatch.delenv("ARGILLA_API_KEY", raising=False)
    monkeypatch.delenv(defaults.PASSWORD_ENV, raising=False)
    line = _local_login("argilla")
    assert defaults.LOCAL_API_KEY in line and defaults.LOCAL_PASSWORD in line
    monkeypatch.setenv("ARGILLA_API_KEY", "secret-key-from-env")
    monkeypatch.setenv(defaults.PASSWORD_ENV, "secret-password-from-env")
    line = _local_login("argilla")
    assert "secret" not in line
    assert "$ARGILLA_API_KEY" in line and f"${defaults.PASSWORD_ENV}" in line


# --- throughput patches: same records, same refusals -------------------------------------------


def _pairwise_overlap(spans: list[tuple[int, int]]) -> bool:
    """argilla_server 2.8's own rule (SpanQuestionResponseValueValidator), restated."""
    return any(
        i != j and s1 < e2 and e1 > s2
        for i, (s1, e1) in enumerate(spans)
        for j, (s2, e2) in enumerate(spans)
    )


def test_sorted_overlap_check_agrees_with_argilla_servers_pairwise_check() -> None:
    import random
    from types import SimpleNamespace

    from oceanid_dev.argilla_local.server import _spans_do_not_overlap

    rng = random.Random(18)
    cases = [[(0, 5), (5, 9)], [(5, 9), (0, 5)], [(0, 5), (0, 5)], [(10, 20), (0, 5), (12, 14)]]
    for _ in range(3000):
        cases.append(
            [
                (s, s + rng.randint(1, 6))
                for s in (rng.randint(0, 40) for _ in range(rng.randint(0, 8)))
            ]
        )
    verdicts = set()
    for spans in cases:
        values = [SimpleNamespace(start=s, end=e, label="IMO") for s, e in spans]
        fast = _spans_do_not_overlap(values)
        assert fast == (not _pairwise_overlap(spans)), spans
        verdicts.add(fast)
    assert verdicts == {True, False}
    # Whatever it cannot vouch for goes to argilla_server's own check.
    assert not _spans_do_not_overlap([SimpleNamespace(start=5, end=5, label="IMO")])
    assert not _spans_do_not_overlap([{"start": 0, "end": 5}])


@pytest.fixture(scope="module")
def patched_dataset(client: rg.Argilla) -> rg.Dataset:
    ds = rg.Dataset(
        name="throughput-patches", workspace="argilla", settings=settings(), client=client
    )
    return ds.create()


def _bulk(http: httpx.Client, ds: rg.Dataset, external_id: str, text: str, value: Any) -> Any:
    question_id = str(ds.settings.questions["spans"].id)
    item = {
        "external_id": external_id,
        "fields": {"text": text},
        "suggestions": [
            {
                "question_id": question_id,
                "type": "model",
                "value": value,
                "score": [round(0.5 + i / 1000, 3) for i in range(len(value))],
                "agent": "rules-v2",
            }
        ],
    }
    return http.put(f"/api/v1/datasets/{ds.id}/records/bulk", json={"items": [item]})


def test_many_spans_are_stored_as_sent_and_overlaps_still_refused(
    http: httpx.Client, patched_dataset: rg.Dataset
) -> None:
    text = " ".join(f"IMO9{i:06d}" for i in range(300))
    value = [
        {"start": i * 11, "end": i * 11 + 10, "label": "IMO" if i % 2 else "VESSEL_NAME"}
        for i in range(300)
    ][::-1]  # unsorted is allowed; only overlap is not
    response = _bulk(http, patched_dataset, "many:1", text, value)
    assert response.status_code == 200, response.text
    listed = http.get(
        f"/api/v1/datasets/{patched_dataset.id}/records", params={"include": "suggestions"}
    ).json()["items"]
    (stored,) = [r for r in listed if r["external_id"] == "many:1"]
    (suggestion,) = stored["suggestions"]
    assert suggestion["value"] == value
    assert suggestion["score"] == [round(0.5 + i / 1000, 3) for i in range(300)]
    assert stored["fields"] == {"text": text}

    overlapping = [
        {"start": 10, "end": 20, "label": "IMO"},
        {"start": 0, "end": 5, "label": "IMO"},
        {"start": 12, "end": 14, "label": "IMO"},
    ]
    refused = _bulk(http, patched_dataset, "overlap:1", text, overlapping)
    assert refused.status_code == 422
    # argilla_server's own message, naming the pair its pairwise scan meets first.
    assert "overlapping values found between spans at index idx=0 and idx=2" in refused.text
    listed = http.get(f"/api/v1/datasets/{patched_dataset.id}/records").json()["items"]
    assert "overlap:1" not in [r["external_id"] for r in listed]


def test_loopback_server_answers_uncompressed_with_the_same_content(
    http: httpx.Client, patched_dataset: rg.Dataset
) -> None:
    stored = _bulk(
        http,
        patched_dataset,
        "plain:1",
        "IMO 9123456 " * 100,
        [{"start": 4, "end": 11, "label": "IMO"}],
    )
    assert stored.status_code == 200, stored.text
    response = http.get(
        f"/api/v1/datasets/{patched_dataset.id}/records",
        params={"include": "suggestions"},
        headers={"Accept-Encoding": "gzip, br"},
    )
    assert response.status_code == 200
    assert len(response.content) > 512  # argilla_server compresses anything larger
    assert "content-encoding" not in response.headers
    assert any(r["external_id"] == "plain:1" for r in response.json()["items"])


def test_compression_is_only_removed_on_a_loopback_address() -> None:
    """Run where brotli_asgi and starlette live (.venv-argilla): an app built like argilla's."""
    import subprocess

    from oceanid_dev.argilla_local.launcher import REPO_ROOT, argilla_python

    script = (
        "from brotli_asgi import BrotliMiddleware\n"
        "from starlette.applications import Starlette\n"
        "from starlette.middleware.cors import CORSMiddleware\n"
        "from oceanid_dev.argilla_local.server import _serve_uncompressed\n"
        "def app():\n"
        "    a = Starlette()\n"
        "    a.add_middleware(CORSMiddleware)\n"
        "    a.add_middleware(BrotliMiddleware, minimum_size=512, quality=7)\n"
        "    return a\n"
        "for host in ('0.0.0.0', '192.168.1.5', '127.0.0.1', 'localhost'):\n"
        "    a = app()\n"
        "    removed = _serve_uncompressed(a, host)\n"
        "    print(host, removed, [m.cls.__name__ for m in a.user_middleware])\n"
    )
    done = subprocess.run(
        [str(argilla_python()), "-c", script],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert done.stdout.splitlines() == [
        "0.0.0.0 False ['BrotliMiddleware', 'CORSMiddleware']",
        "192.168.1.5 False ['BrotliMiddleware', 'CORSMiddleware']",
        "127.0.0.1 True ['CORSMiddleware']",
        "localhost True ['CORSMiddleware']",
    ]
