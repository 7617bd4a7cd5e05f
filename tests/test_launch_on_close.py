"""Closing a batch in the upload service launches its ingest run at once, through the real
Dagster webserver's GraphQL API, and the drop sensor leaves that batch to the run (no second
run); a launch that fails still closes the batch and hands it to the sensor."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
from dagster import DagsterInstance, RunsFilter
from starlette.testclient import TestClient

from oceanid_assets import config
from oceanid_assets.db.connect import connect_reader
from oceanid_assets.instance import prepare_dagster_home
from oceanid_assets.resources.object_store import ObjectStoreResource
from oceanid_assets.storage.store import LocalStore
from oceanid_assets.upload.app import create_app
from oceanid_dev.argilla_local.launcher import start_local_argilla
from oceanid_dev.demo import once
from oceanid_dev.demo.batch import upload_demo_batch
from oceanid_dev.upload_process import running_upload_service, stop_process
from tests.conftest import ARGILLA_TEST_API_KEY, free_port, make_pdf, upload_settings

BATCH = "closed-now"
TIMEOUT_S = 300


def test_a_closed_batch_runs_at_once_in_the_run_the_upload_service_launched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with start_local_argilla(
        tmp_path / "argilla", free_port(), ARGILLA_TEST_API_KEY, reuse=False, timeout=120
    ) as argilla:
        for name in list(os.environ):
            if name.startswith(("OCEANID_", "MD_", "DAGSTER_", "ARGILLA_")):
                monkeypatch.delenv(name)
        web_port = free_port()
        monkeypatch.setenv("OCEANID_HOME", str(tmp_path / "home"))
        monkeypatch.setenv("ARGILLA_API_URL", argilla.api_url)
        monkeypatch.setenv("ARGILLA_API_KEY", argilla.api_key)
        monkeypatch.setenv("OCEANID_SENSOR_INTERVAL_SECONDS", "2")
        monkeypatch.setenv("OCEANID_DAGSTER_GRAPHQL_URL", f"http://127.0.0.1:{web_port}/graphql")
        prepare_dagster_home()
        store = ObjectStoreResource.from_env().get_store()
        logs = tmp_path / "home" / "logs"
        webserver = once.start_webserver(logs / "dagster-webserver.log", web_port)
        daemon = once.start_daemon(logs / "dagster-daemon.log")
        try:
            once.wait_for_webserver(webserver, web_port, timeout_s=120)
            with running_upload_service(free_port()) as client:
                batch = upload_demo_batch(client, store, BATCH, pages=6, seed=11)
            with DagsterInstance.get() as instance:
                outcome = once.wait_for_batch(
                    instance, BATCH, once.batch_asset_keys(), time.time() - 60, TIMEOUT_S, daemon
                )
                assert outcome.ok, f"{outcome.message}\n{_tail(logs / 'dagster-daemon.log')}"
                _wait_for_drop_sensor_ticks(instance, 2)
                records = instance.get_run_records(RunsFilter(tags={"dagster/partition": BATCH}))
        finally:
            once.stop_daemon(daemon)
            stop_process(webserver)

    assert batch.run_id is not None
    (run,) = [record.dagster_run for record in records]
    assert run.run_id == batch.run_id and run.job_name == "ingest_batch"
    assert run.status.value == "SUCCESS"
    assert run.tags["oceanid/launched_on_close"] == BATCH
    assert run.tags["oceanid/new_documents"] == str(len(batch.receipts))
    assert "dagster/sensor_name" not in run.tags  # not the sensor's: it left the batch alone
    marker = json.loads(store.read_bytes(f"uploads/{BATCH}/_CLOSED"))
    assert marker["run_launch"] == "upload-service"
    with connect_reader(config.annotated_db_url(), busy_timeout_s=60) as conn:
        pushed = conn.execute(
            "SELECT status, record_count FROM argilla_ingest_log WHERE batch_id = ?", [BATCH]
        ).fetchall()
    assert pushed == [("succeeded", batch.pages)]


def test_a_failed_launch_still_closes_the_batch_and_hands_it_to_the_sensor(
    tmp_path: Path,
) -> None:
    store = LocalStore(tmp_path / "store")
    # Nothing listens on the webserver's address: the launch fails fast.
    dead = f"http://127.0.0.1:{free_port()}/graphql"
    settings = upload_settings(tmp_path, dagster_graphql_url=dead)
    with TestClient(create_app(store, settings)) as client:
        files = {"file": ("a.pdf", make_pdf(["IMO 9074729"]), "application/pdf")}
        assert client.post("/upload", data={"batch_id": "b1"}, files=files).status_code == 201
        answer = client.post("/batches/b1/close").json()
        metrics = client.get("/metrics").text
        again = client.post("/batches/b1/close").json()
    assert answer["closed"] is True and answer["run_id"] is None
    assert answer["run_launch_error"].startswith(f"Dagster webserver at {dead}: ")
    marker = json.loads(store.read_bytes("uploads/b1/_CLOSED"))
    assert marker["run_launch"] == "sensor"
    assert marker["run_launch_error"] == answer["run_launch_error"]
    assert 'oceanid_upload_run_launches_total{outcome="failed"} 1' in metrics
    # A second close changes nothing and launches nothing.
    assert again == {"batch_id": "b1", "closed": True, "marker": "uploads/b1/_CLOSED"}


def _wait_for_drop_sensor_ticks(instance: DagsterInstance, count: int) -> None:
    """Until the drop sensor has finished `count` ticks after the batch's run ended."""
    (state,) = [
        s for s in instance.all_instigator_state() if s.instigator_name == "batch_drop_sensor"
    ]
    ended = max(
        (
            r.end_time or 0.0
            for r in instance.get_run_records(RunsFilter(tags={"dagster/partition": BATCH}))
        ),
        default=0.0,
    )
    deadline = time.monotonic() + TIMEOUT_S
    while time.monotonic() < deadline:
        ticks = instance.get_ticks(state.instigator_origin_id, state.selector_id, after=ended)
        if sum(1 for t in ticks if t.status.value in ("SUCCESS", "SKIPPED")) >= count:
            return
        time.sleep(1.0)
    raise AssertionError("the drop sensor did not tick after the run")


def _tail(log: Path, lines: int = 40) -> str:
    if not log.exists():
        return ""
    return "\n".join(log.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
