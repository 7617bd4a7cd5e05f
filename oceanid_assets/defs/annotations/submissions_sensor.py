"""Polls Argilla for new SME work and requests `annotations_export` for datasets that changed.

A dataset's signature is its per-user progress (submitted / discarded / draft counts, one
`/users/progress` call per dataset) plus its `last_activity_at`, which the dataset listing
(`/me/datasets`, one call per tick) already carries. argilla_server 2.x moves `last_activity_at`
on every response written through the calls the annotation UI makes (create, update, upsert,
bulk upsert, delete: `contexts/datasets.py`), so an SME's edit of an already-submitted response,
which leaves the counts as they were, is requested on the next tick at no extra request. (It
also moves when the dataset's settings change: one export that finds nothing new.)

Responses written through the records bulk upsert (`PUT /datasets/{id}/records/bulk`, what the
SDK's `dataset.records.log` sends, e.g. an admin's import script) move neither: a new response
still changes the counts, but an edited one changes nothing the poll sees. For those alone every
dataset with responses is still re-requested once per OCEANID_ANNOTATIONS_RECHECK_MINUTES after
its last request; an export with nothing new writes nothing.
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


def dataset_signature(progress: dict[str, Any], last_activity_at: str) -> tuple[str, bool]:
    """(hash of the per-user counts and the last response activity, whether anyone responded)."""
    users: list[dict[str, Any]] = progress.get("users") or []
    users = sorted(users, key=lambda user: str(user.get("username")))
    text = json.dumps({"users": users, "last_activity_at": last_activity_at}, sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()[:16], bool(users)


def export_trigger(previous: str | None, signature: str, now: int) -> str | None:
    """Why to request an export now ("argilla-progress": the signature moved; "argilla-recheck":
    the re-check interval passed), or None.

    `previous` is the cursor's `<signature>@<unix seconds of its last request>` for the dataset.
    """
    seen_signature, _, requested_at = (previous or "").partition("@")
    if seen_signature != signature or not requested_at.isdigit():
        return "argilla-progress"
    if now - int(requested_at) >= RECHECK_SECONDS:
        return "argilla-recheck"
    return None


@sensor(
    job=annotations_export_job,
    minimum_interval_seconds=POLL_SECONDS,
    default_status=DefaultSensorStatus.RUNNING,
    description=f"Requests annotations_export for {layout.dataset_name(layout.ANY_BATCH)} "
    "datasets whose SME responses changed (progress counts or last activity), and re-checks "
    "every dataset with responses periodically.",
)
def argilla_submissions_sensor(
    context: SensorEvaluationContext, argilla: ArgillaResource
) -> SensorResult | SkipReason:
    seen: dict[str, str] = json.loads(context.cursor) if context.cursor else {}
    now = int(time.time())
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
                signature, responded = dataset_signature(
                    progress, str(dataset.get("last_activity_at"))
                )
                trigger = export_trigger(seen.get(name), signature, now)
                if not responded or trigger is None:
                    continue
                state = f"{signature}@{now}"
                seen[name] = state
                requests.append(
                    RunRequest(
                        run_key=f"{name}:{state}",
                        partition_key=batch_id,
                        tags={"oceanid/trigger": trigger},
                    )
                )
    except (PushError, httpx.HTTPError) as exc:
        return SkipReason(f"Argilla at {argilla.api_url} did not answer: {exc}")
    rechecks = sum(r.tags["oceanid/trigger"] == "argilla-recheck" for r in requests)
    return batch_runs(
        context,
        requests,
        json.dumps(seen, sort_keys=True),
        f"{len(requests) - rechecks} dataset(s) with changed SME responses, {rechecks} re-checked",
    )
