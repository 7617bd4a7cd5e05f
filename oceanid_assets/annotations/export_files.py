"""Read an Argilla SDK export made outside Oceanid into the staged shape of SME responses.

What argilla 2.8.0 writes (checked against a real server; docs/annotations-export-files.md):

- nested (`records.to_json`, `Dataset.to_disk`'s `records.json`, `records.to_list(flatten=False)`):
  `{"id", "fields": {"text"}, "metadata": {...}, "responses": {question: [{"value", "user_id"}]},
  "status": "pending" | "completed", "suggestions", "vectors", "_server_id"}`. A response has no
  status of its own, so it is inferred from the record's status (below).
- flattened (`records.to_list(flatten=True)`, `records.to_datasets()` then `.to_parquet` or
  `.to_json`): `{"id", "text", <metadata names>, "<question>.responses",
  "<question>.responses.users", "<question>.responses.status", "status", ...}`: parallel lists,
  one item per user who answered that question.

Neither layout has timestamps or usernames; `updated_at` / `inserted_at` are used when a file
has them, and so is a username: `username` beside a nested response's `user_id`, or a
`<question>.responses.usernames` list parallel to `.users` (else it is null). A discarded
response with no value is in neither layout (the SDK drops responses without values).

The whole file is decoded and checked before a table is built, so a bad file raises
ExportFileError and stages nothing.
"""

from __future__ import annotations

import io
import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import PurePosixPath
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from oceanid_assets.annotations.staging import (
    RESPONSE_PAGES_SCHEMA,
    RESPONSE_SPANS_SCHEMA,
    RESPONSE_STATUSES,
    StagedResponses,
)
from oceanid_assets.argilla.settings import (
    NOTES_QUESTION,
    SPAN_QUESTION,
    TEXT_FIELD,
    UNSURE_QUESTION,
)
from oceanid_assets.ingest.text import sha256_hex
from oceanid_assets.storage import layout

QUESTIONS = (SPAN_QUESTION, UNSURE_QUESTION, NOTES_QUESTION)
_ALL_STATUSES = (*RESPONSE_STATUSES, "draft")
_RECORD_ID = re.compile(r"(.+):([0-9]{1,9})")  # <doc_id>:<page_num>; 9 digits fit an int32
INT32_MAX = 2**31 - 1  # span offsets and page numbers are int32 in the staged tables
_SHAPES = (
    "expected a list of Argilla records (JSON array, JSON Lines or Parquet rows) with "
    f"`fields.{TEXT_FIELD}` (nested: records.to_json, to_disk's records.json, "
    f"to_list(flatten=False)) or `{TEXT_FIELD}` (flattened: to_list(flatten=True), to_datasets())"
)


class ExportFileError(ValueError):
    """The file is not an Argilla records export Oceanid can load; the message names the file."""


class _Problem(ValueError):
    """A problem in one record; read_export_file adds the file name, row and record id."""


@dataclass
class _Answer:
    """One user's response to a record: the values of the questions they answered."""

    status: str | None  # None: the file does not say (nested layout)
    values: dict[str, Any] = field(default_factory=dict)
    updated_at: datetime | None = None
    username: str | None = None  # only in files that add it; no SDK layout has it


def read_export_file(data: bytes, name: str, dataset_hint: str | None = None) -> StagedResponses:
    """The submitted and discarded responses in an export file; drafts are skipped.

    `name` (object key or filename) picks the format by extension and prefixes every error;
    `dataset_hint` names the dataset (the files themselves do not), else it is read from a
    `argilla/out/vessels_ocr_<batch_id>/` part of `name`.
    """
    dataset = _dataset(name, dataset_hint)
    rows = _decode(data, name)
    pages: list[dict[str, Any]] = []
    spans: list[dict[str, Any]] = []
    first_row: dict[str, int] = {}
    for number, row in enumerate(rows, start=1):
        if not isinstance(row, dict) or not (
            isinstance(row.get("fields"), dict) or TEXT_FIELD in row
        ):
            raise ExportFileError(
                f"{name}: unknown shape: {_SHAPES}; row {number} has {_describe(row)}"
            )
        record_id = row.get("id")
        if not isinstance(record_id, str) or not record_id:
            raise ExportFileError(
                f"{name}: not an Argilla records export: no record id (`id`) in row {number}"
            )
        match = _RECORD_ID.fullmatch(record_id)
        if not match:
            raise ExportFileError(
                f"{name}: record id {record_id!r} in row {number} is not <doc_id>:<page_num>"
            )
        if int(match.group(2)) < 1:
            raise ExportFileError(
                f"{name}: record id {record_id!r} in row {number}: page {match.group(2)} is not "
                ">= 1 (pages are numbered from 1)"
            )
        if record_id in first_row:
            raise ExportFileError(
                f"{name}: record {record_id!r} is in rows {first_row[record_id]} and {number}"
            )
        first_row[record_id] = number
        try:
            _add_record(dataset, record_id, row, pages, spans)
        except _Problem as exc:
            raise ExportFileError(f"{name}: record {record_id!r} (row {number}): {exc}") from None
    return StagedResponses(
        _table(pages, RESPONSE_PAGES_SCHEMA, name), _table(spans, RESPONSE_SPANS_SCHEMA, name)
    )


def _table(rows: list[dict[str, Any]], schema: pa.Schema, name: str) -> pa.Table:
    """The staged table; a value the checks above let through and Arrow refuses (a string with
    a lone surrogate, which JSON can hold) is an ExportFileError naming its record and column."""
    try:
        return pa.Table.from_pylist(rows, schema)
    except (pa.ArrowException, ValueError, TypeError, OverflowError) as exc:
        failure: Exception = exc
    for row in rows:  # only when it failed: find the record and the column
        for column in schema:
            try:
                pa.array([row[column.name]], column.type)
            except (pa.ArrowException, ValueError, TypeError, OverflowError) as exc:
                raise ExportFileError(
                    f"{name}: record {row['argilla_record_id']!r}: {column.name} "
                    f"{_short(row[column.name])} cannot be stored as {column.type} ({exc})"
                ) from None
    raise ExportFileError(f"{name}: the records cannot be staged: {failure}") from None


def _dataset(name: str, hint: str | None) -> str:
    dataset = hint or layout.export_dataset_folder(name)
    if dataset is None:
        raise ExportFileError(
            f"{name}: cannot tell which dataset the file is from: drop it under "
            f"{layout.argilla_out_prefix(layout.BATCH_ID)}"
        )
    if layout.batch_of_dataset(dataset) is None:
        valid = layout.dataset_name(layout.VALID_BATCH_ID)
        raise ExportFileError(f"{name}: {dataset!r} is not {valid}")
    return dataset


def _decode(data: bytes, name: str) -> list[Any]:
    """The file's rows: a JSON array, JSON Lines (also what datasets' `to_json` writes under a
    .json name), a single JSON object (one record), or Parquet rows."""
    suffix = PurePosixPath(name).suffix.lower()
    if suffix == ".parquet":
        try:
            table = pq.read_table(io.BytesIO(data))
        except (pa.ArrowException, OSError) as exc:
            raise ExportFileError(f"{name}: not a readable Parquet file: {exc}") from None
        try:
            rows: list[Any] = table.to_pylist()
        except (ValueError, OverflowError) as exc:  # a timestamp beyond Python's years 1-9999
            raise ExportFileError(f"{name}: {_unreadable_value(table)} ({exc})") from None
        return rows
    if suffix not in layout.EXPORT_SUFFIXES:
        raise ExportFileError(
            f"{name}: unsupported file type {suffix or '(no extension)'!r}: export the records "
            "with the Argilla SDK to .json, .jsonl or .parquet"
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ExportFileError(f"{name}: not UTF-8 text: {exc}") from None
    if suffix == ".json" and text.strip():
        try:
            parsed = json.loads(text)
        except json.JSONDecodeError:
            pass  # maybe JSON Lines with a .json name
        else:
            return parsed if isinstance(parsed, list) else [parsed]
    rows = []
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ExportFileError(
                    f"{name}: neither JSON nor JSON Lines: line {number}: {exc}"
                ) from None
    return rows


def _unreadable_value(table: pa.Table) -> str:
    """Where a Parquet table has a value Python cannot hold (searched only after a failure)."""
    ids = table.column("id").to_pylist() if "id" in table.column_names else None
    for column in table.column_names:
        for number in range(table.num_rows):
            try:
                table.column(column)[number].as_py()
            except (ValueError, OverflowError):
                record = f"record {ids[number]!r}" if ids else "record"
                return f"{record} (row {number + 1}): `{column}` is out of range"
    return "a value is out of range"


def _add_record(
    dataset: str,
    record_id: str,
    row: dict[str, Any],
    pages: list[dict[str, Any]],
    spans: list[dict[str, Any]],
) -> None:
    nested = isinstance(row.get("fields"), dict)
    text = row["fields"].get(TEXT_FIELD) if nested else row.get(TEXT_FIELD)
    if not isinstance(text, str):
        raise _Problem(f"no page text (`{'fields.' if nested else ''}{TEXT_FIELD}`)")
    if not _storable(text):
        raise _Problem(
            f"page text (`{'fields.' if nested else ''}{TEXT_FIELD}`) is not valid Unicode "
            "(a lone surrogate such as \\ud800)"
        )
    metadata = (row.get("metadata") or {}) if nested else row
    if not isinstance(metadata, dict):
        raise _Problem("`metadata` is not an object")
    match = _RECORD_ID.fullmatch(record_id)
    assert match is not None  # checked by the caller, which names the row
    answers = _nested_answers(row) if nested else _flat_answers(row)
    if nested:
        _infer_statuses(answers, row.get("status"))
    record_updated = _timestamp(row.get("updated_at"), "updated_at")
    page = {
        "argilla_dataset": dataset,
        "argilla_record_id": record_id,
        "doc_id": _optional_str(metadata.get("doc_id"), "metadata doc_id") or match.group(1),
        "page_num": _page_num(metadata.get("page_num"), match.group(2)),
        # The pipeline sets it; recomputed for a record logged without it.
        "text_sha256": _optional_str(metadata.get("text_sha256"), "metadata text_sha256")
        or sha256_hex(text),
        "text": text,
    }
    for annotator, answer in answers.items():
        if answer.status not in RESPONSE_STATUSES:
            continue  # a draft is not an annotation yet
        values = answer.values
        pages.append(
            {
                **page,
                "annotator_id": annotator,
                "annotator_username": answer.username,
                "response_status": answer.status,
                "submitted_at": answer.updated_at or record_updated,
                "unsure": _optional_str(values.get(UNSURE_QUESTION), UNSURE_QUESTION),
                "notes": _optional_str(values.get(NOTES_QUESTION), NOTES_QUESTION),
            }
        )
        spans.extend(
            {
                "argilla_dataset": dataset,
                "argilla_record_id": record_id,
                "annotator_id": annotator,
                **span,
            }
            for span in _spans(values.get(SPAN_QUESTION))
        )


def _nested_answers(row: dict[str, Any]) -> dict[str, _Answer]:
    """`responses: {question: [{"value", "user_id"}]}` regrouped by user."""
    responses = row.get("responses") or {}
    if not isinstance(responses, dict):
        raise _Problem("`responses` is not an object of question -> list of responses")
    _check_questions(q for q, items in responses.items() if items)
    answers: dict[str, _Answer] = {}
    for question in QUESTIONS:
        items = responses.get(question) or []
        if not isinstance(items, list):
            raise _Problem(f"`responses.{question}` is not a list")
        for item in items:
            if not isinstance(item, dict) or not item.get("user_id"):
                raise _Problem(f"a `responses.{question}` item has no `user_id`")
            answer = answers.setdefault(str(item["user_id"]), _Answer(status=None))
            answer.values[question] = item.get("value")
            if item.get("status") is not None:
                _set_status(answer, item["status"], question)
            _set_username(answer, item.get("username"), question)
            answer.updated_at = answer.updated_at or _timestamp(
                item.get("updated_at") or item.get("inserted_at"), "response updated_at"
            )
    return answers


def _infer_statuses(answers: dict[str, _Answer], record_status: Any) -> None:
    """The nested layout drops each response's status; the record's status is all it keeps.

    Oceanid's datasets complete a record at its first submitted response (min_submitted 1), so
    on a `pending` record no response is submitted (drafts, or discards: both skipped), and on a
    `completed` record answered by one user that user submitted. A completed record answered by
    several users cannot be read without guessing which one submitted: that is an error.
    """
    unknown = [answer for answer in answers.values() if answer.status is None]
    if not unknown:
        return
    if record_status == "pending":
        for answer in unknown:
            answer.status = "draft"
    elif record_status == "completed" and len(answers) == 1:
        unknown[0].status = "submitted"
    elif record_status == "completed":
        raise _Problem(
            f"{len(answers)} users answered this completed record and the nested layout does "
            "not say which of them submitted; export with records.to_datasets() or "
            "records.to_list(flatten=True), which keep each response's status"
        )
    else:
        raise _Problem(
            f"record `status` is {record_status!r}, not 'pending' or 'completed': cannot tell "
            "submitted responses from drafts"
        )


def _flat_answers(row: dict[str, Any]) -> dict[str, _Answer]:
    """Parallel `<question>.responses` / `.users` / `.status` lists regrouped by user."""
    _check_questions(
        key.split(".", 1)[0]
        for key, value in row.items()
        if key.endswith((".responses", ".responses.users")) and value
    )
    answers: dict[str, _Answer] = {}
    for question in QUESTIONS:
        base = f"{question}.responses"
        values, users, statuses = row.get(base), row.get(f"{base}.users"), row.get(f"{base}.status")
        if values is None and users is None and statuses is None:
            continue  # nobody answered this question
        usernames = row.get(f"{base}.usernames")
        if usernames is None and isinstance(users, list):
            usernames = [None] * len(users)
        if not (
            isinstance(values, list)
            and isinstance(users, list)
            and isinstance(statuses, list)
            and len(values) == len(users) == len(statuses)
        ):
            raise _Problem(
                f"`{base}`, `{base}.users` and `{base}.status` are not lists of one length"
            )
        if not (isinstance(usernames, list) and len(usernames) == len(users)):
            raise _Problem(f"`{base}.usernames` is not a list as long as `{base}.users`")
        for value, user, status, username in zip(values, users, statuses, usernames, strict=True):
            if not user:
                raise _Problem(f"a `{base}` item has no user in `{base}.users`")
            answer = answers.setdefault(str(user), _Answer(status=None))
            answer.values[question] = value
            _set_status(answer, status, question)
            _set_username(answer, username, question)
    return answers


def _check_questions(questions: Any) -> None:
    unknown = sorted(set(questions) - set(QUESTIONS))
    if unknown:
        raise _Problem(
            f"responses to question(s) {', '.join(unknown)}, which vessels_ocr datasets do not "
            f"have ({', '.join(QUESTIONS)}): an export of another dataset?"
        )


def _set_status(answer: _Answer, status: Any, question: str) -> None:
    if status not in _ALL_STATUSES:
        raise _Problem(f"response status {status!r} for `{question}` is not one of {_ALL_STATUSES}")
    # One user's response has one status; the flattened layout repeats it per question.
    if answer.status is not None and answer.status != status:
        raise _Problem(f"one user's response is both {answer.status!r} and {status!r}")
    answer.status = status


def _set_username(answer: _Answer, username: Any, question: str) -> None:
    if username is None:
        return
    if not isinstance(username, str):
        raise _Problem(f"username {_short(username)} for `{question}` is not a string")
    # One user id has one username; the layouts repeat it per question.
    if answer.username is not None and answer.username != username:
        raise _Problem(f"one user id is named both {answer.username!r} and {username!r}")
    answer.username = username


def _spans(value: Any) -> list[dict[str, Any]]:
    """Each span `{label: str, start: int, end: int}` with 0 <= start < end <= INT32_MAX (the
    staged columns are int32); a fault names the span and the field."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise _Problem(f"`{SPAN_QUESTION}` response is not a list of spans")
    spans = []
    for span in value:
        if not isinstance(span, dict):
            raise _Problem(f"span {_short(span)} is not {{label: str, start: int, end: int}}")
        label = span.get("label")
        if not isinstance(label, str):
            raise _Problem(f"span {_short(span)}: `label` {_short(label)} is not a string")
        offsets: dict[str, int] = {}
        for key in ("start", "end"):
            offset: Any = span.get(key)
            if not (_is_int(offset) and 0 <= offset <= INT32_MAX):
                raise _Problem(
                    f"span {_short(span)}: `{key}` {_short(offset)} is not a whole number "
                    f"from 0 to {INT32_MAX}"
                )
            offsets[key] = offset
        start, end = offsets["start"], offsets["end"]
        if start >= end:
            raise _Problem(f"span {_short(span)}: `end` {end} is not after `start` {start}")
        spans.append({"label": label, "start": start, "end": end})
    return spans


def _page_num(value: Any, from_id: str) -> int:
    if value is None:
        return int(from_id)  # checked >= 1 by read_export_file, which names the row
    # Integers may come back as floats (a pandas round trip) or strings; anything else is wrong.
    page: int | None = value if _is_int(value) else None
    if isinstance(value, float) and value.is_integer():
        page = int(value)
    if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) <= 10:
        page = int(value)
    if page is None or not 1 <= page <= INT32_MAX:
        raise _Problem(
            f"metadata page_num {_short(value)} is not a whole number from 1 to {INT32_MAX} "
            "(pages are numbered from 1)"
        )
    return page


def _timestamp(value: Any, what: str) -> datetime | None:
    """UTC; Argilla's server writes naive UTC ISO timestamps."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            raise _Problem(f"{what} {value!r} is not an ISO 8601 timestamp") from None
    if not isinstance(value, datetime):
        raise _Problem(f"{what} {value!r} is not a timestamp")
    try:
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    except OverflowError:
        raise _Problem(f"{what} {value!r} is not within years 1-9999 in UTC") from None


def _optional_str(value: Any, what: str) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise _Problem(f"{what} {value!r} is not a string")


def _describe(row: Any) -> str:
    if isinstance(row, dict):
        return f"keys {', '.join(map(str, list(row)[:12])) or '(none)'}"
    return f"a {type(row).__name__}"


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _storable(text: str) -> bool:
    """Whether a string has a UTF-8 form (JSON's `\\ud800` parses to one that has not)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _short(value: Any) -> str:
    """repr, cut to a readable length (a span or a value may be anything a person wrote)."""
    shown = repr(value)
    return shown if len(shown) <= 80 else shown[:77] + "..."
