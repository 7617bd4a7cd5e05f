"""One backfill pass: stage, register, read the state, decide, launch. Used by `oceanid backfill`
and the `backfill_scan` job alike.

Launches are real Dagster asset backfills (one per distinct asset selection) over the
partitions the plan picked, executed by the daemon's backfill loop: visible and cancellable in
the UI under Backfills, one run per batch for all its stages, queued under the instance's run
and pool limits like every other run. They are created through Dagster's public GraphQL API
(the `launchPartitionBackfill` mutation, the one the UI's "Materialize" dialog sends), run by
the `dagster-graphql` command against this code location: no private Dagster module is used.
"""

from __future__ import annotations

import json
import logging
import subprocess
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pyarrow as pa
from dagster import (
    AssetKey,
    AssetRecordsFilter,
    DagsterInstance,
    DagsterRunStatus,
    RunsFilter,
)

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
from oceanid_assets.backfill.report import BackfillReport, Launch
from oceanid_assets.backfill.scan import (
    DEFAULT_BATCH_SIZE,
    DEFAULT_PREFIX,
    restage_missing,
    scan_and_stage,
)
from oceanid_assets.db.connect import Database, DatabaseBusy
from oceanid_assets.db.sql import registered, run_sql_file, transaction
from oceanid_assets.defs.batches import batch_partitions
from oceanid_assets.instance import REPO_ROOT, venv_bin
from oceanid_assets.resources.databases import ReadOnlyDatabases
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
# Backfill statuses (BulkActionStatus values, the same names as the GraphQL enum of that name)
# of a backfill that may still create runs. Compared by value: the enum is in a private module.
ACTIVE_BACKFILL = frozenset({"REQUESTED", "CANCELING", "FAILING"})


def run_backfill(
    store: Store,
    instance: DagsterInstance,
    ops_db: Database,
    readers: ReadOnlyDatabases,
    *,
    prefix: str = DEFAULT_PREFIX,
    batch_size: int = DEFAULT_BATCH_SIZE,
    dry_run: bool = False,
    policy: Policy,
    now: datetime | None = None,
) -> BackfillReport:
    with ledger.connect_ops(ops_db, policy.max_attempts) as ops:
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
            report.quarantine_imported = _import_quarantine(ops, readers, set(batches))
            report.resolved_at_scan = _resolve_from_materializations(instance, ops)
        states = _batch_states(instance, ops, batches, known, now or datetime.now(UTC))
        report.plan = make_plan(states, now or datetime.now(UTC), policy)
        if not dry_run:
            report.launches = _launch(store, ops, report.plan)
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
    ops: duckdb.DuckDBPyConnection, readers: ReadOnlyDatabases, batches: set[str]
) -> int:
    """Per-document failures: what the raw load quarantined, copied into the ledger once."""
    try:
        failures = ledger.quarantine_failures(readers.raw_url, batches, readers.token())
    except DatabaseBusy as exc:
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
    runs = (
        [r.dagster_run for r in instance.get_run_records(RunsFilter(tags={PARTITION_TAG: batches}))]
        if batches
        else []
    )
    ran = {run.tags.get(PARTITION_TAG) for run in runs}
    active = {run.tags.get(PARTITION_TAG) for run in runs if run.status in NOT_FINISHED}
    for batch_id, row in known.items():
        backfill_id = row[4]
        if isinstance(backfill_id, str) and batch_id not in active:
            backfill = instance.get_backfill(backfill_id)
            # Requested but its run not created yet counts as running: never launch twice.
            if backfill is not None and backfill.status.value in ACTIVE_BACKFILL:
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


def _launch(store: Store, ops: duckdb.DuckDBPyConnection, plan: Plan) -> list[Launch]:
    groups: dict[tuple[str, tuple[str, ...]], list[str]] = {}
    for decision in plan.decisions:
        if decision.action in ("launch", "retry"):
            reason = "missing" if decision.action == "launch" else "retry"
            groups.setdefault((reason, decision.assets), []).append(decision.batch_id)
    requests = [
        BackfillRequest(reason, assets, tuple(batch_ids))
        for (reason, assets), batch_ids in sorted(groups.items())
    ]
    if not requests:
        return []
    for request in requests:
        for batch_id in request.batch_ids:
            restage_missing(store, ops, batch_id)  # a crash between manifest and files
    launches, errors = [], []
    for request, result in zip(requests, launch_asset_backfills(requests), strict=True):
        if isinstance(result, BackfillLaunchError):
            errors.append(result)
            continue
        _record_launch(ops, result, request.reason, request.assets, list(request.batch_ids))
        launches.append(Launch(result, request.reason, request.assets, request.batch_ids))
        log.info(
            "launched backfill %s (%s): %d partition(s), assets %s",
            result,
            request.reason,
            len(request.batch_ids),
            ", ".join(request.assets),
        )
    if errors:  # the ones that were launched are recorded above; the next pass retries the rest
        raise BackfillLaunchError("; ".join(str(e) for e in errors))
    return launches


# --- launching through Dagster's GraphQL API ----------------------------------------------------
#
# Dagster has no public Python API that creates an asset backfill: `PartitionBackfill`,
# `make_new_backfill_id` and `AssetGraphSubset` (which `RunRequest.for_asset_graph_subset`, the
# sensor route, takes) are all in private modules, and `DagsterGraphQLClient` has no backfill
# method. The public route is the webserver's GraphQL API, whose `launchPartitionBackfill`
# mutation with `partitionNames` + `assetSelection` builds exactly the asset backfill the UI
# does. The `dagster-graphql` command executes a GraphQL document in-process against the
# instance in DAGSTER_HOME and a code location it loads itself, so neither `oceanid backfill`
# (outside Dagster) nor the `backfill_scan` job (in a run, any executor) needs a webserver.
# Its cost is one extra process and a code server load per pass that launches anything (all
# of the pass's backfills go in one document), ~5-10 s.

DAGSTER_GRAPHQL = "dagster-graphql"
CODE_LOCATION_MODULE = "oceanid_assets.definitions"
LAUNCH_TIMEOUT_S = 600
# dagster-graphql reads these as defaults of its code-location options; a stray one in the
# environment would be a second target next to -m.
_POINTER_VARIABLES = (
    "DAGSTER_WORKING_DIRECTORY",
    "DAGSTER_PYTHON_FILE",
    "DAGSTER_MODULE_NAME",
    "DAGSTER_PACKAGE_NAME",
    "DAGSTER_ATTRIBUTE",
    "DAGSTER_autoload_defs_module_name",
)


class BackfillLaunchError(RuntimeError):
    """Dagster did not create a backfill asked for (the reason is Dagster's message)."""


@dataclass(frozen=True)
class BackfillRequest:
    """One asset backfill: these assets over these batch partitions."""

    reason: str  # 'missing' | 'retry'
    assets: tuple[str, ...]
    batch_ids: tuple[str, ...]

    def params(self) -> dict[str, object]:
        """GraphQL `LaunchBackfillParams` of a pure asset backfill (no run config: the code
        location's executor, OCEANID_EXECUTOR, runs each one)."""
        more = " …" if len(self.batch_ids) > 20 else ""
        return {
            "partitionNames": list(self.batch_ids),
            "assetSelection": [{"path": [asset]} for asset in self.assets],
            "tags": [{"key": BACKFILL_TAG, "value": self.reason}],
            "title": f"oceanid backfill: {self.reason} ({len(self.batch_ids)} batches)",
            "description": f"{self.reason}: {', '.join(self.batch_ids[:20])}{more}",
        }


def launch_asset_backfills(
    requests: list[BackfillRequest],
) -> list[str | BackfillLaunchError]:
    """Create these asset backfills in the instance (DAGSTER_HOME): per request, in order, the
    new backfill's id or why Dagster refused it. Raises BackfillLaunchError when the command
    itself failed (nothing is known to be launched then)."""
    document = _launch_document(requests)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="oceanid-backfill-") as scratch:
        query, output = Path(scratch) / "launch.graphql", Path(scratch) / "result.json"
        query.write_text(document, encoding="utf-8")
        environment = {
            k: v for k, v in config.child_environment().items() if k not in _POINTER_VARIABLES
        }
        command = [
            venv_bin(DAGSTER_GRAPHQL),
            "--file",
            str(query),
            "--output",
            str(output),
            "--module-name",
            CODE_LOCATION_MODULE,
            "--working-directory",
            str(REPO_ROOT),
        ]
        try:
            # cwd: the scratch folder, so no stray .env or dagster.yaml is picked up.
            done = subprocess.run(
                command,
                cwd=scratch,
                env=environment,
                capture_output=True,
                text=True,
                timeout=LAUNCH_TIMEOUT_S,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise BackfillLaunchError(f"{DAGSTER_GRAPHQL} failed: {exc}") from exc
        if done.returncode != 0 or not output.exists():
            tail = (done.stderr or done.stdout).strip()[-2000:]
            raise BackfillLaunchError(f"{DAGSTER_GRAPHQL} exited {done.returncode}: {tail}")
        try:
            result = json.loads(output.read_text(encoding="utf-8"))
        except ValueError as exc:
            raise BackfillLaunchError(f"{DAGSTER_GRAPHQL}: unreadable result ({exc})") from exc
    log.debug(
        "%s: %d backfill(s) in %.1f s", DAGSTER_GRAPHQL, len(requests), time.monotonic() - started
    )
    return _launch_results(result, len(requests))


_LAUNCH_FIELD = """
  b{n}: launchPartitionBackfill(backfillParams: {params}) {{
    __typename
    ... on LaunchBackfillSuccess {{ backfillId }}
    ... on Error {{ message }}
  }}"""


def _launch_document(requests: list[BackfillRequest]) -> str:
    """One mutation per request, aliased b0, b1, ...: the arguments are written as GraphQL
    literals (a file has no size limit; a `--variables` argument has the command line's)."""
    fields = "".join(
        _LAUNCH_FIELD.format(n=n, params=_graphql_literal(request.params()))
        for n, request in enumerate(requests)
    )
    return "mutation OceanidBackfill {" + fields + "\n}\n"


def _graphql_literal(value: object) -> str:
    if isinstance(value, str):
        return json.dumps(value)  # JSON's string escapes are GraphQL's
    if isinstance(value, list):
        return "[" + ", ".join(_graphql_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {_graphql_literal(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"no GraphQL literal for {type(value).__name__}")


def _launch_results(result: object, count: int) -> list[str | BackfillLaunchError]:
    data = result.get("data") if isinstance(result, dict) else None
    errors = result.get("errors") if isinstance(result, dict) else None
    general = "; ".join(str(e.get("message", e)) for e in errors or [] if isinstance(e, dict))
    outcomes: list[str | BackfillLaunchError] = []
    for n in range(count):
        field_ = data.get(f"b{n}") if isinstance(data, dict) else None
        if isinstance(field_, dict) and field_.get("__typename") == "LaunchBackfillSuccess":
            outcomes.append(str(field_["backfillId"]))
        elif isinstance(field_, dict):
            outcomes.append(
                BackfillLaunchError(f"{field_.get('__typename')}: {field_.get('message', '')}")
            )
        else:
            outcomes.append(BackfillLaunchError(general or f"no result: {result!r}"[:2000]))
    return outcomes


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
