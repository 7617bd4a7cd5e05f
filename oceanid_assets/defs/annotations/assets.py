"""Annotations: SME responses from Argilla (or an Argilla export file) into md_annotated."""

from typing import Any

from dagster import (
    AssetExecutionContext,
    Config,
    Failure,
    MaterializeResult,
    MetadataValue,
    asset,
)
from pydantic import Field

from oceanid_assets.annotations.argilla_reader import DatasetNotFound, read_dataset_responses
from oceanid_assets.annotations.export_files import ExportFileError, read_export_file
from oceanid_assets.annotations.load import ExportRun, load_export
from oceanid_assets.annotations.metrics import agreement, suggestion_outcomes
from oceanid_assets.argilla.push import PushError
from oceanid_assets.config import validate_batch_id
from oceanid_assets.defs.argilla.assets import argilla_dataset
from oceanid_assets.defs.batches import ANNOTATED_POOL
from oceanid_assets.resources.argilla import ArgillaResource
from oceanid_assets.resources.databases import DuckDBDatabase
from oceanid_assets.resources.object_store import ObjectStoreResource
from oceanid_assets.storage import layout


class AnnotationsExportConfig(Config):  # type: ignore[misc]
    export_file_key: str = Field(
        default="",
        description="Load this Argilla export file (a key under "
        f"{layout.argilla_out_prefix(layout.BATCH_ID)}) instead of reading the dataset from "
        "Argilla's API. Empty: the API.",
    )


@asset(
    partitions_def=argilla_dataset.partitions_def,
    deps=[argilla_dataset],
    pool=ANNOTATED_POOL,
    group_name="annotations",
    kinds={"argilla", "duckdb", "parquet"},
    description="Submitted and discarded SME responses of "
    f"{layout.dataset_name(layout.BATCH_ID)}, one row per "
    "(record, annotator), with spans re-derived from the page text and validated, appended "
    "to md_annotated under a new export_run_id only when something changed. Started by the "
    "argilla_submissions_sensor, by hand, by a backfill, or (config export_file_key) for an "
    f"Argilla export file dropped under {layout.ARGILLA_OUT}.",
)
def annotations_export(
    context: AssetExecutionContext,
    config: AnnotationsExportConfig,
    object_store: ObjectStoreResource,
    argilla: ArgillaResource,
    annotated_db: DuckDBDatabase,
) -> MaterializeResult[None]:
    batch_id = validate_batch_id(context.partition_key)
    dataset = layout.dataset_name(batch_id)
    store = object_store.get_store()
    file_key = config.export_file_key
    suggestions: dict[str, list[tuple[int, int, str]]] = {}
    try:
        if file_key:
            try:
                staged = read_export_file(store.read_bytes(file_key), file_key, dataset)
            except ExportFileError as exc:
                raise Failure(description=str(exc)) from exc
            source, revision = file_key, "unknown: loaded from an export file"
        else:
            with argilla.bulk_client() as http:
                read = read_dataset_responses(
                    argilla.sdk_client(), http, dataset, argilla.workspace
                )
            staged, suggestions = read.staged, read.suggestions
            source, revision = "argilla-api", read.guideline_revision
        run = load_export(
            staged,
            dataset=dataset,
            batch_id=batch_id,
            source=source,
            guideline_revision=revision,
            store=store,
            annotated_db=annotated_db,
            dagster_run_id=context.run.run_id,
        )
    except (DatasetNotFound, PushError) as exc:
        raise Failure(description=f"{dataset}: {exc}") from exc
    return MaterializeResult(metadata=export_metadata(run, suggestions, source))


def export_metadata(
    run: ExportRun, suggestions: dict[str, list[tuple[int, int, str]]], source: str
) -> dict[str, Any]:
    pages, spans = run.pages, run.spans
    statuses = pages["response_status"].to_pylist()
    records = pages["argilla_record_id"].to_pylist()
    submitted_pages = {r for r, s in zip(records, statuses, strict=True) if s == "submitted"}
    discarded_pages = {r for r, s in zip(records, statuses, strict=True) if s == "discarded"}
    labels: dict[str, int] = {}
    for label in spans["label"].to_pylist():
        labels[label] = labels.get(label, 0) + 1
    shared, mean_f1 = agreement(pages, spans)
    metadata: dict[str, Any] = {
        "export_run_id": run.export_run_id if run.export_run_id is not None else "none (no change)",
        "source": source,
        "responses_read": run.candidates,
        "responses_new": pages.num_rows,
        # One definition with coverage (sql/monitoring_views.sql): a page is annotated when an
        # SME submitted it; a page only discarded is counted apart.
        "pages_annotated": len(submitted_pages),
        "pages_discarded_only": len(discarded_pages - submitted_pages),
        "submitted": statuses.count("submitted"),
        "discarded": statuses.count("discarded"),
        "annotators": len(set(pages["annotator_id"].to_pylist())),
        "spans": spans.num_rows,
        "spans_per_label": MetadataValue.json(dict(sorted(labels.items()))),
        "spans_invalid": spans["validation_status"].to_pylist().count("invalid"),
        "pages_with_several_annotators": shared,
        "agreement_mean_span_f1": round(mean_f1, 4) if mean_f1 is not None else "n/a",
    }
    if suggestions:
        metadata["suggestions"] = MetadataValue.json(suggestion_outcomes(pages, spans, suggestions))
    if run.pages_uri:
        metadata["pages_uri"] = run.pages_uri
        metadata["spans_uri"] = run.spans_uri
    return metadata
