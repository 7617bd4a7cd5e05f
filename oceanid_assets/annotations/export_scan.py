"""Which Argilla export files dropped under `argilla/out/vessels_ocr_<batch_id>/` are new.

A drop is a `.json`, `.jsonl` or `.parquet` file anywhere under a dataset's folder, except the
`export_run_id=<n>/` folders Oceanid writes itself and hidden paths (`to_disk`'s `.argilla/`
settings). A file is identified by its key and the SHA-256 of its bytes: the same bytes again
are not loaded twice (the cursor remembers them, and the run key `<key>@<sha256>` makes Dagster
refuse a duplicate even if the cursor is lost), changed bytes are. Hashing reads the file, so
the cursor keeps each key's last (version, sha256) and only re-hashes a key whose version moved.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from oceanid_assets.storage import layout
from oceanid_assets.storage.content_hashes import ContentHashes
from oceanid_assets.storage.store import Store


@dataclass(frozen=True)
class ExportFileDrop:
    batch_id: str
    key: str
    sha256: str

    @property
    def run_key(self) -> str:
        return f"{self.key}@{self.sha256}"


@dataclass
class ExportFilesCursor:
    hashes: ContentHashes = field(default_factory=ContentHashes)
    rejected: list[str] = field(default_factory=list)  # keys in invalid folders, warned once

    @classmethod
    def from_json(cls, text: str | None) -> ExportFilesCursor:
        if not text:
            return cls()
        data = json.loads(text)
        return cls(ContentHashes.from_dict(data.get("seen", {})), list(data.get("rejected", [])))

    def to_json(self) -> str:
        return json.dumps({"seen": self.hashes.to_dict(), "rejected": sorted(self.rejected)})


@dataclass
class ExportFilesScan:
    new: list[ExportFileDrop]  # keys never seen, or whose bytes changed: to load
    warnings: list[str]  # files in folders that are not vessels_ocr_<valid batch_id>
    hashed: int


def scan_export_files(store: Store, cursor: ExportFilesCursor) -> ExportFilesScan:
    """Export files with new content since the cursor; updates the cursor in place."""
    scan = ExportFilesScan(new=[], warnings=[], hashed=0)
    cursor.hashes.hashed = 0
    present = set()
    for obj in store.list_objects(layout.ARGILLA_OUT):
        if not layout.is_dropped_export(obj.key):
            continue
        present.add(obj.key)
        batch_id = layout.batch_of_export_file(obj.key)
        if batch_id is None:
            if obj.key not in cursor.rejected:
                cursor.rejected.append(obj.key)
                scan.warnings.append(
                    f"ignoring {obj.key}: export files go under "
                    f"{layout.argilla_out_prefix(layout.BATCH_ID)} (batch_id: 1-63 of a-z 0-9 _ -, "
                    "starting with a letter or digit); move the file"
                )
            continue
        sha, before = cursor.hashes.sha256(store, obj)
        if sha != before:  # new, or changed bytes; not the same bytes written again
            scan.new.append(ExportFileDrop(batch_id, obj.key, sha))
    # A removed file is forgotten: dropped again, it is loaded again (a new run key only if the
    # bytes differ; Dagster skips a run key it has seen).
    cursor.hashes.keep_only(present)
    scan.hashed = cursor.hashes.hashed
    cursor.rejected = [key for key in cursor.rejected if key in present]
    return scan
