"""Gold spans, suggestions and labelled pages read from Parquet and checked for `oceanid evaluate`.

Gold and suggestions need doc_id, page_num, label, start, end (the suggestions schema of
sql/PREANNOTATION_SCHEMA.md has them; other columns are not read). The optional pages file
(doc_id, page_num[, text]) lists the labelled pages, so one with no gold span still counts.
Every error is an EvaluationInputError naming the file, and the column or the first bad row.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from oceanid_assets.labelset import LABELS, LABELSET_VERSION
from oceanid_assets.preannotate.evaluate import (
    Evaluation,
    evaluate,
    format_evaluation,
    format_notes,
)

SPAN_COLUMNS = ("doc_id", "page_num", "label", "start", "end")
PAGE_COLUMNS = ("doc_id", "page_num")
_INTEGERS = {"page_num", "start", "end"}

PageKey = tuple[str, int]  # (doc_id, page_num)
SpanRow = tuple[PageKey, tuple[int, int, str]]  # page, (start, end, label)


class EvaluationInputError(ValueError):
    """A file cannot be evaluated; the message names it."""


@dataclass(frozen=True)
class SpanFile:
    path: Path
    spans: list[SpanRow]  # in row order, so an index here is the file's row index

    @property
    def pages(self) -> set[PageKey]:
        return {page for page, _ in self.spans}


@dataclass(frozen=True)
class PageFile:
    path: Path
    texts: dict[PageKey, str | None]  # None for every page when the file has no text column


@dataclass(frozen=True)
class FileEvaluation:
    result: Evaluation
    gold: SpanFile
    suggestions: SpanFile
    pages: PageFile | None


def read_spans(path: Path) -> SpanFile:
    """Gold or suggested spans; each row checked (page from 1, label of the labelset,
    0 <= start < end)."""
    table = _read(path, SPAN_COLUMNS)
    spans: list[SpanRow] = []
    rows = zip(*(table[name].to_pylist() for name in SPAN_COLUMNS), strict=True)
    for index, (doc_id, page_num, label, start, end) in enumerate(rows):
        problem = _page_problem(doc_id, page_num) or _span_problem(label, start, end)
        if problem:
            raise EvaluationInputError(f"{path}: row index {index}: {problem}")
        spans.append(((doc_id, page_num), (start, end, label)))
    return SpanFile(path, spans)


def read_pages(path: Path) -> PageFile:
    table = _read(path, PAGE_COLUMNS, optional=("text",))
    has_text = "text" in table.column_names
    texts: dict[PageKey, str | None] = {}
    first: dict[PageKey, int] = {}
    column = table["text"].to_pylist() if has_text else [None] * table.num_rows
    rows = zip(table["doc_id"].to_pylist(), table["page_num"].to_pylist(), column, strict=True)
    for index, (doc_id, page_num, text) in enumerate(rows):
        problem = _page_problem(doc_id, page_num)
        if not problem and has_text and text is None:
            problem = "text is null"
        if not problem and (doc_id, page_num) in first:
            problem = (
                f"page (doc_id {doc_id!r}, page_num {page_num}) is listed again (first at row "
                f"index {first[(doc_id, page_num)]})"
            )
        if problem:
            raise EvaluationInputError(f"{path}: row index {index}: {problem}")
        first[(doc_id, page_num)] = index
        texts[(doc_id, page_num)] = text
    if not texts:
        raise EvaluationInputError(f"{path}: no pages listed, so nothing to score")
    return PageFile(path, texts)


def evaluate_files(gold: Path, suggestions: Path, pages: Path | None = None) -> FileEvaluation:
    """Scores SUGGESTIONS against GOLD on the labelled pages: those of PAGES when given, else
    every page with a gold span."""
    gold_file, suggested = read_spans(gold), read_spans(suggestions)
    page_file = read_pages(pages) if pages is not None else None
    if page_file is None:
        if not gold_file.spans:
            raise EvaluationInputError(
                f"{gold}: no gold spans, so no page to score (list the labelled pages, spans or "
                "none, with --pages)"
            )
        scored: set[PageKey] = gold_file.pages
    else:
        scored = set(page_file.texts)
        for index, (page, _) in enumerate(gold_file.spans):
            if page not in page_file.texts:
                raise EvaluationInputError(
                    f"{gold}: row index {index}: page {_page(page)} has a gold span but is not "
                    f"listed in {page_file.path}"
                )
        _check_within_text(gold_file, page_file)
        _check_within_text(suggested, page_file)
    result = evaluate(suggested.spans, gold_file.spans, scored)
    return FileEvaluation(result, gold_file, suggested, page_file)


def format_report(report: FileEvaluation, style: str = "markdown") -> str:
    """The scores, then what was read: the evaluation's table and notes with file counts."""
    gold, suggested = report.gold, report.suggestions
    duplicates = len(gold.spans) - len(set(gold.spans))
    notes = [
        f"gold: {len(gold.spans)} spans on {len(gold.pages)} pages ({gold.path})"
        + (f", {duplicates} duplicate row(s) counted once" if duplicates else ""),
        f"suggestions: {len(suggested.spans)} spans on {len(suggested.pages)} pages "
        f"({suggested.path})",
    ]
    if report.pages is not None:
        empty = len(set(report.pages.texts) - gold.pages)
        notes.append(
            f"pages: {len(report.pages.texts)} labelled pages listed, {empty} without a gold "
            f"span ({report.pages.path})"
        )
    return format_evaluation(report.result, style) + "\n" + format_notes(notes, style)


def _read(path: Path, required: tuple[str, ...], optional: tuple[str, ...] = ()) -> pa.Table:
    try:
        schema = pq.read_schema(path)
    except (OSError, pa.ArrowException) as exc:
        raise EvaluationInputError(f"{path}: cannot read as Parquet: {_one_line(exc)}") from None
    missing = [name for name in required if name not in schema.names]
    if missing:
        raise EvaluationInputError(
            f"{path}: missing column(s) {', '.join(missing)}; found {', '.join(schema.names)}"
        )
    columns = [*required, *(name for name in optional if name in schema.names)]
    for name in columns:
        _check_type(path, schema.field(name))
    try:
        return pq.read_table(path, columns=columns)
    except (OSError, pa.ArrowException) as exc:
        raise EvaluationInputError(f"{path}: cannot read as Parquet: {_one_line(exc)}") from None


def _check_type(path: Path, column: pa.Field) -> None:
    kind = column.type.value_type if pa.types.is_dictionary(column.type) else column.type
    if pa.types.is_null(kind):  # every value null: the row check names the first row
        return
    # Refused rather than cast: float offsets or integer doc ids usually mean a writer bug (NaN
    # turned a column into floats), and ids of another type would silently match nothing.
    if column.name in _INTEGERS:
        if not pa.types.is_integer(kind):
            raise EvaluationInputError(
                f"{path}: column {column.name!r} has type {column.type}; expected integers"
            )
    elif not (pa.types.is_string(kind) or pa.types.is_large_string(kind)):
        raise EvaluationInputError(
            f"{path}: column {column.name!r} has type {column.type}; expected strings"
        )


def _page_problem(doc_id: str | None, page_num: int | None) -> str | None:
    if doc_id is None:
        return "doc_id is null"
    if not doc_id:
        return "doc_id = '' is empty"
    if page_num is None:
        return "page_num is null"
    if page_num < 1:
        return f"page_num = {page_num} is not >= 1 (pages are numbered from 1)"
    return None


def _span_problem(label: str | None, start: int | None, end: int | None) -> str | None:
    if label is None:
        return "label is null"
    if label not in LABELS:
        return f"label = {label!r} is not a label of labelset {LABELSET_VERSION}"
    if start is None:
        return "start is null"
    if start < 0:
        return f"start = {start} is negative"
    if end is None:
        return "end is null"
    if end <= start:
        return f"end = {end} is not after start = {start}"
    return None


def _check_within_text(spans: SpanFile, pages: PageFile) -> None:
    for index, (page, (_, end, _)) in enumerate(spans.spans):
        text = pages.texts.get(page)  # None: no text column, or a page that is not scored
        if text is not None and end > len(text):
            raise EvaluationInputError(
                f"{spans.path}: row index {index}: end = {end} is past the end of page "
                f"{_page(page)} ({len(text)} characters in {pages.path})"
            )


def _page(page: PageKey) -> str:
    return f"(doc_id {page[0]!r}, page_num {page[1]})"


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())
