"""The demonym list: real codes, one code per written form, all three languages per country."""

from __future__ import annotations

import csv
from collections import defaultdict
from importlib import resources

import pycountry
import pytest

from oceanid_assets import reference

# English has no adjective for Hong Kong other than the name itself ("Hong Kong-flagged").
_NO_ENGLISH_DEMONYM = {"HKG"}


def _rows() -> list[dict[str, str]]:
    text = resources.files(reference).joinpath("demonyms.csv").read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


def test_every_code_is_an_iso_3166_alpha_3() -> None:
    unknown = {
        row["iso3"] for row in _rows() if pycountry.countries.get(alpha_3=row["iso3"]) is None
    }
    assert unknown == set()


def test_no_written_form_names_two_states() -> None:
    codes: dict[str, set[str]] = defaultdict(set)
    for row in _rows():
        codes[row["demonym"]].add(row["iso3"])
    assert {form: found for form, found in codes.items() if len(found) > 1} == {}


def test_every_state_has_a_form_in_each_language() -> None:
    languages: dict[str, set[str]] = defaultdict(set)
    for row in _rows():
        languages[row["iso3"]].add(row["language"])
    missing = {
        iso3: {"en", "es", "fr"} - found - ({"en"} if iso3 in _NO_ENGLISH_DEMONYM else set())
        for iso3, found in languages.items()
    }
    assert {iso3: gap for iso3, gap in missing.items() if gap} == {}
    assert len(languages) >= 100


def test_case_follows_each_language() -> None:
    rows = _rows()
    assert {row["language"] for row in rows} == {"en", "es", "fr"}
    miscased = [
        row
        for row in rows
        if (row["language"] == "en" and not row["demonym"][0].isupper())
        or (row["language"] != "en" and not row["demonym"].islower())
    ]
    assert miscased == []


@pytest.mark.parametrize(
    ("form", "iso3"),
    [
        ("español", "ESP"),
        ("españolas", "ESP"),
        ("française", "FRA"),
        ("Chinese", "CHN"),
        ("panameña", "PAN"),
        ("taïwanais", "TWN"),
        ("taiwanesa", "TWN"),
        ("British", "GBR"),
        ("Faroese", "FRO"),
        ("norteamericano", "USA"),
        ("mauricien", "MUS"),
        ("mauritanien", "MRT"),
    ],
)
def test_spot_checks(form: str, iso3: str) -> None:
    assert reference.demonyms()[form] == iso3


def test_ambiguous_forms_are_left_out() -> None:
    assert {"Korean", "coreano", "coréen", "dominicano", "Congolese"}.isdisjoint(
        reference.demonyms()
    )
