"""Blind evaluation set J: checks on the gold data only (no extractor is run here).

Every test runs over the default fleet (`load_vessels()`: the real lists when present, else the
synthetic fleet, as in CI) and over the synthetic fleet itself."""

from __future__ import annotations

import collections
import datetime as dt
import hashlib
import json
import os
import re
import subprocess
import sys
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

from oceanid_assets.labelset import LABELS
from oceanid_assets.reference import (
    asfis_species,
    asfis_species_names,
    call_sign_series,
    demonyms,
    fao_areas,
    mmsi_mids,
)
from oceanid_dev.demo.vessels import (
    SYNTHETIC_FLEET_SIZE,
    Vessel,
    imo_check_ok,
    load_vessels,
    synthetic_fleet,
)
from tests.blind_layouts_j import LAYOUTS, BlindPage, GoldSpan, generate_blind_pages
from tests.blind_layouts_j import _vocab as vocab

PAGES = 20
EXPECTED_LAYOUTS = {
    "mortgage_register_transcript",
    "slide_deck_text",
    "tracking_alert_email",
    "safety_certificate",
    "press_table_article",
    "landing_declaration",
    "fax_scanned_letter",
    "mtu_registration_form",
}
IDENTIFIERS = {"IMO", "MMSI", "IRCS"}
FLEETS: dict[str, Callable[[], list[Vessel]]] = {
    "default": load_vessels,
    "synthetic": lambda: synthetic_fleet(SYNTHETIC_FLEET_SIZE),
}
REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module", params=sorted(FLEETS))
def blind_fleet(request: pytest.FixtureRequest) -> list[Vessel]:
    return FLEETS[request.param]()


@pytest.fixture(scope="module")
def pages(blind_fleet: list[Vessel]) -> list[BlindPage]:
    return generate_blind_pages(blind_fleet, pages_per_layout=PAGES, seed=0)


def _spans(pages: list[BlindPage], label: str) -> list[str]:
    return [p.text[s.start : s.end] for p in pages for s in p.spans if s.label == label]


def _digest(pages: list[BlindPage]) -> str:
    rows = [
        [p.doc_id, p.page_num, p.layout, p.text, [[s.start, s.end, s.label] for s in p.spans]]
        for p in pages
    ]
    return hashlib.sha256(json.dumps(rows, ensure_ascii=False).encode()).hexdigest()


# --- shape -------------------------------------------------------------------------------------


def test_the_eight_layouts_each_with_the_pages_asked_for(pages: list[BlindPage]) -> None:
    assert set(LAYOUTS) == EXPECTED_LAYOUTS and len(LAYOUTS) == 8
    assert collections.Counter(p.layout for p in pages) == dict.fromkeys(LAYOUTS, PAGES)
    few = generate_blind_pages(synthetic_fleet(5), pages_per_layout=4, seed=2)
    assert collections.Counter(p.layout for p in few) == dict.fromkeys(LAYOUTS, 4)


def test_documents_are_numbered_from_one_and_have_uuid7_ids(pages: list[BlindPage]) -> None:
    by_doc: dict[str, list[BlindPage]] = collections.defaultdict(list)
    for page in pages:
        by_doc[page.doc_id].append(page)
    for doc_id, doc in by_doc.items():
        assert [p.page_num for p in doc] == list(range(1, len(doc) + 1))
        assert 1 <= len(doc) <= 3 and len({p.layout for p in doc}) == 1
        parsed = uuid.UUID(doc_id)
        assert parsed.version == 7 and parsed.variant == uuid.RFC_4122 and str(parsed) == doc_id
    for layout in LAYOUTS:  # the first document's id, recomputed from the documented key
        raw = bytearray(hashlib.sha256(f"blind-j:0:{layout}:0".encode()).digest()[:16])
        raw[6], raw[8] = (raw[6] & 0x0F) | 0x70, (raw[8] & 0x3F) | 0x80
        first = next(p for p in pages if p.layout == layout)
        assert first.doc_id == str(uuid.UUID(bytes=bytes(raw)))
    assert len({p.doc_id for p in pages}) >= len(LAYOUTS) * PAGES // 3


def test_pages_are_realistic_in_length(pages: list[BlindPage]) -> None:
    for layout in LAYOUTS:
        lengths = sorted(len(p.text) for p in pages if p.layout == layout)
        assert lengths[0] >= 400 and lengths[-1] <= 3200, (layout, lengths)
        assert lengths[len(lengths) // 2] >= 800, (layout, lengths)


# --- spans -------------------------------------------------------------------------------------


def test_spans_are_inside_tight_ordered_and_labelled_in_v1(pages: list[BlindPage]) -> None:
    for page in pages:
        assert page.spans, page.doc_id
        end = 0
        for span in page.spans:
            assert isinstance(span, GoldSpan) and span.label in LABELS
            assert end <= span.start < span.end <= len(page.text), (page.doc_id, span)
            value = page.text[span.start : span.end]
            assert value == value.strip() and value, (page.doc_id, span, value)
            end = span.end


def test_every_page_names_its_vessel(pages: list[BlindPage]) -> None:
    for page in pages:
        assert any(s.label == "VESSEL_NAME" for s in page.spans), (page.layout, page.doc_id)


def test_every_layout_carries_identifiers_and_a_mix_of_labels(pages: list[BlindPage]) -> None:
    for layout in LAYOUTS:
        labels = {s.label for p in pages if p.layout == layout for s in p.spans}
        assert labels & IDENTIFIERS, layout
        assert len(labels) >= 10, (layout, sorted(labels))
    every = {s.label for p in pages for s in p.spans}
    assert len(every) >= 30, sorted(set(LABELS) - every)


# --- identifier and code checks (from the reference lists, not from the generator) -----------

_ORDER = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _in_itu_series(call_sign: str) -> bool:
    if not re.fullmatch(r"(?=.*[A-Z])[A-Z0-9]{3,7}", call_sign):
        return False
    ranges = call_sign_series().get(call_sign[:2], ())
    third = _ORDER.index(call_sign[2])
    return any(
        _ORDER.index(lo) <= third <= _ORDER.index(hi)
        or (call_sign[2].isdigit() and (lo, hi) == ("A", "Z"))
        for lo, hi, _ in ranges
    )


def _mmsi_ok(mmsi: str) -> bool:
    return re.fullmatch(r"\d{9}", mmsi) is not None and mmsi[:3] in mmsi_mids()


def test_identifiers_pass_their_checks(pages: list[BlindPage]) -> None:
    for imo in _spans(pages, "IMO"):
        assert re.fullmatch(r"\d{7}", imo) and imo_check_ok(imo), imo
    for mmsi in _spans(pages, "MMSI"):
        assert _mmsi_ok(mmsi), mmsi
    for call_sign in _spans(pages, "IRCS"):
        assert _in_itu_series(call_sign), call_sign
    for former in _spans(pages, "ID_CHANGE"):
        assert _mmsi_ok(former) or _in_itu_series(former), former
    for cfr in _spans(pages, "EU_CFR"):
        assert re.fullmatch(r"[A-Z]{3}\d{9}", cfr), cfr


def test_codes_and_values_are_well_formed(pages: list[BlindPage]) -> None:
    areas, codes = fao_areas(), asfis_species()
    names = {n.casefold() for n in asfis_species_names()}
    for area in _spans(pages, "FAO_AREA_CODE"):
        assert area in areas, area
    for species in _spans(pages, "SPECIES_NAME"):
        assert species in codes or species.casefold() in names, species
    for value in _spans(pages, "METRIC_VALUE"):
        assert re.fullmatch(r"\d+(\.\d+)?", value), value
    for year in _spans(pages, "BUILD_YEAR"):
        assert 1850 <= int(year) <= dt.date.today().year + 1, year
    for date in _spans(pages, "START_DATE") + _spans(pages, "END_DATE"):
        assert re.search(r"\b(19|20)\d{2}\b", date) and len(re.findall(r"\d+", date)) >= 2, date
    for code in _spans(pages, "RFMO_CODE"):
        assert code in vocab.RFMOS, code
    for locode in _spans(pages, "PORT_ID"):
        assert re.fullmatch(r"[A-Z]{2}[A-Z2-9]{3}", locode), locode


def test_flags_are_country_names_codes_or_adjectives(pages: list[BlindPage]) -> None:
    codes = {m.iso3 for found in mmsi_mids().values() for m in found}
    written = {name.casefold() for row in vocab.COUNTRIES.values() for name in row[1:] if name}
    written |= {name.casefold() for name in vocab.FORMAL.values()}
    written |= {name.casefold() for name in demonyms()}
    for flag in _spans(pages, "FLAG") + _spans(pages, "FLAG_CHANGE"):
        assert flag in codes or flag.casefold() in written, flag


def test_malformed_identifiers_are_never_labelled() -> None:
    """A check digit that fails, an MMSI with no known MID, a call sign outside the flag's
    series: each document prints its placeholder instead, unlabelled."""
    bad = [
        Vessel(
            "MISPRINT ONE",
            "9930895",
            "999123456",
            "ZZZ9",
            "CHN",
            "900",
            "60.1",
            "2010",
            "ACME FISHING CO",
            "ZHOUSHAN",
            None,
        ),
        Vessel(
            "MISPRINT TWO",
            "1234568",
            "100000000",
            "7JQB",
            "ESP",
            None,
            None,
            None,
            None,
            None,
            None,
        ),
    ]
    pages = generate_blind_pages(bad, pages_per_layout=6, seed=5)
    labelled = {p.text[s.start : s.end] for p in pages for s in p.spans}
    assert not labelled & {"9930895", "1234568", "999123456", "100000000", "ZZZ9", "7JQB"}
    assert not {s.label for p in pages for s in p.spans} & IDENTIFIERS


# --- determinism -------------------------------------------------------------------------------


def test_deterministic_and_seeded(blind_fleet: list[Vessel], pages: list[BlindPage]) -> None:
    assert generate_blind_pages(blind_fleet, pages_per_layout=PAGES, seed=0) == pages
    other = generate_blind_pages(blind_fleet, pages_per_layout=PAGES, seed=1)
    assert _digest(other) != _digest(pages)
    only = generate_blind_pages(blind_fleet, PAGES, 0, layouts=["fax_scanned_letter"])
    assert only == [p for p in pages if p.layout == "fax_scanned_letter"]


def test_unknown_layouts_and_an_empty_fleet_are_refused() -> None:
    with pytest.raises(ValueError, match="no_such_layout"):
        generate_blind_pages(synthetic_fleet(3), layouts=["slide_deck_text", "no_such_layout"])
    with pytest.raises(ValueError):
        generate_blind_pages([])


def test_independent_of_the_hash_seed() -> None:
    code = (
        "import hashlib, json\n"
        "from oceanid_dev.demo.vessels import synthetic_fleet\n"
        "from tests.blind_layouts_j import generate_blind_pages\n"
        "pages = generate_blind_pages(synthetic_fleet(60), pages_per_layout=6, seed=3)\n"
        "rows = [[p.doc_id, p.page_num, p.layout, p.text, [[s.start, s.end, s.label] "
        "for s in p.spans]] for p in pages]\n"
        "print(hashlib.sha256(json.dumps(rows, ensure_ascii=False).encode()).hexdigest())\n"
    )
    digests = set()
    for hash_seed in ("0", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONPATH": str(REPO)}
        run = subprocess.run(
            [sys.executable, "-c", code],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
        )
        digests.add(run.stdout.strip())
    expected = _digest(generate_blind_pages(synthetic_fleet(60), pages_per_layout=6, seed=3))
    assert digests == {expected}


def test_runs_without_the_vessel_lists(tmp_path: Path) -> None:
    """CI has no ../shared/data/vessels: load_vessels falls back to the synthetic fleet."""
    fallback = load_vessels(tmp_path)
    assert fallback == synthetic_fleet(SYNTHETIC_FLEET_SIZE)
    assert len(generate_blind_pages(fallback, pages_per_layout=3)) == 3 * len(LAYOUTS)
