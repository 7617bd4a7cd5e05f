"""A landing (or transhipment-in-port) declaration form, filled in. English, or bilingual
EN/FR or ES/EN keys.

The port of landing's UN/LOCODE is PORT_ID (the port's name is not HOME_PORT); catch weights,
presentations and the declaration number are hard negatives."""

from __future__ import annotations

import datetime as dt
import random

from oceanid_dev.demo.vessels import Vessel

from . import _vocab as V
from ._page import Item, PageBuilder, PageDraft
from ._ship import (
    Ship,
    a_date,
    eu_cfr,
    flag_text,
    fmt_date,
    licence_no,
    master_name,
    national_reg,
    pick_ships,
    rfmo_id,
)

LAYOUT = "landing_declaration"


class _Form:
    def __init__(self, ships: list[Ship], rng: random.Random) -> None:
        (self.ship, self.other), self.rng = ships, rng
        self.langs = rng.choice(((0,), (0, 1), (2, 0)))
        self.tranship = rng.random() < 0.3
        self.port, self.port_country, self.locode = rng.choice(V.PORTS)
        self.rfmo = rng.choice(("IOTC", "ICCAT", "WCPFC", "SPRFMO", "NPFC"))
        self.areas, self.codes = V.RFMOS[self.rfmo]
        self.arrival = a_date(rng, 2023, 2025)
        self.ph = rng.choice(("N/A", "----", "nil", "n/a"))
        self.master = master_name(ships[0].flag, rng)
        self.fished: list[str] = list(self.areas)
        self.style = rng.choice(("long", "slash", "iso", "abbr"))
        self.number = (
            f"{rng.choice(('LD', 'TD', 'PSM'))}-{self.arrival.year}-{rng.randint(1, 9999):04d}"
        )

    def key(self, name: str) -> str:
        return " / ".join(V.LANDING_KEYS[name][i] for i in self.langs)

    def metric(self, name: str) -> list[Item]:
        """A metric's bilingual key: each language's name is its own METRIC_TYPE span."""
        items: list[Item] = []
        for n, i in enumerate(self.langs):
            items += ([" / "] if n else []) + [(V.LANDING_KEYS[name][i], "METRIC_TYPE")]
        return items

    def f(self, b: PageBuilder, name: str, *items: Item, key_label: str | None = None) -> None:
        b.field(self.key(name), *items, style="colon", width=0, key_label=key_label)

    def heading(self, b: PageBuilder) -> None:
        r = self.rng
        kind = "TRANSHIPMENT IN PORT DECLARATION" if self.tranship else "LANDING DECLARATION"
        b.line(
            f"{r.choice(('PORT STATE MEASURES', 'Competent Authority of the Port State'))} "
            f"{V.DASH} {self.port.upper()}"
        )
        b.line(kind + ("  /  DÉCLARATION DE DÉBARQUEMENT" if 1 in self.langs else ""))
        b.line(f"Declaration No. {self.number}    Form {r.choice(('A', 'B', 'PS-2'))}\n")

    def vessel(self, b: PageBuilder) -> None:
        s, r = self.ship, self.rng
        b.line("SECTION 1 ", V.DASH, " VESSEL")
        self.f(b, "name", (s.name, "VESSEL_NAME"))
        self.f(b, "flag", (flag_text(s.flag, "en", r), "FLAG"))
        self.f(b, "imo", (s.imo, "IMO") if s.imo else self.ph)
        self.f(b, "ircs", (s.ircs, "IRCS") if s.ircs else self.ph)
        cfr = eu_cfr(s.flag, r)
        if cfr:
            self.f(b, "cfr", (cfr, "EU_CFR"))
        self.f(b, "reg", (national_reg(s.flag, r), "NATIONAL_REG_NO"))
        self.f(b, "rfmo", (self.rfmo, "RFMO_CODE"), " ", (rfmo_id(self.rfmo, s.flag, r), "RFMO_ID"))
        self.f(b, "port", (s.port, "HOME_PORT"))
        b.line(
            *self.metric("gt"),
            ": ",
            (s.gt, "METRIC_VALUE"),
            "    ",
            *self.metric("loa"),
            ": ",
            (s.loa, "METRIC_VALUE"),
            " ",
            ("m", "METRIC_UNIT"),
        )

    def trip(self, b: PageBuilder) -> None:
        s, r = self.ship, self.rng
        start = a_date(r, self.arrival.year - 1, self.arrival.year - 1)
        end = start + dt.timedelta(days=364)
        b.line("\nSECTION 2 ", V.DASH, " MASTER, AGENT AND AUTHORISATION")
        self.f(b, "master", (self.master, "ASSOC_NAME"))
        self.f(
            b,
            "agent",
            (r.choice(V.MANAGERS), "ASSOC_NAME"),
            f", tel. +{r.randint(30, 699)} {r.randint(1000000, 9999999)}",
        )
        kinds = ["Fishing licence", "High seas fishing authorisation"]
        kinds += (
            ["Licence de pêche"] if 1 in self.langs else ["Licencia de pesca"] * (2 in self.langs)
        )
        kind = r.choice(kinds)
        self.f(
            b,
            "auth",
            (kind, "AUTH_TYPE"),
            " No. ",
            (licence_no(r, start.year, s.flag), "LICENSE_NO"),
            ", valid ",
            (fmt_date(start, self.style), "START_DATE"),
            " to ",
            (fmt_date(end, self.style), "END_DATE"),
        )
        areas = self.fished = r.sample(self.areas, min(2, len(self.areas)))
        items: list[Item] = []
        for i, area in enumerate(areas):
            items += ([", "] if i else []) + [(area, "FAO_AREA_CODE")]
        self.f(b, "areas", *items)
        self.f(b, "landing", self.port, " (", (self.locode, "PORT_ID"), ")")
        self.f(b, "arrival", fmt_date(self.arrival, self.style), f" {r.randint(0, 23):02d}:00 LT")
        if self.tranship:
            o = self.other
            b.line(
                "Receiving vessel: ",
                (o.name, "VESSEL_NAME"),
                ", IMO ",
                (o.imo, "IMO") if o.imo else self.ph,
                ", flag ",
                (flag_text(o.flag, "en", r), "FLAG"),
            )

    def catch(self, b: PageBuilder, rows: int) -> None:
        r = self.rng
        b.line("\nSECTION 3 ", V.DASH, " CATCH ", "TRANSHIPPED" if self.tranship else "LANDED")
        b.line(
            f"{V.CATCH_COLUMNS[0]:<26}{V.CATCH_COLUMNS[1]:<14}{V.CATCH_COLUMNS[2]:<10}{V.CATCH_COLUMNS[3]:>12}{V.CATCH_COLUMNS[4]:>15}"
        )
        total = 0
        codes = [sp for sp in V.SPECIES if sp[0] in self.codes] or list(V.SPECIES)
        for _ in range(rows):
            code, en, es, _fr = r.choice(codes)
            shape = r.random()
            cell: list[Item] = [(code, "SPECIES_NAME")]
            if shape < 0.3:
                cell = [(en, "SPECIES_NAME")]
            elif shape < 0.55:
                cell = [
                    (es if 2 in self.langs else en, "SPECIES_NAME"),
                    " (",
                    (code, "SPECIES_NAME"),
                    ")",
                ]
            width = sum(len(x if isinstance(x, str) else x[0]) for x in cell)
            kg = r.randint(150, 60_000)
            total += kg
            area = r.choice(self.fished)
            b.line(
                *cell,
                " " * max(2, 26 - width),
                f"{r.choice(V.PRESENTATIONS):<14}",
                (area, "FAO_AREA_CODE"),
                " " * (10 - len(area)),
                f"{kg:>12,}{r.randint(0, 900):>15,}",
            )
        b.line(f"{'TOTAL':<50}{total:>12,}")

    def signatures(self, b: PageBuilder) -> None:
        r = self.rng
        day = fmt_date(self.arrival + dt.timedelta(days=r.randint(0, 2)), self.style)
        b.line("\nI certify that the above information is complete, true and correct.")
        b.line(
            "Signature of master: ____________   Name: ",
            (self.master, "ASSOC_NAME"),
            f"   Date: {day}",
        )
        b.line(f"Received by (port inspector): {r.choice(V.OFFICIALS)}   Stamp: [  ]   Date: {day}")


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    form = _Form(pick_ships(vessels, rng, 2), rng)
    pages = rng.randint(1, 3)
    b = PageBuilder()
    form.heading(b)
    form.vessel(b)
    form.trip(b)
    if pages == 1:
        form.catch(b, rng.randint(3, 6))
        form.signatures(b)
        return [b.draft()]
    drafts = [b.draft()]
    for page in range(2, pages + 1):
        b = PageBuilder()
        b.line(
            f"{form.number} {V.DASH} page {page}/{pages} {V.DASH} ", (form.ship.name, "VESSEL_NAME")
        )
        form.catch(b, rng.randint(10, 18))
        if page == pages:
            form.signatures(b)
        drafts.append(b.draft())
    return drafts
