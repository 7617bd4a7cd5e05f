"""Polls Argilla for new SME work and requests `annotations_export` for datasets that changed.

A dataset's signature is its per-user progress (submitted / discarded / draft counts, read from
SQL by the server): a new submission or discard changes it. An edit of an already-submitted
response does not, so every dataset with responses is also re-exported once per
OCEANID_ANNOTATIONS_RECHECK_MINUTES; an export with nothing new writes nothing.
"""

import hashlib
import json
import os
import time
from typing import Any

import httpx
from dagster import (
    DefaultSensorStatus,
    RunRequest,
    SensorEvaluationContext,
    SensorResult,
    SkipReason,
    define_asset_job,
    sensor,
)

from oceanid_assets.argilla.push import PushError
from oceanid_assets.config import BATCH_ID_PATTERN
from oceanid_assets.defs.batches import register_batches, unregistered_batches
from oceanid_assets.resources.argilla import ArgillaResource

DATASET_PREFIX = "vessels_ocr_"

annotations_export_job = define_asset_job(
    "export_annotations",
    selection=["annotations_export"],
    description="Export a batch's SME responses from Argilla into md_annotated.",
)


def poll_interval_seconds() -> int:
    return int(os.environ.get("OCEANID_ANNOTATIONS_POLL_SECONDS", "60"))


def recheck_seconds() -> int:
    return 60 * int(os.environ.get("OCEANID_ANNOTATIONS_RECHECK_MINUTES", "60"))


def progress_signature(progress: dict[str, Any]) -> tuple[str, bool]:
    """(hash of the per-user counts, whether anyone has responded at all)."""
    users: list[dict[str, Any]] = progress.get("users") or []
    users = sorted(users, key=lambda user: str(user.get("username")))
    text = json.dumps(users, sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()[:16], bool(users)


@sensor(
    job=annotations_export_job,
    minimum_interval_seconds=poll_interval_seconds(),
    default_status=DefaultSensorStatus.RUNNING,
    description="Requests annotations_export for vessels_ocr_* datasets whose SME progress "
    "changed, and re-checks every dataset with responses periodically.",
)
def argilla_submissions_sensor(
    context: SensorEvaluationContext, argilla: ArgillaResource
) -> SensorResult | SkipReason:
    seen: dict[str, str] = json.loads(context.cursor) if context.cursor else {}
    window = int(time.time()) // max(recheck_seconds(), 1)
    requests = []
    try:
        with argilla.bulk_client() as http:
            datasets = http.get_json("/api/v1/me/datasets").get("items", [])
            for dataset in datasets:
                name = str(dataset["name"])
                batch_id = name.removeprefix(DATASET_PREFIX)
                if not name.startswith(DATASET_PREFIX) or not BATCH_ID_PATTERN.fullmatch(batch_id):
                    continue
                progress = http.get_json(f"/api/v1/datasets/{dataset['id']}/users/progress")
                signature, responded = progress_signature(progress)
                if not responded:
                    continue
                state = f"{signature}@{window}"
                if seen.get(name) == state:
                    continue
                seen[name] = state
                requests.append(
                    RunRequest(
                        run_key=f"{name}:{state}",
                        partition_key=batch_id,
                        tags={"oceanid/trigger": "argilla-progress"},
                    )
                )
    except (PushError, httpx.HTTPError) as exc:
        return SkipReason(f"Argilla at {argilla.api_url} did not answer: {exc}")
    new = unregistered_batches(
        context.instance, (r.partition_key for r in requests if r.partition_key)
    )
    context.log.info(f"{len(requests)} dataset(s) with new SME work")
    return SensorResult(
        run_requests=requests,
        dynamic_partitions_requests=register_batches(new),
        cursor=json.dumps(seen, sort_keys=True),
    )
