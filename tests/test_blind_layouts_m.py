"""Blind set M: checks on the gold data only (no extractor is run here)."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path

import pytest

from oceanid_assets.labelset import LABELS
from oceanid_assets.reference import asfis_species, call_sign_series, fao_areas, mmsi_mids
from oceanid_dev.demo.vessels import (
    SYNTHETIC_FLEET_SIZE,
    Vessel,
    imo_check_ok,
    load_vessels,
    synthetic_fleet,
)
from tests.blind_layouts_m import LAYOUTS, BlindPage, GoldSpan, generate_blind_pages

EXPECTED_LAYOUTS = (
    "toothfish_catch_document",
    "auction_sale_notice",
    "repair_invoice",
    "chat_export",
    "global_record_entry",
    "registry_certificate_fr",
    "hull_policy_schedule",
    "dark_vessel_report",
)
IDENTIFIERS = {"IMO", "MMSI", "IRCS"}
REPO = Path(__file__).resolve().parents[1]

# The default fleet is the real lists when ../shared/data/vessels is there (CI: the synthetic
# fleet, which load_vessels falls back to); the synthetic fleet is always tested as well.
FLEETS: dict[str, Callable[[], list[Vessel]]] = {
    "default": load_vessels,
    "synthetic": lambda: synthetic_fleet(SYNTHETIC_FLEET_SIZE),
}


@pytest.fixture(scope="module", params=sorted(FLEETS))
def vessels(request: pytest.FixtureRequest) -> list[Vessel]:
    return FLEETS[request.param]()


@pytest.fixture(scope="module")
def pages(vessels: list[Vessel]) -> list[BlindPage]:
    return generate_blind_pages(vessels)


def _ircs_ok(ircs: str) -> bool:
    """In an ITU Appendix 42 series: a series over a whole two-character prefix allocates the
    prefix (any third character follows); a part series bounds the third character."""
    if not re.fullmatch(r"[A-Z0-9]{3,7}", ircs):
        return False
    return any(
        (lo, hi) == ("A", "Z") or lo <= ircs[2] <= hi
        for lo, hi, _ in call_sign_series().get(ircs[:2], ())
    )


def _mmsi_ok(mmsi: str) -> bool:
    return re.fullmatch(r"\d{9}", mmsi) is not None and mmsi[:3] in mmsi_mids()


def _values(pages: list[BlindPage], label: str) -> list[str]:
    return [p.text[s.start : s.end] for p in pages for s in p.spans if s.label == label]


def test_the_eight_layouts() -> None:
    assert LAYOUTS == EXPECTED_LAYOUTS


def test_pages_per_layout(pages: list[BlindPage], vessels: list[Vessel]) -> None:
    assert Counter(p.layout for p in pages) == dict.fromkeys(LAYOUTS, 20)
    few = generate_blind_pages(vessels, pages_per_layout=7, seed=3)
    assert Counter(p.layout for p in few) == dict.fromkeys(LAYOUTS, 7)


def test_page_numbering(pages: list[BlindPage]) -> None:
    documents: dict[str, list[BlindPage]] = defaultdict(list)
    order: list[str] = []
    for page in pages:
        if page.doc_id not in documents:
            order.append(page.doc_id)
        documents[page.doc_id].append(page)
    # a document's pages are consecutive, numbered from 1, one layout, at most three
    assert [p.doc_id for p in pages] == [d for d in order for _ in documents[d]]
    for doc in documents.values():
        assert [p.page_num for p in doc] == list(range(1, len(doc) + 1))
        assert 1 <= len(doc) <= 3
        assert len({p.layout for p in doc}) == 1
    assert any(len(doc) > 1 for doc in documents.values())


def test_doc_ids_are_uuid7_shaped_from_sha256(pages: list[BlindPage]) -> None:
    for page in pages:
        assert uuid.UUID(page.doc_id).version == 7
        assert re.fullmatch(
            r"[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", page.doc_id
        )
    for layout in LAYOUTS:
        first = next(p for p in pages if p.layout == layout)
        digest = hashlib.sha256(f"blind-m:0:{layout}:0".encode()).hexdigest()
        assert first.doc_id.replace("-", "")[:12] == digest[:12]
        assert first.doc_id.replace("-", "")[13:16] == digest[13:16]


def test_spans_inside_tight_non_overlapping_v1(pages: list[BlindPage]) -> None:
    # a page without spans (a catch document's re-export annex) is a pure negative; few are
    assert sum(not page.spans for page in pages) <= len(pages) // 10
    for page in pages:
        last_end = 0
        for span in sorted(page.spans, key=lambda s: s.start):
            assert isinstance(span, GoldSpan)
            assert 0 <= span.start < span.end <= len(page.text)
            value = page.text[span.start : span.end]
            assert value == value.strip() and "\n" not in value, (page.layout, value)
            assert span.start >= last_end, (page.layout, value)
            assert span.label in LABELS
            last_end = span.end


def test_page_lengths_are_realistic(pages: list[BlindPage]) -> None:
    for page in pages:
        assert 800 <= len(page.text) <= 3000, (page.layout, page.page_num, len(page.text))


def test_identifiers_pass_their_checks(pages: list[BlindPage]) -> None:
    for imo in _values(pages, "IMO"):
        assert imo_check_ok(imo), imo
    for mmsi in _values(pages, "MMSI"):
        assert _mmsi_ok(mmsi), mmsi
    for ircs in _values(pages, "IRCS"):
        assert _ircs_ok(ircs), ircs
    for former in _values(pages, "ID_CHANGE"):
        assert _mmsi_ok(former) if former.isdigit() else _ircs_ok(former), former


def test_codes_are_in_the_reference_lists(pages: list[BlindPage]) -> None:
    areas, species = fao_areas(), asfis_species()
    assert all(code in areas for code in _values(pages, "FAO_AREA_CODE"))
    for name in _values(pages, "SPECIES_NAME"):
        assert name in species if re.fullmatch(r"[A-Z]{3}", name) else len(name) > 3, name
    assert all(re.fullmatch(r"[A-Z]{3}\d{9}", cfr) for cfr in _values(pages, "EU_CFR"))
    assert all(1850 <= int(year) <= 2027 for year in _values(pages, "BUILD_YEAR"))
    assert all(re.fullmatch(r"\d+(?:[.,]\d+)?", n) for n in _values(pages, "METRIC_VALUE"))


def test_every_layout_has_identifiers_and_a_mix_of_labels(pages: list[BlindPage]) -> None:
    for layout in LAYOUTS:
        labels = Counter(s.label for p in pages if p.layout == layout for s in p.spans)
        assert IDENTIFIERS & set(labels), layout
        assert labels["VESSEL_NAME"] > 0, layout
        assert len(labels) >= 10, (layout, labels)


def test_a_labelled_identity_is_labelled_wherever_it_recurs(pages: list[BlindPage]) -> None:
    """No silent misses in the gold: a vessel's name or identifier labelled somewhere in a
    document is labelled at every other whole-word occurrence in that document."""
    labelled: dict[str, set[str]] = defaultdict(set)
    for page in pages:
        for span in page.spans:
            if span.label in {"VESSEL_NAME", *IDENTIFIERS} and span.end - span.start >= 4:
                labelled[page.doc_id].add(page.text[span.start : span.end])
    for page in pages:
        covered = [(s.start, s.end) for s in page.spans]
        for value in labelled[page.doc_id]:
            for match in re.finditer(rf"(?<!\w){re.escape(value)}(?!\w)", page.text):
                inside = any(a <= match.start() and match.end() <= b for a, b in covered)
                assert inside, (page.layout, page.page_num, value)


def test_ill_formed_identifiers_are_not_printed() -> None:
    bad = Vessel(
        name="MAR DE PRUEBA",
        imo="9123450",  # the check digit of 912345 is 6
        mmsi="100123456",  # MID 100 is not allocated
        ircs="JA1234",  # a Japanese series, but the flag is Panama
        flag="PAN",
        gross_tonnage="850",
        length_m="55.2",
        build_year="1999",
        owner="NAVIERA PRUEBA SA",
        port="PANAMA",
        gear="DRIFTING_LONGLINES",
    )
    pages = generate_blind_pages([bad], pages_per_layout=6)
    for page in pages:
        for value in ("9123450", "100123456", "JA1234"):
            assert value not in page.text, (page.layout, value)
    assert set(_values(pages, "VESSEL_NAME")) == {"MAR DE PRUEBA"}


def test_deterministic_and_seeded(vessels: list[Vessel], pages: list[BlindPage]) -> None:
    assert generate_blind_pages(vessels) == pages
    other = generate_blind_pages(vessels, seed=1)
    assert [p.text for p in other] != [p.text for p in pages]
    chat = generate_blind_pages(vessels, layouts=["chat_export"])
    assert chat == [p for p in pages if p.layout == "chat_export"]


def test_unknown_layout_and_empty_fleet_are_refused(vessels: list[Vessel]) -> None:
    with pytest.raises(ValueError, match="no_such_layout"):
        generate_blind_pages(vessels, layouts=["chat_export", "no_such_layout"])
    with pytest.raises(ValueError):
        generate_blind_pages([])


def test_absent_vessel_lists_fall_back_to_the_synthetic_fleet(tmp_path: Path) -> None:
    fleet = load_vessels(tmp_path)  # an empty folder: what CI sees without ../shared
    assert fleet == synthetic_fleet(SYNTHETIC_FLEET_SIZE)
    assert len(generate_blind_pages(fleet, pages_per_layout=2)) == 2 * len(LAYOUTS)


_DIGEST = """
import hashlib, json, sys
from dataclasses import asdict
from oceanid_dev.demo.vessels import SYNTHETIC_FLEET_SIZE, load_vessels, synthetic_fleet
from tests.blind_layouts_m import generate_blind_pages
fleet = load_vessels() if sys.argv[1] == "default" else synthetic_fleet(SYNTHETIC_FLEET_SIZE)
pages = [asdict(p) for p in generate_blind_pages(fleet, pages_per_layout=6)]
print(hashlib.sha256(json.dumps(pages, sort_keys=True).encode()).hexdigest())
"""


@pytest.mark.parametrize("fleet_name", sorted(FLEETS))
def test_independent_of_pythonhashseed(fleet_name: str) -> None:
    digests = set()
    for seed in ("0", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run(
            [sys.executable, "-c", _DIGEST, fleet_name],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        digests.add(run.stdout.strip())
    assert len(digests) == 1
    here = [asdict(p) for p in generate_blind_pages(FLEETS[fleet_name](), pages_per_layout=6)]
    assert digests == {hashlib.sha256(json.dumps(here, sort_keys=True).encode()).hexdigest()}
