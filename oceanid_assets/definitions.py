"""The Oceanid code location: everything under `oceanid_assets/defs/`, loaded by Dagster's
`dg` conventions (one folder per stage; docs/architecture.md)."""

from pathlib import Path

import dagster as dg


def load_definitions() -> dg.Definitions:
    """The code location's definitions, outside a code server too (tests, the CLI)."""
    return dg.load_from_defs_folder(path_within_project=Path(__file__).parent)


@dg.definitions
def defs() -> dg.Definitions:
    return load_definitions()
