"""Checks of the blind evaluation pages themselves (tests/blind_layouts), not of any extractor.

The pages judge the rule-based extractor on layouts it was never tuned on, so their gold must be
beyond reproach: tight spans, known labels, no overlaps, identifiers that are the fleet's own,
every vessel's IMO/MMSI/call sign labelled wherever the page names the vessel, and the same
pages for the same seed. They run over the real vessel lists when present and always over the
synthetic fleet, which is what CI has.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict

import pytest

from oceanid_assets.labelset import LABELS
from oceanid_assets.reference import asfis_species, fao_areas
from oceanid_dev.demo.vessels import Vessel, load_vessels, synthetic_fleet
from tests.blind_layouts import LAYOUTS, BlindPage, GoldSpan, generate_blind_pages
from tests.blind_layouts import _values as val

REQUIRED_LAYOUTS = (
    "register_table_text",
    "ocr_markdown_table",
    "ocr_html_table",
    "licence_es",
    "licence_fr",
    "two_column_form",
    "delimited_list",
)
TABLE_LAYOUTS = ("register_table_text", "ocr_markdown_table", "ocr_html_table", "delimited_list")
RFMO_CODES = {r.code for r in val.RFMOS} | {r.es for r in val.RFMOS} | {r.fr for r in val.RFMOS}


@pytest.fixture(scope="module", params=["loaded", "synthetic"])
def fleet(request: pytest.FixtureRequest) -> list[Vessel]:
    if request.param == "loaded":
        return load_vessels()  # the real lists when present, else the synthetic fleet
    return synthetic_fleet(60)


@pytest.fixture(scope="module")
def pages(fleet: list[Vessel]) -> list[BlindPage]:
    return generate_blind_pages(fleet, pages_per_layout=12, seed=0)


def _value(page: BlindPage, span: GoldSpan) -> str:
    return page.text[span.start : span.end]


def _values(page: BlindPage, label: str) -> set[str]:
    return {_value(page, s) for s in page.spans if s.label == label}


def test_the_required_layouts_are_there() -> None:
    assert set(REQUIRED_LAYOUTS) <= set(LAYOUTS)
    assert len(set(LAYOUTS)) == len(LAYOUTS)


def test_every_layout_yields_the_requested_pages(pages: list[BlindPage]) -> None:
    assert Counter(p.layout for p in pages) == {layout: 12 for layout in LAYOUTS}
    keys = [(p.doc_id, p.page_num) for p in pages]
    assert len(set(keys)) == len(keys)
    by_doc: dict[str, list[int]] = defaultdict(list)
    for p in pages:
        by_doc[p.doc_id].append(p.page_num)
    for numbers in by_doc.values():  # 1-based, consecutive within a document
        assert numbers == list(range(1, len(numbers) + 1))


def test_pages_are_realistic_in_size(pages: list[BlindPage]) -> None:
    for p in pages:
        assert 700 <= len(p.text) <= 4500, (p.doc_id, p.page_num, len(p.text))


def test_spans_are_tight_and_in_range(pages: list[BlindPage]) -> None:
    for p in pages:
        for s in p.spans:
            value = _value(p, s)
            assert 0 <= s.start < s.end <= len(p.text), (p.doc_id, s)
            assert value == value.strip() and "\n" not in value, (p.doc_id, s.label, value)
            assert value[0] not in ",;:|\"'<>)]" and value[-1] not in ",;:|\"'<>([", value
            assert value.count("(") == value.count(")"), value
            # a span never starts or ends inside a word: the page's own text decides that
            before = p.text[s.start - 1] if s.start else " "
            after = p.text[s.end] if s.end < len(p.text) else " "
            assert not (before.isalnum() or after.isalnum()), (p.doc_id, s.label, value)


def test_labels_are_the_labelset_s(pages: list[BlindPage]) -> None:
    for p in pages:
        assert {s.label for s in p.spans} <= set(LABELS)


def test_spans_on_a_page_do_not_overlap(pages: list[BlindPage]) -> None:
    for p in pages:
        ordered = sorted(p.spans, key=lambda s: (s.start, s.end))
        for a, b in itertools.pairwise(ordered):
            assert a.end <= b.start, (p.doc_id, a, b)


def test_identifier_values_have_their_format(pages: list[BlindPage]) -> None:
    areas, species = fao_areas(), asfis_species()
    for p in pages:
        for s in p.spans:
            value = _value(p, s)
            if s.label == "IMO":
                assert re.fullmatch(r"\d{7}", value), value  # the digits only, never "IMO"
            elif s.label == "MMSI":
                assert re.fullmatch(r"\d{9}", value), value
            elif s.label == "IRCS":
                assert re.fullmatch(r"[A-Z0-9]{3,8}", value), value
            elif s.label == "FAO_AREA_CODE":
                assert value in areas, value
            elif s.label == "SPECIES_NAME" and re.fullmatch(r"[A-Z]{3}", value):
                assert value in species, value
            elif s.label == "BUILD_YEAR":
                assert 1850 <= int(value) <= 2031, value
            elif s.label == "METRIC_VALUE":
                assert re.fullmatch(r"\d[\d., ]*\d|\d", value), value
            elif s.label == "EU_CFR":
                assert re.fullmatch(r"[A-Z]{3}\d{9}", value), value
            elif s.label == "PORT_ID":
                assert re.fullmatch(r"[A-Z]{5}", value), value
            elif s.label == "RFMO_CODE":
                assert value in RFMO_CODES, value


def test_identifiers_are_the_fleet_s_own(fleet: list[Vessel], pages: list[BlindPage]) -> None:
    """Real identities are used as found; nothing is made up for IMO, MMSI, call sign or name."""
    imos = {v.imo for v in fleet if v.imo}
    mmsis = {v.mmsi for v in fleet if v.mmsi}
    calls = {val.ircs_of(v) for v in fleet} - {None}
    names = {v.name for v in fleet}
    for p in pages:
        assert _values(p, "IMO") <= imos
        assert _values(p, "MMSI") <= mmsis
        assert _values(p, "IRCS") <= calls
        assert _values(p, "VESSEL_NAME") <= names


def test_each_named_vessel_has_its_ids_labelled(
    fleet: list[Vessel], pages: list[BlindPage]
) -> None:
    """Wherever a page names a vessel that has an IMO, MMSI or call sign, the page shows it."""
    by_name: dict[str, list[Vessel]] = defaultdict(list)
    for v in fleet:
        by_name[v.name].append(v)
    for p in pages:
        found = {label: _values(p, label) for label in ("IMO", "MMSI", "IRCS")}
        for name in _values(p, "VESSEL_NAME"):
            for label, get in (
                ("IMO", lambda v: v.imo),
                ("MMSI", lambda v: v.mmsi),
                ("IRCS", val.ircs_of),
            ):
                expected = {get(v) for v in by_name[name]}
                if None not in expected:
                    assert expected & found[label], (p.layout, p.doc_id, name, label)


def test_each_layout_labels_imo_mmsi_and_call_signs(pages: list[BlindPage]) -> None:
    for layout in LAYOUTS:
        labels = Counter(s.label for p in pages if p.layout == layout for s in p.spans)
        for label in ("VESSEL_NAME", "IMO", "MMSI", "IRCS"):
            assert labels[label], (layout, label)


def test_licences_carry_authorisation_and_associates(pages: list[BlindPage]) -> None:
    wanted = {"AUTH_TYPE", "LICENSE_NO", "START_DATE", "END_DATE", "FAO_AREA_CODE"}
    wanted |= {"SPECIES_NAME", "ASSOC_NAME", "ASSOC_ROLE", "ADDRESS", "FLAG", "RFMO_CODE"}
    for p in pages:
        if p.layout in ("licence_es", "licence_fr"):
            assert wanted <= {s.label for s in p.spans}, p.doc_id


def test_register_tables_are_column_aligned(pages: list[BlindPage]) -> None:
    """Cells keep single spaces inside; a column starts at the same offset on every row, give
    or take the one-space wobble of PDF text extraction; 10-25 rows a page."""
    nine_digit_regs = 0
    for p in (p for p in pages if p.layout == "register_table_text"):
        columns = []
        for s in p.spans:
            assert "  " not in _value(p, s)
            if s.label == "VESSEL_NAME":
                columns.append(s.start - (p.text.rfind("\n", 0, s.start) + 1))
        assert 10 <= len(columns) <= 25
        assert max(columns) - min(columns) <= 1, columns
        nine_digit_regs += sum(
            bool(re.fullmatch(r"\d{9}", v)) for v in _values(p, "NATIONAL_REG_NO")
        )
    assert nine_digit_regs, "some registration numbers should look like an MMSI"


def test_table_headers_carry_only_metric_gold(pages: list[BlindPage]) -> None:
    """Before the first vessel row, the only gold is the title's RFMO and metric header words."""
    allowed = {"RFMO_CODE", "METRIC_TYPE", "METRIC_UNIT", "FLAG", "SPECIES_NAME", "FAO_AREA_CODE"}
    allowed |= {"START_DATE", "END_DATE"}  # the notification paragraph of an OCR annex
    for p in pages:
        if p.layout in TABLE_LAYOUTS:
            first_name = min(s.start for s in p.spans if s.label == "VESSEL_NAME")
            first_row = p.text.rfind("\n", 0, first_name) + 1
            assert {s.label for s in p.spans if s.start < first_row} <= allowed, p.doc_id


def test_the_same_seed_gives_the_same_pages() -> None:
    fleet = synthetic_fleet(60)
    first = generate_blind_pages(fleet, pages_per_layout=4, seed=7)
    assert first == generate_blind_pages(fleet, pages_per_layout=4, seed=7)
    assert first != generate_blind_pages(fleet, pages_per_layout=4, seed=8)


def test_layouts_can_be_chosen_and_unknown_ones_are_refused() -> None:
    fleet = synthetic_fleet(60)
    pages = generate_blind_pages(fleet, pages_per_layout=3, layouts=["licence_fr"])
    assert [p.layout for p in pages] == ["licence_fr"] * 3
    with pytest.raises(ValueError, match="unknown blind layouts"):
        generate_blind_pages(fleet, layouts=["no_such_layout"])
    with pytest.raises(ValueError, match="at least one vessel"):
        generate_blind_pages([], pages_per_layout=1)


def test_every_label_of_the_labelset_is_exercised() -> None:
    """The default page set gives gold for every label, so no label goes unjudged."""
    pages = generate_blind_pages(synthetic_fleet(60), pages_per_layout=20, seed=0)
    assert {s.label for p in pages for s in p.spans} == set(LABELS)
