"""Find new work in the store without re-reading what earlier ticks saw.

Uploads: receipts are `uploads/<batch_id>/<doc_id>.json` with UUIDv7 doc_ids, whose text sorts
by creation time. Per batch the cursor keeps the newest timestamp seen (high water) and the ids
seen within a look-back window before it; a tick lists only keys after (high water - window).
The window catches receipts that land late (a long upload started earlier than a short one), so
a tick touches the last few minutes of objects, never the whole history.

Batches filled by the upload service (receipts with `"source": "upload-service"`) wait until
they are complete: until `uploads/<batch_id>/_CLOSED` exists, or until no new receipt has
arrived for a quiet period (`OCEANID_UPLOAD_QUIET_SECONDS`, default 120, measured from the
newest receipt's UUIDv7 time). Their new doc_ids wait in the cursor (`pending`) meanwhile and
go out as one run. Other batches (`store_document`, the demo) run as soon as they are seen.
A service that launches the run itself when the batch closes says so in `_CLOSED`
(`run_launch`); the scan then leaves the batch to that run, and runs it only if the launch has not
happened within `LAUNCH_GRACE_SECONDS` of the close.

OCR drops: `ocr/<batch_id>/_SUCCESS` closes a drop; its version (ETag / mtime) in the cursor
means a rewritten marker is a new drop.
"""

from __future__ import annotations

import json
import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from oceanid_assets import config
from oceanid_assets.config import BATCH_ID_PATTERN
from oceanid_assets.ingest.ingest_job import LAUNCH_GRACE_SECONDS, UPLOAD_SERVICE_LAUNCH
from oceanid_assets.ingest.receipts import UPLOAD_SERVICE_SOURCE, parse_receipt
from oceanid_assets.ingest.text import sha256_hex
from oceanid_assets.storage import layout
from oceanid_assets.storage.store import Store

log = logging.getLogger("oceanid.sensor")

LOOKBACK_MS = 15 * 60 * 1000
CURSOR_VERSION = 1


def upload_quiet_seconds() -> float:
    """How long an upload-service batch must be quiet before it runs without `_CLOSED`."""
    return config.number("OCEANID_UPLOAD_QUIET_SECONDS")


def waiting_message(uploads: int, newest_ms: int, now_ms: int, quiet_ms: int) -> str:
    """What an open upload-service batch is waiting for, and when it runs (UTC)."""
    runs_at = datetime.fromtimestamp((newest_ms + quiet_ms) / 1000, UTC).strftime("%H:%M:%S")
    return (
        f"{uploads} upload(s) waiting: runs at {runs_at} UTC unless closed sooner (no new "
        f"upload for {max(now_ms - newest_ms, 0) / 1000:.0f}s of the {quiet_ms / 1000:.0f}s "
        "quiet period)"
    )


@dataclass
class BatchWatermark:
    high_water_ms: int = 0
    recent: dict[str, int] = field(default_factory=dict)  # doc_id -> uuid7 ms, inside the window


@dataclass
class DropCursor:
    uploads: dict[str, BatchWatermark] = field(default_factory=dict)
    ocr: dict[str, str] = field(default_factory=dict)  # batch_id -> _SUCCESS version
    rejected: list[str] = field(default_factory=list)  # invalid batch folder names, warned once
    # Upload-service batches not yet closed or quiet: batch_id -> doc_ids seen, not yet run.
    pending: dict[str, list[str]] = field(default_factory=dict)

    def to_json(self) -> str:
        data: dict[str, object] = {
            "v": CURSOR_VERSION,
            "uploads": {
                b: {"hw": w.high_water_ms, "recent": w.recent} for b, w in self.uploads.items()
            },
            "ocr": self.ocr,
            "rejected": self.rejected,
        }
        if self.pending:  # optional key: cursors written before it existed still read
            data["pending"] = self.pending
        return json.dumps(data, separators=(",", ":"), sort_keys=True)

    @classmethod
    def from_json(cls, text: str | None) -> DropCursor:
        if not text:
            return cls()
        data = json.loads(text)
        if data.get("v") != CURSOR_VERSION:
            raise ValueError(f"unknown drop-sensor cursor version {data.get('v')!r}")
        return cls(
            uploads={
                b: BatchWatermark(w["hw"], dict(w["recent"])) for b, w in data["uploads"].items()
            },
            ocr=dict(data["ocr"]),
            rejected=list(data["rejected"]),
            pending={b: list(ids) for b, ids in data.get("pending", {}).items()},
        )


@dataclass(frozen=True)
class BatchWork:
    batch_id: str
    source: str  # "uploads" or "ocr"
    run_key: str
    new_documents: int  # receipts for uploads; 0 for an OCR drop (counted at load)


@dataclass
class ScanResult:
    work: list[BatchWork]
    cursor: DropCursor
    objects_listed: int
    batches_checked: int
    warnings: list[str]
    waiting: dict[str, str] = field(default_factory=dict)  # batch_id -> why it is not run yet
    launched_on_close: list[str] = field(default_factory=list)  # batches the service launched


def uuid7_ms(doc_id: str) -> int | None:
    """Creation time in ms of a UUIDv7; None for anything else."""
    try:
        parsed = uuid.UUID(doc_id)
    except ValueError:
        return None
    return parsed.int >> 80 if parsed.version == 7 else None


def _uuid7_floor(ms: int) -> str:
    """The sortable text prefix shared by every UUIDv7 created at or after `ms`."""
    hex12 = f"{max(ms, 0):012x}"
    return f"{hex12[:8]}-{hex12[8:]}"


def scan_store(
    store: Store,
    cursor: DropCursor,
    *,
    now_ms: int | None = None,
    quiet_seconds: float | None = None,
    launched_on_close: Callable[[str], bool] = lambda batch_id: False,
) -> ScanResult:
    """`launched_on_close(batch_id)`: whether a run of the batch was launched when it closed
    (the sensor asks the Dagster instance)."""
    result = ScanResult(work=[], cursor=cursor, objects_listed=0, batches_checked=0, warnings=[])
    now = int(time.time() * 1000) if now_ms is None else now_ms
    quiet_ms = int(1000 * (upload_quiet_seconds() if quiet_seconds is None else quiet_seconds))
    for batch_id in _valid_batches(store, layout.UPLOADS, result):
        _scan_upload_batch(store, batch_id, result, now, quiet_ms, launched_on_close)
    for batch_id in _valid_batches(store, layout.OCR, result):
        result.batches_checked += 1
        marker = store.head(layout.ocr_success_key(batch_id))
        if marker is None or cursor.ocr.get(batch_id) == marker.version:
            continue
        cursor.ocr[batch_id] = marker.version
        result.work.append(BatchWork(batch_id, "ocr", f"ocr:{batch_id}:{marker.version}", 0))
    return result


def _valid_batches(store: Store, root: str, result: ScanResult) -> list[str]:
    valid = []
    for name in store.list_children(root):
        if BATCH_ID_PATTERN.fullmatch(name):
            valid.append(name)
        elif root + name not in result.cursor.rejected:
            result.cursor.rejected.append(root + name)
            result.warnings.append(
                f"ignoring {root}{name}/: {name!r} is not a valid batch_id "
                "(1-63 of a-z 0-9 _ -, starting with a letter or digit); rename the folder"
            )
    return valid


def _scan_upload_batch(
    store: Store,
    batch_id: str,
    result: ScanResult,
    now_ms: int,
    quiet_ms: int,
    launched_on_close: Callable[[str], bool],
) -> None:
    result.batches_checked += 1
    mark = result.cursor.uploads.setdefault(batch_id, BatchWatermark())
    prefix = layout.upload_prefix(batch_id)
    start_after = (
        prefix + _uuid7_floor(mark.high_water_ms - LOOKBACK_MS) if mark.high_water_ms else ""
    )
    new_ids: list[str] = []
    for obj in store.list_objects(prefix, start_after=start_after):
        result.objects_listed += 1
        name = obj.key[len(prefix) :]
        if not name.endswith(".json") or "/" in name:
            continue
        doc_id = name[: -len(".json")]
        if doc_id in mark.recent:
            continue
        created_ms = uuid7_ms(doc_id)
        if created_ms is None:
            result.warnings.append(
                f"{obj.key}: doc_id is not a UUIDv7; loaded now, but receipts must use UUIDv7 "
                "ids for the sensor to list incrementally"
            )
            created_ms = mark.high_water_ms
        mark.recent[doc_id] = created_ms
        new_ids.append(doc_id)
    pending = result.cursor.pending
    if new_ids:
        mark.high_water_ms = max(mark.high_water_ms, *(mark.recent[d] for d in new_ids))
        floor = mark.high_water_ms - LOOKBACK_MS
        mark.recent = {d: ms for d, ms in mark.recent.items() if ms >= floor}
        if batch_id in pending or _from_upload_service(store, batch_id, new_ids):
            pending.setdefault(batch_id, []).extend(new_ids)
    if batch_id in pending:
        waiting = pending[batch_id]
        closed = _close_marker(store, batch_id)
        if closed is None:
            newest = max((uuid7_ms(d) or mark.high_water_ms for d in waiting), default=0)
            if now_ms - newest < quiet_ms:
                result.waiting[batch_id] = waiting_message(len(waiting), newest, now_ms, quiet_ms)
                return
        elif closed.get("run_launch") == UPLOAD_SERVICE_LAUNCH:
            if launched_on_close(batch_id):
                # Nothing lands in a closed batch: that run loads every receipt it holds.
                pending.pop(batch_id)
                result.launched_on_close.append(batch_id)
                return
            waited_s = (now_ms - _closed_at_ms(closed, now_ms)) / 1000
            if waited_s < LAUNCH_GRACE_SECONDS:
                result.waiting[batch_id] = (
                    f"closed {waited_s:.0f}s ago; waiting for the run the upload service is "
                    f"launching (runs here after {LAUNCH_GRACE_SECONDS:.0f}s)"
                )
                return
            result.warnings.append(
                f"batch {batch_id}: closed {waited_s:.0f}s ago and no run was launched on close; "
                "the sensor runs it"
            )
        new_ids = pending.pop(batch_id)
    if not new_ids:
        return
    fingerprint = sha256_hex("\n".join(sorted(new_ids)))[:16]
    result.work.append(
        BatchWork(batch_id, "uploads", f"uploads:{batch_id}:{fingerprint}", len(new_ids))
    )


def _close_marker(store: Store, batch_id: str) -> dict[str, object] | None:
    """The batch's `_CLOSED` marker; an unreadable one still closes the batch."""
    key = layout.upload_closed_key(batch_id)
    if store.head(key) is None:
        return None
    try:
        marker = json.loads(store.read_bytes(key))
    except ValueError:
        return {}
    return marker if isinstance(marker, dict) else {}


def _closed_at_ms(marker: dict[str, object], default: int) -> int:
    try:
        return int(datetime.fromisoformat(str(marker["closed_at"])).timestamp() * 1000)
    except (KeyError, ValueError):
        return default


def _from_upload_service(store: Store, batch_id: str, doc_ids: list[str]) -> bool:
    """Whether the newest of these receipts was written by the upload service (one read)."""
    key = layout.upload_receipt_key(batch_id, max(doc_ids))
    try:
        receipt = parse_receipt(key, store.read_bytes(key), batch_id)
    except Exception:  # unreadable or invalid: the raw load quarantines it; do not wait for it
        return False
    return receipt.source == UPLOAD_SERVICE_SOURCE
