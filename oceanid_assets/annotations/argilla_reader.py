"""Read a batch's SME responses from the Argilla API into the staged shape.

Records are listed through SQL (`GET /datasets/{id}/records`, pages of 1,000), with every
user's responses and the suggestions; the suggestions are kept for the accepted / edited /
rejected tally only. Responses name their user by id only, so the usernames come from one
`GET /workspaces/{id}/users` per export (allowed to the owner and to the workspace's admins);
a key that may not list them, or a user no longer in the workspace, leaves the username null.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import argilla as rg
import pyarrow as pa

from oceanid_assets.annotations.staging import (
    RESPONSE_PAGES_SCHEMA,
    RESPONSE_SPANS_SCHEMA,
    RESPONSE_STATUSES,
    StagedResponses,
)
from oceanid_assets.argilla.push import BulkClient, PushError
from oceanid_assets.argilla.settings import (
    NOTES_QUESTION,
    SPAN_QUESTION,
    TEXT_FIELD,
    UNSURE_QUESTION,
)
from oceanid_assets.ingest.text import sha256_hex

log = logging.getLogger("oceanid.annotations")
PAGE_SIZE = 1000  # argilla_server's LIST_DATASET_RECORDS_LIMIT_LE

Span = tuple[int, int, str]


@dataclass(frozen=True)
class DatasetResponses:
    staged: StagedResponses
    suggestions: dict[str, list[Span]]  # record id -> suggested spans
    guideline_revision: str
    records: int


class DatasetNotFound(LookupError):
    pass


def read_dataset_responses(
    sdk: rg.Argilla, http: BulkClient, dataset: str, workspace: str
) -> DatasetResponses:
    found = sdk.datasets(name=dataset, workspace=workspace)
    if found is None:
        raise DatasetNotFound(f"Argilla has no dataset {dataset} in workspace {workspace}")
    span_question = found.settings.questions[SPAN_QUESTION]
    question_id = str(span_question.id) if span_question is not None else None
    usernames = workspace_usernames(http, str(found.workspace.id), dataset)
    pages: list[dict[str, Any]] = []
    spans: list[dict[str, Any]] = []
    suggestions: dict[str, list[Span]] = {}
    offset, total = 0, None
    while total is None or offset < total:
        body = http.records_page(str(found.id), offset, PAGE_SIZE)
        total = int(body["total"])
        for record in body["items"]:
            _add_record(dataset, record, question_id, usernames, pages, spans, suggestions)
        offset += len(body["items"])
        if not body["items"]:
            break
    guidelines = found.settings.guidelines or ""
    annotators = {page["annotator_id"] for page in pages}
    unnamed = len(annotators - usernames.keys())
    log.info(
        f"{dataset}: {total} records, {len(pages)} submitted or discarded responses by "
        f"{len(annotators)} annotators ({unnamed} without a username)"
    )
    return DatasetResponses(
        StagedResponses(
            pa.Table.from_pylist(pages, RESPONSE_PAGES_SCHEMA),
            pa.Table.from_pylist(spans, RESPONSE_SPANS_SCHEMA),
        ),
        suggestions,
        hashlib.sha256(guidelines.encode()).hexdigest()[:12],
        total or 0,
    )


def workspace_usernames(http: BulkClient, workspace_id: str, dataset: str) -> dict[str, str]:
    """Argilla user id -> username for the workspace's members; {} if the key may not list them.

    The answer also carries every user's API key: only the id and the username are kept.
    """
    try:
        body = http.get_json(f"/api/v1/workspaces/{workspace_id}/users")
    except PushError as exc:
        log.warning(
            f"{dataset}: annotator usernames left null: cannot list the users of workspace "
            f"{workspace_id} ({exc})"
        )
        return {}
    return {str(user["id"]): str(user["username"]) for user in body.get("items") or []}


def _add_record(
    dataset: str,
    record: dict[str, Any],
    question_id: str | None,
    usernames: dict[str, str],
    pages: list[dict[str, Any]],
    spans: list[dict[str, Any]],
    suggestions: dict[str, list[Span]],
) -> None:
    record_id = record.get("external_id") or str(record["id"])
    text = (record.get("fields") or {}).get(TEXT_FIELD) or ""
    metadata = record.get("metadata") or {}
    doc_id, _, page = record_id.rpartition(":")
    for suggestion in record.get("suggestions") or []:
        if str(suggestion.get("question_id")) == question_id:
            suggestions[record_id] = [
                (v["start"], v["end"], v["label"]) for v in suggestion.get("value") or []
            ]
    for response in record.get("responses") or []:
        if response["status"] not in RESPONSE_STATUSES:
            continue
        values = response.get("values") or {}
        annotator = str(response["user_id"])
        pages.append(
            {
                "argilla_dataset": dataset,
                "argilla_record_id": record_id,
                "doc_id": metadata.get("doc_id") or doc_id,
                "page_num": int(metadata.get("page_num") or page),
                "text_sha256": metadata.get("text_sha256") or sha256_hex(text),
                "text": text,
                "annotator_id": annotator,
                "annotator_username": usernames.get(annotator),
                "response_status": response["status"],
                "submitted_at": datetime.fromisoformat(response["updated_at"]),
                "unsure": (values.get(UNSURE_QUESTION) or {}).get("value"),
                "notes": (values.get(NOTES_QUESTION) or {}).get("value"),
            }
        )
        for value in (values.get(SPAN_QUESTION) or {}).get("value") or []:
            spans.append(
                {
                    "argilla_dataset": dataset,
                    "argilla_record_id": record_id,
                    "annotator_id": annotator,
                    "label": value["label"],
                    "start": value["start"],
                    "end": value["end"],
                }
            )
