"""A bunker delivery note (MARPOL Annex VI, reg. 18) or a fishing port's fuel receipt, with a
sample-label page now and then. The supplier, its barge and the seal numbers are hard negatives."""

from __future__ import annotations

import datetime as dt
import random

from oceanid_dev.demo.vessels import Vessel

from . import _ship as S
from . import _vocab as V
from ._page import PageDraft, Part, date_style, fmt_date, pad, some_date

LAYOUT = "bunker_delivery_note"

_SUPPLIERS = (
    "Seaoil Bunkering Pte Ltd",
    "Indian Ocean Marine Fuels Ltd",
    "Petromar S.A.",
    "Atlantic Bunker Services SL",
    "Kaohsiung Marine Petroleum Co.",
    "Southern Fuel Supply (Pty) Ltd",
    "Pacific Islands Petroleum Ltd",
    "Busan Oil Logistics Co.",
)
_BARGES = (
    "OCEAN SUPPLIER 3",
    "PETRO STAR 8",
    "MARINE FUEL 12",
    "BUNKER QUEEN",
    "SEA TANKER 5",
    "GLORY OIL 21",
    "AGUA DULCE II",
)
_GRADES = (
    ("Marine Gas Oil", "DMA", 820, 860, 0.05, 0.10),
    ("VLSFO", "RMG 380", 960, 991, 0.3, 0.5),
    ("Marine Diesel Oil", "DMB", 850, 890, 0.06, 0.10),
    ("ULSFO", "RMD 80", 900, 930, 0.05, 0.1),
)
_PLACES = (
    "Outer anchorage",
    "Quay 4, berth 12",
    "Fishing port, jetty B",
    "Inner anchorage A2",
    "Transshipment anchorage",
    "Berth 7",
)


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    ship = S.ship_of(rng.choice(vessels), rng)
    port = rng.choice(V.PORTS)
    day = some_date(rng, 2018, 2025)
    seals = [f"{rng.randint(100000, 999999):07d}" for _ in range(4)]
    if port.name in V.SPANISH_PORTS and rng.random() < 0.6:
        pages = [_receipt_es(ship, port, day, seals, rng)]
    else:
        pages = [_note(ship, port, day, seals, rng)]
    if rng.random() < 0.4:
        pages.append(_labels(ship, port, day, seals, rng))
    return pages


def _vessel_rows(ship: S.Ship, rng: random.Random, lang: str = "en") -> list[tuple[str, Part]]:
    keys = {
        "en": ("Name of ship", "IMO number", "Flag", "Call sign", "MMSI"),
        "es": ("Buque receptor", "N.º OMI", "Bandera", "Indicativo", "MMSI"),
    }[lang]
    rows: list[tuple[str, Part]] = [
        (keys[0], (ship.name, "VESSEL_NAME")),
        (keys[1], S.ident(ship.imo, "IMO", rng.choice(["N/A", "—", "nil"]))),
        (keys[2], S.flag_part(ship, rng, lang)),
        (keys[3], S.ident(ship.ircs, "IRCS", "—")),
    ]
    if ship.mmsi and rng.random() < 0.5:
        rows.append((keys[4], (ship.mmsi, "MMSI")))
    return rows


def _note(
    ship: S.Ship, port: V.Port, day: dt.date, seals: list[str], rng: random.Random
) -> PageDraft:
    grade, code, dlo, dhi, slo, shi = rng.choice(_GRADES)
    density = rng.uniform(dlo, dhi)
    tonnes = rng.uniform(40, 420)
    style = date_style(rng)
    width = rng.choice([20, 26, 30])
    start = dt.datetime.combine(day, dt.time(rng.randint(0, 15), rng.choice([0, 10, 25, 40])))
    pg = PageDraft()
    pg.line(rng.choice(_SUPPLIERS).upper())
    pg.line(
        f"Licensed bunker supplier No. {rng.choice(['MPA', 'BSL', 'PSL'])}/"
        f"{rng.randint(100, 999)}    Tel +{rng.randint(20, 99)} {rng.randint(10**6, 10**7)}"
    )
    pg.blank()
    pg.line(
        rng.choice(["BUNKER DELIVERY NOTE", "BUNKER DELIVERY NOTE (BDN)", "FUEL DELIVERY NOTE"])
    )
    pg.line("issued under MARPOL Annex VI, Regulation 18 and Appendix V")
    pg.line(
        f"BDN No.: {port.locode[2:]}-{day.year % 100}-{rng.randint(10000, 99999)}"
        f"{pad('', 8)}Date: {fmt_date(day, style)}"
    )
    pg.blank()
    pg.line(rng.choice(["RECEIVING VESSEL", "Vessel particulars", "SHIP"]))
    for key, part in _vessel_rows(ship, rng):
        pg.kv("  " + key, part, width=width)
    if rng.random() < 0.4:
        pg.kv("  Port of registry", (ship.home_port, "HOME_PORT"), width=width)
    if rng.random() < 0.6:
        role = rng.choice(["Owners", "Operators", "Managers"])
        pg.kv(
            "  Invoice to",
            (ship.owner, "ASSOC_NAME"),
            " (as ",
            (role, "ASSOC_ROLE"),
            ")",
            width=width,
        )
    pg.blank()
    pg.line("DELIVERY")
    pg.kv("  Port", f"{port.name} (", (port.locode, "PORT_ID"), ")", width=width)
    pg.kv("  Berth/location", rng.choice(_PLACES), width=width)
    pg.kv(
        "  Delivered by barge",
        f"{rng.choice(_BARGES)} (craft licence "
        f"{rng.choice(['BC', 'HC', 'BL'])}-{rng.randint(1000, 9999)})",
        width=width,
    )
    for key, minutes in (
        ("  Alongside", 0),
        ("  Commenced", rng.randint(20, 50)),
        ("  Completed", rng.randint(150, 400)),
    ):
        stamp = start + dt.timedelta(minutes=minutes)
        pg.kv(key, f"{fmt_date(stamp.date(), style)} {stamp:%H:%M} LT", width=width)
    pg.blank()
    pg.line("PRODUCT")
    pg.kv("  Product / grade", f"{grade} {code} (ISO 8217:2017)", width=width)
    pg.kv("  Quantity", f"{tonnes:.3f} MT  ({tonnes / density * 1000:.1f} m3)", width=width)
    pg.kv("  Density at 15 °C", f"{density:.1f} kg/m3", width=width)
    pg.kv("  Sulphur content", f"{rng.uniform(slo, shi):.2f} % m/m", width=width)
    pg.kv("  Flash point", f"{rng.randint(61, 90)} °C", width=width)
    pg.blank()
    pg.line("SAMPLES (sealed and labelled in the presence of the vessel's representative)")
    for key, seal in zip(
        (
            "MARPOL sample seal No.",
            "Supplier's retained sample",
            "Vessel's sample seal No.",
            "Laboratory sample",
        ),
        seals,
        strict=True,
    ):
        pg.kv("  " + key, seal, width=width + 6)
    pg.blank()
    pg.line("We certify that the fuel oil supplied conforms with regulation 18.3 of MARPOL")
    pg.line("Annex VI and has a sulphur content not exceeding the limit stated above.")
    pg.blank()
    barge_master, engineer = rng.sample(V.PEOPLE, 2)
    pg.line(f"For the supplier: {barge_master} (barge master)")
    pg.line(f"Received by: {engineer}, Chief Engineer      [vessel's stamp]")
    return pg


def _receipt_es(
    ship: S.Ship, port: V.Port, day: dt.date, seals: list[str], rng: random.Random
) -> PageDraft:
    litres = rng.randint(8000, 180000)
    style = date_style(rng, "es")
    pg = PageDraft()
    pg.line(rng.choice(_SUPPLIERS[2:4]).upper() + " - ESTACIÓN DE SUMINISTRO PESQUERO")
    pg.line(f"NOTA DE ENTREGA DE COMBUSTIBLE N.º {rng.randint(1, 9)}-{rng.randint(100000, 999999)}")
    pg.line(
        f"Fecha: {fmt_date(day, style, 'es')}   Hora: {rng.randint(6, 20):02d}:"
        f"{rng.randint(0, 59):02d}"
    )
    pg.blank()
    for key, part in _vessel_rows(ship, rng, "es"):
        pg.kv(key, part, width=22)
    pg.kv("Armador", (ship.owner, "ASSOC_NAME"), width=22)
    pg.kv("Puerto", f"{port.name} - ", (port.locode, "PORT_ID"), width=22)
    pg.kv("Muelle", rng.choice(["Muelle pesquero", "Dársena 3", "Muelle de Poniente"]), width=22)
    pg.blank()
    pg.line("Producto            Cantidad (l)   Densidad 15 °C   Azufre % m/m")
    pg.line(
        f"Gasóleo marino DMA  {litres:>12}   {rng.uniform(0.82, 0.86):.4f} kg/l"
        f"    {rng.uniform(0.05, 0.1):.2f}"
    )
    pg.line(f"Total a facturar: {litres * rng.uniform(0.7, 1.1):,.2f} USD (IVA exento, art. 22)")
    pg.blank()
    pg.line(f"Precinto muestra MARPOL: {seals[0]}    Precinto proveedor: {seals[1]}")
    pg.line(f"Precinto buque: {seals[2]}")
    pg.line(
        f"Forma de pago: {rng.choice(['transferencia a 30 días', 'contado', 'cuenta armador'])}"
    )
    pg.blank()
    pg.line("El proveedor declara que el combustible suministrado cumple la regla 18.3 del")
    pg.line("Anexo VI del Convenio MARPOL.")
    pg.line(f"Recibí conforme (Jefe de máquinas): {rng.choice(V.PEOPLE)}")
    pg.line(
        f"Entregado por: {rng.choice(V.PEOPLE)}  -  Camión cisterna "
        f"{rng.randint(1000, 9999)} {rng.choice(['BCD', 'KLM', 'HTX'])}"
    )
    return pg


def _labels(
    ship: S.Ship, port: V.Port, day: dt.date, seals: list[str], rng: random.Random
) -> PageDraft:
    pg = PageDraft()
    pg.line("FUEL OIL SAMPLE LABELS (MARPOL Annex VI, Reg. 18.8.1)")
    pg.line(f"Attached to BDN dated {fmt_date(day, 'iso')}")
    for number, seal in enumerate(seals[:3], start=1):
        pg.blank()
        pg.line(f"--- Sample {number} of 3 " + "-" * 40)
        pg.line("Ship: ", (ship.name, "VESSEL_NAME"), "   IMO: ", S.ident(ship.imo, "IMO", "n/a"))
        pg.line(f"Port of delivery: {port.name}   Sampling point: barge manifold")
        pg.line(f"Method: continuous drip   Seal No.: {seal}")
        pg.line(f"Date: {fmt_date(day, 'dmy/')}   Signed (supplier / ship): ______ / ______")
    pg.blank()
    pg.line("Retain MARPOL sample on board for not less than 12 months from delivery.")
    return pg
