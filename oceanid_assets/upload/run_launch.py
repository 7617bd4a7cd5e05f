"""Launch a closed batch's ingest run through the Dagster webserver's GraphQL API.

Without it, the drop sensor finds a closed batch at its next tick: up to one pass of the sensor
daemon (5 s) after the close, the largest part of a small batch's time to Argilla
(docs/performance.md). The run is the one the sensor would request: the `ingest_batch` job on the
batch's partition, naming its assets, so the automation sensor leaves them to it.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Any

import httpx

from oceanid_assets.ingest.ingest_job import (
    BATCH_PARTITIONS_NAME,
    INGEST_ASSET_NAMES,
    INGEST_JOB_NAME,
    LAUNCHED_ON_CLOSE_TAG,
    ingest_run_tags,
)

log = logging.getLogger("oceanid.upload")

# Definitions(...) without a name: Dagster calls its one repository this.
REPOSITORY_NAME = "__repository__"
_PARTITION_THERE = ("AddDynamicPartitionSuccess", "DuplicateDynamicPartitionError")

_ADD_PARTITION = """
mutation AddBatch($repositorySelector: RepositorySelector!, $partitionsDefName: String!,
                  $partitionKey: String!) {
  addDynamicPartition(repositorySelector: $repositorySelector,
                      partitionsDefName: $partitionsDefName, partitionKey: $partitionKey) {
    __typename
    ... on Error { message }
  }
}
"""

_LAUNCH_RUN = """
mutation LaunchIngest($executionParams: ExecutionParams!) {
  launchRun(executionParams: $executionParams) {
    __typename
    ... on LaunchRunSuccess { run { runId } }
    ... on Error { message }
    ... on RunConfigValidationInvalid { errors { message } }
  }
}
"""


class RunLaunchError(Exception):
    """The webserver did not launch the run; the message says why, for the close's answer."""


@dataclass(frozen=True)
class IngestRunLauncher:
    graphql_url: str
    location: str
    timeout_seconds: float = 10.0

    def launch(self, batch_id: str, documents: int) -> str:
        """The launched run's id. The batch becomes a partition first (an existing one is
        fine): the sensor registers partitions in its tick, and a run needs its partition."""
        started = time.perf_counter()
        repository = {"repositoryLocationName": self.location, "repositoryName": REPOSITORY_NAME}
        with httpx.Client(timeout=self.timeout_seconds, trust_env=False) as client:
            added = self._call(
                client,
                _ADD_PARTITION,
                {
                    "repositorySelector": repository,
                    "partitionsDefName": BATCH_PARTITIONS_NAME,
                    "partitionKey": batch_id,
                },
            )["addDynamicPartition"]
            if added["__typename"] not in _PARTITION_THERE:
                raise RunLaunchError(f"adding partition {batch_id!r}: {_why(added)}")
            tags = {
                "dagster/partition": batch_id,
                **ingest_run_tags("uploads", documents),
                LAUNCHED_ON_CLOSE_TAG: batch_id,
            }
            params = {
                "selector": {
                    **repository,
                    "jobName": INGEST_JOB_NAME,
                    "assetSelection": [{"path": [name]} for name in INGEST_ASSET_NAMES],
                },
                "executionMetadata": {"tags": [{"key": k, "value": v} for k, v in tags.items()]},
            }
            launched = self._call(client, _LAUNCH_RUN, {"executionParams": params})["launchRun"]
        if launched["__typename"] != "LaunchRunSuccess":
            raise RunLaunchError(f"launching {INGEST_JOB_NAME} for {batch_id!r}: {_why(launched)}")
        run_id = str(launched["run"]["runId"])
        log.info(
            "batch %s: run %s launched on close (%d document(s), %.2fs)",
            batch_id,
            run_id,
            documents,
            time.perf_counter() - started,
        )
        return run_id

    def _call(self, client: httpx.Client, query: str, variables: dict[str, Any]) -> Any:
        try:
            response = client.post(self.graphql_url, json={"query": query, "variables": variables})
        except httpx.HTTPError as exc:
            raise RunLaunchError(f"Dagster webserver at {self.graphql_url}: {exc}") from exc
        if response.status_code != 200:
            raise RunLaunchError(
                f"Dagster webserver at {self.graphql_url}: HTTP {response.status_code}"
            )
        body = response.json()
        if body.get("errors"):
            raise RunLaunchError(f"Dagster GraphQL: {body['errors'][0].get('message')}")
        return body["data"]


def _why(result: dict[str, Any]) -> str:
    errors = result.get("errors")
    if errors:
        return "; ".join(str(e.get("message")) for e in errors)
    return f"{result['__typename']}: {result.get('message', '')}".rstrip(": ")
