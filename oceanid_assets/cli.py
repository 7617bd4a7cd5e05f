"""`oceanid`: the project's command line (demo now; later issues add subcommands)."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

from oceanid_assets import config


def _demo(args: argparse.Namespace) -> int:
    # Imports here keep `oceanid --help` fast; Dagster takes a few seconds to import.
    from oceanid_assets.demo.batch import new_demo_batch_id, write_demo_batch
    from oceanid_assets.instance import prepare_dagster_home
    from oceanid_assets.resources.object_store import ObjectStoreResource

    os.environ.setdefault("OCEANID_SENSOR_INTERVAL_SECONDS", "5")
    home = prepare_dagster_home()
    store = ObjectStoreResource.from_env().get_store()
    batch_id = config.validate_batch_id(args.batch_id or new_demo_batch_id())
    started = time.monotonic()
    since = time.time()
    batch = write_demo_batch(store, batch_id, pages=args.pages, seed=args.seed)
    print(
        f"demo batch {batch_id}: {len(batch.receipts)} PDFs, {batch.pages} pages, "
        f"{batch.spans} ground-truth spans -> {store.url}/uploads/{batch_id}/",
        flush=True,
    )
    if not args.once:
        return _dev(args.port)

    from dagster import DagsterInstance

    from oceanid_assets.demo import once

    daemon = once.start_daemon(config.oceanid_home() / "logs" / "dagster-daemon.log")
    print(f"dagster-daemon started (DAGSTER_HOME={home}); waiting for the sensor...", flush=True)
    try:
        with DagsterInstance.get() as instance:
            outcome = once.wait_for_batch(
                instance, batch_id, once.batch_asset_keys(), since, args.timeout, daemon
            )
    finally:
        once.stop_daemon(daemon)
    once.print_summary(batch_id, outcome, time.monotonic() - started)
    return 0 if outcome.ok else 1


def _dev(port: int) -> int:
    from oceanid_assets.instance import WORKSPACE_FILE, prepare_dagster_home, venv_bin

    home = prepare_dagster_home()
    print(
        f"\nDagster UI: http://127.0.0.1:{port}/  (Assets > raw_documents, raw_pages; the drop "
        "sensor picks the batch up within seconds).\nDrop more PDFs with receipts under "
        f"{config.store_url()}/uploads/<batch_id>/. Ctrl-C stops everything.\n",
        flush=True,
    )
    command = [venv_bin("dagster"), "dev", "-w", str(WORKSPACE_FILE)]
    command += ["-h", "127.0.0.1", "-p", str(port)]
    try:
        # From DAGSTER_HOME: in the repository root Dagster would warn about the dagster.yaml it
        # sees there (the one prepare_dagster_home copied into DAGSTER_HOME).
        return subprocess.call(command, cwd=home)
    except KeyboardInterrupt:  # dagster dev got the Ctrl-C too and shuts its processes down
        return 0


def _preannotate(args: argparse.Namespace) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from oceanid_assets.preannotate.llm import LlmConfig
    from oceanid_assets.preannotate.run import PreannotationError, preannotate

    try:
        pages = pq.read_table(args.pages)
    except (OSError, pa.ArrowInvalid) as exc:
        print(f"oceanid: cannot read {args.pages} as Parquet: {exc}", file=sys.stderr)
        return 2
    try:
        result = preannotate(pages, args.extractor, LlmConfig.from_env())
    except (PreannotationError, ValueError) as exc:  # ValueError: a half-set LLM config
        print(f"oceanid: {args.pages}: {exc}", file=sys.stderr)
        return 2
    pq.write_table(result.suggestions, args.out)
    if result.failures.num_rows:
        failures = args.out.with_name(args.out.stem + ".failures.parquet")
        pq.write_table(result.failures, failures)
        print(f"{result.failures.num_rows} page(s) failed: {failures}")
    print(
        f"{result.pages} pages, {result.suggestions.num_rows} spans "
        f"({result.coverage:.1%} of pages have one) by {'+'.join(result.agents)} "
        f"in {result.seconds:.2f}s -> {args.out}"
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="oceanid", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    demo = sub.add_parser(
        "demo",
        help="make a demo batch of vessel-registry PDFs and run the pipeline on it",
        description="Writes a fresh demo batch into the local drop zone, then starts the "
        "Dagster UI and daemon (or, with --once, only the daemon until the batch is through).",
    )
    demo.add_argument("--once", action="store_true", help="run the batch through and exit")
    demo.add_argument("--pages", type=int, default=12, help="approximate pages in the batch")
    demo.add_argument("--batch-id", help="batch id (default demo-<UTC timestamp>)")
    demo.add_argument("--seed", type=int, default=0, help="seed for the generated documents")
    demo.add_argument("--timeout", type=float, default=900.0, help="--once: seconds to wait")
    demo.add_argument("--port", type=int, default=3000, help="Dagster UI port")
    demo.set_defaults(handler=_demo)
    pre = sub.add_parser(
        "preannotate",
        help="suggest entity spans for pages in a Parquet file, outside Dagster",
        description="Reads PAGES (columns doc_id, page_num, text; text_sha256 optional) and "
        "writes the suggestions schema of sql/PREANNOTATION_SCHEMA.md to OUT. The LLM extractor "
        "uses OCEANID_LLM_URL / OCEANID_LLM_MODEL.",
    )
    pre.add_argument("pages", type=Path, help="input Parquet file of pages")
    pre.add_argument("out", type=Path, help="output Parquet file of suggestions")
    pre.add_argument("--extractor", choices=["rules", "llm", "all"], default="rules")
    pre.set_defaults(handler=_preannotate)
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args))
    except config.InvalidBatchId as exc:
        print(f"oceanid: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
