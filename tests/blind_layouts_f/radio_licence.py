"""A ship station radio licence (English or Spanish): licensee, vessel, call sign, MMSI,
EPIRB hex id and serials (hard negatives), equipment with frequencies and powers, dates."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import timedelta

from oceanid_dev.demo.vessels import Vessel

from ._fields import flag, home_port, metric, value_or_blank
from ._ids import pick
from ._page import Doc, Page, PageDraft
from ._vocab import ADDRESSES, company, country, fmt_date, some_date

LAYOUT = "radio_licence"

_EQUIPMENT = (
    ("MF/HF DSC transceiver", "Transceptor MF/HF LSD", "1605-27500 kHz", "250 W"),
    ("VHF DSC radiotelephone", "Radioteléfono VHF LSD", "156.025-162.025 MHz", "25 W"),
    ("Inmarsat-C SES", "Estación terrena Inmarsat-C", "1626.5-1660.5 MHz", "15 W"),
    ("NAVTEX receiver", "Receptor NAVTEX", "518 kHz / 490 kHz", "-"),
    ("SART (radar)", "Respondedor radar (SART)", "9.2-9.5 GHz", "0.4 W"),
    ("AIS Class A", "AIS Clase A", "161.975 / 162.025 MHz", "12.5 W"),
    ("Satellite EPIRB", "Radiobaliza satelital", "406.040 MHz", "5 W"),
    ("Radar X-band", "Radar banda X", "9410 MHz", "25 kW"),
)
_HEX = "0123456789ABCDEF"


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = rng.choice(("en", "en", "es"))
    es = lang == "es"
    (v,) = pick(vessels, rng)
    n_pages = rng.randint(1, 3)
    doc = Doc()
    p = doc.page
    kv = rng.choice((": ", " : ", "\t", " .... "))
    authority = country(v.flag, lang, rng) if v.flag else "Maritime Administration"
    p.add(
        f"{'ADMINISTRACIÓN DE TELECOMUNICACIONES' if es else 'RADIOCOMMUNICATIONS AUTHORITY'} "
        f"— {authority}"
    ).nl()
    p.add(
        "LICENCIA DE ESTACIÓN DE BARCO"
        if es
        else rng.choice(("SHIP STATION LICENCE", "Ship Radio Station Licence"))
    ).nl(2)
    p.add("Licencia N.º" if es else "Licence No.").add(kv)
    p.val(f"{rng.choice(('SSL', 'RL', 'EB'))}/{rng.randint(10000, 99999)}", "LICENSE_NO").nl()
    owner = v.owner or company(rng)
    street, city, state, iso3 = rng.choice(ADDRESSES)
    p.add("Titular" if es else "Licensee").add(kv).val(owner, "ASSOC_NAME")
    if rng.random() < 0.5:
        p.add(" (").val(
            rng.choice(("armador", "propietario")) if es else rng.choice(("owner", "operator")),
            "ASSOC_ROLE",
        ).add(")")
    p.nl().add("Dirección" if es else "Address").add(kv).val(street, "ADDRESS").add(", ").val(
        city, "CITY"
    )
    if state:
        p.add(", ").val(state, "STATE")
    p.add(", ").val(country(iso3, lang, rng), "COUNTRY_CODE").nl(2)
    rows: list[tuple[str, Callable[[], Page]]] = [
        ("Nombre del buque" if es else "Name of ship", lambda: p.val(v.name, "VESSEL_NAME")),
        (
            "Distintivo de llamada" if es else "Call sign",
            lambda: value_or_blank(p, v.ircs, "IRCS", lang, rng),
        ),
        ("MMSI", lambda: value_or_blank(p, v.mmsi, "MMSI", lang, rng)),
        ("Bandera" if es else "Flag", lambda: flag(p, v.flag, lang, rng)),
        (
            "Puerto de matrícula" if es else "Port of registry",
            lambda: home_port(p, v, lang, rng, False),
        ),
        ("Número OMI" if es else "IMO No.", lambda: value_or_blank(p, v.imo, "IMO", lang, rng)),
    ]
    head, tail = rows[:1], rows[1:]
    rng.shuffle(tail)
    for key, put in head + tail:
        p.add(key).add(kv)
        put()
        p.nl()
    if metric(
        p, "Arqueo bruto" if es else "Gross tonnage", v.gross_tonnage, rng.choice(("GT", "")), rng
    ):
        p.nl()
    p.add(
        f"{'Categoría' if es else 'Category'}{kv}"
        + rng.choice(
            ("Buque pesquero", "Pesca - SMSSM A3")
            if es
            else ("Fishing vessel", "Fishing - GMDSS A3")
        )
    ).nl()
    p.add(
        f"AAIC{kv}{rng.choice(('GB14', 'ES03', 'XP01', 'PA02'))} "
        f"  Selcall{kv}{rng.randint(10000, 99999)}"
    ).nl(2)
    p = _equipment(doc, rng, es, n_pages)
    issued = some_date(rng)
    style = rng.randint(0, 4)
    p.nl().add("Fecha de expedición" if es else "Date of issue").add(kv).val(
        fmt_date(issued, lang, style), "START_DATE"
    ).nl()
    p.add("Fecha de vencimiento" if es else rng.choice(("Date of expiry", "Valid until"))).add(kv)
    p.val(
        fmt_date(issued + timedelta(days=rng.choice((365, 730, 1826))), lang, style), "END_DATE"
    ).nl()
    p.add(f"Fee paid: {rng.randint(50, 900)}.00   Receipt {rng.randint(100000, 999999)}").nl()
    return doc.drafts()


def _equipment(doc: Doc, rng: random.Random, es: bool, n_pages: int) -> Page:
    items = rng.sample(_EQUIPMENT, rng.randint(4, len(_EQUIPMENT)))
    per_page = max(1, -(-len(items) // n_pages))
    p = doc.page
    for i, (en, es_name, freq, power) in enumerate(items):
        if i and i % per_page == 0 and len(doc.pages) < n_pages:
            p = doc.new_page()
            p.add("(continuación)" if es else "(continued) Schedule of equipment").nl()
        if i % per_page == 0:
            p.add(
                "Equipo                         Frecuencias               Potencia  N.º serie"
                if es
                else "Equipment                      Frequencies               Power     Serial No."
            ).nl()
        p.cell(es_name if es else en, 31).cell(freq, 26).cell(power, 10)
        p.add(f"{rng.choice(('SN', 'S/N ', ''))}{rng.randint(100000, 9999999)}").nl()
        if "EPIRB" in en:
            hex_id = "".join(rng.choice(_HEX) for _ in range(15))
            p.add(
                f"    {'ID hex 15' if es else 'Hex ID'}: {hex_id}   "
                f"{'Registro' if es else 'Beacon reg.'} "
                f"{rng.randint(1000, 9999)}-{rng.randint(100, 999)}"
            ).nl()
    return p
