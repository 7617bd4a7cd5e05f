"""The local Dagster instance and processes that the `oceanid` command starts."""

from __future__ import annotations

import shutil
from pathlib import Path

from oceanid_assets import config

REPO_ROOT = Path(__file__).resolve().parents[1]
WORKSPACE_FILE = REPO_ROOT / "workspace.yaml"


def prepare_dagster_home() -> Path:
    """Point DAGSTER_HOME at $OCEANID_HOME/dagster with the repository's dagster.yaml in it."""
    config.pin_local_paths()
    home = Path(config.text("DAGSTER_HOME") or config.oceanid_home() / "dagster").resolve()
    home.mkdir(parents=True, exist_ok=True)
    source = REPO_ROOT / "dagster.yaml"
    target = home / "dagster.yaml"
    if source.resolve() != target.resolve() and (
        not target.exists() or target.read_bytes() != source.read_bytes()
    ):
        shutil.copyfile(source, target)
    config.export("DAGSTER_HOME", str(home))
    return home


def venv_bin(name: str) -> str:
    """A console script installed beside the running interpreter (the project's .venv)."""
    import sys

    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else name
