"""Rule-based pre-annotator: exact offsets, no overlaps, identifiers in every context, and
exact-span precision/recall on a generated batch."""

from __future__ import annotations

import random
import re
import time

import pytest

from oceanid_assets.ingest.pdf_text import extract_page_texts
from oceanid_assets.labelset import LABELS
from oceanid_assets.preannotate.evaluate import format_evaluation
from oceanid_assets.preannotate.rules import AGENT, dates, extract_rules, tables
from oceanid_assets.preannotate.rules.base import lines_with
from oceanid_assets.preannotate.rules.vocab import COUNTRY_NAME_PATTERN, ISO2, ISO3, trie_regex
from oceanid_assets.preannotate.spans import Span
from oceanid_dev.demo.documents import DemoDocument, generate_demo_documents
from oceanid_dev.demo.vessels import load_vessels, synthetic_fleet
from tests.quality_report import demo_labelled, score_pages


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
                assert span.agent == AGENT == "rules-v2"
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


@pytest.mark.parametrize("fleet", ["default", "synthetic"])
def test_identifier_precision_and_recall_on_demo(fleet: str, documents: list[DemoDocument]) -> None:
    batch = (
        documents
        if fleet == "default"
        else generate_demo_documents(synthetic_fleet(60), pages=40, seed=11)
    )
    result = score_pages(demo_labelled(batch))
    for label in ("IMO", "MMSI", "IRCS"):
        assert result.labels[label].exact_precision >= 0.95, format_evaluation(result)
        assert result.labels[label].exact_recall >= 0.90, format_evaluation(result)


@pytest.mark.parametrize(
    "text",
    [
        "from 12 May 2025 to 3rd July 2025; Sept. 3, 2024 and 01.02.2025, 1/2/2025",
        # A month-first date and an ISO date that overlap: only the first is a date.
        "May 12, 2025-01-01 and x2025-01-01-2024",
        "22.06.2025 2025-06-22 June 22, 2025",
    ],
)
def test_two_date_scans_find_what_one_date_regex_finds(text: str) -> None:
    found = [m.span() for m in dates.date_matches(text)]
    assert found == [m.span() for m in dates.DATE_RE.finditer(text)]
    assert len(found) >= 2


@pytest.mark.parametrize(
    ("before", "label"),
    [
        ("with effect from ", "START_DATE"),
        ("for the period ", "START_DATE"),
        ("commencing ", "START_DATE"),
        ("registered fromon ", "START_DATE"),  # cue words written without a space
        ("\u017fince ", "START_DATE"),  # re.IGNORECASE reads the long s as "s"
        ("valid until: ", "END_DATE"),
        ("Expires - ", "END_DATE"),
        ("removed from the Record on\n", "END_DATE"),
        ("as at ", None),
        ("issued on ", None),
        ("Squid jigging ", None),
        ("59.27 ", None),
    ],
)
def test_context_labels_dates_from_the_words_before_them(before: str, label: str | None) -> None:
    assert dates.context_label(before) == label


def test_lines_with_gives_each_line_holding_the_hint_once() -> None:
    text = "a GT b GT\nnone\nkW\n"
    assert list(lines_with(text, re.compile(r"GT|kW"))) == [(0, 9), (15, 17)]


RECORD_HEADER = (
    "No. RFMO ID Vessel Name Flag IMO IRCS MMSI GT LOA (m) Gear Authorized from Authorized to"
)


def read_row(line: str, header: str = RECORD_HEADER) -> list[tuple[str, str]] | None:
    """(label, text) of the spans of `line` read as a row under `header`; None if not a row."""
    text = f"{header}\n{line}"
    parsed = tables.parse_header(text, 0, len(header))
    assert parsed is not None, header
    spans = tables.row_spans(text, len(header) + 1, len(text), parsed)
    if spans is None:
        return None
    assert all(text[s.start : s.end] == s.text for s in spans)
    return [(s.label, s.text) for s in spans]


def test_prose_under_a_table_header_is_not_a_row_and_is_read_quickly() -> None:
    # This 160-character line made a backtracking row regex run for 1.1 s.
    prose = (
        "Fishing vessels authorized by their flag State to operate in the SPRFMO Convention "
        "Area (FAO Areas 81, 87). Entries are ordered by flag and vessel name; tonnage is "
        "gross tonnage (GT),"
    )
    started = time.perf_counter()
    assert read_row(prose) is None
    assert time.perf_counter() - started < 0.05
    row = (
        "477 AT000TWN19602 YOU HER FA TWN 8907022 BJ5208 416002557 49 22.24 Drifting longlines "
        "2019-12-21 2021-12-19"
    )
    text = "\n".join([RECORD_HEADER, prose, prose, prose, row])
    found = {(s.label, s.text) for s in extract_rules(text)}
    assert {("IMO", "8907022"), ("IRCS", "BJ5208"), ("MMSI", "416002557")} <= found
    assert ("VESSEL_NAME", "YOU HER FA") in found


def test_row_with_empty_cells_puts_each_value_in_its_own_column() -> None:
    # No IMO number, tonnage, length or gear: pypdfium2 leaves no trace of the empty cells.
    assert read_row("2 SP078942 FU YUAN YU 603 CHN BZU2F 412440245 2018-03-16 2020-03-14") == [
        ("RFMO_ID", "SP078942"),
        ("VESSEL_NAME", "FU YUAN YU 603"),
        ("FLAG", "CHN"),
        ("IRCS", "BZU2F"),
        ("MMSI", "412440245"),
        ("START_DATE", "2018-03-16"),
        ("END_DATE", "2020-03-14"),
    ]


def test_row_with_multi_word_cells() -> None:
    row = (
        "5 SP1234 JIN CHUN NO. 7 Chinese Taipei 8535491 BJ4471 416001567 1,128 45.1 "
        "Carrier (transhipment) 3 July 2025 2 July 2026"
    )
    assert read_row(row) == [
        ("RFMO_ID", "SP1234"),
        ("VESSEL_NAME", "JIN CHUN NO. 7"),
        ("FLAG", "Chinese Taipei"),
        ("IMO", "8535491"),
        ("IRCS", "BJ4471"),
        ("MMSI", "416001567"),
        ("METRIC_VALUE", "1,128"),
        ("METRIC_VALUE", "45.1"),
        ("START_DATE", "3 July 2025"),
        ("END_DATE", "2 July 2026"),
    ]


def test_when_several_readings_fit_the_preferred_one_is_taken() -> None:
    # "SEA STAR ABC" could be the whole name; the shortest name that leaves a reading wins.
    assert read_row("SEA STAR ABC 412549292 CHN", "Vessel Name IRCS MMSI Flag") == [
        ("VESSEL_NAME", "SEA STAR"),
        ("IRCS", "ABC"),
        ("MMSI", "412549292"),
        ("FLAG", "CHN"),
    ]
    # "Hong Kong" is a country name too, and the rest would read as gear; the longest name wins.
    hong_kong = "Hong Kong Special Administrative Region of China"
    assert read_row(
        f"SEA STAR {hong_kong} 9138525 412549292", "Vessel Name Flag Gear IMO MMSI"
    ) == [
        ("VESSEL_NAME", "SEA STAR"),
        ("FLAG", hong_kong),
        ("IMO", "9138525"),
        ("MMSI", "412549292"),
    ]


def test_lists_of_area_and_species_codes() -> None:
    header = "Vessel Name Flag IMO MMSI FAO Areas Species"
    assert read_row("SEA STAR CHN 9138525 412549292 51, 57 ALB,SWO", header) == [
        ("VESSEL_NAME", "SEA STAR"),
        ("FLAG", "CHN"),
        ("IMO", "9138525"),
        ("MMSI", "412549292"),
        ("FAO_AREA_CODE", "51"),
        ("FAO_AREA_CODE", "57"),
        ("SPECIES_NAME", "ALB"),
        ("SPECIES_NAME", "SWO"),
    ]


def test_tabs_and_space_runs_between_cells_keep_offsets_exact() -> None:
    single = "1 SP1 SEA STAR CHN 9138525 BZU6Z 412549292 812 2025-02-01 2026-01-31"
    spread = " 1 SP1\tSEA  STAR CHN 9138525 \t BZU6Z 412549292 812 2025-02-01 2026-01-31 "
    assert read_row(single) is not None
    expected = [(label, " ".join(t.split())) for label, t in read_row(single) or []]
    assert [(label, " ".join(t.split())) for label, t in read_row(spread) or []] == expected
    assert ("VESSEL_NAME", "SEA  STAR") in (read_row(spread) or [])


def test_a_token_holding_other_whitespace_fits_no_cell() -> None:
    assert read_row("1 SP1 SEA STAR CHN 9138525 BZU6Z 412549292") is not None
    assert read_row("1 SP1 SEA\u00a0STAR CHN 9138525 BZU6Z 412549292") is None


# Cell patterns of the backtracking row regex the token reader replaced: the reference for
# which reading is preferred. It is exponential on long lines, so only short rows are compared.
_REFERENCE_CELL = {
    "seq": r"\d{1,5}",
    "id": r"(?=[A-Z0-9/-]*\d)[A-Z0-9][A-Z0-9/-]*",
    "natreg": r"(?=[A-Z0-9/-]*\d)[A-Z0-9][A-Z0-9/-]*",
    "licence": r"(?=[A-Z0-9/-]*\d)[A-Z0-9][A-Z0-9/-]*",
    "name": r"[^\s]+(?:[ \t]+[^\s]+)*?",
    "flag": "(?:" + trie_regex(ISO3 | ISO2) + "|" + COUNTRY_NAME_PATTERN + ")",
    "imo": r"\d{7}",
    "ircs": r"(?=[A-Z0-9]*[A-Z])[A-Z0-9]{3,8}",
    "mmsi": r"\d{9}",
    "metric": r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?",
    "start": (
        r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{4}|"
        r"\d{1,2} [A-Z][a-z]{2,8}\.? \d{4}"
    ),
    "text": r"[^\s]*[a-z(][^\s]*(?:[ \t]+[^\s]*[a-z()][^\s]*)*?",
    "port": r"[^\s]+(?:[ \t]+[^\s]+)*?",
    "year": r"(?:18|19|20)\d\d",
    "area": r"\d{2}(?:\.\d{1,2}(?:\.[a-z])?)?(?:, ?\d{2}(?:\.\d{1,2}(?:\.[a-z])?)?)*",
    "species": r"[A-Z]{3}(?:, ?[A-Z]{3})*",
}
_REFERENCE_CELL["end"] = _REFERENCE_CELL["start"]
_REFERENCE_CELL["owner"] = _REFERENCE_CELL["port"]


def regex_reading(kinds: tuple[str, ...], line: str) -> list[tuple[str, int, int]] | None:
    parts = [r"[ \t]*"]
    for i, kind in enumerate(kinds):
        separator = r"[ \t]*" if i == 0 else r"(?:(?<![^\n])|[ \t]+)"
        optional = "" if kind == "name" else "?"
        parts.append(rf"(?:{separator}({_REFERENCE_CELL[kind]})(?=[ \t]|$)){optional}")
    m = re.match("".join(parts) + r"[ \t]*$", line)
    if m is None:
        return None
    cells = [(kind, *m.span(i)) for i, kind in enumerate(kinds, 1) if m.start(i) >= 0]
    return cells if sum(kind in tables._STRONG for kind, _, _ in cells) >= 2 else None


_REFERENCE_HEADER_WORDS = {
    "seq": "No.",
    "id": "ID",
    "natreg": "Registration No.",
    "licence": "Licence No.",
    "name": "Vessel Name",
    "flag": "Flag",
    "imo": "IMO",
    "ircs": "IRCS",
    "mmsi": "MMSI",
    "metric": "GT",
    "start": "Valid from",
    "end": "Valid to",
    "text": "Gear",
    "port": "Home Port",
    "owner": "Owner",
    "year": "Year Built",
    "area": "FAO Areas",
    "species": "Species",
}
_HONG_KONG_SAR = "Hong Kong Special Administrative Region of China"
_CELL_WORDS = {
    "seq": ["1", "12", "477"],
    "id": ["SP1", "52080", "AT000CHN09240", "IOTC-12/3"],
    "name": ["SEA", "STAR", "NO. 3", "YUAN", "FA", "Hong", "CHN"],
    "flag": ["CHN", "TW", "Chinese Taipei", "Hong Kong", _HONG_KONG_SAR, "Panama"],
    "imo": ["9138525", "8548591"],
    "ircs": ["BZU6Z", "7JQB", "ABC"],
    "mmsi": ["412549292", "416001567"],
    "metric": ["812", "1,128", "59.27", "77"],
    "start": ["2025-02-01", "01.02.2025", "3 July 2025", "12 Sept. 2024"],
    "text": ["Squid jigging", "Carrier (transhipment)", "longline", "(x)"],
    "port": ["Fuzhou", "Port Louis,"],
    "year": ["1999", "2005"],
    "area": ["51", "51, 57", "51,57", "87.1"],
    "species": ["ALB", "ALB, SWO"],
}
_CELL_WORDS["end"] = _CELL_WORDS["start"]
_CELL_WORDS["natreg"] = _CELL_WORDS["licence"] = _CELL_WORDS["id"]
_CELL_WORDS["owner"] = _CELL_WORDS["port"]
_NOISE = ["the", "of", "(FAO", "81,", "GT", "May", "2025", "-", "Region"]


@pytest.mark.parametrize("seed", range(4))
def test_token_reader_takes_the_reading_a_backtracking_regex_takes(seed: int) -> None:
    rng = random.Random(seed)
    compared = 0
    while compared < 200:
        kinds = ["name", *rng.sample(sorted(set(_REFERENCE_CELL) - {"name", "seq"}), 5)]
        rng.shuffle(kinds)
        if rng.random() < 0.5:
            kinds.insert(0, "seq")  # "No." names the sequence number only as the first column
        header = " ".join(_REFERENCE_HEADER_WORDS[kind] for kind in kinds)
        parsed = tables.parse_header(header, 0, len(header))
        assert parsed is not None and parsed.kinds == tuple(kinds), header
        for _ in range(5):
            cells = [rng.choice(_CELL_WORDS[kind]) for kind in kinds if rng.random() < 0.75]
            cells += rng.sample(_NOISE, rng.randint(0, 2))
            if rng.random() < 0.3:
                rng.shuffle(cells)
            line = " ".join(cells)
            assert tables.row_cells(line, 0, len(line), parsed) == regex_reading(
                parsed.kinds, line
            ), (header, line)
            compared += 1
