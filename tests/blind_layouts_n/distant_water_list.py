"""A translated national list of distant-water fishing vessels and the companies operating
them, grouped by company with subtotals (in the manner of lists large fishing nations publish):
romanised names, national registration and licence numbers, operating areas."""

from __future__ import annotations

import random

from oceanid_dev.demo.vessels import Vessel

from . import _common as C
from . import _ids as ids
from . import _vocab as V
from ._page import PageBuilder, PageDraft

LAYOUT = "distant_water_list"

_ISSUERS = {
    "CHN": (
        "Ministry of Agriculture and Rural Affairs, Bureau of Fisheries",
        "Chinese",
        "Names are given in Hanyu Pinyin as registered; YUAN YU marks a distant-water vessel.",
    ),
    "TWN": (
        "Fisheries Agency",
        "Chinese",
        "Names follow the romanisation used in the vessel's certificate of nationality.",
    ),
    "JPN": (
        "Fisheries Agency, Distant Water Fisheries Division",
        "Japanese",
        "Names are romanised (Hepburn); MARU is part of the registered name.",
    ),
    "KOR": (
        "Ministry of Oceans and Fisheries, Distant Water Fisheries Division",
        "Korean",
        "Names are romanised as in the certificate of registry.",
    ),
    "RUS": (
        "Federal Agency for Fishery",
        "Russian",
        "Names are transliterated from Cyrillic as entered in the State Ship Register.",
    ),
    "ESP": ("Secretaría General de Pesca", "Spanish", ""),
}
_AREAS = (
    ("Southeast Pacific high seas", ("87",)),
    ("Northwest Pacific high seas", ("61",)),
    ("Western and Central Pacific", ("71", "77")),
    ("Indian Ocean", ("51", "57")),
    ("Southwest Atlantic high seas", ("41",)),
    ("Eastern Central Atlantic", ("34",)),
)


def _licence(rng: random.Random, flag: str | None, year: int) -> str:
    if flag == "CHN":
        return f"({rng.choice(('ZHE', 'MIN', 'LU'))}) YUAN YU ({year}) {ids.digits(rng, 4)}"
    if flag == "TWN":
        return f"DW-{year - 1911}-{ids.digits(rng, 4)}"
    if flag == "JPN":
        return f"{year}-SUI-{ids.digits(rng, 3)}"
    return ids.licence_no(rng)


def _companies(
    boats: list[C.Shown], flag: str, rng: random.Random
) -> list[tuple[V.Company, list[C.Shown]]]:
    """The vessels grouped by owner; vessels without one go to made-up companies."""
    spare = [c for c in V.COMPANIES if c[4] == flag] or list(V.COMPANIES)
    groups: dict[str, tuple[V.Company, list[C.Shown]]] = {}
    for s in boats:
        company = C.owner_record(s, rng) if s.owner else rng.choice(spare[:2])
        groups.setdefault(company[0], (company, []))[1].append(s)
    return list(groups.values())


def _vessel(b: PageBuilder, number: int, s: C.Shown, year: int, rng: random.Random) -> None:
    b.text(f"{number:>3}  ").span(s.name, "VESSEL_NAME").pad_to(34)
    b.put(s.ircs or "-", "IRCS" if s.ircs else None).pad_to(46)
    b.text(V.GEAR_WORDS[s.gear][0].capitalize()).pad_to(72)
    area, codes = rng.choice(_AREAS)
    b.text(area + " (FAO ").cells([(code, "FAO_AREA_CODE") for code in codes]).line(")")
    b.text("     ").span(ids.national_reg_no(rng, s.flag, s.year), "NATIONAL_REG_NO")
    b.text("  /  ").span(_licence(rng, s.flag, year), "LICENSE_NO")
    if s.port:
        b.text("  /  ").span(s.port.title(), "HOME_PORT")
    if s.imo:
        b.text("  (IMO ").span(s.imo, "IMO").text(")")
    b.nl()


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    listed = [v for v in vessels if v.flag in _ISSUERS] or [v for v in vessels if v.flag]
    boats = C.fleet(listed or vessels, rng, rng.randint(4, 14))
    flag = boats[0].flag
    boats = [s for s in boats if s.flag == flag]
    issuer, language, note = _ISSUERS.get(flag or "", ("National Fisheries Administration", "", ""))
    pages_wanted = 1 if len(boats) <= 6 else 2 if len(boats) <= 11 else 3
    per_page = -(-len(boats) // pages_wanted)
    year = rng.randint(2021, 2025)
    groups = _companies(boats, flag or "", rng)
    pages: list[PageDraft] = []
    b = PageBuilder()
    b.line(issuer.upper())
    b.line(f"List of distant-water fishing enterprises and vessels confirmed for {year}")
    batch = f"batch {rng.randint(1, 6)}"
    b.line(
        f"({batch}; unofficial translation from the {language} original)"
        if language
        else f"({batch})"
    )
    if flag:
        b.nl().text("Flag State: ").span(C.country(flag), "FLAG").nl()
    if note:
        b.line(f"Note: {note}")
    b.nl().line("No.  Vessel name                 Call sign   Type of operation         Area")
    b.line("     Registration no.  /  Fishing licence no.  /  Home port").line("-" * 96)
    number, rows_on_page = 0, 0
    for group, (company, members) in enumerate(groups, start=1):
        name, street, city, state, iso3 = company
        b.nl().text(f"Enterprise {group}: ").span(name, "ASSOC_NAME").nl()
        b.text("   Registered address: ").span(street, "ADDRESS").text(", ").span(city, "CITY")
        if state:
            b.text(", ").span(state, "STATE")
        b.text(" (").span(C.country(iso3), "COUNTRY_CODE").line(")")
        for s in members:
            if rows_on_page >= per_page and len(pages) < pages_wanted - 1:
                b.line("(continued overleaf)")
                pages.append(b.draft())
                b = PageBuilder()
                b.line(f"{issuer} - list for {year} (continued)").nl()
                b.text(f"Enterprise {group} (continued): ").span(name, "ASSOC_NAME").nl()
                rows_on_page = 0
            number += 1
            rows_on_page += 1
            _vessel(b, number, s, year, rng)
        b.line(f"   Subtotal: {len(members)} vessel{'s' if len(members) > 1 else ''}")
    plural = "enterprise" if len(groups) == 1 else "enterprises"
    b.nl().line(f"Total: {len(groups)} {plural}, {number} vessels.")
    b.line("Vessels are listed with the operating area of the approved project; a vessel may")
    b.line("operate only within the validity of its fishing licence and the approved project.")
    pages.append(b.draft())
    return pages
