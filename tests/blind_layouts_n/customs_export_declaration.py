"""A customs export declaration for frozen fish (numbered boxes in the manner of a single
administrative document), with the catching vessels listed in an annex."""

from __future__ import annotations

import random
from datetime import timedelta

from oceanid_dev.demo.vessels import Vessel

from . import _common as C
from . import _ids as ids
from . import _vocab as V
from ._page import PageBuilder, PageDraft

LAYOUT = "customs_export_declaration"


def _carrier(vessels: list[Vessel], rng: random.Random) -> C.Shown:
    """A reefer from the list when it has one; otherwise a made-up one."""
    reefers = [v for v in vessels if v.gear == "CARRIER"]
    if reefers:
        return C.show(rng.choice(reefers))
    flag, prefixes = rng.choice(V.MERCHANT_FLAGS)
    return C.Shown(
        name=rng.choice(V.REEFER_NAMES),
        flag=flag,
        imo=ids.new_imo(rng),
        mmsi=None,
        ircs=ids.new_call_sign(rng, rng.choice(prefixes)),
        port=None,
        owner=None,
        gt=None,
        loa=None,
        year=None,
        gear="CARRIER",
        former_name=None,
    )


def _box(b: PageBuilder, number: str, title: str) -> None:
    b.line(f"[{number}] {title}")


def _transport(b: PageBuilder, ship: C.Shown, rng: random.Random) -> None:
    _box(b, "18", "Identity and nationality of means of transport at departure")
    b.text("     ").span(ship.name, "VESSEL_NAME")
    if ship.imo:
        b.text(rng.choice((" / IMO ", " IMO No. ", " (IMO) "))).span(ship.imo, "IMO")
    if ship.ircs:
        b.text(" / C/S ").span(ship.ircs, "IRCS")
    if ship.flag:
        b.text(" / ").span(C.flag_text(ship.flag, rng), "FLAG")
    b.nl()
    _box(b, "21", "Active means of transport crossing the border")
    b.line("     as box 18 (reefer vessel, sea transport - mode 1)")


def _annex(b: PageBuilder, boats: list[C.Shown], code: str, rng: random.Random) -> None:
    b.line("ANNEX A - CATCHING VESSELS (Box 44, catch documentation)").nl()
    widths = (4, 22, 12, 44, 10)
    head = ("No", "Vessel", "Flag", "Registration no.", "IMO")
    b.row([(h, None) for h in head], widths)
    for number, s in enumerate(boats, start=1):
        flag = (C.flag_text(s.flag, rng, style="iso3"), "FLAG") if s.flag else ("-", None)
        reg = ids.national_reg_no(rng, s.flag, s.year)
        imo = (s.imo, "IMO") if s.imo else ("none", None)
        b.row(
            [(str(number), None), (s.name, "VESSEL_NAME"), flag, (reg, "NATIONAL_REG_NO"), imo],
            widths,
        )
    b.nl()
    widths = (4, 18, 10, 26, 14)
    b.row([(h, None) for h in ("No", "Licence no.", "FAO area", "Catch period", "Net kg")], widths)
    for number in range(1, len(boats) + 1):
        _, area, _ = C.pick_rfmo(rng)
        first = C.some_date(rng, 2024, 2024)
        period = f"{first:%d.%m.%Y}-{first + timedelta(days=rng.randint(10, 60)):%d.%m.%Y}"
        b.row(
            [
                (str(number), None),
                (ids.licence_no(rng), "LICENSE_NO"),
                (area, "FAO_AREA_CODE"),
                (period, None),
                (f"{rng.randint(8, 160) * 1000:,}".replace(",", " "), None),
            ],
            widths,
        )
    b.nl().text("Species: ").span(code, "SPECIES_NAME").line(" (ASFIS 3-alpha code)")
    rfmo, area, _ = C.pick_rfmo(rng)
    when = C.fmt_date(C.some_date(rng, 2024, 2024), "long")
    b.wrap(90).text(f"Transshipped at sea on {when} in FAO area ").span(area, "FAO_AREA_CODE")
    b.text(" from the vessels above to the carrier named in box 18, under the ")
    b.span(rfmo, "RFMO_CODE").text(" regional observer programme (deployment ")
    b.line(f"no. {rfmo}-T-{ids.digits(rng, 5)}).").wrap(None)
    b.line("Catch certificates validated by the flag State authorities are attached.")


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    boats = C.fleet([v for v in vessels if v.gear != "CARRIER"] or vessels, rng, rng.randint(2, 5))
    ship = _carrier(vessels, rng)
    exporter = C.owner_record(boats[0], rng)
    buyer = rng.choice(V.TRADERS)
    home = [p for p in V.PORTS if p[4] == exporter[4] and p[4] != buyer[3]]
    port = rng.choice(home or [p for p in V.PORTS if p[4] != buyer[3]])
    fish = C.catch_of(boats[0].gear, rng)
    net = rng.randint(80, 900) * 1000
    b = PageBuilder()
    b.line("EXPORT DECLARATION").line(
        f"[1] Declaration: EX A        MRN {rng.randint(22, 25)}{port[0][:2]}{ids.digits(rng, 14)}"
    )
    b.text("Customs office of export: ").text(port[1]).text(" (").span(port[0], "PORT_ID")
    b.line(")").nl()
    name, street, city, state, iso3 = exporter
    _box(b, "2", "Exporter / consignor")
    b.text("     ").span(name, "ASSOC_NAME").text("   TIN ").span(
        ids.company_reg_no(rng, iso3), "REG_NO"
    )
    b.nl().text("     ").span(street, "ADDRESS").text(", ").span(city, "CITY")
    if state:
        b.text(", ").span(state, "STATE")
    b.text(", ").span(C.country(iso3), "COUNTRY_CODE").nl()
    _box(b, "8", "Consignee")
    b.line(f"     {buyer[0]}").line(f"     {buyer[1]}, {buyer[2]}, {C.country(buyer[3])}")
    _box(b, "14", "Declarant / representative")
    b.line(f"     {rng.choice(V.AGENTS)} (direct representation)")
    _box(b, "15/17", "Country of export / country of destination")
    b.line(f"     {C.country(port[4])} / {C.country(buyer[3])}")
    _transport(b, ship, rng)
    _box(b, "27", "Place of loading")
    b.text(f"     {port[1]}, berth {rng.randint(1, 14)} - ").span(port[0], "PORT_ID").nl()
    _box(b, "31", "Packages and description of goods")
    b.text("     Frozen ").span(C.in_prose(fish[1]), "SPECIES_NAME").text(" (")
    b.span(fish[4], "SPECIES_NAME").text("), whole round, brine frozen, -18 C; ")
    b.line(f"{rng.choice(('in bulk', f'{net // 20:,} cartons of 20 kg'))}")
    _box(b, "33", "Commodity code")
    b.line(f"     {fish[5]} {rng.choice(('00', '10', '90'))} 00")
    _box(b, "35/38", "Gross mass (kg) / net mass (kg)")
    b.line(f"     {net + rng.randint(1, 40) * 250:,} / {net:,}")
    _box(b, "44", "Additional information, documents produced")
    b.line(
        f"     Catch certificate {port[0][:2]}-CC-{ids.digits(rng, 7)}; health certificate "
        f"HC/{ids.digits(rng, 5)}; annex A (catching vessels)"
    )
    _box(b, "46", "Statistical value")
    b.line(f"     USD {net * rng.randint(12, 32) // 10:,}")
    when = C.some_date(rng, 2024, 2025)
    _box(b, "54", "Place and date, signature of declarant")
    b.line(f"     {port[1]}, {C.fmt_date(when, C.date_style(rng))}    (signed)")
    if rng.random() < 0.5 and len(b.draft().text) + 160 * len(boats) < 2500:
        b.nl()
        _annex(b, boats, fish[0], rng)
        return [b.draft()]
    first = b.draft()
    b = PageBuilder()
    b.line("Export declaration - continuation sheet (MRN see page 1)").nl()
    _annex(b, boats, fish[0], rng)
    return [first, b.draft()]
