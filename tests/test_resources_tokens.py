"""Least privilege on MotherDuck: each role connects with its own token, never another's.

MotherDuck cannot run here, so the test stands at the `duckdb.connect` boundary (fault
injection only): a stand-in records what each resource or reader hands DuckDB for `md:` URLs
and what SQL it then runs. Local files still go to the real DuckDB.
"""

from __future__ import annotations

import logging
import secrets
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import pytest
from dagster import DagsterInstance, EnvVar, asset, materialize, serialize_value

from oceanid_assets.backfill import ledger
from oceanid_assets.db.connect import connect_reader, connect_readers
from oceanid_assets.db.motherduck import MotherDuckConnectError, MotherDuckTokenError
from oceanid_assets.defs.resources import build_resources
from oceanid_assets.resources.databases import DuckDBDatabase, ReadOnlyDatabases

TOKEN_VARS = ("MD_RAW_TOKEN", "MD_ANNOT_TOKEN", "MD_OPS_TOKEN", "MD_READ_TOKEN")


@dataclass
class StandIn:
    """A MotherDuck connection as far as Oceanid's code can tell: records every statement."""

    database: str
    read_only: bool
    config: dict[str, Any]
    statements: list[str] = field(default_factory=list)

    def execute(self, sql: str, *args: Any, **kwargs: Any) -> StandIn:
        self.statements.append(sql)
        return self

    def fetchall(self) -> list[Any]:
        return []

    def close(self) -> None:
        pass


@pytest.fixture
def tokens(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """The production profile: md: URLs and a distinct random token per role."""
    values = {var: f"md-{var.lower()}-{secrets.token_hex(16)}" for var in TOKEN_VARS}
    for var, value in values.items():
        monkeypatch.setenv(var, value)
    monkeypatch.delenv("MOTHERDUCK_TOKEN", raising=False)
    monkeypatch.setenv("MD_RAW_URL", "md:md_raw_ocr")
    monkeypatch.setenv("MD_ANNOT_URL", "md:md_annotated")
    return values


@pytest.fixture
def connects(monkeypatch: pytest.MonkeyPatch) -> list[StandIn]:
    opened: list[StandIn] = []
    real = duckdb.connect

    def connect(
        database: str = ":memory:", read_only: bool = False, config: Any = None, **kw: Any
    ) -> Any:
        settings = dict(config or {})
        if str(database).startswith("md:") or "motherduck_token" in settings:
            opened.append(StandIn(str(database), read_only, settings))
            return opened[-1]
        return real(database, read_only=read_only, config=settings, **kw)

    monkeypatch.setattr(duckdb, "connect", connect)
    return opened


def _writers() -> tuple[DuckDBDatabase, DuckDBDatabase]:
    resources = build_resources()  # the code location's resources, from the environment
    raw, annotated = resources["raw_db"], resources["annotated_db"]
    assert isinstance(raw, DuckDBDatabase) and isinstance(annotated, DuckDBDatabase)
    return raw, annotated


def test_each_writer_passes_only_its_own_token_in_the_config(
    tokens: dict[str, str], connects: list[StandIn]
) -> None:
    raw, annotated = _writers()
    with raw.connect() as conn:
        conn.execute("SELECT 1")
    with annotated.connect():
        pass
    by_db = {c.database: c for c in connects}
    assert set(by_db) == {"md:md_raw_ocr", "md:md_annotated"}  # the URLs, unchanged
    assert by_db["md:md_raw_ocr"].config["motherduck_token"] == tokens["MD_RAW_TOKEN"]
    assert by_db["md:md_annotated"].config["motherduck_token"] == tokens["MD_ANNOT_TOKEN"]
    for opened in connects:
        assert opened.read_only is False
        others = set(tokens.values()) - {opened.config["motherduck_token"]}
        text = repr(opened.config) + opened.database + "\n".join(opened.statements)
        assert not any(value in text for value in others)  # no other role's token, anywhere
        # The schema ran on the stand-in, and no SQL carries a token.
        assert opened.statements and not any(
            value in sql for sql in opened.statements for value in tokens.values()
        )


def test_the_backfill_ledger_connects_with_the_ops_token(
    tokens: dict[str, str], connects: list[StandIn], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MD_OPS_URL", "md:md_ops")
    with ledger.connect_ops(build_resources()["ops_db"], max_attempts=3):  # type: ignore[arg-type]
        pass
    (opened,) = connects
    assert opened.database == "md:md_ops" and not opened.read_only
    assert opened.config["motherduck_token"] == tokens["MD_OPS_TOKEN"]
    # The ops token never opens a loader's database.
    wrong = DuckDBDatabase.for_role("ops", "md:md_raw_ocr", None)
    with pytest.raises(MotherDuckTokenError, match="raw role's database"), wrong.connect():
        pass


def test_readers_attach_both_databases_with_the_read_token(
    tokens: dict[str, str], connects: list[StandIn]
) -> None:
    urls = {"raw": "md:md_raw_ocr", "ann": "md:md_annotated"}
    with connect_readers(urls):
        pass
    with connect_reader("md:md_annotated"):  # the upload service's status
        pass
    readers = ReadOnlyDatabases(
        raw_url=urls["raw"], annotated_url=urls["ann"], read_token=EnvVar("MD_READ_TOKEN")
    )
    with readers.connect("ann"):  # the sensors', checks' and coverage's resource
        pass
    checks, status, resource = connects
    assert checks.database == ":memory:"
    assert checks.config == {"motherduck_token": tokens["MD_READ_TOKEN"]}
    assert checks.statements == ["ATTACH 'md:md_raw_ocr' AS raw", "ATTACH 'md:md_annotated' AS ann"]
    assert status.database == ":memory:"
    assert status.statements == ["ATTACH 'md:md_annotated' AS db", "USE db"]
    assert status.config == {"motherduck_token": tokens["MD_READ_TOKEN"]}
    assert resource.statements == ["ATTACH 'md:md_annotated' AS ann"]
    assert resource.config == {"motherduck_token": tokens["MD_READ_TOKEN"]}


def test_local_files_need_no_token(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, connects: list[StandIn]
) -> None:
    for var in (*TOKEN_VARS, "MOTHERDUCK_TOKEN", "MD_RAW_URL", "MD_ANNOT_URL"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("OCEANID_HOME", str(tmp_path))
    raw, _ = _writers()
    assert raw.motherduck_token is None
    with raw.connect() as conn:
        conn.execute("SELECT count(*) FROM raw_documents").fetchall()
    with connect_readers({"raw": raw.database}) as conn:
        assert conn.execute("SELECT count(*) FROM raw.main.raw_documents").fetchall() == [(0,)]
    assert connects == []  # nothing went the MotherDuck way


def test_missing_role_token_names_the_variable_and_refuses_motherduck_token(
    tokens: dict[str, str], monkeypatch: pytest.MonkeyPatch, connects: list[StandIn]
) -> None:
    monkeypatch.delenv("MD_RAW_TOKEN")
    monkeypatch.setenv("MOTHERDUCK_TOKEN", "md-shared-" + secrets.token_hex(8))
    raw, _ = _writers()
    with pytest.raises(MotherDuckTokenError) as error, raw.connect():
        pass
    message = str(error.value)
    assert "md:md_raw_ocr needs MD_RAW_TOKEN" in message
    assert "MOTHERDUCK_TOKEN is set but is not accepted for writers" in message
    assert "one credential for every role" in message  # the why
    monkeypatch.delenv("MD_READ_TOKEN")
    with (
        pytest.raises(MotherDuckTokenError, match="needs MD_READ_TOKEN"),
        connect_reader("md:md_raw_ocr"),
    ):
        pass
    assert connects == []  # refused before DuckDB saw anything


@pytest.mark.parametrize(
    ("setup", "refused", "named"),
    [
        # The annotated role's variable given to the raw writer (a swapped EnvVar).
        ("swapped", "raw", "MD_ANNOT_TOKEN"),
        # One token configured for both writers.
        ("shared_writers", "raw", "MD_ANNOT_TOKEN"),
        ("shared_writers", "annotated", "MD_RAW_TOKEN"),
        # A writer's token as the read token: the readers would hold write rights.
        ("read_is_writer", "read", "MD_ANNOT_TOKEN"),
        # The extension's fallback variable holding a writer's token.
        ("motherduck_is_writer", "raw", "MOTHERDUCK_TOKEN"),
        # MOTHERDUCK_TOKEN handed to a writer as its EnvVar.
        ("motherduck_as_envvar", "raw", "MOTHERDUCK_TOKEN"),
        # A literal token in the resource's config (it would show in the UI).
        ("literal", "raw", "does not come from MD_RAW_TOKEN"),
        # The raw writer pointed at the annotated database.
        ("raw_on_annotated", "raw", "is the annotated role's database"),
    ],
)
def test_wrong_tokens_are_refused_before_connecting(
    tokens: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
    connects: list[StandIn],
    caplog: pytest.LogCaptureFixture,
    setup: str,
    refused: str,
    named: str,
) -> None:
    caplog.set_level(logging.DEBUG)
    raw, annotated = _writers()
    if setup == "swapped":
        raw = raw.model_copy(update={"motherduck_token": EnvVar("MD_ANNOT_TOKEN")})
    elif setup == "shared_writers":
        monkeypatch.setenv("MD_RAW_TOKEN", tokens["MD_ANNOT_TOKEN"])
        raw, annotated = _writers()
    elif setup == "read_is_writer":
        monkeypatch.setenv("MD_READ_TOKEN", tokens["MD_ANNOT_TOKEN"])
    elif setup == "motherduck_is_writer":
        monkeypatch.setenv("MOTHERDUCK_TOKEN", tokens["MD_RAW_TOKEN"])
    elif setup == "motherduck_as_envvar":
        monkeypatch.setenv("MOTHERDUCK_TOKEN", "md-other-" + secrets.token_hex(8))
        raw = raw.model_copy(update={"motherduck_token": EnvVar("MOTHERDUCK_TOKEN")})
    elif setup == "literal":
        raw = raw.model_copy(update={"motherduck_token": "md-literal-" + secrets.token_hex(8)})
    elif setup == "raw_on_annotated":
        raw = raw.model_copy(update={"database": "md:md_annotated"})

    def attempt() -> None:
        if refused == "read":
            with connect_readers({"raw": "md:md_raw_ocr", "ann": "md:md_annotated"}):
                pass
        else:
            with (raw if refused == "raw" else annotated).connect():
                pass

    with pytest.raises(MotherDuckTokenError) as error:
        attempt()
    assert named in str(error.value)
    assert connects == []  # no connection was opened with the wrong token
    _assert_no_token(tokens, error.value, caplog.text)


def test_a_driver_error_that_echoes_the_token_is_rewritten_without_it(
    tokens: dict[str, str], monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)

    def refuse(database: str, read_only: bool = False, config: Any = None, **kw: Any) -> Any:
        token = (config or {}).get("motherduck_token")
        raise duckdb.IOException(f"Invalid token {token!r} for {database}")

    monkeypatch.setattr(duckdb, "connect", refuse)
    raw, _ = _writers()
    with pytest.raises(MotherDuckConnectError) as error, raw.connect():
        pass
    assert "could not connect to md:md_raw_ocr" in str(error.value)
    assert "<redacted>" in str(error.value)
    _assert_no_token(tokens, error.value, caplog.text)
    with (
        pytest.raises(MotherDuckConnectError) as read_error,
        connect_readers({"raw": "md:md_raw_ocr"}),
    ):
        pass
    _assert_no_token(tokens, read_error.value, caplog.text)

    class EchoesOnAttach(StandIn):
        def execute(self, sql: str, *args: Any, **kwargs: Any) -> StandIn:
            raise duckdb.IOException(f"{sql} refused for token {self.config['motherduck_token']}")

    def connect_then_refuse(database: str, read_only: bool = False, config: Any = None) -> Any:
        return EchoesOnAttach(database, read_only, dict(config or {}))

    monkeypatch.setattr(duckdb, "connect", connect_then_refuse)
    with (
        pytest.raises(MotherDuckConnectError, match="could not attach") as attach_error,
        connect_readers({"ann": "md:md_annotated"}),
    ):
        pass
    _assert_no_token(tokens, attach_error.value, caplog.text)


def test_no_token_in_the_dagster_run_its_config_or_its_events(
    tokens: dict[str, str], monkeypatch: pytest.MonkeyPatch, connects: list[StandIn]
) -> None:
    """A real run with both writers on md: URLs; then a run refused for a shared token."""

    @asset
    def probe(raw_db: DuckDBDatabase, annotated_db: DuckDBDatabase) -> None:
        with raw_db.connect() as raw, annotated_db.connect() as annotated:
            raw.execute("SELECT 1")
            annotated.execute("SELECT 1")

    resources = build_resources()
    raw = resources["raw_db"]
    assert isinstance(raw, DuckDBDatabase)
    # What the UI and run config show: the variable's name.
    assert isinstance(raw.motherduck_token, EnvVar)
    assert raw.motherduck_token.env_var_name == "MD_RAW_TOKEN"
    instance = DagsterInstance.ephemeral()
    ok = materialize([probe], resources=resources, instance=instance)
    assert ok.success
    assert {c.config["motherduck_token"] for c in connects} == {
        tokens["MD_RAW_TOKEN"],
        tokens["MD_ANNOT_TOKEN"],
    }
    monkeypatch.setenv("MD_ANNOT_TOKEN", tokens["MD_RAW_TOKEN"])
    failed = materialize(
        [probe], resources=build_resources(), instance=instance, raise_on_error=False
    )
    assert not failed.success
    events = serialize_value([e for r in (ok, failed) for e in instance.all_logs(r.run_id)])
    runs = serialize_value([instance.get_run_by_id(r.run_id) for r in (ok, failed)])
    assert "MD_ANNOT_TOKEN" in events  # the refusal is in the log, by variable name
    for value in tokens.values():
        assert value not in events and value not in runs


def _assert_no_token(tokens: dict[str, str], error: BaseException, logged: str) -> None:
    shown = "".join(traceback.format_exception(error)) + repr(error) + logged
    assert error.__context__ is None and error.__cause__ is None
    for value in tokens.values():
        assert value not in shown
