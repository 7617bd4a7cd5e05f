"""No module of the project imports from Dagster's private modules (`dagster._…`): those change
without notice between Dagster releases. Public routes only (docs/backfill.md says which the
backfill uses)."""

from __future__ import annotations

import ast

from oceanid_assets.instance import REPO_ROOT

PACKAGES = ("oceanid_assets", "oceanid_dev")

# module path -> why it still needs a private import.
ALLOWED: dict[str, str] = {
    "oceanid_assets/runs/launcher.py": "a run launcher subclasses RunLauncher and "
    "ConfigurableClass and starts `dagster api execute_run` (ExecuteRunArgs); Dagster exports "
    "none of them publicly",
    "oceanid_assets/runs/warm_process.py": "the warm process loads a code location from its "
    "origin and runs `dagster api execute_run` in the forked worker, as the run worker does",
}


def private_dagster_imports(source: str) -> list[str]:
    """`import dagster._x`, `from dagster._x import y` and `from dagster import _x`."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
            if node.module == "dagster":
                names += [f"dagster.{alias.name}" for alias in node.names]
        else:
            continue
        found += [f"{n} (line {node.lineno})" for n in names if n.startswith("dagster._")]
    return found


def test_the_check_sees_every_form_of_private_import() -> None:
    source = (
        "import dagster._core.utils\n"
        "from dagster._core.execution.backfill import PartitionBackfill\n"
        "from dagster import _check, AssetKey\n"
        "def f():\n    import dagster._annotations as a\n"
        "import dagster, dagster_graphql\nfrom dagster import DagsterInstance\n"
        "from . import _private\n"
    )
    assert [f.split(" ")[0] for f in private_dagster_imports(source)] == [
        "dagster._core.utils",
        "dagster._core.execution.backfill",
        "dagster._check",
        "dagster._annotations",
    ]


def test_no_module_imports_private_dagster_apis() -> None:
    offenders = {}
    for package in PACKAGES:
        for path in sorted((REPO_ROOT / package).rglob("*.py")):
            module = path.relative_to(REPO_ROOT).as_posix()
            found = private_dagster_imports(path.read_text(encoding="utf-8"))
            if found and module not in ALLOWED:
                offenders[module] = found
    assert offenders == {}, f"private Dagster imports (use a public API): {offenders}"


def test_allow_list_has_no_stale_entries() -> None:
    for module, reason in ALLOWED.items():
        assert reason.strip(), f"{module}: an allowed private import needs its reason"
        path = REPO_ROOT / module
        assert path.exists() and private_dagster_imports(path.read_text(encoding="utf-8")), (
            f"{module} no longer imports from dagster._: remove it from ALLOWED"
        )
