"""Embedded defaults, and production settings by environment variables only."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from dagster import EnvVar
from dagster_aws.s3 import S3Resource

from oceanid_assets import config
from oceanid_assets.definitions import load_definitions
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


_REQUIRED_IN_PRODUCTION = {
    "OCEANID_STORE_URL",
    "MD_RAW_URL",
    "MD_ANNOT_URL",
    "MD_OPS_URL",
    "MD_RAW_TOKEN",
    "MD_ANNOT_TOKEN",
    "MD_OPS_TOKEN",
    "MD_READ_TOKEN",
    "ARGILLA_API_URL",
    "ARGILLA_API_KEY",
}


def test_production_profile_refuses_to_load_naming_every_missing_setting(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for var in _REQUIRED_IN_PRODUCTION:
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("OCEANID_PROFILE", "production")
    monkeypatch.setenv("MD_RAW_URL", "md:md_raw_ocr")  # one of them set: not named
    with pytest.raises(Exception) as refused:
        load_definitions()  # the code location itself, as the code server loads it
    error: BaseException | None = refused.value  # Dagster wraps it in its component-tree error
    while error is not None and not isinstance(error, config.SettingError):
        error = error.__cause__
    assert error is not None, refused.value
    message = str(error)
    for var in _REQUIRED_IN_PRODUCTION - {"MD_RAW_URL"}:
        assert var in message
    assert "MD_RAW_URL" not in message


def test_production_profile_loads_when_everything_is_set(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in _REQUIRED_IN_PRODUCTION:
        monkeypatch.setenv(var, f"md:{var.lower()}" if var.endswith("_URL") else f"t-{var}")
    monkeypatch.setenv("OCEANID_STORE_URL", "s3://vessel-docs/oceanid")
    monkeypatch.setenv("ARGILLA_API_URL", "https://argilla.example.org")
    monkeypatch.setenv("OCEANID_PROFILE", "production")
    assert config.check_profile() == "production"
    resources = build_resources()
    assert resources["raw_db"].database == "md:md_raw_url"  # type: ignore[attr-defined]


def test_unknown_profile_and_bad_numbers_name_the_variable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("OCEANID_PROFILE", "staging")
    with pytest.raises(config.SettingError, match="OCEANID_PROFILE='staging'"):
        config.check_profile()
    monkeypatch.setenv("OCEANID_ARGILLA_BATCH_SIZE", "lots")
    with pytest.raises(config.SettingError, match="OCEANID_ARGILLA_BATCH_SIZE='lots'"):
        config.integer("OCEANID_ARGILLA_BATCH_SIZE")


def test_readme_configuration_table_is_generated_from_the_settings() -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    table = readme.split("<!-- config-table:start -->\n", 1)[1].split("<!-- config-table:end -->")[
        0
    ]
    assert table == config.markdown_table() + "\n"


def test_only_the_config_module_reads_the_environment() -> None:
    root = Path(__file__).resolve().parents[1]
    offenders = []
    for path in sorted((root / "oceanid_assets").rglob("*.py")):
        if path.name == "config.py" and path.parent.name == "oceanid_assets":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if "os.environ" in line or "getenv" in line:
                offenders.append(f"{path.relative_to(root)}:{number}")
    assert not offenders, offenders


def test_every_variable_named_in_code_is_declared() -> None:
    root = Path(__file__).resolve().parents[1]
    named: set[str] = set()
    for folder in ("oceanid_assets", "oceanid_dev"):
        for path in (root / folder).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            named |= set(re.findall(r"\"((?:OCEANID|MD)_[A-Z0-9_]+)\"", text))
    # Variables of the local Argilla server's own process, set by its launcher, not by users.
    internal = {"OCEANID_ARGILLA_API_KEY", "OCEANID_ARGILLA_PATCHES", "OCEANID_ARGILLA_PARENT_PID"}
    assert named - internal <= set(config.SETTINGS), sorted(named - internal - set(config.SETTINGS))
