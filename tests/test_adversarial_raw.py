"""The raw load against the adversarial cases of issue 17 left for it: a 3,000-page PDF, a
receipt without its PDF (and a PDF without its receipt), and md_raw_ocr held by another process.
Real PDFs (fpdf2), real DuckDB files, both store backends where the store matters, and a real
second process holding the database.

What each case does today:
- A 3,000-page PDF loads completely beside the other PDF of its batch: there is no page limit
  (the upload service caps a PDF at 50 MB; this one is ~4.7 MB). Pages are extracted in 32-page
  ranges and held as text until the batch's one transaction, so memory grows with the batch's
  characters, not with its pages' images.
- A receipt whose PDF is missing is quarantined by the PDF's object key, saying so; the rest of
  the batch loads; a later run finds the PDF once it is there and loads it, once. A PDF without
  a receipt is not looked at (loads and sensor read receipts only) until its receipt arrives.
- With md_raw_ocr held by another process (writer or read-only shell) the load waits its busy
  timeout, then fails with DatabaseBusy naming the file, the holding process and the wait;
  nothing is written, and a run after the holder exits loads the batch once.
"""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pytest
from dagster import DagsterInstance, materialize
from fpdf import FPDF

from oceanid_assets.db.connect import DatabaseBusy, connect_reader
from oceanid_assets.defs.batches import batch_partitions
from oceanid_assets.defs.raw.assets import raw_ingest
from oceanid_assets.ingest.drop_scan import DropCursor, scan_store
from oceanid_assets.ingest.raw_load import ingest_batch
from oceanid_assets.ingest.receipts import Receipt, new_doc_id, store_document
from oceanid_assets.ingest.text import sha256_hex
from oceanid_assets.resources.databases import DuckDBDatabase
from oceanid_assets.resources.object_store import ObjectStoreResource
from oceanid_assets.resources.ocr import OcrResource
from oceanid_assets.storage import layout
from oceanid_assets.storage.store import LocalStore, Store
from oceanid_dev.demo.vessels import SYNTHETIC_FLEET_SIZE, synthetic_fleet
from tests.conftest import LICENCE, make_pdf

BATCH = "adv-raw"
BIG_PAGES = 3000
ROWS_PER_PAGE = 24
MISSING_PDF = "the receipt's PDF is missing from the store"


def _rows(conn: duckdb.DuckDBPyConnection, sql: str) -> list[tuple[object, ...]]:
    return conn.execute(sql).fetchall()


def _count(raw_db: DuckDBDatabase, table: str, batch_id: str = BATCH) -> int:
    with connect_reader(raw_db.database) as conn:
        row = conn.execute(f"SELECT count(*) FROM {table} WHERE batch_id = ?", [batch_id])
        return int(row.fetchone()[0])  # type: ignore[index]


# --- a 3,000-page PDF ------------------------------------------------------------------------


def _register_pdf(pages: int) -> bytes:
    """A record of authorized vessels: a title carrying the page number, then register rows
    (~1,800 characters a page), the way RFMO lists run to thousands of pages."""
    fleet = synthetic_fleet(SYNTHETIC_FLEET_SIZE)
    pdf = FPDF()
    pdf.set_font("helvetica", size=8)
    row = 0
    for page in range(1, pages + 1):
        pdf.add_page()
        pdf.cell(0, 6, f"RECORD OF AUTHORIZED VESSELS - page {page} of {pages}")
        pdf.ln()
        pdf.cell(0, 6, "No. | Name | Flag | IMO | IRCS | MMSI | GT | Port of registry")
        pdf.ln()
        for _ in range(ROWS_PER_PAGE):
            vessel = fleet[row % len(fleet)]
            row += 1
            pdf.cell(
                0,
                5,
                f"{row}  {vessel.name}  {vessel.flag or '-'}  IMO {vessel.imo or '-'}  "
                f"{vessel.ircs or '-'}  {vessel.mmsi or '-'}  {vessel.gross_tonnage or '-'}  "
                f"{vessel.port or '-'}",
            )
            pdf.ln()
    return bytes(pdf.output())


@pytest.fixture(scope="module")
def big_pdf() -> bytes:
    return _register_pdf(BIG_PAGES)  # 8-14 s on 2 busy cores: made once for the module


def test_a_3000_page_pdf_loads_completely_beside_the_other_pdf(
    big_pdf: bytes, local_store: LocalStore, raw_db: DuckDBDatabase
) -> None:
    big = store_document(local_store, BATCH, big_pdf, "record-of-authorized-vessels.pdf")
    licence = store_document(local_store, BATCH, make_pdf([LICENCE, "Annex"]), "licence.pdf")
    with raw_db.connect() as conn:
        # Two workers: the process pool the asset uses (OCEANID_EXTRACT_WORKERS, CPU count).
        load = ingest_batch(local_store, conn, BATCH, "run-1", workers=2)
        assert load.quarantined == [] and load.ocr_failures == {}
        assert (load.documents_inserted, load.pages_inserted) == (2, BIG_PAGES + 2)
        assert _rows(conn, "SELECT doc_id, page_count FROM raw_documents ORDER BY page_count") == [
            (licence.doc_id, 2),
            (big.doc_id, BIG_PAGES),
        ]
        pages = _rows(
            conn,
            f"SELECT count(*), count(DISTINCT page_num), min(page_num), max(page_num), "
            f"min(char_count) > 1000 FROM raw_pages WHERE doc_id = '{big.doc_id}'",
        )
        # Every page once, in 1..3000, and every page with its rows (none came out empty).
        assert pages == [(BIG_PAGES, BIG_PAGES, 1, BIG_PAGES, True)]
        # Each page's text is its own page's (the 32-page ranges were put back in order).
        misplaced = _rows(
            conn,
            f"SELECT page_num FROM raw_pages WHERE doc_id = '{big.doc_id}' AND NOT "
            f"starts_with(text, 'RECORD OF AUTHORIZED VESSELS - page ' || page_num || ' of "
            f"{BIG_PAGES}')",
        )
        assert misplaced == []
        last_row = BIG_PAGES * ROWS_PER_PAGE
        (last_page,) = _rows(
            conn, f"SELECT text FROM raw_pages WHERE doc_id = '{big.doc_id}' AND page_num = 3000"
        )
        assert f"\n{last_row} " in str(last_page[0])
        licence_text = _rows(
            conn, f"SELECT text FROM raw_pages WHERE doc_id = '{licence.doc_id}' ORDER BY page_num"
        )
        assert licence_text == [(LICENCE,), ("Annex",)]
        # Exactly once: a re-run neither extracts nor inserts anything.
        again = ingest_batch(local_store, conn, BATCH, "run-2", workers=2)
        assert (again.pages_extracted, again.pages_inserted) == (0, 0)
        assert _rows(conn, "SELECT count(*) FROM raw_pages") == [(BIG_PAGES + 2,)]


# --- a receipt without its PDF, a PDF without its receipt ------------------------------------


def _receipt_only(store: Store, pdf: bytes, filename: str) -> Receipt:
    """The receipt of `pdf` in the store, its PDF not (lost, or not there yet)."""
    doc_id = new_doc_id()
    receipt = Receipt(
        doc_id=doc_id,
        doc_sha256=sha256_hex(pdf),
        batch_id=BATCH,
        object_key=layout.upload_pdf_key(BATCH, doc_id),
        size_bytes=len(pdf),
        filename=filename,
        uploaded_at=datetime.now(UTC).isoformat(),
    )
    store.write_bytes(layout.upload_receipt_key(BATCH, doc_id), receipt.to_json())
    return receipt


def _loaded(conn: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Pages stored per loaded document."""
    rows = _rows(
        conn,
        "SELECT d.doc_id, count(p.page_num) FROM raw_documents AS d "
        "LEFT JOIN raw_pages AS p USING (doc_id) GROUP BY 1",
    )
    return {str(doc_id): int(pages) for doc_id, pages in rows}  # type: ignore[call-overload]


def test_a_receipt_without_its_pdf_is_quarantined_then_loads_once_the_pdf_arrives(
    store: Store, raw_db: DuckDBDatabase, caplog: pytest.LogCaptureFixture
) -> None:
    licence = store_document(store, BATCH, make_pdf([LICENCE, "Annex"]), "licence.pdf")
    circular = store_document(store, BATCH, make_pdf(["Circular 2026/7"]), "circular.pdf")
    lost_pdf = make_pdf(["Authorisation 2026/12", "Conditions"])
    lost = _receipt_only(store, lost_pdf, "authorisation.pdf")
    with raw_db.connect() as conn:
        with caplog.at_level(logging.WARNING, logger="oceanid.ingest"):
            first = ingest_batch(store, conn, BATCH, "run-1")
        assert _rows(conn, "SELECT doc_id, object_key, filename, reason FROM raw_quarantine") == [
            (lost.doc_id, lost.object_key, "authorisation.pdf", MISSING_PDF)
        ]
        assert [(q["object_key"], q["reason"]) for q in first.quarantined] == [
            (lost.object_key, MISSING_PDF)
        ]
        assert any(lost.object_key in r.message and "missing" in r.message for r in caplog.records)
        # The other documents of the batch are in, whole.
        assert _loaded(conn) == {licence.doc_id: 2, circular.doc_id: 1}

        # Still missing: looked for again, recorded once, nothing else changes.
        second = ingest_batch(store, conn, BATCH, "run-2")
        assert (second.documents_inserted, second.documents_already_processed) == (0, 2)
        assert _rows(conn, "SELECT count(*) FROM raw_quarantine") == [(1,)]

        # The PDF arrives: the next run of the batch loads it (the quarantine row stays).
        store.write_bytes(lost.object_key, lost_pdf)
        third = ingest_batch(store, conn, BATCH, "run-3")
        assert (third.documents_inserted, third.pages_inserted, third.quarantined) == (1, 2, [])
        assert _loaded(conn) == {licence.doc_id: 2, circular.doc_id: 1, lost.doc_id: 2}
        assert _rows(
            conn, f"SELECT dagster_run_id FROM raw_documents WHERE doc_id = '{lost.doc_id}'"
        ) == [("run-3",)]

        # And once only.
        fourth = ingest_batch(store, conn, BATCH, "run-4")
        assert (fourth.documents_inserted, fourth.pages_inserted) == (0, 0)
        assert fourth.documents_already_processed == 3
        assert _rows(conn, "SELECT count(*) FROM raw_pages") == [(5,)]
        assert _rows(conn, "SELECT count(*) FROM raw_quarantine") == [(1,)]


def test_a_pdf_that_arrives_with_other_bytes_than_its_receipt_stays_quarantined(
    local_store: LocalStore, raw_db: DuckDBDatabase
) -> None:
    """Only the PDF the receipt names is loaded: other bytes under its key are a mismatch, which
    (like any PDF that was there and bad) is not retried."""
    lost = _receipt_only(local_store, make_pdf(["Authorisation 2026/12"]), "authorisation.pdf")
    with raw_db.connect() as conn:
        ingest_batch(local_store, conn, BATCH, "run-1")
        local_store.write_bytes(lost.object_key, make_pdf(["Something else"]))
        ingest_batch(local_store, conn, BATCH, "run-2")
        ingest_batch(local_store, conn, BATCH, "run-3")
        reasons = [str(r[0]) for r in _rows(conn, "SELECT reason FROM raw_quarantine ORDER BY 1")]
        assert len(reasons) == 2 and MISSING_PDF in reasons
        assert "does not match its receipt" in next(r for r in reasons if r != MISSING_PDF)
        assert _rows(conn, "SELECT count(*) FROM raw_documents") == [(0,)]


def test_a_pdf_without_its_receipt_waits_for_the_receipt(
    store: Store, raw_db: DuckDBDatabase
) -> None:
    """The receipt is written last and means the PDF is complete, so a PDF alone is a write in
    progress: neither the drop sensor nor the load act on it, and nothing is quarantined."""
    pdf = make_pdf(["Licence 2026/77", "Conditions"])
    doc_id = new_doc_id()
    store.write_bytes(layout.upload_pdf_key(BATCH, doc_id), pdf)
    assert scan_store(store, DropCursor(), quiet_seconds=0).work == []
    with raw_db.connect() as conn:
        alone = ingest_batch(store, conn, BATCH, "run-1")
        assert (alone.documents_seen, alone.documents_inserted, alone.quarantined) == (0, 0, [])
        for table in ("raw_documents", "raw_pages", "raw_quarantine"):
            assert _rows(conn, f"SELECT count(*) FROM {table}") == [(0,)]
        # The receipt arrives (what store_document writes second): the sensor runs the batch
        # and the load takes the PDF.
        receipt = Receipt(
            doc_id=doc_id,
            doc_sha256=sha256_hex(pdf),
            batch_id=BATCH,
            object_key=layout.upload_pdf_key(BATCH, doc_id),
            size_bytes=len(pdf),
            filename="licence.pdf",
            uploaded_at=datetime.now(UTC).isoformat(),
        )
        store.write_bytes(layout.upload_receipt_key(BATCH, doc_id), receipt.to_json())
        work = scan_store(store, DropCursor(), quiet_seconds=0).work
        assert [(w.batch_id, w.new_documents) for w in work] == [(BATCH, 1)]
        loaded = ingest_batch(store, conn, BATCH, "run-2")
        assert (loaded.documents_inserted, loaded.pages_inserted) == (1, 2)
        assert _rows(conn, "SELECT count(*) FROM raw_quarantine") == [(0,)]


# --- md_raw_ocr held by another process ------------------------------------------------------

_HOLDER = """
import sys, duckdb
conn = duckdb.connect(sys.argv[1], read_only=sys.argv[2] == "read-only")
print("holding", flush=True)
sys.stdin.read()  # until the test closes our stdin
conn.close()
"""


@contextmanager
def _held_by_another_process(database: str, mode: str = "read-write") -> Iterator[int]:
    """Another process with `database` open (as a writer, or read-only like a `duckdb -readonly`
    shell) until the block ends; yields its PID."""
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, database, mode],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        yield holder.pid
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        try:
            holder.wait(timeout=30)
        except subprocess.TimeoutExpired:
            holder.kill()
            holder.wait()


def _busy_raw_db(raw_db: DuckDBDatabase, wait_s: float = 0.6) -> DuckDBDatabase:
    """The same database with a short busy timeout (the resource's default is 120 s)."""
    return DuckDBDatabase(
        database=raw_db.database, schema_file=raw_db.schema_file, busy_timeout_s=wait_s
    )


def _seed_other_batch(store: Store, raw_db: DuckDBDatabase) -> None:
    """An earlier batch in md_raw_ocr, so the file exists and has rows to keep."""
    store_document(store, "earlier", make_pdf(["Circular 2026/1"]), "circular.pdf")
    with raw_db.connect() as conn:
        ingest_batch(store, conn, "earlier", "run-0")


@pytest.mark.parametrize("mode", ["read-write", "read-only"])
def test_a_database_held_by_another_process_fails_naming_it_then_loads_once(
    local_store: LocalStore, raw_db: DuckDBDatabase, mode: str
) -> None:
    _seed_other_batch(local_store, raw_db)
    docs = [
        store_document(local_store, BATCH, make_pdf([LICENCE, "Annex"]), "licence.pdf"),
        store_document(local_store, BATCH, make_pdf(["Circular 2026/7"]), "circular.pdf"),
    ]
    busy = _busy_raw_db(raw_db)
    with (
        _held_by_another_process(raw_db.database, mode) as pid,
        pytest.raises(DatabaseBusy) as info,
        busy.connect() as conn,
    ):
        ingest_batch(local_store, conn, BATCH, "run-1")
    message = str(info.value)
    assert message.startswith(f"database busy: {raw_db.database} is held by another process ")
    assert f"(PID {pid}, " in message  # the holder, as DuckDB reports it
    assert "waited " in message and "(busy timeout 0.6 s)" in message
    # Nothing of the batch was written; the earlier batch is as it was.
    for table in ("raw_documents", "raw_pages", "raw_quarantine"):
        assert _count(raw_db, table) == 0
    assert _count(raw_db, "raw_pages", "earlier") == 1
    # The holder has gone: a re-run loads the batch, and a second one adds nothing.
    for run in ("run-2", "run-3"):
        with busy.connect() as conn:
            load = ingest_batch(local_store, conn, BATCH, run)
        assert (load.documents_inserted, load.pages_inserted) == (
            (2, 3) if run == "run-2" else (0, 0)
        )
    with connect_reader(raw_db.database) as conn:
        assert _rows(
            conn,
            f"SELECT doc_id, count(*) FROM raw_pages WHERE batch_id = '{BATCH}' "
            "GROUP BY 1 ORDER BY 1",
        ) == sorted([(docs[0].doc_id, 2), (docs[1].doc_id, 1)])


def _materialize(store_resource: ObjectStoreResource, raw_db: DuckDBDatabase):  # type: ignore[no-untyped-def]
    instance = DagsterInstance.ephemeral()
    instance.add_dynamic_partitions(batch_partitions.name or "", [BATCH])
    return materialize(
        [raw_ingest],
        partition_key=BATCH,
        instance=instance,
        resources={"object_store": store_resource, "raw_db": raw_db, "ocr": OcrResource()},
        raise_on_error=False,
    )


def test_the_asset_run_fails_with_the_same_message_while_the_database_is_held(
    tmp_path: Path, raw_db: DuckDBDatabase
) -> None:
    store_resource = ObjectStoreResource(url=str(tmp_path / "store"))
    store = store_resource.get_store()
    _seed_other_batch(store, raw_db)
    store_document(store, BATCH, make_pdf([LICENCE, "Annex"]), "licence.pdf")
    busy = _busy_raw_db(raw_db)
    with _held_by_another_process(raw_db.database) as pid:
        failed = _materialize(store_resource, busy)
    assert not failed.success
    (failure,) = [e for e in failed.all_events if e.event_type_value == "STEP_FAILURE"]
    # The step fails with the busy message as its own (what the UI shows first), not DuckDB's
    # bare IOException.
    data = failure.step_failure_data
    assert data is not None and data.user_failure_data is not None
    busy_error = str(data.user_failure_data.description)
    assert f"{raw_db.database} is held by another process (PID {pid}, " in busy_error
    assert "(busy timeout 0.6 s)" in busy_error
    assert _count(raw_db, "raw_documents") == 0 and _count(raw_db, "raw_pages") == 0

    loaded = _materialize(store_resource, busy)
    assert loaded.success
    assert (_count(raw_db, "raw_documents"), _count(raw_db, "raw_pages")) == (1, 2)
    assert _materialize(store_resource, busy).success
    assert (_count(raw_db, "raw_documents"), _count(raw_db, "raw_pages")) == (1, 2)
