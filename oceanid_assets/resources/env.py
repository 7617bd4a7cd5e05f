"""Resource fields that may hold an `EnvVar`: inside a run Dagster has already resolved them;
outside one (the CLI, the upload service) the `EnvVar` itself would reach the client."""

from __future__ import annotations

from dagster import EnvVar


def resolved(value: str | None) -> str | None:
    return value.get_value() if isinstance(value, EnvVar) else value
