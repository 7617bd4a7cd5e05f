"""Blind set V: the gold data only (never the extractor).

Every test runs on both fleets: the default one (`load_vessels()`, the real lists when present,
else the synthetic fleet) and `synthetic_fleet(SYNTHETIC_FLEET_SIZE)`.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import subprocess
import sys
import uuid
from collections import Counter
from datetime import date
from functools import cache
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
from tests.blind_layouts_v import LAYOUTS, BlindPage, GoldSpan, generate_blind_pages

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "oceanid_assets" / "reference"
EXPECTED_LAYOUTS = (
    "vessel_sale_classified",
    "berth_allocation_schedule",
    "insurance_claim_email",
    "flag_sanctions_press_release",
    "quota_allocation_table",
    "crew_change_notice",
    "court_docket_listing",
    "typewritten_index_card_ocr",
)
PER_LAYOUT = 20
FLEETS = ("default", "synthetic")
IDENTIFIERS = {"IMO", "MMSI", "IRCS"}


# --- reference lists, read independently of the generators -----------------------------------


def _csv(name: str) -> list[dict[str, str]]:
    with (REFERENCE / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@cache
def _mids() -> dict[str, set[str]]:
    mids: dict[str, set[str]] = {}
    for row in _csv("mmsi_mids.csv"):
        mids.setdefault(row["mid"], set()).add(row["iso3"])
    return mids


@cache
def _itu() -> dict[str, list[tuple[str, str, str]]]:
    """ISO alpha-3 -> ITU series; a territory without its own series takes its parent's."""
    by_name: dict[str, list[tuple[str, str, str]]] = {}
    for row in _csv("itu_call_sign_series.csv"):
        low, high = (part.strip() for part in row["Series"].split("-"))
        by_name.setdefault(row["Allocated to"], []).append((low[:2], low[2], high[2]))
    names: dict[str, set[str]] = {}
    for row in _csv("mmsi_mids.csv"):
        names.setdefault(row["iso3"], set()).add(row["name"])
    series: dict[str, list[tuple[str, str, str]]] = {}
    for iso3, own in names.items():
        found = [
            s
            for itu_name, rows in by_name.items()
            for s in rows
            if any(n == itu_name or n.startswith(itu_name + " (") for n in own)
        ]
        if not found:
            found = [s for n in own for s in by_name.get(n.split(" - ")[0], [])]
        series[iso3] = found
    return series


def _call_sign_ok(call_sign: str, iso3: str | None) -> bool:
    if not iso3 or not re.fullmatch(r"[A-Z0-9]{3,7}", call_sign):
        return False
    return any(
        call_sign[:2] == prefix and (low <= call_sign[2] <= high or (low, high) == ("A", "Z"))
        for prefix, low, high in _itu().get(iso3, [])
    )


def _mmsi_ok(mmsi: str) -> bool:
    return bool(re.fullmatch(r"\d{9}", mmsi)) and mmsi[:3] in _mids()


def _flag_of(vessel: Vessel) -> str | None:
    """The list's flag, else the flag of the MMSI's MID (the first listed for shared MIDs)."""
    if vessel.flag:
        return vessel.flag
    if vessel.mmsi and _mmsi_ok(vessel.mmsi):
        return next(r["iso3"] for r in _csv("mmsi_mids.csv") if r["mid"] == vessel.mmsi[:3])
    return None


@cache
def _species() -> frozenset[str]:
    names: set[str] = set()
    for name in ("asfis_species_curated.csv", "asfis_species.head300.csv"):
        for row in _csv(name):
            names.update({row["code"], row["name_en"]})
    for row in _csv("asfis_species_es_fr.csv"):
        names.update({row["code"], row["name_es"], row["name_fr"]})
    return frozenset(names)


@cache
def _fao() -> frozenset[str]:
    return frozenset(row["code"] for row in _csv("fao_areas.csv"))


@cache
def _country_names() -> frozenset[str]:
    """ISO alpha-3 codes and the English, Spanish and French names a page may print."""
    import pycountry

    from tests.blind_layouts_v import _vocab

    names = {row["iso3"] for row in _csv("mmsi_mids.csv")}
    for triple in _vocab.COUNTRIES.values():
        names.update(triple)
    for country in pycountry.countries:
        names.update({country.alpha_3, country.name.split(",")[0]})
        common = getattr(country, "common_name", None)
        if common:
            names.add(common)
    return frozenset(names)


# --- the pages ---------------------------------------------------------------------------------


@cache
def _fleet(name: str) -> tuple[Vessel, ...]:
    if name == "default":
        return tuple(load_vessels())
    return tuple(synthetic_fleet(SYNTHETIC_FLEET_SIZE))


@cache
def _pages(name: str, seed: int = 0, per_layout: int = PER_LAYOUT) -> tuple[BlindPage, ...]:
    return tuple(generate_blind_pages(list(_fleet(name)), per_layout, seed))


def _docs(pages: tuple[BlindPage, ...] | list[BlindPage]) -> list[list[BlindPage]]:
    docs: list[list[BlindPage]] = []
    for page in pages:
        if docs and docs[-1][0].doc_id == page.doc_id:
            docs[-1].append(page)
        else:
            docs.append([page])
    return docs


def _value(page: BlindPage, span: GoldSpan) -> str:
    return page.text[span.start : span.end]


def _spans(pages: tuple[BlindPage, ...], label: str) -> list[str]:
    return [_value(p, s) for p in pages for s in p.spans if s.label == label]


def _signature(pages: list[BlindPage] | tuple[BlindPage, ...]) -> str:
    body = [
        [p.doc_id, p.page_num, p.layout, p.text, [[s.start, s.end, s.label] for s in p.spans]]
        for p in pages
    ]
    return hashlib.sha256(json.dumps(body).encode("utf-8")).hexdigest()


# --- layouts and counts ------------------------------------------------------------------------


def test_layout_names_and_order() -> None:
    assert LAYOUTS == EXPECTED_LAYOUTS
    assert len(set(LAYOUTS)) == 8
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", name) for name in LAYOUTS)


@pytest.mark.parametrize("fleet", FLEETS)
def test_exact_page_counts_in_layout_order(fleet: str) -> None:
    pages = _pages(fleet)
    assert len(pages) == PER_LAYOUT * len(LAYOUTS)
    assert [p.layout for p in pages] == [name for name in LAYOUTS for _ in range(PER_LAYOUT)]
    for count in (1, 7):
        few = generate_blind_pages(list(_fleet(fleet)), count, seed=5)
        assert Counter(p.layout for p in few) == dict.fromkeys(LAYOUTS, count)
    assert generate_blind_pages(list(_fleet(fleet)), 0) == []


@pytest.mark.parametrize("fleet", FLEETS)
def test_documents_are_numbered_and_identified(fleet: str) -> None:
    pages = _pages(fleet)
    docs = _docs(pages)
    assert len({doc[0].doc_id for doc in docs}) == len(docs)
    index: Counter[str] = Counter()
    for doc in docs:
        layout = doc[0].layout
        assert {p.layout for p in doc} == {layout}
        assert [p.page_num for p in doc] == list(range(1, len(doc) + 1))
        assert 1 <= len(doc) <= 3
        key = f"blind-v:0:{layout}:{index[layout]}"
        raw = bytearray(hashlib.sha256(key.encode()).digest()[:16])
        raw[6] = (raw[6] & 0x0F) | 0x70
        raw[8] = (raw[8] & 0x3F) | 0x80
        assert doc[0].doc_id == str(uuid.UUID(bytes=bytes(raw)))
        parsed = uuid.UUID(doc[0].doc_id)
        assert parsed.version == 7
        assert parsed.variant == uuid.RFC_4122
        index[layout] += 1


@pytest.mark.parametrize("fleet", FLEETS)
def test_multi_page_documents_exist(fleet: str) -> None:
    sizes = Counter(len(doc) for doc in _docs(_pages(fleet, 1, 40)))
    assert sizes[1] and sizes[2]


@pytest.mark.parametrize("fleet", FLEETS)
def test_page_lengths(fleet: str) -> None:
    pages = _pages(fleet)
    assert all(700 <= len(p.text) <= 3000 for p in pages)
    for layout in LAYOUTS:
        lengths = [len(p.text) for p in pages if p.layout == layout]
        assert sum(n > 800 for n in lengths) > len(lengths) / 2, layout


# --- spans -------------------------------------------------------------------------------------


@pytest.mark.parametrize("fleet", FLEETS)
def test_spans_are_tight_sorted_and_in_the_labelset(fleet: str) -> None:
    for page in _pages(fleet):
        end = 0
        for span in page.spans:
            assert isinstance(span, GoldSpan)
            assert span.label in LABELS
            assert 0 <= span.start < span.end <= len(page.text)
            assert span.start >= end, "spans overlap or are not sorted"
            end = span.end
            value = _value(page, span)
            assert value == value.strip()
            assert value[0] not in ",;:.!?\"'“”«»(" and value[-1] not in ",;:.!?\"'“”«»(", value
            assert "\n" not in value


@pytest.mark.parametrize("fleet", FLEETS)
def test_imo_numbers_have_check_digits(fleet: str) -> None:
    pages = _pages(fleet, 1, 40)
    imos = _spans(pages, "IMO")
    assert imos
    fleet_imos = {v.imo for v in _fleet(fleet) if v.imo}
    for imo in imos:
        assert re.fullmatch(r"\d{7}", imo) and imo_check_ok(imo), imo
        assert imo in fleet_imos


@pytest.mark.parametrize("fleet", FLEETS)
def test_mmsi_numbers_start_with_a_known_mid(fleet: str) -> None:
    pages = _pages(fleet, 1, 40)
    mmsis = _spans(pages, "MMSI")
    assert mmsis
    fleet_mmsis = {v.mmsi for v in _fleet(fleet) if v.mmsi}
    for mmsi in mmsis:
        assert _mmsi_ok(mmsi), mmsi
        assert mmsi in fleet_mmsis


@pytest.mark.parametrize("fleet", FLEETS)
def test_call_signs_are_in_the_flags_itu_series(fleet: str) -> None:
    pages = _pages(fleet, 1, 40)
    valid = {v.ircs for v in _fleet(fleet) if v.ircs and _call_sign_ok(v.ircs, _flag_of(v))}
    call_signs = _spans(pages, "IRCS")
    assert call_signs
    for call_sign in call_signs:
        assert call_sign in valid, call_sign


@pytest.mark.parametrize("fleet", FLEETS)
def test_former_identifiers_pass_the_same_checks(fleet: str) -> None:
    pages = _pages(fleet, 1, 40)
    former = _spans(pages, "ID_CHANGE")
    assert former
    for value in former:
        if re.fullmatch(r"\d{7}", value):
            assert imo_check_ok(value)
        elif re.fullmatch(r"\d{9}", value):
            assert _mmsi_ok(value)
        else:
            assert any(_call_sign_ok(value, iso3) for iso3 in _itu()), value


@pytest.mark.parametrize("fleet", FLEETS)
def test_names_come_from_the_vessel_list(fleet: str) -> None:
    pages = _pages(fleet, 1, 40)

    def norm(name: str | None) -> str:
        return " ".join((name or "").replace("_", " ").split()).strip(" ,;:.!?\"'-/").upper()

    names = {norm(v.name) for v in _fleet(fleet)}
    former = {norm(v.former_name) for v in _fleet(fleet)}
    for value in _spans(pages, "VESSEL_NAME"):
        assert value.upper() in names, value
    for value in _spans(pages, "NAME_CHANGE"):
        assert value.upper() in former, value


@pytest.mark.parametrize("fleet", FLEETS)
def test_codes_and_names_come_from_the_reference_lists(fleet: str) -> None:
    pages = _pages(fleet, 1, 40)
    for value in _spans(pages, "SPECIES_NAME"):
        assert value in _species(), value
    for value in _spans(pages, "FAO_AREA_CODE"):
        assert value in _fao(), value
    for label in ("FLAG", "FLAG_CHANGE", "COUNTRY_CODE", "BUILD_COUNTRY"):
        for value in _spans(pages, label):
            assert value in _country_names(), (label, value)
    for value in _spans(pages, "RFMO_CODE"):
        assert value in {"IOTC", "WCPFC", "ICCAT", "IATTC", "NPFC", "SPRFMO", "CCAMLR"}
    for value in _spans(pages, "PORT_ID"):
        assert re.fullmatch(r"[A-Z]{2}[A-Z2-9]{3}", value), value
    for value in _spans(pages, "EU_CFR"):
        assert re.fullmatch(r"[A-Z]{3}\d{9}", value), value
    for value in _spans(pages, "METRIC_VALUE"):
        assert re.fullmatch(r"\d+(?:[.,]\d+)?", value), value
    for value in _spans(pages, "BUILD_YEAR"):
        assert 1850 <= int(value) <= date.today().year + 1
    for label in ("START_DATE", "END_DATE"):
        for value in _spans(pages, label):
            assert re.search(r"\b(19|20)\d\d\b", value), value


@pytest.mark.parametrize("fleet", FLEETS)
def test_every_layout_carries_identifiers_and_a_mix_of_labels(fleet: str) -> None:
    pages = _pages(fleet)
    for layout in LAYOUTS:
        labels = Counter(s.label for p in pages if p.layout == layout for s in p.spans)
        assert labels["VESSEL_NAME"], layout
        assert IDENTIFIERS & set(labels), layout
        assert len(labels) >= 6, (layout, labels)
    every = Counter(s.label for p in _pages(fleet, 1, 40) for s in p.spans)
    assert len(every) >= 30, sorted(set(LABELS) - set(every))


@pytest.mark.parametrize("fleet", FLEETS)
def test_every_layout_has_unlabelled_numbers(fleet: str) -> None:
    """Hard negatives: phone, reference, case and passport numbers, dates, amounts."""
    for layout in LAYOUTS:
        found = 0
        for page in (p for p in _pages(fleet) if p.layout == layout):
            covered = [False] * len(page.text)
            for span in page.spans:
                covered[span.start : span.end] = [True] * (span.end - span.start)
            found += sum(
                not any(covered[m.start() : m.end()]) for m in re.finditer(r"\d{4,}", page.text)
            )
        assert found >= 20, layout


@pytest.mark.parametrize("fleet", FLEETS)
def test_pages_in_spanish_and_french(fleet: str) -> None:
    texts = [p.text for p in _pages(fleet, 1, 40)]
    assert any(re.search(r"\b(Buque|buque|Bandera|Armador)\b", t) for t in texts)
    assert any(re.search(r"\b(Navire|navire|Pavillon|pavillon)\b", t) for t in texts)


# --- interface ---------------------------------------------------------------------------------


@pytest.mark.parametrize("fleet", FLEETS)
def test_deterministic_for_a_fleet_and_seed(fleet: str) -> None:
    vessels = list(_fleet(fleet))
    first = generate_blind_pages(vessels, 6, seed=3)
    assert first == generate_blind_pages(vessels, 6, seed=3)
    assert _signature(first) != _signature(generate_blind_pages(vessels, 6, seed=4))


@pytest.mark.parametrize("fleet", FLEETS)
def test_layout_subset(fleet: str) -> None:
    vessels = list(_fleet(fleet))
    wanted = [LAYOUTS[5], LAYOUTS[1]]
    subset = generate_blind_pages(vessels, 4, seed=2, layouts=wanted)
    assert [p.layout for p in subset] == [LAYOUTS[1]] * 4 + [LAYOUTS[5]] * 4
    full = generate_blind_pages(vessels, 4, seed=2)
    assert subset == [p for p in full if p.layout in wanted]


def test_unknown_layouts_are_refused() -> None:
    with pytest.raises(ValueError, match="no_such_layout"):
        generate_blind_pages(list(_fleet("synthetic")), 2, layouts=[LAYOUTS[0], "no_such_layout"])


def test_an_empty_vessel_list_is_refused() -> None:
    with pytest.raises(ValueError):
        generate_blind_pages([], 2)


def test_a_single_vessel_is_enough() -> None:
    pages = generate_blind_pages([synthetic_fleet(1)[0]], 3, seed=9)
    assert len(pages) == 3 * len(LAYOUTS)
    assert all(700 <= len(p.text) <= 3000 for p in pages)


def test_synthetic_fallback_without_the_vessel_folder(tmp_path: Path) -> None:
    vessels = load_vessels(tmp_path / "no-vessels-here")
    assert vessels == synthetic_fleet(SYNTHETIC_FLEET_SIZE)
    assert generate_blind_pages(vessels, 3) == generate_blind_pages(list(_fleet("synthetic")), 3)


_PROBE = """
import hashlib, json
from oceanid_dev.demo.vessels import load_vessels, synthetic_fleet
from tests.blind_layouts_v import generate_blind_pages
pages = generate_blind_pages({fleet}, 4, seed=11)
body = [[p.doc_id, p.page_num, p.layout, p.text, [[s.start, s.end, s.label] for s in p.spans]]
        for p in pages]
print(hashlib.sha256(json.dumps(body).encode("utf-8")).hexdigest())
"""


@pytest.mark.parametrize("fleet", FLEETS)
def test_independent_of_pythonhashseed(fleet: str) -> None:
    expression = "load_vessels()" if fleet == "default" else "synthetic_fleet(60)"
    digests = set()
    for hash_seed in ("0", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONPATH": str(ROOT)}
        result = subprocess.run(
            [sys.executable, "-c", _PROBE.format(fleet=expression)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        digests.add(result.stdout.strip())
    assert digests == {_signature(generate_blind_pages(list(_fleet(fleet)), 4, seed=11))}
