"""The production profile, chosen by environment only: the store on S3 (moto's server standing in
for R2), a remote Argilla (the real local server reached through ARGILLA_API_URL), an LLM
endpoint (the scripted fake), DuckDB reading and writing the bucket directly through the
registered pyarrow S3 filesystem — never through a download."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

import argilla as rg
import boto3
import duckdb
import pytest
from dagster import DagsterInstance, materialize
from fsspec.implementations.arrow import ArrowFSWrapper

from oceanid_assets.defs.argilla.assets import argilla_dataset, argilla_records
from oceanid_assets.defs.batches import batch_partitions
from oceanid_assets.defs.monitoring.assets import coverage
from oceanid_assets.defs.preannotation.assets import argilla_pages, suggestions
from oceanid_assets.defs.raw.assets import raw_ingest
from oceanid_assets.defs.resources import build_resources
from oceanid_assets.ingest.receipts import store_document
from oceanid_assets.resources.object_store import ObjectStoreResource
from oceanid_assets.storage.duckdb_store import register_store, store_connection
from oceanid_assets.storage.layout import (
    argilla_pages_key,
    coverage_report_key,
    dataset_name,
    records_key,
    suggestions_key,
)
from oceanid_assets.storage.store import S3Store, Store, read_parquet
from tests.conftest import LICENCE, make_pdf
from tests.fake_llm import FakeLlmServer

ANNEX = "Annex: no vessel data on this page."
_buckets = itertools.count()


def _bucket(endpoint: str) -> str:
    name = f"oceanid-prod-{next(_buckets)}"
    boto3.client("s3", endpoint_url=endpoint).create_bucket(Bucket=name)
    return name


def _bucket_keys(endpoint: str, bucket: str) -> set[str]:
    pages = boto3.client("s3", endpoint_url=endpoint).get_paginator("list_objects_v2")
    return {
        obj["Key"] for page in pages.paginate(Bucket=bucket) for obj in page.get("Contents", [])
    }


def _s3_profile(monkeypatch: pytest.MonkeyPatch, endpoint: str, bucket: str) -> None:
    monkeypatch.setenv("OCEANID_STORE_URL", f"s3://{bucket}/oceanid")
    monkeypatch.setenv("OCEANID_S3_ENDPOINT_URL", endpoint)
    monkeypatch.setenv("AWS_REGION", "us-east-1")


# --- DuckDB on the store, unit level ------------------------------------------------------------


def test_duckdb_copies_to_s3_and_reads_it_back_without_httpfs(
    monkeypatch: pytest.MonkeyPatch, s3_endpoint: str
) -> None:
    bucket = _bucket(s3_endpoint)
    _s3_profile(monkeypatch, s3_endpoint, bucket)
    store = ObjectStoreResource.from_env().get_store()  # exactly what the code location builds
    assert isinstance(store, S3Store)
    uri = store.duckdb_uri("reports/unit/numbers.parquet")
    assert uri == f"s3://{bucket}/oceanid/reports/unit/numbers.parquet"

    with store_connection(store) as conn:
        conn.execute(
            f"COPY (SELECT range AS n, 'v' || range AS label FROM range(1000)) TO '{uri}' "
            "(FORMAT parquet)"
        )
        # A second file, so a glob over the prefix is exercised too.
        conn.execute(f"COPY (SELECT 1000 AS n, 'last' AS label) TO '{uri[:-8]}-2.parquet'")
        single = conn.execute(f"SELECT count(*), sum(n) FROM read_parquet('{uri}')").fetchone()
        glob = store.duckdb_uri("reports/unit/*.parquet")
        both = conn.execute(f"SELECT count(*), max(n) FROM read_parquet('{glob}')").fetchone()
        loaded = conn.execute(
            "SELECT extension_name FROM duckdb_extensions() WHERE loaded"
        ).fetchall()

    assert single == (1000, sum(range(1000)))
    assert both == (1001, 1000)
    assert ("httpfs",) not in loaded  # the bucket was reached without DuckDB's S3 extension
    # What DuckDB wrote is an ordinary object under the store's prefix, readable by boto3.
    assert {"oceanid/reports/unit/numbers.parquet", "oceanid/reports/unit/numbers-2.parquet"} <= (
        _bucket_keys(s3_endpoint, bucket)
    )
    table = read_parquet(store, "reports/unit/numbers.parquet")
    assert table.num_rows == 1000 and table["label"][999].as_py() == "v999"


def test_without_the_registered_filesystem_duckdb_cannot_reach_s3(
    monkeypatch: pytest.MonkeyPatch, s3_endpoint: str
) -> None:
    """The reads above go through our filesystem: a bare connection (downloads off, as in the
    pipeline) has no way to the bucket and fails instead of fetching httpfs."""
    bucket = _bucket(s3_endpoint)
    _s3_profile(monkeypatch, s3_endpoint, bucket)
    store = ObjectStoreResource.from_env().get_store()
    with store_connection(store) as conn:
        conn.execute(f"COPY (SELECT 42 AS n) TO '{store.duckdb_uri('x/one.parquet')}'")
    with duckdb.connect() as bare:
        bare.execute("SET autoinstall_known_extensions = false")
        with pytest.raises(duckdb.Error, match="httpfs"):
            bare.execute(f"FROM read_parquet('{store.duckdb_uri('x/one.parquet')}')")
        register_store(bare, store)
        assert bare.execute(
            f"FROM read_parquet('{store.duckdb_uri('x/one.parquet')}')"
        ).fetchall() == [(42,)]


def test_both_backends_give_duckdb_the_same_keys(store: Store) -> None:
    """Local folder (plain paths) and S3 (s3:// URIs): DuckDB writes a key, the store reads it."""
    with store_connection(store) as conn:
        conn.execute(f"COPY (SELECT 7 AS n) TO '{store.duckdb_uri('dir/seven.parquet')}'")
        again = conn.execute(
            f"SELECT n FROM read_parquet('{store.duckdb_uri('dir/seven.parquet')}')"
        ).fetchall()
    assert again == [(7,)]
    assert [o.key for o in store.list_objects("dir/")] == ["dir/seven.parquet"]
    assert read_parquet(store, "dir/seven.parquet")["n"].to_pylist() == [7]


# --- the pipeline in the production profile ------------------------------------------------------


@pytest.fixture
def forbid_downloads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Fault injection: S3Store.local_copy raises for anything but a PDF (PDFs are parsed by
    pypdf/pdfium, which need a file); returns the keys it was asked for."""
    asked: list[str] = []
    real = S3Store.local_copy

    def local_copy(self: S3Store, key: str) -> AbstractContextManager[Path]:
        asked.append(key)
        if not key.endswith(".pdf"):
            raise AssertionError(f"downloaded {key}: DuckDB must read the store directly")
        return real(self, key)

    monkeypatch.setattr(S3Store, "local_copy", local_copy)
    return asked


@pytest.fixture
def duckdb_opens(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every file DuckDB opened through the registered S3 filesystem: (mode, bucket path)."""
    opened: list[tuple[str, str]] = []
    real = ArrowFSWrapper._open

    def _open(self: ArrowFSWrapper, path: str, mode: str = "rb", **kwargs: Any) -> Any:
        opened.append((mode, path))
        return real(self, path, mode, **kwargs)

    monkeypatch.setattr(ArrowFSWrapper, "_open", _open)
    return opened


@pytest.fixture
def llm() -> Iterator[FakeLlmServer]:
    with FakeLlmServer(echo=[("VESSEL_NAME", "SERGEY BOCHKAREV")]) as server:
        yield server


def test_pipeline_runs_on_s3_with_duckdb_reading_the_bucket_directly(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    s3_endpoint: str,
    argilla_server: Any,
    llm: FakeLlmServer,
    forbid_downloads: list[str],
    duckdb_opens: list[tuple[str, str]],
) -> None:
    bucket = _bucket(s3_endpoint)
    _s3_profile(monkeypatch, s3_endpoint, bucket)
    # MotherDuck cannot run here: the databases stay local files (tokens: test_resources_tokens).
    monkeypatch.setenv("MD_RAW_URL", str(tmp_path / "md_raw_ocr.duckdb"))
    monkeypatch.setenv("MD_ANNOT_URL", str(tmp_path / "md_annotated.duckdb"))
    monkeypatch.setenv("ARGILLA_API_URL", argilla_server.api_url)
    monkeypatch.setenv("ARGILLA_API_KEY", argilla_server.api_key)
    monkeypatch.setenv("OCEANID_LLM_URL", llm.url)
    monkeypatch.setenv("OCEANID_LLM_MODEL", "fake")
    resources = build_resources()  # the code location's resources, from the environment only
    store = resources["object_store"].get_store()  # type: ignore[attr-defined]
    assert isinstance(store, S3Store)

    batch = f"prod-{next(_buckets)}"
    receipt = store_document(store, batch, make_pdf([LICENCE, ANNEX]), "licence.pdf")
    instance = DagsterInstance.ephemeral()
    instance.add_dynamic_partitions(batch_partitions.name or "", [batch])

    def run(assets: list[Any]) -> dict[str, dict[str, Any]]:
        result = materialize(assets, partition_key=batch, instance=instance, resources=resources)
        assert result.success
        return {
            e.asset_key.to_user_string(): {
                k: v.value for k, v in e.materialization.metadata.items()
            }
            for e in result.get_asset_materialization_events()
            if e.asset_key is not None
        }

    pushed = run([raw_ingest, argilla_pages, suggestions, argilla_records, argilla_dataset])
    report = run([coverage])["coverage"]

    # Everything the assets wrote is in the bucket, under the store's prefix.
    keys = _bucket_keys(s3_endpoint, bucket)
    for key in (
        argilla_pages_key(batch),
        suggestions_key(batch),
        records_key(batch),
        coverage_report_key(batch, "documents"),
        coverage_report_key(batch, "pages"),
    ):
        assert f"oceanid/{key}" in keys
    # DuckDB read pages and suggestions straight from s3:// (byte ranges, no temp copy): the
    # only downloads were of the PDF, for pdfium.
    read_by_duckdb = {path for mode, path in duckdb_opens if mode == "rb"}
    assert f"{bucket}/oceanid/{argilla_pages_key(batch)}" in read_by_duckdb
    assert f"{bucket}/oceanid/{suggestions_key(batch)}" in read_by_duckdb
    assert forbid_downloads and all(key.endswith(".pdf") for key in forbid_downloads)

    # The records file is right: one record per page, the LLM's and the rules' spans merged.
    with store_connection(store) as conn:
        records = conn.execute(
            "SELECT id, json_extract_string(suggestions_json, '$[0].agent'), "
            "metadata.suggestion_count "
            f"FROM read_parquet('{store.duckdb_uri(records_key(batch))}') ORDER BY id"
        ).fetchall()
    assert [r[0] for r in records] == [f"{receipt.doc_id}:1", f"{receipt.doc_id}:2"]
    assert "llm:fake" in records[0][1] and records[0][2] >= 4  # name (LLM) + IMO, IRCS, MMSI
    assert records[1][1:] == (None, 0)  # the annex: still a record, no suggestion
    assert llm.requests, "the LLM endpoint of the profile was called"
    assert pushed["argilla_records"]["records"] == 2
    assert pushed["argilla_dataset"]["records_in_argilla"] == 2
    client = rg.Argilla(api_url=argilla_server.api_url, api_key=argilla_server.api_key)
    assert len(list(client.datasets(dataset_name(batch)).records())) == 2
    assert (report["pages_in_raw"], report["records_in_argilla"]) == (2, 2)
    assert report["pilot_gates"] == "PASS"
    assert read_parquet(store, coverage_report_key(batch, "pages")).num_rows == 2
