"""End-to-end latency: demo batches from the drop to the last record in Argilla, through the real
dagster-daemon and sensors on a fresh OCEANID_HOME, next to the same stages called as plain
functions in this process (the floor).

    .venv/bin/python -m bench.e2e                          # batches of 12, 100 and 1,000 pages
    .venv/bin/python -m bench.e2e --pages 1000 --repeat 2
    .venv/bin/python -m bench.e2e --drop close   # closed in the upload service, run launched

What it does, in one temporary OCEANID_HOME (the embedded default: local store, DuckDB files,
the local Argilla server; the environment's OCEANID_*, MD_*, DAGSTER_* and ARGILLA_* settings
are ignored):
1. writes each demo batch (`write_demo_batch`, the documents of `oceanid demo`) into a staging
   folder, starts the local Argilla server and `dagster-daemon` as `oceanid demo --once` does,
   and runs a 2-page warm-up batch through, so that the code server is loaded;
2. drops each batch by renaming its uploads/<batch_id>/ folder into the store: every receipt
   appears at one instant, the drop time (no sensor tick can see half a batch);
3. waits until every batch asset has materialized it (`oceanid demo --once`'s wait), then reads:
   raw = the raw_pages materialization, suggestions = the suggestions materialization,
   Argilla = the newest `inserted_at` of the dataset's records in the local server's database
   (per record, so per-page latencies and their p95 are real: each bulk request of records has
   its own time); runs per batch and where the time between them went, from the instance's run
   records; stage compute = the steps' own time (STEP_START to STEP_SUCCESS, via
   `DagsterInstance.get_run_step_stats`) up to that last record; overhead = total - compute;
   With `--drop close`, each batch is posted through the upload service before the daemon
   starts and left open; the drop is its close, which launches the run through the Dagster
   webserver's GraphQL API (docs/upload.md, Launch on close) instead of waiting for the sensor;
4. with the daemon stopped, runs a copy of each batch (same documents, other batch_id, its own
   store and databases, the same Argilla server) through the same stages called as plain
   functions in this process: the floor.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from oceanid_assets import config

# The fresh home's settings come from here, not from whoever runs the benchmark.
IGNORED_ENV_PREFIXES = ("OCEANID_", "MD_", "DAGSTER_", "ARGILLA_", "AWS_")
PATH_STEPS = ("raw_ingest", "argilla_pages", "suggestions", "argilla_records", "argilla_dataset")
WARM_UP_PAGES = 2


@dataclass
class RunTiming:
    job: str
    launched_by: str
    created: float  # seconds after the drop
    started: float
    first_step: float
    last_step_end: float
    ended: float
    steps: dict[str, float]


@dataclass
class BatchTiming:
    batch_id: str
    pages: int
    ok: bool
    message: str
    raw_s: float = 0.0  # drop -> raw_pages materialized
    suggestions_s: float = 0.0  # drop -> suggestions materialized
    argilla_s: float = 0.0  # drop -> last record in Argilla
    page_latencies: list[float] = field(default_factory=list)
    compute_s: float = 0.0  # steps' own time until the last record landed
    pushes: int = 0  # rows in argilla_ingest_log for the batch
    runs: list[RunTiming] = field(default_factory=list)

    @property
    def overhead_s(self) -> float:
        return self.argilla_s - self.compute_s

    def p95(self) -> float:
        if len(self.page_latencies) < 2:
            return max(self.page_latencies, default=0.0)
        return statistics.quantiles(self.page_latencies, n=20, method="inclusive")[18]


@dataclass
class FloorTiming:
    pages: int
    stages: dict[str, float]

    @property
    def total_s(self) -> float:
        return sum(self.stages.values())


def fresh_home(interval_s: int, home: Path | None) -> Path:
    for name in list(os.environ):
        if name.startswith(IGNORED_ENV_PREFIXES):
            del os.environ[name]
    from tests.conftest import free_port

    root = home or Path(tempfile.mkdtemp(prefix="oceanid-e2e-"))
    config.export("OCEANID_HOME", str(root.resolve()))
    config.export("OCEANID_SENSOR_INTERVAL_SECONDS", str(interval_s))
    # Its own Argilla server, not a developer's on the default port.
    config.export("OCEANID_ARGILLA_PORT", str(free_port()))
    return root.resolve()


def stage_batch(staging: Path, batch_id: str, pages: int, seed: int) -> int:
    from oceanid_assets.storage.store import LocalStore
    from oceanid_dev.demo.batch import write_demo_batch

    return write_demo_batch(LocalStore(staging), batch_id, pages=pages, seed=seed).pages


def drop_batch(staging: Path, store_root: Path, batch_id: str) -> float:
    """Every receipt of the batch appears in the store at once; returns that instant."""
    from oceanid_assets.storage import layout

    target = store_root / layout.upload_prefix(batch_id)
    target.parent.mkdir(parents=True, exist_ok=True)
    (staging / layout.upload_prefix(batch_id)).rename(target)
    return time.time()


@contextmanager
def upload_batches(plan: Sequence[tuple[str, int]], seeds: Mapping[str, int]) -> Iterator[Any]:
    """Each batch posted through a running upload service and left open (the sensor waits for
    its close); yields the service's client, the service running until the context ends."""
    from oceanid_assets.resources.object_store import ObjectStoreResource
    from oceanid_dev.demo.batch import upload_demo_batch
    from oceanid_dev.upload_process import running_upload_service, upload_port

    store = ObjectStoreResource.from_env().get_store()
    with running_upload_service(upload_port()) as client:
        for batch, pages in plan:
            upload_demo_batch(client, store, batch, pages=pages, seed=seeds[batch], close=False)
        yield client


def close_upload_batch(client: Any, batch_id: str) -> float:
    """Close the batch (the upload service launches its run); returns when the close was sent."""
    from oceanid_dev.demo.batch import close_batch

    closed_at = time.time()
    answer = close_batch(client, batch_id)
    if answer.get("run_id") is None:
        print(f"{batch_id}: no run launched on close: {answer.get('run_launch_error')}")
    return closed_at


def argilla_record_times(argilla_db: Path, dataset: str) -> list[float]:
    """When each record of the dataset was first stored by the local server (Unix seconds)."""
    with sqlite3.connect(f"file:{argilla_db}?mode=ro", uri=True) as conn:
        rows = conn.execute(
            "SELECT r.inserted_at FROM records r JOIN datasets d ON d.id = r.dataset_id "
            "WHERE d.name = ?",
            [dataset],
        ).fetchall()
    # The server stores naive UTC datetimes.
    return [datetime.fromisoformat(value).replace(tzinfo=UTC).timestamp() for (value,) in rows]


def raw_page_count(batch_id: str) -> int:
    """Pages the batch loaded (a generated document that repeats an earlier one is not)."""
    from oceanid_assets.db.connect import connect_reader

    with connect_reader(config.raw_db_url()) as conn:
        row = conn.execute(
            "SELECT count(*) FROM vw_argilla_pages WHERE batch_id = ?", [batch_id]
        ).fetchone()
    return int(row[0]) if row else 0


def ingest_log_rows(batch_id: str) -> int:
    from oceanid_assets.db.connect import connect_reader

    with connect_reader(config.annotated_db_url()) as conn:
        row = conn.execute(
            "SELECT count(*) FROM argilla_ingest_log WHERE batch_id = ?", [batch_id]
        ).fetchone()
    return int(row[0]) if row else 0


def measure_batch(
    instance: Any,
    batch_id: str,
    dropped_at: float,
    argilla_db: Path,
    ok: bool,
    msg: str,
) -> BatchTiming:
    from dagster import AssetKey, AssetRecordsFilter, RunsFilter

    from oceanid_assets.storage import layout

    timing = BatchTiming(batch_id, raw_page_count(batch_id), ok, msg)

    def materialized_at(asset: str) -> float:
        records = instance.fetch_materializations(
            AssetRecordsFilter(
                asset_key=AssetKey(asset), asset_partitions=[batch_id], after_timestamp=dropped_at
            ),
            limit=1,
        ).records
        return records[0].timestamp - dropped_at if records else float("nan")

    timing.raw_s = materialized_at("raw_pages")
    timing.suggestions_s = materialized_at("suggestions")
    record_times = argilla_record_times(argilla_db, layout.dataset_name(batch_id))
    timing.page_latencies = sorted(t - dropped_at for t in record_times)
    timing.argilla_s = (
        timing.page_latencies[-1] if timing.page_latencies else materialized_at("argilla_dataset")
    )
    landed = dropped_at + timing.argilla_s
    for run in instance.get_runs(RunsFilter(tags={"dagster/partition": batch_id})):
        record = instance.get_run_record_by_id(run.run_id)
        stats = [s for s in instance.get_run_step_stats(run.run_id) if s.start_time and s.end_time]
        for step in stats:
            # Only the part of a step before the last record landed counts toward that wait.
            timing.compute_s += max(0.0, min(step.end_time, landed) - step.start_time)
        if record is None or record.start_time is None:
            continue
        timing.runs.append(
            RunTiming(
                job=run.job_name,
                launched_by=run.tags.get("dagster/sensor_name", "-"),
                created=record.create_timestamp.timestamp() - dropped_at,
                started=record.start_time - dropped_at,
                first_step=min((s.start_time for s in stats), default=record.start_time)
                - dropped_at,
                last_step_end=max((s.end_time for s in stats), default=record.start_time)
                - dropped_at,
                ended=(record.end_time or record.start_time) - dropped_at,
                steps={s.step_key: s.end_time - s.start_time for s in stats},
            )
        )
    timing.runs.sort(key=lambda r: r.created)
    timing.pushes = ingest_log_rows(batch_id)
    return timing


def run_floor(root: Path, batch_id: str, pages: int, seed: int) -> FloorTiming:
    """The path's stages as plain functions, one process, no Dagster: what the assets call."""
    from oceanid_assets.argilla.ingest import ingest_records_file
    from oceanid_assets.argilla.records import merge_records
    from oceanid_assets.db.sql import set_variables, sql_text
    from oceanid_assets.defs.resources import build_resources
    from oceanid_assets.ingest.raw_load import ingest_batch
    from oceanid_assets.preannotate.run import preannotate
    from oceanid_assets.storage import layout
    from oceanid_assets.storage.store import read_parquet, write_parquet

    os.environ["OCEANID_STORE_URL"] = str(root / "store")
    os.environ["MD_RAW_URL"] = str(root / "md_raw_ocr.duckdb")
    os.environ["MD_ANNOT_URL"] = str(root / "md_annotated.duckdb")
    os.environ["MD_OPS_URL"] = str(root / "md_ops.duckdb")
    try:
        resources: Mapping[str, Any] = build_resources()
    finally:
        for name in ("OCEANID_STORE_URL", "MD_RAW_URL", "MD_ANNOT_URL", "MD_OPS_URL"):
            del os.environ[name]
    store = resources["object_store"].get_store()
    stage_batch(root / "store", batch_id, pages, seed)
    stages: dict[str, float] = {}

    @contextmanager
    def timed(name: str) -> Iterator[None]:
        started = time.perf_counter()
        yield
        stages[name] = time.perf_counter() - started

    with timed("raw_ingest"), resources["raw_db"].connect() as conn:
        ingest_batch(
            store, conn, batch_id, "floor", config.extract_workers(), resources["ocr"].settings()
        )
    with timed("argilla_pages"):
        with resources["raw_db"].connect() as conn:
            set_variables(conn, {"batch_id": batch_id})
            page_table = conn.sql(sql_text("export_for_argilla.sql")).to_arrow_table()
        write_parquet(store, layout.argilla_pages_key(batch_id), page_table)
    with timed("suggestions"):
        preannotator = resources["preannotator"]
        page_table = read_parquet(store, layout.argilla_pages_key(batch_id))
        result = preannotate(page_table, preannotator.extractor, preannotator.llm_config())
        write_parquet(store, layout.suggestions_key(batch_id), result.suggestions)
    with timed("argilla_records"):
        write_parquet(store, layout.records_key(batch_id), merge_records(store, batch_id))
    with timed("argilla_dataset"):
        argilla = resources["argilla"]
        with argilla.bulk_client() as bulk:
            ingest_records_file(
                store,
                batch_id,
                argilla.sdk_client,
                bulk,
                argilla.workspace,
                resources["annotated_db"],
                "floor",
            )
    return FloorTiming(pages, stages)


def print_batch(timing: BatchTiming, floor: FloorTiming | None) -> None:
    print(
        f"\n{timing.batch_id}: {timing.pages} pages, {len(timing.runs)} run(s), "
        f"{timing.pushes} push(es) logged{'' if timing.ok else ' — FAILED: ' + timing.message}"
    )
    print(
        f"  {'run':<16}{'launched by':<26}{'created':>8}{'started':>8}{'1st step':>9}"
        f"{'steps end':>10}{'ended':>7}   seconds after the drop"
    )
    for run in timing.runs:
        print(
            f"  {run.job:<16}{run.launched_by:<26}{run.created:>8.1f}{run.started:>8.1f}"
            f"{run.first_step:>9.1f}{run.last_step_end:>10.1f}{run.ended:>7.1f}   "
            + ", ".join(f"{k} {v:.1f}" for k, v in run.steps.items())
        )
    print(
        f"  drop->raw {timing.raw_s:.1f}s, raw->suggestions "
        f"{timing.suggestions_s - timing.raw_s:.1f}s, suggestions->Argilla "
        f"{timing.argilla_s - timing.suggestions_s:.1f}s, total {timing.argilla_s:.1f}s; "
        f"stage compute {timing.compute_s:.1f}s, overhead {timing.overhead_s:.1f}s; "
        f"page latency p50 {statistics.median(timing.page_latencies or [0.0]):.1f}s "
        f"p95 {timing.p95():.1f}s"
    )
    if floor:
        print(
            f"  floor (plain functions, one process): {floor.total_s:.1f}s = "
            + " + ".join(f"{k} {v:.1f}" for k, v in floor.stages.items())
        )


def print_table(rows: Sequence[tuple[BatchTiming, FloorTiming | None]]) -> None:
    print(
        "\n| pages | runs | pushes | drop→raw | raw→suggestions | suggestions→Argilla | total "
        "| p95 page | stage compute | overhead | floor |"
    )
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for t, floor in rows:
        print(
            f"| {t.pages} | {len(t.runs)} | {t.pushes} | {t.raw_s:.1f} | "
            f"{t.suggestions_s - t.raw_s:.1f} | {t.argilla_s - t.suggestions_s:.1f} | "
            f"{t.argilla_s:.1f} | {t.p95():.1f} | {t.compute_s:.1f} | {t.overhead_s:.1f} | "
            f"{floor.total_s if floor else float('nan'):.1f} |"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--pages", type=int, nargs="+", default=[12, 100, 1000])
    parser.add_argument("--repeat", type=int, default=1, help="batches of each size")
    parser.add_argument(
        "--interval",
        type=int,
        default=config.DEMO_SENSOR_INTERVAL_SECONDS,
        help="OCEANID_SENSOR_INTERVAL_SECONDS (default: the demo's)",
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds per batch")
    parser.add_argument("--no-floor", action="store_true", help="skip the in-process floor")
    parser.add_argument("--home", type=Path, help="OCEANID_HOME (default: a new temp folder)")
    parser.add_argument(
        "--drop",
        choices=("rename", "close"),
        default="rename",
        help="rename: every receipt appears at once and the drop sensor finds the batch; "
        "close: the batch is uploaded through the upload service beforehand and the drop is "
        "its close, which launches the run through the webserver's GraphQL API",
    )
    args = parser.parse_args()

    home = fresh_home(args.interval, args.home)
    from dagster import DagsterInstance

    from oceanid_assets.instance import prepare_dagster_home
    from oceanid_dev.argilla_local.launcher import embedded_argilla
    from oceanid_dev.demo import once

    web_port = 0
    if args.drop == "close":
        from tests.conftest import free_port

        web_port = free_port()
        config.export("OCEANID_DAGSTER_GRAPHQL_URL", f"http://127.0.0.1:{web_port}/graphql")
        # Uploaded batches wait for their close, however long the uploads before it take.
        config.export("OCEANID_UPLOAD_QUIET_SECONDS", "86400")
    prepare_dagster_home()
    store_root = Path(config.store_url())
    staging = home / "staging"
    plan = [("e2e-warmup", WARM_UP_PAGES)] + [
        (f"e2e-p{pages}-{n + 1}", pages) for n in range(args.repeat) for pages in args.pages
    ]
    # A seed per batch: the raw load keeps one copy of each document across batches, so the
    # same seed's PDFs in a later batch would be repeats, not pages.
    seeds = {batch: args.seed + n for n, (batch, _) in enumerate(plan)}
    print(
        f"OCEANID_HOME={home}; sensor interval {args.interval}s; drop by {args.drop}; staging "
        "the batches...",
        flush=True,
    )
    services = contextlib.ExitStack()
    upload_client = None
    if args.drop == "close":
        upload_client = services.enter_context(upload_batches(plan, seeds))
    else:
        for batch, pages in plan:
            stage_batch(staging, batch, pages, seeds[batch])
    # Loaded once here: loading the definitions while a batch runs would compete with it.
    asset_keys = once.batch_asset_keys()
    print(f"load before the runs: {os.getloadavg()[0]:.2f} (1 min)", flush=True)
    results: list[tuple[BatchTiming, int]] = []  # with the pages asked for
    with embedded_argilla(timeout=120) as local:
        assert local is not None  # the environment's ARGILLA_API_URL was cleared above
        argilla_db = local.home / "argilla.db"
        daemon = once.start_daemon(home / "logs" / "dagster-daemon.log")
        if upload_client is not None:
            webserver = once.start_webserver(home / "logs" / "dagster-webserver.log", web_port)
            services.callback(once.stop_daemon, webserver)
            once.wait_for_webserver(webserver, web_port, timeout_s=120)
        try:
            with DagsterInstance.get() as instance, services:
                for batch_id, _ in plan:
                    if upload_client is None:
                        dropped_at = drop_batch(staging, store_root, batch_id)
                    else:
                        dropped_at = close_upload_batch(upload_client, batch_id)
                    outcome = once.wait_for_batch(
                        instance, batch_id, asset_keys, dropped_at, args.timeout, daemon
                    )
                    timing = measure_batch(
                        instance,
                        batch_id,
                        dropped_at,
                        argilla_db,
                        outcome.ok,
                        outcome.message,
                    )
                    if batch_id == "e2e-warmup":
                        print(
                            f"warm-up batch (cold code server): {timing.argilla_s:.1f}s to "
                            f"Argilla, {len(timing.runs)} run(s)",
                            flush=True,
                        )
                        continue
                    results.append((timing, dict(plan)[batch_id]))
                    print_batch(timing, None)
        finally:
            once.stop_daemon(daemon)
        print(f"load after the runs: {os.getloadavg()[0]:.2f} (1 min)", flush=True)
        floors: dict[int, FloorTiming] = {}
        if not args.no_floor:
            for pages in args.pages:
                # The documents of the first daemon batch of that size, in a home of its own.
                seed = seeds[f"e2e-p{pages}-1"]
                floors[pages] = run_floor(home / f"floor-{pages}", f"floor-p{pages}", pages, seed)
                stages = floors[pages].stages
                print(
                    f"floor {pages} pages: {floors[pages].total_s:.1f}s = "
                    + " + ".join(f"{k} {v:.1f}" for k, v in stages.items()),
                    flush=True,
                )
    print_table([(t, floors.get(asked)) for t, asked in results])
    if not all(t.ok for t, _ in results):
        raise SystemExit(1)


if __name__ == "__main__":
    main()
