"""The raw assets through Dagster: `materialize` with real resources, both store backends."""

from __future__ import annotations

import uuid

import pytest
from dagster import DagsterInstance, materialize

from oceanid_assets.db.connect import connect_reader
from oceanid_assets.definitions import load_definitions
from oceanid_assets.defs.batches import batch_partitions
from oceanid_assets.defs.raw.assets import raw_ingest
from oceanid_assets.ingest.ocr_drop import build_ocr_drop_files
from oceanid_assets.ingest.receipts import store_document
from oceanid_assets.resources.databases import DuckDBDatabase
from oceanid_assets.resources.object_store import ObjectStoreResource
from oceanid_assets.resources.ocr import OcrResource
from tests.conftest import make_pdf

defs = load_definitions()


def _materialize(
    batch: str, store_resource: ObjectStoreResource, raw_db: DuckDBDatabase, *, ok: bool = True
):  # type: ignore[no-untyped-def]
    instance = DagsterInstance.ephemeral()
    instance.add_dynamic_partitions(batch_partitions.name or "", [batch])
    return materialize(
        [raw_ingest],
        partition_key=batch,
        instance=instance,
        resources={"object_store": store_resource, "raw_db": raw_db, "ocr": OcrResource()},
        raise_on_error=ok,
    )


def _count(raw_db: DuckDBDatabase, table: str) -> int:
    with connect_reader(raw_db.database) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # type: ignore[index]


def test_definitions_load() -> None:
    assert {key.to_user_string() for key in defs.resolve_all_asset_keys()} >= {
        "raw_documents",
        "raw_pages",
    }
    assert defs.resolve_sensor_def("batch_drop_sensor").default_status.value == "RUNNING"
    # One writer per DuckDB file: the raw writers share a pool that dagster.yaml limits to 1.
    assert defs.resolve_assets_def("raw_pages").op.pool == "md_raw_ocr"


def test_materialize_partition_and_rerun(
    store_resource: ObjectStoreResource, raw_db: DuckDBDatabase
) -> None:
    store = store_resource.get_store()
    store_document(store, "b1", make_pdf(["Name of vessel: LUNTOS", "", "IMO 9894935"]), "l.pdf")
    result = _materialize("b1", store_resource, raw_db)
    pages = result.asset_materializations_for_node("raw_ingest")
    metadata = {m.asset_key.to_user_string(): m.metadata for m in pages}
    assert metadata["raw_documents"]["documents_inserted"].value == 1
    assert metadata["raw_pages"]["pages_inserted"].value == 3
    assert metadata["raw_pages"]["empty_pages"].value == 1
    assert metadata["raw_pages"]["characters"].value == len("Name of vessel: LUNTOS") + 11
    assert metadata["raw_pages"]["pages_per_second"].value > 0
    checks = {c.check_name: c for c in result.get_asset_check_evaluations()}
    assert set(checks) == {"no_quarantined_documents", "every_page_has_text"}
    assert all(c.passed for c in checks.values())
    # Born-digital pages: nothing needed OCR, and the UI says so.
    assert metadata["raw_pages"]["pages_from_text_layer"].value == 3
    assert metadata["raw_pages"]["pages_from_ocr"].value == 0
    assert metadata["raw_pages"]["ocr_engine"].value == "none needed"
    assert (_count(raw_db, "raw_documents"), _count(raw_db, "raw_pages")) == (1, 3)

    again = _materialize("b1", store_resource, raw_db)
    rerun = {
        m.asset_key.to_user_string(): m.metadata
        for m in again.asset_materializations_for_node("raw_ingest")
    }
    assert rerun["raw_pages"]["pages_inserted"].value == 0
    assert (_count(raw_db, "raw_documents"), _count(raw_db, "raw_pages")) == (1, 3)


def test_quarantine_shows_as_a_failed_warning_check(
    store_resource: ObjectStoreResource, raw_db: DuckDBDatabase
) -> None:
    store = store_resource.get_store()
    store_document(store, "b1", make_pdf(["fine"]), "fine.pdf")
    bad = store_document(store, "b1", b"MZ\x90\x00 an executable", "invoice.pdf")
    result = _materialize("b1", store_resource, raw_db)
    assert result.success  # the batch loads; the bad file is reported, not fatal
    checks = {c.check_name: c for c in result.get_asset_check_evaluations()}
    check = checks["no_quarantined_documents"]
    assert not check.passed and check.severity.value == "WARN"
    table = check.metadata["documents"].value
    assert bad.object_key in table and "invoice.pdf" in table and "not a PDF" in table
    assert _count(raw_db, "raw_documents") == 1 and _count(raw_db, "raw_quarantine") == 1


def test_invalid_ocr_drop_fails_the_run_naming_the_file(
    store_resource: ObjectStoreResource, raw_db: DuckDBDatabase
) -> None:
    store = store_resource.get_store()
    doc = str(uuid.uuid4())
    documents, pages = build_ocr_drop_files([{"doc_id": doc}], [{"doc_id": doc, "page_num": 1}])
    store.write_bytes("ocr/b1/documents/d.parquet", documents)
    store.write_bytes("ocr/b1/pages/p.parquet", pages)
    store.write_bytes("ocr/b1/_SUCCESS", b"")
    result = _materialize("b1", store_resource, raw_db, ok=False)
    assert not result.success
    (failure,) = [e for e in result.all_events if e.event_type_value == "STEP_FAILURE"]
    message = failure.step_failure_data.error.message  # type: ignore[union-attr]
    assert "ocr/b1/pages/p.parquet" in message and "text" in message
    assert _count(raw_db, "raw_pages") == 0


@pytest.mark.parametrize("batch", ["Bad Batch", "../etc"])
def test_invalid_partition_key_fails_clearly(
    store_resource: ObjectStoreResource, raw_db: DuckDBDatabase, batch: str
) -> None:
    result = _materialize(batch, store_resource, raw_db, ok=False)
    (failure,) = [e for e in result.all_events if e.event_type_value == "STEP_FAILURE"]
    assert "invalid batch_id" in failure.step_failure_data.error.message  # type: ignore[union-attr]
