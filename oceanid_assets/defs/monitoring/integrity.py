"""The integrity checks as Dagster asset checks (per batch) and a daily job (everything).

- Asset checks, partitioned by batch like the assets they guard, run after each
  materialization in the same run (jobs that target an asset include its checks) and by hand
  from the UI: CHECK 1-4 on raw_pages, 5 on argilla_dataset, 6-8 on annotations_export, each
  asset's checks in one op.
- `integrity_daily_job`: two ops, all checks over all batches in one run, plus the append-only
  audit (load fingerprints); scheduled daily by `integrity_daily`.

Pools: a DuckDB file takes one writer process, and a writer shuts out readers in other
processes. Each check runs in the pool of the database it guards (md_raw_ocr for 1-4,
md_annotated for 5-8), so it never overlaps that database's writers. CHECK 5, 7 and 8 also read
md_raw_ocr, and a step takes only one pool: that ATTACH waits up to `BUSY_TIMEOUT_S` for a raw
writer to finish, then the check fails with "database busy" (no deadlock: raw writers never wait
on md_annotated). On MotherDuck there is no lock and the pools only serialize.
"""

import warnings
from collections.abc import Callable, Iterator
from typing import Any

from dagster import (
    AssetCheckExecutionContext,
    AssetCheckResult,
    AssetChecksDefinition,
    AssetCheckSeverity,
    AssetCheckSpec,
    Failure,
    MetadataValue,
    OpExecutionContext,
    Output,
    PreviewWarning,
    ScheduleDefinition,
    job,
    multi_asset_check,
    op,
)

from oceanid_assets.db.connect import DatabaseBusy
from oceanid_assets.defs.batches import ANNOTATED_POOL, RAW_POOL, batch_partitions
from oceanid_assets.monitoring.fingerprints import ANNOTATED_TABLES, RAW_TABLES, audit_fingerprints
from oceanid_assets.monitoring.integrity import (
    Violation,
    load_checks,
    run_checks,
    summarize,
)
from oceanid_assets.resources.databases import ReadOnlyDatabases

METADATA_LIMIT = 20

# check_id -> (asset guarded, check name, pool, severity when it finds something)
CHECKS: dict[int, tuple[str, str, str, AssetCheckSeverity]] = {
    1: ("raw_pages", "documents_have_pages", RAW_POOL, AssetCheckSeverity.ERROR),
    2: ("raw_pages", "pages_have_text_sha256", RAW_POOL, AssetCheckSeverity.ERROR),
    3: ("raw_pages", "text_sha256_matches_text", RAW_POOL, AssetCheckSeverity.ERROR),
    4: ("raw_pages", "page_count_matches_pages", RAW_POOL, AssetCheckSeverity.ERROR),
    5: ("argilla_dataset", "argilla_covers_pages", ANNOTATED_POOL, AssetCheckSeverity.WARN),
    6: ("annotations_export", "export_counts_match_rows", ANNOTATED_POOL, AssetCheckSeverity.ERROR),
    7: ("annotations_export", "spans_match_page_text", ANNOTATED_POOL, AssetCheckSeverity.ERROR),
    8: (
        "annotations_export",
        "annotations_have_raw_pages",
        ANNOTATED_POOL,
        AssetCheckSeverity.ERROR,
    ),
}


def check_metadata(check_id: int, title: str, violations: list[Violation]) -> dict[str, Any]:
    """Counts and the first offending ids (never page text)."""
    summary = summarize(violations, METADATA_LIMIT)
    return {
        "check": f"CHECK {check_id}: {title}",
        "violations": summary["violations"],
        "batches": MetadataValue.json(summary["batches"]),
        f"first_{METADATA_LIMIT}": MetadataValue.json(summary["first"]),
    }


def _integrity_checks_of(asset: str) -> AssetChecksDefinition:
    """All checks guarding `asset` in one op: one step, one pool claim and one process per run,
    not one per check (a step costs a process start; a pool claim waits on the writers)."""
    check_ids = [n for n, spec in sorted(CHECKS.items()) if spec[0] == asset]
    pools = {CHECKS[n][2] for n in check_ids}
    if len(pools) != 1:
        raise ValueError(f"checks of {asset} span pools {sorted(pools)}")
    titles = {n: c.title for n, c in load_checks().items()}
    with warnings.catch_warnings():
        # Partitioned checks are a Dagster preview (docs/integrity.md); said once there, not on
        # every import of the code location.
        warnings.simplefilter("ignore", PreviewWarning)
        specs = [_spec(asset, n, titles[n]) for n in check_ids]

    @multi_asset_check(
        name=f"{asset}_integrity",
        specs=specs,
        description=f"CHECK {', '.join(map(str, check_ids))} of sql/checks_integrity.sql on "
        f"{asset}, for the run's batch.",
        pool=pools.pop(),
    )
    def _checks(
        context: AssetCheckExecutionContext, readers: ReadOnlyDatabases
    ) -> Iterator[AssetCheckResult]:
        batch_id = context.partition_key if context.has_partition_key else None
        for check_id in check_ids:
            yield _check_result(check_id, titles[check_id], readers, batch_id)

    return _checks


def _spec(asset: str, check_id: int, title: str) -> AssetCheckSpec:
    return AssetCheckSpec(
        CHECKS[check_id][1],
        asset=asset,
        description=f"CHECK {check_id} of sql/checks_integrity.sql: {title}. Passes when it finds "
        "no rows; metadata lists the first offending ids.",
        partitions_def=batch_partitions,
    )


def _check_result(
    check_id: int,
    title: str,
    readers: ReadOnlyDatabases,
    batch_id: str | None,
) -> AssetCheckResult:
    _, name, _, severity = CHECKS[check_id]
    try:
        found = _run(readers, check_id, batch_id)
    except DatabaseBusy as exc:
        return AssetCheckResult(
            check_name=name,
            passed=False,
            severity=AssetCheckSeverity.WARN,
            description=str(exc),
            metadata={"check": f"CHECK {check_id}: {title}", "error": str(exc)},
        )
    return AssetCheckResult(
        check_name=name,
        passed=not found,
        severity=severity,
        metadata={"batch_id": batch_id or "all", **check_metadata(check_id, title, found)},
    )


integrity_checks: list[AssetChecksDefinition] = [
    _integrity_checks_of(asset) for asset in dict.fromkeys(spec[0] for spec in CHECKS.values())
]


def _run(readers: ReadOnlyDatabases, check_id: int, batch_id: str | None) -> list[Violation]:
    return run_checks(
        readers.urls,
        [check_id],
        batch_id,
        read_token=readers.token(),
        busy_timeout_s=readers.busy_timeout_s,
    )[check_id]


def _run_daily(
    context: OpExecutionContext,
    readers: ReadOnlyDatabases,
    check_ids: list[int],
    audit: Callable[[], list[Any]],
) -> Iterator[Output[dict[str, int]]]:
    titles = {n: c.title for n, c in load_checks().items()}
    counts: dict[str, int] = {}
    metadata: dict[str, Any] = {}
    failed: list[str] = []
    for check_id in check_ids:
        found = _run(readers, check_id, None)
        name = CHECKS[check_id][1]
        counts[name] = len(found)
        metadata[f"check_{check_id}_{name}"] = MetadataValue.json(summarize(found, METADATA_LIMIT))
        if found:
            context.log.warning(f"CHECK {check_id} ({titles[check_id]}): {len(found)} rows")
            if CHECKS[check_id][3] == AssetCheckSeverity.ERROR:
                failed.append(f"CHECK {check_id} {name}: {len(found)}")
    mismatches = audit()
    counts["append_only_audit"] = len(mismatches)
    metadata["append_only_audit"] = MetadataValue.json(
        [m._asdict() | {"recorded_at": str(m.recorded_at)} for m in mismatches[:METADATA_LIMIT]]
    )
    if mismatches:
        failed.append(f"append-only audit: {len(mismatches)} loads changed")
    if failed:
        raise Failure(
            description="integrity checks failed: " + "; ".join(failed), metadata=metadata
        )
    yield Output(counts, metadata=metadata)


@op(pool=RAW_POOL, description="CHECK 1-4 over every batch, and the md_raw_ocr audit.")
def integrity_raw(
    context: OpExecutionContext, readers: ReadOnlyDatabases
) -> Iterator[Output[dict[str, int]]]:
    yield from _run_daily(
        context,
        readers,
        [n for n, spec in sorted(CHECKS.items()) if spec[2] == RAW_POOL],
        lambda: _audit(readers, "raw", RAW_TABLES),
    )


@op(pool=ANNOTATED_POOL, description="CHECK 5-8 over every batch, and the md_annotated audit.")
def integrity_annotated(
    context: OpExecutionContext, readers: ReadOnlyDatabases
) -> Iterator[Output[dict[str, int]]]:
    yield from _run_daily(
        context,
        readers,
        [n for n, spec in sorted(CHECKS.items()) if spec[2] == ANNOTATED_POOL],
        lambda: _audit(readers, "ann", ANNOTATED_TABLES),
    )


def _audit(readers: ReadOnlyDatabases, alias: str, tables: tuple[str, ...]) -> list[Any]:
    return audit_fingerprints(
        readers.urls[alias],
        tables,
        read_token=readers.token(),
        busy_timeout_s=readers.busy_timeout_s,
    )


@job(
    description="Every integrity check of sql/checks_integrity.sql over all batches (hashes "
    "recomputed), and the append-only audit of both databases. Fails naming what failed."
)
def integrity_daily_job() -> None:
    integrity_raw()
    integrity_annotated()


integrity_daily = ScheduleDefinition(
    name="integrity_daily",
    job=integrity_daily_job,
    cron_schedule="30 3 * * *",
    description="Daily: all integrity checks and the append-only audit, over everything.",
)
