"""Blind evaluation set R: checks of the gold data only (the extractor is never run here)."""

from __future__ import annotations

import collections
import hashlib
import json
import os
import re
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from oceanid_assets.labelset import LABELS
from oceanid_dev.demo.vessels import (
    SYNTHETIC_FLEET_SIZE,
    Vessel,
    imo_check_ok,
    load_vessels,
    synthetic_fleet,
)
from tests.blind_layouts_r import (
    LAYOUTS,
    BlindPage,
    GoldSpan,
    doc_id_for,
    generate_blind_pages,
)
from tests.blind_layouts_r._common import (
    call_sign_ok,
    call_sign_series,
    facts,
    fao_areas,
    known_country_text,
    mids,
    species,
)
from tests.blind_layouts_r._page import EDGE, MAX_LEN, MIN_LEN

EXPECTED_LAYOUTS = (
    "sql_dump",
    "approved_vessel_list",
    "vessel_day_scheme",
    "admiralty_arrest",
    "maritime_labour_certificate",
    "kyc_screening",
    "decommissioning_aid",
    "navigational_warning",
)
PAGES = 20
RFMO_CODES = {"IOTC", "WCPFC", "ICCAT", "IATTC", "NPFC", "SPRFMO", "CCAMLR", "CCSBT", "SIOFA"}
ROOT = Path(__file__).resolve().parents[1]


def _fleet(kind: str) -> list[Vessel]:
    return load_vessels() if kind == "default" else synthetic_fleet(SYNTHETIC_FLEET_SIZE)


_CACHE: dict[str, tuple[list[Vessel], list[BlindPage]]] = {}


@pytest.fixture(params=["default", "synthetic"], scope="module")
def generated(request: pytest.FixtureRequest) -> tuple[list[Vessel], list[BlindPage]]:
    kind = str(request.param)
    if kind not in _CACHE:
        vessels = _fleet(kind)
        _CACHE[kind] = (vessels, generate_blind_pages(vessels, pages_per_layout=PAGES, seed=0))
    return _CACHE[kind]


def _values(pages: list[BlindPage], *labels: str) -> list[str]:
    return [p.text[s.start : s.end] for p in pages for s in p.spans if s.label in labels]


# --- shape ------------------------------------------------------------------------------------


def test_layout_names_and_order() -> None:
    assert LAYOUTS == EXPECTED_LAYOUTS
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", name) for name in LAYOUTS)


def test_exact_page_counts_in_layout_order(
    generated: tuple[list[Vessel], list[BlindPage]],
) -> None:
    _, pages = generated
    assert len(pages) == PAGES * len(LAYOUTS)
    assert [p.layout for p in pages] == [name for name in LAYOUTS for _ in range(PAGES)]


def test_last_document_cut_short() -> None:
    vessels = synthetic_fleet(SYNTHETIC_FLEET_SIZE)
    pages = generate_blind_pages(vessels, pages_per_layout=7, seed=3)
    assert collections.Counter(p.layout for p in pages) == {name: 7 for name in LAYOUTS}


def test_doc_numbering_and_ids(generated: tuple[list[Vessel], list[BlindPage]]) -> None:
    _, pages = generated
    for layout in LAYOUTS:
        docs: list[list[BlindPage]] = []
        for page in (p for p in pages if p.layout == layout):
            if page.page_num == 1:
                docs.append([])
            docs[-1].append(page)
        for index, doc in enumerate(docs):
            assert [p.page_num for p in doc] == list(range(1, len(doc) + 1))
            assert 1 <= len(doc) <= 3
            assert {p.doc_id for p in doc} == {doc_id_for(f"blind-r:0:{layout}:{index}")}
            parsed = uuid.UUID(doc[0].doc_id)
            assert parsed.version == 7 and parsed.variant == uuid.RFC_4122
        assert len({d[0].doc_id for d in docs}) == len(docs)


def test_doc_id_is_sha256_of_the_key() -> None:
    key = "blind-r:0:sql_dump:0"
    digest = hashlib.sha256(key.encode()).digest()[:16]
    made = uuid.UUID(doc_id_for(key)).bytes
    assert made[:6] == digest[:6] and made[9:] == digest[9:]
    assert made[6] >> 4 == 7 and made[8] >> 6 == 0b10


def test_page_lengths(generated: tuple[list[Vessel], list[BlindPage]]) -> None:
    _, pages = generated
    assert all(MIN_LEN <= len(p.text) <= MAX_LEN for p in pages)
    for layout in LAYOUTS:
        lengths = [len(p.text) for p in pages if p.layout == layout]
        assert sum(n > 800 for n in lengths) > len(lengths) / 2, layout


# --- spans ------------------------------------------------------------------------------------


def test_spans_tight_sorted_inside_and_in_labelset(
    generated: tuple[list[Vessel], list[BlindPage]],
) -> None:
    _, pages = generated
    for page in pages:
        end = 0
        for span in page.spans:
            assert isinstance(span, GoldSpan)
            assert span.label in LABELS
            assert end <= span.start < span.end <= len(page.text)
            value = page.text[span.start : span.end]
            assert value == value.strip(EDGE), (page.layout, value)
            end = span.end


def test_imo_check_digits(generated: tuple[list[Vessel], list[BlindPage]]) -> None:
    vessels, pages = generated
    known = {v.imo for v in vessels if v.imo}
    for value in _values(pages, "IMO"):
        assert imo_check_ok(value) and value in known, value


def test_mmsi_mids(generated: tuple[list[Vessel], list[BlindPage]]) -> None:
    vessels, pages = generated
    known = {v.mmsi for v in vessels if v.mmsi}
    for value in _values(pages, "MMSI"):
        assert re.fullmatch(r"\d{9}", value) and value[:3] in mids() and value in known, value


def test_call_signs_in_the_flags_itu_series(
    generated: tuple[list[Vessel], list[BlindPage]],
) -> None:
    vessels, pages = generated
    flags: dict[str, set[str | None]] = collections.defaultdict(set)
    for vessel in vessels:
        if vessel.ircs:
            flags[vessel.ircs].add(facts(vessel).flag)
    for value in _values(pages, "IRCS"):
        assert any(call_sign_ok(value, flag) for flag in flags[value]), value
    every = sorted(call_sign_series())
    former = _values(pages, "ID_CHANGE")
    for value in former:
        assert any(call_sign_ok(value, iso3) for iso3 in every), value


def test_identifiers_only_from_the_vessel_list(
    generated: tuple[list[Vessel], list[BlindPage]],
) -> None:
    vessels, pages = generated
    names = {facts(v).name for v in vessels} | {
        "RESOLUTE", "ILE DE BATZ", "RELIANCE", "PACIFIC GUARDIAN", "ASEAN EXPLORER",
    }  # fmt: skip
    assert set(_values(pages, "VESSEL_NAME")) <= names
    former = {facts(v).former_name for v in vessels}
    assert set(_values(pages, "NAME_CHANGE")) <= former


def test_codes_and_names_from_the_reference_lists(
    generated: tuple[list[Vessel], list[BlindPage]],
) -> None:
    _, pages = generated
    assert set(_values(pages, "FAO_AREA_CODE")) <= fao_areas()
    species_words = {w.casefold() for names in species().values() for w in names}
    for value in _values(pages, "SPECIES_NAME"):
        assert value in species() or value.casefold() in species_words, value
    for value in _values(pages, "FLAG", "FLAG_CHANGE", "COUNTRY_CODE", "HOME_PORT_STATE"):
        assert known_country_text(value), value
    assert set(_values(pages, "RFMO_CODE")) <= RFMO_CODES
    for value in _values(pages, "EU_CFR"):
        assert re.fullmatch(r"[A-Z]{3}\d{9}", value), value
    for value in _values(pages, "METRIC_VALUE"):
        float(value.replace(",", "."))
    for value in _values(pages, "BUILD_YEAR"):
        assert 1850 <= int(value) <= 2027
    for value in _values(pages, "START_DATE", "END_DATE"):
        assert re.search(r"\d{4}", value), value


def test_every_layout_carries_identifiers_and_a_mix_of_labels(
    generated: tuple[list[Vessel], list[BlindPage]],
) -> None:
    _, pages = generated
    for layout in LAYOUTS:
        labels = collections.Counter(s.label for p in pages if p.layout == layout for s in p.spans)
        assert labels["VESSEL_NAME"] > 0, layout
        assert labels["IMO"] + labels["MMSI"] + labels["IRCS"] > 0, layout
        assert len(labels) >= 6, (layout, labels)
    assert all(p.spans for p in pages if p.layout != "navigational_warning")


# --- behaviour --------------------------------------------------------------------------------


def test_deterministic_and_seeded() -> None:
    vessels = synthetic_fleet(SYNTHETIC_FLEET_SIZE)
    first = generate_blind_pages(vessels, pages_per_layout=4, seed=5)
    assert first == generate_blind_pages(vessels, pages_per_layout=4, seed=5)
    assert first != generate_blind_pages(vessels, pages_per_layout=4, seed=6)


def test_layout_subset_keeps_layouts_order() -> None:
    vessels = synthetic_fleet(SYNTHETIC_FLEET_SIZE)
    chosen = ["navigational_warning", "sql_dump"]
    subset = generate_blind_pages(vessels, pages_per_layout=3, seed=2, layouts=chosen)
    assert [p.layout for p in subset] == ["sql_dump"] * 3 + ["navigational_warning"] * 3
    full = generate_blind_pages(vessels, pages_per_layout=3, seed=2)
    assert subset == [p for p in full if p.layout in chosen]


def test_refuses_unknown_layouts_and_empty_lists() -> None:
    vessels = synthetic_fleet(SYNTHETIC_FLEET_SIZE)
    with pytest.raises(ValueError, match="no_such_layout"):
        generate_blind_pages(vessels, layouts=["sql_dump", "no_such_layout"])
    with pytest.raises(ValueError):
        generate_blind_pages([], pages_per_layout=1)


def test_synthetic_fallback_without_the_vessel_folder(tmp_path: Path) -> None:
    fallback = load_vessels(tmp_path / "no-vessels-here")
    assert fallback == synthetic_fleet(SYNTHETIC_FLEET_SIZE)
    pages = generate_blind_pages(fallback, pages_per_layout=2, seed=1)
    assert len(pages) == 2 * len(LAYOUTS)


_DIGEST = """
import hashlib, json
from oceanid_dev.demo.vessels import SYNTHETIC_FLEET_SIZE, synthetic_fleet
from tests.blind_layouts_r import generate_blind_pages
pages = generate_blind_pages(synthetic_fleet(SYNTHETIC_FLEET_SIZE), pages_per_layout=3, seed=9)
rows = [[p.doc_id, p.page_num, p.text, [list(s.__dict__.values()) for s in p.spans]] for p in pages]
print(hashlib.sha256(json.dumps(rows).encode()).hexdigest())
"""


def test_independent_of_pythonhashseed() -> None:
    digests = set()
    for hash_seed in ("0", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        out = subprocess.run(
            [sys.executable, "-c", _DIGEST],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        )
        digests.add(out.stdout.strip())
    assert len(digests) == 1
    pages = generate_blind_pages(synthetic_fleet(SYNTHETIC_FLEET_SIZE), 3, 9)
    rows = [[p.doc_id, p.page_num, p.text, [list(s.__dict__.values()) for s in p.spans]]
            for p in pages]  # fmt: skip
    assert digests == {hashlib.sha256(json.dumps(rows).encode()).hexdigest()}
