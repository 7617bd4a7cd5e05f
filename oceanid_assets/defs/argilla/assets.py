"""Argilla: the batch's records file, and the dataset SMEs review.

A new batch's ingest run materializes both after `suggestions` (one run from the drop to
Argilla). The autoload sensor sees every records file (ours or dropped by hand) by content hash
and pushes what is not in Argilla yet, except for batches whose run is still on its way there:
a file is never pushed twice by the two.
"""

from dagster import (
    AssetExecutionContext,
    Failure,
    MaterializeResult,
    MetadataValue,
    asset,
)

from oceanid_assets.argilla.ingest import IngestFailed, ingest_records_file
from oceanid_assets.argilla.records import merge_records
from oceanid_assets.config import validate_batch_id
from oceanid_assets.db.sql import sql_text
from oceanid_assets.defs.batches import ANNOTATED_POOL, eager_after_parents
from oceanid_assets.defs.preannotation.assets import suggestions
from oceanid_assets.defs.raw.sensors import ingest_batch_job
from oceanid_assets.ingest.text import sha256_hex
from oceanid_assets.resources.argilla import ArgillaResource
from oceanid_assets.resources.databases import DuckDBDatabase
from oceanid_assets.resources.object_store import ObjectStoreResource
from oceanid_assets.storage import layout
from oceanid_assets.storage.store import write_parquet


@asset(
    partitions_def=suggestions.partitions_def,
    deps=[suggestions],
    group_name="argilla",
    kinds={"duckdb", "parquet"},
    automation_condition=eager_after_parents,
    description="One Argilla record per page with its merged span suggestions: "
    f"{layout.records_key(layout.BATCH_ID)} "
    "(sql/merge_suggestions_for_argilla.sql).",
)
def argilla_records(
    context: AssetExecutionContext, object_store: ObjectStoreResource
) -> MaterializeResult[None]:
    batch_id = validate_batch_id(context.partition_key)
    store = object_store.get_store()
    records = merge_records(store, batch_id)
    stored = write_parquet(store, layout.records_key(batch_id), records)
    counts = records["metadata"].combine_chunks().field("suggestion_count").to_pylist()
    pages_with = sum(1 for count in counts if count)
    return MaterializeResult(
        metadata={
            "records": records.num_rows,
            "records_with_suggestions": pages_with,
            "coverage": round(pages_with / records.num_rows, 4) if records.num_rows else 1.0,
            "object_key": stored.key,
            "bytes": stored.size,
        }
    )


@asset(
    partitions_def=suggestions.partitions_def,
    deps=[argilla_records],
    pool=ANNOTATED_POOL,
    group_name="argilla",
    kinds={"argilla", "duckdb"},
    description=f"The Argilla dataset {layout.dataset_name(layout.BATCH_ID)}: settings from "
    "labelset v1, records upserted by id from argilla_records.parquet, one row per attempt in "
    "md_annotated.argilla_ingest_log. Run by ingest_batch, or by the argilla_autoload sensor.",
)
def argilla_dataset(
    context: AssetExecutionContext,
    object_store: ObjectStoreResource,
    argilla: ArgillaResource,
    annotated_db: DuckDBDatabase,
) -> MaterializeResult[None]:
    batch_id = validate_batch_id(context.partition_key)
    if context.job_name == ingest_batch_job.name:
        # The ingest run pushes only content not yet in Argilla: a re-drop that adds nothing
        # rewrites the same records file. A push asked for by the sensor or by hand still runs.
        pushed = _already_pushed(object_store, annotated_db, batch_id)
        if pushed is not None:
            context.log.info(f"{batch_id}: records sha256 {pushed[:12]} already in Argilla")
            return MaterializeResult(
                metadata={
                    "dataset": layout.dataset_name(batch_id),
                    "skipped": "this records file is already in Argilla (argilla_ingest_log)",
                    "records_sha256": pushed,
                }
            )
    with argilla.bulk_client() as bulk:
        try:
            result = ingest_records_file(
                object_store.get_store(),
                batch_id,
                argilla.sdk_client,
                bulk,
                argilla.workspace,
                annotated_db,
                context.run.run_id,
            )
        except IngestFailed as exc:
            raise Failure(description=str(exc)) from exc
    return MaterializeResult(
        metadata={
            "dataset": result.dataset.name,
            "dataset_url": MetadataValue.url(argilla.dataset_url(result.dataset.id)),
            "created": result.dataset.created,
            "records_in_file": result.record_count,
            "records_pushed": result.records_pushed,
            "records_in_argilla": result.count_in_argilla,
            "spans_pushed": result.prepared.spans - len(result.prepared.rejected),
            "spans_rejected": len(result.prepared.rejected),
            "spans_rejected_by_reason": MetadataValue.json(result.rejected_by_reason),
            "records_per_second": round(result.records_per_second, 1),
            "seconds": round(result.seconds, 2),
            "attempt": result.attempt,
            "records_sha256": result.records_sha256,
        }
    )


def _already_pushed(
    object_store: ObjectStoreResource, annotated_db: DuckDBDatabase, batch_id: str
) -> str | None:
    """The records file's sha256 if a push of exactly these bytes succeeded, else None."""
    key = layout.records_key(batch_id)
    sha = sha256_hex(object_store.get_store().read_bytes(key))
    with annotated_db.connect() as conn:
        states = conn.sql(sql_text("argilla_ingest_state.sql")).fetchall()
    ingested = any(uri == key and row_sha == sha and done for uri, row_sha, done, *_ in states)
    return sha if ingested else None
