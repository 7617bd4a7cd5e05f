"""`oceanid`: the project's command line (demo now; later issues add subcommands)."""

from __future__ import annotations

import argparse
import contextlib
import secrets
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from oceanid_assets import config
from oceanid_assets.storage import layout


def _local_login(username: str) -> str:
    """How to sign in to the local Argilla server, UI and SDK. Only the built-in loopback
    credentials are printed; ones set in the environment are named, never shown."""
    from oceanid_dev.argilla_local import defaults

    key = "$ARGILLA_API_KEY" if config.is_set("ARGILLA_API_KEY") else defaults.LOCAL_API_KEY
    password = (
        f"${defaults.PASSWORD_ENV}"
        if config.is_set(defaults.PASSWORD_ENV)
        else defaults.LOCAL_PASSWORD
    )
    return f"user {username!r}, password {password}, API key {key}"


def _demo(args: argparse.Namespace) -> int:
    # Imports here keep `oceanid --help` fast; Dagster takes a few seconds to import.
    from oceanid_assets.instance import prepare_dagster_home
    from oceanid_assets.resources.object_store import ObjectStoreResource
    from oceanid_dev.argilla_local.launcher import LocalArgillaError, embedded_argilla
    from oceanid_dev.demo.batch import (
        DemoUploadError,
        new_demo_batch_id,
        upload_demo_batch,
        write_demo_batch,
    )
    from oceanid_dev.upload_process import running_upload_service, upload_port

    if args.via_upload and not args.once:
        # Without --once, `_dev` starts its own upload service on the same port.
        print("oceanid: --via-upload needs --once", file=sys.stderr)
        return 2
    _stop_like_ctrl_c_on_sigterm()
    config.set_default("OCEANID_SENSOR_INTERVAL_SECONDS", str(config.DEMO_SENSOR_INTERVAL_SECONDS))
    prepare_dagster_home()
    store = ObjectStoreResource.from_env().get_store()
    batch_id = config.validate_batch_id(args.batch_id or new_demo_batch_id())
    # A new seed each run: the same seed makes the same PDFs, which a home that already loaded
    # them records as repeats (one copy of each document) and does not push again.
    seed = args.seed if args.seed is not None else secrets.randbelow(1_000_000)
    started = time.monotonic()
    try:
        # The embedded default starts the local Argilla server (or reuses a running one);
        # with ARGILLA_API_URL set, the pipeline pushes to that server and nothing starts here.
        with embedded_argilla(timeout=120) as local, contextlib.ExitStack() as services:
            print(
                f"Argilla: {local.api_url}/ (local: {_local_login(local.username)}; "
                f"log {local.home / 'server.log'})"
                if local
                else f"Argilla: {config.argilla_api_url()} (ARGILLA_API_URL)",
                flush=True,
            )
            since = time.time()
            if args.via_upload:
                # Kept running until the command ends, so its log covers the whole demo.
                client = services.enter_context(running_upload_service(upload_port()))
                batch = upload_demo_batch(
                    client, store, batch_id, pages=args.pages, seed=seed, scanned=args.scanned
                )
                via = f" (via the upload service at {client.base_url}, batch closed)"
            else:
                batch = write_demo_batch(
                    store, batch_id, pages=args.pages, seed=seed, scanned=args.scanned
                )
                via = ""
            target = f"{store.url}/{layout.upload_prefix(batch_id)}"
            scans = (
                f" ({batch.scanned_documents} PDFs scanned, {batch.scanned_pages} image-only pages)"
                if args.scanned != "none"
                else ""
            )
            print(
                f"demo batch {batch_id}: {len(batch.receipts)} PDFs, {batch.pages} pages, "
                f"{batch.spans} ground-truth spans{scans}, seed {seed} -> {target}{via}",
                flush=True,
            )
            if not args.once:
                return _dev(args.port)
            return _once(batch_id, since, started, args.timeout)
    except (LocalArgillaError, DemoUploadError) as exc:
        print(f"oceanid: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt as stop:  # the children are stopped by now (finally, with)
        print(f"oceanid: demo stopped ({stop or 'SIGINT'}); every service it started is down")
        return 0


def _stop_like_ctrl_c_on_sigterm() -> None:
    """A service manager or `kill` ends the demo the way Ctrl-C does: the interrupt unwinds
    through the `with` and `finally` blocks, which stop each child it started, in order (Dagster,
    the upload service, then the local Argilla server). Python's default for SIGTERM ends the
    process at once and leaves them running."""

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt(signal.Signals(signum).name)

    signal.signal(signal.SIGTERM, interrupt)


def _once(batch_id: str, since: float, started: float, timeout: float) -> int:
    from dagster import DagsterInstance

    from oceanid_dev.demo import once

    daemon = once.start_daemon(config.oceanid_home() / "logs" / "dagster-daemon.log")
    print(
        f"dagster-daemon started (DAGSTER_HOME={config.text('DAGSTER_HOME')}); waiting for the "
        "sensors...",
        flush=True,
    )
    try:
        with DagsterInstance.get() as instance:
            outcome = once.wait_for_batch(
                instance, batch_id, once.batch_asset_keys(), since, timeout, daemon
            )
    finally:
        once.stop_daemon(daemon)
    once.print_summary(batch_id, outcome, time.monotonic() - started)
    return 0 if outcome.ok else 1


DAGSTER_STOP_S = 30  # dagster dev stops its webserver, daemon and code server in a few seconds


def _dev(port: int) -> int:
    from oceanid_assets.instance import WORKSPACE_FILE, prepare_dagster_home, venv_bin
    from oceanid_dev.upload_process import start_upload_service, stop_process

    home = prepare_dagster_home()
    upload_port = config.integer("OCEANID_UPLOAD_PORT")
    # A batch closed on the upload page starts its run at once, through the webserver started
    # below, instead of at the drop sensor's next tick.
    config.set_default("OCEANID_DAGSTER_GRAPHQL_URL", f"http://127.0.0.1:{port}/graphql")
    uploads, upload_log, _ = start_upload_service(upload_port)
    print(
        f"\nDagster UI: http://127.0.0.1:{port}/  (Assets: the drop sensor picks the batch up "
        "within seconds; the autoload sensor pushes it to Argilla).\n"
        f"Upload page for SMEs: http://127.0.0.1:{upload_port}/ (log {upload_log}); or drop PDFs "
        f"with receipts under {config.store_url()}/{layout.upload_prefix(layout.BATCH_ID)}.\n"
        "Ctrl-C stops everything.\n",
        flush=True,
    )
    command = [venv_bin("dagster"), "dev", "-w", str(WORKSPACE_FILE)]
    command += ["-h", "127.0.0.1", "-p", str(port)]
    # From DAGSTER_HOME: in the repository root Dagster would warn about the dagster.yaml it
    # sees there (the one prepare_dagster_home copied into DAGSTER_HOME).
    dagster = subprocess.Popen(command, cwd=home)
    try:
        return dagster.wait()
    except KeyboardInterrupt as stop:
        # A Ctrl-C in the terminal reached dagster dev too; a SIGTERM reached only this process:
        # pass it on as the interrupt dagster dev shuts its webserver and daemon down on.
        if str(stop) == "SIGTERM" and dagster.poll() is None:
            dagster.send_signal(signal.SIGINT)
        try:
            dagster.wait(timeout=DAGSTER_STOP_S)
        except subprocess.TimeoutExpired:
            stop_process(dagster)
        raise
    finally:
        stop_process(uploads)


def _backfill(args: argparse.Namespace) -> int:
    from dagster import DagsterInstance

    from oceanid_assets.backfill.plan import Policy
    from oceanid_assets.backfill.report import print_report
    from oceanid_assets.defs.backfill.run import run_backfill
    from oceanid_assets.defs.resources import build_resources
    from oceanid_assets.instance import prepare_dagster_home

    prepare_dagster_home()
    resources: dict[str, Any] = build_resources()  # the code location's, from the environment
    with DagsterInstance.get() as instance:
        report = run_backfill(
            resources["object_store"].get_store(),
            instance,
            resources["ops_db"],
            resources["readers"],
            prefix=args.prefix,
            batch_size=args.batch_size,
            dry_run=args.dry_run,
            policy=Policy.from_env(),
        )
    print_report(report, verbose=args.verbose)
    return 0


def _preannotate(args: argparse.Namespace) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from oceanid_assets.preannotate.run import PreannotationError, preannotate
    from oceanid_assets.resources.preannotator import PreannotatorResource

    try:
        pages = pq.read_table(args.pages)
    except (OSError, pa.ArrowInvalid) as exc:
        print(f"oceanid: cannot read {args.pages} as Parquet: {exc}", file=sys.stderr)
        return 2
    try:
        result = preannotate(pages, args.extractor, PreannotatorResource.from_env().llm_config())
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


def _evaluate(args: argparse.Namespace) -> int:
    from oceanid_assets.preannotate.evaluate_io import (
        EvaluationInputError,
        evaluate_files,
        format_report,
    )

    try:
        report = evaluate_files(args.gold, args.suggestions, args.pages)
    except EvaluationInputError as exc:  # the message names the file
        print(f"oceanid: {exc}", file=sys.stderr)
        return 2
    print(format_report(report, args.format))
    return 0


def _upload_service(args: argparse.Namespace) -> int:
    from oceanid_assets.upload.serve import serve

    serve(args.host, args.port)  # uvicorn handles Ctrl-C and returns
    return 0


def _argilla_local(args: argparse.Namespace) -> int:
    from oceanid_dev.argilla_local.launcher import LocalArgillaError, start_local_argilla

    home = (args.home or config.oceanid_home() / "argilla").resolve()
    if config.argilla_api_url():
        print(
            "oceanid: note: ARGILLA_API_URL is set: the pipeline uses that server, not this one.",
            file=sys.stderr,
        )
    try:
        server = start_local_argilla(home, args.port, timeout=args.timeout)
    except LocalArgillaError as exc:
        print(f"oceanid: {exc}", file=sys.stderr)
        return 1
    print(f"Argilla UI and API: {server.api_url}/  ({_local_login(server.username)})", flush=True)
    if server.process is None:
        print("It was already running (started elsewhere); nothing to do here.")
        return 0
    print(f"State in {home}, log {server.log_path}. Ctrl-C stops it.", flush=True)

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupt)  # a service manager's stop: the same clean stop
    try:
        code = server.process.wait()
    except KeyboardInterrupt:
        print("\nstopping the Argilla server...", flush=True)
        server.stop()
        return 0
    server.stop()
    print(f"oceanid: the Argilla server exited with code {code}; see {server.log_path}")
    return code or 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="oceanid", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    demo = sub.add_parser(
        "demo",
        help="make a demo batch of vessel-registry PDFs and run the pipeline on it",
        description="Starts the local Argilla server (unless ARGILLA_API_URL is set), writes a "
        "fresh demo batch into the local drop zone, then starts the Dagster UI and daemon (or, "
        "with --once, only the daemon until the batch is in Argilla).",
    )
    demo.add_argument("--once", action="store_true", help="run the batch through and exit")
    demo.add_argument("--pages", type=int, default=12, help="approximate pages in the batch")
    demo.add_argument("--batch-id", help="batch id (default demo-<UTC timestamp>)")
    demo.add_argument(
        "--seed",
        type=int,
        help="seed for the generated documents (default: a new one each run, printed; the same "
        "seed gives the same bytes, which a home that loaded them records as repeats)",
    )
    demo.add_argument("--timeout", type=float, default=900.0, help="--once: seconds to wait")
    demo.add_argument("--port", type=int, default=3000, help="Dagster UI port")
    demo.add_argument(
        "--via-upload",
        action="store_true",
        help="--once: post the PDFs to a freshly started upload service (port "
        "$OCEANID_UPLOAD_PORT or a free one) instead of writing them into the store",
    )
    demo.add_argument(
        "--scanned",
        nargs="?",
        const="all",
        default="none",
        choices=["all", "mixed"],
        help="put the documents in as image-only scans, for the OCR stage: all of them (the "
        "default with the flag), or 'mixed': about half, one partly (text and scanned pages)",
    )
    demo.set_defaults(handler=_demo)
    backfill = sub.add_parser(
        "backfill",
        help="stage historical PDFs as batches and backfill what is missing or failed",
        description="Copies PDFs under PREFIX that are not staged yet (by content hash) into "
        f"{layout.upload_prefix(layout.BATCH_ID)} with receipts, BATCH_SIZE per batch (batch ids "
        "backfill-<prefix>-<nnnn>), registers the partitions, and launches Dagster asset "
        "backfills for batches nobody ran and for failed ones whose backoff has elapsed; "
        "prints the failure ledger (md_ops). The running daemon does the work (docs/backfill.md).",
    )
    backfill.add_argument("--prefix", default=layout.HISTORICAL, help="store prefix to scan")
    backfill.add_argument("--batch-size", type=int, default=10, help="PDFs per batch")
    backfill.add_argument("--dry-run", action="store_true", help="report only; change nothing")
    backfill.add_argument("-v", "--verbose", action="store_true", help="one line per batch")
    backfill.set_defaults(handler=_backfill)
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
    evaluate = sub.add_parser(
        "evaluate",
        help="score suggestions against gold spans (exact and lenient P/R/F1 per label)",
        description="Reads GOLD and SUGGESTIONS (columns doc_id, page_num, label, start, end; "
        "the suggestions schema of sql/PREANNOTATION_SCHEMA.md has them) and prints exact and "
        "lenient (overlapping span, same label) precision, recall and F1 per label, for the "
        "identifiers (IMO, MMSI, IRCS) and overall, and the page coverage. Only labelled pages "
        "are scored: those with a gold span, or those PAGES lists.",
    )
    evaluate.add_argument("gold", type=Path, help="Parquet file of gold spans")
    evaluate.add_argument("suggestions", type=Path, help="Parquet file of suggested spans")
    evaluate.add_argument(
        "--pages",
        type=Path,
        help="Parquet file of the labelled pages (doc_id, page_num[, text]): a page with no "
        "gold span still counts, and with text every span is checked to lie within its page",
    )
    evaluate.add_argument("--format", choices=["markdown", "text"], default="markdown")
    evaluate.set_defaults(handler=_evaluate)
    upload = sub.add_parser(
        "upload-service",
        help="serve the upload API and the SMEs' upload page",
        description="POST /upload, /batches/<id>, /batches/<id>/close, /metrics and the upload "
        "page at /, writing PDFs and receipts into the store (OCEANID_STORE_URL). "
        "Limits, token and CORS from OCEANID_UPLOAD_* (docs/upload.md).",
    )
    upload.add_argument("--host", default="127.0.0.1", help="address (default 127.0.0.1)")
    upload.add_argument("--port", type=int, default=8700, help="port (default 8700)")
    upload.set_defaults(handler=_upload_service)
    local = sub.add_parser(
        "argilla-local",
        help="run the local Argilla server (API and web UI) in the foreground",
        description="Starts argilla-server from .venv-argilla on 127.0.0.1 with its state in "
        "$OCEANID_HOME/argilla (SQLite), or reports the one already running on that port. "
        "The pipeline's embedded default; with ARGILLA_API_URL set the pipeline uses that "
        "server instead.",
    )
    local.add_argument("--port", type=int, help="port (default $OCEANID_ARGILLA_PORT or 6900)")
    local.add_argument("--home", type=Path, help="state folder (default $OCEANID_HOME/argilla)")
    local.add_argument("--timeout", type=float, default=90.0, help="seconds to wait for it")
    local.set_defaults(handler=_argilla_local)
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args))
    except (config.InvalidBatchId, config.SettingError) as exc:
        print(f"oceanid: {exc}", file=sys.stderr)
        return 2
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("oceanid_dev"):
            # The production image leaves the dev-only package out.
            print(
                f"oceanid {args.command}: a development command; it needs the repository's "
                "dev package (oceanid_dev), installed by `make setup`",
                file=sys.stderr,
            )
            return 2
        raise


if __name__ == "__main__":
    raise SystemExit(main())
