"""Which `argilla_records.parquet` drops need a push: new content, or a failed push due a retry.

A drop is identified by its object key and the SHA-256 of its bytes (`ContentHashes`), so the
same file dropped again is ignored and a changed file is pushed again.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from oceanid_assets.backoff import Backoff
from oceanid_assets.storage import layout
from oceanid_assets.storage.content_hashes import ContentHashes
from oceanid_assets.storage.store import Store


@dataclass(frozen=True)
class RecordsDrop:
    batch_id: str
    key: str
    sha256: str


@dataclass(frozen=True)
class IngestState:
    ingested: bool
    failed_attempts: int
    last_attempt_at: datetime | None


@dataclass
class RecordsCursor:
    hashes: ContentHashes = field(default_factory=ContentHashes)

    @classmethod
    def from_json(cls, text: str | None) -> RecordsCursor:
        if not text:
            return cls()
        return cls(ContentHashes.from_dict(json.loads(text).get("seen", {})))

    def to_json(self) -> str:
        return json.dumps({"seen": self.hashes.to_dict()})


@dataclass
class ScanResult:
    drops: list[RecordsDrop]
    invalid_keys: list[str]
    hashed: int


def scan_records_drops(store: Store, cursor: RecordsCursor) -> ScanResult:
    """Every records file in the store with its content hash; updates the cursor in place."""
    drops, invalid = [], []
    present = set()
    cursor.hashes.hashed = 0
    for obj in store.list_objects(layout.ARGILLA_IN):
        batch_id = layout.parse_records_key(obj.key)
        if batch_id is None:
            if layout.is_misplaced_records_key(obj.key):
                invalid.append(obj.key)
            continue
        present.add(obj.key)
        sha, _ = cursor.hashes.sha256(store, obj)
        drops.append(RecordsDrop(batch_id, obj.key, sha))
    cursor.hashes.keep_only(present)
    return ScanResult(drops, invalid, cursor.hashes.hashed)


@dataclass(frozen=True)
class PushRequest:
    drop: RecordsDrop
    attempt: int

    @property
    def run_key(self) -> str:
        # Dagster runs a run_key once: a retry must carry its attempt number to be launched.
        return f"{self.drop.key}@{self.drop.sha256}#{self.attempt}"


def plan_pushes(
    drops: Iterable[RecordsDrop],
    states: Mapping[tuple[str, str], IngestState],
    now: datetime,
    policy: Backoff,
) -> tuple[list[PushRequest], list[RecordsDrop]]:
    """(pushes to request now, drops given up on after policy.max_attempts failures)."""
    requests, given_up = [], []
    for drop in drops:
        state = states.get((drop.key, drop.sha256))
        if state is None:
            requests.append(PushRequest(drop, attempt=1))
        elif state.ingested:
            continue
        elif policy.exhausted(state.failed_attempts):
            given_up.append(drop)
        elif policy.due(state.failed_attempts, state.last_attempt_at, now):
            requests.append(PushRequest(drop, attempt=state.failed_attempts + 1))
    return requests, given_up
