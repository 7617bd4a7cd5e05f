"""Resources and the executor every stage shares, configured from the environment."""

import dagster as dg

from oceanid_assets import config
from oceanid_assets.defs.executor import executor
from oceanid_assets.resources.argilla import ArgillaResource
from oceanid_assets.resources.databases import DuckDBDatabase
from oceanid_assets.resources.object_store import ObjectStoreResource


def build_resources() -> dict[str, object]:
    return {
        "object_store": ObjectStoreResource.from_env(),
        # Each writer with its own MotherDuck token (MD_RAW_TOKEN / MD_ANNOT_TOKEN) for md: URLs.
        "raw_db": DuckDBDatabase.for_role("raw", config.raw_db_url(), "raw_schema.sql"),
        "annotated_db": DuckDBDatabase.for_role(
            "annotated", config.annotated_db_url(), "annotated_schema.sql"
        ),
        "argilla": ArgillaResource.from_env(),
    }


@dg.definitions
def resources() -> dg.Definitions:
    # OCEANID_EXECUTOR: in_process (default), multiprocess, or k8s step pods.
    return dg.Definitions(resources=build_resources(), executor=executor())
