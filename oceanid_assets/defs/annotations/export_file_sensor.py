"""Argilla export files dropped under `argilla/out/vessels_ocr_<batch_id>/` become load runs.

A drop is a `.json`, `.jsonl` or `.parquet` file anywhere under a dataset's folder, except the
`export_run_id=<n>/` folders Oceanid writes itself and hidden paths (`to_disk`'s `.argilla/`
settings). A file is identified by its key and the SHA-256 of its bytes: the same bytes again
are not loaded twice (the cursor remembers them, and the run key `<key>@<sha256>` makes Dagster
refuse a duplicate even if the cursor is lost), changed bytes are. Hashing reads the file, so
the cursor keeps each key's last (version, sha256) and only re-hashes a key whose version moved.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from dagster import (
    DefaultSensorStatus,
    RunRequest,
    SensorEvaluationContext,
    SensorResult,
    define_asset_job,
    sensor,
)

from oceanid_assets.annotations.export_files import SUFFIXES
from oceanid_assets.config import BATCH_ID_PATTERN, sensor_interval_seconds
from oceanid_assets.defs.batches import register_batches, unregistered_batches
from oceanid_assets.resources.object_store import ObjectStoreResource
from oceanid_assets.storage.content_hashes import ContentHashes
from oceanid_assets.storage.store import Store

EXPORTS_PREFIX = "argilla/out/"
EXPORT_FILE_KEY_TAG = "oceanid/export_file_key"  # annotations_export reads the file it names
EXPORT_FILE_SHA256_TAG = "oceanid/export_file_sha256"
_DATASET_FOLDER = re.compile(r"^argilla/out/vessels_ocr_([^/]+)/")


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


def is_dropped_export(key: str) -> bool:
    """An export file someone dropped, not one Oceanid wrote (or a hidden helper file)."""
    parts = key.split("/")
    return (
        key.startswith(EXPORTS_PREFIX)
        and key.lower().endswith(SUFFIXES)
        and not any(p.startswith("export_run_id=") or p.startswith(".") for p in parts)
    )


def scan_export_files(store: Store, cursor: ExportFilesCursor) -> ExportFilesScan:
    """Export files with new content since the cursor; updates the cursor in place."""
    scan = ExportFilesScan(new=[], warnings=[], hashed=0)
    cursor.hashes.hashed = 0
    present = set()
    for obj in store.list_objects(EXPORTS_PREFIX):
        if not is_dropped_export(obj.key):
            continue
        present.add(obj.key)
        match = _DATASET_FOLDER.match(obj.key)
        if not match or not BATCH_ID_PATTERN.fullmatch(match.group(1)):
            if obj.key not in cursor.rejected:
                cursor.rejected.append(obj.key)
                scan.warnings.append(
                    f"ignoring {obj.key}: export files go under "
                    "argilla/out/vessels_ocr_<batch_id>/ (batch_id: 1-63 of a-z 0-9 _ -, "
                    "starting with a letter or digit); move the file"
                )
            continue
        sha, before = cursor.hashes.sha256(store, obj)
        if sha != before:  # new, or changed bytes; not the same bytes written again
            scan.new.append(ExportFileDrop(match.group(1), obj.key, sha))
    # A removed file is forgotten: dropped again, it is loaded again (a new run key only if the
    # bytes differ; Dagster skips a run key it has seen).
    cursor.hashes.keep_only(present)
    scan.hashed = cursor.hashes.hashed
    cursor.rejected = [key for key in cursor.rejected if key in present]
    return scan


load_export_file_job = define_asset_job(
    "load_export_file",
    selection=["annotations_export"],
    description="Load an Argilla export file dropped under argilla/out/ (run tag "
    f"{EXPORT_FILE_KEY_TAG}) into md_annotated, the way annotations_export loads the API's.",
)


@sensor(
    job=load_export_file_job,
    minimum_interval_seconds=sensor_interval_seconds(),
    default_status=DefaultSensorStatus.RUNNING,
    description="Finds Argilla SDK export files (.json, .jsonl, .parquet) dropped under "
    "argilla/out/vessels_ocr_<batch_id>/ (not Oceanid's own export_run_id=<n>/ files) and "
    "requests load_export_file for each new (key, content hash).",
)
def argilla_export_file_sensor(
    context: SensorEvaluationContext, object_store: ObjectStoreResource
) -> SensorResult:
    cursor = ExportFilesCursor.from_json(context.cursor)
    scan = scan_export_files(object_store.get_store(), cursor)
    for warning in scan.warnings:
        context.log.warning(warning)
    new_batches = unregistered_batches(context.instance, (drop.batch_id for drop in scan.new))
    context.log.info(
        f"{len(scan.new)} new export file(s), {scan.hashed} hashed, "
        f"{len(new_batches)} new partition(s)"
    )
    return SensorResult(
        run_requests=[
            RunRequest(
                run_key=drop.run_key,
                partition_key=drop.batch_id,
                tags={EXPORT_FILE_KEY_TAG: drop.key, EXPORT_FILE_SHA256_TAG: drop.sha256},
            )
            for drop in scan.new
        ],
        dynamic_partitions_requests=register_batches(new_batches),
        cursor=cursor.to_json(),
    )
