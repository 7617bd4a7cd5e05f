"""The upload service as a child process: `make demo` and `oceanid demo --once --via-upload`
start it beside Dagster, wait until it answers, and stop it with the command."""

from __future__ import annotations

import contextlib
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

from oceanid_assets import config
from oceanid_assets.instance import venv_bin
from oceanid_dev.demo.batch import DemoUploadError

UPLOAD_SERVICE_WAIT_S = 60.0  # it imports Dagster before it listens: a few seconds, more on CI
UPLOAD_LOG_TAIL_LINES = 15


def upload_port() -> int:
    if config.is_set("OCEANID_UPLOAD_PORT"):
        return config.integer("OCEANID_UPLOAD_PORT")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def running_upload_service(port: int) -> Iterator[httpx.Client]:
    """`oceanid upload-service` on 127.0.0.1:port, answering /healthz; a client for it with
    the bearer token when OCEANID_UPLOAD_TOKEN is set. Stopped on exit."""
    if not _port_free(port):
        # Otherwise a service already there (another demo's, maybe on another store) would
        # answer /healthz and take the batch.
        raise DemoUploadError(
            f"cannot start the upload service: 127.0.0.1:{port} is in use (OCEANID_UPLOAD_PORT "
            "is set; unset it to use a free port)"
        )
    token = config.optional("OCEANID_UPLOAD_TOKEN")
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    process, log_path, log_start = start_upload_service(port)
    try:
        with httpx.Client(
            base_url=f"http://127.0.0.1:{port}", headers=headers, timeout=120.0, trust_env=False
        ) as client:
            _wait_for_health(client, process, log_path, log_start)
            yield client
    finally:
        stop_process(process)


def _port_free(port: int) -> bool:
    with socket.socket() as sock:
        # As uvicorn binds: a port only in TIME_WAIT from an earlier run counts as free.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def start_upload_service(port: int) -> tuple[subprocess.Popen[bytes], Path, int]:
    """The service as a subprocess logging to $OCEANID_HOME/logs/upload-service.log; returns
    it, the log and where this start's lines begin in it."""
    logs = config.oceanid_home() / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    log_path = logs / "upload-service.log"
    with log_path.open("ab") as upload_log:
        start = upload_log.tell()  # before the child shares the file offset
        # Its own process, so a slow upload never competes with Dagster's webserver.
        process = subprocess.Popen(
            [venv_bin("oceanid"), "upload-service", "--port", str(port)],
            stdout=upload_log,
            stderr=subprocess.STDOUT,
        )
    return process, log_path, start


def _wait_for_health(
    client: httpx.Client, process: subprocess.Popen[bytes], log_path: Path, log_start: int
) -> None:
    deadline = time.monotonic() + UPLOAD_SERVICE_WAIT_S
    while True:
        if (code := process.poll()) is not None:
            problem = f"exited with code {code}"
            break
        try:
            if client.get("/healthz", timeout=2.0).status_code == 200:
                return
        except httpx.TransportError:
            pass
        if time.monotonic() > deadline:
            problem = f"did not answer /healthz within {UPLOAD_SERVICE_WAIT_S:.0f}s"
            break
        time.sleep(0.25)
    raise DemoUploadError(
        f"the upload service on {client.base_url} {problem}; the end of {log_path}:\n"
        + _log_tail(log_path, log_start)
    )


def _log_tail(path: Path, start: int) -> str:
    with path.open("rb") as handle:
        handle.seek(start)
        lines = handle.read().decode("utf-8", "replace").splitlines()
    return "\n".join(lines[-UPLOAD_LOG_TAIL_LINES:]) or "(empty)"


def stop_process(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
