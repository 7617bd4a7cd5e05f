"""Resources and the executor every stage shares, configured from the environment."""

import dagster as dg

from oceanid_assets import config
from oceanid_assets.defs.executor import executor
from oceanid_assets.resources.argilla import ArgillaResource
from oceanid_assets.resources.databases import DuckDBDatabase, ReadOnlyDatabases
from oceanid_assets.resources.object_store import ObjectStoreResource
from oceanid_assets.resources.ocr import OcrResource
from oceanid_assets.resources.preannotator import PreannotatorResource


def build_resources() -> dict[str, object]:
    # OCEANID_PROFILE=production: the code location does not load while a setting is missing.
    config.check_profile()
    return {
        "object_store": ObjectStoreResource.from_env(),
        # Each writer with its own MotherDuck token (MD_RAW_TOKEN / MD_ANNOT_TOKEN) for md: URLs.
        "raw_db": DuckDBDatabase.for_role("raw", config.raw_db_url(), "raw_schema.sql"),
        "annotated_db": DuckDBDatabase.for_role(
            "annotated", config.annotated_db_url(), "annotated_schema.sql"
        ),
        # md_ops has its own role (MD_OPS_TOKEN); its writers are short, so a second one waits.
        "ops_db": DuckDBDatabase.for_role(
            "ops", config.ops_db_url(), "ops_schema.sql", busy_timeout_s=60.0
        ),
        "readers": ReadOnlyDatabases.from_env(),
        "argilla": ArgillaResource.from_env(),
        "preannotator": PreannotatorResource.from_env(),
        "ocr": OcrResource.from_env(),
    }


@dg.definitions
def resources() -> dg.Definitions:
    # OCEANID_EXECUTOR: in_process (default), multiprocess, or k8s step pods.
    return dg.Definitions(resources=build_resources(), executor=executor())
