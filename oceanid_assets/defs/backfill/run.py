"""One backfill pass: stage, register, read the state, decide, launch. Used by `oceanid backfill`
and the `backfill_scan` job alike.

Launches are real Dagster asset backfills (one per distinct asset selection) over the
partitions the plan picked, executed by the daemon's backfill loop: visible and cancellable in
the UI under Backfills, one run per batch for all its stages, queued under the instance's run
and pool limits like every other run.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime

import duckdb
import pyarrow as pa
from dagster import (
    AssetKey,
    AssetRecordsFilter,
    DagsterInstance,
    DagsterRunStatus,
    RepositoryDefinition,
    RunsFilter,
)
from dagster._core.execution.backfill import BulkActionStatus, PartitionBackfill
from dagster._core.utils import make_new_backfill_id

from oceanid_assets import config
from oceanid_assets.backfill import ledger
from oceanid_assets.backfill.plan import (
    STAGE_ASSETS,
    TARGET_ASSETS,
    BatchState,
    Plan,
    Policy,
    make_plan,
)
from oceanid_assets.backfill.scan import (
    DEFAULT_BATCH_SIZE,
    DEFAULT_PREFIX,
    ScanReport,
    restage_missing,
    scan_and_stage,
)
from oceanid_assets.defs.batches import batch_partitions
from oceanid_assets.resources.databases import registered, run_sql_file, transaction
from oceanid_assets.storage.store import Store

log = logging.getLogger("oceanid.backfill")

PARTITION_TAG = "dagster/partition"
BACKFILL_TAG = "oceanid/backfill"
NOT_FINISHED = [
    DagsterRunStatus.QUEUED,
    DagsterRunStatus.NOT_STARTED,
    DagsterRunStatus.STARTING,
    DagsterRunStatus.STARTED,
    DagsterRunStatus.MANAGED,
    DagsterRunStatus.CANCELING,
]
ACTIVE_BACKFILL = {BulkActionStatus.REQUESTED, BulkActionStatus.CANCELING, BulkActionStatus.FAILING}


@dataclass(frozen=True)
class Launch:
    backfill_id: str
    reason: str  # 'missing' | 'retry'
    assets: tuple[str, ...]
    batches: tuple[str, ...]


@dataclass
class BackfillReport:
    scan: ScanReport
    registered: list[str] = field(default_factory=list)
    plan: Plan = field(default_factory=Plan)
    launches: list[Launch] = field(default_factory=list)
    quarantine_imported: int = 0
    resolved_at_scan: int = 0
    dry_run: bool = False
    ledger: list[ledger.LedgerItem] = field(default_factory=list)

    def summary(self) -> dict[str, int]:
        counts = self.plan.counts()
        return {
            "pdfs_found": self.scan.pdfs_found,
            "pdfs_already_staged": self.scan.already_staged,
            "pdfs_duplicate": self.scan.duplicates,
            "documents_staged": self.scan.documents_staged,
            "batches_made": len(self.scan.batches),
            "partitions_registered": len(self.registered),
            "batches_known": len(self.plan.decisions),
            "partitions_launched": sum(
                len(x.batches) for x in self.launches if x.reason == "missing"
            ),
            "partitions_retried": sum(len(x.batches) for x in self.launches if x.reason == "retry"),
            "given_up": counts.get("gave_up", 0),
            "ok": counts.get("ok", 0),
            "in_progress": counts.get("in_progress", 0),
            "pending": counts.get("pending", 0),
            "backoff": counts.get("backoff", 0),
            "reported": counts.get("reported", 0),
            "quarantine_rows_imported": self.quarantine_imported,
            "resolved_at_scan": self.resolved_at_scan,
        }


def run_backfill(
    store: Store,
    instance: DagsterInstance,
    repository: RepositoryDefinition,
    *,
    prefix: str = DEFAULT_PREFIX,
    batch_size: int = DEFAULT_BATCH_SIZE,
    dry_run: bool = False,
    policy: Policy | None = None,
    ops_database: str | None = None,
    raw_database: str | None = None,
    now: datetime | None = None,
) -> BackfillReport:
    policy = policy or Policy.from_env()
    with ledger.connect_ops(ops_database) as ops:
        scan = scan_and_stage(store, ops, prefix, batch_size, dry_run=dry_run)
        report = BackfillReport(scan=scan, dry_run=dry_run)
        if not dry_run:
            _record_found(ops, scan.existing)
        known = {row[0]: row for row in run_sql_file(ops, "backfill_state.sql")}
        batches = sorted(set(known) | set(scan.batches) | set(scan.existing))
        report.registered = sorted(set(batches) - set(instance.get_dynamic_partitions(_PARTITIONS)))
        if report.registered and not dry_run:
            instance.add_dynamic_partitions(_PARTITIONS, report.registered)
        if not dry_run:
            report.quarantine_imported = _import_quarantine(ops, raw_database, set(batches))
            report.resolved_at_scan = _resolve_from_materializations(instance, ops)
        states = _batch_states(instance, ops, batches, known, now or datetime.now(UTC))
        report.plan = make_plan(states, now or datetime.now(UTC), policy)
        if not dry_run:
            report.launches = _launch(store, instance, repository, ops, report.plan)
        report.ledger = ledger.all_items(ops)
    _log_report(report)
    return report


_PARTITIONS = batch_partitions.name or "batches"


def _record_found(ops: duckdb.DuckDBPyConnection, existing: dict[str, str]) -> None:
    if not existing:
        return
    table = pa.table({"batch_id": list(existing), "source": list(existing.values())})
    with registered(ops, {"_incoming_found": table}), transaction(ops):
        run_sql_file(ops, "backfill_record_found.sql")


def _import_quarantine(
    ops: duckdb.DuckDBPyConnection, raw_database: str | None, batches: set[str]
) -> int:
    """Per-document failures: what the raw load quarantined, copied into the ledger once."""
    try:
        failures = ledger.quarantine_failures(raw_database or config.raw_db_url(), batches)
    except duckdb.IOException as exc:
        # A raw writer holds the local file; the next pass imports them (recorded once).
        log.warning("md_raw_ocr busy (%s); quarantined documents not imported this pass", exc)
        return 0
    before = _ledger_rows(ops)
    ledger.record_failures(ops, failures)
    return _ledger_rows(ops) - before


def _ledger_rows(ops: duckdb.DuckDBPyConnection) -> int:
    row = ops.execute("SELECT count(*) FROM failure_ledger").fetchone()
    return int(row[0]) if row else 0


def _resolve_from_materializations(
    instance: DagsterInstance, ops: duckdb.DuckDBPyConnection
) -> int:
    """Open batch-level failures whose stage has since materialized the partition: resolved.

    The success sensor records these as runs finish; this catches any it missed (a sensor that
    was off, a tick that failed), so the ledger never keeps a fixed batch open.
    """
    resolved = 0
    for item in ledger.open_items(ops):
        if item.doc_id is not None or item.stage not in STAGE_ASSETS:
            continue
        records = [
            instance.fetch_materializations(
                AssetRecordsFilter(
                    asset_key=AssetKey(asset),
                    asset_partitions=[item.batch_id],
                    after_timestamp=item.last_attempt_at.timestamp(),
                ),
                limit=1,
            ).records
            for asset in STAGE_ASSETS[item.stage]
        ]
        if all(records):
            event = records[-1][0].event_log_entry
            resolved += ledger.record_resolutions(
                ops,
                item.batch_id,
                [item.stage],
                datetime.fromtimestamp(event.timestamp, UTC),
                event.run_id,
            )
    return resolved


def _batch_states(
    instance: DagsterInstance,
    ops: duckdb.DuckDBPyConnection,
    batches: list[str],
    known: dict[str, tuple[object, ...]],
    now: datetime,
) -> list[BatchState]:
    materialized = {
        asset: instance.get_materialized_partitions(AssetKey(asset)) for asset in TARGET_ASSETS
    }
    runs = instance.get_runs(RunsFilter(tags={PARTITION_TAG: batches})) if batches else []
    ran = {run.tags.get(PARTITION_TAG) for run in runs}
    active = {run.tags.get(PARTITION_TAG) for run in runs if run.status in NOT_FINISHED}
    for batch_id, row in known.items():
        backfill_id = row[4]
        if isinstance(backfill_id, str) and batch_id not in active:
            backfill = instance.get_backfill(backfill_id)
            # Requested but its run not created yet counts as running: never launch twice.
            if backfill is not None and backfill.status in ACTIVE_BACKFILL:
                active.add(batch_id)
    failures: dict[str, list[ledger.LedgerItem]] = {}
    quarantined: dict[str, int] = {}
    for item in ledger.open_items(ops):
        if item.doc_id is None:
            failures.setdefault(item.batch_id, []).append(item)
        else:
            quarantined[item.batch_id] = quarantined.get(item.batch_id, 0) + 1
    states = []
    for batch_id in batches:
        first_seen = known[batch_id][2] if batch_id in known else now
        assert isinstance(first_seen, datetime)
        states.append(
            BatchState(
                batch_id=batch_id,
                first_seen_at=first_seen,
                materialized=frozenset(a for a in TARGET_ASSETS if batch_id in materialized[a]),
                active=batch_id in active,
                ever_ran=batch_id in ran,
                failures=tuple(failures.get(batch_id, ())),
                quarantined=quarantined.get(batch_id, 0),
            )
        )
    return states


def _launch(
    store: Store,
    instance: DagsterInstance,
    repository: RepositoryDefinition,
    ops: duckdb.DuckDBPyConnection,
    plan: Plan,
) -> list[Launch]:
    groups: dict[tuple[str, tuple[str, ...]], list[str]] = {}
    for decision in plan.decisions:
        if decision.action in ("launch", "retry"):
            reason = "missing" if decision.action == "launch" else "retry"
            groups.setdefault((reason, decision.assets), []).append(decision.batch_id)
    launches = []
    for (reason, assets), batch_ids in sorted(groups.items()):
        for batch_id in batch_ids:
            restage_missing(store, ops, batch_id)  # a crash between manifest and files
        backfill_id = make_new_backfill_id()
        backfill = PartitionBackfill.from_asset_partitions(
            backfill_id=backfill_id,
            asset_graph=repository.asset_graph,
            partition_names=batch_ids,
            asset_selection=[AssetKey(a) for a in assets],
            backfill_timestamp=datetime.now(UTC).timestamp(),
            tags={BACKFILL_TAG: reason},
            dynamic_partitions_store=instance,
            all_partitions=False,
            title=f"oceanid backfill: {reason} ({len(batch_ids)} batches)",
            description=f"{reason}: {', '.join(batch_ids[:20])}"
            + (" …" if len(batch_ids) > 20 else ""),
            run_config=None,  # the code location's executor (OCEANID_EXECUTOR) runs each one
        )
        instance.add_backfill(backfill)
        _record_launch(ops, backfill_id, reason, assets, batch_ids)
        launches.append(Launch(backfill_id, reason, assets, tuple(batch_ids)))
        log.info(
            "launched backfill %s (%s): %d partition(s), assets %s",
            backfill_id,
            reason,
            len(batch_ids),
            ", ".join(assets),
        )
    return launches


def _record_launch(
    ops: duckdb.DuckDBPyConnection,
    backfill_id: str,
    reason: str,
    assets: Iterable[str],
    batch_ids: list[str],
) -> None:
    table = pa.table(
        {
            "backfill_id": [backfill_id] * len(batch_ids),
            "batch_id": batch_ids,
            "reason": [reason] * len(batch_ids),
            "assets": [",".join(assets)] * len(batch_ids),
        }
    )
    with registered(ops, {"_incoming_launches": table}), transaction(ops):
        run_sql_file(ops, "backfill_record_launches.sql")


def _log_report(report: BackfillReport) -> None:
    log.info(
        "backfill%s: %s",
        " (dry run)" if report.dry_run else "",
        ", ".join(f"{k} {v}" for k, v in report.summary().items()),
    )
    for decision in report.plan.by_action("gave_up"):
        log.warning("batch %s given up: %s", decision.batch_id, decision.detail)
