"""Upload-service benchmark: throughput and the server's peak memory, against direct store writes
measured in the same run.

    .venv/bin/python -m bench.upload                 # one 200 MB PDF, 200 x 256 KB PDFs
    .venv/bin/python -m bench.upload --mb 500 --small 500

The service runs as `python -m oceanid_assets.upload.serve` in a subprocess (uvicorn, local
store in a temp folder, limit raised above the big file); its peak RSS is VmHWM from
/proc/<pid>/status. The client streams the multipart body from disk, so client memory is flat.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

from oceanid_assets.ingest.receipts import put_file, store_document
from oceanid_assets.storage.store import LocalStore

MB = 1024 * 1024
BOUNDARY = "benchboundary7MA4YWxkTrZu0gW"


def _status_kb(pid: int, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _multipart(path: Path, batch_id: str) -> tuple[int, Iterator[bytes]]:
    head = (
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="batch_id"\r\n\r\n{batch_id}\r\n'
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="{path.name}"\r\n'
        "Content-Type: application/pdf\r\n\r\n"
    ).encode()
    tail = f"\r\n--{BOUNDARY}--\r\n".encode()

    def body() -> Iterator[bytes]:
        yield head
        with path.open("rb") as fh:
            while chunk := fh.read(MB):
                yield chunk
        yield tail

    return len(head) + path.stat().st_size + len(tail), body()


def _upload(client: httpx.Client, path: Path, batch_id: str) -> dict[str, object]:
    length, body = _multipart(path, batch_id)
    response = client.post(
        "/upload",
        content=body,
        headers={
            "Content-Type": f"multipart/form-data; boundary={BOUNDARY}",
            "Content-Length": str(length),
        },
    )
    response.raise_for_status()
    receipt: dict[str, object] = response.json()["receipts"][0]
    return receipt


def _write_pdf(path: Path, size: int) -> None:
    with path.open("wb") as fh:
        fh.write(b"%PDF-1.7\n")
        left = size - 9
        block = os.urandom(MB)
        while left > 0:
            fh.write(block[: min(MB, left)])
            left -= MB


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=int, default=200, help="size of the big upload")
    parser.add_argument("--small", type=int, default=200, help="number of 256 KB uploads")
    parser.add_argument("--threads", type=int, default=8)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="oceanid-bench-upload-"))
    big = work / "big.pdf"
    _write_pdf(big, args.mb * MB)
    smalls = []
    for i in range(args.small):
        path = work / f"small-{i:04d}.pdf"
        _write_pdf(path, 256 * 1024)
        smalls.append(path)

    port = _free_port()
    env = {
        **os.environ,
        "OCEANID_HOME": str(work / "home"),
        "OCEANID_STORE_URL": str(work / "service-store"),
        "OCEANID_UPLOAD_MAX_BYTES": str((args.mb + 1) * MB),
    }
    env.pop("OCEANID_UPLOAD_TOKEN", None)
    server = subprocess.Popen(
        [sys.executable, "-m", "oceanid_assets.upload.serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        client = httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=600)
        deadline = time.monotonic() + 60
        while True:
            try:
                client.get("/healthz").raise_for_status()
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise SystemExit("the upload service did not start") from None
                time.sleep(0.2)
        idle_rss = _status_kb(server.pid, "VmHWM")

        started = time.perf_counter()
        receipt = _upload(client, big, "bench-big")
        big_s = time.perf_counter() - started
        big_hwm = _status_kb(server.pid, "VmHWM")

        started = time.perf_counter()
        with ThreadPoolExecutor(args.threads) as pool:
            list(pool.map(lambda p: _upload(client, p, "bench-small"), smalls))
        small_s = time.perf_counter() - started
        small_hwm = _status_kb(server.pid, "VmHWM")
    finally:
        server.terminate()
        server.wait(timeout=30)

    # The same bytes written straight to a local store, in this process.
    direct = LocalStore(work / "direct-store")
    data = big.read_bytes()
    started = time.perf_counter()
    direct.write_bytes("uploads/direct/big.pdf", data)
    direct_bytes_s = time.perf_counter() - started
    del data
    started = time.perf_counter()
    put_file(direct, "uploads/direct/big-copy.pdf", big)
    direct_stream_s = time.perf_counter() - started
    started = time.perf_counter()
    for path in smalls:
        store_document(direct, "direct-small", path.read_bytes(), path.name)
    direct_small_s = time.perf_counter() - started

    size_mb = args.mb
    small_mb = args.small * 0.25
    print(f"big upload: {size_mb} MB in {big_s:.2f}s = {size_mb / big_s:.0f} MB/s (service)")
    print(
        f"  direct write_bytes (bytes in memory): {direct_bytes_s:.2f}s = "
        f"{size_mb / direct_bytes_s:.0f} MB/s; streamed file copy (put_file): "
        f"{direct_stream_s:.2f}s = {size_mb / direct_stream_s:.0f} MB/s"
    )
    print(
        f"  service / direct write_bytes: {big_s / direct_bytes_s:.1f}x the time; "
        f"service / streamed copy: {big_s / direct_stream_s:.1f}x"
    )
    print(
        f"server peak RSS (VmHWM): idle {idle_rss / 1024:.0f} MB, after the {size_mb} MB upload "
        f"{big_hwm / 1024:.0f} MB (+{(big_hwm - idle_rss) / 1024:.0f} MB, "
        f"{(big_hwm - idle_rss) / 1024 / size_mb:.2f} MB per MB uploaded); after the small "
        f"uploads {small_hwm / 1024:.0f} MB"
    )
    print(
        f"small uploads: {args.small} x 256 KB over {args.threads} threads in {small_s:.2f}s = "
        f"{args.small / small_s:.0f} files/s, {small_mb / small_s:.0f} MB/s; direct "
        f"store_document: {args.small / direct_small_s:.0f} files/s "
        f"(service / direct: {small_s / direct_small_s:.1f}x the time)"
    )
    print(f"receipt of the big upload: doc_id {receipt['doc_id']}, {receipt['size_bytes']} bytes")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
