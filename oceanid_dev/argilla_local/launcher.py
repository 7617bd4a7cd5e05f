"""Start (or reuse) the local Argilla server from the project's main virtual environment.

The server runs with `.venv-argilla`'s Python (`make setup`; override with
`OCEANID_ARGILLA_PYTHON`), on loopback, with its state and `server.log` in one folder. Nothing
here imports argilla_server. With `ARGILLA_API_URL` set (production) nothing local starts: see
`embedded_argilla`.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import IO, Literal

import httpx

from oceanid_assets import config
from oceanid_dev.argilla_local import defaults

REPO_ROOT = Path(__file__).resolve().parents[2]
PYTHON_ENV = "OCEANID_ARGILLA_PYTHON"
LOG_TAIL_LINES = 40

Probe = Literal["ready", "absent", "wrong-key", "not-argilla"]


class LocalArgillaError(RuntimeError):
    """The local Argilla server could not be started or reached."""


def argilla_python() -> Path:
    """The interpreter of argilla-server's own virtual environment."""
    configured = config.text(PYTHON_ENV)
    return Path(configured) if configured else REPO_ROOT / ".venv-argilla" / "bin" / "python"


@dataclass
class LocalArgilla:
    """A running local server: started here (`process`) or found already running (reused)."""

    api_url: str
    api_key: str
    home: Path
    process: subprocess.Popen[bytes] | None = None
    log_path: Path | None = None
    _log: IO[bytes] | None = field(default=None, repr=False)

    @property
    def started_here(self) -> bool:
        return self.process is not None

    @property
    def username(self) -> str:
        return defaults.USERNAME

    def stop(self, grace_seconds: float = 15.0) -> None:
        """Terminate the server this object started (SIGTERM, then SIGKILL after the grace)."""
        process = self.process
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(grace_seconds)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if self._log is not None:
            self._log.close()
            self._log = None

    def __enter__(self) -> LocalArgilla:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def probe(api_url: str, api_key: str, timeout: float = 2.0) -> Probe:
    """What answers at api_url: our server (accepting api_key), another Argilla, or nothing."""
    try:
        with httpx.Client(base_url=api_url, timeout=timeout, trust_env=False) as client:
            status = client.get("/api/v1/status")
            if status.status_code != 200 or "search_engine" not in _json_keys(status):
                return "not-argilla"
            me = client.get("/api/v1/me", headers={"X-Argilla-Api-Key": api_key})
    except httpx.TransportError:
        return "absent"
    return "ready" if me.status_code == 200 else "wrong-key"


def _json_keys(response: httpx.Response) -> set[str]:
    try:
        body = response.json()
    except ValueError:
        return set()
    return set(body) if isinstance(body, dict) else set()


def start_local_argilla(
    home: Path,
    port: int | None = None,
    api_key: str | None = None,
    *,
    password: str | None = None,
    host: str = "127.0.0.1",
    timeout: float = 60.0,
    reuse: bool = True,
    patches: bool | None = None,
) -> LocalArgilla:
    """Start argilla-server on host:port with its state in `home`, and wait until it serves.

    With `reuse`, a local server already answering on that port with this API key is returned
    instead (`started_here` False, `stop()` leaves it running), so `oceanid demo` and
    `oceanid argilla-local` can share one. `patches` None keeps the server's default (on).
    Raises LocalArgillaError when the Python of `.venv-argilla` is missing, the port is taken by
    something else, or the server exits or is not ready within `timeout` seconds (with the end
    of its log).
    """
    port = config.argilla_local_port() if port is None else port
    api_key = config.argilla_api_key() if api_key is None else api_key
    api_url = f"http://{host}:{port}"
    found = probe(api_url, api_key)
    if found == "ready" and reuse:
        return LocalArgilla(api_url=api_url, api_key=api_key, home=Path(home))
    if found != "absent":
        what = {
            "ready": "an Argilla server is already running there (reuse=False)",
            "wrong-key": "an Argilla server there rejects this API key",
            "not-argilla": "something that is not Argilla answers there",
        }[found]
        raise LocalArgillaError(
            f"cannot start the local Argilla server on {api_url}: {what}. Stop it or choose "
            "another port (OCEANID_ARGILLA_PORT / --port)."
        )
    python = argilla_python()
    if not python.exists():
        raise LocalArgillaError(
            f"argilla-server's Python not found at {python}: run `make setup` (it creates "
            f".venv-argilla), or point {PYTHON_ENV} at a Python with argilla-server 2.8 installed."
        )
    home = Path(home).resolve()
    home.mkdir(parents=True, exist_ok=True)
    log_path = home / "server.log"
    log = log_path.open("ab")
    log.write(f"\n=== {time.strftime('%Y-%m-%d %H:%M:%S')} start on {api_url} ===\n".encode())
    log.flush()
    log_start = log.tell()
    command = [str(python), "-m", "oceanid_dev.argilla_local.server", "--home", str(home)]
    process = subprocess.Popen(
        [*command, "--host", host, "--port", str(port)],
        stdin=subprocess.DEVNULL,
        stdout=log,
        stderr=subprocess.STDOUT,
        cwd=REPO_ROOT,
        env=_server_environment(api_key, password, patches),
        start_new_session=True,  # Ctrl-C reaches the caller, which stops the server cleanly
    )
    server = LocalArgilla(api_url, api_key, home, process, log_path, log)
    try:
        _wait_until_ready(server, timeout, log_start)
    except BaseException:
        server.stop(grace_seconds=5.0)
        raise
    return server


def _server_environment(api_key: str, password: str | None, patches: bool | None) -> dict[str, str]:
    env = config.child_environment()
    for production_only in ("ARGILLA_API_URL", "ARGILLA_API_KEY"):
        env.pop(production_only, None)
    env[defaults.API_KEY_ENV] = api_key
    env[defaults.PASSWORD_ENV] = (
        password or config.text(defaults.PASSWORD_ENV) or defaults.LOCAL_PASSWORD
    )
    if patches is not None:
        env[defaults.PATCHES_ENV] = "1" if patches else "0"
    # The project's source, even if .venv-argilla lacks the editable install.
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
    env["PYTHONUNBUFFERED"] = "1"
    env[defaults.PARENT_PID_ENV] = str(os.getpid())
    return env


def _wait_until_ready(server: LocalArgilla, timeout: float, log_start: int) -> None:
    assert server.process is not None and server.log_path is not None
    deadline = time.monotonic() + timeout
    while True:
        code = server.process.poll()
        if code is not None:
            raise LocalArgillaError(
                f"the local Argilla server exited with code {code} before it was ready; the end "
                f"of {server.log_path}:\n{_tail(server.log_path, log_start)}"
            )
        found = probe(server.api_url, server.api_key, timeout=1.0)
        if found == "ready":
            return
        if found in {"wrong-key", "not-argilla"}:
            raise LocalArgillaError(
                f"{server.api_url} answers but not as the server just started ({found})"
            )
        if time.monotonic() > deadline:
            raise LocalArgillaError(
                f"the local Argilla server was not ready on {server.api_url} after {timeout:.0f}s;"
                f" the end of {server.log_path}:\n{_tail(server.log_path, log_start)}"
            )
        time.sleep(0.25)


def _tail(path: Path, start: int) -> str:
    with path.open("rb") as handle:
        handle.seek(start)
        lines = handle.read().decode("utf-8", "replace").splitlines()
    return "\n".join(lines[-LOG_TAIL_LINES:]) or "(empty)"


@contextlib.contextmanager
def embedded_argilla(timeout: float = 60.0) -> Iterator[LocalArgilla | None]:
    """The local server for the embedded default, or None when ARGILLA_API_URL is set.

    Starts (or reuses) the server in `$OCEANID_HOME/argilla` on `OCEANID_ARGILLA_PORT` with
    `ARGILLA_API_KEY` (or the built-in local key); stops it on exit if it was started here.
    """
    if config.argilla_api_url() is not None:
        yield None
        return
    with start_local_argilla(config.oceanid_home() / "argilla", timeout=timeout) as server:
        yield server
