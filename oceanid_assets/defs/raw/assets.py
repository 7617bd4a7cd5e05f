"""Raw ingestion: uploaded PDFs and external OCR drops of a batch into md_raw_ocr."""

from collections.abc import Iterator
from typing import Any

from dagster import (
    AssetCheckResult,
    AssetCheckSeverity,
    AssetCheckSpec,
    AssetExecutionContext,
    AssetSpec,
    Config,
    Failure,
    MaterializeResult,
    MetadataValue,
    multi_asset,
)
from pydantic import Field

from oceanid_assets.config import InvalidBatchId, extract_workers, validate_batch_id
from oceanid_assets.db.connect import DatabaseBusy
from oceanid_assets.defs.batches import RAW_POOL, batch_partitions
from oceanid_assets.ingest.ocr_drop import InvalidOcrDrop
from oceanid_assets.ingest.raw_load import BatchLoad, ingest_batch
from oceanid_assets.resources.databases import DuckDBDatabase
from oceanid_assets.resources.object_store import ObjectStoreResource
from oceanid_assets.resources.ocr import OcrResource

# Pages listed in the check's metadata; the table raw_page_failures has them all.
_LISTED = 50


class RawIngestConfig(Config):  # type: ignore[misc]
    extract_workers: int = Field(
        default=extract_workers(),
        description="Processes extracting PDF text (PDFium is not thread-safe); default "
        "OCEANID_EXTRACT_WORKERS, else the CPU count.",
    )


@multi_asset(
    specs=[
        AssetSpec(
            "raw_documents",
            group_name="raw",
            kinds={"duckdb"},
            description="md_raw_ocr.main.raw_documents: one row per document of the batch "
            "(uploaded PDF or external OCR drop), with its receipt's doc_sha256.",
        ),
        AssetSpec(
            "raw_pages",
            group_name="raw",
            kinds={"duckdb"},
            deps=["raw_documents"],
            description="md_raw_ocr.main.raw_pages: normalised page text with text_sha256, one "
            "row per page per OCR pass; view vw_argilla_pages keeps the latest pass.",
        ),
    ],
    check_specs=[
        AssetCheckSpec(
            "every_page_has_text",
            asset="raw_pages",
            description="Every page that needed OCR got text; the others are listed with their "
            "reason (table raw_page_failures).",
        ),
        AssetCheckSpec(
            "no_quarantined_documents",
            asset="raw_documents",
            description="Every document of the batch loaded; quarantined ones are listed with "
            "their reason (table raw_quarantine).",
        ),
    ],
    partitions_def=batch_partitions,
    pool=RAW_POOL,
)
def raw_ingest(
    context: AssetExecutionContext,
    config: RawIngestConfig,
    object_store: ObjectStoreResource,
    raw_db: DuckDBDatabase,
    ocr: OcrResource,
) -> Iterator[MaterializeResult[None] | AssetCheckResult]:
    batch_id = context.partition_key
    try:
        validate_batch_id(batch_id)
        ocr_settings = ocr.settings()
        with raw_db.connect() as conn:
            load = ingest_batch(
                object_store.get_store(),
                conn,
                batch_id,
                context.run.run_id,
                config.extract_workers,
                ocr_settings,
            )
    except (InvalidBatchId, InvalidOcrDrop, DatabaseBusy, ValueError) as exc:
        raise Failure(description=str(exc)) from exc
    yield MaterializeResult(asset_key="raw_documents", metadata=_documents_metadata(load))
    yield MaterializeResult(asset_key="raw_pages", metadata=_pages_metadata(load))
    yield AssetCheckResult(
        asset_key="raw_pages",
        check_name="every_page_has_text",
        passed=not load.ocr_failures,
        severity=AssetCheckSeverity.WARN,
        metadata={
            "pages_without_text": len(load.ocr_failures),
            "pages": MetadataValue.md(_page_failures_markdown(load)),
        },
    )
    yield AssetCheckResult(
        asset_key="raw_documents",
        check_name="no_quarantined_documents",
        passed=not load.quarantined,
        severity=AssetCheckSeverity.WARN,
        metadata={
            "quarantined": len(load.quarantined),
            "documents": MetadataValue.md(_quarantine_markdown(load)),
        },
    )


def _documents_metadata(load: BatchLoad) -> dict[str, Any]:
    return {
        "batch_id": load.batch_id,
        "documents_inserted": load.documents_inserted,
        "documents_in_batch": load.documents_seen,
        "documents_already_processed": load.documents_already_processed,
        "documents_quarantined": len(load.quarantined),
        # Repeats of documents already loaded (table raw_duplicates): not loaded or pushed again.
        "documents_duplicate": len(load.duplicates),
        "duplicates": MetadataValue.md(_duplicates_markdown(load)),
        "ocr_drop_files": load.ocr_drop_files,
    }


def _pages_metadata(load: BatchLoad) -> dict[str, Any]:
    return {
        "batch_id": load.batch_id,
        "pages_inserted": load.pages_inserted,
        "pages_extracted": load.pages_extracted,
        "empty_pages": load.empty_pages,
        "characters": load.characters,
        "extraction_seconds": round(load.extraction_seconds, 3),
        "pages_per_second": round(load.pages_per_second, 1),
        "load_seconds": round(load.load_seconds, 3),
        "pages_from_text_layer": load.pages_from_text_layer,
        "pages_from_ocr": load.pages_from_ocr,
        "ocr_failed_pages": len(load.ocr_failures),
        "ocr_engine": load.ocr_engine or "none needed",
        "ocr_seconds": round(load.ocr_seconds, 3),
        "ocr_mean_confidence": (
            round(load.ocr_mean_confidence, 3) if load.ocr_mean_confidence is not None else None
        ),
    }


def _page_failures_markdown(load: BatchLoad) -> str:
    if not load.ocr_failures:
        return "Every page that needed OCR got text."
    failures = sorted(load.ocr_failures.items())
    rows = [[f"`{doc_id}`", str(page_num), reason] for (doc_id, page_num), reason in failures]
    return _listed_table(["doc_id", "page", "reason"], rows, "raw_page_failures")


def _duplicates_markdown(load: BatchLoad) -> str:
    if not load.duplicates:
        return "No document repeats one already loaded."
    rows = [
        [
            f"`{row['doc_id']}`",
            str(row["filename"] or ""),
            f"`{row['duplicate_of_doc_id']}`",
            str(row["duplicate_of_batch_id"]),
        ]
        for row in load.duplicates
    ]
    return _listed_table(["doc_id", "file", "same content as", "in batch"], rows, "raw_duplicates")


def _listed_table(columns: list[str], rows: list[list[str]], table: str) -> str:
    """A Markdown table of the first _LISTED rows; a last row says where the others are."""
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(row) + " |" for row in rows[:_LISTED]]
    if len(rows) > _LISTED:
        more = f"| … | | {len(rows) - _LISTED} more in table {table} |"
        lines.append(more + " |" * (len(columns) - 3))
    return "\n".join(lines)


def _quarantine_markdown(load: BatchLoad) -> str:
    if not load.quarantined:
        return "No document quarantined."
    lines = ["| object key | file | reason |", "|---|---|---|"]
    lines += [
        f"| `{row['object_key']}` | {row['filename'] or ''} | {row['reason']} |"
        for row in load.quarantined
    ]
    return "\n".join(lines)
