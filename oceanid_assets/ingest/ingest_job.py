"""The ingest run of a batch, as both of its starters name it: the drop sensor (a batch found in
the store) and the upload service (a batch its user closed, launched at once through Dagster's
GraphQL API). Dagster-free, so that the upload service need not load the asset graph."""

from __future__ import annotations

INGEST_JOB_NAME = "ingest_batch"
BATCH_PARTITIONS_NAME = "batches"  # one dynamic partition per batch_id

# A new batch goes from the drop to Argilla (and its coverage report) in this one run: each run
# costs a process and each hand-over between runs a sensor tick (docs/performance.md).
INGEST_ASSET_NAMES: tuple[str, ...] = (
    "raw_documents",
    "raw_pages",
    "argilla_pages",
    "suggestions",
    "argilla_records",
    "argilla_dataset",
    "coverage",
)

# On a run the upload service launched when its batch closed; its value is the batch_id. The drop
# sensor leaves a batch with such a run alone.
LAUNCHED_ON_CLOSE_TAG = "oceanid/launched_on_close"

# The close marker's `run_launch` while the upload service is launching the batch's run.
UPLOAD_SERVICE_LAUNCH = "upload-service"
# How long the drop sensor waits for that run before it starts one itself (a launch that was
# cut off: the service died between the marker and the launch).
LAUNCH_GRACE_SECONDS = 30.0


def ingest_run_tags(source: str, new_documents: int) -> dict[str, str]:
    """What an ingest run says of its drop, whoever starts it: "uploads" or "ocr", and the
    receipts it found (0 for an OCR drop, counted at load)."""
    return {"oceanid/source": source, "oceanid/new_documents": str(new_documents)}
