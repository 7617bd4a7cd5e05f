"""Polls Argilla for new SME work and requests `annotations_export` for datasets that changed.

A dataset's signature is its per-user progress (submitted / discarded / draft counts, read from
SQL by the server): a new submission or discard changes it. An edit of an already-submitted
response does not, so every dataset with responses is also re-exported once per
OCEANID_ANNOTATIONS_RECHECK_MINUTES; an export with nothing new writes nothing.
"""

import hashlib
import json
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

from oceanid_assets import config
from oceanid_assets.argilla.push import PushError
from oceanid_assets.defs.batches import batch_runs
from oceanid_assets.resources.argilla import ArgillaResource
from oceanid_assets.storage import layout

annotations_export_job = define_asset_job(
    "export_annotations",
    selection=["annotations_export"],
    description="Export a batch's SME responses from Argilla into md_annotated.",
)


# Read once, when the code location loads.
POLL_SECONDS = config.integer("OCEANID_ANNOTATIONS_POLL_SECONDS")
RECHECK_SECONDS = 60 * config.integer("OCEANID_ANNOTATIONS_RECHECK_MINUTES")


def progress_signature(progress: dict[str, Any]) -> tuple[str, bool]:
    """(hash of the per-user counts, whether anyone has responded at all)."""
    users: list[dict[str, Any]] = progress.get("users") or []
    users = sorted(users, key=lambda user: str(user.get("username")))
    text = json.dumps(users, sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()[:16], bool(users)


@sensor(
    job=annotations_export_job,
    minimum_interval_seconds=POLL_SECONDS,
    default_status=DefaultSensorStatus.RUNNING,
    description=f"Requests annotations_export for {layout.dataset_name(layout.ANY_BATCH)} "
    "datasets whose SME progress changed, and re-checks every dataset with responses "
    "periodically.",
)
def argilla_submissions_sensor(
    context: SensorEvaluationContext, argilla: ArgillaResource
) -> SensorResult | SkipReason:
    seen: dict[str, str] = json.loads(context.cursor) if context.cursor else {}
    window = int(time.time()) // max(RECHECK_SECONDS, 1)
    requests = []
    try:
        with argilla.bulk_client() as http:
            datasets = http.get_json("/api/v1/me/datasets").get("items", [])
            for dataset in datasets:
                name = str(dataset["name"])
                batch_id = layout.batch_of_dataset(name)
                if batch_id is None:
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
    return batch_runs(
        context,
        requests,
        json.dumps(seen, sort_keys=True),
        f"{len(requests)} dataset(s) with new SME work",
    )
