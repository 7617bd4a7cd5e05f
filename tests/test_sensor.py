"""The drop sensor through Dagster's own sensor context, over both store backends."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
import uuid6
from dagster import DagsterInstance, SensorResult, build_sensor_context

from oceanid_assets.defs.batches import batch_partitions
from oceanid_assets.defs.raw import sensors as raw_sensors
from oceanid_assets.defs.raw.sensors import batch_drop_sensor
from oceanid_assets.ingest.drop_scan import LOOKBACK_MS, DropCursor, scan_store, uuid7_ms
from oceanid_assets.ingest.receipts import store_document
from oceanid_assets.resources.object_store import ObjectStoreResource
from oceanid_assets.storage.store import LocalStore, Store


class Ticker:
    """Runs the sensor tick after tick the way the daemon does: cursor carried, partitions added."""

    def __init__(self, resource: ObjectStoreResource) -> None:
        self.instance = DagsterInstance.ephemeral()
        self.resource = resource
        self.cursor: str | None = None

    def tick(self) -> SensorResult:
        with build_sensor_context(
            instance=self.instance, cursor=self.cursor, resources={"object_store": self.resource}
        ) as context:
            result = batch_drop_sensor(context)
        assert isinstance(result, SensorResult)
        self.cursor = result.cursor
        for request in result.dynamic_partitions_requests or []:
            self.instance.add_dynamic_partitions(
                request.partitions_def_name, request.partition_keys
            )
        return result


def _pdf(store: Store, batch: str, name: str = "a.pdf") -> str:
    return store_document(store, batch, b"%PDF-1.7 test " + name.encode(), name).doc_id


def test_new_batch_registers_partition_and_requests_run(
    store_resource: ObjectStoreResource,
) -> None:
    store = store_resource.get_store()
    _pdf(store, "b1", "a.pdf")
    _pdf(store, "b1", "b.pdf")
    ticker = Ticker(store_resource)
    result = ticker.tick()
    assert [
        (r.partition_key, r.tags["oceanid/new_documents"]) for r in result.run_requests or []
    ] == [("b1", "2")]
    requests = result.dynamic_partitions_requests or []
    assert [(r.partitions_def_name, list(r.partition_keys)) for r in requests] == [
        (batch_partitions.name, ["b1"])
    ]


def test_repeated_tick_requests_nothing(store_resource: ObjectStoreResource) -> None:
    _pdf(store_resource.get_store(), "b1")
    ticker = Ticker(store_resource)
    first = ticker.tick()
    second = ticker.tick()
    assert len(first.run_requests or []) == 1
    assert second.run_requests == [] and second.dynamic_partitions_requests == []


def test_late_document_requests_a_new_run_for_the_same_partition(
    store_resource: ObjectStoreResource,
) -> None:
    store = store_resource.get_store()
    _pdf(store, "b1", "first.pdf")
    ticker = Ticker(store_resource)
    first = (ticker.tick().run_requests or [])[0]
    _pdf(store, "b1", "late.pdf")
    late = ticker.tick()
    (request,) = late.run_requests or []
    assert request.partition_key == "b1" and request.tags["oceanid/new_documents"] == "1"
    assert request.run_key != first.run_key
    assert late.dynamic_partitions_requests == []  # the partition exists already


def test_ocr_success_marker_and_its_rewrite(store_resource: ObjectStoreResource) -> None:
    store = store_resource.get_store()
    store.write_bytes("ocr/drop-1/pages/part-0.parquet", b"PAR1")
    ticker = Ticker(store_resource)
    assert ticker.tick().run_requests == []  # no _SUCCESS yet: the drop is not closed
    store.write_bytes("ocr/drop-1/_SUCCESS", b"")
    (request,) = ticker.tick().run_requests or []
    assert request.partition_key == "drop-1" and request.tags["oceanid/source"] == "ocr"
    assert ticker.tick().run_requests == []
    time.sleep(0.01)
    store.write_bytes("ocr/drop-1/_SUCCESS", b"re-dropped")
    (again,) = ticker.tick().run_requests or []
    assert again.run_key != request.run_key


def test_invalid_batch_folders_are_reported_once_and_never_run(
    store_resource: ObjectStoreResource,
) -> None:
    store = store_resource.get_store()
    store.write_bytes("uploads/Bad Batch!/x.json", b"{}")
    store.write_bytes("uploads/UPPER/x.json", b"{}")
    scan = scan_store(store, DropCursor())
    assert scan.work == []
    assert len(scan.warnings) == 2 and "not a valid batch_id" in scan.warnings[0]
    assert scan_store(store, scan.cursor).warnings == []  # warned once, remembered in the cursor
    ticker = Ticker(store_resource)
    assert ticker.tick().run_requests == []
    assert ticker.instance.get_dynamic_partitions(batch_partitions.name or "") == []


def test_cursor_round_trips() -> None:
    cursor = DropCursor()
    cursor.ocr["b"] = "etag"
    cursor.rejected.append("uploads/X")
    assert DropCursor.from_json(cursor.to_json()).to_json() == cursor.to_json()
    with pytest.raises(ValueError, match="cursor version"):
        DropCursor.from_json('{"v": 99}')


def test_a_receipt_landing_late_within_the_window_is_found(local_store: LocalStore) -> None:
    # Upload A starts first (earlier UUIDv7) but its receipt lands after B's was seen.
    early, later = str(uuid6.uuid7()), str(uuid6.uuid7())
    store_document(local_store, "b1", b"%PDF- B", "b.pdf", doc_id=later)
    scan = scan_store(local_store, DropCursor())
    assert [w.new_documents for w in scan.work] == [1]
    store_document(local_store, "b1", b"%PDF- A", "a.pdf", doc_id=early)
    rescan = scan_store(local_store, scan.cursor)
    assert [w.new_documents for w in rescan.work] == [1]


def _old_doc_ids(count: int, newest_ms: int, spacing_ms: int) -> list[str]:
    """UUIDv7 texts, one every spacing_ms, the newest at newest_ms."""
    ids = []
    for i in range(count):
        hex12 = f"{newest_ms - (count - 1 - i) * spacing_ms:012x}"
        ids.append(f"{hex12[:8]}-{hex12[8:]}-7000-8000-{i:012x}")
    return ids


def _in_window(doc_ids: list[str]) -> int:
    """How many of doc_ids fall in the look-back window behind the newest of them."""
    stamps = [uuid7_ms(d) or 0 for d in doc_ids]
    floor = max(stamps) - LOOKBACK_MS
    return sum(ms >= floor for ms in stamps)


def test_tick_with_100k_old_objects_lists_only_the_window(tmp_path: Path) -> None:
    store = LocalStore(tmp_path / "store")
    folder = tmp_path / "store" / "uploads" / "big"
    folder.mkdir(parents=True)
    # 50,000 uploads, one every 5 s until yesterday: 100,000 objects (a PDF and a receipt each).
    old = _old_doc_ids(50_000, int(time.time() * 1000) - 86_400_000, spacing_ms=5_000)
    for doc_id in old:
        for ext in (".pdf", ".json"):
            (folder / (doc_id + ext)).touch()
    first = scan_store(store, DropCursor())
    assert first.work[0].new_documents == 50_000 and first.objects_listed == 100_000
    _pdf(store, "big", "new.pdf")
    second = scan_store(store, first.cursor)
    assert [w.new_documents for w in second.work] == [1]
    # Re-read: the uploads of the 15 minutes before the newest old one, and the new PDF+receipt.
    assert second.objects_listed == 2 * _in_window(old) + 2
    assert second.objects_listed < 500
    third = scan_store(store, second.cursor)
    assert third.work == [] and third.objects_listed == 2


def test_s3_tick_does_not_relist_old_objects(s3_store: Store) -> None:
    old = _old_doc_ids(300, int(time.time() * 1000) - 86_400_000, spacing_ms=60_000)
    for doc_id in old:
        s3_store.write_bytes(f"uploads/big/{doc_id}.json", b"{}")
    first = scan_store(s3_store, DropCursor())
    assert first.objects_listed == 300
    _pdf(s3_store, "big", "new.pdf")
    second = scan_store(s3_store, first.cursor)
    assert [w.new_documents for w in second.work] == [1]
    assert second.objects_listed == _in_window(old) + 2 < 30


# --- upload-service batches: quiet period and the close marker ---------------------------------


def _service_upload(store: Store, batch: str, name: str, tmp_path: Path) -> str:
    from oceanid_assets.ingest.receipts import UPLOAD_SERVICE_SOURCE, store_document_file
    from oceanid_assets.ingest.text import sha256_hex

    data = b"%PDF-1.7 service " + name.encode()
    path = tmp_path / f"{batch}-{name}"
    path.write_bytes(data)
    receipt = store_document_file(
        store,
        batch,
        path,
        doc_sha256=sha256_hex(data),
        size_bytes=len(data),
        filename=name,
        source=UPLOAD_SERVICE_SOURCE,
    )
    return receipt.doc_id


def test_upload_service_batch_waits_for_the_quiet_period(
    store_resource: ObjectStoreResource, tmp_path: Path
) -> None:
    store = store_resource.get_store()
    first = _service_upload(store, "svc", "a.pdf", tmp_path)
    second = _service_upload(store, "svc", "b.pdf", tmp_path)
    _pdf(store, "demo", "d.pdf")  # written by store_document: runs at once
    newest = max(uuid7_ms(first) or 0, uuid7_ms(second) or 0)
    scan = scan_store(store, DropCursor(), now_ms=newest + 5_000, quiet_seconds=120)
    assert [w.batch_id for w in scan.work] == ["demo"]
    runs_at = datetime.fromtimestamp((newest + 120_000) / 1000, UTC).strftime("%H:%M:%S")
    assert scan.waiting["svc"] == (
        f"2 upload(s) waiting: runs at {runs_at} UTC unless closed sooner (no new upload for "
        "5s of the 120s quiet period)"
    )
    # The pending ids survive the cursor's round trip (the daemon stores it as text).
    cursor = DropCursor.from_json(scan.cursor.to_json())
    assert sorted(cursor.pending["svc"]) == sorted([first, second])
    still = scan_store(store, cursor, now_ms=newest + 119_000, quiet_seconds=120)
    assert still.work == []
    quiet = scan_store(store, still.cursor, now_ms=newest + 120_000, quiet_seconds=120)
    assert [(w.batch_id, w.new_documents) for w in quiet.work] == [("svc", 2)]
    assert quiet.cursor.pending == {}
    assert scan_store(store, quiet.cursor, now_ms=newest + 999_000).work == []
    # A later upload into the same batch waits again, then runs alone.
    late = _service_upload(store, "svc", "late.pdf", tmp_path)
    late_ms = uuid7_ms(late) or 0
    wait = scan_store(store, quiet.cursor, now_ms=late_ms + 1_000, quiet_seconds=120)
    assert wait.work == [] and wait.cursor.pending == {"svc": [late]}
    done = scan_store(store, wait.cursor, now_ms=late_ms + 121_000, quiet_seconds=120)
    assert [w.new_documents for w in done.work] == [1]


def test_close_marker_runs_an_upload_batch_at_once(
    store_resource: ObjectStoreResource,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:
    # The code location reads OCEANID_UPLOAD_QUIET_SECONDS when it loads: as if set to 3600.
    monkeypatch.setattr(raw_sensors, "UPLOAD_QUIET_SECONDS", 3600.0)
    store = store_resource.get_store()
    _service_upload(store, "svc", "a.pdf", tmp_path)
    ticker = Ticker(store_resource)
    first = ticker.tick()
    assert first.run_requests == [] and first.dynamic_partitions_requests == []
    # The tick's log (Dagster's logger writes to stderr here) says why the batch waits, and
    # until when.
    logged = capfd.readouterr().err
    assert "batch svc: 1 upload(s) waiting: runs at " in logged
    assert "UTC unless closed sooner" in logged
    store.write_bytes("uploads/svc/_CLOSED", b"{}")
    (request,) = ticker.tick().run_requests or []
    assert request.partition_key == "svc" and request.tags["oceanid/new_documents"] == "1"
    assert ticker.tick().run_requests == []


def test_cursor_without_pending_still_reads() -> None:
    old = '{"ocr":{},"rejected":[],"uploads":{"b":{"hw":5,"recent":{"x":5}}},"v":1}'
    cursor = DropCursor.from_json(old)
    assert cursor.pending == {} and cursor.to_json() == old


# --- a batch whose run the upload service launches when it closes -------------------------------


def _close_launching(store: Store, batch: str, closed_at: datetime) -> None:
    from oceanid_assets.upload.batches import close_batch

    assert close_batch(store, batch, run_launch="upload-service")
    marker = json.loads(store.read_bytes(f"uploads/{batch}/_CLOSED"))
    marker["closed_at"] = closed_at.isoformat()  # as if closed then
    store.write_bytes(f"uploads/{batch}/_CLOSED", json.dumps(marker).encode())


def test_a_batch_launched_on_close_is_left_to_that_run(
    store_resource: ObjectStoreResource, tmp_path: Path
) -> None:
    store = store_resource.get_store()
    _service_upload(store, "svc", "a.pdf", tmp_path)
    now = datetime.now(UTC)
    _close_launching(store, "svc", now)
    now_ms = int(now.timestamp() * 1000)
    asked: list[str] = []

    def not_yet(batch_id: str) -> bool:
        asked.append(batch_id)
        return False

    # Between the marker and the launch: the scan waits for the run instead of starting one.
    early = scan_store(store, DropCursor(), now_ms=now_ms + 2_000, launched_on_close=not_yet)
    assert early.work == [] and asked == ["svc"]
    assert early.waiting["svc"] == (
        "closed 2s ago; waiting for the run the upload service is launching (runs here after 30s)"
    )
    launched = scan_store(
        store, early.cursor, now_ms=now_ms + 3_000, launched_on_close=lambda b: b == "svc"
    )
    assert launched.work == [] and launched.waiting == {}
    assert launched.launched_on_close == ["svc"] and launched.cursor.pending == {}
    # The batch's receipts are done with: later ticks neither run nor wait for it.
    later = scan_store(store, launched.cursor, now_ms=now_ms + 60_000)
    assert later.work == [] and later.waiting == {} and later.launched_on_close == []


def test_a_launch_that_never_came_is_run_by_the_sensor_after_the_grace(
    store_resource: ObjectStoreResource, tmp_path: Path
) -> None:
    store = store_resource.get_store()
    _service_upload(store, "svc", "a.pdf", tmp_path)
    closed = datetime.now(UTC)
    _close_launching(store, "svc", closed)
    closed_ms = int(closed.timestamp() * 1000)
    waiting = scan_store(store, DropCursor(), now_ms=closed_ms + 29_000)
    assert waiting.work == [] and "svc" in waiting.waiting
    late = scan_store(store, waiting.cursor, now_ms=closed_ms + 31_000)
    assert [(w.batch_id, w.new_documents) for w in late.work] == [("svc", 1)]
    assert late.warnings == [
        "batch svc: closed 31s ago and no run was launched on close; the sensor runs it"
    ]


def test_a_failed_launch_hands_the_batch_to_the_sensor_at_once(
    store_resource: ObjectStoreResource, tmp_path: Path
) -> None:
    from oceanid_assets.upload.batches import hand_run_to_sensor

    store = store_resource.get_store()
    _service_upload(store, "svc", "a.pdf", tmp_path)
    closed = datetime.now(UTC)
    _close_launching(store, "svc", closed)
    hand_run_to_sensor(store, "svc", "Dagster webserver at http://127.0.0.1:9/graphql: refused")
    scan = scan_store(store, DropCursor(), now_ms=int(closed.timestamp() * 1000) + 1_000)
    assert [w.batch_id for w in scan.work] == ["svc"] and scan.warnings == []
    marker = json.loads(store.read_bytes("uploads/svc/_CLOSED"))
    assert marker["run_launch"] == "sensor" and "refused" in marker["run_launch_error"]


def test_the_sensor_asks_the_instance_for_a_run_launched_on_close(
    store_resource: ObjectStoreResource, tmp_path: Path
) -> None:
    from dagster import DagsterRun

    store = store_resource.get_store()
    _service_upload(store, "svc", "a.pdf", tmp_path)
    _close_launching(store, "svc", datetime.now(UTC))
    ticker = Ticker(store_resource)
    assert ticker.tick().run_requests == []  # waiting for the launch
    # What the upload service's launch leaves in the instance: a run tagged with the batch.
    ticker.instance.add_run(
        DagsterRun(job_name="ingest_batch", tags={"oceanid/launched_on_close": "svc"})
    )
    assert ticker.tick().run_requests == []
    assert DropCursor.from_json(ticker.cursor).pending == {}
