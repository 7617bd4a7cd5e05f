"""The local Dagster instance and processes that the `oceanid` command starts."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from oceanid_assets import config

REPO_ROOT = Path(__file__).resolve().parents[1]
WORKSPACE_FILE = REPO_ROOT / "workspace.yaml"


# Local paths the processes that `oceanid` starts must agree on.
_LOCAL_PATH_VARS = ("OCEANID_STORE_URL", "MD_RAW_URL", "MD_ANNOT_URL", "MD_OPS_URL")


def pin_local_paths() -> None:
    """Make OCEANID_HOME (and any local store or database path set) absolute in the environment.

    Dagster's daemon, webserver and run workers run from DAGSTER_HOME, not from where `oceanid`
    was started: there a relative `./.oceanid` would name another, empty folder, and the drop
    sensor would watch a store nobody writes to.
    """
    os.environ["OCEANID_HOME"] = str(config.oceanid_home())
    for var in _LOCAL_PATH_VARS:
        value = os.environ.get(var)
        if value and "://" not in value and not value.startswith(("md:", "motherduck:")):
            os.environ[var] = str(Path(value).expanduser().resolve())


def prepare_dagster_home() -> Path:
    """Point DAGSTER_HOME at $OCEANID_HOME/dagster with the repository's dagster.yaml in it."""
    pin_local_paths()
    home = Path(os.environ.get("DAGSTER_HOME") or config.oceanid_home() / "dagster").resolve()
    home.mkdir(parents=True, exist_ok=True)
    source = REPO_ROOT / "dagster.yaml"
    target = home / "dagster.yaml"
    if source.resolve() != target.resolve() and (
        not target.exists() or target.read_bytes() != source.read_bytes()
    ):
        shutil.copyfile(source, target)
    os.environ["DAGSTER_HOME"] = str(home)
    return home


def venv_bin(name: str) -> str:
    """A console script installed beside the running interpreter (the project's .venv)."""
    import sys

    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else name
