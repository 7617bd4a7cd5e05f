"""A harbour master's arrivals/departures log for one port: many vessels a page, fishing and
cargo mixed, with timestamps, last/next port UN/LOCODEs, agents, berths and drafts."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from oceanid_dev.demo.vessels import Vessel

from ._ids import Ident, make_call_sign, make_imo, make_mmsi, pick
from ._page import Doc, Page, PageDraft
from ._vocab import AGENTS, CARGO_FLAGS, CARGO_NAMES, PORTS, some_date

LAYOUT = "port_call_log"

_COLS = (
    ("Vessel", 22),
    ("Type", 9),
    ("Flag", 5),
    ("IMO", 8),
    ("Call sign", 10),
    ("GT", 7),
    ("ETA/ATA", 17),
    ("ATD", 17),
    ("Last", 6),
    ("Next", 6),
    ("Agent", 26),
    ("Berth", 6),
    ("Draft", 0),
)


def _cargo(rng: random.Random) -> Ident:
    iso3 = rng.choice(CARGO_FLAGS)
    return Ident(
        name=rng.choice(CARGO_NAMES),
        flag=iso3,
        imo=make_imo(rng),
        mmsi=make_mmsi(iso3, rng),
        ircs=make_call_sign(iso3, rng),
        port=None,
        owner=None,
        former_name=None,
        gross_tonnage=str(rng.randint(5_000, 95_000)),
        length_m=None,
        build_year=None,
    )


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    port, locode = rng.choice(PORTS)
    n_pages = rng.randint(1, 3)
    piped = rng.random() < 0.5
    sep = rng.choice((" | ", "|")) if piped else ""
    when = datetime.combine(some_date(rng), datetime.min.time()) + timedelta(hours=6)
    stamp = rng.choice(("%d/%m/%Y %H:%M", "%Y-%m-%d %H%M", "%d.%m.%y %H:%M"))
    doc = Doc()
    for page_no in range(n_pages):
        p = doc.page if page_no == 0 else doc.new_page()
        p.add(f"HARBOUR MASTER'S OFFICE - PORT OF {port.upper()} (").val(locode, "PORT_ID").add(
            ")"
        ).nl()
        title = rng.choice(
            ("Arrivals and departures", "Vessel movements log", "Port call register")
        )
        p.add(f"{title}  -  sheet {page_no + 1}/{n_pages}").nl(2)
        for name, width in _COLS:
            p.add(name) if not width else (p.add(name + sep) if piped else p.cell(name, width))
        p.nl()
        for _ in range(rng.randint(8, 16)):
            when += timedelta(minutes=rng.randint(20, 400))
            fishing = rng.random() < 0.6
            v = pick(vessels, rng)[0] if fishing else _cargo(rng)
            _row(p, rng, v, fishing, when, stamp, sep)
        p.nl().add(
            f"Pilot boarding ground 2 nm off breakwater. VHF ch {rng.choice((12, 14, 16, 68))}."
        ).nl()
    return doc.drafts()


def _row(
    p: Page, rng: random.Random, v: Ident, fishing: bool, when: datetime, stamp: str, sep: str
) -> None:
    widths = [w for _, w in _COLS]

    def cell(value: str, i: int, label: str | None = None) -> None:
        if sep:
            p.val(value, label).add(sep)
        else:
            p.cell(value, widths[i], label)

    cell(v.name, 0, "VESSEL_NAME")
    cell(
        rng.choice(("FV", "LL", "PS", "TRAWLER", "SQUID"))
        if fishing
        else rng.choice(("CONT", "BULK", "REEFER", "TANKER")),
        1,
    )
    cell(v.flag or "-", 2, "FLAG" if v.flag else None)
    cell(v.imo or "-", 3, "IMO" if v.imo else None)
    cell(v.ircs or "-", 4, "IRCS" if v.ircs else None)
    gt = v.gross_tonnage
    cell(gt or "-", 5, "METRIC_VALUE" if gt else None)
    cell(when.strftime(stamp), 6)
    departed = rng.random() < 0.6
    cell((when + timedelta(hours=rng.randint(6, 90))).strftime(stamp) if departed else "", 7)
    for i in (8, 9):
        code = rng.choice(PORTS)[1]
        cell(code, i, "PORT_ID")
    cell(rng.choice(AGENTS), 10)
    cell(rng.choice(("B1", "B4", "Q7", "12", "FP-3", "ANCH")), 11)
    p.add(f"{rng.uniform(3.5, 13.5):.1f}").nl()
