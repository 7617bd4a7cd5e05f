"""One copy of each document across batches (issue 17, defect 3).

The rule: the first upload (or load) of some bytes owns them. A repeat, in the same batch or
another, is answered with the original's doc_id (upload service) or recorded in raw_duplicates
(raw load), and is never loaded, pushed or annotated again; the batch status says where the
original is. Both paths are tested, with the same bytes racing into two batches.
"""

from __future__ import annotations

import hashlib
import json
import threading
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from starlette.testclient import TestClient

from oceanid_assets.ingest.raw_load import ingest_batch
from oceanid_assets.ingest.receipts import store_document
from oceanid_assets.resources.databases import DuckDBDatabase
from oceanid_assets.storage import layout
from oceanid_assets.storage.store import LocalStore, Store, StoredObject
from oceanid_assets.upload import batches
from oceanid_assets.upload.app import create_app
from tests.conftest import LICENCE, make_pdf, upload_settings

PDF = make_pdf([LICENCE, "IMO 9074729 - FLAG Spain"])
DROP_DOC = "0193b2c4-5d6e-7f80-9a1b-2c3d4e5f6a7b"


def _rows(raw_db: DuckDBDatabase, sql: str) -> list[tuple[Any, ...]]:
    with raw_db.connect() as conn:
        return conn.execute(sql).fetchall()


def _client(store: Store, tmp_path: Path) -> TestClient:
    return TestClient(create_app(store, upload_settings(tmp_path)))


def _upload(client: TestClient, batch_id: str, name: str, data: bytes = PDF) -> Any:
    files = [("file", (name, data, "application/pdf"))]
    return client.post("/upload", files=files, data={"batch_id": batch_id})


# --- the raw load: whatever way the bytes reached the store ---------------------------------


def test_the_same_pdf_in_a_second_batch_is_recorded_not_loaded(
    store: Store, raw_db: DuckDBDatabase, tmp_path: Path
) -> None:
    first = store_document(store, "b1", PDF, "registry.pdf")
    repeat = store_document(store, "b2", PDF, "registry-copy.pdf")
    with raw_db.connect() as conn:
        loaded = ingest_batch(store, conn, "b1", "run-1")
        again = ingest_batch(store, conn, "b2", "run-2")
        rerun = ingest_batch(store, conn, "b2", "run-3")
    assert loaded.documents_inserted == 1 and loaded.pages_inserted == 2
    assert again.documents_inserted == 0 and again.pages_inserted == 0
    assert again.pages_extracted == 0  # judged by its receipt: never extracted
    assert [row["doc_id"] for row in again.duplicates] == [repeat.doc_id]
    assert again.duplicates_recorded == 1
    assert _rows(
        raw_db,
        "SELECT batch_id, doc_id, filename, duplicate_of_doc_id, duplicate_of_batch_id "
        "FROM raw_duplicates",
    ) == [("b2", repeat.doc_id, "registry-copy.pdf", first.doc_id, "b1")]
    # Nothing of b2 reaches pre-annotation, so nothing is pushed or annotated twice.
    assert _rows(raw_db, "SELECT count(*) FROM vw_argilla_pages WHERE batch_id = 'b2'") == [(0,)]
    # A re-run neither re-reads nor re-records the repeat.
    assert rerun.duplicates == [] and rerun.documents_already_processed == 1
    assert _rows(raw_db, "SELECT count(*) FROM raw_duplicates") == [(1,)]
    # The batch's status (upload service, SMEs' page) says where the document is.
    (listed,) = _client(store, tmp_path).get("/batches/b2").json()["documents"]
    assert (listed["doc_id"], listed["stage"]) == (repeat.doc_id, "duplicate")
    assert listed["duplicate_of_batch"] == "b1"


def test_the_same_pdf_twice_in_one_batch_loads_the_first_upload(
    local_store: LocalStore, raw_db: DuckDBDatabase, caplog: pytest.LogCaptureFixture
) -> None:
    first = store_document(local_store, "b1", PDF, "a.pdf")
    second = store_document(local_store, "b1", PDF, "b.pdf")
    assert first.doc_id < second.doc_id  # UUIDv7: the first upload sorts first
    with raw_db.connect() as conn:
        load = ingest_batch(local_store, conn, "b1", "run-1")
    assert load.documents_inserted == 1
    assert _rows(raw_db, "SELECT doc_id FROM raw_documents") == [(first.doc_id,)]
    assert _rows(
        raw_db, "SELECT doc_id, duplicate_of_doc_id, duplicate_of_batch_id FROM raw_duplicates"
    ) == [(second.doc_id, first.doc_id, "b1")]
    warning = next(r.getMessage() for r in caplog.records if "repeats doc" in r.getMessage())
    assert second.doc_id in warning and first.doc_id in warning and "b.pdf" in warning


def _drop(store: Store, batch_id: str, text: str) -> None:
    documents = pa.table({"doc_id": [DROP_DOC], "filename": ["scan.pdf"], "page_count": [1]})
    pages = pa.table({"doc_id": [DROP_DOC], "page_num": [1], "text": [text]})
    for kind, table in (("documents", documents), ("pages", pages)):
        sink = pa.BufferOutputStream()
        pq.write_table(table, sink)
        store.write_bytes(f"{layout.ocr_prefix(batch_id)}{kind}/part-0.parquet", sink.getvalue())
    store.write_bytes(layout.ocr_success_key(batch_id), b"")


def test_an_ocr_drop_delivered_again_in_a_new_batch_is_recorded_not_ignored(
    local_store: LocalStore, raw_db: DuckDBDatabase
) -> None:
    _drop(local_store, "ocr-1", "IMO 9074729 OCEAN STAR")
    _drop(local_store, "ocr-2", "IMO 9074729 OCEAN STAR")
    with raw_db.connect() as conn:
        ingest_batch(local_store, conn, "ocr-1", "run-1")
        again = ingest_batch(local_store, conn, "ocr-2", "run-2")
    assert again.documents_inserted == 0 and again.pages_inserted == 0
    assert [(r["doc_id"], r["duplicate_of_batch_id"]) for r in again.duplicates] == [
        (DROP_DOC, "ocr-1")
    ]
    assert _rows(raw_db, "SELECT batch_id, duplicate_of_batch_id FROM raw_duplicates") == [
        ("ocr-2", "ocr-1")
    ]
    # Delivered again into its own batch, a drop is a new OCR pass of the document, as before.
    _drop(local_store, "ocr-1", "IMO 9074729 OCEAN STAR (re-read)")
    with raw_db.connect() as conn:
        new_pass = ingest_batch(local_store, conn, "ocr-1", "run-3")
    assert new_pass.pages_inserted == 1 and new_pass.duplicates == []


# --- the upload service ---------------------------------------------------------------------


def test_a_repeat_upload_into_another_batch_gets_the_original_receipt(
    store: Store, raw_db: DuckDBDatabase, tmp_path: Path
) -> None:
    client = _client(store, tmp_path)
    original = _upload(client, "b1", "registry.pdf").json()["receipts"][0]
    reply = _upload(client, "b2", "registry (1).pdf")
    assert reply.status_code == 200
    (repeat,) = reply.json()["receipts"]
    assert repeat == {**original, "duplicate": True}
    assert not list(store.list_objects(layout.upload_prefix("b2")))  # nothing for the sensor
    status = client.get("/batches/b2").json()
    assert (status["document_count"], status["duplicate_count"]) == (0, 1)
    assert status["documents"][0]["stage"] == "duplicate"
    assert status["documents"][0]["duplicate_of_batch"] == "b1"


class _LockstepStore:
    """Fault injection: a store whose content claims wait for each other, so that two uploads
    of the same bytes reach the claim at the same moment, whichever thread is faster."""

    def __init__(self, inner: Store, parties: int) -> None:
        self.inner = inner
        self.url = inner.url
        self.barrier = threading.Barrier(parties, timeout=10)
        self.met = False

    def create_bytes(self, key: str, data: bytes) -> StoredObject | None:
        if key.startswith(layout.UPLOAD_CONTENT) and not self.met:
            # The first attempt of each upload; a loser's later polls go straight through.
            self.barrier.wait()
            self.met = True
        return self.inner.create_bytes(key, data)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    def local_copy(self, key: str) -> AbstractContextManager[Path]:
        return self.inner.local_copy(key)


def test_two_uploads_of_the_same_bytes_racing_into_two_batches_store_one_copy(
    store: Store, raw_db: DuckDBDatabase, tmp_path: Path
) -> None:
    # Two service instances (two replicas: no lock in common) over one store.
    racing = _LockstepStore(store, parties=2)
    clients = [_client(racing, tmp_path / f"replica-{n}") for n in range(2)]  # type: ignore[arg-type]
    with ThreadPoolExecutor(max_workers=2) as pool:
        replies = list(pool.map(lambda n: _upload(clients[n], f"race-{n}", f"r{n}.pdf"), range(2)))
    assert sorted(r.status_code for r in replies) == [200, 201], [r.text for r in replies]
    receipts = [r.json()["receipts"][0] for r in replies]
    assert receipts[0]["doc_id"] == receipts[1]["doc_id"]
    assert sorted(r["duplicate"] for r in receipts) == [False, True]
    pdfs = [o.key for o in store.list_objects("uploads/") if o.key.endswith(".pdf")]
    assert pdfs == [receipts[0]["object_key"]]
    # And the pipeline loads it once.
    with raw_db.connect() as conn:
        loads = [ingest_batch(store, conn, f"race-{n}", f"run-{n}") for n in range(2)]
    assert sum(load.documents_inserted for load in loads) == 1


def _claim(store: Store, doc_id: str, batch_id: str, age: timedelta) -> None:
    claimed_at = (datetime.now(UTC) - age).isoformat()
    entry = {"doc_id": doc_id, "batch_id": batch_id, "claimed_at": claimed_at}
    sha = hashlib.sha256(PDF).hexdigest()
    store.write_bytes(layout.upload_content_key(sha), json.dumps(entry).encode())


def test_a_claim_whose_upload_died_is_taken_over_once_stale(
    local_store: LocalStore, tmp_path: Path
) -> None:
    _claim(local_store, DROP_DOC, "b0", timedelta(seconds=2 * batches.CLAIM_STALE_SECONDS))
    reply = _upload(_client(local_store, tmp_path), "b1", "a.pdf")
    assert reply.status_code == 201 and reply.json()["receipts"][0]["doc_id"] != DROP_DOC


def test_a_claim_still_being_written_makes_a_repeat_wait_then_answer_503(
    local_store: LocalStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(batches, "CLAIM_WAIT_SECONDS", 0.3)
    _claim(local_store, DROP_DOC, "b0", timedelta(seconds=1))
    reply = _upload(_client(local_store, tmp_path), "b1", "a.pdf")
    assert reply.status_code == 503 and reply.json()["error"] == "content_busy"
    assert "a.pdf" in reply.json()["message"] and DROP_DOC in reply.json()["message"]
    assert not list(local_store.list_objects("uploads/"))


class _FailingReceiptStore(LocalStore):
    """Fault injection: the receipt write fails (a full disk, a dropped connection)."""

    fail = True

    def write_bytes(self, key: str, data: bytes) -> StoredObject:
        if self.fail and key.endswith(".json") and key.startswith(layout.UPLOADS):
            raise OSError("disk full")
        return super().write_bytes(key, data)


def test_an_upload_that_fails_after_its_claim_releases_it(tmp_path: Path) -> None:
    store = _FailingReceiptStore(tmp_path / "store")
    client = TestClient(create_app(store, upload_settings(tmp_path)), raise_server_exceptions=False)
    assert _upload(client, "b1", "a.pdf").status_code == 500
    store.fail = False
    retry = _upload(client, "b1", "a.pdf")  # at once: no wait for a stale claim
    assert retry.status_code == 201 and retry.json()["receipts"][0]["duplicate"] is False
