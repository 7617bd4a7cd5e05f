"""`oceanid demo` stopped by SIGTERM (a service manager, `kill`) stops every child it started:
Dagster (webserver, daemon, code server) and the upload service, and their ports are free."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from oceanid_assets.instance import REPO_ROOT
from tests.conftest import free_port

OCEANID = str(Path(sys.executable).parent / "oceanid")
START_S, STOP_S = 180.0, 60.0


def _listening(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def _wait(condition: object, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.5)
    return False


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


def test_sigterm_stops_the_demo_and_every_child_it_started(tmp_path: Path) -> None:
    dagster_port, upload_port = free_port(), free_port()
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("OCEANID_", "MD_", "DAGSTER_", "AWS_", "ARGILLA_"))
    }
    environment.update(
        {
            "OCEANID_HOME": str(tmp_path / "home"),
            "OCEANID_UPLOAD_PORT": str(upload_port),
            # No local Argilla server: this test is about the processes the demo owns.
            "ARGILLA_API_URL": f"http://127.0.0.1:{free_port()}",
            "ARGILLA_API_KEY": "unused",
        }
    )
    log = (tmp_path / "demo.log").open("wb")
    # Its own session, as under a service manager: the SIGTERM reaches the demo process only,
    # and the group id finds every child left behind.
    demo = subprocess.Popen(
        [OCEANID, "demo", "--pages", "2", "--port", str(dagster_port)],
        env=environment,
        cwd=REPO_ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        up = _wait(lambda: _listening(dagster_port) and _listening(upload_port), START_S)
        assert up, (tmp_path / "demo.log").read_text(errors="replace")[-3000:]
        demo.send_signal(signal.SIGTERM)
        assert demo.wait(timeout=STOP_S) == 0, (tmp_path / "demo.log").read_text()[-3000:]
        assert _wait(lambda: not _group_alive(demo.pid), 15), "children outlived the demo"
        assert not _listening(dagster_port) and not _listening(upload_port)
        assert "demo stopped (SIGTERM)" in (tmp_path / "demo.log").read_text()
    finally:
        if _group_alive(demo.pid):
            os.killpg(demo.pid, signal.SIGKILL)
        log.close()
