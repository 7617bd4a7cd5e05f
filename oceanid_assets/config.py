"""Environment-driven settings: embedded defaults on a laptop, production by env vars only."""

from __future__ import annotations

import os
import re
from pathlib import Path

# The loopback Argilla server of the embedded default (oceanid_dev.argilla_local): its built-in
# key is not a secret, and is never used once ARGILLA_API_URL names the team's server.
LOCAL_ARGILLA_API_KEY = "oceanid.local.apikey"
LOCAL_ARGILLA_PORT = 6900

BATCH_ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{0,62}$")


class InvalidBatchId(ValueError):
    pass


def validate_batch_id(batch_id: str) -> str:
    """Return batch_id unchanged if it matches the GUIDE's pattern; raise a clear error if not.

    Called before a batch_id touches a path, a SQL string or a dataset name.
    """
    if not isinstance(batch_id, str) or not BATCH_ID_PATTERN.fullmatch(batch_id):
        raise InvalidBatchId(
            f"invalid batch_id {batch_id!r}: expected 1-63 characters of a-z, 0-9, '_' or '-', "
            "starting with a letter or digit (e.g. 'iotc-2026-03' or a lower-cased ULID)"
        )
    return batch_id


def oceanid_home() -> Path:
    return Path(os.environ.get("OCEANID_HOME", ".oceanid")).expanduser().resolve()


def store_url() -> str:
    """`s3://bucket/prefix` or a local folder (default `$OCEANID_HOME/store`)."""
    return os.environ.get("OCEANID_STORE_URL") or str(oceanid_home() / "store")


def raw_db_url() -> str:
    return os.environ.get("MD_RAW_URL") or str(oceanid_home() / "md_raw_ocr.duckdb")


def annotated_db_url() -> str:
    return os.environ.get("MD_ANNOT_URL") or str(oceanid_home() / "md_annotated.duckdb")


def ops_db_url() -> str:
    """md_ops: the backfill's manifest and failure ledger (`md:md_ops` in production)."""
    return os.environ.get("MD_OPS_URL") or str(oceanid_home() / "md_ops.duckdb")


def sensor_interval_seconds() -> int:
    return int(os.environ.get("OCEANID_SENSOR_INTERVAL_SECONDS", "30"))


def extract_workers() -> int:
    """Processes for PDF text extraction; PDFium is not thread-safe, so parallelism is processes."""
    return int(os.environ.get("OCEANID_EXTRACT_WORKERS", str(os.cpu_count() or 1)))


def argilla_api_url() -> str | None:
    """The team's Argilla (`ARGILLA_API_URL`); None: the embedded default, a local server."""
    return os.environ.get("ARGILLA_API_URL") or None


def argilla_api_key() -> str:
    """`ARGILLA_API_KEY`, or the built-in key of the loopback server (not a secret)."""
    return os.environ.get("ARGILLA_API_KEY") or LOCAL_ARGILLA_API_KEY


def argilla_local_port() -> int:
    """Port of the local Argilla server on 127.0.0.1 (`OCEANID_ARGILLA_PORT`, default 6900)."""
    return int(os.environ.get("OCEANID_ARGILLA_PORT") or LOCAL_ARGILLA_PORT)
