"""The autoload sensor through Dagster's sensor context, against a real md_annotated file."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from dagster import DagsterInstance, SensorResult, SkipReason, build_sensor_context

from oceanid_assets.backoff import Backoff
from oceanid_assets.db.sql import run_sql_file
from oceanid_assets.defs.argilla import sensors as autoload
from oceanid_assets.defs.argilla.sensors import argilla_autoload_sensor
from oceanid_assets.ingest.text import sha256_hex
from oceanid_assets.resources.databases import DuckDBDatabase, ReadOnlyDatabases
from oceanid_assets.resources.object_store import ObjectStoreResource
from oceanid_assets.storage.layout import records_key


@pytest.fixture
def annotated_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> DuckDBDatabase:
    path = tmp_path / "md_annotated.duckdb"
    monkeypatch.setenv("OCEANID_SENSOR_INTERVAL_SECONDS", "30")
    return DuckDBDatabase(database=str(path), schema_file="annotated_schema.sql")


def _tick(  # type: ignore[no-untyped-def]
    instance: DagsterInstance,
    resource: ObjectStoreResource,
    cursor: str | None,
    annotated_db: DuckDBDatabase,
):
    readers = ReadOnlyDatabases(raw_url=":memory:", annotated_url=annotated_db.database)
    resources = {"object_store": resource, "readers": readers}
    with build_sensor_context(instance=instance, cursor=cursor, resources=resources) as context:
        return argilla_autoload_sensor(context)


def _log(db: DuckDBDatabase, batch: str, sha: str, status: str) -> None:
    with db.connect() as conn:
        run_sql_file(
            conn,
            "record_argilla_ingest.sql",
            {
                "dataset": f"vessels_ocr_{batch}",
                "batch_id": batch,
                "records_uri": records_key(batch),
                "records_sha256": sha,
                "record_count": 3,
                "records_pushed": 3 if status == "succeeded" else 0,
                "spans_rejected": 0,
                "status": status,
                "error": None if status == "succeeded" else "ConnectError: refused",
                "started_at": datetime.now(UTC),
                "dagster_run_id": "test",
            },
        )


def test_hand_drop_is_pushed_once_and_a_duplicate_is_ignored(
    store_resource: ObjectStoreResource, annotated_db: DuckDBDatabase
) -> None:
    store = store_resource.get_store()
    store.write_bytes(records_key("hand-1"), b"records v1")
    instance = DagsterInstance.ephemeral()
    result = _tick(instance, store_resource, None, annotated_db)
    assert isinstance(result, SensorResult)
    (request,) = result.run_requests or []
    sha = sha256_hex(b"records v1")
    assert request.partition_key == "hand-1"
    assert request.run_key == f"{records_key('hand-1')}@{sha}#1"
    assert request.tags["oceanid/records_sha256"] == sha
    assert [list(r.partition_keys) for r in result.dynamic_partitions_requests or []] == [
        ["hand-1"]
    ]

    _log(annotated_db, "hand-1", sha, "succeeded")
    again = _tick(instance, store_resource, result.cursor, annotated_db)
    assert isinstance(again, SensorResult) and not again.run_requests

    store.write_bytes(records_key("hand-1"), b"records v1")  # the same bytes dropped again
    dup = _tick(instance, store_resource, again.cursor, annotated_db)
    assert isinstance(dup, SensorResult) and not dup.run_requests

    store.write_bytes(records_key("hand-1"), b"records v2")  # changed content: pushed again
    changed = _tick(instance, store_resource, dup.cursor, annotated_db)
    assert isinstance(changed, SensorResult)
    assert [r.tags["oceanid/records_sha256"] for r in changed.run_requests or []] == [
        sha256_hex(b"records v2")
    ]


def test_failed_push_is_retried_with_a_new_run_key(
    store_resource: ObjectStoreResource,
    annotated_db: DuckDBDatabase,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The backoff timing itself is tested in test_records_scan; here a zero interval makes the
    # retry due at once, so the test sees the sensor read the failure from the real log.
    monkeypatch.setattr(autoload, "RETRY", Backoff(base_s=0, cap_s=0, max_attempts=8))
    store = store_resource.get_store()
    store.write_bytes(records_key("b2"), b"records")
    sha = sha256_hex(b"records")
    _log(annotated_db, "b2", sha, "failed")
    _log(annotated_db, "b2", sha, "failed")
    retry = _tick(DagsterInstance.ephemeral(), store_resource, None, annotated_db)
    assert isinstance(retry, SensorResult)
    assert [r.run_key for r in retry.run_requests or []] == [f"{records_key('b2')}@{sha}#3"]
    assert [r.tags["oceanid/attempt"] for r in retry.run_requests or []] == ["3"]


def test_tick_skips_while_another_process_writes_md_annotated(
    store_resource: ObjectStoreResource, annotated_db: DuckDBDatabase
) -> None:
    store_resource.get_store().write_bytes(records_key("b3"), b"records")
    with annotated_db.connect():
        pass  # create the file and its tables
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('locked', "
            "flush=True); time.sleep(60)",
            annotated_db.database,
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        result = _tick(DagsterInstance.ephemeral(), store_resource, None, annotated_db)
        assert isinstance(result, SkipReason)
        assert "md_annotated is busy" in (result.skip_message or "")
    finally:
        holder.kill()
        holder.wait()
