"""Shared fixtures: real stores (a folder, and moto's S3 server on loopback), real DuckDB files,
real PDFs."""

from __future__ import annotations

import io
import itertools
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import boto3
import duckdb
import pypdfium2 as pdfium
import pytest
from dagster_aws.s3 import S3Resource
from fpdf import FPDF
from moto.server import ThreadedMotoServer

from oceanid_assets.resources.databases import DuckDBDatabase, ReadOnlyDatabases
from oceanid_assets.resources.object_store import ObjectStoreResource
from oceanid_assets.storage.store import LocalStore, S3Store, Store
from oceanid_assets.upload.app import UploadSettings
from oceanid_dev.demo.vessels import SYNTHETIC_FLEET_SIZE, Vessel, synthetic_fleet

_bucket_numbers = itertools.count()


@pytest.fixture(scope="session")
def s3_endpoint() -> Iterator[str]:
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture(autouse=True)
def _aws_test_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    # moto accepts any key; these keep boto3 from looking for real ones.
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")


@pytest.fixture(params=["local", "s3"])
def store_resource(
    request: pytest.FixtureRequest, tmp_path: Path, s3_endpoint: str
) -> ObjectStoreResource:
    """The same tests run over both backends."""
    if request.param == "local":
        return ObjectStoreResource(url=str(tmp_path / "store"))
    bucket = f"oceanid-test-{next(_bucket_numbers)}"
    boto3.client("s3", endpoint_url=s3_endpoint).create_bucket(Bucket=bucket)
    return ObjectStoreResource(
        url=f"s3://{bucket}/root", s3=S3Resource(endpoint_url=s3_endpoint, region_name="us-east-1")
    )


@pytest.fixture
def store(store_resource: ObjectStoreResource) -> Store:
    return store_resource.get_store()


@pytest.fixture
def local_store(tmp_path: Path) -> LocalStore:
    return LocalStore(tmp_path / "store")


@pytest.fixture
def s3_store(s3_endpoint: str) -> S3Store:
    bucket = f"oceanid-test-{next(_bucket_numbers)}"
    client = boto3.client("s3", endpoint_url=s3_endpoint)
    client.create_bucket(Bucket=bucket)
    return S3Store(f"s3://{bucket}", client)


def readers_of(raw_db: DuckDBDatabase, annotated_db: DuckDBDatabase) -> ReadOnlyDatabases:
    """The read-only resource over the same two databases (checks, coverage, sensors)."""
    return ReadOnlyDatabases(raw_url=raw_db.database, annotated_url=annotated_db.database)


@pytest.fixture(scope="module")
def fleet() -> list[Vessel]:
    """The deterministic synthetic fleet: demo documents that do not depend on ../shared."""
    return synthetic_fleet(SYNTHETIC_FLEET_SIZE)


@pytest.fixture
def raw_db(tmp_path: Path) -> DuckDBDatabase:
    return DuckDBDatabase(
        database=str(tmp_path / "md_raw_ocr.duckdb"), schema_file="raw_schema.sql"
    )


# A licence page with the identifiers the rules find (IMO, call sign, MMSI), for several tests.
LICENCE = (
    "FISHING LICENCE\nName of vessel: SERGEY BOCHKAREV\nIMO number: 8907022\n"
    "Call sign: UBST3\nMMSI: 273214530\nFlag State: Russian Federation"
)


def upload_settings(tmp_path: Path, **changes: Any) -> UploadSettings:
    """Upload service settings on the test's own databases, with `changes` applied."""
    fields: dict[str, Any] = {
        "raw_db_url": str(tmp_path / "md_raw_ocr.duckdb"),
        "annotated_db_url": str(tmp_path / "md_annotated.duckdb"),
    }
    fields.update(changes)
    return UploadSettings(**fields)


def make_pdf(pages: list[str]) -> bytes:
    pdf = FPDF()
    pdf.set_font("helvetica", size=10)
    for text in pages:
        pdf.add_page()
        pdf.multi_cell(0, 5, text)
    return bytes(pdf.output())


def encrypted_pdf() -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    pdf.cell(0, 5, "Licence No. 2026/041")
    pdf.set_encryption(owner_password="owner", user_password="user")
    return bytes(pdf.output())


def zero_page_pdf() -> bytes:
    buffer = io.BytesIO()
    pdfium.PdfDocument.new().save(buffer)
    return buffer.getvalue()


# --- the local Argilla server (real argilla-server from .venv-argilla; make setup) -------------

from oceanid_dev.argilla_local.launcher import LocalArgilla, start_local_argilla  # noqa: E402

ARGILLA_TEST_API_KEY = "oceanid.test.apikey"


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def argilla_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalArgilla]:
    """One argilla-server per test session, in a temporary home on a free loopback port."""
    home = tmp_path_factory.mktemp("argilla")
    with start_local_argilla(
        home, free_port(), ARGILLA_TEST_API_KEY, reuse=False, timeout=120
    ) as server:
        yield server


def grafana_panels(urls: dict[str, str]) -> dict[int, list[tuple[Any, ...]]]:
    """Every panel of sql/grafana_panels.sql, run as the file's header says (views first)."""
    text = Path("sql/grafana_panels.sql").read_text(encoding="utf-8")
    blocks = re.split(r"^-- PANEL (\d+): .+$", text, flags=re.MULTILINE)[1:]
    with duckdb.connect() as conn:
        conn.execute(f"ATTACH '{urls['raw']}' AS raw (READ_ONLY)")
        conn.execute(f"ATTACH '{urls['ann']}' AS ann (READ_ONLY)")
        conn.execute("SET VARIABLE batch_id = NULL")
        conn.execute(Path("sql/monitoring_views.sql").read_text(encoding="utf-8"))
        panels = {}
        for number, body in zip(blocks[::2], blocks[1::2], strict=True):
            (statement,) = duckdb.extract_statements(body)
            panels[int(number)] = conn.execute(statement).fetchall()
    return panels
