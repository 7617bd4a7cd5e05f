"""External OCR drops (DeepSeek-OCR style): read and validate one batch, clean its page text.

A drop sits in the object store as::

    ocr/<batch_id>/documents/*.parquet   one row per document
    ocr/<batch_id>/pages/*.parquet       one row per OCR'd page
    ocr/<batch_id>/_SUCCESS              written last; without it the drop is still being written

The caller lists the store, waits for `_SUCCESS` and passes the files' (key, bytes) here.
`read_ocr_drop` returns the whole drop or raises `InvalidOcrDrop`: nothing from a drop that
fails any check is returned, so a half-valid batch can never reach `md_raw_ocr`.

Input contract (other columns are ignored)

Required: the column is present in every file of its kind and holds no null. Optional: the
column may be absent or hold nulls; where it does, the value stored is the one stated below.

documents files
    doc_id             string, required; a UUID (any version, any case; returned lower-case);
                       once across all documents files
    doc_sha256         string, optional; stored null
    filename           string, optional; stored null
    page_count         integer, optional; filled with the highest page_num the drop holds for
                       the document, so required for a document the drop holds no pages of
    source_key         string, optional: the object key of the original document; not stored
    created_at         optional; accepted, not carried over
pages files
    doc_id             string, required; a UUID listed in the documents files
    page_num           integer, required; 1-based; (doc_id, page_num) once across all pages files
    text               string, required (may be empty); DeepSeek-OCR markdown, grounding allowed
    ocr_model_version  string, optional; filled with "unknown" (UNKNOWN_MODEL_VERSION)
    ocr_runtime_ms     number, optional; stored null
    engine             string, optional; filled with "deepseek-ocr" (DEFAULT_ENGINE)

Every NOT NULL column of md_raw_ocr that a drop feeds (sql/raw_schema.sql, via
sql/load_raw_documents.sql and sql/load_raw_pages.sql) is required or filled here, and the
loader sets the rest (batch_id, source, ocr_run_id, hashes, run ids): the reader fills before
anything reaches SQL, since the append-only tables cannot be corrected afterwards. A required
value missing raises `InvalidOcrDrop` naming the file (object key), the column and, for nulls,
the rows with their doc_id (and page_num).

Strings may be string, large_string or dictionary-encoded; integers any integer type whose
values fit int32 (floats holding whole numbers too); numbers any integer or float type.
Everything is cast to DOCUMENTS_SCHEMA / PAGES_SCHEMA. Row numbers in errors are 0-based
within the file named.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from oceanid_assets.ingest.text import normalize_page_text
from oceanid_assets.storage import layout

DEFAULT_ENGINE = "deepseek-ocr"
# ocr_model_version where a drop gives none; raw_pages keys a pass by (engine, version, text).
UNKNOWN_MODEL_VERSION = "unknown"

DOCUMENTS_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("doc_sha256", pa.string()),
        ("filename", pa.string()),
        ("page_count", pa.int32()),
        ("source_key", pa.string()),
    ]
)
PAGES_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("page_num", pa.int32()),
        ("text", pa.string()),
        ("text_raw", pa.string()),
        ("ocr_engine", pa.string()),
        ("ocr_model_version", pa.string()),
        ("ocr_runtime_ms", pa.float64()),
    ]
)
# A pages file as read, in its own column names, before cleaning.
_PAGES_INPUT = pa.schema(
    [
        ("engine" if f.name == "ocr_engine" else f.name, f.type)
        for f in PAGES_SCHEMA
        if f.name != "text_raw"
    ]
)
_REQUIRED = {"doc_id", "page_num", "text"}
_UUID = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
_SHOWN = 5  # offending values quoted in a message; enough to find the fault, short to read


class InvalidOcrDrop(ValueError):
    """The drop breaks the input contract; the message names the file and the field or rows."""


@dataclass(frozen=True)
class OcrDrop:
    documents: pa.Table  # DOCUMENTS_SCHEMA, sorted by doc_id
    pages: pa.Table  # PAGES_SCHEMA, sorted by (doc_id, page_num)


def read_ocr_drop(
    documents_files: Sequence[tuple[str, bytes]], pages_files: Sequence[tuple[str, bytes]]
) -> OcrDrop:
    """Read, validate and clean a drop from (object key, Parquet bytes) pairs."""
    if not pages_files:
        raise InvalidOcrDrop(
            f"the drop has no pages files ({layout.ocr_pages_prefix(layout.BATCH_ID)}*.parquet)"
        )
    doc_files = [(k, _read(k, data, DOCUMENTS_SCHEMA)) for k, data in documents_files]
    docs = _concat([table for _, table in doc_files], DOCUMENTS_SCHEMA)
    pages = _concat([_read(k, data, _PAGES_INPUT) for k, data in pages_files], _PAGES_INPUT)
    _check_unique(docs, ["doc_id"])
    _check_unique(pages, ["doc_id", "page_num"])
    orphans = pages.filter(pc.invert(pc.is_in(pages["doc_id"], value_set=docs["doc_id"])))
    if orphans.num_rows:
        files = _listing(pc.unique(orphans["_key"]).to_pylist())
        ids = _listing(pc.unique(orphans["doc_id"]).to_pylist())
        raise InvalidOcrDrop(f"{files}: pages refer to doc_id not in any documents file: {ids}")

    highest = pages.group_by("doc_id", use_threads=False).aggregate([("page_num", "max")])
    docs = _concat([_fill_page_count(k, t, highest) for k, t in doc_files], DOCUMENTS_SCHEMA)
    docs = docs.drop_columns(["_key"]).sort_by("doc_id")
    pages = pages.sort_by([("doc_id", "ascending"), ("page_num", "ascending")])
    raw = pages["text"]
    clean = pa.array([clean_ocr_text(text) for text in raw.to_pylist()], pa.string())
    columns = [pages["doc_id"], pages["page_num"], clean, raw]
    columns += [pc.fill_null(pages["engine"], DEFAULT_ENGINE)]
    columns += [pc.fill_null(pages["ocr_model_version"], UNKNOWN_MODEL_VERSION)]
    columns += [pages["ocr_runtime_ms"]]
    return OcrDrop(docs, pa.Table.from_arrays(columns, schema=PAGES_SCHEMA))


def _read(key: str, data: bytes, schema: pa.Schema) -> pa.Table:
    """One file cast to `schema` (plus its key in `_key`), after every per-file check."""
    try:
        table = pq.read_table(pa.BufferReader(data))
    except (pa.ArrowException, OSError) as exc:
        raise InvalidOcrDrop(f"{key}: not a readable Parquet file ({exc})") from exc
    found = table.column_names
    columns = []
    for target in schema:
        if found.count(target.name) > 1:
            raise InvalidOcrDrop(f"{key}: column {target.name!r} appears more than once")
        if target.name in found:
            columns.append(_cast(key, target, table[target.name]))
        elif target.name in _REQUIRED:
            raise InvalidOcrDrop(
                f"{key}: missing required column {target.name!r}; columns found: {found}"
            )
        else:
            columns.append(pa.nulls(table.num_rows, target.type))
    table = pa.Table.from_arrays(columns, schema=schema)

    for name in [name for name in schema.names if name in _REQUIRED]:
        _fail_rows(key, table, pc.is_null(table[name]), f"null {name!r}")
    not_uuid = pc.invert(pc.match_substring_regex(table["doc_id"], _UUID))
    _fail_rows(key, table, not_uuid, "doc_id is not a UUID")
    if "page_num" in schema.names:
        _fail_rows(key, table, pc.less(table["page_num"], 1), "page_num < 1 (it is 1-based)")
    table = table.set_column(0, "doc_id", pc.utf8_lower(table["doc_id"]))
    return table.append_column("_key", pa.repeat(pa.scalar(key), table.num_rows))


def _fill_page_count(key: str, docs: pa.Table, highest: pa.Table) -> pa.Table:
    """A documents file with page_count filled from the pages (`highest`: doc_id, page_num_max)."""
    at = pc.index_in(docs["doc_id"], value_set=highest["doc_id"].combine_chunks())
    filled = pc.coalesce(docs["page_count"], pc.take(highest["page_num_max"], at))
    what = "null 'page_count' for a document the drop holds no pages of"
    _fail_rows(key, docs, pc.is_null(filled), what)
    return docs.set_column(docs.schema.get_field_index("page_count"), "page_count", filled)


def _cast(key: str, target: pa.Field, column: pa.ChunkedArray) -> pa.ChunkedArray:
    # Arrow would happily turn numbers into strings or parse "3" into 3; a text column of
    # numbers is a producer bug, so only casts within a type family are allowed.
    source = column.type
    family = source.value_type if pa.types.is_dictionary(source) else source
    if pa.types.is_string(target.type):
        castable = pa.types.is_string(family) or pa.types.is_large_string(family)
    else:
        castable = pa.types.is_integer(family) or pa.types.is_floating(family)
    message = f"{key}: column {target.name!r} has type {source}, cannot be cast to {target.type}"
    if not (castable or pa.types.is_null(family)):
        raise InvalidOcrDrop(message)
    try:
        return pc.cast(column, target.type)  # safe: overflow and fractions raise
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError, pa.ArrowTypeError) as exc:
        raise InvalidOcrDrop(f"{message} ({exc})") from exc


def _fail_rows(key: str, table: pa.Table, mask: pa.ChunkedArray, what: str) -> None:
    rows = pc.indices_nonzero(mask).to_pylist()
    if rows:
        names = [name for name in ("doc_id", "page_num") if name in table.column_names]
        at = _describe(table.take(rows[:_SHOWN]), names)
        raise InvalidOcrDrop(f"{key}: {what} at rows {_listing(rows)}: {at}")


def _concat(tables: list[pa.Table], schema: pa.Schema) -> pa.Table:
    if tables:
        return pa.concat_tables(tables)
    return schema.append(pa.field("_key", pa.string())).empty_table()


def _check_unique(table: pa.Table, keys: list[str]) -> None:
    counts = table.group_by(keys, use_threads=False).aggregate(
        [("_key", "count"), ("_key", "distinct")]
    )
    dups = counts.filter(pc.greater(counts["_key_count"], 1))
    if dups.num_rows:
        files = _listing(sorted({f for fs in dups["_key_distinct"].to_pylist() for f in fs}))
        shown = _describe(dups.sort_by([(k, "ascending") for k in keys]).slice(0, _SHOWN), keys)
        raise InvalidOcrDrop(f"{files}: {dups.num_rows} duplicate ({', '.join(keys)}): {shown}")


def _describe(table: pa.Table, keys: list[str]) -> str:
    """The rows' keys as "(doc_id, page_num), ..." or "doc_id, ..."."""
    rows = zip(*(table[k].to_pylist() for k in keys), strict=True)
    return ", ".join(
        f"({', '.join(map(str, row))})" if len(keys) > 1 else str(row[0]) for row in rows
    )


def _listing(items: Sequence[Any]) -> str:
    shown = ", ".join(str(item) for item in items[:_SHOWN])
    return shown + (f" (and {len(items) - _SHOWN} more)" if len(items) > _SHOWN else "")


# Grounding tokens never contain "<", so [^<]*? cannot run past the next tag into real text.
_GROUNDED_BLOCK = re.compile(r"<\|ref\|>[^<]*?<\|/ref\|>[ \t]*<\|det\|>[^<]*?<\|/det\|>[ \t]*\n?")
_DET = re.compile(r"<\|det\|>[^<]*?<\|/det\|>")
_STRAY_TOKEN = re.compile(r"<\|/?(?:ref|det|grounding)\|>")
_TABLE_TAG = re.compile(r"<(/?)table\b[^<>]*>", re.IGNORECASE)
_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+", re.MULTILINE)
# Only ;-terminated entities: html.unescape alone would turn plain "A&notB" into "A¬B".
_ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
_BLANK_RUN = re.compile(r"\n(?:[ \t]*\n){2,}")
# HTML5 reads "</ x" or "<?x" as a bogus comment running to the next ">", swallowing OCR'd text;
# such a "<" can only be a literal, so it is escaped before the parser sees it.
_LITERAL_LT = re.compile(r"<(?![A-Za-z!]|/[A-Za-z])")
# Only these are markup inside a table; "<Vessel name>" and the like are OCR'd text.
# fmt: off
_HTML_TAGS = frozenset([
    "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "colgroup", "col", "br",
    "hr", "p", "div", "span", "font", "center", "b", "i", "u", "s", "em", "strong", "small",
    "big", "sub", "sup", "a", "img", "code", "pre", "ul", "ol", "li",
])
# fmt: on


def clean_ocr_text(raw: str) -> str:
    """DeepSeek-OCR markdown with grounding -> plain page text (tables as tab-separated lines)."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    text = _GROUNDED_BLOCK.sub("", text)
    text = _DET.sub("", text)
    text = _STRAY_TOKEN.sub("", text)
    text = _render_tables(text)
    text = _BLANK_RUN.sub("\n\n", text)
    return normalize_page_text(text)


def _render_tables(text: str) -> str:
    # Regexes only find where each outermost table starts and ends; the parser reads inside.
    segments: list[tuple[bool, str]] = []  # (is_table, text)
    depth = start = 0
    for match in _TABLE_TAG.finditer(text):
        opening = not match.group(1)
        if depth == 0:  # a </table> closing nothing is markup without text: dropped
            segments.append((False, _clean_prose(text[start : match.start()])))
            start = match.start() if opening else match.end()
        elif depth == 1 and not opening:
            segments.append((True, _TableRenderer().render(text[start : match.end()])))
            start = match.end()
        depth = depth + 1 if opening else max(depth - 1, 0)
    tail = text[start:]
    segments.append((True, _TableRenderer().render(tail)) if depth else (False, _clean_prose(tail)))

    out, after_table = "", False
    for is_table, piece in segments:
        # A table's rows must be lines of their own, whatever text touched the tags.
        touching = out and piece and not out.endswith("\n") and not piece.startswith("\n")
        if touching and (is_table or after_table):
            out += "\n"
        out += piece
        after_table = is_table if piece else after_table
    return out


def _clean_prose(text: str) -> str:
    text = _HEADING.sub("", text)
    return _ENTITY.sub(lambda m: html.unescape(m.group()), text)


def _collapse(text: str) -> str:
    return " ".join(text.split())


@dataclass
class _Table:
    lines: list[str] = field(default_factory=list)
    row: list[str] | None = None
    cell: list[str] | None = None


class _TableRenderer(HTMLParser):
    """One line per <tr>, cells tab-joined; unclosed tags are closed at the end, not dropped.

    A nested table is rendered into the enclosing cell, whose whitespace then collapses: the
    outer table keeps one line per row and its columns stay aligned.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._lines: list[str] = []
        self._stack: list[_Table] = []

    def render(self, markup: str) -> str:
        self.feed(_LITERAL_LT.sub("&lt;", markup))
        self.close()
        while self._stack:
            self._end_table()
        return "\n".join(self._lines)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _HTML_TAGS:
            self.handle_data(self.get_starttag_text() or "")
        elif tag == "table":
            self._stack.append(_Table())
        elif not self._stack:
            return
        elif tag == "tr":
            self._end_row()
            self._stack[-1].row = []
        elif tag in ("td", "th"):
            self._end_cell()
            table = self._stack[-1]
            table.row = [] if table.row is None else table.row
            table.cell = []
        elif tag == "br":  # keeps the words either side of a line break apart
            self.handle_data(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag not in _HTML_TAGS:
            self.handle_data(f"</{tag}>")
        elif not self._stack:
            return
        elif tag in ("td", "th"):
            self._end_cell()
        elif tag == "tr":
            self._end_row()
        elif tag == "table":
            self._end_table()

    def handle_data(self, data: str) -> None:
        if not self._stack:  # only if the parser and _TABLE_TAG disagree on nesting
            if data.strip():
                self._lines.append(_collapse(data))
            return
        table = self._stack[-1]
        if table.cell is not None:
            table.cell.append(data)
        elif data.strip():  # text outside any cell is still page text
            (table.lines if table.row is None else table.row).append(_collapse(data))

    def _end_cell(self) -> None:
        table = self._stack[-1]
        if table.cell is not None:
            table.row = [] if table.row is None else table.row
            table.row.append(_collapse("".join(table.cell)))
            table.cell = None

    def _end_row(self) -> None:
        self._end_cell()
        table = self._stack[-1]
        if table.row:
            table.lines.append("\t".join(table.row))
        table.row = None

    def _end_table(self) -> None:
        self._end_row()
        done = self._stack.pop()
        if not self._stack:
            self._lines.extend(done.lines)
            return
        parent = self._stack[-1]
        if parent.cell is not None:
            parent.cell.append(" " + "\n".join(done.lines) + " ")
        else:
            parent.lines.extend(done.lines)


def build_ocr_drop_files(
    documents: pa.Table | list[dict[str, Any]], pages: list[dict[str, Any]]
) -> tuple[bytes, bytes]:
    """(documents, pages) Parquet bytes for tests and demos; unvalidated, so bad drops work too."""
    docs = documents if isinstance(documents, pa.Table) else _table_from_rows(documents)
    return _parquet_bytes(docs), _parquet_bytes(_table_from_rows(pages))


def _table_from_rows(rows: list[dict[str, Any]]) -> pa.Table:
    # from_pylist takes its columns from the first row only; a key present later must not vanish.
    names = list(dict.fromkeys(name for row in rows for name in row))
    return pa.table({name: [row.get(name) for row in rows] for name in names})


def _parquet_bytes(table: pa.Table) -> bytes:
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink)
    return bytes(sink.getvalue().to_pybytes())
