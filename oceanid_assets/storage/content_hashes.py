"""Content hashes of the files a sensor watches, re-read only when a file's version moves.

Files are identified by key and SHA-256 of their bytes, so the same bytes dropped again are not
new and changed bytes are. Hashing reads a file; a tick re-reads only keys whose version (S3
ETag, local mtime+size) changed since the cursor saw them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from oceanid_assets.ingest.text import sha256_hex
from oceanid_assets.storage.store import Store, StoredObject


@dataclass
class ContentHashes:
    seen: dict[str, tuple[str, str]] = field(default_factory=dict)  # key -> (version, sha256)
    hashed: int = 0  # files read during this tick

    def sha256(self, store: Store, obj: StoredObject) -> tuple[str, str | None]:
        """(the file's SHA-256 now, the one the last tick saw, or None for a new key)."""
        known = self.seen.get(obj.key)
        if known and known[0] == obj.version:
            return known[1], known[1]
        sha = sha256_hex(store.read_bytes(obj.key))
        self.hashed += 1
        self.seen[obj.key] = (obj.version, sha)
        return sha, known[1] if known else None

    def keep_only(self, present: set[str]) -> None:
        """Forget removed files: dropped again, they are seen as new."""
        for gone in set(self.seen) - present:
            del self.seen[gone]

    def to_dict(self) -> dict[str, list[str]]:
        return {key: list(value) for key, value in sorted(self.seen.items())}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ContentHashes:
        return cls(seen={key: (value[0], value[1]) for key, value in data.items()})
