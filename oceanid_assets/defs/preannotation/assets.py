"""Pre-annotation: the batch's pages as Parquet, and machine suggestions for SMEs to review.

`argilla_pages` holds the md_raw_ocr pool only for the export; `suggestions` reads that Parquet,
so an hour of LLM calls never blocks raw ingestion. Neither writes to a database.
"""

from typing import Any

from dagster import (
    AssetCheckResult,
    AssetCheckSeverity,
    AssetCheckSpec,
    AssetExecutionContext,
    Failure,
    MaterializeResult,
    MetadataValue,
    asset,
)

from oceanid_assets.config import validate_batch_id
from oceanid_assets.db.connect import database_exists
from oceanid_assets.db.sql import set_variables, sql_text
from oceanid_assets.defs.batches import RAW_POOL, batch_partitions, eager_after_parents
from oceanid_assets.learn.crf import TrainedExtractor
from oceanid_assets.learn.promotions import promoted_version
from oceanid_assets.learn.training import agent_name, load_model, model_stored
from oceanid_assets.preannotate.run import (
    PreannotationError,
    bad_spans,
    pages_covered,
    preannotate,
    written_spans,
)
from oceanid_assets.resources.databases import DuckDBDatabase, ReadOnlyDatabases
from oceanid_assets.resources.object_store import ObjectStoreResource
from oceanid_assets.resources.preannotator import PreannotatorResource
from oceanid_assets.storage import layout
from oceanid_assets.storage.store import Store, read_parquet, write_parquet


@asset(
    partitions_def=batch_partitions,
    deps=["raw_pages"],
    pool=RAW_POOL,
    group_name="preannotation",
    kinds={"duckdb", "parquet"},
    automation_condition=eager_after_parents,
    description="The batch's latest page texts (vw_argilla_pages) as Parquet in the store: "
    f"{layout.argilla_pages_key(layout.BATCH_ID)} (sql/export_for_argilla.sql).",
)
def argilla_pages(
    context: AssetExecutionContext, object_store: ObjectStoreResource, raw_db: DuckDBDatabase
) -> MaterializeResult[None]:
    batch_id = validate_batch_id(context.partition_key)
    with raw_db.connect() as conn:
        set_variables(conn, {"batch_id": batch_id})
        pages = conn.sql(sql_text("export_for_argilla.sql")).to_arrow_table()
    if pages is None:  # only for statements without a result set
        raise RuntimeError("export_for_argilla.sql returned no result set")
    stored = write_parquet(object_store.get_store(), layout.argilla_pages_key(batch_id), pages)
    return MaterializeResult(
        metadata={
            "pages": pages.num_rows,
            "documents": len(set(pages["doc_id"].to_pylist())),
            "object_key": stored.key,
            "bytes": stored.size,
        }
    )


@asset(
    partitions_def=batch_partitions,
    deps=[argilla_pages],
    group_name="preannotation",
    kinds={"parquet"},
    automation_condition=eager_after_parents,
    check_specs=[
        AssetCheckSpec(
            "suggestions_cover_pages_with_exact_spans",
            asset="suggestions",
            description="At least OCEANID_SUGGESTION_COVERAGE_MIN (default 90%) of the batch's "
            "pages have a suggestion, and every span lies inside its page with "
            "text == page_text[start:end].",
        )
    ],
    description="Machine suggestions (rules, the promoted trained extractor when there is one, "
    "and the LLM when OCEANID_LLM_URL is set), merged "
    f"to one span per region: {layout.suggestions_key(layout.BATCH_ID)}. "
    "Schema: sql/PREANNOTATION_SCHEMA.md.",
)
def suggestions(
    context: AssetExecutionContext,
    object_store: ObjectStoreResource,
    preannotator: PreannotatorResource,
    readers: ReadOnlyDatabases,
) -> Any:
    batch_id = validate_batch_id(context.partition_key)
    store = object_store.get_store()
    pages = read_parquet(store, layout.argilla_pages_key(batch_id))
    model = _promoted_model(context, readers, store) if preannotator.extractor != "llm" else None
    try:
        result = preannotate(pages, preannotator.extractor, preannotator.llm_config(), model)
    except (PreannotationError, ValueError) as exc:  # ValueError: a half-set LLM config
        raise Failure(description=f"batch {batch_id}: {exc}") from exc
    stored = write_parquet(store, layout.suggestions_key(batch_id), result.suggestions)
    if result.failures.num_rows:
        write_parquet(store, layout.preannotation_failures_key(batch_id), result.failures)
        context.log.warning(
            f"{result.failures.num_rows} page(s) failed pre-annotation; see "
            f"{layout.preannotation_failures_key(batch_id)}"
        )
    yield MaterializeResult(
        metadata={
            "pages": result.pages,
            "spans": result.suggestions.num_rows,
            "coverage": round(result.coverage, 4),
            "spans_per_label": MetadataValue.json(result.spans_per_label()),
            "agents": "+".join(result.agents),
            "hallucinations_dropped": result.hallucinations,
            "failures": result.failures.num_rows,
            "pages_per_second": round(result.pages_per_second, 1),
            "object_key": stored.key,
        }
    )
    # Verified from what was written, not from memory.
    written = written_spans(store, layout.suggestions_key(batch_id))
    covered = pages_covered(written)
    coverage = covered / pages.num_rows if pages.num_rows else 1.0
    bad = bad_spans(pages, written)
    threshold = preannotator.coverage_min
    yield AssetCheckResult(
        check_name="suggestions_cover_pages_with_exact_spans",
        passed=coverage >= threshold and not bad,
        severity=AssetCheckSeverity.ERROR if bad else AssetCheckSeverity.WARN,
        metadata={
            "coverage": round(coverage, 4),
            "threshold": threshold,
            "pages_without_suggestions": pages.num_rows - covered,
            "bad_spans": len(bad),
            "bad_span_ids": MetadataValue.json(bad[:20]),
        },
    )


def _promoted_model(
    context: AssetExecutionContext, readers: ReadOnlyDatabases, store: Store
) -> tuple[str, TrainedExtractor] | None:
    """(agent, extractor) of the promoted version; None before any promotion (rules alone),
    or when its file is gone from the store (said in the log: the rules still run)."""
    if not database_exists(readers.annotated_url):
        return None
    with readers.connect("ann") as conn:
        version = promoted_version(conn)
    if version is None:
        return None
    if not model_stored(store, version):
        context.log.warning(
            f"promoted extractor {version} is missing from {layout.model_prefix(version)}: "
            "suggestions from the rules alone"
        )
        return None
    return agent_name(version), load_model(store, version)
