"""Rule-based pre-annotator: exact offsets, no overlaps, identifiers in every context, and
exact-span precision/recall on a generated batch."""

from __future__ import annotations

import pytest

from oceanid_assets.demo.documents import DemoDocument, generate_demo_documents
from oceanid_assets.demo.vessels import load_vessels, synthetic_fleet
from oceanid_assets.ingest.pdf_text import extract_page_texts
from oceanid_assets.labelset import LABELS
from oceanid_assets.preannotate.evaluate import evaluate_on_demo, format_table, score
from oceanid_assets.preannotate.rules import AGENT, extract_rules
from oceanid_assets.preannotate.spans import Span


@pytest.fixture(scope="module")
def documents() -> list[DemoDocument]:
    # load_vessels falls back to a synthetic fleet when the shared lists are absent.
    return generate_demo_documents(load_vessels(), pages=40, seed=7)


def found(text: str) -> dict[tuple[str, str], Span]:
    return {(s.label, s.text): s for s in extract_rules(text)}


def test_offsets_exact_and_no_overlaps(documents: list[DemoDocument]) -> None:
    pages = 0
    for document in documents:
        for text in extract_page_texts(document.pdf_bytes):
            pages += 1
            spans = extract_rules(text)
            previous_end = 0
            for span in spans:
                assert text[span.start : span.end] == span.text
                assert span.label in LABELS
                assert span.agent == AGENT == "rules-v1"
                assert 0.0 <= span.confidence <= 1.0
                assert span.votes == ()
                assert span.start >= previous_end, "overlapping spans"
                previous_end = span.end
    assert pages >= 40


KEY_VALUE = """FISHING LICENCE
Name of vessel: OCEAN BREEZE 7
IMO No.: 9138525
MMSI: 412549292
International radio call sign: BZU6Z
CFR number: ESP000012345
Gross tonnage: 812 GT
Valid from 01/02/2025 to 31/01/2026
"""

TABLE = """Record of authorized vessels
No. Vessel Name Flag IMO Call Sign MMSI GRT Authorized from Authorized to
1 OCEAN BREEZE 7 CHN 9138525 BZU6Z 412549292 812 2025-02-01 2026-01-31
2 SEA STAR NO. 3 JPN 7JQB 431200520 199 2024-03-01 2025-02-28
"""

PROSE = (
    "The Secretariat was informed that the vessel OCEAN BREEZE 7 (IMO 9138525, call sign "
    "BZU6Z, MMSI 412549292), flagged to the People's Republic of China, was removed from the "
    "Record on 3 July 2025."
)


@pytest.mark.parametrize("text", [KEY_VALUE, TABLE, PROSE], ids=["key-value", "table", "prose"])
def test_identifiers_in_each_context(text: str) -> None:
    spans = found(text)
    for key in (("IMO", "9138525"), ("MMSI", "412549292"), ("IRCS", "BZU6Z")):
        assert key in spans, key
        assert spans[key].confidence >= 0.85
    assert ("VESSEL_NAME", "OCEAN BREEZE 7") in spans


def test_context_labels() -> None:
    kv = found(KEY_VALUE)
    assert ("EU_CFR", "ESP000012345") in kv
    assert {("METRIC_TYPE", "Gross tonnage"), ("METRIC_VALUE", "812"), ("METRIC_UNIT", "GT")} <= (
        kv.keys()
    )
    assert {("START_DATE", "01/02/2025"), ("END_DATE", "31/01/2026")} <= kv.keys()
    table = found(TABLE)
    assert {("FLAG", "CHN"), ("FLAG", "JPN"), ("IRCS", "7JQB"), ("MMSI", "431200520")} <= (
        table.keys()
    )
    assert {("START_DATE", "2025-02-01"), ("END_DATE", "2026-01-31")} <= table.keys()
    assert ("VESSEL_NAME", "SEA STAR NO. 3") in table
    prose = found(PROSE)
    assert ("FLAG", "People's Republic of China") in prose
    assert ("END_DATE", "3 July 2025") in prose


def test_unlabelled_dates_stay_unlabelled() -> None:
    spans = found("Issued on 15.03.2026\nDate: 3 January 2025\n")
    assert not [s for s in spans.values() if s.label in ("START_DATE", "END_DATE")]


def test_invalid_imo_check_digit_found_with_lower_confidence() -> None:
    good = found("IMO number: 9138525")[("IMO", "9138525")]
    bad = found("IMO number: 9138526")[("IMO", "9138526")]
    assert bad.confidence < good.confidence
    bad_in_table = found(TABLE.replace("9138525", "9138526"))[("IMO", "9138526")]
    assert bad_in_table.confidence < 0.85


def test_previous_call_sign_is_an_id_change() -> None:
    spans = found("Call sign: BZU6Z\nPrevious call sign: BZU6Y\n")
    assert ("IRCS", "BZU6Z") in spans
    assert ("ID_CHANGE", "BZU6Y") in spans


def test_score_exact_span_matching() -> None:
    gold = [("p1", (0, 7, "IMO")), ("p1", (10, 19, "MMSI"))]
    predicted = [("p1", (0, 7, "IMO")), ("p1", (10, 18, "MMSI")), ("p2", (0, 7, "IMO"))]
    table = score(predicted, gold)
    assert table["IMO"][:3] == (1, 1, 0)
    assert table["MMSI"][:3] == (0, 1, 1)
    assert "| IMO | 1 | 1 | 0 | 0.500 | 1.000 |" in format_table(table)


@pytest.mark.parametrize("fleet", ["default", "synthetic"])
def test_identifier_precision_and_recall_on_demo(fleet: str, documents: list[DemoDocument]) -> None:
    batch = (
        documents
        if fleet == "default"
        else generate_demo_documents(synthetic_fleet(60), pages=40, seed=11)
    )
    table = evaluate_on_demo(batch)
    for label in ("IMO", "MMSI", "IRCS"):
        assert table[label].precision >= 0.95, format_table(table)
        assert table[label].recall >= 0.90, format_table(table)


def test_prose_under_a_table_header_is_bounded_and_the_next_row_still_parses() -> None:
    # This 160-character line made the row regex backtrack for 1.1 s before matches were bounded.
    from oceanid_assets.preannotate.rules import tables

    header = (
        "No. RFMO ID Vessel Name Flag IMO IRCS MMSI GT LOA (m) Gear Authorized from Authorized to\n"
    )
    prose = (
        "Fishing vessels authorized by their flag State to operate in the SPRFMO Convention "
        "Area (FAO Areas 81, 87). Entries are ordered by flag and vessel name; tonnage is "
        "gross tonnage (GT),\n"
    )
    row = (
        "477 AT000TWN19602 YOU HER FA TWN 8907022 BJ5208 416002557 49 22.24 Drifting longlines "
        "2019-12-21 2021-12-19\n"
    )
    text = header + prose * 3 + row
    parsed = tables.parse_header(text, 0, len(header) - 1)
    assert parsed is not None
    start = len(header)
    end = start + len(prose) - 1
    # The line really is pathological (1.1 s unbounded), and the bound is what stops it.
    with pytest.raises(TimeoutError):
        tables.row_regex(parsed.kinds).match(text, start, end, timeout=tables.ROW_MATCH_TIMEOUT_S)
    assert tables._row(text, start, end, parsed) is None
    found = {(s.label, s.text) for s in extract_rules(text)}
    assert {("IMO", "8907022"), ("IRCS", "BJ5208"), ("MMSI", "416002557")} <= found
