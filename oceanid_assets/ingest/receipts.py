"""Documents in the store: `uploads/<batch_id>/<doc_id>.pdf` plus its receipt `<doc_id>.json`.

The receipt is written last, so a receipt's presence means its PDF is complete: the drop sensor
and the raw load only ever look at receipts.
"""

from __future__ import annotations

import json
import re
import unicodedata
import uuid
from dataclasses import asdict, dataclass
from datetime import UTC, datetime

import uuid6

from oceanid_assets.config import validate_batch_id
from oceanid_assets.ingest.text import sha256_hex
from oceanid_assets.resources.store import Store

UPLOADS = "uploads"
_UNSAFE_FILENAME_CHARS = re.compile(r"[^A-Za-z0-9._ ()+-]+")


class InvalidReceipt(ValueError):
    pass


@dataclass(frozen=True)
class Receipt:
    doc_id: str
    doc_sha256: str
    batch_id: str
    object_key: str
    size_bytes: int
    filename: str
    uploaded_at: str  # ISO 8601, UTC

    def to_json(self) -> bytes:
        return json.dumps(asdict(self), indent=2).encode("utf-8")


def new_doc_id() -> str:
    return str(uuid6.uuid7())


def sanitize_filename(filename: str) -> str:
    """Keep a readable base name; no directories, control characters or shell surprises."""
    name = unicodedata.normalize("NFKD", filename.replace("\\", "/").rsplit("/", 1)[-1])
    name = _UNSAFE_FILENAME_CHARS.sub("_", name.encode("ascii", "ignore").decode()).strip(" ._")
    return name[:200] or "document.pdf"


def pdf_key(batch_id: str, doc_id: str) -> str:
    return f"{UPLOADS}/{validate_batch_id(batch_id)}/{doc_id}.pdf"


def receipt_key(batch_id: str, doc_id: str) -> str:
    return f"{UPLOADS}/{validate_batch_id(batch_id)}/{doc_id}.json"


def store_document(
    store: Store, batch_id: str, pdf_bytes: bytes, filename: str, doc_id: str | None = None
) -> Receipt:
    """Write a PDF and then its receipt; return the receipt."""
    doc_id = doc_id or new_doc_id()
    key = pdf_key(batch_id, doc_id)
    receipt = Receipt(
        doc_id=doc_id,
        doc_sha256=sha256_hex(pdf_bytes),
        batch_id=batch_id,
        object_key=key,
        size_bytes=len(pdf_bytes),
        filename=sanitize_filename(filename),
        uploaded_at=datetime.now(UTC).isoformat(),
    )
    store.write_bytes(key, pdf_bytes)
    store.write_bytes(receipt_key(batch_id, doc_id), receipt.to_json())
    return receipt


def parse_receipt(key: str, data: bytes, batch_id: str) -> Receipt:
    """Parse and check a receipt; errors name the receipt's key and the field at fault."""
    try:
        fields = json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InvalidReceipt(f"{key}: receipt is not valid JSON ({exc})") from exc
    if not isinstance(fields, dict):
        raise InvalidReceipt(f"{key}: receipt must be a JSON object")
    missing = [f for f in Receipt.__dataclass_fields__ if f not in fields]
    if missing:
        raise InvalidReceipt(f"{key}: receipt lacks field(s) {', '.join(missing)}")
    doc_id = str(fields["doc_id"])
    try:
        uuid.UUID(doc_id)
    except ValueError as exc:
        raise InvalidReceipt(f"{key}: doc_id {doc_id!r} is not a UUID") from exc
    if fields["batch_id"] != batch_id:
        raise InvalidReceipt(f"{key}: batch_id {fields['batch_id']!r} != folder {batch_id!r}")
    if fields["object_key"] != pdf_key(batch_id, doc_id):
        raise InvalidReceipt(f"{key}: object_key {fields['object_key']!r} is not this batch's PDF")
    if not re.fullmatch(r"[0-9a-f]{64}", str(fields["doc_sha256"])):
        raise InvalidReceipt(f"{key}: doc_sha256 is not a hex SHA-256")
    try:
        datetime.fromisoformat(str(fields["uploaded_at"]))
    except ValueError as exc:
        raise InvalidReceipt(
            f"{key}: uploaded_at {fields['uploaded_at']!r} is not ISO 8601"
        ) from exc
    return Receipt(**{f: fields[f] for f in Receipt.__dataclass_fields__})
