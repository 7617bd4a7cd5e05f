"""Checks on blind evaluation set D's data itself (no extractor is run here): offsets, labels,
identifier rules, determinism, and that both the real and the synthetic fleet work."""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from oceanid_assets.labelset import LABELS
from oceanid_dev.demo.vessels import DEFAULT_DIR, ENV_VAR, Vessel, load_vessels
from tests.blind_layouts_d import LAYOUTS, BlindPage, generate_blind_pages

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "oceanid_assets" / "reference"
IDENTIFIERS = ("IMO", "MMSI", "IRCS")


def _column(name: str, column: str) -> set[str]:
    with (REFERENCE / name).open(encoding="utf-8") as handle:
        return {row[column] for row in csv.DictReader(handle)}


MIDS = _column("mmsi_mids.csv", "mid")
CALL_SIGN_SERIES = _column("itu_call_sign_series.csv", "Series")
FAO_AREAS = _column("fao_areas.csv", "code")


# --- identifier rules, written for this set (not the extractor's) -----------------------------


def imo_ok(text: str) -> bool:
    if not re.fullmatch(r"\d{7}", text):
        return False
    weighted = sum(int(digit) * (7 - index) for index, digit in enumerate(text[:6]))
    return weighted % 10 == int(text[6])


def mmsi_ok(text: str) -> bool:
    return bool(re.fullmatch(r"\d{9}", text)) and text[:3] in MIDS


def ircs_ok(text: str) -> bool:
    """ITU series are ranges of three-character prefixes ('3DA - 3DM'); a call sign belongs to
    one when its first three characters fall in the range, or its first two match a series whose
    third character is free (ship call signs often carry a digit third)."""
    if not re.fullmatch(r"(?=.*[A-Z])[A-Z0-9]{3,7}", text):
        return False
    for series in CALL_SIGN_SERIES:
        first, last = (part.strip() for part in series.split("-"))
        if first[:2] == text[:2] and (first <= text[:3] <= last or not text[2].isalpha()):
            return True
    return False


_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%m/%d/%Y", "%d.%m.%Y", "%d %b %Y", "%d-%b-%Y")
_MONTH_NAMES = (
    "january february march april may june july august september october november december",
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
)
_MONTHS = {name: index for names in _MONTH_NAMES for index, name in enumerate(names.split(" "), 1)}


def parse_date(text: str) -> dt.date | None:
    for form in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, form).date()
        except ValueError:
            pass
    words = re.fullmatch(r"(\d{1,2})(?:er)? (?:de )?(\w+) (?:de )?(\d{4})", text)
    if words and words[2].lower() in _MONTHS:
        return dt.date(int(words[3]), _MONTHS[words[2].lower()], int(words[1]))
    us = re.fullmatch(r"(\w+) (\d{1,2}), (\d{4})", text)
    if us and us[1].lower() in _MONTHS:
        return dt.date(int(us[3]), _MONTHS[us[1].lower()], int(us[2]))
    return None


RULES: dict[str, Callable[[str], bool]] = {
    "IMO": imo_ok,
    "MMSI": mmsi_ok,
    "IRCS": ircs_ok,
    "ID_CHANGE": lambda text: ircs_ok(text) or mmsi_ok(text),
    "EU_CFR": lambda text: bool(re.fullmatch(r"[A-Z]{3}\d{9}", text)),
    # Thousands separators (',' '.' or a space) and a decimal point or comma, as printed.
    "METRIC_VALUE": lambda text: bool(re.fullmatch(r"\d{1,3}(?:[ ,.]?\d{3})*(?:[.,]\d+)?", text)),
    "BUILD_YEAR": lambda text: text.isdigit() and 1850 <= int(text) <= dt.date.today().year + 1,
    "START_DATE": lambda text: parse_date(text) is not None,
    "END_DATE": lambda text: parse_date(text) is not None,
    "FAO_AREA_CODE": lambda text: text in FAO_AREAS,
    "PORT_ID": lambda text: bool(re.fullmatch(r"[A-Z]{2}[A-Z2-9]{3}", text)),
    "METRIC_UNIT": lambda text: text in {"GT", "GRT", "TJB", "m", "kW", "m3", "m³"},
}


# --- fleets -----------------------------------------------------------------------------------


@pytest.fixture(scope="module", params=["default", "synthetic"])
def vessels(request: pytest.FixtureRequest) -> list[Vessel]:
    if request.param == "default":
        # The real vessel lists where this machine has them, else the synthetic fleet.
        return load_vessels(DEFAULT_DIR)
    return load_vessels(Path("/nonexistent"))


@pytest.fixture(scope="module")
def pages(vessels: list[Vessel]) -> list[BlindPage]:
    return generate_blind_pages(vessels, pages_per_layout=24, seed=3)


def test_synthetic_fleet_through_the_env_var(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_VAR, "/nonexistent")
    synthetic = load_vessels()
    produced = generate_blind_pages(synthetic, pages_per_layout=3, seed=0)
    assert Counter(page.layout for page in produced) == dict.fromkeys(LAYOUTS, 3)


def test_eight_layouts_each_with_the_pages_asked_for(pages: list[BlindPage]) -> None:
    assert len(LAYOUTS) == 8 and len(set(LAYOUTS)) == 8
    assert Counter(page.layout for page in pages) == dict.fromkeys(LAYOUTS, 24)


def test_documents_number_their_pages_from_one(pages: list[BlindPage]) -> None:
    by_doc: dict[str, list[BlindPage]] = {}
    for page in pages:
        by_doc.setdefault(page.doc_id, []).append(page)
    for doc_pages in by_doc.values():
        assert [p.page_num for p in doc_pages] == list(range(1, len(doc_pages) + 1))
        assert len(doc_pages) <= 3 and len({p.layout for p in doc_pages}) == 1
    assert len({(p.doc_id, p.page_num) for p in pages}) == len(pages)


def test_spans_are_inside_tight_non_overlapping_and_labelled_in_v1(pages: list[BlindPage]) -> None:
    for page in pages:
        assert page.text.strip() and page.spans
        previous_end = 0
        for span in sorted(page.spans, key=lambda s: s.start):
            value = page.text[span.start : span.end]
            assert 0 <= span.start < span.end <= len(page.text), (page.doc_id, span)
            assert span.start >= previous_end, f"overlap at {span} on {page.doc_id}"
            assert span.label in LABELS, span.label
            assert value == value.strip(), repr(value)
            if span.label in RULES or span.label in {"LICENSE_NO", "RFMO_ID", "FLAG", "CITY"}:
                assert value.strip(".,;:()") == value, repr(value)
            # Only the one-vessel record wraps long values under its value column.
            assert "\n" not in value or page.layout == "rfv_record", repr(value)
            previous_end = span.end


def test_identifiers_and_values_pass_their_rules(pages: list[BlindPage]) -> None:
    checked: Counter[str] = Counter()
    for page in pages:
        for span in page.spans:
            rule = RULES.get(span.label)
            if rule is None:
                continue
            value = page.text[span.start : span.end]
            assert rule(value), f"{span.label} {value!r} on {page.layout} {page.doc_id}"
            checked[span.label] += 1
    assert all(checked[label] > 0 for label in (*IDENTIFIERS, "METRIC_VALUE", "START_DATE"))


def test_key_words_stay_outside_identifier_spans(pages: list[BlindPage]) -> None:
    for page in pages:
        for span in page.spans:
            value = page.text[span.start : span.end]
            if span.label == "VESSEL_NAME":
                assert not re.match(r"(?:F/V|M/V|M/T|MV|FV)\s", value), value
            if span.label in {"IMO", "MMSI"}:
                assert value.isdigit(), value


def test_every_layout_carries_identifier_spans_and_a_mix_of_labels(
    pages: list[BlindPage],
) -> None:
    for layout in LAYOUTS:
        labels = Counter(s.label for p in pages if p.layout == layout for s in p.spans)
        expected = ("IMO", "IRCS") if layout == "psma_annex_a" else IDENTIFIERS
        assert all(labels[label] > 0 for label in expected), (layout, labels)
        assert len(labels) >= 8, (layout, labels)


def test_start_dates_do_not_follow_their_end_dates_on_the_same_line(
    pages: list[BlindPage],
) -> None:
    # Side-by-side and transposed layouts hold several periods per line; pair them in order.
    for page in pages:
        for line_start, line in _lines(page.text):
            spans = [s for s in page.spans if line_start <= s.start < line_start + len(line)]
            starts = [s for s in spans if s.label == "START_DATE"]
            ends = [s for s in spans if s.label == "END_DATE"]
            if len(starts) == len(ends):
                for start, end in zip(starts, ends, strict=True):
                    first = parse_date(page.text[start.start : start.end])
                    last = parse_date(page.text[end.start : end.end])
                    assert first and last and first <= last, line


def test_generation_is_deterministic_and_seeded(vessels: list[Vessel]) -> None:
    first = generate_blind_pages(vessels, pages_per_layout=6, seed=11)
    assert first == generate_blind_pages(vessels, pages_per_layout=6, seed=11)
    other = generate_blind_pages(vessels, pages_per_layout=6, seed=12)
    assert [p.text for p in first] != [p.text for p in other]
    assert {p.doc_id for p in first}.isdisjoint({p.doc_id for p in other})
    only = generate_blind_pages(vessels, pages_per_layout=6, seed=11, layouts=["iuu_list"])
    assert only == [p for p in first if p.layout == "iuu_list"]


def test_unknown_layout_is_refused(vessels: list[Vessel]) -> None:
    with pytest.raises(ValueError, match="unknown blind layouts"):
        generate_blind_pages(vessels, layouts=["no_such_layout"])


def test_generation_does_not_depend_on_the_hash_seed() -> None:
    script = (
        "import hashlib, json\n"
        "from oceanid_dev.demo.vessels import load_vessels\n"
        "from tests.blind_layouts_d import generate_blind_pages\n"
        "pages = generate_blind_pages(load_vessels(), pages_per_layout=5, seed=2)\n"
        "rows = [[p.doc_id, p.page_num, p.text, [[s.start, s.end, s.label] for s in p.spans]]"
        " for p in pages]\n"
        "print(hashlib.sha256(json.dumps(rows).encode()).hexdigest())\n"
    )
    digests = set()
    for hash_seed in ("1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONPATH": str(ROOT)}
        result = subprocess.run(
            [sys.executable, "-c", script],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        digests.add(result.stdout.strip())
    assert len(digests) == 1 and len(next(iter(digests))) == 64


def test_rules_reject_malformed_identifiers() -> None:
    # The checks above would pass vacuously if the rules accepted anything.
    assert imo_ok("9930894") and not imo_ok("9930895") and not imo_ok("IMO9930894")
    assert mmsi_ok("412549512") and not mmsi_ok("000549512") and not mmsi_ok("41254951")
    assert ircs_ok("BZU6D") and ircs_ok("9V2345") and not ircs_ok("QQ123") and not ircs_ok("B")
    assert parse_date("1er mars 2025") == dt.date(2025, 3, 1)
    assert parse_date("31 de diciembre de 2025") == dt.date(2025, 12, 31)
    assert parse_date("2025-13-01") is None


def _lines(text: str) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    offset = 0
    for line in text.split("\n"):
        out.append((offset, line))
        offset += len(line) + 1
    return out
