"""Dagster resources for Oceanid's DuckDB databases (local files, or MotherDuck `md:` URLs).

A writer resource per database (md_raw_ocr, md_annotated, md_ops), each with its MotherDuck
role's token, and one resource for the read-only paths (checks, coverage, sensors) with the
read-only token. Connections themselves are opened by `oceanid_assets.db.connect`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import duckdb
from dagster import ConfigurableResource
from dagster_duckdb import DuckDBResource
from pydantic import Field

from oceanid_assets import config
from oceanid_assets.db import motherduck
from oceanid_assets.db.connect import connect_readers, connect_writer
from oceanid_assets.resources.env import resolved


class DuckDBDatabase(DuckDBResource):  # type: ignore[misc,type-arg]
    """A DuckDB database whose schema file is applied (idempotently) on every connection.

    Append-only by default: the connection refuses UPDATE, DELETE and the like before they
    reach DuckDB (see AppendOnlyConnection). On MotherDuck (`md:`) it connects with its role's
    token, refusing a missing, shared or misplaced one.
    """

    schema_file: str | None = Field(
        default=None, description="File in sql/ that creates this database's tables, if any."
    )
    append_only: bool = Field(
        default=True, description="Refuse UPDATE/DELETE/TRUNCATE/DROP... on this database."
    )
    role: str | None = Field(
        default=None,
        description="Whose database this is on MotherDuck: 'raw' (MD_RAW_TOKEN), 'annotated' "
        "(MD_ANNOT_TOKEN) or 'ops' (MD_OPS_TOKEN). Local files need none.",
    )
    motherduck_token: str | None = Field(
        default=None,
        description="The role's token, as an EnvVar only; sent in the connection config of md: "
        "URLs, never in the URL.",
    )
    busy_timeout_s: float = Field(
        default=120.0,
        description="How long to wait while another process holds a local file's lock.",
    )

    @classmethod
    def for_role(
        cls, role: str, database: str, schema_file: str | None, busy_timeout_s: float = 120.0
    ) -> DuckDBDatabase:
        """The database of a writer role, its token referenced by variable name (an EnvVar, so
        the UI and run config show the name, never the value). Unset: no reference, and an
        md: URL fails on connect naming the variable; a local file does not need it."""
        return cls(
            database=database,
            schema_file=schema_file,
            role=role,
            motherduck_token=config.env_var(motherduck.ROLE_TOKEN_VARS[role]),
            busy_timeout_s=busy_timeout_s,
        )

    @contextmanager
    def connect(self) -> Iterator[duckdb.DuckDBPyConnection]:
        with connect_writer(
            self.database,
            role=self.role,
            token=resolved(self.motherduck_token),
            schema_file=self.schema_file,
            append_only=self.append_only,
            settings=self.connection_config,
            busy_timeout_s=self.busy_timeout_s,
        ) as conn:
            yield conn


class ReadOnlyDatabases(ConfigurableResource):  # type: ignore[misc,type-arg]
    """md_raw_ocr and md_annotated for readers: attached read-only, never a writer's lock or token.

    On MotherDuck the connection carries MD_READ_TOKEN (a read-scaling token).
    """

    raw_url: str = Field(description="md_raw_ocr: a local file or md:md_raw_ocr.")
    annotated_url: str = Field(description="md_annotated: a local file or md:md_annotated.")
    read_token: str | None = Field(
        default=None, description="MD_READ_TOKEN, as an EnvVar only (MotherDuck URLs)."
    )
    busy_timeout_s: float = Field(
        default=120.0, description="How long to wait while a writer holds a local file."
    )

    @classmethod
    def from_env(cls) -> ReadOnlyDatabases:
        return cls(
            raw_url=config.raw_db_url(),
            annotated_url=config.annotated_db_url(),
            read_token=config.env_var(motherduck.ROLE_TOKEN_VARS["read"]),
        )

    def token(self) -> str | None:
        return resolved(self.read_token)

    @property
    def urls(self) -> dict[str, str]:
        """{alias: url} as the SQL files name them: `raw`, `ann`."""
        return {"raw": self.raw_url, "ann": self.annotated_url}

    @contextmanager
    def connect(
        self, *aliases: str, busy_timeout_s: float | None = None
    ) -> Iterator[duckdb.DuckDBPyConnection]:
        """The databases named (default both), attached read-only under their aliases."""
        wanted = {alias: self.urls[alias] for alias in aliases or self.urls}
        wait = self.busy_timeout_s if busy_timeout_s is None else busy_timeout_s
        with connect_readers(wanted, read_token=self.token(), busy_timeout_s=wait) as conn:
            yield conn
