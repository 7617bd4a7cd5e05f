"""The retraining sensor on a real, empty md_annotated: it says why it waits."""

from __future__ import annotations

from pathlib import Path

from dagster import DagsterInstance, SkipReason, build_sensor_context

from oceanid_assets.defs.learning.model import extractor_retrain_sensor
from oceanid_assets.resources.databases import DuckDBDatabase
from tests.conftest import readers_of


def test_sensor_skips_with_its_reason_until_enough_pages_are_verified(tmp_path: Path) -> None:
    raw = DuckDBDatabase(database=str(tmp_path / "raw.duckdb"), schema_file="raw_schema.sql")
    ann = DuckDBDatabase(database=str(tmp_path / "ann.duckdb"), schema_file="annotated_schema.sql")
    for db in (raw, ann):
        with db.connect():
            pass  # the schema, as the first writer creates it
    with DagsterInstance.ephemeral() as instance:
        result = extractor_retrain_sensor(
            build_sensor_context(instance=instance, resources={"readers": readers_of(raw, ann)})
        )
    assert isinstance(result, SkipReason)
    assert "0 verified pages; the first training waits for 100" in str(result.skip_message)
