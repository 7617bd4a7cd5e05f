"""The autoload sensor's planning: new drops, duplicates, changed files, retries with backoff."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from oceanid_assets.argilla.records_scan import (
    IngestState,
    RecordsCursor,
    RecordsDrop,
    plan_pushes,
    scan_records_drops,
)
from oceanid_assets.backoff import Backoff
from oceanid_assets.ingest.text import sha256_hex
from oceanid_assets.storage.store import Store

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)


def test_scan_finds_records_files_and_hashes_each_version_once(store: Store) -> None:
    store.write_bytes("argilla/in/vessels_ocr_b1/argilla_records.parquet", b"one")
    store.write_bytes("argilla/in/vessels_ocr_b1/pages/pages.parquet", b"pages")
    store.write_bytes("argilla/in/vessels_ocr_Bad Name/argilla_records.parquet", b"x")
    cursor = RecordsCursor()
    first = scan_records_drops(store, cursor)
    assert first.drops == [
        RecordsDrop("b1", "argilla/in/vessels_ocr_b1/argilla_records.parquet", sha256_hex(b"one"))
    ]
    assert first.invalid_keys == ["argilla/in/vessels_ocr_Bad Name/argilla_records.parquet"]
    assert first.hashed == 1

    cursor = RecordsCursor.from_json(cursor.to_json())  # as the daemon stores it
    again = scan_records_drops(store, cursor)
    assert again.drops == first.drops and again.hashed == 0

    store.write_bytes("argilla/in/vessels_ocr_b1/argilla_records.parquet", b"two, longer")
    changed = scan_records_drops(store, cursor)
    assert changed.hashed == 1 and changed.drops[0].sha256 == sha256_hex(b"two, longer")


def _drop(sha: str = "aa") -> RecordsDrop:
    return RecordsDrop("b1", "argilla/in/vessels_ocr_b1/argilla_records.parquet", sha)


def test_plan_pushes_new_drop_and_ignores_an_ingested_duplicate() -> None:
    policy = Backoff(base_s=30, cap_s=1800, max_attempts=8)
    new, given_up = plan_pushes([_drop("new")], {}, NOW, policy)
    assert [(r.drop.sha256, r.attempt) for r in new] == [("new", 1)] and given_up == []
    done = {(_drop().key, "aa"): IngestState(True, 2, NOW)}
    assert plan_pushes([_drop("aa")], done, NOW, policy) == ([], [])


def test_failed_push_is_retried_after_exponential_backoff_then_given_up() -> None:
    policy = Backoff(base_s=30, cap_s=1800, max_attempts=4)
    key = (_drop().key, "aa")
    after_two = IngestState(False, 2, NOW - timedelta(seconds=59))
    assert plan_pushes([_drop()], {key: after_two}, NOW, policy) == ([], [])  # waits 60 s
    later = IngestState(False, 2, NOW - timedelta(seconds=61))
    (request,), _ = plan_pushes([_drop()], {key: later}, NOW, policy)
    assert request.attempt == 3
    assert request.run_key == f"{_drop().key}@aa#3"  # a new run key: Dagster launches it
    exhausted = IngestState(False, 4, NOW - timedelta(days=1))
    assert plan_pushes([_drop()], {key: exhausted}, NOW, policy) == ([], [_drop()])
