"""Monitoring: per-batch coverage (raw pages vs Argilla records vs annotated pages), latency, gates.

Refreshed by the automation sensor after each push (`argilla_dataset`) and each export
(`annotations_export`) of the batch. Reads both databases read-only; writes only Parquet
reports to the store, so it never competes with a loader for a writer's lock.
"""

from typing import Any

from dagster import (
    AssetCheckResult,
    AssetCheckSeverity,
    AssetCheckSpec,
    AssetExecutionContext,
    AutomationCondition,
    MaterializeResult,
    MetadataValue,
    TableColumn,
    TableRecord,
    TableSchema,
    asset,
)

from oceanid_assets.config import validate_batch_id
from oceanid_assets.defs.annotations.assets import annotations_export
from oceanid_assets.defs.argilla.assets import argilla_dataset
from oceanid_assets.defs.batches import ANNOTATED_POOL
from oceanid_assets.monitoring.coverage import (
    LATENCY_TARGET_PCT,
    BatchCoverage,
    batch_coverage,
    coverage_markdown,
    gates_markdown,
)
from oceanid_assets.resources.databases import ReadOnlyDatabases
from oceanid_assets.resources.object_store import ObjectStoreResource
from oceanid_assets.storage import layout
from oceanid_assets.storage.store import write_parquet

TABLE_ROWS = 100
DOCUMENT_COLUMNS = (
    ("doc_id", "string"),
    ("filename", "string"),
    ("page_count", "int"),
    ("pages_in_raw", "int"),
    ("records_in_argilla", "int"),
    ("pages_annotated", "int"),
    ("argilla_coverage_pct", "float"),
    ("annotated_pct", "float"),
)

# Eager, except that it does not wait for every parent: a batch is worth reporting on as soon
# as it is in Argilla, long before SMEs export anything.
after_push_or_export = (
    AutomationCondition.any_deps_updated().since_last_handled()
    & ~AutomationCondition.any_deps_in_progress()
    & ~AutomationCondition.in_progress()
).with_label("after each push or export")


@asset(
    partitions_def=argilla_dataset.partitions_def,
    deps=[argilla_dataset, annotations_export],
    pool=ANNOTATED_POOL,
    group_name="monitoring",
    kinds={"duckdb", "parquet"},
    automation_condition=after_push_or_export,
    check_specs=[
        AssetCheckSpec(
            "pilot_gates_pass",
            asset="coverage",
            description="Seed 002 step 7: CHECK 1, 3, 6 and 8 find nothing, and every page "
            "of the batch is in Argilla.",
        ),
        AssetCheckSpec(
            "argilla_within_5_minutes",
            asset="coverage",
            description=f"Seed 000 success metric: at least {LATENCY_TARGET_PCT:g} % of the "
            "batch's pages reached Argilla within 5 minutes of their OCR load.",
        ),
    ],
    description="Per doc_id and for the batch: pages in md_raw_ocr, records in Argilla, pages "
    "annotated, coverage %, OCR-to-Argilla latency (sql/monitoring_views.sql) and the pilot "
    f"gates. Reports in {layout.coverage_report_key(layout.BATCH_ID, '{documents,pages}')}.",
)
def coverage(
    context: AssetExecutionContext,
    object_store: ObjectStoreResource,
    readers: ReadOnlyDatabases,
) -> MaterializeResult:  # type: ignore[type-arg]  # Dagster reads a bare class here
    batch_id = validate_batch_id(context.partition_key)
    report = batch_coverage(
        readers.urls,
        batch_id,
        read_token=readers.token(),
        busy_timeout_s=readers.busy_timeout_s,
    )
    store = object_store.get_store()
    write_parquet(store, layout.coverage_report_key(batch_id, "documents"), report.documents)
    write_parquet(store, layout.coverage_report_key(batch_id, "pages"), report.pages)
    totals = report.totals
    context.log.info(
        f"{batch_id}: {totals['pages_in_raw']} pages in raw, {totals['records_in_argilla']} in "
        f"Argilla, {totals['pages_annotated']} annotated; gates "
        f"{'pass' if report.gates_passed else 'FAIL'}"
    )
    return MaterializeResult(
        metadata=_metadata(report),
        check_results=_check_results(report),
    )


def _metadata(report: BatchCoverage) -> dict[str, Any]:
    totals = {k: v for k, v in report.totals.items() if k != "batch_id" and v is not None}
    return {
        **totals,
        "pilot_gates": "PASS" if report.gates_passed else "FAIL",
        "chart": MetadataValue.md(coverage_markdown(report)),
        "gates": MetadataValue.md(gates_markdown(report)),
        "documents_table": MetadataValue.table(
            records=[
                TableRecord({name: doc[name] for name, _ in DOCUMENT_COLUMNS})
                for doc in report.documents.to_pylist()[:TABLE_ROWS]
            ],
            schema=TableSchema(
                columns=[TableColumn(name, kind) for name, kind in DOCUMENT_COLUMNS]
            ),
        ),
    }


def _check_results(report: BatchCoverage) -> list[AssetCheckResult]:
    share = report.totals.get("within_5_min_pct")
    return [
        AssetCheckResult(
            check_name="pilot_gates_pass",
            passed=report.gates_passed,
            metadata={gate.name: ("pass" if gate.passed else gate.detail) for gate in report.gates},
        ),
        AssetCheckResult(
            check_name="argilla_within_5_minutes",
            passed=report.latency_target_met,
            severity=AssetCheckSeverity.WARN,
            metadata={
                "within_5_min_pct": share if share is not None else "no pages",
                "latency_p95_s": report.totals.get("latency_p95_s") or 0.0,
            },
        ),
    ]
