"""Gold data of blind set Y (never the extractor): shape, spans, identifiers, determinism."""

from __future__ import annotations

import csv
import hashlib
import os
import re
import subprocess
import sys
import uuid
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from oceanid_assets.labelset import LABELS
from oceanid_dev.demo.vessels import (
    ENV_VAR,
    SYNTHETIC_FLEET_SIZE,
    Vessel,
    imo_check_ok,
    load_vessels,
    synthetic_fleet,
)
from tests.blind_layouts_y import LAYOUTS, BlindPage, GoldSpan, generate_blind_pages
from tests.blind_layouts_y._common import COUNTRY_NAMES

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "oceanid_assets" / "reference"
PER_LAYOUT = 20
EXPECTED_LAYOUTS = (
    "reefer_cargo_manifest",
    "wreck_removal_notice",
    "agent_nomination_letter",
    "bunkering_approvals",
    "registry_issue_ticket",
    "bareboat_charter_register",
    "c188_inspection_report",
    "quota_auction_results",
)
EDGE = " \t\r\n.,;:'\"*|"


# --- reference lists, read here independently of the generators --------------------------------


def _rows(name: str) -> list[dict[str, str]]:
    with (REFERENCE / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@cache
def _mids() -> dict[str, tuple[str, str, str]]:
    return {r["mid"]: (r["iso2"], r["iso3"], r["name"]) for r in _rows("mmsi_mids.csv")}


@cache
def _series() -> tuple[tuple[str, str, str], ...]:
    out = []
    for row in _rows("itu_call_sign_series.csv"):
        first, _, last = row["Series"].partition(" - ")
        out.append((first.strip(), last.strip(), row["Allocated to"].strip()))
    return tuple(out)


def _in_series(call: str, first: str, last: str) -> bool:
    if len(call) < 3 or call[:2] != first[:2]:
        return False
    return (first[2], last[2]) == ("A", "Z") or first[2] <= call[2] <= last[2]


def _call_owners(call: str) -> set[str]:
    """Names of the ITU allocations whose series hold the call sign."""
    return {owner for first, last, owner in _series() if _in_series(call, first, last)}


def _flag_names(iso3: str) -> set[str]:
    return {name for _, code, name in _mids().values() if code == iso3}


def _call_fits_flag(call: str, iso3: str) -> bool:
    owners = _call_owners(call)
    return any(n == o or n.startswith(o + " ") for n in _flag_names(iso3) for o in owners)


def _resolved_flag(vessel: Vessel) -> str | None:
    if vessel.flag:
        return vessel.flag
    if vessel.mmsi and vessel.mmsi[:3] in _mids():
        return _mids()[vessel.mmsi[:3]][1]
    return None


@cache
def _species_texts() -> frozenset[str]:
    texts = {r["code"] for r in _rows("asfis_species.head300.csv")}
    for row in _rows("asfis_species_curated.csv"):
        texts.update({row["code"], row["name_en"]})
    for row in _rows("asfis_species_es_fr.csv"):
        texts.update({row["code"], row["name_es"], row["name_fr"]})
    return frozenset(texts)


@cache
def _fao_codes() -> frozenset[str]:
    return frozenset(r["code"] for r in _rows("fao_areas.csv"))


@cache
def _country_texts() -> frozenset[str]:
    texts: set[str] = set()
    for names in COUNTRY_NAMES.values():
        texts.update(names)
    for iso2, iso3, name in _mids().values():
        texts.update({iso2, iso3, name.split(" (")[0].split(" - ")[0]})
    return frozenset(texts)


# --- fleets and pages -----------------------------------------------------------------------------

_FLEETS: dict[str, list[Vessel]] = {}
_PAGES: dict[tuple[str, int], list[BlindPage]] = {}


def _fleet(kind: str) -> list[Vessel]:
    if kind not in _FLEETS:
        _FLEETS[kind] = (
            load_vessels() if kind == "default" else synthetic_fleet(SYNTHETIC_FLEET_SIZE)
        )
    return _FLEETS[kind]


def _pages(kind: str, seed: int = 0) -> list[BlindPage]:
    if (kind, seed) not in _PAGES:
        _PAGES[kind, seed] = generate_blind_pages(_fleet(kind), PER_LAYOUT, seed)
    return _PAGES[kind, seed]


@pytest.fixture(params=["default", "synthetic"])
def fleet_kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def _texts(page: BlindPage, label: str) -> list[str]:
    return [page.text[s.start : s.end] for s in page.spans if s.label == label]


# --- shape --------------------------------------------------------------------------------------


def test_layout_names_and_order() -> None:
    assert LAYOUTS == EXPECTED_LAYOUTS
    assert all(re.fullmatch(r"[a-z][a-z0-9_]+", name) for name in LAYOUTS)


def test_exact_page_counts_in_layout_order(fleet_kind: str) -> None:
    pages = _pages(fleet_kind)
    assert len(pages) == PER_LAYOUT * len(LAYOUTS)
    assert [p.layout for p in pages] == [name for name in LAYOUTS for _ in range(PER_LAYOUT)]
    odd = generate_blind_pages(_fleet(fleet_kind), pages_per_layout=7, seed=3)
    assert Counter(p.layout for p in odd) == dict.fromkeys(LAYOUTS, 7)


def test_doc_numbering_and_ids(fleet_kind: str) -> None:
    pages = _pages(fleet_kind)
    by_doc: dict[str, list[BlindPage]] = {}
    for page in pages:
        by_doc.setdefault(page.doc_id, []).append(page)
    for layout in LAYOUTS:
        docs = list(dict.fromkeys(p.doc_id for p in pages if p.layout == layout))
        for index, doc_id in enumerate(docs):
            key = f"blind-y:0:{layout}:{index}"
            raw = bytearray(hashlib.sha256(key.encode()).digest()[:16])
            raw[6] = (raw[6] & 0x0F) | 0x70
            raw[8] = (raw[8] & 0x3F) | 0x80
            assert doc_id == str(uuid.UUID(bytes=bytes(raw)))
            parsed = uuid.UUID(doc_id)
            assert parsed.version == 7 and parsed.variant == uuid.RFC_4122
    for doc_pages in by_doc.values():
        assert [p.page_num for p in doc_pages] == list(range(1, len(doc_pages) + 1))
        assert len(doc_pages) <= 3
        assert len({p.layout for p in doc_pages}) == 1


def test_page_lengths(fleet_kind: str) -> None:
    lengths = [len(p.text) for p in _pages(fleet_kind)]
    assert all(700 <= n <= 3000 for n in lengths), sorted(lengths)[:5]
    assert sum(n > 800 for n in lengths) >= 0.8 * len(lengths)


def test_spans_tight_sorted_in_labelset(fleet_kind: str) -> None:
    for page in _pages(fleet_kind):
        last_end = 0
        for span in page.spans:
            assert isinstance(span, GoldSpan)
            assert span.label in LABELS
            assert 0 <= span.start < span.end <= len(page.text)
            assert span.start >= last_end, (page.doc_id, span)
            last_end = span.end
            value = page.text[span.start : span.end]
            assert value[0] not in EDGE and value[-1] not in EDGE, (span.label, value)
            assert "\n" not in value


# --- identifiers and codes ----------------------------------------------------------------------


def _check_identifier(value: str, fleet_calls: dict[str, str | None]) -> None:
    if re.fullmatch(r"\d{7}", value):
        assert imo_check_ok(value), value
    elif re.fullmatch(r"\d{9}", value):
        assert value[:3] in _mids(), value
    else:
        assert re.fullmatch(r"[A-Z0-9]{3,7}", value), value
        assert _call_owners(value), value
        if fleet_calls.get(value):
            assert _call_fits_flag(value, str(fleet_calls[value])), value


def test_identifiers_well_formed(fleet_kind: str) -> None:
    fleet = _fleet(fleet_kind)
    fleet_calls = {v.ircs: _resolved_flag(v) for v in fleet if v.ircs}
    seen = Counter[str]()
    for page in _pages(fleet_kind):
        for imo in _texts(page, "IMO"):
            assert re.fullmatch(r"\d{7}", imo) and imo_check_ok(imo), imo
            seen["IMO"] += 1
        for mmsi in _texts(page, "MMSI"):
            assert re.fullmatch(r"\d{9}", mmsi) and mmsi[:3] in _mids(), mmsi
            seen["MMSI"] += 1
        for call in _texts(page, "IRCS"):
            _check_identifier(call, fleet_calls)
            assert not call.isdigit()
            seen["IRCS"] += 1
        for former in _texts(page, "ID_CHANGE"):
            _check_identifier(former, {})
            seen["ID_CHANGE"] += 1
    assert min(seen[k] for k in ("IMO", "MMSI", "IRCS", "ID_CHANGE")) > 0, seen


def test_vessel_list_identifiers_only_when_well_formed(fleet_kind: str) -> None:
    """A call sign of a listed vessel is printed as IRCS only in its flag's ITU series."""
    fleet = _fleet(fleet_kind)
    by_name = {v.name: v for v in fleet}
    for page in _pages(fleet_kind):
        names = set(_texts(page, "VESSEL_NAME"))
        assert names <= set(by_name), names - set(by_name)
        if page.layout == "bareboat_charter_register":
            continue
        for call in _texts(page, "IRCS"):
            owners = [v for v in fleet if v.ircs == call]
            assert owners, call
            assert any(_call_fits_flag(call, str(_resolved_flag(v))) for v in owners), call


def test_codes_and_names_from_reference_lists(fleet_kind: str) -> None:
    for page in _pages(fleet_kind):
        for text in _texts(page, "SPECIES_NAME"):
            assert text in _species_texts(), text
        for text in _texts(page, "FAO_AREA_CODE"):
            assert text in _fao_codes(), text
        for label in ("FLAG", "FLAG_CHANGE", "COUNTRY_CODE", "HOME_PORT_STATE"):
            for text in _texts(page, label):
                assert text in _country_texts(), (label, text)
        for text in _texts(page, "RFMO_CODE"):
            assert text in {"IOTC", "WCPFC", "ICCAT", "IATTC", "SPRFMO", "NPFC", "CCSBT", "SIOFA"}
        for text in _texts(page, "PORT_ID"):
            assert re.fullmatch(r"[A-Z]{5}", text), text
            assert text[:2] in {iso2 for iso2, _, _ in _mids().values()}, text
        for text in _texts(page, "EU_CFR"):
            assert re.fullmatch(r"[A-Z]{3}\d{9}", text), text
        for text in _texts(page, "METRIC_VALUE"):
            assert re.fullmatch(r"\d[\d,]*(\.\d+)?", text), text
        for text in _texts(page, "BUILD_YEAR"):
            assert 1850 <= int(text) <= 2031
        for label in ("START_DATE", "END_DATE"):
            for text in _texts(page, label):
                assert re.search(r"\b(19|20)\d\d\b", text), text


def test_every_layout_carries_identifiers_and_a_mix_of_labels(fleet_kind: str) -> None:
    for layout in LAYOUTS:
        pages = [p for p in _pages(fleet_kind) if p.layout == layout]
        labels = Counter(s.label for p in pages for s in p.spans)
        assert labels["VESSEL_NAME"] > 0, layout
        assert labels["IMO"] + labels["MMSI"] + labels["IRCS"] > 0, layout
        assert len(labels) >= 7, (layout, labels)
        assert all(p.spans for p in pages), layout


# --- determinism and the interface --------------------------------------------------------------


def test_deterministic_and_seeded(fleet_kind: str) -> None:
    fleet = _fleet(fleet_kind)
    again = generate_blind_pages(fleet, PER_LAYOUT, 0)
    assert again == _pages(fleet_kind)
    other = generate_blind_pages(fleet, PER_LAYOUT, 1)
    assert [p.text for p in other] != [p.text for p in again]


def test_layout_subset(fleet_kind: str) -> None:
    wanted = [LAYOUTS[6], LAYOUTS[1]]
    pages = generate_blind_pages(_fleet(fleet_kind), 5, 0, layouts=wanted)
    assert [p.layout for p in pages] == [LAYOUTS[1]] * 5 + [LAYOUTS[6]] * 5
    full = [p for p in _pages(fleet_kind) if p.layout == LAYOUTS[1]]
    assert pages[:5] == full[:5]


def test_refuses_unknown_layouts_and_empty_fleets() -> None:
    fleet = synthetic_fleet(SYNTHETIC_FLEET_SIZE)
    with pytest.raises(ValueError, match="no_such_layout"):
        generate_blind_pages(fleet, 2, 0, layouts=[LAYOUTS[0], "no_such_layout"])
    with pytest.raises(ValueError):
        generate_blind_pages([], 2, 0)


def test_synthetic_fallback_without_vessel_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / "no_vessels_here"
    synthetic = synthetic_fleet(SYNTHETIC_FLEET_SIZE)
    assert load_vessels(missing) == synthetic
    monkeypatch.setenv(ENV_VAR, str(missing))
    assert load_vessels() == synthetic
    pages = generate_blind_pages(load_vessels(), 3, 0)
    assert pages == generate_blind_pages(synthetic, 3, 0)


_DIGEST_SCRIPT = """
import hashlib
from oceanid_dev.demo.vessels import SYNTHETIC_FLEET_SIZE, synthetic_fleet
from tests.blind_layouts_y import generate_blind_pages
pages = generate_blind_pages(synthetic_fleet(SYNTHETIC_FLEET_SIZE), 4, 5)
print(hashlib.sha256(repr(pages).encode()).hexdigest())
"""


def test_independent_of_pythonhashseed() -> None:
    digests = set()
    for hash_seed in ("1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        result = subprocess.run(
            [sys.executable, "-c", _DIGEST_SCRIPT],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        )
        digests.add(result.stdout.strip())
    here = generate_blind_pages(synthetic_fleet(SYNTHETIC_FLEET_SIZE), 4, 5)
    digests.add(hashlib.sha256(repr(here).encode()).hexdigest())
    assert len(digests) == 1
