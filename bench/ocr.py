"""OCR benchmark: prints figures and ratios against a baseline measured in the same run.

    make bench                      # 8 pages, Tesseract and RapidOCR: about 4 minutes on 2 cores
    .venv/bin/python -m bench.ocr [--pages N] [--seed S] [--engines tesseract,rapidocr]

On the demo batch with every page scanned (demo_files(scanned="all")):

1. Per engine, the OCR pass of the raw load (`ocr_pages`, at the production DPI and pixel cap)
   over every scanned page with 1 worker and with 2: pages/s and the 2-worker speed-up, the
   character error rate against the born-digital original's text, and the identifiers (IMO,
   MMSI, IRCS) the rules then find: precision, recall and F1 (OcrScore); failed pages count as
   empty text in those scores.
2. Peak memory of each engine and worker count, each in a process of its own (this module run
   with --only, which the benchmark does itself): that process's VmHWM (Python, the page images
   in flight, RapidOCR's models, one set per worker thread), the largest VmHWM of one child
   (Tesseract runs one process per page) and the most the children held at once (two
   Tesseracts with 2 workers), sampled from /proc. Not ru_maxrss (printed beside for
   comparison): on Linux it is a maximum over a process's life that survives fork and exec, so
   a process started by a large one reports at least its parent's peak.
3. The baseline, in this process: text-layer extraction (`extract_documents`, what the raw load
   does for born-digital pages) of the same batch as generated (scanned="none"), 1 and 2
   workers, over copies of the batch up to TEXT_LAYER_PAGES pages so the pool is used and the
   timing is not a few milliseconds. Each OCR rate is printed as a fraction of it.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from oceanid_assets.ingest.extract import PdfJob, extract_documents
from oceanid_assets.ingest.ocr_pass import OcrJob, ocr_pages
from oceanid_assets.ingest.pdf_text import ENGINE
from oceanid_assets.ocr.engine import OcrUnavailable
from oceanid_assets.ocr.settings import EMBEDDED_ENGINES, OcrSettings
from oceanid_dev.demo.batch import DemoFile, demo_files
from oceanid_dev.demo.ocr_score import OcrScore, page_spans

WORKER_COUNTS = (1, 2)
# The text-layer baseline runs over copies of the batch up to this many pages: enough for the
# process pool (extract.MIN_PAGES_FOR_POOL) and for a timing well above a millisecond's noise.
TEXT_LAYER_PAGES = 480
_PRODUCTION = OcrSettings()  # the raw load's defaults: 300 DPI, at most 25,000,000 pixels


@dataclass(frozen=True)
class EngineRun:
    engine: str
    workers: int
    version: str
    pages: int
    seconds: float
    cpu_seconds: float  # this process's and its children's, user and system, during the OCR
    failures: dict[str, str]  # "doc_id page_num" -> reason
    texts: dict[str, str]  # "doc_id page_num" -> OCR text
    self_before_mib: float  # this process's peak before the OCR started (imports, engine)
    self_peak_mib: float
    child_peak_mib: float  # the largest peak of one child process (a Tesseract), 0 when none
    children_at_once_mib: float  # the largest sum of the children's RSS seen at one moment
    ru_self_mib: float  # ru_maxrss, for comparison: inherits the spawning process's peak
    ru_children_mib: float


def _key(doc_id: str, page_num: int) -> str:
    return f"{doc_id} {page_num}"


def _ru_maxrss_mib(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # KiB on Linux


def _status(pid: int | str) -> dict[str, str]:
    """/proc/<pid>/status as a dict ({} when the process is gone or there is no /proc)."""
    try:
        text = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return {}
    return dict(line.split(":\t", 1) for line in text.splitlines() if ":\t" in line)


def _kib(status: dict[str, str], field: str) -> int:
    return int(status.get(field, "0 kB").split()[0])


def _peak_mib() -> float:
    """This process's peak RSS: VmHWM, the high-water mark of its own address space.

    Not ru_maxrss: on Linux that survives fork and exec, so a process started by a large one
    reports at least its parent's peak (this benchmark's generation step, ~270 MiB)."""
    hwm = _kib(_status("self"), "VmHWM")
    return hwm / 1024 if hwm else _ru_maxrss_mib(resource.RUSAGE_SELF)


class ChildMemory:
    """Samples this process's child processes every SAMPLE_S seconds: the largest VmHWM of
    one child (read until it exits, so a peak in its last SAMPLE_S can be missed) and the
    largest sum of their RSS at one moment. Only children that have exec'd (a name other than
    this process's): between fork and exec a child still shows this process's memory."""

    SAMPLE_S = 0.02

    def __init__(self) -> None:
        self.one_peak_kib = 0
        self.at_once_kib = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> ChildMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _sample(self) -> None:
        me, my_name = str(os.getpid()), _status("self").get("Name")
        while not self._stop.wait(self.SAMPLE_S):
            total = 0
            for proc in Path("/proc").glob("[0-9]*"):
                try:
                    stat = (proc / "stat").read_text()
                except OSError:
                    continue
                if stat[stat.rindex(")") + 2 :].split()[1] != me:  # the ppid field
                    continue
                status = _status(proc.name)
                if not status or status.get("Name") == my_name:
                    continue
                self.one_peak_kib = max(self.one_peak_kib, _kib(status, "VmHWM"))
                total += _kib(status, "VmRSS")
            self.at_once_kib = max(self.at_once_kib, total)


def _cpu_seconds() -> float:
    own, children = (
        resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def run_engine(engine_name: str, workers: int, jobs_file: Path, result_file: Path) -> None:
    """One engine and worker count in this process (--only): OCR the jobs, write the figures."""
    jobs = [
        OcrJob(job["doc_id"], Path(job["path"]), job["page_num"])
        for job in json.loads(jobs_file.read_text())
    ]
    try:
        engine = OcrSettings(engine=engine_name).open_engine()
    except OcrUnavailable as exc:
        result_file.write_text(json.dumps({"unavailable": str(exc)}))
        return
    before, cpu_before = _peak_mib(), _cpu_seconds()
    with ChildMemory() as children:
        outcome = ocr_pages(jobs, engine, workers, _PRODUCTION.dpi, _PRODUCTION.max_pixels)
    run = EngineRun(
        engine=engine.name,
        workers=workers,
        version=engine.version,
        pages=len(jobs),
        seconds=outcome.seconds,
        cpu_seconds=_cpu_seconds() - cpu_before,
        failures={_key(*key): reason for key, reason in outcome.failures.items()},
        texts={_key(*key): page.text.text for key, page in outcome.pages.items()},
        self_before_mib=before,
        self_peak_mib=_peak_mib(),
        child_peak_mib=children.one_peak_kib / 1024,
        children_at_once_mib=children.at_once_kib / 1024,
        ru_self_mib=_ru_maxrss_mib(resource.RUSAGE_SELF),
        ru_children_mib=_ru_maxrss_mib(resource.RUSAGE_CHILDREN),
    )
    result_file.write_text(json.dumps(run.__dict__))


def engine_in_subprocess(
    engine: str, workers: int, jobs_file: Path, workdir: Path
) -> EngineRun | str:
    """The figures of one engine and worker count measured in a fresh process, or why not."""
    result_file = workdir / f"{engine}-{workers}.json"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "bench.ocr",
            "--only",
            engine,
            "--workers",
            str(workers),
            "--jobs-file",
            str(jobs_file),
            "--result-file",
            str(result_file),
        ],
        cwd=Path(__file__).resolve().parents[1],
        check=False,
    )
    if done.returncode != 0 or not result_file.exists():
        return f"the benchmark process exited with {done.returncode}"
    result: dict[str, Any] = json.loads(result_file.read_text())
    if "unavailable" in result:
        return str(result["unavailable"])
    return EngineRun(**result)


def score(run: EngineRun, files: dict[str, DemoFile]) -> OcrScore:
    """CER and identifier scores over every scanned page; a failed page scores as empty text."""
    result = OcrScore()
    for doc_id, file in files.items():
        for page_num in file.scanned_pages:
            text = run.texts.get(_key(doc_id, page_num), "")
            result.add_page(
                text, file.page_texts[page_num - 1], page_spans(file.document.spans, page_num)
            )
    return result


def text_layer_rates(pages: int, seed: int, workdir: Path) -> tuple[int, dict[int, float]]:
    """Pages extracted and pages/s of the text layer, per worker count."""
    originals = demo_files(pages, seed, scanned="none")
    paths = []
    for n, file in enumerate(originals):
        path = workdir / f"original-{n}.pdf"
        path.write_bytes(file.document.pdf_bytes)
        paths.append((path, file.document.page_count))
    batch_pages = sum(count for _, count in paths)
    copies = max(1, math.ceil(TEXT_LAYER_PAGES / batch_pages))
    jobs = [
        PdfJob(f"copy{copy}-doc{n}", path, count)
        for copy in range(copies)
        for n, (path, count) in enumerate(paths)
    ]
    total = batch_pages * copies
    print(
        f"text layer ({ENGINE}): the {batch_pages} born-digital pages x {copies} copies "
        f"= {total} pages"
    )
    rates = {}
    for workers in WORKER_COUNTS:
        started = time.perf_counter()
        extracted = extract_documents(jobs, workers)
        seconds = time.perf_counter() - started
        rates[workers] = total / seconds
        failed = f", {len(extracted.failures)} documents failed" if extracted.failures else ""
        print(
            f"  {workers} worker{'s' if workers > 1 else ' '}: {rates[workers]:8.0f} pages/s "
            f"({seconds:.2f}s){failed}"
        )
    return total, rates


def _fraction(rate: float, baseline: float) -> str:
    return f"1/{baseline / rate:,.0f}" if rate > 0 else "-"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=8)  # RapidOCR: ~12 s a page
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--engines", default=",".join(EMBEDDED_ENGINES))
    # One engine and worker count in this process, for clean memory figures (run by bench()).
    parser.add_argument("--only", choices=EMBEDDED_ENGINES, help=argparse.SUPPRESS)
    parser.add_argument("--workers", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--jobs-file", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--result-file", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.only:
        if args.jobs_file is None or args.result_file is None:
            parser.error(
                "--only is run by the benchmark itself, with --jobs-file and --result-file"
            )
        run_engine(args.only, args.workers, args.jobs_file, args.result_file)
        return
    engines = [name.strip() for name in args.engines.split(",") if name.strip()]
    unknown = set(engines) - set(EMBEDDED_ENGINES)
    if unknown:
        parser.error(f"unknown engines {sorted(unknown)}: expected {', '.join(EMBEDDED_ENGINES)}")

    with tempfile.TemporaryDirectory(prefix="oceanid-bench-ocr-") as workdir:
        bench(args.pages, args.seed, engines, Path(workdir))


def bench(pages: int, seed: int, engines: list[str], workdir: Path) -> None:
    started = run_started = time.perf_counter()
    scanned = demo_files(pages, seed, scanned="all")
    files: dict[str, DemoFile] = {}
    jobs = []
    for n, file in enumerate(scanned):
        doc_id = f"doc-{n:05d}"
        path = workdir / f"scan-{n}.pdf"
        path.write_bytes(file.document.pdf_bytes)
        files[doc_id] = file
        jobs += [{"doc_id": doc_id, "path": str(path), "page_num": p} for p in file.scanned_pages]
    jobs_file = workdir / "jobs.json"
    jobs_file.write_text(json.dumps(jobs))
    print(
        f"batch: {len(files)} scanned PDFs, {len(jobs)} image-only pages (seed {seed}, "
        f"generated in {time.perf_counter() - started:.1f}s); OCR at {_PRODUCTION.dpi} DPI, "
        f"at most {_PRODUCTION.max_pixels:,} pixels a page"
    )
    text_pages, text_rates = text_layer_rates(pages, seed, workdir)

    rows: list[tuple[EngineRun, float, OcrScore]] = []
    for engine in engines:
        runs: dict[int, EngineRun] = {}
        for workers in WORKER_COUNTS:
            got = engine_in_subprocess(engine, workers, jobs_file, workdir)
            if isinstance(got, str):
                print(f"{engine}, {workers} worker(s): not measured: {got}")
                continue
            runs[workers] = got
        if not runs:
            continue
        print(f"{engine} ({next(iter(runs.values())).version}):")
        for workers, run in runs.items():
            rate = run.pages / run.seconds
            quality = score(run, files)
            speedup = ""
            if workers > 1 and 1 in runs:
                speedup = f"  -> {runs[1].seconds / run.seconds:.2f}x the 1-worker speed"
            print(
                f"  {workers} worker{'s' if workers > 1 else ' '}: {rate:6.2f} pages/s "
                f"({run.seconds:.1f}s; {run.cpu_seconds / run.pages:.1f} CPU s a page, "
                f"{run.cpu_seconds / run.seconds:.1f} cores busy){speedup}"
            )
            print(
                f"             {_fraction(rate, text_rates[workers])} of the text layer's rate "
                f"on {workers} worker{'s' if workers > 1 else ''}; CER {quality.cer:.2%}; "
                f"identifiers P {quality.id_precision:.2f} R {quality.id_recall:.2f} "
                f"F1 {quality.id_f1:.2f} ({quality.matched_ids} of {quality.true_ids} found, "
                f"{quality.found_ids} proposed); {len(run.failures)} failed pages"
            )
            for key, reason in sorted(run.failures.items()):
                print(f"             failed {key}: {reason}")
            children = (
                f"; one {engine} process at most {run.child_peak_mib:.0f} MiB, all at once "
                f"{run.children_at_once_mib:.0f} MiB"
                if run.child_peak_mib
                else ""
            )
            print(
                f"             peak RSS: the OCR process {run.self_peak_mib:.0f} MiB "
                f"({run.self_before_mib:.0f} MiB before the OCR){children} "
                f"(ru_maxrss: {run.ru_self_mib:.0f} / children {run.ru_children_mib:.0f} MiB)"
            )
            rows.append((run, rate, quality))

    print(
        f"peak RSS of this process (generation, text layer; no OCR): {_peak_mib():.0f} MiB. "
        "Each OCR figure is VmHWM from a process of its own: ru_maxrss is a maximum over a "
        "process's life that survives fork and exec, so there it includes the spawner's peak"
    )
    print()
    print(
        "| engine | workers | pages | pages/s | vs text layer | CER % | ID P / R / F1 | failed "
        "| peak RSS MiB: process / one child / children at once |"
    )
    print("|---|---:|---:|---:|---:|---:|---|---:|---|")
    for workers, rate in text_rates.items():
        print(
            f"| text layer ({ENGINE}) | {workers} | {text_pages} | {rate:,.0f} | 1 "
            "| - | - | - | - |"
        )
    for run, rate, quality in rows:
        child = (
            f"{run.child_peak_mib:.0f} / {run.children_at_once_mib:.0f}"
            if run.child_peak_mib
            else "- / -"
        )
        print(
            f"| {run.engine} | {run.workers} | {run.pages} | {rate:.2f} "
            f"| {_fraction(rate, text_rates[run.workers])} | {quality.cer * 100:.1f} "
            f"| {quality.id_precision:.2f} / {quality.id_recall:.2f} / {quality.id_f1:.2f} "
            f"| {len(run.failures)} | {run.self_peak_mib:.0f} / {child} |"
        )
    print(f"\nwhole run: {time.perf_counter() - run_started:.0f}s")


if __name__ == "__main__":
    main()
