"""Per-label checks of a span's text, shared by the rules and by review of SME annotations.

`validate(label, text)` returns None when the text passes (or no rule exists for the label)
and otherwise a short reason a reviewer can act on.
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Callable
from datetime import date, datetime
from functools import lru_cache

import pycountry
from stdnum import imo as stdnum_imo
from stdnum.exceptions import ValidationError

from oceanid_assets.reference import (
    Mid,
    asfis_species,
    call_sign_series,
    demonyms,
    fao_areas,
    mmsi_mids,
)

_MONTHS = {
    name.lower(): number
    for number, names in enumerate(
        (
            ("January", "Jan"),
            ("February", "Feb"),
            ("March", "Mar"),
            ("April", "Apr"),
            ("May",),
            ("June", "Jun"),
            ("July", "Jul"),
            ("August", "Aug"),
            ("September", "Sep", "Sept"),
            ("October", "Oct"),
            ("November", "Nov"),
            ("December", "Dec"),
        ),
        start=1,
    )
    for name in names
}
# Spanish and French registries write their months in full, in lower case.
_MONTHS.update(
    {
        name: number
        for number, names in enumerate(
            (
                ("enero", "janvier"),
                ("febrero", "février", "fevrier"),
                ("marzo", "mars"),
                ("abril", "avril"),
                ("mayo", "mai"),
                ("junio", "juin"),
                ("julio", "juillet"),
                ("agosto", "août", "aout"),
                ("septiembre", "setiembre", "septembre"),
                ("octubre", "octobre"),
                ("noviembre", "novembre"),
                ("diciembre", "décembre", "decembre"),
            ),
            start=1,
        )
        for name in names
    }
)
_ISO = re.compile(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})")
_DMY = re.compile(r"(\d{1,2})([./-])(\d{1,2})\2(\d{4})")
_LONG = re.compile(
    r"(\d{1,2})(?:st|nd|rd|th|er)?[\s-]+(?:de\s+)?([^\W\d_]+)\.?,?[\s-]+(?:de\s+)?(\d{4})"
)
_LONG_US = re.compile(r"([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")
_CFR = re.compile(r"[A-Z]{3}\d{9}")
_CALL_SIGN = re.compile(r"[A-Z0-9]{3,8}")
_YEAR = re.compile(r"\d{4}")


def parse_date(text: str) -> date | None:
    """ISO, day-first numeric (dd/mm/yyyy, dd.mm.yyyy, dd-mm-yyyy) and written-month dates.

    Numeric dates are read day-first: registry documents in scope are not US-style."""
    text = text.strip()
    try:
        if m := _ISO.fullmatch(text):
            return date(int(m[1]), int(m[3]), int(m[4]))
        if m := _DMY.fullmatch(text):
            return date(int(m[4]), int(m[3]), int(m[1]))
        if m := _LONG.fullmatch(text):
            month = _MONTHS.get(m[2].lower())
            return date(int(m[3]), month, int(m[1])) if month else None
        if m := _LONG_US.fullmatch(text):
            month = _MONTHS.get(m[1].lower())
            return date(int(m[3]), month, int(m[2])) if month else None
    except ValueError:
        return None
    return _compact_date(text)


# What fixed-width listings and database exports print: 31DEC26, 20261231, 261231, 31/12/26.
_COMPACT_MONTH = re.compile(r"(\d{1,2})([A-Za-z]{3})(\d{2}|\d{4})")
_DIGITS_YMD = re.compile(r"(\d{4}|\d{2})(\d{2})(\d{2})")
_SHORT_YEAR = re.compile(r"(\d{1,2})([./-])(\d{1,2})\2(\d{2})")


def _compact_date(text: str) -> date | None:
    """Compact forms, two-digit years in this century; a numeric one read day-first, then
    month-first (12/31/26) when day-first is no date."""
    candidates: list[tuple[int, int, int]] = []
    if m := _COMPACT_MONTH.fullmatch(text):
        month = _MONTHS.get(m[2].lower())
        if month:
            candidates.append((_full_year(m[3]), month, int(m[1])))
    elif m := _DIGITS_YMD.fullmatch(text):
        candidates.append((_full_year(m[1]), int(m[2]), int(m[3])))
    elif m := _SHORT_YEAR.fullmatch(text):
        year = _full_year(m[4])
        candidates += [(year, int(m[3]), int(m[1])), (year, int(m[1]), int(m[3]))]
    for year, month, day in candidates:
        try:
            return date(year, month, day)
        except ValueError:
            continue
    return None


def _full_year(digits: str) -> int:
    return int(digits) if len(digits) == 4 else 2000 + int(digits)


def mmsi_country(mmsi: str) -> tuple[Mid, ...]:
    """Allocations of the MMSI's MID (first three digits of a ship station identity)."""
    return mmsi_mids().get(mmsi[:3], ())


def call_sign_country(call_sign: str) -> str | None:
    """The ITU Appendix 42 allocation of the call sign's series, or None."""
    call_sign = call_sign.strip().upper()
    if len(call_sign) < 2:
        return None
    candidates = call_sign_series().get(call_sign[:2], ())
    if len(candidates) == 1:
        return candidates[0][2]
    third = call_sign[2:3]
    for lo, hi, country in candidates:
        if third.isalpha() and lo <= third <= hi:
            return country
    # A digit in third place says nothing about a split series; the first holder is a guess.
    return candidates[0][2] if candidates else None


@lru_cache(maxsize=16384)  # pycountry's lookup scans its table (~35 us); cells repeat
def country_code(text: str) -> str | None:
    """ISO 3166 alpha-3 for an alpha-2/alpha-3 code or a country name, else None."""
    text = text.strip()
    if text.isalpha() and text.isupper() and len(text) in (2, 3):
        code = _ALPHA2_TO_3.get(text) if len(text) == 2 else text
        return code if code in _ALPHA3 else None
    try:
        return str(pycountry.countries.lookup(text).alpha_3)
    except LookupError:
        lowered = text.lower()
        # A flag is stated by its adjective too ("Panamanian", "española").
        return _EXTRA_NAMES.get(lowered) or _TRANSLATED_LOWER.get(lowered) or demonyms().get(text)


_ALPHA2_TO_3 = {str(c.alpha_2): str(c.alpha_3) for c in pycountry.countries}
_ALPHA3 = frozenset(_ALPHA2_TO_3.values())


# Names documents use that pycountry's official/common names do not cover.
def _translated_names() -> dict[str, str]:
    """Spanish and French country names as written -> alpha-3, from the translations that
    ship with pycountry, plus the short forms registries use where those are long."""
    names: dict[str, str] = {}
    for language in ("es", "fr"):
        translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
        for country in pycountry.countries:
            for attr in ("name", "common_name", "official_name"):
                value = getattr(country, attr, None)
                translated = translation.gettext(value) if value else None
                # Names with commas ("Corée, République de") read as two list items.
                if translated and "," not in translated:
                    names.setdefault(translated, str(country.alpha_3))
    names.update(
        {
            **{"Corea del Sur": "KOR", "Corée du Sud": "KOR", "Taiwán": "TWN", "Taïwan": "TWN"},
            **{"Rusia": "RUS", "Russie": "RUS", "Viêt Nam": "VNM", "Corea": "KOR", "Corée": "KOR"},
            **{"Estados Unidos de América": "USA"},
        }
    )
    return names


TRANSLATED_NAMES: dict[str, str] = _translated_names()
_TRANSLATED_LOWER = {name.lower(): code for name, code in TRANSLATED_NAMES.items()}
_EXTRA_NAMES = {
    "korea": "KOR",  # fishing lists mean the Republic of Korea
    "chinese taipei": "TWN",
    "taiwan": "TWN",
    "people's republic of china": "CHN",
    "republic of korea": "KOR",
    "south korea": "KOR",
    "russia": "RUS",
    "vietnam": "VNM",
    "bolivia": "BOL",
    "iran": "IRN",
    "tanzania": "TZA",
    "venezuela": "VEN",
}


# The rules check every IMO number and call sign they find, and the same vessels recur across
# pages; both checks depend on nothing but the text (python-stdnum alone takes ~4 us an IMO).
@lru_cache(maxsize=65536)
def _imo(text: str) -> str | None:
    digits = text.strip()
    if digits.upper().startswith("IMO"):
        digits = digits[3:].strip(" .:")
    if not (len(digits) == 7 and digits.isdigit()):
        return "IMO number must be 7 digits"
    if digits == "0000000":
        return "IMO 0000000 is a placeholder (its check digit holds)"
    try:
        stdnum_imo.validate(digits)
    except ValidationError:
        return "IMO check digit fails"
    return None


def _mmsi(text: str) -> str | None:
    text = text.strip()
    if not (len(text) == 9 and text.isdigit()):
        return "MMSI must be 9 digits"
    if not mmsi_country(text):
        return f"MMSI MID {text[:3]} is not allocated to a country"
    return None


@lru_cache(maxsize=65536)
def _ircs(text: str) -> str | None:
    text = text.strip()
    if not _CALL_SIGN.fullmatch(text) or not any(ch.isalpha() for ch in text):
        return "call sign must be 3-8 letters and digits"
    if call_sign_country(text) is None:
        return f"call sign prefix {text[:2]} is not an ITU series"
    if _FIVE_DIGITS.search(text):
        # ITU Radio Regulations Art. 19: a ship station's call sign ends in four digits at most.
        return "call sign holds five digits in a row"
    return None


_FIVE_DIGITS = re.compile(r"\d{5}")


def _cfr(text: str) -> str | None:
    text = text.strip()
    if not _CFR.fullmatch(text):
        return "EU CFR must be 3 letters and 9 digits"
    if pycountry.countries.get(alpha_3=text[:3]) is None:
        return f"EU CFR country {text[:3]} is not an ISO 3166 code"
    return None


def _date(text: str) -> str | None:
    return None if parse_date(text) is not None else "date does not parse"


def _build_year(text: str) -> str | None:
    text = text.strip()
    if not _YEAR.fullmatch(text):
        return "build year must be 4 digits"
    if not 1850 <= int(text) <= datetime.now().year + 2:
        return "build year out of range"
    return None


def _fao_area(text: str) -> str | None:
    return None if text.strip() in fao_areas() else "not an FAO area code"


def _country_code(text: str) -> str | None:
    text = text.strip()
    if not (text.isalpha() and text.isupper() and len(text) in (2, 3)):
        return "country code must be ISO 3166 alpha-2 or alpha-3"
    return None if country_code(text) else "not an ISO 3166 country code"


def _country(text: str) -> str | None:
    return None if country_code(text) else "not a country name or ISO 3166 code"


def _species(text: str) -> str | None:
    text = text.strip()
    if len(text) == 3 and text.isupper() and text not in asfis_species():
        return "not a known ASFIS 3-alpha code"
    return None


_RULES: dict[str, Callable[[str], str | None]] = {
    "IMO": _imo,
    "MMSI": _mmsi,
    "IRCS": _ircs,
    "EU_CFR": _cfr,
    "START_DATE": _date,
    "END_DATE": _date,
    "BUILD_YEAR": _build_year,
    "FAO_AREA_CODE": _fao_area,
    "COUNTRY_CODE": _country_code,
    "FLAG": _country,
    "FLAG_CHANGE": _country,
    "BUILD_COUNTRY": _country,
    "SPECIES_NAME": _species,
}


def validate(label: str, text: str) -> str | None:
    rule = _RULES.get(label)
    return rule(text) if rule is not None else None
