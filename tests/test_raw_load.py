"""The batch load as a plain function: real PDFs, real DuckDB, both store backends."""

from __future__ import annotations

import uuid

import duckdb
import pytest

from oceanid_assets.ingest.ocr_drop import InvalidOcrDrop, build_ocr_drop_files
from oceanid_assets.ingest.raw_load import ingest_batch
from oceanid_assets.ingest.receipts import store_document
from oceanid_assets.ingest.text import sha256_hex
from oceanid_assets.resources.databases import DuckDBDatabase
from oceanid_assets.storage.store import Store
from tests.conftest import encrypted_pdf, make_pdf, zero_page_pdf

LICENCE = ["Name of vessel: DON QUIJOTE\nIMO: 9138525", "Call sign: LATE8\nFlag: Norway"]


def _rows(conn: duckdb.DuckDBPyConnection, sql: str) -> list[tuple[object, ...]]:
    return conn.execute(sql).fetchall()


def test_load_batch_of_pdfs(store: Store, raw_db: DuckDBDatabase) -> None:
    licence = store_document(store, "b1", make_pdf(LICENCE), "licence.pdf")
    circular = store_document(store, "b1", make_pdf(["Circular 2026/7"]), "circular.pdf")
    with raw_db.connect() as conn:
        load = ingest_batch(store, conn, "b1", "run-1")
        assert (load.documents_inserted, load.pages_inserted, load.quarantined) == (2, 3, [])
        docs = _rows(
            conn,
            "SELECT doc_id, doc_sha256, page_count, filename, source, "
            "dagster_run_id FROM raw_documents ORDER BY filename",
        )
        assert docs == [
            (circular.doc_id, circular.doc_sha256, 1, "circular.pdf", "upload", "run-1"),
            (licence.doc_id, licence.doc_sha256, 2, "licence.pdf", "upload", "run-1"),
        ]
        pages = _rows(
            conn,
            f"SELECT page_num, text, text_sha256, char_count, ocr_engine "
            f"FROM vw_argilla_pages WHERE doc_id = '{licence.doc_id}' ORDER BY 1",
        )
    assert [p[1] for p in pages] == LICENCE
    assert [p[2] for p in pages] == [sha256_hex(t) for t in LICENCE]
    assert [p[3] for p in pages] == [len(t) for t in LICENCE]
    assert {p[4] for p in pages} == {"pypdfium2-layout"}  # the layout extraction (pdf_layout.py)
    assert load.characters == sum(map(len, LICENCE)) + len("Circular 2026/7")


def test_rerun_adds_nothing_and_late_documents_load_alone(
    store: Store, raw_db: DuckDBDatabase
) -> None:
    store_document(store, "b1", make_pdf(LICENCE), "licence.pdf")
    with raw_db.connect() as conn:
        ingest_batch(store, conn, "b1", "run-1")
        again = ingest_batch(store, conn, "b1", "run-2")
        assert (again.documents_inserted, again.pages_inserted, again.pages_extracted) == (0, 0, 0)
        assert again.documents_already_processed == 1
        late = store_document(store, "b1", make_pdf(["late page"]), "late.pdf")
        third = ingest_batch(store, conn, "b1", "run-3")
        assert (third.documents_inserted, third.pages_inserted) == (1, 1)
        assert _rows(conn, "SELECT count(*) FROM raw_pages") == [(3,)]
        assert _rows(
            conn, f"SELECT dagster_run_id FROM raw_documents WHERE doc_id = '{late.doc_id}'"
        ) == [("run-3",)]


def test_bad_documents_are_quarantined_and_the_rest_loads(
    store: Store, raw_db: DuckDBDatabase
) -> None:
    good = store_document(store, "b1", make_pdf(LICENCE), "good.pdf")
    bad = {
        store_document(store, "b1", b"<html>not a pdf</html>", "fake.pdf").doc_id: "not a PDF",
        store_document(store, "b1", b"%PDF-1.7\ngarbage", "corrupt.pdf").doc_id: "corrupt PDF",
        store_document(store, "b1", encrypted_pdf(), "locked.pdf").doc_id: "encrypted PDF",
        store_document(store, "b1", zero_page_pdf(), "empty.pdf").doc_id: "no pages",
    }
    tampered = store_document(store, "b1", make_pdf(["original"]), "tampered.pdf")
    store.write_bytes(tampered.object_key, make_pdf(["replaced"]))
    bad[tampered.doc_id] = "does not match its receipt"
    with raw_db.connect() as conn:
        load = ingest_batch(store, conn, "b1", "run-1")
        assert _rows(conn, "SELECT doc_id FROM raw_documents") == [(good.doc_id,)]
        stored = dict(_rows(conn, "SELECT doc_id, reason FROM raw_quarantine"))
        assert stored.keys() == bad.keys()
        for doc_id, reason in bad.items():
            assert reason in stored[doc_id]
        # quarantined documents are not retried, nor recorded twice
        again = ingest_batch(store, conn, "b1", "run-2")
        assert again.quarantined == [] and again.pages_extracted == 0
        assert _rows(conn, "SELECT count(*) FROM raw_quarantine") == [(len(bad),)]
    assert {row["filename"] for row in load.quarantined} == {
        "fake.pdf",
        "corrupt.pdf",
        "locked.pdf",
        "empty.pdf",
        "tampered.pdf",
    }


def test_invalid_receipt_is_quarantined_by_key(store: Store, raw_db: DuckDBDatabase) -> None:
    store.write_bytes(f"uploads/b1/{uuid.uuid4()}.json", b"{broken")
    with raw_db.connect() as conn:
        load = ingest_batch(store, conn, "b1", "run-1")
    assert len(load.quarantined) == 1
    assert "invalid receipt" in str(load.quarantined[0]["reason"])


def _write_drop(store: Store, batch_id: str, pages: list[dict[str, object]]) -> list[str]:
    doc_ids = sorted({str(p["doc_id"]) for p in pages})
    documents, page_bytes = build_ocr_drop_files(
        [{"doc_id": d, "filename": f"{d[:8]}.pdf", "page_count": 2} for d in doc_ids], pages
    )
    store.write_bytes(f"ocr/{batch_id}/documents/part-0.parquet", documents)
    store.write_bytes(f"ocr/{batch_id}/pages/part-0.parquet", page_bytes)
    store.write_bytes(f"ocr/{batch_id}/_SUCCESS", b"")
    return doc_ids


def test_ocr_drop_loads_clean_text_and_keeps_raw(store: Store, raw_db: DuckDBDatabase) -> None:
    doc = str(uuid.uuid4())
    raw = (
        "<|ref|>table<|/ref|><|det|>[[1, 2, 3, 4]]<|/det|>\n<table><tr><td>Vessel</td>"
        "<td>IMO</td></tr><tr><td>DON QUIJOTE</td><td>9138525</td></tr></table>"
    )
    _write_drop(
        store,
        "ocr-b1",
        [
            {"doc_id": doc, "page_num": 1, "text": raw, "ocr_model_version": "deepseek-ocr-1"},
            {
                "doc_id": doc,
                "page_num": 2,
                "text": "Plain page",
                "ocr_model_version": "deepseek-ocr-1",
            },
        ],
    )
    with raw_db.connect() as conn:
        load = ingest_batch(store, conn, "ocr-b1", "run-1")
        assert (load.documents_inserted, load.pages_inserted) == (1, 2)
        rows = _rows(
            conn,
            "SELECT page_num, text, text_raw, ocr_engine, ocr_run_id "
            "FROM raw_pages ORDER BY page_num",
        )
        assert ingest_batch(store, conn, "ocr-b1", "run-2").pages_inserted == 0
        source = _rows(conn, "SELECT source, page_count FROM raw_documents")
    assert rows[0][1] == "Vessel\tIMO\nDON QUIJOTE\t9138525"
    assert rows[0][2] == raw
    assert rows[1][2] is None  # raw kept only where cleaning changed it
    assert rows[0][3] == "deepseek-ocr"
    assert rows[0][4].startswith("ocr/ocr-b1/_SUCCESS@")
    assert source == [("ocr_drop", 2)]


def test_a_second_ocr_pass_becomes_the_latest_page(store: Store, raw_db: DuckDBDatabase) -> None:
    receipt = store_document(store, "b1", make_pdf(["IM0 913B525"]), "scan.pdf")
    with raw_db.connect() as conn:
        ingest_batch(store, conn, "b1", "run-1")
        _write_drop(
            store,
            "b1",
            [
                {
                    "doc_id": receipt.doc_id,
                    "page_num": 1,
                    "text": "IMO 9138525",
                    "ocr_model_version": "deepseek-ocr-2",
                }
            ],
        )
        load = ingest_batch(store, conn, "b1", "run-2")
        assert (load.documents_inserted, load.pages_inserted) == (0, 1)
        assert _rows(conn, "SELECT text, ocr_engine FROM vw_argilla_pages") == [
            ("IMO 9138525", "deepseek-ocr")
        ]
        assert _rows(conn, "SELECT count(*) FROM raw_pages") == [(2,)]


@pytest.mark.parametrize(
    ("pages", "message"),
    [
        ([{"doc_id": "D", "page_num": 1}], "text"),  # missing column
        (
            [
                {"doc_id": "D", "page_num": 1, "text": "a"},
                {"doc_id": "D", "page_num": 1, "text": "b"},
            ],
            "duplicate",
        ),
    ],
)
def test_invalid_ocr_drop_fails_naming_the_file_and_writes_nothing(
    store: Store, raw_db: DuckDBDatabase, pages: list[dict[str, object]], message: str
) -> None:
    doc = str(uuid.uuid4())
    store_document(store, "b1", make_pdf(LICENCE), "licence.pdf")  # same batch, must not load
    _write_drop(store, "b1", [{**p, "doc_id": doc} for p in pages])
    with raw_db.connect() as conn:
        with pytest.raises(InvalidOcrDrop, match=message) as info:
            ingest_batch(store, conn, "b1", "run-1")
        assert "ocr/b1/pages/part-0.parquet" in str(info.value)
        for table in ("raw_documents", "raw_pages", "raw_quarantine"):
            assert _rows(conn, f"SELECT count(*) FROM {table}") == [(0,)]


def test_parallel_extraction_matches_in_process(store: Store, raw_db: DuckDBDatabase) -> None:
    texts = [
        [f"Record {n} of authorized vessels, page {i}\nIMO 91385{i:02d}" for i in range(1, 61)]
        for n in range(2)
    ]
    for n in range(2):
        store_document(store, "b1", make_pdf(texts[n]), f"record-{n}.pdf")
    with raw_db.connect() as conn:
        load = ingest_batch(store, conn, "b1", "run-1", workers=2)
        stored = _rows(conn, "SELECT text FROM raw_pages ORDER BY doc_id, page_num")
    assert load.pages_inserted == 120  # above MIN_PAGES_FOR_POOL: the process pool ran
    assert [row[0] for row in stored] == texts[0] + texts[1]


def test_failure_inside_the_transaction_leaves_nothing(
    store: Store, raw_db: DuckDBDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    store_document(store, "b1", make_pdf(LICENCE), "licence.pdf")
    from oceanid_assets.db import sql

    real = sql.sql_text

    def failing_pages_sql(name: str) -> str:  # fault injection: the pages insert breaks
        return "SELECT error('disk full')" if name == "load_raw_pages.sql" else real(name)

    monkeypatch.setattr(sql, "sql_text", failing_pages_sql)
    with raw_db.connect() as conn:
        with pytest.raises(duckdb.Error, match="disk full"):
            ingest_batch(store, conn, "b1", "run-1")
        assert _rows(conn, "SELECT count(*) FROM raw_documents") == [(0,)]
