"""Embedded defaults, and production settings by environment variables only."""

from __future__ import annotations

from pathlib import Path

import pytest
from dagster import EnvVar
from dagster_aws.s3 import S3Resource

from oceanid_assets.defs.resources import build_resources
from oceanid_assets.resources.databases import DuckDBDatabase
from oceanid_assets.resources.object_store import ObjectStoreResource
from oceanid_assets.storage.store import LocalStore, S3Store

_VARS = ("OCEANID_STORE_URL", "MD_RAW_URL", "MD_ANNOT_URL", "OCEANID_S3_ENDPOINT_URL")


def test_embedded_defaults_live_under_oceanid_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for var in _VARS:
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("OCEANID_HOME", str(tmp_path))
    resources = build_resources()
    store = resources["object_store"]
    assert isinstance(store, ObjectStoreResource)
    assert isinstance(store.get_store(), LocalStore) and store.url == str(tmp_path / "store")
    raw, annotated = resources["raw_db"], resources["annotated_db"]
    assert isinstance(raw, DuckDBDatabase) and isinstance(annotated, DuckDBDatabase)
    assert raw.database == str(tmp_path / "md_raw_ocr.duckdb")
    assert annotated.database == str(tmp_path / "md_annotated.duckdb")


def test_production_profile_by_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OCEANID_STORE_URL", "s3://vessel-docs/oceanid")
    monkeypatch.setenv("OCEANID_S3_ENDPOINT_URL", "https://acct.r2.cloudflarestorage.com")
    monkeypatch.setenv("MD_RAW_URL", "md:md_raw_ocr")
    monkeypatch.setenv("MD_ANNOT_URL", "md:md_annotated")
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE")
    resources = build_resources()
    store = resources["object_store"]
    assert isinstance(store, ObjectStoreResource) and isinstance(store.s3, S3Resource)
    assert store.s3.endpoint_url == "https://acct.r2.cloudflarestorage.com"
    assert isinstance(store.get_store(), S3Store)
    # MotherDuck URLs are handed to DuckDB unchanged.
    assert resources["raw_db"].database == "md:md_raw_ocr"  # type: ignore[attr-defined]
    assert resources["annotated_db"].database == "md:md_annotated"  # type: ignore[attr-defined]


def test_secrets_are_env_var_references_not_values(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "very-secret-value")
    store = build_resources()["object_store"]
    assert isinstance(store, ObjectStoreResource)
    # Dagster shows resource config in the UI: the secret must be an EnvVar, not the value.
    field = store.s3.aws_secret_access_key
    assert isinstance(field, EnvVar) and field.env_var_name == "AWS_SECRET_ACCESS_KEY"
    assert "very-secret-value" not in repr(store.s3)
