"""Staged responses → the rows of annotations_pages / annotations_spans, before diffing.

Span text is re-derived from the page text (never trusted from the export), every span is
checked against its label's rule, and each (record, annotator) state gets a content hash so an
unchanged response is recognised on the next export. The annotator's username rides along on
both tables but is not hashed: renaming a user in Argilla changes no stored state.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from typing import Any

import pyarrow as pa

from oceanid_assets.annotations.staging import StagedResponses
from oceanid_assets.labelset import LABELS
from oceanid_assets.preannotate.validators import validate

PAGES_SCHEMA = pa.schema(
    [
        ("export_run_id", pa.int64()),
        ("argilla_dataset", pa.string()),
        ("argilla_record_id", pa.string()),
        ("doc_id", pa.string()),
        ("page_num", pa.int32()),
        ("text_sha256", pa.string()),
        ("annotator_id", pa.string()),
        ("annotator_username", pa.string()),  # beside the id; not part of content_sha256
        ("response_status", pa.string()),
        ("submitted_at", pa.timestamp("us", tz="UTC")),
        ("unsure", pa.string()),
        ("notes", pa.string()),
        ("span_count", pa.int32()),
        ("content_sha256", pa.string()),
        ("record_json", pa.string()),
    ]
)
SPANS_SCHEMA = pa.schema(
    [
        ("export_run_id", pa.int64()),
        ("argilla_dataset", pa.string()),
        ("argilla_record_id", pa.string()),
        ("span_id", pa.string()),
        ("doc_id", pa.string()),
        ("page_num", pa.int32()),
        ("label", pa.string()),
        ("start", pa.int32()),
        ("end", pa.int32()),
        ("text", pa.string()),
        ("annotator_id", pa.string()),
        ("annotator_username", pa.string()),
        ("validation_status", pa.string()),
        ("validation_error", pa.string()),
    ]
)
_KNOWN_LABELS = frozenset(LABELS)
Key = tuple[str, str, str]  # (dataset, record id, annotator id)


def span_problem(label: str, start: int, end: int, text: str) -> str | None:
    """Why a span is invalid, or None: offsets inside the text, end > start, the label's rule."""
    if end <= start:
        return "end not after start"
    if start < 0 or end > len(text):
        return f"outside the page text ({len(text)} characters)"
    if label not in _KNOWN_LABELS:
        return "label not in labelset v1"
    return validate(label, text[start:end])


def candidate_rows(staged: StagedResponses) -> tuple[pa.Table, pa.Table]:
    """(pages, spans) in the stored schemas with export_run_id unset (null)."""
    spans_by_key: dict[Key, list[dict[str, Any]]] = defaultdict(list)
    for span in staged.spans.to_pylist():
        key = (span["argilla_dataset"], span["argilla_record_id"], span["annotator_id"])
        spans_by_key[key].append(span)
    pages_out: list[dict[str, Any]] = []
    spans_out: list[dict[str, Any]] = []
    for page in staged.pages.to_pylist():
        key = (page["argilla_dataset"], page["argilla_record_id"], page["annotator_id"])
        text = page["text"] or ""
        spans = sorted(spans_by_key.pop(key, []), key=lambda s: (s["start"], s["end"], s["label"]))
        for span in spans:
            problem = span_problem(span["label"], span["start"], span["end"], text)
            spans_out.append(
                {
                    "argilla_dataset": key[0],
                    "argilla_record_id": key[1],
                    "span_id": _span_id(key, span),
                    "doc_id": page["doc_id"],
                    "page_num": page["page_num"],
                    "label": span["label"],
                    "start": span["start"],
                    "end": span["end"],
                    "text": text[max(span["start"], 0) : max(span["end"], 0)],
                    "annotator_id": key[2],
                    "annotator_username": page["annotator_username"],
                    "validation_status": "invalid" if problem else "valid",
                    "validation_error": problem,
                }
            )
        # The username stays out: a renamed user must not make every response look new.
        state = {
            "status": page["response_status"],
            "unsure": page["unsure"],
            "notes": page["notes"],
            "text_sha256": page["text_sha256"],
            "spans": [[s["start"], s["end"], s["label"]] for s in spans],
        }
        pages_out.append(
            {
                **{name: page[name] for name in PAGES_SCHEMA.names if name in page},
                "export_run_id": None,
                "span_count": len(spans),
                "content_sha256": hashlib.sha256(
                    json.dumps(state, sort_keys=True).encode()
                ).hexdigest(),
                "record_json": None,
            }
        )
    if spans_by_key:
        orphan = next(iter(spans_by_key))
        raise ValueError(f"{len(spans_by_key)} span group(s) without a response, e.g. {orphan}")
    return (
        pa.Table.from_pylist(pages_out, PAGES_SCHEMA),
        pa.Table.from_pylist(spans_out, SPANS_SCHEMA),
    )


def _span_id(key: Key, span: dict[str, Any]) -> str:
    digest = hashlib.sha1(  # noqa: S324 - an identifier, not a security hash
        f"{key[2]}|{span['start']}|{span['end']}|{span['label']}".encode()
    ).hexdigest()[:12]
    return f"{key[1]}:{digest}"
