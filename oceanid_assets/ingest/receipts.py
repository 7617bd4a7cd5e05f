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

from oceanid_assets.config import BATCH_ID_PATTERN
from oceanid_assets.ingest.text import sha256_hex
from oceanid_assets.storage import layout
from oceanid_assets.storage.store import LocalStore, S3Store, Store

UPLOAD_SERVICE_SOURCE = "upload-service"
_UNSAFE_FILENAME_CHARS = re.compile(r"[^A-Za-z0-9._ ()+-]+")


class InvalidReceipt(ValueError):
    pass


INT64_MAX = 2**63 - 1
_SHA256_HEX = re.compile(r"[0-9a-f]{64}")
_MAX_INT_DIGITS = 30  # longer JSON integers are not parsed into Python ints (see parse_receipt)


@dataclass(frozen=True)
class Receipt:
    """A receipt, checked field by field when it is made, whoever makes it (the writers below,
    `parse_receipt` for every reader): a Receipt that exists has fields of the right type and
    range, so nothing downstream (the Arrow tables of the raw load) can trip on one."""

    doc_id: str  # a UUID, canonical text (lower-case, hyphenated); UUIDv7 from Oceanid
    doc_sha256: str  # 64 lower-case hex characters
    batch_id: str
    object_key: str  # uploads/<batch_id>/<doc_id>.pdf
    size_bytes: int  # 0 <= size_bytes < 2**63
    filename: str  # non-empty
    uploaded_at: str  # ISO 8601; UTC when it has no offset
    # Optional, added later: who wrote the receipt ("upload-service"; absent for
    # `store_document`). Omitted from the JSON when None, so older receipts read the same.
    source: str | None = None

    def __post_init__(self) -> None:
        _check_fields(self)

    def to_json(self) -> bytes:
        return json.dumps(self.to_dict(), indent=2).encode("utf-8")

    def to_dict(self) -> dict[str, object]:
        return {k: v for k, v in asdict(self).items() if v is not None}


def _bad(name: str, expected: str, value: object) -> InvalidReceipt:
    shown = repr(value)
    if len(shown) > 80:
        shown = shown[:77] + "..."
    return InvalidReceipt(f"receipt field {name}: expected {expected}, got {shown}")


def _text(name: str, value: object, expected: str) -> None:
    """A string that can be stored: Arrow and DuckDB refuse lone surrogates, which JSON text
    (`"\\ud800"`) parses to."""
    if not isinstance(value, str):
        raise _bad(name, expected, value)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise _bad(name, f"{expected} of valid Unicode (no lone surrogates)", value) from None


def _check_fields(receipt: Receipt) -> None:
    """Every field's type and range, in field order; the first fault raises, naming the field.

    The values are whatever a JSON file held, whatever the type hints say, hence `object`.
    """
    doc_id: object = receipt.doc_id
    try:
        canonical = isinstance(doc_id, str) and str(uuid.UUID(doc_id)) == doc_id
    except ValueError:
        canonical = False
    if not canonical:
        raise _bad("doc_id", "a UUID as lower-case hyphenated text", doc_id)
    sha: object = receipt.doc_sha256
    if not (isinstance(sha, str) and _SHA256_HEX.fullmatch(sha)):
        raise _bad("doc_sha256", "a SHA-256 as 64 lower-case hex characters", sha)
    batch_id: object = receipt.batch_id
    if not (isinstance(batch_id, str) and BATCH_ID_PATTERN.fullmatch(batch_id)):
        raise _bad("batch_id", "a batch id (1-63 of a-z 0-9 _ -)", batch_id)
    object_key: object = receipt.object_key
    expected_key = layout.upload_pdf_key(receipt.batch_id, receipt.doc_id)
    if object_key != expected_key:
        raise _bad("object_key", f"{expected_key!r} (this receipt's PDF)", object_key)
    size: object = receipt.size_bytes
    if not (isinstance(size, int) and not isinstance(size, bool) and size >= 0):
        raise _bad("size_bytes", "a whole number >= 0", size)
    if size > INT64_MAX:
        raise _bad("size_bytes", f"a whole number <= {INT64_MAX}", size)
    _text("filename", receipt.filename, "a non-empty string")
    if not receipt.filename:
        raise _bad("filename", "a non-empty string", receipt.filename)
    uploaded_at: object = receipt.uploaded_at
    if not (isinstance(uploaded_at, str) and _utc(uploaded_at) is not None):
        raise _bad("uploaded_at", "an ISO 8601 timestamp of years 1-9999 in UTC", uploaded_at)
    if receipt.source is not None:
        _text("source", receipt.source, "a string or no value")


def _utc(text: str) -> datetime | None:
    """The timestamp in UTC (naive means UTC), or None if it is not one Python can hold."""
    try:
        parsed = datetime.fromisoformat(text)
        return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)
    except (ValueError, OverflowError):
        return None


def uploaded_at_utc(receipt: Receipt) -> datetime:
    """`uploaded_at` as an aware UTC datetime (checked when the receipt was made)."""
    parsed = _utc(receipt.uploaded_at)
    assert parsed is not None  # the Receipt's own check
    return parsed


_REQUIRED_FIELDS = [f.name for f in dataclass_fields(Receipt) if f.name != "source"]


class _LongInteger:
    """A JSON integer too long for any receipt field (Python refuses > 4300 digits outright),
    kept as a value of no field's type so that the field's check names it."""

    def __init__(self, text: str) -> None:
        self.digits = len(text.lstrip("-"))

    def __repr__(self) -> str:
        return f"a {self.digits}-digit number"


def _parse_int(text: str) -> int | _LongInteger:
    return int(text) if len(text) <= _MAX_INT_DIGITS else _LongInteger(text)


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
    """Parse and check a receipt; errors name the receipt's key and the field at fault.

    Every reader of receipts (raw load, drop sensor, upload service, demo) calls this, so they
    all give the same verdict. The fields' own checks are the Receipt's; here, on top, those
    that depend on where the receipt lies: its folder's batch and its file name's doc_id.
    """
    try:
        fields = json.loads(data, parse_int=_parse_int)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:  # JSONDecodeError too
        reason = "nested too deeply" if isinstance(exc, RecursionError) else exc
        raise InvalidReceipt(f"{key}: receipt is not valid JSON ({reason})") from exc
    if not isinstance(fields, dict):
        raise InvalidReceipt(f"{key}: receipt must be a JSON object")
    missing = [f for f in _REQUIRED_FIELDS if f not in fields]
    if missing:
        raise InvalidReceipt(f"{key}: receipt lacks field(s) {', '.join(missing)}")
    try:
        if fields["batch_id"] != batch_id:
            raise _bad("batch_id", f"{batch_id!r} (the receipt's folder)", fields["batch_id"])
        receipt = Receipt(**{f: fields[f] for f in _REQUIRED_FIELDS}, source=fields.get("source"))
        expected_key = layout.upload_receipt_key(batch_id, receipt.doc_id)
        if key != expected_key:
            expected_id = key.rsplit("/", 1)[-1].removesuffix(".json")
            raise _bad("doc_id", f"{expected_id!r} (the receipt's file name)", receipt.doc_id)
    except InvalidReceipt as exc:
        raise InvalidReceipt(f"{key}: {exc}") from None
    return receipt
