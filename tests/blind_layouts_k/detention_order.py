"""A port-State control detention order: particulars and ISM company, the deficiencies with their
codes, the grounds for detention and the conditions for release, on one to three pages."""

from __future__ import annotations

import random

from oceanid_dev.demo.vessels import Vessel

from . import _ship as S
from . import _vocab as V
from ._page import PageDraft, Part, date_style, fmt_date, metric, pad, some_date

LAYOUT = "detention_order"

_AUTHORITIES = {
    "KOR": "Ministry of Oceans and Fisheries - Port State Control, Busan Regional Office",
    "MUS": "Ministry of Blue Economy, Shipping Division - Port State Control",
    "ESP": "Capitanía Marítima de Las Palmas - Port State Control (Paris MoU)",
    "AUS": "Australian Maritime Safety Authority (AMSA), Port State Control",
    "ZAF": "South African Maritime Safety Authority (SAMSA)",
    "SGP": "Maritime and Port Authority of Singapore - Shipping Division",
    "NAM": "Directorate of Maritime Affairs, Ministry of Works and Transport",
    "URY": "Prefectura Nacional Naval - Port State Control (Viña del Mar Agreement)",
    "FJI": "Maritime Safety Authority of Fiji",
}
_MOU = {
    "KOR": "Tokyo MOU",
    "AUS": "Tokyo MOU",
    "FJI": "Tokyo MOU",
    "SGP": "Tokyo MOU",
    "ESP": "Paris MoU",
    "MUS": "Indian Ocean MOU",
    "ZAF": "Indian Ocean MOU",
    "NAM": "Abuja MoU",
    "URY": "Viña del Mar Agreement",
}
_SHORT = {
    "Tokyo MOU": "TMOU",
    "Paris MoU": "PMOU",
    "Indian Ocean MOU": "IOMOU",
    "Abuja MoU": "AMOU",
    "Viña del Mar Agreement": "VDM",
}
_DEFICIENCIES = (
    ("07113", "Fire pumps and its pipes - emergency fire pump fails to deliver pressure"),
    ("07106", "Fire detection and alarm system - detectors in engine room inoperative"),
    ("11101", "Lifeboats - release gear seized, on-load release not operational"),
    ("11112", "Liferafts - hydrostatic release unit expired"),
    ("11117", "Lifebuoys - self-igniting lights missing on two buoys"),
    ("10111", "Charts - not corrected up to date for intended voyage"),
    ("10127", "Voyage data recorder - annual performance test not carried out"),
    ("13101", "Propulsion main engine - excessive exhaust leakage, crankcase door loose"),
    ("14104", "Oil filtering equipment - 15 ppm alarm not functioning"),
    ("04114", "Emergency source of power - emergency generator fails to start"),
    ("18203", "Hours of work or rest - records not maintained for deck crew"),
    ("18408", "Food and catering - provisions insufficient for intended voyage"),
    ("02108", "Electrical installations in general - exposed live wiring in fish hold"),
    ("15150", "ISM - maintenance of the ship and equipment not in accordance with SMS"),
)
_CLASSES = ("CCS", "NKK", "KRS", "RS", "BV", "CRCS", "LR", "not classed")


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    ship = S.ship_of(rng.choice(vessels), rng)
    state = rng.choice(tuple(_AUTHORITIES))
    ports = [p for p in V.PORTS if p.iso3 == state] or list(V.PORTS)
    port = rng.choice(ports)
    day = some_date(rng, 2016, 2025)
    style = date_style(rng)
    ref = f"{_SHORT[_MOU[state]]}/{port.locode[2:]}/{day.year}/{rng.randint(1, 999):04d}"
    items = rng.sample(_DEFICIENCIES, rng.randint(4, 8))
    detainable = sorted(rng.sample(range(len(items)), rng.randint(1, 3)))
    count = rng.choice([1, 2, 2, 3] if len(items) >= 6 else [1, 2])
    pg = PageDraft()
    pg.line(_AUTHORITIES[state].upper())
    pg.line(f"{_MOU[state]} - Port State Control")
    pg.blank()
    pg.line(
        " " * rng.randint(0, 14)
        + rng.choice(["NOTICE OF DETENTION", "ORDER OF DETENTION", "DETENTION ORDER (FORM B)"])
    )
    pg.line(f"Ref.: {ref}")
    pg.line("To: the Master of the ship named below. Copy to: the flag State, the recognized")
    pg.line("organization and the Company.")
    pg.blank()
    _particulars(pg, ship, rng)
    pg.blank()
    pg.kv("Place of inspection", f"{port.name}, ", (port.locode, "PORT_ID"))
    pg.kv("Date of inspection", fmt_date(day, style))
    pg.kv("Date of detention", fmt_date(day, style))
    pg.kv(
        "Type of inspection",
        rng.choice(
            [
                "More detailed inspection",
                "Expanded inspection",
                "Initial inspection, followed by MDI",
            ]
        ),
    )
    pg.blank()
    pages = [pg]
    if count > 1:
        pg = _continued(ship, ref, 2, count)
        pages.append(pg)
    _deficiencies(pg, items, detainable)
    if count > 2:
        pg = _continued(ship, ref, 3, count)
        pages.append(pg)
    _release(pg, detainable, rng)
    return pages


def _particulars(pg: PageDraft, ship: S.Ship, rng: random.Random) -> None:
    rows: list[tuple[str, list[Part]]] = [
        ("1. Name of ship", [(ship.name, "VESSEL_NAME")]),
        ("2. IMO number", [S.ident(ship.imo, "IMO", "not applicable")]),
        ("3. Flag", [S.flag_part(ship, rng)]),
        ("4. Call sign", [S.ident(ship.ircs, "IRCS", "—")]),
        ("5. Type of ship", [rng.choice(["Fishing vessel", "Other special activities ship"])]),
        ("6. Gross tonnage", metric(None, ship.gt, None)),
        ("7. Year of build", [(ship.year, "BUILD_YEAR")]),
        ("8. Classification society", [rng.choice(_CLASSES)]),
    ]
    if ship.mmsi and rng.random() < 0.5:
        rows.append(("   MMSI", [(ship.mmsi, "MMSI")]))
    width = rng.choice([30, 34])
    for key, parts in rows:
        number, _, name = key.partition(". ")
        if name == "Gross tonnage":  # a metric's name beside its own value
            pg.line(f"{number}. ", (name, "METRIC_TYPE"), ":" + pad(key + ":", width), *parts)
        else:
            pg.kv(key, *parts, width=width)
    manager = ship.owner if rng.random() < 0.5 else S.company(rng)
    addr = S.address(ship, rng)
    role = rng.choice(["ISM manager", "ISM Company", "operator", "DOC holder"])
    pg.kv("9. Company", (manager, "ASSOC_NAME"), " (", (role, "ASSOC_ROLE"), ")", width=width)
    pg.kv("   IMO company number", (str(rng.randint(5000000, 6299999)), "REG_NO"), width=width)
    where: list[Part] = [(addr.street, "ADDRESS"), ", ", (addr.city, "CITY")]
    if addr.state:
        where += [", ", (addr.state, "STATE")]
    pg.kv("   Address", *where, ", ", (addr.country, "COUNTRY_CODE"), width=width)
    if manager != ship.owner:
        pg.kv("10. Registered owner", (ship.owner, "ASSOC_NAME"), width=width)


def _continued(ship: S.Ship, ref: str, number: int, count: int) -> PageDraft:
    pg = PageDraft()
    pg.line(f"Ref.: {ref}                                   Page {number} of {count}")
    pg.line("Ship: ", (ship.name, "VESSEL_NAME"), " / IMO ", S.ident(ship.imo, "IMO", "n/a"))
    pg.blank()
    return pg


def _deficiencies(pg: PageDraft, items: list[tuple[str, str]], detainable: list[int]) -> None:
    pg.line("DEFICIENCIES (action taken: 17 = rectify before departure, 30 = ground for detention)")
    width = max(len(text) for _, text in items) + 2
    pg.line(f"{'No.':<5}{'Code':<8}{'Nature of deficiency':<{width}}Action   RO resp.")
    for index, (code, text) in enumerate(items):
        action = "17, 30" if index in detainable else "17"
        resp = "Yes" if index in detainable else "No"
        pg.line(f"{index + 1:<5}{code:<8}{text:<{width}}{action:<9}{resp}")
    pg.blank()


def _release(pg: PageDraft, detainable: list[int], rng: random.Random) -> None:
    numbers = ", ".join(str(i + 1) for i in detainable)
    pg.line("GROUNDS FOR DETENTION")
    pg.line(f"Deficiencies No. {numbers} are clearly hazardous to safety, health or the")
    pg.line("environment, and the ship is detained until they have been rectified.")
    pg.blank()
    pg.line("CONDITIONS FOR RELEASE")
    pg.line("a) rectification of the deficiencies marked 30, verified on re-inspection by a PSCO;")
    pg.line("b) confirmation by the recognized organization that the emergency equipment has")
    pg.line("   been surveyed and found satisfactory;")
    pg.line("c) payment of the re-inspection fee; the flag State has been notified.")
    pg.blank()
    pg.line("The Company or its representative has a right of appeal against this detention")
    pg.line("within 30 days; an appeal does not suspend the detention.")
    pg.blank()
    pg.line(
        f"Port State Control Officer: {rng.choice(V.PEOPLE)}    ID card No. "
        f"{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"
    )
    pg.line("Signature: ____________________        Received by the Master: ______________")
    pg.blank()
    pg.line("Distribution: Master (original); flag State Administration; recognized organization;")
    pg.line("Company; regional PSC information system.")
