"""Suggestions benchmark: the `suggestions` asset against the bare rule engine, on the same pages
in the same run (issue 18's goal: the asset within 1.5x of the rule engine's bare rate).

    .venv/bin/python -m bench.suggestions [--pages 1000] [--repeat 3] [--model] [--recut]

Setup, not timed: a demo batch (oceanid_dev.demo.batch) written to a temporary store and run
through the real `raw_ingest` and `argilla_pages` assets, so the pages are the Parquet the
asset reads. Then, each the best of --repeat rounds (the rounds interleave the measurements, so
a burst of load on a shared machine hits them alike), wall time and the process's CPU time:

1. the rule engine bare: `extract_rules` over the page texts, one core;
2. `preannotate(pages, "rules")`, the plain function (rules, merge, the table);
3. the `suggestions` asset body, invoked directly with real resources: read the pages' Parquet,
   look for a promoted model (none: a fresh home), pre-annotate, write the Parquet, read it back
   and run the exact-span check;
4. `materialize([suggestions])` on an ephemeral Dagster instance (3 plus Dagster's own cost);
5. `argilla_records` through `materialize`: the merged records Parquet
   (sql/merge_suggestions_for_argilla.sql) that follows on the same path.
Ratios are each against 1 (goal for 3 and 4: <= 1.5x). With --model, also `preannotate` with a
CRF trained on 100 demo pages, as `suggestions` runs it once a model is promoted. With --recut,
the batch's page texts are re-cut to ~2,000 characters (bench/preannotate.py's measure, where
the rule engine's goal is 1,000 pages/s) before anything is timed.
"""

from __future__ import annotations

import argparse
import hashlib
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, cast

import pyarrow as pa
from dagster import AssetCheckResult, DagsterInstance, build_asset_context, materialize

from bench.preannotate import two_thousand_char_pages
from oceanid_assets.defs.argilla.assets import argilla_records
from oceanid_assets.defs.batches import batch_partitions
from oceanid_assets.defs.preannotation.assets import argilla_pages, suggestions
from oceanid_assets.defs.raw.assets import raw_ingest
from oceanid_assets.preannotate.rules import extract_rules
from oceanid_assets.preannotate.run import preannotate
from oceanid_assets.resources.databases import DuckDBDatabase, ReadOnlyDatabases
from oceanid_assets.resources.object_store import ObjectStoreResource
from oceanid_assets.resources.ocr import OcrResource
from oceanid_assets.resources.preannotator import PreannotatorResource
from oceanid_assets.storage import layout
from oceanid_assets.storage.store import read_parquet, write_parquet
from oceanid_dev.demo.batch import write_demo_batch

BATCH = "bench-suggestions"


@dataclass
class Timing:
    wall: float = float("inf")
    cpu: float = float("inf")

    def keep_best(self, wall: float, cpu: float) -> None:
        self.wall = min(self.wall, wall)
        self.cpu = min(self.cpu, cpu)


@dataclass(frozen=True)
class Batch:
    root: Path
    store: ObjectStoreResource
    raw_db: DuckDBDatabase
    pages: pa.Table

    @property
    def readers(self) -> ReadOnlyDatabases:
        # A fresh home: no md_annotated, so no promoted model; the rules alone run.
        return ReadOnlyDatabases(
            raw_url=self.raw_db.database, annotated_url=str(self.root / "absent.duckdb")
        )


def _instance() -> DagsterInstance:
    instance = DagsterInstance.ephemeral()
    instance.add_dynamic_partitions(batch_partitions.name or "", [BATCH])
    return instance


def recut(store: ObjectStoreResource, pages: pa.Table) -> pa.Table:
    """The batch's pages Parquet rewritten with its texts re-cut to ~2,000 characters, one row
    per new page, the other columns taken from the rows in turn."""
    texts = two_thousand_char_pages(pages.num_rows, pages["text"].to_pylist())
    rows = pages.take(pa.array([i % pages.num_rows for i in range(len(texts))]))
    rows = rows.set_column(rows.schema.get_field_index("text"), "text", pa.array(texts))
    hashes = [hashlib.sha256(text.encode()).hexdigest() for text in texts]
    rows = rows.set_column(
        rows.schema.get_field_index("text_sha256"), "text_sha256", pa.array(hashes)
    )
    rows = rows.set_column(
        rows.schema.get_field_index("page_num"),
        "page_num",
        pa.array(range(1, len(texts) + 1), rows.schema.field("page_num").type),
    )
    write_parquet(store.get_store(), layout.argilla_pages_key(BATCH), rows)
    return rows


@contextmanager
def demo_batch(pages: int) -> Iterator[Batch]:
    with tempfile.TemporaryDirectory(prefix="oceanid-bench-suggestions-") as tmp:
        root = Path(tmp)
        store = ObjectStoreResource(url=str(root / "store"))
        raw_db = DuckDBDatabase(database=str(root / "raw.duckdb"), schema_file="raw_schema.sql")
        write_demo_batch(store.get_store(), BATCH, pages)
        result = materialize(
            [raw_ingest, argilla_pages],
            partition_key=BATCH,
            instance=_instance(),
            resources={"object_store": store, "raw_db": raw_db, "ocr": OcrResource()},
        )
        assert result.success
        table = read_parquet(store.get_store(), layout.argilla_pages_key(BATCH))
        yield Batch(root, store, raw_db, table)


def asset_body(batch: Batch) -> Callable[[], None]:
    """The body as a plain call; the context (an ephemeral instance) is made before timing."""
    context = build_asset_context(partition_key=BATCH, instance=_instance())

    def run() -> None:
        outputs = suggestions(
            context,
            object_store=batch.store,
            preannotator=PreannotatorResource(),
            readers=batch.readers,
        )
        *_, check = cast(Iterable[AssetCheckResult], outputs)
        assert check.metadata["bad_spans"].value == 0, "a span is not exact"

    return run


def asset_materialized(batch: Batch) -> None:
    result = materialize(
        [suggestions],
        partition_key=BATCH,
        instance=_instance(),
        resources={
            "object_store": batch.store,
            "preannotator": PreannotatorResource(),
            "readers": batch.readers,
        },
    )
    assert result.success


def records_materialized(batch: Batch) -> None:
    result = materialize(
        [argilla_records],
        partition_key=BATCH,
        instance=_instance(),
        resources={"object_store": batch.store},
    )
    assert result.success


def _timed(prepare: Callable[[], Callable[[], Any]]) -> tuple[float, float]:
    run = prepare()
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    return time.perf_counter() - wall, time.process_time() - cpu


def trained_model(pages: int = 100) -> Any:
    from bench.learning import demo_pages
    from oceanid_assets.learn import train
    from oceanid_assets.learn.training import agent_name

    return agent_name("bench"), train(demo_pages(pages, seed=7), max_iterations=30)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--model", action="store_true", help="also with a trained CRF")
    parser.add_argument("--recut", action="store_true", help="pages of ~2,000 characters")
    args = parser.parse_args()
    with demo_batch(args.pages) as batch:
        if args.recut:
            batch = replace(batch, pages=recut(batch.store, batch.pages))
        texts = batch.pages["text"].to_pylist()
        model = trained_model() if args.model else None
        # Each entry makes the call to time (the asset body's context is made untimed).
        runs: dict[str, Callable[[], Callable[[], Any]]] = {
            "rule engine, bare": lambda: lambda: [extract_rules(text) for text in texts],
            "preannotate (plain function)": lambda: lambda: preannotate(batch.pages, "rules"),
            "suggestions asset body": lambda: asset_body(batch),
            "suggestions via materialize": lambda: lambda: asset_materialized(batch),
            "argilla_records via materialize": lambda: lambda: records_materialized(batch),
        }
        if model is not None:
            runs["preannotate + trained CRF"] = lambda: (
                lambda: preannotate(batch.pages, "rules", None, model)
            )
        timings = {name: Timing() for name in runs}
        for _ in range(args.repeat):
            for name, run in runs.items():
                timings[name].keep_best(*_timed(run))
        spans = preannotate(batch.pages, "rules").suggestions.num_rows
    count = len(texts)
    print(
        f"pages: {count} demo pages (mean {sum(map(len, texts)) / count:.0f} characters, "
        f"{spans / count:.0f} spans per page); best of {args.repeat}"
    )
    bare = timings["rule engine, bare"]
    print(f"{'':32s} {'pages/s':>8s} {'wall x bare':>12s} {'CPU s':>7s} {'CPU x bare':>11s}")
    for name, timing in timings.items():
        print(
            f"{name:32s} {count / timing.wall:8.0f} {timing.wall / bare.wall:11.2f}x "
            f"{timing.cpu:7.2f} {timing.cpu / bare.cpu:10.2f}x"
        )
    asset = timings["suggestions asset body"]
    print(
        f"goal: the suggestions asset within 1.5x of the bare rule engine: "
        f"{asset.wall / bare.wall:.2f}x ({'met' if asset.wall <= 1.5 * bare.wall else 'NOT met'})"
    )


if __name__ == "__main__":
    main()
