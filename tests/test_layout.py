"""The store layout (oceanid_assets/storage/layout.py): every key built there reads back to what
built it, parsers take only their own kind of key, and no other module spells a store prefix."""

from __future__ import annotations

import ast
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from oceanid_assets.config import InvalidBatchId
from oceanid_assets.storage import layout

REPO_ROOT = Path(__file__).resolve().parents[1]
BATCH_IDS = ["b1", "iotc-2026_03", "01jd7x3k9v8m2n4p5q6r7s8t9v", "a" * 63]
DOC_ID = "0190a4b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b"
SHA = "ab" * 32


# --- the contract, spelled out once ---------------------------------------------------------


def test_keys_follow_the_guide() -> None:
    b = "b1"
    assert layout.upload_prefix(b) == "uploads/b1/"
    assert layout.upload_pdf_key(b, "d") == "uploads/b1/d.pdf"
    assert layout.upload_receipt_key(b, "d") == "uploads/b1/d.json"
    assert layout.upload_closed_key(b) == "uploads/b1/_CLOSED"
    assert layout.upload_content_key(SHA) == f"upload-content/{SHA}.json"
    assert layout.upload_repeats_prefix(b) == "upload-repeats/b1/"
    assert layout.upload_repeat_key(b, SHA) == f"upload-repeats/b1/{SHA}.json"
    assert layout.ocr_prefix(b) == "ocr/b1/"
    assert layout.ocr_documents_prefix(b) == "ocr/b1/documents/"
    assert layout.ocr_pages_prefix(b) == "ocr/b1/pages/"
    assert layout.ocr_success_key(b) == "ocr/b1/_SUCCESS"
    assert layout.dataset_name(b) == "vessels_ocr_b1"
    assert layout.argilla_in_prefix(b) == "argilla/in/vessels_ocr_b1/"
    assert layout.argilla_pages_key(b) == "argilla/in/vessels_ocr_b1/pages/pages.parquet"
    assert layout.suggestions_key(b) == "argilla/in/vessels_ocr_b1/suggestions/suggestions.parquet"
    assert (
        layout.preannotation_failures_key(b)
        == "argilla/in/vessels_ocr_b1/failures/preannotation_failures.parquet"
    )
    assert layout.records_key(b) == "argilla/in/vessels_ocr_b1/argilla_records.parquet"
    assert layout.argilla_out_prefix(b) == "argilla/out/vessels_ocr_b1/"
    assert layout.export_run_prefix(b, 3) == "argilla/out/vessels_ocr_b1/export_run_id=3/"
    assert (
        layout.export_run_key(b, 3, "spans")
        == "argilla/out/vessels_ocr_b1/export_run_id=3/spans.parquet"
    )
    assert layout.coverage_report_key(b, "pages") == "reports/coverage/b1/pages.parquet"
    assert layout.truth_key(b, "d") == "truth/b1/d.json"
    assert layout.model_prefix("v1.2") == "models/extractor/v1.2/"
    assert layout.HISTORICAL == "historical/"
    assert layout.PIPELINE_ROOTS == (
        "uploads/",
        "upload-content/",
        "upload-repeats/",
        "ocr/",
        "argilla/",
        "reports/",
        "truth/",
        "models/",
    )


def test_placeholders_draw_keys_for_people() -> None:
    assert layout.upload_prefix(layout.BATCH_ID) == "uploads/<batch_id>/"
    assert (
        layout.records_key(layout.ANY_BATCH) == "argilla/in/vessels_ocr_*/argilla_records.parquet"
    )
    assert layout.dataset_name(layout.VALID_BATCH_ID) == "vessels_ocr_<valid batch_id>"
    with pytest.raises(InvalidBatchId):  # the same text as a plain string is no placeholder
        layout.upload_prefix("<batch_id>")


@pytest.mark.parametrize(
    "build",
    [
        layout.dataset_name,
        layout.upload_prefix,
        lambda b: layout.upload_pdf_key(b, DOC_ID),
        lambda b: layout.upload_receipt_key(b, DOC_ID),
        layout.upload_closed_key,
        lambda b: layout.upload_repeat_key(b, SHA),
        layout.ocr_prefix,
        layout.ocr_success_key,
        layout.argilla_in_prefix,
        layout.records_key,
        layout.argilla_out_prefix,
        lambda b: layout.export_run_prefix(b, 1),
        lambda b: layout.coverage_report_key(b, "pages"),
        lambda b: layout.truth_key(b, DOC_ID),
    ],
)
@pytest.mark.parametrize("batch_id", ["", "B1", "../b", "b/1", "b 1", "a" * 64])
def test_builders_refuse_invalid_batch_ids(build: Callable[[str], str], batch_id: str) -> None:
    with pytest.raises(InvalidBatchId):
        build(batch_id)


@pytest.mark.parametrize("sha", ["", "AB" * 32, "ab" * 31, "../" + "a" * 61, "g" * 64])
def test_content_keys_take_only_a_lower_case_hex_sha256(sha: str) -> None:
    with pytest.raises(ValueError, match="SHA-256"):
        layout.upload_content_key(sha)
    with pytest.raises(ValueError, match="SHA-256"):
        layout.upload_repeat_key("b1", sha)


@pytest.mark.parametrize("version", ["", ".hidden", "v1/2", "../v1", "a" * 64])
def test_model_prefix_refuses_invalid_versions(version: str) -> None:
    with pytest.raises(ValueError, match="invalid model version"):
        layout.model_prefix(version)


# --- build, then parse: the inputs come back -----------------------------------------------


@pytest.mark.parametrize("batch_id", BATCH_IDS)
def test_round_trips(batch_id: str) -> None:
    b = batch_id
    assert layout.batch_of_dataset(layout.dataset_name(b)) == b
    assert layout.parse_upload_key(layout.upload_pdf_key(b, DOC_ID)) == (b, DOC_ID, "pdf")
    assert layout.parse_upload_key(layout.upload_receipt_key(b, DOC_ID)) == (b, DOC_ID, "receipt")
    assert layout.parse_upload_closed_key(layout.upload_closed_key(b)) == b
    assert layout.parse_upload_repeat_key(layout.upload_repeat_key(b, SHA)) == (b, SHA)
    assert layout.parse_upload_content_key(layout.upload_content_key(SHA)) == SHA
    assert layout.parse_ocr_key(layout.ocr_success_key(b)) == (b, "success")
    assert layout.parse_ocr_key(layout.ocr_documents_prefix(b) + "part-0.parquet") == (
        b,
        "documents",
    )
    assert layout.parse_ocr_key(layout.ocr_pages_prefix(b) + "2026/p.parquet") == (b, "pages")
    assert layout.parse_argilla_in_key(layout.argilla_pages_key(b)) == (b, "pages")
    assert layout.parse_argilla_in_key(layout.suggestions_key(b)) == (b, "suggestions")
    assert layout.parse_argilla_in_key(layout.preannotation_failures_key(b)) == (b, "failures")
    assert layout.parse_argilla_in_key(layout.records_key(b)) == (b, "records")
    assert layout.parse_records_key(layout.records_key(b)) == b
    for name in ("pages", "spans"):
        key = layout.export_run_key(b, 12, name)
        assert key.startswith(layout.export_run_prefix(b, 12))
        assert layout.parse_export_run_key(key) == (b, 12, name)
    dropped = layout.argilla_out_prefix(b) + "sme/records.json"
    assert layout.is_dropped_export(dropped)
    assert layout.batch_of_export_file(dropped) == b
    assert layout.export_dataset_folder(f"/tmp/x/{dropped}") == layout.dataset_name(b)
    assert layout.parse_coverage_report_key(layout.coverage_report_key(b, "documents")) == (
        b,
        "documents",
    )
    assert layout.parse_truth_key(layout.truth_key(b, DOC_ID)) == (b, DOC_ID)


@pytest.mark.parametrize("version", ["v1", "2026-03-01", "extractor_1.2.0"])
def test_model_keys_round_trip(version: str) -> None:
    prefix = layout.model_prefix(version)
    assert layout.parse_model_key(prefix + "model.safetensors") == (version, "model.safetensors")
    assert layout.parse_model_key(prefix + "card/training.md") == (version, "card/training.md")
    assert layout.parse_model_key(prefix) is None  # the folder itself is no file in it


# --- parsers take only their own kind of key --------------------------------------------------

# One key of each kind, for batch b1 (doc ids and names as the pipeline writes them).
KEYS = {
    "upload_pdf": layout.upload_pdf_key("b1", DOC_ID),
    "upload_receipt": layout.upload_receipt_key("b1", DOC_ID),
    "upload_closed": layout.upload_closed_key("b1"),
    "upload_content": layout.upload_content_key(SHA),
    "upload_repeat": layout.upload_repeat_key("b1", SHA),
    "ocr_documents": layout.ocr_documents_prefix("b1") + "d.parquet",
    "ocr_pages": layout.ocr_pages_prefix("b1") + "p.parquet",
    "ocr_success": layout.ocr_success_key("b1"),
    "argilla_pages": layout.argilla_pages_key("b1"),
    "suggestions": layout.suggestions_key("b1"),
    "failures": layout.preannotation_failures_key("b1"),
    "records": layout.records_key("b1"),
    "export_run": layout.export_run_key("b1", 1, "pages"),
    "dropped_export": layout.argilla_out_prefix("b1") + "records.json",
    "coverage_report": layout.coverage_report_key("b1", "pages"),
    "truth": layout.truth_key("b1", DOC_ID),
    "model": layout.model_prefix("v1") + "model.bin",
    "historical": layout.HISTORICAL + "2019/registry.pdf",
}
# parser -> the kinds of KEYS it reads
PARSERS: dict[str, tuple[Callable[[str], Any], set[str]]] = {
    "parse_upload_key": (layout.parse_upload_key, {"upload_pdf", "upload_receipt"}),
    "parse_upload_closed_key": (layout.parse_upload_closed_key, {"upload_closed"}),
    "parse_upload_content_key": (layout.parse_upload_content_key, {"upload_content"}),
    "parse_upload_repeat_key": (layout.parse_upload_repeat_key, {"upload_repeat"}),
    "parse_ocr_key": (layout.parse_ocr_key, {"ocr_documents", "ocr_pages", "ocr_success"}),
    "parse_argilla_in_key": (
        layout.parse_argilla_in_key,
        {"argilla_pages", "suggestions", "failures", "records"},
    ),
    "parse_records_key": (layout.parse_records_key, {"records"}),
    "parse_export_run_key": (layout.parse_export_run_key, {"export_run"}),
    "batch_of_export_file": (layout.batch_of_export_file, {"dropped_export"}),
    "parse_coverage_report_key": (layout.parse_coverage_report_key, {"coverage_report"}),
    "parse_truth_key": (layout.parse_truth_key, {"truth"}),
    "parse_model_key": (layout.parse_model_key, {"model"}),
}


@pytest.mark.parametrize("parser_name", PARSERS)
def test_parsers_reject_keys_of_other_kinds(parser_name: str) -> None:
    parse, kinds = PARSERS[parser_name]
    read = {kind for kind, key in KEYS.items() if parse(key) is not None}
    assert read == kinds


@pytest.mark.parametrize(
    "key",
    [
        "uploads/b1/x.txt",
        "uploads/b1/.pdf",
        "uploads/b1/sub/x.pdf",
        "uploads/b1",
        "uploads/b1/",
        "ocr/b1/documents.parquet",
        "ocr/b1/other/x.parquet",
        "ocr/b1/pages/x.csv",
        "ocr/b1/_SUCCESS/x",
        "argilla/in/vessels_ocr_b1/argilla_records.parquet.bak",
        "argilla/in/vessels_ocr_b1/sub/argilla_records.parquet",
        "argilla/in/other_b1/argilla_records.parquet",
        "argilla/out/vessels_ocr_b1/export_run_id=x/pages.parquet",
        "argilla/out/vessels_ocr_b1/export_run_id=1/sub/pages.parquet",
        "argilla/out/vessels_ocr_b1/.argilla/settings.json",
        "argilla/out/vessels_ocr_b1/notes.csv",
        "argilla/out/records.json",
        "reports/coverage/b1/pages.csv",
        "reports/b1/pages.parquet",
        "truth/b1/x.pdf",
        "models/extractor/.hidden/model.bin",
        "models/other/v1/model.bin",
        "prefix/uploads/b1/x.pdf",
    ],
)
def test_parsers_reject_near_misses(key: str) -> None:
    assert {name for name, (parse, _) in PARSERS.items() if parse(key) is not None} == set()


@pytest.mark.parametrize("folder", ["Bad Name", "B1", "-b", "a" * 64, "b;1"])
def test_parsers_reject_invalid_batch_folders(folder: str) -> None:
    unbatched = {"model", "historical", "upload_content"}
    keys = [key.replace("b1", folder, 1) for kind, key in KEYS.items() if kind not in unbatched]
    assert all(folder in key for key in keys)
    for key in keys:
        parsed = {name for name, (parse, _) in PARSERS.items() if parse(key) is not None}
        assert parsed == set(), key
    assert layout.batch_of_dataset(f"vessels_ocr_{folder}") is None


def test_datasets_of_other_names_have_no_batch() -> None:
    for name in ("vessels_ocr_", "vessels_ocr", "other_b1", "vessels_ocr_b1/x", "VESSELS_OCR_b1"):
        assert layout.batch_of_dataset(name) is None


def test_misplaced_records_files_are_told_apart_from_other_keys() -> None:
    # The autoload sensor warns about these, and quietly skips everything else.
    assert layout.is_misplaced_records_key(
        "argilla/in/vessels_ocr_Bad Name/argilla_records.parquet"
    )
    for key in (
        layout.records_key("b1"),
        layout.argilla_pages_key("b1"),
        "argilla/in/vessels_ocr_Bad Name/pages/pages.parquet",
        "argilla/in/other/argilla_records.parquet",
        "argilla/in/vessels_ocr_/argilla_records.parquet",
        "argilla/in/vessels_ocr_b1/sub/argilla_records.parquet",
    ):
        assert not layout.is_misplaced_records_key(key), key


def test_export_dataset_folder_is_read_as_written() -> None:
    # read_export_file names the folder in its error when its batch_id is invalid
    assert layout.export_dataset_folder("argilla/out/vessels_ocr_Bad/x.json") == "vessels_ocr_Bad"
    assert layout.export_dataset_folder("C:/dl/argilla/out/vessels_ocr_b1/x.json") == (
        "vessels_ocr_b1"
    )
    assert layout.export_dataset_folder("my-argilla/out/vessels_ocr_b1/x.json") is None
    assert layout.export_dataset_folder("argilla/out/other/x.json") is None
    assert layout.export_dataset_folder("exports/records.json") is None


# --- nobody else spells the layout ------------------------------------------------------------

PACKAGES = ("oceanid_assets", "oceanid_dev")
LAYOUT_MODULE = "oceanid_assets/storage/layout.py"
STORE_PREFIXES = (
    "uploads/",
    "upload-content/",
    "upload-repeats/",
    "ocr/",
    "argilla/in",
    "argilla/out",
    "vessels_ocr_",
    "reports/coverage",
    "export_run_id=",
    "models/extractor",
    "historical/",
    "truth/",
    "_SUCCESS",
    "_CLOSED",
)


def spelled_prefixes(source: str) -> list[tuple[int, str]]:
    """(line, string) of each string constant in code that contains a store prefix. String
    statements (docstrings) are documentation and may draw the layout; f-string parts count."""
    tree = ast.parse(source)
    documentation = {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
    }
    return sorted(
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in documentation
        and any(prefix in node.value for prefix in STORE_PREFIXES)
    )


def test_the_check_sees_prefixes_in_code_and_not_in_docstrings() -> None:
    source = (
        '"""Module doc: uploads/<batch_id>/ is fine here."""\n'
        "def f(b):\n"
        '    """ocr/<batch_id>/_SUCCESS in a docstring: fine."""\n'
        '    key = "ocr/" + b\n'
        '    return f"argilla/in/vessels_ocr_{b}/x", key\n'
        "class C:\n"
        '    """reports/coverage/ drawn in a class docstring."""\n'
        '    marker = "_CLOSED"\n'
        "print(some_call(default='historical/'))\n"
    )
    assert [line for line, _ in spelled_prefixes(source)] == [4, 5, 8, 9]


def test_no_module_outside_the_layout_spells_a_store_prefix() -> None:
    offenders = []
    for package in PACKAGES:
        for path in sorted((REPO_ROOT / package).rglob("*.py")):
            module = path.relative_to(REPO_ROOT).as_posix()
            if module == LAYOUT_MODULE:
                continue
            for line, text in spelled_prefixes(path.read_text(encoding="utf-8")):
                offenders.append(f"{module}:{line}: {text!r}")
    assert not offenders, "store prefixes spelled outside storage/layout.py (use it):\n" + (
        "\n".join(offenders)
    )
