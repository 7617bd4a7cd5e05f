"""The layering docs/architecture.md describes, checked on the imports themselves.

- Plain code (every package beside `defs/` and `resources/`) imports no Dagster and nothing of
  `defs/` or `resources/`: it is tested without Dagster and called by thin assets.
- The production package never imports the dev-only package `oceanid_dev` (demo generator,
  local Argilla launcher), which the image leaves out; only the `oceanid` command's dev
  subcommands (`demo`, `argilla-local`) reach it, lazily.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "oceanid_assets"
# Dagster-facing modules outside defs/ and resources/: the entry points.
ENTRY_POINTS = {"definitions.py", "cli.py", "upload/serve.py"}
# The local instance's run launcher and its warm process (dagster.yaml `run_launcher:`).
ENTRY_POINTS |= {"runs/launcher.py", "runs/warm_process.py"}
# config.env_var builds an EnvVar; it imports Dagster inside that function only.
LAZY_DAGSTER = {"config.py"}


def _imports(path: Path) -> list[tuple[int, str, bool]]:
    """(line, module, at module level) of every import in the file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    top = {id(node) for node in tree.body}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name, id(node) in top) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.append((node.lineno, node.module, id(node) in top))
    return found


def _plain_modules() -> list[Path]:
    return [
        path
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.relative_to(PACKAGE).parts[0] not in {"defs", "resources"}
        and path.relative_to(PACKAGE).as_posix() not in ENTRY_POINTS
    ]


def test_plain_code_imports_no_dagster_and_no_defs_or_resources() -> None:
    offenders = []
    for path in _plain_modules():
        name = path.relative_to(PACKAGE).as_posix()
        for line, module, top_level in _imports(path):
            dagster = module == "dagster" or module.startswith(("dagster.", "dagster_"))
            if dagster and not (name in LAZY_DAGSTER and not top_level):
                offenders.append(f"{name}:{line} imports {module}")
            if module.startswith(("oceanid_assets.defs", "oceanid_assets.resources")):
                offenders.append(f"{name}:{line} imports {module}")
    assert not offenders, offenders


def test_production_code_never_imports_the_dev_package() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}:{line}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for line, module, top_level in _imports(path)
        if module.startswith("oceanid_dev")
        # The command's dev subcommands, imported inside them: absent from the image, where
        # `oceanid demo` then fails with a message instead of the code location failing.
        and not (path.name == "cli.py" and not top_level)
    ]
    assert not offenders, offenders


def test_the_checks_see_what_they_look_for(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import dagster\nfrom oceanid_assets.defs.raw import assets\n"
        "def f():\n    from oceanid_dev.demo import batch\n",
        encoding="utf-8",
    )
    assert _imports(sample) == [
        (1, "dagster", True),
        (2, "oceanid_assets.defs.raw", True),
        (4, "oceanid_dev.demo", False),
    ]


def test_no_shipped_code_imports_the_test_suite_or_its_blind_layouts() -> None:
    """The blind layouts (tests/blind_layouts*) judge the extractors; code that could read
    them (and tune on them) would make their scores meaningless."""
    offenders = [
        f"{path.relative_to(ROOT)}:{line} imports {module}"
        for root in (PACKAGE, ROOT / "oceanid_dev")
        for path in sorted(root.rglob("*.py"))
        for line, module, _ in _imports(path)
        if module == "tests" or module.startswith("tests.")
    ]
    assert not offenders, "\n".join(offenders)
