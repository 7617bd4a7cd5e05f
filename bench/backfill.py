"""Backfill benchmark: historical PDFs through `oceanid backfill` and the real daemon.

    .venv/bin/python -m bench.backfill                       # 100 batches x 10 PDFs
    .venv/bin/python -m bench.backfill --batches 5 --docs 10 # a quick run

Prints total time (staging to every batch's coverage report), runs and runs/s, peak resident
memory (VmHWM from /proc) of the daemon, its code server and the run / step processes, and a
baseline measured in the same run: the same PDFs loaded by calling `ingest_batch` directly
(raw load only, no Dagster, no later stages).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

from fpdf import FPDF

from oceanid_assets.instance import REPO_ROOT


def _pdf(text: str) -> bytes:
    pdf = FPDF()
    pdf.set_font("helvetica", size=10)
    pdf.add_page()
    pdf.multi_cell(0, 5, text)
    return bytes(pdf.output())


def _write_historical(root: Path, count: int) -> None:
    for i in range(count):
        path = root / "historical" / f"{2000 + i % 20}" / f"registry-{i:05d}.pdf"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(
            _pdf(f"Vessel name: SEA WOLF {i}\nIMO: 9{i:06d}\nFlag: Panama\nCall sign: HP{i:04d}")
        )


def _baseline(home: Path, batches: int, docs: int) -> float:
    """The raw load alone: stage the same PDFs and call ingest_batch per batch, in-process."""
    import duckdb

    from oceanid_assets.db.sql import run_sql_file
    from oceanid_assets.ingest.raw_load import ingest_batch
    from oceanid_assets.ingest.receipts import store_document
    from oceanid_assets.storage.store import LocalStore

    store = LocalStore(home / "baseline-store")
    sources = sorted((home / "store" / "historical").rglob("*.pdf"))
    started = time.perf_counter()
    with duckdb.connect(str(home / "baseline.duckdb")) as conn:
        run_sql_file(conn, "raw_schema.sql")
        for b in range(batches):
            batch_id = f"baseline-{b:04d}"
            for path in sources[b * docs : (b + 1) * docs]:
                store_document(store, batch_id, path.read_bytes(), path.name)
            ingest_batch(store, conn, batch_id, f"baseline-{b}", workers=1)
    return time.perf_counter() - started


class PeakMemory:
    """Polls /proc for the daemon's process tree; VmHWM is each process's own peak RSS."""

    def __init__(self, root_pid: int) -> None:
        self.root = root_pid
        self.peak_kb: dict[int, int] = {}
        self.kind: dict[int, str] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._poll, daemon=True)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _children(self) -> dict[int, list[int]]:
        tree: dict[int, list[int]] = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    stat = Path(f"/proc/{entry}/stat").read_text()
                except OSError:
                    continue
                ppid = int(stat.rsplit(")", 1)[1].split()[1])
                tree.setdefault(ppid, []).append(int(entry))
        return tree

    def _poll(self) -> None:
        while not self._stop.wait(0.3):
            tree = self._children()
            todo, seen = [self.root], []
            while todo:
                pid = todo.pop()
                seen.append(pid)
                todo.extend(tree.get(pid, []))
            for pid in seen:
                try:
                    status = Path(f"/proc/{pid}/status").read_text()
                    cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ")
                except OSError:
                    continue
                for line in status.splitlines():
                    if line.startswith("VmHWM:"):
                        kb = int(line.split()[1])
                        self.peak_kb[pid] = max(self.peak_kb.get(pid, 0), kb)
                self.kind.setdefault(pid, _kind(pid, self.root, cmdline.decode(errors="replace")))

    def peaks(self) -> dict[str, tuple[int, float]]:
        """kind -> (processes, peak MB of the largest)."""
        out: dict[str, tuple[int, float]] = {}
        for pid, kb in self.peak_kb.items():
            kind = self.kind.get(pid, "other")
            count, peak = out.get(kind, (0, 0.0))
            out[kind] = (count + 1, max(peak, kb / 1024))
        return out


def _kind(pid: int, root: int, cmdline: str) -> str:
    if pid == root:
        return "daemon"
    if "execute_run" in cmdline or "api execute_run" in cmdline:
        return "run"
    if "execute_step" in cmdline or "multiprocess" in cmdline:
        return "step"
    if "grpc" in cmdline:
        return "code server"
    return "other"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--batches", type=int, default=100)
    parser.add_argument("--docs", type=int, default=10, help="PDFs per batch (1 page each)")
    parser.add_argument("--timeout", type=float, default=7200.0)
    parser.add_argument("--keep", action="store_true", help="keep the temporary OCEANID_HOME")
    args = parser.parse_args()

    from dagster import AssetKey, DagsterInstance, DagsterRunStatus

    from oceanid_dev.argilla_local.launcher import embedded_argilla
    from oceanid_dev.demo.once import start_daemon, stop_daemon

    home = Path(tempfile.mkdtemp(prefix="oceanid-bench-backfill-"))
    os.environ.update(
        {
            "OCEANID_HOME": str(home),
            "DAGSTER_HOME": str(home / "dagster"),
            "OCEANID_SENSOR_INTERVAL_SECONDS": os.environ.get(
                "OCEANID_SENSOR_INTERVAL_SECONDS", "5"
            ),
        }
    )
    (home / "dagster").mkdir(parents=True)
    shutil.copyfile(REPO_ROOT / "dagster.yaml", home / "dagster" / "dagster.yaml")
    total_docs = args.batches * args.docs
    _write_historical(home / "store", total_docs)
    baseline_s = _baseline(home, args.batches, args.docs)
    print(
        f"baseline: ingest_batch called directly, {args.batches} batches x {args.docs} PDFs: "
        f"{baseline_s:.1f}s ({total_docs / baseline_s:.1f} PDFs/s; raw load only)",
        flush=True,
    )

    with embedded_argilla(timeout=120) as local:
        if local:
            os.environ.setdefault("ARGILLA_API_URL", local.api_url)
        started = time.perf_counter()
        staged = subprocess.run(
            [
                str(Path(sys.executable).parent / "oceanid"),
                "backfill",
                "--batch-size",
                str(args.docs),
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        stage_s = time.perf_counter() - started
        print(staged.stdout.splitlines()[0], flush=True)
        daemon = start_daemon(home / "logs" / "dagster-daemon.log")
        batches = {f"backfill-historical-{n:04d}" for n in range(1, args.batches + 1)}
        unfinished = {
            DagsterRunStatus.QUEUED,
            DagsterRunStatus.NOT_STARTED,
            DagsterRunStatus.STARTING,
            DagsterRunStatus.STARTED,
        }
        try:
            with PeakMemory(daemon.pid) as memory, DagsterInstance.get() as instance:
                deadline = time.monotonic() + args.timeout
                while time.monotonic() < deadline:
                    covered = instance.get_materialized_partitions(AssetKey("coverage"))
                    runs = instance.get_runs()
                    if batches <= covered and not [r for r in runs if r.status in unfinished]:
                        break
                    time.sleep(2)
                total_s = time.perf_counter() - started
                runs = instance.get_runs()
        finally:
            stop_daemon(daemon)
    statuses = Counter(run.status.value for run in runs)
    jobs = Counter(run.job_name for run in runs)
    done = len(batches & covered)
    print(
        f"backfill: {done}/{args.batches} batches through every stage in {total_s:.1f}s "
        f"(staging {stage_s:.1f}s); {len(runs)} runs ({dict(statuses)}), "
        f"{len(runs) / total_s:.2f} runs/s, {total_docs / total_s:.2f} PDFs/s"
    )
    print(f"  runs per job: {dict(jobs)}")
    for kind, (count, peak) in sorted(memory.peaks().items()):
        print(f"  peak RSS {kind:<12} {peak:8.1f} MB (largest of {count} process(es))")
    print(f"  vs baseline: {total_s / baseline_s:.1f}x the direct raw load's time")
    if args.keep:
        print(f"  OCEANID_HOME kept: {home}")
    else:
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
