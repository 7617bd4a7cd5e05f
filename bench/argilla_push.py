"""Argilla push benchmark: Oceanid's push against two baselines measured in the same run.

    .venv/bin/python -m bench.argilla_push [--pages 10000] [--naive 300]

A local Argilla server (the real argilla-server, `oceanid argilla-local`) in a temporary home.
Pages of ~2,000 characters with 3-10 non-overlapping span suggestions each.
1. Server ceiling: bulk upserts sent directly with httpx, bodies serialised beforehand, one
   request at a time, at the best batch size of a sweep (100, 250, 500).
2. Oceanid: prepare_records + push_records (what the argilla_dataset asset runs) on all pages,
   with the asset's defaults (batch 250, 2 requests in flight) and at the sweep's best size.
3. Naive SDK loop: `dataset.records.log([record])`, one record per call, on a sample.
Each measurement pushes into a fresh dataset, so every one inserts rather than updates.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import logging
import random
import re
import tempfile
import time
from pathlib import Path

import argilla as rg
import httpx
import pyarrow as pa

from bench.preannotate import two_thousand_char_pages
from oceanid_assets.argilla.push import BulkClient, PushConfig, ensure_dataset, push_records
from oceanid_assets.argilla.records import prepare_records
from oceanid_assets.labelset import LABELS
from oceanid_dev.argilla_local.launcher import start_local_argilla
from tests.conftest import free_port

WORD = re.compile(r"\w+")
BENCH_API_KEY = "oceanid.bench.apikey"


def records_table(count: int, seed: int = 7) -> pa.Table:
    rng = random.Random(seed)
    texts = two_thousand_char_pages(count)
    suggestions = []
    for text in texts:
        words = [m.span() for m in WORD.finditer(text)]
        chosen = sorted(rng.sample(words, rng.randint(3, 10)))
        value = [{"start": s, "end": e, "label": rng.choice(LABELS)} for s, e in chosen]
        suggestions.append(
            json.dumps(
                [
                    {
                        "question_name": "entities",
                        "value": value,
                        "score": [round(rng.random(), 3) for _ in value],
                        "agent": "rules-v1",
                    }
                ]
            )
        )
    return pa.table(
        {
            "id": [f"bench-doc-{i // 10:05d}:{i % 10 + 1}" for i in range(count)],
            "text": texts,
            "metadata": [
                {
                    "doc_id": f"bench-doc-{i // 10:05d}",
                    "page_num": i % 10 + 1,
                    "min_confidence": 0.5,
                }
                for i in range(count)
            ],
            "suggestions_json": suggestions,
        }
    )


class Bench:
    def __init__(self, api_url: str, api_key: str) -> None:
        self.api_url, self.api_key = api_url, api_key
        self.client = rg.Argilla(api_url=api_url, api_key=api_key, timeout=300)
        self.datasets = 0

    def fresh_dataset(self) -> tuple[str, str]:
        self.datasets += 1
        ref = ensure_dataset(self.client, f"bench_{self.datasets}", "argilla")
        return ref.id, ref.question_id

    def ceiling(self, table: pa.Table, batch_size: int) -> float:
        dataset_id, question_id = self.fresh_dataset()
        items = prepare_records(table, question_id, "bench").items
        bodies = [
            json.dumps({"items": items[i : i + batch_size]}).encode()
            for i in range(0, len(items), batch_size)
        ]
        headers = {"X-Argilla-Api-Key": self.api_key, "Content-Type": "application/json"}
        with httpx.Client(base_url=self.api_url, headers=headers, timeout=300) as http:
            started = time.perf_counter()
            for body in bodies:
                http.put(
                    f"/api/v1/datasets/{dataset_id}/records/bulk", content=body
                ).raise_for_status()
            seconds = time.perf_counter() - started
        return len(items) / seconds

    def oceanid(self, table: pa.Table, config: PushConfig) -> float:
        dataset_id, question_id = self.fresh_dataset()
        started = time.perf_counter()
        items = prepare_records(table, question_id, "bench").items
        with BulkClient(self.api_url, self.api_key, config) as bulk:
            pushed = push_records(bulk, dataset_id, items)
            assert bulk.record_count(dataset_id) == pushed == table.num_rows
        return pushed / (time.perf_counter() - started)

    def naive(self, table: pa.Table) -> float:
        logging.getLogger("argilla.sdk").setLevel(logging.ERROR)  # one warning per call
        self.fresh_dataset()
        dataset = self.client.datasets(f"bench_{self.datasets}")
        rows = table.to_pylist()
        started = time.perf_counter()
        for row in rows:
            (suggestion,) = json.loads(row["suggestions_json"])
            record = rg.Record(
                id=row["id"],
                fields={"text": row["text"]},
                metadata={k: v for k, v in row["metadata"].items() if v is not None},
                suggestions=[
                    rg.Suggestion(
                        "entities",
                        suggestion["value"],
                        score=suggestion["score"],
                        agent=suggestion["agent"],
                    )
                ],
            )
            with contextlib.redirect_stderr(io.StringIO()):  # its progress bar, per call
                dataset.records.log([record])
        return len(rows) / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--sweep", type=int, default=2_000, help="records per batch-size trial")
    parser.add_argument("--naive", type=int, default=300, help="records in the naive SDK loop")
    args = parser.parse_args()
    started = time.perf_counter()
    table = records_table(args.pages)
    spans = sum(len(json.loads(s)[0]["value"]) for s in table["suggestions_json"].to_pylist())
    chars = sum(map(len, table["text"].to_pylist())) / table.num_rows
    print(
        f"{table.num_rows} records, mean {chars:.0f} characters, {spans / table.num_rows:.1f} "
        f"spans each (built in {time.perf_counter() - started:.1f}s)"
    )
    with (
        tempfile.TemporaryDirectory(prefix="oceanid-bench-argilla-") as home,
        start_local_argilla(Path(home), free_port(), BENCH_API_KEY, reuse=False) as server,
    ):
        bench = Bench(server.api_url, server.api_key)
        sweep = {size: bench.ceiling(table.slice(0, args.sweep), size) for size in (100, 250, 500)}
        for size, rate in sweep.items():
            print(f"ceiling sweep, batch {size:>3}: {rate:7.0f} records/s ({args.sweep} records)")
        best = max(sweep, key=lambda size: sweep[size])
        ceiling = bench.ceiling(table, best)
        print(f"server ceiling (httpx, batch {best}, serial): {ceiling:7.0f} records/s")
        configs = {
            "asset defaults": PushConfig(),
            f"batch {best}, concurrency 1": PushConfig(batch_size=best, concurrency=1),
        }
        for name, config in configs.items():
            rate = bench.oceanid(table, config)
            print(
                f"oceanid push ({name}): {rate:7.0f} records/s = {rate / ceiling:.0%} of the "
                "ceiling (goal >= 80%)"
            )
        naive = bench.naive(table.slice(0, args.naive))
        print(
            f"naive SDK loop (one record per log call, {args.naive} records): {naive:7.1f} "
            f"records/s -> oceanid is {rate / naive:.0f}x faster; 10,000 pages would take "
            f"{10_000 / naive / 60:.0f} min"
        )


if __name__ == "__main__":
    main()
