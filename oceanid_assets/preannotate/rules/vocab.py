"""Vocabulary the rules match: countries, RFMOs, species, FAO areas, metric words.

Everything here is compiled once at import; `extract_rules` must not touch files per page."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

import pycountry

from oceanid_assets.preannotate.validators import TRANSLATED_NAMES, country_code
from oceanid_assets.reference import asfis_species, asfis_species_names, demonyms, fao_areas

ISO3: frozenset[str] = frozenset(str(c.alpha_3) for c in pycountry.countries)
ISO2: frozenset[str] = frozenset(str(c.alpha_2) for c in pycountry.countries)


def trie_regex(words: Iterable[str]) -> str:
    """One alternation with shared prefixes factored out. Python's re tries a plain
    alternation's branches one by one at every position; a trie fails after one character
    for most positions, which keeps whole-page scans fast."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_pattern(trie)


def alternation(words: Sequence[str]) -> str:
    """The alternation of the words, `"|".join(map(re.escape, words))`, as a trie: the same
    matches, found several times faster where most positions start some word. Where two words
    fit at one position one begins the other, and the trie tries the longer first; so does the
    alternation when the longer is listed first, which is required (ValueError otherwise)."""
    for i, word in enumerate(words):
        for later in words[i + 1 :]:
            if later != word and later.startswith(word):
                raise ValueError(f"{later!r} must come before {word!r}, which begins it")
    return trie_regex(words)


def _trie_pattern(node: dict[str, Any]) -> str:
    branches = [re.escape(ch) + _trie_pattern(child) for ch, child in sorted(node.items()) if ch]
    optional = "" in node
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and not optional else "(?:" + "|".join(branches) + ")"
    if optional:
        body = (body if body.startswith("(?:") else "(?:" + body + ")") + "?"
    return body


def _country_names() -> list[str]:
    names: set[str] = {
        "People's Republic of China",
        "Chinese Taipei",
        "Taiwan",
        "Republic of Korea",
        "South Korea",
        "Russia",
        "Vietnam",
        "Bolivia",
        "Iran",
        "Tanzania",
        "Venezuela",
    }
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            # Names with commas ("Korea, Republic of") read as two list items in documents.
            if value and "," not in value:
                names.add(str(value))
    # Spanish and French names as registries in those languages print them ("España", "Chine").
    names.update(TRANSLATED_NAMES)
    return sorted(names, key=len, reverse=True)


COUNTRY_NAMES: tuple[str, ...] = tuple(_country_names())
COUNTRY_NAME_PATTERN = trie_regex(COUNTRY_NAMES)
COUNTRY_NAME_RE = re.compile(r"\b" + COUNTRY_NAME_PATTERN + r"\b")
COUNTRY_NAME_SET: frozenset[str] = frozenset(COUNTRY_NAMES)
# A flag State's adjective, as running text names the flag ("pabellón español", "battant
# pavillon français", "a Panamanian-flagged vessel"): reference/demonyms.csv, in EN/ES/FR.
DEMONYM_RE = re.compile(trie_regex(demonyms()) + r"(?![\w])")

RFMO_CODES = (
    "IOTC",
    "WCPFC",
    "ICCAT",
    "IATTC",
    "CCSBT",
    "NPFC",
    "SPRFMO",
    "NAFO",
    "NEAFC",
    "SEAFO",
    "SIOFA",
    "CCAMLR",
    "GFCM",
    "CCBSP",
    "WECAFC",
    # The same bodies' Spanish and French acronyms.
    "CTOI",  # IOTC
    "CAOI",
    "CICTA",  # ICCAT
    "CICAA",
    "CIAT",  # IATTC
    "CITT",
    "OPANO",  # NAFO
    "CPANE",  # NEAFC
    "CCRVMA",  # CCAMLR
    "CGPM",  # GFCM
    "COPACO",  # WECAFC
    "ORGPPS",  # SPRFMO
    "OROP-PS",
)
RFMO_RE = re.compile(r"(?:" + "|".join(sorted(set(RFMO_CODES), key=len, reverse=True)) + r")\b")

SPECIES: dict[str, str] = asfis_species()
# Names as listed ("Yellowfin tuna") or lower-case in running text ("yellowfin tuna").
SPECIES_NAME_RE = re.compile(
    trie_regex({n for name in asfis_species_names() for n in (name, name[:1].lower() + name[1:])})
    + r"\b"
)
SPECIES_CODE_RE = re.compile(r"\b([A-Z]{3})\b")
FAO_AREAS: dict[str, str] = fao_areas()
FAO_CODE_RE = re.compile(r"\b\d{2}(?:\.\d{1,2}(?:\.(?:[a-z]|\d{1,2})(?:\.\d)?)?)?\b")

# Longest first: "m" must not take the first letter of "metres".
UNIT_RE = re.compile(
    r"(?:tonnes|toneladas|tonnas|tons|metres|meters|metros|mètres|GRT|GT|NT|kW|KW|HP|hp|CV|"
    r"m3|ft|m|t)"
)
# Thousands apart by commas or (French) no-break spaces; a decimal point or (Spanish, French)
# comma.
NUMBER_RE = re.compile(
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[\u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?"
)


def country_alpha3(text: str) -> str | None:
    return country_code(text)


def is_country_code(token: str) -> bool:
    return token in ISO3 or token in ISO2
