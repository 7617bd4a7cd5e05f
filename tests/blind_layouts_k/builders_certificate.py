"""A shipyard's builder's certificate, with a delivery and acceptance protocol as a second page."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from oceanid_dev.demo.vessels import Vessel

from . import _ship as S
from . import _vocab as V
from ._page import PageDraft, Part, date_style, fmt_date, metric

LAYOUT = "builders_certificate"

# fmt: off
_WORDS: dict[str, dict[str, Any]] = {
    "en": {
        "title": ("BUILDER'S CERTIFICATE", "CERTIFICATE OF BUILD", "BUILDERS CERTIFICATE"),
        "certify": "We, the undersigned, {yard}, shipbuilders, hereby certify that the vessel "
            "described below was built by us at our yard at {city}, {country} under hull No. "
            "{hull}.",
        "name": "Name of vessel",
        "hull": "Newbuilding No.",
        "imo": "IMO number",
        "type": "Type",
        "flag": "Flag",
        "port": "Port of registry",
        "cs": "Call sign",
        "loa": "Length overall",
        "lbp": "Length between perpendiculars",
        "b": "Breadth moulded",
        "gt": "Gross tonnage",
        "nt": "Net tonnage",
        "engine": "Main engine",
        "keel": "Keel laid",
        "launch": "Launched",
        "delivery": "Delivered",
        "year": "Year of build",
        "buyer": "The vessel was on {date} delivered to and accepted by ",
        "roles": ("Buyer", "Owner", "Owners"),
        "the": "the",
        "at": "at",
        "free": "The vessel was delivered free from all encumbrances, mortgages and maritime "
            "liens, and from any debts, claims or demands whatsoever.",
        "sign": "For and on behalf of the Builder",
        "place": "Place of signature",
        "pending": ("to be assigned", "N/A", "pending"),
    },
    "es": {
        "title": ("CERTIFICADO DEL CONSTRUCTOR", "CERTIFICADO DE CONSTRUCCIÓN"),
        "certify": "Los abajo firmantes, {yard}, constructores navales, certifican que el buque "
            "descrito a continuación ha sido construido en nuestro astillero de {city}, "
            "{country}, con el número de construcción {hull}.",
        "name": "Nombre del buque",
        "hull": "Construcción n.º",
        "imo": "Número OMI",
        "type": "Tipo",
        "flag": "Pabellón",
        "port": "Puerto de matrícula",
        "cs": "Distintivo de llamada",
        "loa": "Eslora total",
        "lbp": "Eslora entre perpendiculares",
        "b": "Manga de trazado",
        "gt": "Arqueo bruto",
        "nt": "Arqueo neto",
        "engine": "Motor principal",
        "keel": "Puesta de quilla",
        "launch": "Botadura",
        "delivery": "Entrega",
        "year": "Año de construcción",
        "buyer": "El buque fue entregado el {date} a ",
        "roles": ("Comprador", "Armador"),
        "the": "el",
        "at": "a",
        "free": "El buque se entrega libre de cargas, hipotecas y privilegios marítimos.",
        "sign": "Por el Constructor",
        "place": "Lugar de firma",
        "pending": ("pendiente", "no asignado"),
    },
}
# fmt: on
# fmt: off
_TYPES = {
    "DRIFTING_LONGLINES": ("Tuna longliner", "Palangrero atunero"),
    "SQUID_JIGGER": ("Squid jigger", "Potero"),
    "TUNA_PURSE_SEINES": ("Tuna purse seiner", "Atunero cerquero"),
    "TRAWLERS": ("Stern trawler", "Arrastrero por popa"),
    "POLE_AND_LINE": ("Pole-and-line vessel", "Cañero"),
    "SET_LONGLINES": ("Bottom longliner", "Palangrero de fondo"),
}
# fmt: on


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    ship = S.ship_of(rng.choice(vessels), rng)
    home_yards = [y for y in V.YARDS if y.iso3 == ship.flag]
    yard = rng.choice(home_yards if home_yards and rng.random() < 0.6 else V.YARDS)
    lang = "es" if yard.iso3 == "ESP" and rng.random() < 0.7 else "en"
    delivered = dt.date(int(ship.year), rng.randint(1, 12), rng.randint(1, 28))
    dates = {
        "keel": delivered - dt.timedelta(days=rng.randint(240, 420)),
        "launch": delivered - dt.timedelta(days=rng.randint(60, 160)),
        "delivery": delivered,
    }
    hull = rng.choice(["{}", "H{}", "NB {}", "{}-{}"]).format(rng.randint(100, 2999), ship.year)
    pages = [_certificate(ship, yard, hull, dates, lang, rng)]
    if rng.random() < 0.5:
        pages.append(_protocol(ship, yard, hull, delivered, rng))
    return pages


def _certificate(
    ship: S.Ship,
    yard: V.Yard,
    hull: str,
    dates: dict[str, dt.date],
    lang: str,
    rng: random.Random,
) -> PageDraft:
    w = _WORDS[lang]
    country = str(getattr(V.FLAGS[yard.iso3], lang))
    style = date_style(rng, lang)
    width = rng.choice([0, 24, 32])
    pg = PageDraft()
    pg.line((yard.name.upper(), "BUILDER_LOCATION"))
    domain = yard.name.split()[yard.name.startswith("Astilleros")].lower()
    pg.line(
        f"Tel. +{rng.randint(30, 90)} {rng.randint(100, 999)} {rng.randint(1000000, 9999999)}"
        f"   E-mail: newbuilding@{domain}.com"
    )
    pg.blank()
    pg.line(" " * rng.randint(0, 16) + rng.choice(w["title"]))
    pg.line(
        f"No. {rng.choice(['BC', 'CB', 'YC'])}/{dates['delivery'].year}/{rng.randint(1, 99):03d}"
    )
    pg.blank()
    pg.fill(
        w["certify"] + "\n",
        yard=(yard.name, "BUILDER_LOCATION"),
        city=(yard.city, "BUILDER_LOCATION"),
        country=(country, "BUILD_COUNTRY"),
        hull=(hull, "OTHER_EXT_ID"),
    )
    pg.blank()
    rows: list[tuple[str, list[Part]]] = [
        (w["name"], [(ship.name, "VESSEL_NAME")]),
        (w["hull"], [(hull, "OTHER_EXT_ID")]),
        (w["imo"], [S.ident(ship.imo, "IMO", rng.choice(w["pending"]))]),
        (w["type"], [_TYPES[ship.gear][lang == "es"]]),
        (w["flag"], [S.flag_part(ship, rng, lang)]),
        (w["port"], [(ship.home_port, "HOME_PORT")]),
        (w["cs"], [S.ident(ship.ircs, "IRCS", rng.choice(w["pending"]))]),
    ]
    tail = rows[3:]
    rng.shuffle(tail)
    for key, parts in rows[:3] + tail:
        pg.kv(key, *parts, width=width)
    pg.blank()
    lbp = f"{float(ship.loa) * 0.88:.2f}"
    for key, value, unit in (
        (w["loa"], ship.loa, "m"),
        (w["lbp"], lbp, "m"),
        (w["b"], S.breadth(ship.loa, rng), "m"),
        (w["gt"], ship.gt, rng.choice(["GT", ""])),
        (w["nt"], S.net_tonnage(ship.gt), rng.choice(["NT", ""])),
    ):
        pg.line(*metric(key, value, unit or None, sep=":" + " " * max(1, width - len(key) - 1)))
    kw = S.engine_kw(ship.gt, rng)
    pg.kv(
        w["engine"],
        f"{rng.choice(V.ENGINES)}, 1 x ",
        *metric(None, kw, "kW"),
        f" {w['at']} {rng.choice([720, 750, 900, 1000])} rpm",
        width=width,
    )
    pg.blank()
    for key in ("keel", "launch", "delivery"):
        pg.kv(w[key], fmt_date(dates[key], style, lang), width=width)
    if rng.random() < 0.6:
        pg.kv(w["year"], (ship.year, "BUILD_YEAR"), width=width)
    pg.blank()
    pg.put(w["buyer"].format(date=fmt_date(dates["delivery"], style, lang)))
    _buyer(pg, ship, w, rng)
    pg.line(w["free"])
    pg.blank()
    pg.line(f"{w['sign']}: {yard.name}")
    pg.line("_" * 28)
    pg.line(f"{rng.choice(V.PEOPLE)}, {rng.choice(['General Manager', 'Managing Director'])}")
    pg.line(f"{w['place']}: {yard.city}, {fmt_date(dates['delivery'], style, lang)}")
    return pg


def _buyer(pg: PageDraft, ship: S.Ship, w: dict[str, Any], rng: random.Random) -> None:
    addr = S.address(ship, rng)
    pg.put((ship.owner, "ASSOC_NAME"), ", ", (addr.street, "ADDRESS"), ", ", (addr.city, "CITY"))
    if addr.state:
        pg.put(", ", (addr.state, "STATE"))
    pg.line(
        f" {addr.postcode}, ",
        (addr.country, "COUNTRY_CODE"),
        f' ({w["the"]} "',
        (rng.choice(w["roles"]), "ASSOC_ROLE"),
        '").',
    )


def _protocol(ship: S.Ship, yard: V.Yard, hull: str, day: dt.date, rng: random.Random) -> PageDraft:
    style = date_style(rng)
    pg = PageDraft()
    pg.line(rng.choice(["PROTOCOL OF DELIVERY AND ACCEPTANCE", "DELIVERY AND ACCEPTANCE PROTOCOL"]))
    pg.line("Hull No. ", (hull, "OTHER_EXT_ID"), " / ", (ship.name, "VESSEL_NAME"))
    pg.blank()
    pg.put(
        f"This protocol is made on {fmt_date(day, style)} at {rng.randint(8, 17):02d}"
        f"{rng.choice(['00', '30'])} hours local time at {yard.city} between "
    )
    pg.put((yard.name, "BUILDER_LOCATION"), ' (the "Builder") and ')
    pg.line((ship.owner, "ASSOC_NAME"), ' (the "', ("Buyer", "ASSOC_ROLE"), '").')
    pg.blank()
    pg.put("1. The Builder hereby delivers and the Buyer hereby accepts the vessel ")
    pg.put((ship.name, "VESSEL_NAME"))
    pg.line(
        ", IMO ",
        S.ident(ship.imo, "IMO", "(not yet assigned)"),
        ", built under the "
        f"Shipbuilding Contract No. {yard.iso3[:2]}-{day.year - 2}-{rng.randint(10, 99)}.",
    )
    pg.line("2. Remaining on board at delivery (for the Buyer's account):")
    pg.line(f"   Marine gas oil      {rng.uniform(20, 90):.1f} m3")
    pg.line(f"   Lubricating oil     {rng.uniform(1, 6):.2f} m3")
    pg.line(f"   Fresh water         {rng.randint(15, 80)} t")
    pg.line("3. Documents handed over: Builder's Certificate, Classification certificates,")
    pg.line("   International Tonnage Certificate (1969), stability booklet, sea trial report,")
    pg.line("   as-built drawings and makers' manuals (see attached list, 4 pages).")
    pg.line("4. Warranty period: twelve (12) months from the date of this protocol.")
    pg.blank()
    pg.line("For the Builder:" + " " * 24 + "For the Buyer:")
    pg.line("_" * 26 + " " * 14 + "_" * 26)
    pg.line(f"{rng.choice(V.PEOPLE):<40}{rng.choice(V.PEOPLE)}")
    pg.line("Witnessed by the attending surveyor of " + rng.choice(V.CLASS_SOCIETIES) + ".")
    return pg
