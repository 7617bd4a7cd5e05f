"""Documents in the store: `uploads/<batch_id>/<doc_id>.pdf` plus its receipt `<doc_id>.json`.

The receipt is written last, so a receipt's presence means its PDF is complete: the drop sensor
and the raw load only ever look at receipts.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
import unicodedata
import uuid
from dataclasses import asdict, dataclass
from dataclasses import fields as dataclass_fields
from datetime import UTC, datetime
from pathlib import Path

import uuid6

from oceanid_assets.ingest.text import sha256_hex
from oceanid_assets.storage import layout
from oceanid_assets.storage.store import LocalStore, S3Store, Store

UPLOAD_SERVICE_SOURCE = "upload-service"
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
    # Optional, added later: who wrote the receipt ("upload-service"; absent for
    # `store_document`). Omitted from the JSON when None, so older receipts read the same.
    source: str | None = None

    def to_json(self) -> bytes:
        return json.dumps(self.to_dict(), indent=2).encode("utf-8")

    def to_dict(self) -> dict[str, object]:
        return {k: v for k, v in asdict(self).items() if v is not None}


_REQUIRED_FIELDS = [f.name for f in dataclass_fields(Receipt) if f.name != "source"]


def new_doc_id() -> str:
    return str(uuid6.uuid7())


def sanitize_filename(filename: str) -> str:
    """Keep a readable base name; no directories, control characters or shell surprises."""
    name = unicodedata.normalize("NFKD", filename.replace("\\", "/").rsplit("/", 1)[-1])
    name = _UNSAFE_FILENAME_CHARS.sub("_", name.encode("ascii", "ignore").decode()).strip(" ._")
    return name[:200] or "document.pdf"


def store_document(
    store: Store, batch_id: str, pdf_bytes: bytes, filename: str, doc_id: str | None = None
) -> Receipt:
    """Write a PDF and then its receipt; return the receipt."""
    doc_id = doc_id or new_doc_id()
    key = layout.upload_pdf_key(batch_id, doc_id)
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
    store.write_bytes(layout.upload_receipt_key(batch_id, doc_id), receipt.to_json())
    return receipt


def store_document_file(
    store: Store,
    batch_id: str,
    path: Path,
    *,
    doc_sha256: str,
    size_bytes: int,
    filename: str,
    source: str | None = None,
    doc_id: str | None = None,
    move: bool = False,
) -> Receipt:
    """`store_document` for a PDF already on local disk (hashed by the caller while it streamed
    in): the PDF goes to the store without being read into memory, then the receipt.

    With `move=True` the file may be renamed into a local store (it must then be on the same
    file system); otherwise it is copied and left in place.
    """
    doc_id = doc_id or new_doc_id()
    key = layout.upload_pdf_key(batch_id, doc_id)
    receipt = Receipt(
        doc_id=doc_id,
        doc_sha256=doc_sha256,
        batch_id=batch_id,
        object_key=key,
        size_bytes=size_bytes,
        filename=sanitize_filename(filename),
        uploaded_at=datetime.now(UTC).isoformat(),
        source=source,
    )
    put_file(store, key, path, move=move)
    store.write_bytes(layout.upload_receipt_key(batch_id, doc_id), receipt.to_json())
    return receipt


def put_file(store: Store, key: str, path: Path, *, move: bool = False) -> None:
    """Write a local file to `key` in constant memory; readers never see half an object."""
    if isinstance(store, LocalStore):
        if key.startswith("/") or any(p in ("", ".", "..") for p in key.split("/")):
            raise ValueError(f"invalid object key {key!r}")
        target = store.root / key
        target.parent.mkdir(parents=True, exist_ok=True)
        if move:
            try:
                os.replace(path, target)
                return
            except OSError:
                pass  # another file system: copy below
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as out, open(path, "rb") as src:
                shutil.copyfileobj(src, out, 1 << 20)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    elif isinstance(store, S3Store):
        # boto3's managed transfer: multipart above 8 MB, parts read from the file as they go.
        store.client.upload_file(str(path), store.bucket, store.prefix + key)
    else:
        store.write_bytes(key, path.read_bytes())


def parse_receipt(key: str, data: bytes, batch_id: str) -> Receipt:
    """Parse and check a receipt; errors name the receipt's key and the field at fault."""
    try:
        fields = json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InvalidReceipt(f"{key}: receipt is not valid JSON ({exc})") from exc
    if not isinstance(fields, dict):
        raise InvalidReceipt(f"{key}: receipt must be a JSON object")
    missing = [f for f in _REQUIRED_FIELDS if f not in fields]
    if missing:
        raise InvalidReceipt(f"{key}: receipt lacks field(s) {', '.join(missing)}")
    doc_id = str(fields["doc_id"])
    try:
        uuid.UUID(doc_id)
    except ValueError as exc:
        raise InvalidReceipt(f"{key}: doc_id {doc_id!r} is not a UUID") from exc
    if fields["batch_id"] != batch_id:
        raise InvalidReceipt(f"{key}: batch_id {fields['batch_id']!r} != folder {batch_id!r}")
    if fields["object_key"] != layout.upload_pdf_key(batch_id, doc_id):
        raise InvalidReceipt(f"{key}: object_key {fields['object_key']!r} is not this batch's PDF")
    if not re.fullmatch(r"[0-9a-f]{64}", str(fields["doc_sha256"])):
        raise InvalidReceipt(f"{key}: doc_sha256 is not a hex SHA-256")
    try:
        datetime.fromisoformat(str(fields["uploaded_at"]))
    except ValueError as exc:
        raise InvalidReceipt(
            f"{key}: uploaded_at {fields['uploaded_at']!r} is not ISO 8601"
        ) from exc
    source = fields.get("source")
    if source is not None and not isinstance(source, str):
        raise InvalidReceipt(f"{key}: source must be a string")
    return Receipt(**{f: fields[f] for f in _REQUIRED_FIELDS}, source=source)
