"""Where everything lives in the object store: each key built here, next to its parser.

The store is a local folder or `s3://bucket/prefix`; keys are `/`-separated and relative to it:

    uploads/<batch_id>/<doc_id>.pdf                 an uploaded PDF
    uploads/<batch_id>/<doc_id>.json                its receipt, written last
    uploads/<batch_id>/_CLOSED                      the upload service closed the batch
    upload-content/<doc_sha256>.json                which upload owns these bytes, any batch
    upload-repeats/<batch_id>/<doc_sha256>.json     bytes another upload owns, sent to this batch
    ocr/<batch_id>/documents/*.parquet              an external OCR drop...
    ocr/<batch_id>/pages/*.parquet
    ocr/<batch_id>/_SUCCESS                         ...complete once this marker is written
    argilla/in/vessels_ocr_<batch_id>/
        pages/pages.parquet                         the batch's pages, for pre-annotation
        suggestions/suggestions.parquet             machine suggestions
        failures/preannotation_failures.parquet     pages pre-annotation failed on
        argilla_records.parquet                     records to push into Argilla
    argilla/out/vessels_ocr_<batch_id>/
        export_run_id=<n>/{pages,spans}.parquet     Oceanid's export runs
        **/*.{json,jsonl,parquet}                   Argilla SDK exports dropped by people (not
                                                    inside export_run_id=<n>/ or hidden folders)
    reports/coverage/<batch_id>/{documents,pages}.parquet
    truth/<batch_id>/<doc_id>.json                  the demo's ground truth
    historical/                                     backfill input (the default prefix)
    models/extractor/<version>/                     a trained extractor and its training card

`vessels_ocr_<batch_id>` is also the name of the batch's Argilla dataset.

Builders check batch_id (`InvalidBatchId`), except a `Placeholder`, which draws the key for a
message or description: `upload_prefix(BATCH_ID)` is `uploads/<batch_id>/`. Parsers return
None for a key of another kind and for one whose batch folder is not a valid batch_id; the
sensors warn about such folders.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from oceanid_assets.config import BATCH_ID_PATTERN, validate_batch_id

# Top-level folders
UPLOADS = "uploads/"
UPLOAD_CONTENT = "upload-content/"
UPLOAD_REPEATS = "upload-repeats/"
OCR = "ocr/"
ARGILLA = "argilla/"
ARGILLA_IN = "argilla/in/"
ARGILLA_OUT = "argilla/out/"
REPORTS = "reports/"
COVERAGE_REPORTS = "reports/coverage/"
TRUTH = "truth/"
HISTORICAL = "historical/"
MODELS = "models/"
EXTRACTOR_MODELS = MODELS + "extractor/"
# Folders the pipeline writes: never historical input, even for a backfill of the whole store.
PIPELINE_ROOTS = (UPLOADS, UPLOAD_CONTENT, UPLOAD_REPEATS, OCR, ARGILLA, REPORTS, TRUTH, MODELS)

# Names inside them
DATASET_PREFIX = "vessels_ocr_"
CLOSED_MARKER = "_CLOSED"
SUCCESS_MARKER = "_SUCCESS"
RECORDS_FILE = "argilla_records.parquet"
EXPORT_RUN_FOLDER = "export_run_id="
EXPORT_SUFFIXES = (".json", ".jsonl", ".parquet")
_ARGILLA_IN_FILES = {
    "pages": "pages/pages.parquet",
    "suggestions": "suggestions/suggestions.parquet",
    "failures": "failures/preannotation_failures.parquet",
    "records": RECORDS_FILE,
}
_EXPORT_RUN_FILE = re.compile(rf"{EXPORT_RUN_FOLDER}([0-9]+)/([^/]+)\.parquet")
_EXPORT_DATASET = re.compile(rf"(?:^|/){ARGILLA_OUT}({DATASET_PREFIX}[^/]+)/")
MODEL_VERSION_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,62}")


class Placeholder(str):
    """Stands for a value in a key drawn for people; builders take it unchecked."""


BATCH_ID = Placeholder("<batch_id>")
VALID_BATCH_ID = Placeholder("<valid batch_id>")
ANY_BATCH = Placeholder("*")


class UploadKey(NamedTuple):
    batch_id: str
    doc_id: str
    kind: str  # "pdf" or "receipt"


class ExportRunKey(NamedTuple):
    batch_id: str
    export_run_id: int
    name: str  # "pages" or "spans"


def _checked(batch_id: str) -> str:
    return batch_id if isinstance(batch_id, Placeholder) else validate_batch_id(batch_id)


def _is_batch_id(name: str) -> bool:
    return BATCH_ID_PATTERN.fullmatch(name) is not None


def _split(key: str, root: str) -> tuple[str, str] | None:
    """(batch_id, rest) of `<root><batch_id>/<rest>`; None elsewhere or for an invalid batch."""
    if not key.startswith(root):
        return None
    batch_id, slash, rest = key[len(root) :].partition("/")
    return (batch_id, rest) if slash and rest and _is_batch_id(batch_id) else None


def _stem(name: str, suffix: str) -> str | None:
    """`name` without `suffix`, if it is one non-empty file name ending in it."""
    stem = name.removesuffix(suffix)
    return stem if name.endswith(suffix) and stem and "/" not in stem else None


def _batch_file(key: str, root: str, suffix: str) -> tuple[str, str] | None:
    """(batch_id, stem) of `<root><batch_id>/<stem><suffix>`."""
    found = _split(key, root)
    stem = _stem(found[1], suffix) if found else None
    return (found[0], stem) if found and stem else None


# --- the Argilla dataset ------------------------------------------------------------------


def dataset_name(batch_id: str) -> str:
    """`vessels_ocr_<batch_id>`: the batch's Argilla dataset, and its folder under argilla/."""
    return DATASET_PREFIX + _checked(batch_id)


def batch_of_dataset(name: str) -> str | None:
    """The batch_id of a `vessels_ocr_<batch_id>` dataset; None for any other name."""
    batch_id = name.removeprefix(DATASET_PREFIX)
    return batch_id if name.startswith(DATASET_PREFIX) and _is_batch_id(batch_id) else None


# --- uploads ------------------------------------------------------------------------------


def upload_prefix(batch_id: str) -> str:
    return f"{UPLOADS}{_checked(batch_id)}/"


def upload_pdf_key(batch_id: str, doc_id: str) -> str:
    return f"{upload_prefix(batch_id)}{doc_id}.pdf"


def upload_receipt_key(batch_id: str, doc_id: str) -> str:
    return f"{upload_prefix(batch_id)}{doc_id}.json"


def parse_upload_key(key: str) -> UploadKey | None:
    """(batch_id, doc_id, "pdf" | "receipt") of an uploaded PDF or receipt."""
    for suffix, kind in ((".pdf", "pdf"), (".json", "receipt")):
        found = _batch_file(key, UPLOADS, suffix)
        if found:
            return UploadKey(*found, kind)
    return None


def upload_closed_key(batch_id: str) -> str:
    return upload_prefix(batch_id) + CLOSED_MARKER


def parse_upload_closed_key(key: str) -> str | None:
    found = _split(key, UPLOADS)
    return found[0] if found and found[1] == CLOSED_MARKER else None


_SHA256 = re.compile(r"[0-9a-f]{64}")


def _checked_sha256(doc_sha256: str) -> str:
    if not _SHA256.fullmatch(doc_sha256):
        raise ValueError(f"not a lower-case hex SHA-256: {doc_sha256!r}")
    return doc_sha256


def upload_content_key(doc_sha256: str) -> str:
    """The upload service's claim on a content hash: which doc_id and batch hold those bytes."""
    return f"{UPLOAD_CONTENT}{_checked_sha256(doc_sha256)}.json"


def parse_upload_content_key(key: str) -> str | None:
    """The doc_sha256 of a content claim."""
    sha = _stem(key[len(UPLOAD_CONTENT) :], ".json") if key.startswith(UPLOAD_CONTENT) else None
    return sha if sha and _SHA256.fullmatch(sha) else None


def upload_repeats_prefix(batch_id: str) -> str:
    return f"{UPLOAD_REPEATS}{_checked(batch_id)}/"


def upload_repeat_key(batch_id: str, doc_sha256: str) -> str:
    """A batch's note that it was sent bytes another upload already holds."""
    return f"{upload_repeats_prefix(batch_id)}{_checked_sha256(doc_sha256)}.json"


def parse_upload_repeat_key(key: str) -> tuple[str, str] | None:
    """(batch_id, doc_sha256) of a repeat note."""
    found = _batch_file(key, UPLOAD_REPEATS, ".json")
    return found if found and _SHA256.fullmatch(found[1]) else None


# --- OCR drops ----------------------------------------------------------------------------


def ocr_prefix(batch_id: str) -> str:
    return f"{OCR}{_checked(batch_id)}/"


def ocr_documents_prefix(batch_id: str) -> str:
    return ocr_prefix(batch_id) + "documents/"


def ocr_pages_prefix(batch_id: str) -> str:
    return ocr_prefix(batch_id) + "pages/"


def ocr_success_key(batch_id: str) -> str:
    return ocr_prefix(batch_id) + SUCCESS_MARKER


def parse_ocr_key(key: str) -> tuple[str, str] | None:
    """(batch_id, "documents" | "pages" | "success") of a drop's Parquet file or its marker."""
    found = _split(key, OCR)
    if found is None:
        return None
    batch_id, rest = found
    if rest == SUCCESS_MARKER:
        return batch_id, "success"
    part, slash, name = rest.partition("/")
    if part in ("documents", "pages") and slash and name.endswith(".parquet"):
        return batch_id, part
    return None


# --- Argilla input: argilla/in/vessels_ocr_<batch_id>/ ------------------------------------


def argilla_in_prefix(batch_id: str) -> str:
    return f"{ARGILLA_IN}{dataset_name(batch_id)}/"


def argilla_pages_key(batch_id: str) -> str:
    return argilla_in_prefix(batch_id) + _ARGILLA_IN_FILES["pages"]


def suggestions_key(batch_id: str) -> str:
    return argilla_in_prefix(batch_id) + _ARGILLA_IN_FILES["suggestions"]


def preannotation_failures_key(batch_id: str) -> str:
    return argilla_in_prefix(batch_id) + _ARGILLA_IN_FILES["failures"]


def records_key(batch_id: str) -> str:
    return argilla_in_prefix(batch_id) + RECORDS_FILE


def parse_argilla_in_key(key: str) -> tuple[str, str] | None:
    """(batch_id, "pages" | "suggestions" | "failures" | "records") of a file built above."""
    found = _split(key, ARGILLA_IN + DATASET_PREFIX)
    if found is None:
        return None
    batch_id, rest = found
    kind = next((kind for kind, name in _ARGILLA_IN_FILES.items() if name == rest), None)
    return (batch_id, kind) if kind else None


def parse_records_key(key: str) -> str | None:
    """The batch_id of an `argilla_records.parquet` key."""
    found = parse_argilla_in_key(key)
    return found[0] if found and found[1] == "records" else None


def is_misplaced_records_key(key: str) -> bool:
    """A records file in an `argilla/in/vessels_ocr_<x>/` folder whose x is not a valid
    batch_id: not pushed, and worth a warning."""
    root, tail = ARGILLA_IN + DATASET_PREFIX, "/" + RECORDS_FILE
    folder = key.removeprefix(root).removesuffix(tail)
    return (
        key.startswith(root)
        and key.endswith(tail)
        and folder != ""
        and "/" not in folder
        and not _is_batch_id(folder)
    )


# --- Argilla output: argilla/out/vessels_ocr_<batch_id>/ ----------------------------------


def argilla_out_prefix(batch_id: str) -> str:
    return f"{ARGILLA_OUT}{dataset_name(batch_id)}/"


def export_run_prefix(batch_id: str, export_run_id: int) -> str:
    return f"{argilla_out_prefix(batch_id)}{EXPORT_RUN_FOLDER}{export_run_id}/"


def export_run_key(batch_id: str, export_run_id: int, name: str) -> str:
    """One table of an export run: name is "pages" or "spans"."""
    return f"{export_run_prefix(batch_id, export_run_id)}{name}.parquet"


def parse_export_run_key(key: str) -> ExportRunKey | None:
    found = _split(key, ARGILLA_OUT + DATASET_PREFIX)
    match = _EXPORT_RUN_FILE.fullmatch(found[1]) if found else None
    if found is None or match is None:
        return None
    return ExportRunKey(found[0], int(match[1]), match[2])


def is_dropped_export(key: str) -> bool:
    """An export file someone dropped, not one Oceanid wrote (or a hidden helper file)."""
    parts = key.split("/")
    return (
        key.startswith(ARGILLA_OUT)
        and key.lower().endswith(EXPORT_SUFFIXES)
        and not any(p.startswith(EXPORT_RUN_FOLDER) or p.startswith(".") for p in parts)
    )


def batch_of_export_file(key: str) -> str | None:
    """The batch_id of a dropped export file in a `vessels_ocr_<batch_id>/` folder; None for
    other keys and for dropped files in any other folder (the export sensor warns of those)."""
    found = _split(key, ARGILLA_OUT + DATASET_PREFIX)
    return found[0] if found and is_dropped_export(key) else None


def export_dataset_folder(path: str) -> str | None:
    """The `vessels_ocr_*` folder below an `argilla/out/` anywhere in a key or local path, as
    written there (`batch_of_dataset` tells whether it is valid)."""
    match = _EXPORT_DATASET.search(path)
    return match[1] if match else None


# --- reports, demo truth, models ----------------------------------------------------------


def coverage_report_key(batch_id: str, name: str) -> str:
    """name: "documents" or "pages"."""
    return f"{COVERAGE_REPORTS}{_checked(batch_id)}/{name}.parquet"


def parse_coverage_report_key(key: str) -> tuple[str, str] | None:
    """(batch_id, name) of a coverage report."""
    return _batch_file(key, COVERAGE_REPORTS, ".parquet")


def truth_key(batch_id: str, doc_id: str) -> str:
    return f"{TRUTH}{_checked(batch_id)}/{doc_id}.json"


def parse_truth_key(key: str) -> tuple[str, str] | None:
    """(batch_id, doc_id) of a demo document's ground truth."""
    return _batch_file(key, TRUTH, ".json")


def model_prefix(version: str) -> str:
    """models/extractor/<version>/: where a trained extractor and its training card go."""
    if not MODEL_VERSION_PATTERN.fullmatch(version):
        raise ValueError(
            f"invalid model version {version!r}: expected 1-63 of A-Z a-z 0-9 . _ -, "
            "starting with a letter or digit"
        )
    return f"{EXTRACTOR_MODELS}{version}/"


def parse_model_key(key: str) -> tuple[str, str] | None:
    """(version, path inside the version's folder) of a key under models/extractor/."""
    if not key.startswith(EXTRACTOR_MODELS):
        return None
    version, slash, path = key[len(EXTRACTOR_MODELS) :].partition("/")
    return (version, path) if slash and path and MODEL_VERSION_PATTERN.fullmatch(version) else None
