"""Create or update a batch's dataset, upsert its records in bulk, and check the count that landed.

The SDK creates the dataset (settings are its strength); records go straight to the bulk-upsert
endpoint the SDK itself calls (`PUT /api/v1/datasets/{id}/records/bulk`), because the SDK
re-parses every returned record and retries nothing, and a push must survive a restarting server.
Upserts are keyed by `external_id` (the record id), so a re-push adds nothing.
"""

from __future__ import annotations

import json
import logging
import time
import warnings
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import argilla as rg
import httpx

from oceanid_assets.argilla.settings import SPAN_QUESTION, dataset_settings
from oceanid_assets.backoff import Backoff

log = logging.getLogger("oceanid.argilla")

MAX_BULK_ITEMS = 500  # argilla_server RECORDS_BULK_UPSERT_MAX_ITEMS
_TRANSIENT_STATUS = frozenset({408, 425, 429, 500, 502, 503, 504})


@dataclass(frozen=True)
class PushConfig:
    batch_size: int = 250
    concurrency: int = 2  # requests in flight: the server parses one while it stores the other
    max_attempts: int = 5
    backoff_base_s: float = 0.5
    backoff_cap_s: float = 20.0
    timeout_s: float = 120.0

    def backoff(self) -> Backoff:
        return Backoff(self.backoff_base_s, self.backoff_cap_s, self.max_attempts)

    def __post_init__(self) -> None:
        if not 1 <= self.batch_size <= MAX_BULK_ITEMS:
            raise ValueError(f"batch_size must be 1-{MAX_BULK_ITEMS}, got {self.batch_size}")
        if not 1 <= self.concurrency <= 8:
            raise ValueError(f"concurrency must be 1-8, got {self.concurrency}")
        if self.max_attempts < 1:
            raise ValueError(f"max_attempts must be >= 1, got {self.max_attempts}")


@dataclass(frozen=True)
class DatasetRef:
    id: str
    name: str
    question_id: str
    created: bool


class PushError(RuntimeError):
    def __init__(self, message: str, records_pushed: int) -> None:
        super().__init__(message)
        self.records_pushed = records_pushed


def ensure_dataset(client: rg.Argilla, name: str, workspace: str) -> DatasetRef:
    """The dataset with labelset v1's settings: created if missing, guidelines refreshed if not.

    A dataset whose span labels differ from the labelset is refused: changing the labels of a
    dataset SMEs may have annotated would silently change what their answers mean.
    """
    ws = client.workspaces(workspace)
    if ws is None:
        ws = rg.Workspace(name=workspace, client=client).create()
    wanted = dataset_settings(client)
    with warnings.catch_warnings():  # the SDK warns when the dataset does not exist yet
        warnings.simplefilter("ignore", UserWarning)
        dataset = client.datasets(name=name, workspace=ws)
    created = dataset is None
    if dataset is None:
        dataset = rg.Dataset(name=name, workspace=ws, settings=wanted, client=client).create()
    else:
        question = dataset.settings.questions[SPAN_QUESTION]
        have = list(question.labels) if question is not None else []
        if have != list(wanted.questions[SPAN_QUESTION].labels):
            raise PushError(
                f"dataset {name} exists with span labels that differ from labelset v1 "
                f"({len(have)} labels); push to a new dataset instead",
                records_pushed=0,
            )
        if dataset.settings.guidelines != wanted.guidelines:
            dataset.settings.guidelines = wanted.guidelines
            dataset.update()
    question_id = dataset.settings.questions[SPAN_QUESTION].id
    return DatasetRef(id=str(dataset.id), name=name, question_id=str(question_id), created=created)


class BulkClient:
    """The two HTTP calls a push makes, with retries on what a restarting server returns."""

    def __init__(self, api_url: str, api_key: str, config: PushConfig) -> None:
        self.config = config
        self._http = httpx.Client(
            base_url=api_url.rstrip("/"),
            headers={"X-Argilla-Api-Key": api_key},
            timeout=config.timeout_s,
        )

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> BulkClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def upsert(self, dataset_id: str, items: Sequence[dict[str, Any]]) -> None:
        self._call(
            "PUT",
            f"/api/v1/datasets/{dataset_id}/records/bulk",
            content=encode_bulk_body(items),  # once, not again on each retry
            headers={"Content-Type": "application/json"},
        )

    def record_count(self, dataset_id: str) -> int:
        # Listing counts in SQL (the source of truth), not through the search engine.
        response = self._call("GET", f"/api/v1/datasets/{dataset_id}/records", params={"limit": 1})
        return int(response.json()["total"])

    def get_json(self, url: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        body: dict[str, Any] = self._call("GET", url, params=params).json()
        return body

    def records_page(self, dataset_id: str, offset: int, limit: int) -> dict[str, Any]:
        """One page of the dataset's records with every user's responses and the suggestions."""
        return self.get_json(
            f"/api/v1/datasets/{dataset_id}/records",
            {"include": ["responses", "suggestions"], "offset": offset, "limit": limit},
        )

    def _call(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        for attempt in range(1, self.config.max_attempts + 1):
            try:
                response = self._http.request(method, url, **kwargs)
            except httpx.TransportError as exc:  # refused, reset, timed out
                error = f"{type(exc).__name__}: {exc}"
            else:
                if response.status_code < 400:
                    return response
                error = f"HTTP {response.status_code}: {_detail(response)}"
                if response.status_code not in _TRANSIENT_STATUS:
                    raise PushError(f"{method} {url}: {error}", records_pushed=0)
            if attempt == self.config.max_attempts:
                raise PushError(
                    f"{method} {url}: {error} (gave up after {attempt} attempts)", records_pushed=0
                )
            delay = self.config.backoff().jittered_s(attempt)
            log.warning(f"{method} {url}: {error}; attempt {attempt}, retrying in {delay:.1f}s")
            time.sleep(delay)
        raise AssertionError("unreachable")


def push_records(
    client: BulkClient,
    dataset_id: str,
    items: Sequence[dict[str, Any]],
    on_batch: Callable[[int], None] | None = None,
) -> int:
    """Upsert every item in batches, `concurrency` requests in flight; returns records sent.

    On failure raises PushError carrying how many records had been accepted before it, so the
    ingest log can say how far a push got (a retry re-sends everything; upserts make it safe).
    """
    size = client.config.batch_size
    batches = [items[i : i + size] for i in range(0, len(items), size)]
    pushed = 0
    with ThreadPoolExecutor(max_workers=client.config.concurrency) as pool:
        futures = [pool.submit(client.upsert, dataset_id, batch) for batch in batches]
        try:
            for future, batch in zip(futures, batches, strict=True):
                future.result()
                pushed += len(batch)
                if on_batch is not None:
                    on_batch(pushed)
        except PushError as exc:
            for pending in futures:
                pending.cancel()
            raise PushError(str(exc), records_pushed=pushed) from exc
    return pushed


def encode_bulk_body(items: Sequence[dict[str, Any]]) -> bytes:
    """The bulk-upsert request body: compact UTF-8 JSON, NaN and Infinity refused."""
    body = {"items": list(items)}
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()


def _detail(response: httpx.Response) -> str:
    try:
        detail = response.json().get("detail", response.text)
    except ValueError:
        detail = response.text
    return str(detail)[:300]
