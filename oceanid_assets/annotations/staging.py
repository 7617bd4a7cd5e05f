"""The staged shape of SME responses, whatever they came from (the Argilla API or an export file).

Both readers produce these two Arrow tables; everything after (span text from the page text,
validation, content hashes, export runs, loading) is shared. One row per (record, annotator)
in `RESPONSE_PAGES_SCHEMA`, one row per annotated span in `RESPONSE_SPANS_SCHEMA`.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa

RESPONSE_STATUSES = ("submitted", "discarded")  # drafts are not annotations yet

RESPONSE_PAGES_SCHEMA = pa.schema(
    [
        ("argilla_dataset", pa.string()),  # vessels_ocr_<batch_id>
        ("argilla_record_id", pa.string()),  # the record's external id, <doc_id>:<page_num>
        ("doc_id", pa.string()),
        ("page_num", pa.int32()),
        ("text_sha256", pa.string()),  # from the record's metadata; recomputed if missing
        ("text", pa.string()),  # the page text the span offsets refer to
        ("annotator_id", pa.string()),  # Argilla user id (UUID string)
        ("annotator_username", pa.string()),  # that user's username; null when not resolved
        ("response_status", pa.string()),  # one of RESPONSE_STATUSES
        ("submitted_at", pa.timestamp("us", tz="UTC")),  # the response's last update
        ("unsure", pa.string()),  # the `unsure` question's value, if answered
        ("notes", pa.string()),  # the `notes` question's value, if answered
    ]
)

RESPONSE_SPANS_SCHEMA = pa.schema(
    [
        ("argilla_dataset", pa.string()),
        ("argilla_record_id", pa.string()),
        ("annotator_id", pa.string()),
        ("label", pa.string()),
        ("start", pa.int32()),
        ("end", pa.int32()),
    ]
)


@dataclass(frozen=True)
class StagedResponses:
    pages: pa.Table  # RESPONSE_PAGES_SCHEMA
    spans: pa.Table  # RESPONSE_SPANS_SCHEMA

    def __post_init__(self) -> None:
        if not self.pages.schema.equals(RESPONSE_PAGES_SCHEMA):
            raise ValueError(f"pages do not match RESPONSE_PAGES_SCHEMA: {self.pages.schema}")
        if not self.spans.schema.equals(RESPONSE_SPANS_SCHEMA):
            raise ValueError(f"spans do not match RESPONSE_SPANS_SCHEMA: {self.spans.schema}")
