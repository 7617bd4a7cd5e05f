"""Receipts that parse as JSON but lie about their fields: each is quarantined by its key, with
the field in the reason, and the rest of its batch loads (real PDFs, real DuckDB; the local store
for every case, both store backends for one).

Every reader of receipts goes through `parse_receipt`, so the raw load, the upload service's
batch status, the drop sensor and the backfill ledger give one verdict for the same receipt.
"""

from __future__ import annotations

import json
import uuid

import duckdb
import pytest

from oceanid_assets.backfill import ledger
from oceanid_assets.ingest.drop_scan import DropCursor, scan_store
from oceanid_assets.ingest.raw_load import ingest_batch
from oceanid_assets.ingest.receipts import (
    UPLOAD_SERVICE_SOURCE,
    InvalidReceipt,
    new_doc_id,
    parse_receipt,
    store_document,
)
from oceanid_assets.ingest.text import sha256_hex
from oceanid_assets.resources.databases import DuckDBDatabase
from oceanid_assets.storage import layout
from oceanid_assets.storage.store import LocalStore, Store
from oceanid_assets.upload.batches import list_receipts
from tests.conftest import LICENCE, make_pdf

BATCH = "b1"
BAD_PDF = make_pdf(["Circular 2026/9: the document behind the bad receipt"])
OTHER_UUID = str(uuid.UUID(int=0x0193_6F0E_8F3A_7C2B_9D4E_5F6A_7B8C_9D0E))

# (case id, field named in the reason, fields whose JSON text is replaced); in that text
# `{doc_id}` stands for the receipt's own doc_id and `{DOC_ID}` for it in upper case.
CASES: list[tuple[str, str, dict[str, str]]] = [
    ("size-text", "size_bytes", {"size_bytes": '"lots"'}),
    ("size-negative", "size_bytes", {"size_bytes": "-1"}),
    ("size-fraction", "size_bytes", {"size_bytes": "1.5"}),
    ("size-bool", "size_bytes", {"size_bytes": "true"}),
    ("size-null", "size_bytes", {"size_bytes": "null"}),
    ("size-beyond-int64", "size_bytes", {"size_bytes": str(2**63)}),
    ("size-5000-digits", "size_bytes", {"size_bytes": "9" * 5000}),
    ("size-infinite", "size_bytes", {"size_bytes": "1e400"}),
    ("size-nan", "size_bytes", {"size_bytes": "NaN"}),
    ("filename-list", "filename", {"filename": '["a.pdf", "b.pdf"]'}),
    ("filename-number", "filename", {"filename": "7"}),
    ("filename-empty", "filename", {"filename": '""'}),
    ("filename-lone-surrogate", "filename", {"filename": r'"licence\ud800.pdf"'}),
    ("filename-object", "filename", {"filename": '{"name": "a.pdf"}'}),
    ("sha-short", "doc_sha256", {"doc_sha256": json.dumps("a" * 63)}),
    ("sha-upper", "doc_sha256", {"doc_sha256": json.dumps("A" * 64)}),
    ("sha-not-hex", "doc_sha256", {"doc_sha256": '"xyz"'}),
    ("sha-number", "doc_sha256", {"doc_sha256": "123"}),
    ("sha-list", "doc_sha256", {"doc_sha256": json.dumps(["a" * 64])}),
    ("doc-id-word", "doc_id", {"doc_id": '"nope"'}),
    ("doc-id-number", "doc_id", {"doc_id": "42"}),
    ("doc-id-upper", "doc_id", {"doc_id": '"{DOC_ID}"'}),
    ("doc-id-braces", "doc_id", {"doc_id": '"{{doc_id}}"'}),
    ("doc-id-urn", "doc_id", {"doc_id": '"urn:uuid:{doc_id}"'}),
    (
        "doc-id-not-the-file-name",
        "doc_id",
        {
            "doc_id": json.dumps(OTHER_UUID),
            "object_key": json.dumps(layout.upload_pdf_key(BATCH, OTHER_UUID)),
        },
    ),
    ("uploaded-at-word", "uploaded_at", {"uploaded_at": '"yesterday"'}),
    ("uploaded-at-number", "uploaded_at", {"uploaded_at": "20261122"}),
    ("uploaded-at-null", "uploaded_at", {"uploaded_at": "null"}),
    ("uploaded-at-before-year-1", "uploaded_at", {"uploaded_at": '"0001-01-01T00:00:00+01:00"'}),
    ("uploaded-at-after-9999", "uploaded_at", {"uploaded_at": '"9999-12-31T23:59:59-01:00"'}),
    ("batch-id-other", "batch_id", {"batch_id": '"b2"'}),
    ("batch-id-list", "batch_id", {"batch_id": '["b1"]'}),
    ("object-key-other", "object_key", {"object_key": '"uploads/b1/other.pdf"'}),
    ("object-key-other-batch", "object_key", {"object_key": '"uploads/b2/{doc_id}.pdf"'}),
    ("object-key-number", "object_key", {"object_key": "5"}),
    ("source-number", "source", {"source": "5"}),
    ("source-lone-surrogate", "source", {"source": r'"upload\udc00"'}),
]


def _receipt_text(doc_id: str, pdf: bytes, overrides: dict[str, str]) -> bytes:
    """A receipt as JSON text, some fields' values replaced by raw JSON (which json.dumps could
    not always write: 5000-digit numbers, lone surrogates)."""
    values = {
        "doc_id": json.dumps(doc_id),
        "doc_sha256": json.dumps(sha256_hex(pdf)),
        "batch_id": json.dumps(BATCH),
        "object_key": json.dumps(layout.upload_pdf_key(BATCH, doc_id)),
        "size_bytes": str(len(pdf)),
        "filename": json.dumps("bad.pdf"),
        "uploaded_at": json.dumps("2026-11-22T10:00:00+00:00"),
    }
    for name, text in overrides.items():
        values[name] = text.replace("{DOC_ID}", doc_id.upper()).replace("{doc_id}", doc_id)
    body = ", ".join(f"{json.dumps(name)}: {text}" for name, text in values.items())
    return ("{" + body + "}").encode()


def _write_bad(store: Store, overrides: dict[str, str]) -> str:
    """A readable PDF and a bad receipt for it, receipt last; returns the receipt's key."""
    doc_id = new_doc_id()
    store.write_bytes(layout.upload_pdf_key(BATCH, doc_id), BAD_PDF)
    key = layout.upload_receipt_key(BATCH, doc_id)
    store.write_bytes(key, _receipt_text(doc_id, BAD_PDF, overrides))
    return key


def _rows(conn: duckdb.DuckDBPyConnection, sql: str) -> list[tuple[object, ...]]:
    return conn.execute(sql).fetchall()


@pytest.mark.parametrize(("field", "overrides"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_bad_receipt_field_is_quarantined_and_the_batch_loads(
    local_store: LocalStore, raw_db: DuckDBDatabase, field: str, overrides: dict[str, str]
) -> None:
    _load_and_check(local_store, raw_db, field, overrides)


def test_the_same_on_both_store_backends(store: Store, raw_db: DuckDBDatabase) -> None:
    """The verdict does not depend on the store; one case per backend keeps the suite quick."""
    _load_and_check(store, raw_db, "size_bytes", {"size_bytes": '"lots"'})


def _load_and_check(
    store: Store, raw_db: DuckDBDatabase, field: str, overrides: dict[str, str]
) -> None:
    good = [
        store_document(store, BATCH, make_pdf([LICENCE, "Annex"]), "licence.pdf"),
        store_document(store, BATCH, make_pdf(["Circular 2026/7"]), "circular.pdf"),
    ]
    bad_key = _write_bad(store, overrides)
    with raw_db.connect() as conn:
        load = ingest_batch(store, conn, BATCH, "run-1")
        quarantined = _rows(conn, "SELECT doc_id, object_key, reason FROM raw_quarantine")
        assert len(quarantined) == 1
        doc_id, object_key, reason = quarantined[0]
        assert (doc_id, object_key) == (None, bad_key)
        assert f"receipt field {field}:" in str(reason)
        assert bad_key in str(reason)
        assert [row["object_key"] for row in load.quarantined] == [bad_key]
        # The valid PDFs of the batch are in.
        good_ids = sorted(r.doc_id for r in good)
        assert _rows(conn, "SELECT doc_id FROM raw_documents ORDER BY 1") == [
            (d,) for d in good_ids
        ]
        assert _rows(conn, "SELECT doc_id, count(*) FROM raw_pages GROUP BY 1 ORDER BY 1") == [
            (d, 2 if d == good[0].doc_id else 1) for d in good_ids
        ]
        assert (load.documents_inserted, load.pages_inserted) == (2, 3)
        # A retry does not fail and adds nothing, not even a second quarantine row.
        again = ingest_batch(store, conn, BATCH, "run-2")
        assert (again.documents_inserted, again.pages_inserted) == (0, 0)
        assert _rows(conn, "SELECT count(*) FROM raw_documents") == [(2,)]
        assert _rows(conn, "SELECT count(*) FROM raw_pages") == [(3,)]
        assert _rows(conn, "SELECT count(*) FROM raw_quarantine") == [(1,)]


@pytest.mark.parametrize(("field", "overrides"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_every_reader_gives_the_same_verdict(
    local_store: LocalStore, field: str, overrides: dict[str, str]
) -> None:
    key = _write_bad(local_store, overrides)
    with pytest.raises(InvalidReceipt, match=f"^{key}: receipt field {field}: expected") as info:
        parse_receipt(key, local_store.read_bytes(key), BATCH)
    # The upload service's batch status lists the same problem.
    receipts, problems, _ = list_receipts(local_store, BATCH)
    assert (receipts, problems) == ([], [str(info.value)])


def test_invalid_json_is_quarantined_too(store: Store, raw_db: DuckDBDatabase) -> None:
    """JSON that Python cannot hold (nested too deeply): one bad receipt, not a failed batch."""
    good = store_document(store, BATCH, make_pdf([LICENCE]), "licence.pdf")
    doc_id = new_doc_id()
    deep = b'{"doc_id": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    key = layout.upload_receipt_key(BATCH, doc_id)
    store.write_bytes(key, deep)
    with raw_db.connect() as conn:
        ingest_batch(store, conn, BATCH, "run-1")
        assert _rows(conn, "SELECT doc_id FROM raw_documents") == [(good.doc_id,)]
        ((object_key, reason),) = _rows(conn, "SELECT object_key, reason FROM raw_quarantine")
        assert object_key == key and "not valid JSON" in str(reason)
        ingest_batch(store, conn, BATCH, "run-2")
        assert _rows(conn, "SELECT count(*) FROM raw_quarantine") == [(1,)]


def test_the_backfill_ledger_sees_the_quarantined_receipt(
    local_store: LocalStore, raw_db: DuckDBDatabase
) -> None:
    store_document(local_store, BATCH, make_pdf([LICENCE]), "licence.pdf")
    key = _write_bad(local_store, {"size_bytes": '"lots"'})
    with raw_db.connect() as conn:
        ingest_batch(local_store, conn, BATCH, "run-1")
    (failure,) = ledger.quarantine_failures(raw_db.database, {BATCH})
    assert failure.doc_id == key  # an invalid receipt has no doc_id: its key names it
    assert "receipt field size_bytes: expected a whole number >= 0, got 'lots'" in failure.error


def test_the_drop_sensor_does_not_wait_for_an_invalid_upload_service_receipt(
    local_store: LocalStore,
) -> None:
    """The sensor waits for upload-service batches to close; it decides who wrote a receipt
    with `parse_receipt`, so an invalid one is not trusted to say (the load quarantines it)."""
    source = json.dumps(UPLOAD_SERVICE_SOURCE)
    key = _write_bad(local_store, {"size_bytes": '"lots"', "source": source})
    scan = scan_store(local_store, DropCursor(), quiet_seconds=3600)
    assert [(w.batch_id, w.new_documents) for w in scan.work] == [(BATCH, 1)]
    assert scan.waiting == {}
    # The same receipt, valid, is waited for.
    fixed = json.loads(local_store.read_bytes(key))
    fixed["size_bytes"] = len(BAD_PDF)
    local_store.write_bytes(key, json.dumps(fixed).encode())
    parse_receipt(key, local_store.read_bytes(key), BATCH)
    scan = scan_store(local_store, DropCursor(), quiet_seconds=3600)
    assert scan.work == [] and BATCH in scan.waiting


def test_writers_cannot_make_a_bad_receipt(local_store: LocalStore) -> None:
    """The checks live in the Receipt itself: store_document refuses before writing anything."""
    with pytest.raises(InvalidReceipt, match="receipt field doc_id: expected"):
        store_document(local_store, BATCH, make_pdf([LICENCE]), "x.pdf", doc_id="not-a-uuid")
    assert list(local_store.list_objects(layout.upload_prefix(BATCH))) == []
