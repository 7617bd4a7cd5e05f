"""An encyclopedia-style article about a notorious fishing vessel: infobox (names, owners, flags
over time, identifiers, builder, tonnage), prose history with references, a 'see also' list."""

from __future__ import annotations

import random

from oceanid_dev.demo.vessels import Vessel

from . import _ship as S
from . import _vocab as V
from ._page import PageDraft, Part, metric

LAYOUT = "encyclopedia_article"

_TYPES = {
    "DRIFTING_LONGLINES": "longliner",
    "SQUID_JIGGER": "squid jigger",
    "TUNA_PURSE_SEINES": "purse seiner",
    "TRAWLERS": "trawler",
    "POLE_AND_LINE": "pole-and-line vessel",
    "SET_LONGLINES": "bottom longliner",
}
_SEE_ALSO = (
    "Illegal, unreported and unregulated fishing",
    "Port State Measures Agreement",
    "Flag of convenience",
    "Operation Icefish",
    "Forced labour in the fishing industry",
    "Transshipment at sea",
    "Automatic identification system spoofing",
)
_SOURCES = (
    "Maritime Crime Review",
    "The Fisheries Observer",
    "Ocean Governance Monitor",
    "Lloyd's List",
    "Southern Ocean Watch",
    "Environmental Justice Report",
)


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    with_imo = [v for v in vessels if v.imo]
    ship = S.ship_of(rng.choice(with_imo if with_imo and rng.random() < 0.8 else vessels), rng)
    build = int(ship.year)
    span = range(build + 1, max(build + 2, 2025))
    names = S.former_names(ship, rng, min(rng.randint(1, 3), len(span)))
    flags = [S.former_flag(ship, rng) for _ in names]
    years = sorted(rng.sample(span, len(names)))  # the year of each change, oldest first
    yard = rng.choice(V.YARDS)
    pg = PageDraft()
    pg.line((ship.name, "VESSEL_NAME"))
    pg.line("From the Open Maritime Encyclopedia")
    pg.blank()
    _infobox(pg, ship, names, flags, years, yard, rng)
    pg.blank()
    pg.put((ship.name, "VESSEL_NAME"), " (formerly ")
    for index, name in enumerate(reversed(names)):
        pg.put(", " if index else "", (name, "NAME_CHANGE"))
    pg.put(f") is a {_TYPES[ship.gear]}")
    if ship.flag:
        pg.put(" currently registered in ", S.flag_part(ship, rng))
    pg.line(
        ". It has been repeatedly linked to illegal, unreported and unregulated (IUU) "
        "fishing and has changed name and flag several times to avoid sanctions.[1]"
    )
    pages = [pg]
    if rng.random() < 0.6:
        pg = PageDraft()
        pg.line((ship.name, "VESSEL_NAME"), " - continued")
        pg.blank()
        pages.append(pg)
    else:
        pg.blank()
    _history(pg, ship, names, flags, years, yard, rng)
    pg.blank()
    pg.line("See also")
    for topic in rng.sample(_SEE_ALSO, 3):
        pg.line(f"  * {topic}")
    pg.blank()
    pg.line("References")
    for number in range(1, rng.randint(3, 5)):
        pg.line(
            f'  {number}. ^ "{rng.choice(["Fishing vessel", "Trawler", "Ship"])} '
            f'{rng.choice(["detained", "blacklisted", "sighted", "sold"])}". '
            f"{rng.choice(_SOURCES)}. {rng.randint(1, 28)} {rng.choice(['March', 'June'])} "
            f"{rng.randint(years[0], max(years[0], 2024))}. "
            f"Retrieved {rng.randint(1, 28)} May 2025."
        )
    return pages


def _infobox(
    pg: PageDraft,
    ship: S.Ship,
    names: list[str],
    flags: list[str],
    years: list[int],
    yard: V.Yard,
    rng: random.Random,
) -> None:
    rows: list[tuple[str, list[Part]]] = []
    name_parts: list[Part] = [(ship.name, "VESSEL_NAME"), f" ({years[-1]}-present)"]
    held = zip(reversed(names), [ship.year, *years[:-1]], years, strict=True)  # oldest first
    for name, start, end in reversed(list(held)):
        name_parts += ["; ", (name, "NAME_CHANGE"), f" ({start}-{end})"]
    rows.append(("Name", name_parts))
    rows.append(("Owner", [(ship.owner, "ASSOC_NAME")]))
    if rng.random() < 0.6:
        rows.append(("Operator", [(S.company(rng), "ASSOC_NAME")]))
    rows.append(("Port of registry", [(ship.home_port, "HOME_PORT")]))
    flag_parts: list[Part] = [S.flag_part(ship, rng, placeholder="unknown"), " (current)"]
    for flag in flags:
        flag_parts += ["; ", (V.FLAGS[flag].en, "FLAG_CHANGE")]
    rows.append(("Flag", flag_parts))
    rows.append(
        (
            "Builder",
            [
                (yard.name, "BUILDER_LOCATION"),
                ", ",
                (yard.city, "BUILDER_LOCATION"),
                ", ",
                (V.FLAGS[yard.iso3].en, "BUILD_COUNTRY"),
            ],
        )
    )
    rows.append(("Completed", [(ship.year, "BUILD_YEAR")]))
    ident: list[Part] = ["IMO number: ", S.ident(ship.imo, "IMO", "none")]
    if ship.mmsi:
        ident += [" / MMSI: ", (ship.mmsi, "MMSI")]
    if ship.ircs:
        ident += [" / Call sign: ", (ship.ircs, "IRCS")]
    rows.append(("Identification", ident))
    old = flags[0]
    rows.append(
        (
            "Former identifiers",
            [
                "call sign ",
                (S.former_call_sign(old, rng), "ID_CHANGE"),
                ", MMSI ",
                (S.former_mmsi(old, rng), "ID_CHANGE"),
            ],
        )
    )
    rows.append(("Type", [_TYPES[ship.gear]]))
    rows.append(("Tonnage", metric(None, ship.gt, "GT")))
    rows.append(("Length", metric(None, ship.loa, "m")))
    rows.append(("Beam", metric(None, S.breadth(ship.loa, rng), "m")))
    width = max(len(key) for key, _ in rows) + 3
    pg.line("+" + "-" * 60)
    pg.line(f"| {ship.name}")
    for key, parts in rows:
        head: Part = (key, "METRIC_TYPE") if key in ("Tonnage", "Length", "Beam") else key
        pg.line("| ", head, " " * (width - len(key)), *parts)
    pg.line("+" + "-" * 60)


def _history(
    pg: PageDraft,
    ship: S.Ship,
    names: list[str],
    flags: list[str],
    years: list[int],
    yard: V.Yard,
    rng: random.Random,
) -> None:
    gear = V.GEARS[ship.gear]
    species = V.SPECIES[rng.choice(gear.species)].en
    area = rng.choice(gear.areas)
    rfmo = V.AREA_RFMO.get(area[:2], "CCAMLR")
    addr = S.address(ship, rng)
    pg.line("History")
    pg.line(
        f"The vessel was completed in {ship.year} by ",
        (yard.name, "BUILDER_LOCATION"),
        " as ",
        (names[-1], "NAME_CHANGE"),
        ".[2]",
    )
    for name, flag, year in zip(reversed(names), reversed(flags), years, strict=True):
        pg.line(
            f"In {year} it was reflagged from ",
            (V.FLAGS[flag].en, "FLAG_CHANGE"),
            " and, shortly afterwards, its name was changed from ",
            (name, "NAME_CHANGE"),
            ".",
        )
    pg.blank()
    pg.put(f"In {years[-1]} inspectors reported the ship fishing for ")
    pg.put((species.lower(), "SPECIES_NAME"), " in FAO Area ", (area, "FAO_AREA_CODE"))
    pg.put(" without authorization, and it was added to the ", (rfmo, "RFMO_CODE"))
    pg.line(
        " IUU Vessel List the following year.[3] Its AIS transmissions were repeatedly "
        "switched off near the boundaries of coastal States' exclusive economic zones."
    )
    pg.blank()
    pg.put("According to corporate filings, the vessel's ")
    pg.put((rng.choice(["registered owner", "beneficial owner", "owner"]), "ASSOC_ROLE"), " is ")
    pg.put((ship.owner, "ASSOC_NAME"), ", a company based in ", (addr.city, "CITY"), ", ")
    pg.line((addr.country, "COUNTRY_CODE"), ".[4] The company has denied any wrongdoing.")
