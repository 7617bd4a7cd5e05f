"""The upload service's side of the store and the databases: batch ids, content claims, the
close marker, a batch's receipts and where each document is in the pipeline.

One copy of each content, across batches: `upload-content/<doc_sha256>.json` names the upload
(doc_id, batch_id) that holds those bytes. An upload claims the hash with a create-if-absent
write before storing the PDF, so of two uploads of the same bytes racing into two batches (or
through two service replicas) exactly one stores them; the other answers with the winner's
receipt (waiting briefly for it to be written). A repeat sent to another batch leaves a note,
`upload-repeats/<batch_id>/<doc_sha256>.json`, so that batch's status lists it as a duplicate
of the original; nothing of it is loaded, pushed or annotated again. One HEAD + GET finds a
repeat whatever the store's size.

Both live outside `uploads/` on purpose: the raw load treats every `*.json` under
`uploads/<batch_id>/` as a receipt, and the drop sensor's incremental listing would re-list
anything sorting after the UUIDv7 receipts. The receipt stays the truth: a claim whose receipt
is gone or names other bytes, and is older than CLAIM_STALE_SECONDS, is taken over.
Documents that reach the store another way (`store_document`, a copied folder, an OCR drop)
are held to the same rule by the raw load (`raw_duplicates`, docs/raw-ingestion.md).
"""

from __future__ import annotations

import json
import logging
import secrets
import string
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

import duckdb

from oceanid_assets.config import validate_batch_id
from oceanid_assets.db.connect import connect_reader, database_exists
from oceanid_assets.db.sql import run_sql_file
from oceanid_assets.ingest.drop_scan import upload_quiet_seconds, uuid7_ms, waiting_message
from oceanid_assets.ingest.receipts import (
    UPLOAD_SERVICE_SOURCE,
    InvalidReceipt,
    Receipt,
    new_doc_id,
    parse_receipt,
    sanitize_filename,
)
from oceanid_assets.storage import layout
from oceanid_assets.storage.store import Store

log = logging.getLogger("oceanid.upload")

MAX_STATUS_DOCUMENTS = 5000
# An upload writes its PDF and receipt within seconds of claiming their bytes (the body is
# already spooled): a claim this old without a receipt belongs to an upload that died.
CLAIM_STALE_SECONDS = 600.0
# How long a repeat waits for the receipt of an upload of the same bytes still being written.
CLAIM_WAIT_SECONDS = 30.0
CLAIM_POLL_SECONDS = 0.2
_ALPHABET = string.ascii_lowercase + string.digits


def new_batch_id(now: datetime | None = None) -> str:
    """`upload-<UTC yyyymmdd-hhmmss>-<4 random>`, e.g. `upload-20261122-101500-k3x9`."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S")
    suffix = "".join(secrets.choice(_ALPHABET) for _ in range(4))
    return validate_batch_id(f"upload-{stamp}-{suffix}")


def is_closed(store: Store, batch_id: str) -> bool:
    return store.head(layout.upload_closed_key(batch_id)) is not None


def close_batch(store: Store, batch_id: str, run_launch: str | None = None) -> bool:
    """Write the close marker; whether this call closed the batch (a second close keeps the
    first's marker). `run_launch` names who launches the batch's run at once (the drop sensor
    leaves the batch to it for a while: drop_scan.py)."""
    key = layout.upload_closed_key(batch_id)
    if store.head(key) is not None:
        return False
    marker = {"batch_id": batch_id, "closed_at": datetime.now(UTC).isoformat()}
    if run_launch is not None:
        marker["run_launch"] = run_launch
    store.write_bytes(key, json.dumps(marker).encode())
    return True


def hand_run_to_sensor(store: Store, batch_id: str, reason: str) -> None:
    """The launch on close failed: the marker no longer asks the drop sensor to wait for it."""
    key = layout.upload_closed_key(batch_id)
    marker = json.loads(store.read_bytes(key))
    marker["run_launch"] = "sensor"
    marker["run_launch_error"] = reason
    store.write_bytes(key, json.dumps(marker).encode())


class ContentBusy(Exception):
    """Another upload claimed the same bytes and has not written its receipt yet."""


def find_or_claim(
    store: Store,
    batch_id: str,
    doc_sha256: str,
) -> Receipt | str:
    """The receipt of the upload that already holds these bytes (in any batch), or a new
    doc_id under which this upload now owns them and must store them."""
    key = layout.upload_content_key(doc_sha256)
    deadline = time.monotonic() + CLAIM_WAIT_SECONDS
    while True:
        doc_id = new_doc_id()
        if store.create_bytes(key, _claim(batch_id, doc_id)) is not None:
            return doc_id
        claim = _read_claim(store, key)
        if claim is None:  # released by a failed upload, or unreadable: free to take
            store.write_bytes(key, _claim(batch_id, doc_id))
            return doc_id
        owner = _owner_receipt(store, claim, doc_sha256)
        if owner is not None:
            return owner
        age = (datetime.now(UTC) - claim[2]).total_seconds()
        if abs(age) > CLAIM_STALE_SECONDS:  # abs: a claim stamped by a clock far ahead too
            log.warning(
                "content %s: claim by doc %s (batch %s) has no receipt after %.0fs; taking it over",
                doc_sha256[:12],
                claim[0],
                claim[1],
                age,
            )
            store.write_bytes(key, _claim(batch_id, doc_id))
            return doc_id
        if time.monotonic() > deadline:
            raise ContentBusy(
                f"the same file is being stored by another upload (doc {claim[0]}, batch "
                f"{claim[1]}); retry in a few seconds"
            )
        time.sleep(CLAIM_POLL_SECONDS)


def release_claim(store: Store, doc_sha256: str, doc_id: str) -> None:
    """Give up a claim whose upload failed before its receipt, so the next upload need not wait
    CLAIM_STALE_SECONDS. Only our own claim: another may have taken it over meanwhile."""
    key = layout.upload_content_key(doc_sha256)
    claim = _read_claim(store, key)
    if claim is not None and claim[0] == doc_id:
        store.write_bytes(key, json.dumps({"released": doc_id}).encode())


def record_repeat(store: Store, batch_id: str, owner: Receipt, filename: str) -> None:
    """Note in `batch_id` that it was sent bytes that `owner` (another batch) holds."""
    note = {
        "doc_id": owner.doc_id,
        "doc_sha256": owner.doc_sha256,
        "filename": sanitize_filename(filename),
        "uploaded_at": datetime.now(UTC).isoformat(),
        "duplicate_of_batch": owner.batch_id,
    }
    key = layout.upload_repeat_key(batch_id, owner.doc_sha256)
    store.write_bytes(key, json.dumps(note).encode())


def list_repeats(store: Store, batch_id: str) -> list[dict[str, Any]]:
    """The repeat notes of a batch, oldest first (up to MAX_STATUS_DOCUMENTS)."""
    notes: list[dict[str, Any]] = []
    for obj in store.list_objects(layout.upload_repeats_prefix(batch_id)):
        if len(notes) >= MAX_STATUS_DOCUMENTS:
            break
        try:
            notes.append(dict(json.loads(store.read_bytes(obj.key))))
        except (ValueError, TypeError, OSError) as exc:
            log.warning("ignoring repeat note %s: %s", obj.key, exc)
    return sorted(notes, key=lambda note: str(note.get("uploaded_at")))


def _claim(batch_id: str, doc_id: str) -> bytes:
    entry = {"doc_id": doc_id, "batch_id": batch_id, "claimed_at": datetime.now(UTC).isoformat()}
    return json.dumps(entry).encode()


def _read_claim(store: Store, key: str) -> tuple[str, str, datetime] | None:
    """(doc_id, batch_id, claimed_at) of a live claim; None if released, unreadable or gone."""
    try:
        entry = json.loads(store.read_bytes(key))
        if isinstance(entry, dict) and "released" in entry:
            return None
        claimed_at = datetime.fromisoformat(str(entry["claimed_at"]))
        return (
            str(entry["doc_id"]),
            validate_batch_id(str(entry["batch_id"])),
            claimed_at if claimed_at.tzinfo else claimed_at.replace(tzinfo=UTC),
        )
    except FileNotFoundError:
        return None
    except (ValueError, KeyError, TypeError) as exc:  # InvalidBatchId is a ValueError
        log.warning("content claim %s is unreadable (%s); taking it over", key, exc)
        return None


def _owner_receipt(
    store: Store, claim: tuple[str, str, datetime], doc_sha256: str
) -> Receipt | None:
    doc_id, batch_id, _ = claim
    key = layout.upload_receipt_key(batch_id, doc_id)
    if store.head(key) is None:  # not written yet, or gone
        return None
    try:
        receipt = parse_receipt(key, store.read_bytes(key), batch_id)
    except InvalidReceipt:
        return None
    return receipt if receipt.doc_sha256 == doc_sha256 else None


def batch_exists(store: Store, batch_id: str) -> bool:
    """Whether anything was uploaded into the batch, repeats included."""
    prefixes = (layout.upload_prefix(batch_id), layout.upload_repeats_prefix(batch_id))
    return any(next(iter(store.list_objects(prefix)), None) is not None for prefix in prefixes)


def _receipt_keys(store: Store, batch_id: str) -> Iterator[str]:
    """The keys of the batch's receipts, in doc_id order (listed, none read)."""
    prefix = layout.upload_prefix(batch_id)
    for obj in store.list_objects(prefix):
        name = obj.key[len(prefix) :]
        if name.endswith(".json") and "/" not in name:
            yield obj.key


def receipt_count(store: Store, batch_id: str) -> int:
    return sum(1 for _ in _receipt_keys(store, batch_id))


def list_receipts(store: Store, batch_id: str) -> tuple[list[Receipt], list[str], bool]:
    """(receipts in doc_id order, problems, truncated): reads up to MAX_STATUS_DOCUMENTS."""
    keys: list[str] = []
    truncated = False
    for key in _receipt_keys(store, batch_id):
        if len(keys) >= MAX_STATUS_DOCUMENTS:
            truncated = True
            break
        keys.append(key)

    def read(key: str) -> Receipt | str:
        try:
            return parse_receipt(key, store.read_bytes(key), batch_id)
        except (InvalidReceipt, OSError) as exc:
            return str(exc)

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(read, keys))
    receipts = [r for r in results if isinstance(r, Receipt)]
    problems = [r for r in results if isinstance(r, str)]
    return receipts, problems, truncated


# --- where each document is in the pipeline (read-only, never fatal) ------------------------


@contextmanager
def _read_only(url: str) -> Iterator[duckdb.DuckDBPyConnection]:
    if not database_exists(url):
        raise FileNotFoundError(url)
    with connect_reader(url, busy_timeout_s=0) as conn:
        yield conn


def _raw_status(url: str, batch_id: str) -> dict[str, Any]:
    with _read_only(url) as conn:
        rows = run_sql_file(conn, "upload_batch_raw_status.sql", {"batch_id": batch_id})
    return {
        "pages": {doc_id: pages for doc_id, loaded, pages, _, _ in rows if loaded},
        "quarantined": {
            doc_id: reason for doc_id, loaded, _, reason, _ in rows if not loaded and reason
        },
        "duplicates": {doc_id: of_batch for doc_id, _, _, _, of_batch in rows if of_batch},
    }


def _annotated_status(url: str, batch_id: str) -> dict[str, Any]:
    with _read_only(url) as conn:
        (pushes,) = run_sql_file(conn, "upload_batch_push_summary.sql", {"batch_id": batch_id})
        progress = run_sql_file(conn, "upload_batch_document_progress.sql")
    attempts, succeeded, last_status, last_at = pushes
    return {
        "attempts": attempts,
        "succeeded": succeeded,
        "last_status": last_status,
        "last_at": last_at.isoformat() if last_at else None,
        "in_argilla": {doc_id: pushed for doc_id, pushed, _ in progress},
        "annotated": {doc_id: annotated for doc_id, _, annotated in progress},
    }


def _safely(what: str, fn: Any, *args: Any) -> dict[str, Any] | None:
    try:
        result: dict[str, Any] = fn(*args)
        return result
    except Exception as exc:  # locked, missing, not yet created: the page says "unknown"
        log.info("batch status: %s unavailable (%s: %s)", what, type(exc).__name__, exc)
        return None


def batch_status(store: Store, batch_id: str, raw_url: str, annotated_url: str) -> dict[str, Any]:
    """A batch's receipts and, per document, how far the pipeline has taken it."""
    receipts, problems, truncated = list_receipts(store, batch_id)
    raw = _safely("md_raw_ocr", _raw_status, raw_url, batch_id)
    annotated = _safely("md_annotated", _annotated_status, annotated_url, batch_id)

    if annotated is None:
        argilla = "unknown"
    elif annotated["succeeded"]:
        argilla = "pushed"
    elif annotated["attempts"]:
        argilla = "push_failed"
    else:
        argilla = "not_pushed"

    documents = []
    for receipt in receipts:
        entry: dict[str, Any] = {**receipt.to_dict()}
        doc_id = receipt.doc_id
        if raw is None:
            entry["raw"], entry["pages"] = "unknown", None
        elif doc_id in raw["pages"]:
            entry["raw"], entry["pages"] = "loaded", raw["pages"][doc_id]
        elif doc_id in raw["duplicates"]:  # the same bytes reached the store another way
            entry["raw"], entry["pages"] = "duplicate", None
            entry["duplicate_of_batch"] = raw["duplicates"][doc_id]
        elif doc_id in raw["quarantined"]:
            entry["raw"], entry["pages"] = "quarantined", None
            entry["quarantine_reason"] = raw["quarantined"][doc_id]
        else:
            entry["raw"], entry["pages"] = "waiting", None
        if annotated is None or entry["raw"] == "unknown":
            entry["argilla"], entry["argilla_pages"] = "unknown", None
        else:
            # Per document: the pages a succeeded push put into the dataset.
            entry["argilla_pages"] = int(annotated["in_argilla"].get(doc_id, 0))
            if entry["argilla_pages"]:
                entry["argilla"] = "pushed"
            else:
                entry["argilla"] = "push_failed" if argilla == "push_failed" else "not_pushed"
        if annotated is None:
            entry["annotation"], entry["annotated_pages"] = "unknown", None
        else:
            n = int(annotated["annotated"].get(doc_id, 0))
            entry["annotation"] = "annotated" if n else "not_annotated"
            entry["annotated_pages"] = n
        entry["stage"] = _stage(entry)
        documents.append(entry)
    # Bytes another batch already holds: not loaded here; where they are is in their own batch.
    repeats = list_repeats(store, batch_id)
    documents += [{**note, "stage": "duplicate"} for note in repeats]
    closed = is_closed(store, batch_id)

    return {
        "batch_id": batch_id,
        "closed": closed,
        "waiting": None if closed or raw is None else _waiting(receipts, documents),
        "document_count": len(receipts),
        "duplicate_count": len(repeats),
        "truncated": truncated,
        "problems": problems,
        "argilla_dataset": layout.dataset_name(batch_id),
        "argilla": argilla,
        "argilla_last_push": None if annotated is None else annotated["last_at"],
        "databases": {
            "md_raw_ocr": "unknown" if raw is None else "ok",
            "md_annotated": "unknown" if annotated is None else "ok",
        },
        "documents": documents,
    }


def _waiting(receipts: list[Receipt], documents: list[dict[str, Any]]) -> str | None:
    """When the drop sensor will run the batch's uploads not yet loaded: the same words as the
    sensor's log line (the quiet period after the newest upload, unless closed sooner)."""
    not_loaded = {d["doc_id"] for d in documents if d.get("raw") == "waiting"}
    created = [
        uuid7_ms(r.doc_id) or 0
        for r in receipts
        if r.doc_id in not_loaded and r.source == UPLOAD_SERVICE_SOURCE
    ]
    if not created:
        return None
    now_ms = int(time.time() * 1000)
    quiet_ms = int(1000 * upload_quiet_seconds())
    if now_ms - max(created) < quiet_ms:
        return waiting_message(len(created), max(created), now_ms, quiet_ms)
    return f"{len(created)} upload(s) due: the drop sensor starts the batch at its next tick"


def _stage(entry: dict[str, Any]) -> str:
    if entry["annotation"] == "annotated":
        return "annotated"
    if entry["raw"] in ("unknown", "quarantined", "duplicate"):
        return str(entry["raw"])
    if entry["argilla"] == "pushed":
        return "in_argilla"
    if entry["raw"] == "loaded":
        return "loaded"
    return "uploaded"
