from __future__ import annotations

import json

import pytest

from oceanid_assets.config import InvalidBatchId, validate_batch_id
from oceanid_assets.ingest.drop_scan import uuid7_ms
from oceanid_assets.ingest.receipts import (
    InvalidReceipt,
    parse_receipt,
    sanitize_filename,
    store_document,
)
from oceanid_assets.ingest.text import sha256_hex
from oceanid_assets.storage.layout import upload_receipt_key
from oceanid_assets.storage.store import Store


@pytest.mark.parametrize("batch_id", ["b1", "iotc-2026_03", "01jd7x3k9v8m2n4p5q6r7s8t9v", "a" * 63])
def test_valid_batch_ids(batch_id: str) -> None:
    assert validate_batch_id(batch_id) == batch_id


@pytest.mark.parametrize(
    "batch_id", ["", "B1", "-b", "_b", "a" * 64, "b/1", "../b", "b 1", "b;drop", "bé"]
)
def test_invalid_batch_ids_are_rejected_with_the_rule(batch_id: str) -> None:
    with pytest.raises(InvalidBatchId, match="expected 1-63 characters"):
        validate_batch_id(batch_id)


def test_store_document_writes_pdf_then_receipt(store: Store) -> None:
    receipt = store_document(store, "b1", b"%PDF-1.7 body", "Licence 2026.pdf")
    assert uuid7_ms(receipt.doc_id) is not None
    assert receipt.doc_sha256 == sha256_hex(b"%PDF-1.7 body")
    assert receipt.object_key == f"uploads/b1/{receipt.doc_id}.pdf"
    assert store.read_bytes(receipt.object_key) == b"%PDF-1.7 body"
    key = upload_receipt_key("b1", receipt.doc_id)
    assert parse_receipt(key, store.read_bytes(key), "b1") == receipt


def test_store_document_rejects_bad_batch(store: Store) -> None:
    with pytest.raises(InvalidBatchId):
        store_document(store, "../evil", b"%PDF-", "x.pdf")
    assert store.list_children("uploads/") == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../../etc/passwd", "passwd"),
        ("C:\\Users\\sme\\licence.pdf", "licence.pdf"),
        ("lic\x00ence\n.pdf", "lic_ence_.pdf"),
        ("Récépissé n°4.pdf", "Recepisse n4.pdf"),
        ("...", "document.pdf"),
    ],
)
def test_sanitize_filename(name: str, expected: str) -> None:
    assert sanitize_filename(name) == expected


def _receipt(**changes: object) -> bytes:
    fields = {
        "doc_id": "01936f0e-8f3a-7c2b-9d4e-5f6a7b8c9d0e",
        "doc_sha256": "a" * 64,
        "batch_id": "b1",
        "object_key": "uploads/b1/01936f0e-8f3a-7c2b-9d4e-5f6a7b8c9d0e.pdf",
        "size_bytes": 10,
        "filename": "x.pdf",
        "uploaded_at": "2026-11-22T10:00:00+00:00",
    }
    fields.update(changes)
    return json.dumps({k: v for k, v in fields.items() if v is not None}).encode()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"{not json", "not valid JSON"),
        (b"[1]", "must be a JSON object"),
        (_receipt(doc_sha256=None), "lacks field"),
        (_receipt(doc_id="nope"), "receipt field doc_id: expected a UUID"),
        (_receipt(batch_id="b2"), r"receipt field batch_id: expected 'b1' \(the receipt's folder"),
        (_receipt(object_key="uploads/b1/other.pdf"), r"object_key: .*\(this receipt's PDF\)"),
        (_receipt(doc_sha256="xyz"), "receipt field doc_sha256: expected a SHA-256"),
        (_receipt(uploaded_at="yesterday"), "receipt field uploaded_at: expected an ISO 8601"),
        (_receipt(), r"receipt field doc_id: expected '.*' \(the receipt's file name\)"),
    ],
)
def test_bad_receipts_name_key_and_field(data: bytes, message: str) -> None:
    with pytest.raises(InvalidReceipt, match=message) as info:
        parse_receipt("uploads/b1/r.json", data, "b1")
    assert "uploads/b1/r.json" in str(info.value)
