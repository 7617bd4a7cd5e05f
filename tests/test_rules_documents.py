"""A document's pages read in order: a table printed with its header once goes on over the
next pages without it, and keeps its columns' meaning there (tuned pages, real vessels)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import pyarrow as pa
import pytest

from oceanid_assets.preannotate.rules import extract_document, extract_rules
from oceanid_assets.preannotate.run import preannotate
from oceanid_assets.preannotate.spans import Span
from oceanid_dev.demo.vessels import Vessel, load_vessels

_HEADER = ("Vessel name", "Flag", "IMO No.", "Call sign", "Owner", "Valid from", "Valid to")


@pytest.fixture(scope="module")
def fleet() -> list[Vessel]:
    rows = [v for v in load_vessels() if v.imo and v.ircs and v.owner and "," not in v.owner]
    assert len(rows) >= 24
    return rows[:24]


def _cells(v: Vessel) -> tuple[str, ...]:
    return (
        v.name,
        v.flag or "",
        v.imo or "",
        v.ircs or "",
        v.owner or "",
        "2025-01-01",
        "2025-12-31",
    )


def _pages(fleet: list[Vessel], form: str) -> list[str]:
    def line(cells: tuple[str, ...]) -> str:
        if form == "comma":
            return ",".join(f'"{c}"' for c in cells)
        if form == "markdown":
            return "| " + " | ".join(cells) + " |"
        # Columns as wide as the longest cell of the document, and a gutter after each.
        return "".join(c.ljust(width) for c in cells).rstrip()

    width = max(len(c) for v in fleet for c in (*_HEADER, *_cells(v))) + 3

    header = [line(_HEADER)] + (["|" + " --- |" * len(_HEADER)] if form == "markdown" else [])
    first = ["AUTHORISED VESSELS", *header, *(line(_cells(v)) for v in fleet[:12])]
    second = [*(line(_cells(v)) for v in fleet[12:]), "", "Page 2 of 2"]
    return ["\n".join(first) + "\n", "\n".join(second) + "\n"]


def _labels(spans: Sequence[Span]) -> Counter[str]:
    return Counter(s.label for s in spans)


@pytest.mark.parametrize("form", ["comma", "markdown", "aligned"])
def test_a_table_continued_without_its_header_keeps_its_columns(
    fleet: list[Vessel], form: str
) -> None:
    pages = _pages(fleet, form)
    first, second = extract_document(pages)
    for text, spans in zip(pages, (first, second), strict=True):
        assert all(text[s.start : s.end] == s.text for s in spans)
    # Only the header says which date opens the authorisation and who the owner is.
    assert _labels(second)["START_DATE"] == _labels(second)["END_DATE"] == 12
    assert _labels(second)["ASSOC_NAME"] == 12
    assert {(s.label, s.text) for s in second} >= {("IRCS", v.ircs) for v in fleet[12:]}
    # Read alone, the same page has no header to go by.
    alone = _labels(extract_rules(pages[1]))
    assert alone["START_DATE"] < 12
    # Carrying the header changes nothing on the page that has it.
    assert first == extract_rules(pages[0])


def test_the_suggestions_read_each_document_in_page_order(fleet: list[Vessel]) -> None:
    pages = _pages(fleet, "comma")
    # Rows as they may arrive: out of page order, two documents interleaved.
    table = pa.table(
        {
            "doc_id": ["doc-b", "doc-a", "doc-a", "doc-b"],
            "page_num": [2, 2, 1, 1],
            "text": [pages[1], pages[1], pages[0], pages[0]],
        }
    )
    result = preannotate(table, extractor="rules")
    rows = result.suggestions.to_pylist()
    for doc in ("doc-a", "doc-b"):
        second = Counter(r["label"] for r in rows if r["doc_id"] == doc and r["page_num"] == 2)
        assert second["START_DATE"] == 12
