"""The raw load with DeepSeek-OCR as its engine (OCEANID_OCR_URL), against the loopback fake
vLLM server: the same OCR pass as the embedded engines, the Markdown cleaned once."""

from __future__ import annotations

import duckdb

from oceanid_assets.ingest.raw_load import ingest_batch
from oceanid_assets.ingest.receipts import store_document
from oceanid_assets.ocr.settings import OcrSettings
from oceanid_assets.resources.databases import DuckDBDatabase
from oceanid_assets.storage.store import LocalStore
from oceanid_dev.demo.scan import scan_pdf
from tests.conftest import make_pdf
from tests.fake_ocr import FAKE_MODEL, FakeOcrServer, Fault


def _rows(conn: duckdb.DuckDBPyConnection, sql: str) -> list[tuple[object, ...]]:
    return conn.execute(sql).fetchall()


def test_scanned_pages_get_deepseek_text_and_failures_are_recorded(
    local_store: LocalStore, raw_db: DuckDBDatabase
) -> None:
    scanned = scan_pdf(make_pdf(["IMO 9074729 OCEAN STAR", "Flag: Spain"]), seed=1, dpi=100)
    doc = store_document(local_store, "b1", scanned, "scan.pdf")
    with FakeOcrServer() as server, raw_db.connect() as conn:
        server.inject(Fault.http(503), times=2)  # page 1: two tries, both refused
        settings = OcrSettings(
            url=server.url + "/v1", model=FAKE_MODEL, concurrency=1, max_attempts=2
        )
        load = ingest_batch(local_store, conn, "b1", "run-1", ocr=settings)
        assert (load.pages_from_ocr, len(load.ocr_failures)) == (1, 1)
        assert "HTTP 503 after 2 attempts" in load.ocr_failures[(doc.doc_id, 1)]
        ((engine, text, text_raw, source),) = _rows(
            conn, "SELECT ocr_engine, text, text_raw, text_source FROM raw_pages WHERE page_num = 2"
        )
        assert (engine, source) == ("deepseek-ocr", "ocr")
        assert "<|ref|>" in text_raw and "<|ref|>" not in text and text.strip()
        # Page 1 keeps its (empty) text layer and its reason; both pages are in the view.
        assert _rows(conn, "SELECT page_num, stage, ocr_engine FROM raw_page_failures") == [
            (1, "ocr", "deepseek-ocr")
        ]
        assert _rows(
            conn, "SELECT page_num, text_source FROM vw_argilla_pages ORDER BY page_num"
        ) == [(1, "text_layer"), (2, "ocr")]


def test_an_unreachable_server_fails_every_scanned_page_at_once_with_the_reason(
    local_store: LocalStore, raw_db: DuckDBDatabase
) -> None:
    scanned = scan_pdf(make_pdf(["IMO 9074729", "Flag: Spain"]), seed=2, dpi=100)
    store_document(local_store, "b1", scanned, "scan.pdf")
    with FakeOcrServer() as server:
        url = server.url + "/v1"  # the server stops here: nothing listens there any more
    settings = OcrSettings(url=url, model=FAKE_MODEL, timeout_s=2, max_attempts=3)
    with raw_db.connect() as conn:
        load = ingest_batch(local_store, conn, "b1", "run-1", ocr=settings)
    assert load.pages_from_ocr == 0 and len(load.ocr_failures) == 2
    assert all("unreachable" in reason for reason in load.ocr_failures.values())
    assert load.ocr_seconds == 0.0  # no page was sent: no retries against a server not there
