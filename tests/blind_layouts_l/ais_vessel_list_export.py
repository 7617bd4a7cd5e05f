"""A vessel list exported from an AIS platform and printed: one row per vessel, columns as the
platform names them. The flag is the platform's, read from the MMSI; missing IMO numbers and
call signs print as the platform leaves them (0, blank or a dash).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime, timedelta

from oceanid_dev.demo.vessels import Vessel

from . import _common as c
from . import _ids, _vocab
from ._page import PageDraft

LAYOUT = "ais_vessel_list_export"

_Cell = tuple[str, str | None]  # value, label


def _flag_cells(mmsi: str) -> tuple[str, str, str]:
    iso3 = _ids.mid_country(mmsi) or ""
    return _ids.iso2(iso3) or iso3, iso3, c.country(iso3)


class _Export:
    def __init__(self, vessels: list[Vessel], rng: random.Random) -> None:
        self.rng = rng
        pool = [s for s in c.pick_ships(vessels, rng, 120) if s.mmsi]
        self.ships = pool or c.pick_ships(vessels, rng, 1)
        self.platform = rng.choice(("marinetraffic", "vesselfinder", "gfw", "csv"))
        self.now = datetime(2024, 1, 1) + timedelta(minutes=rng.randint(0, 900_000))
        self.imo_blank = rng.choice(("0", "", "-"))
        self.taken = 0
        self.sep = rng.choice((",", ";")) if self.platform == "csv" else ""
        self.per_page = rng.randint(14, 20) if self.sep else rng.randint(9, 14)
        self.total = 0

    def stamp(self) -> str:
        seen = self.now - timedelta(minutes=self.rng.randint(3, 6000))
        return seen.strftime(
            self.rng.choice(("%Y-%m-%d %H:%M", "%d/%m/%Y %H:%M UTC", "%Y-%m-%dT%H:%M:%SZ"))
        )

    def position(self) -> tuple[str, str]:
        lat, lon = self.rng.uniform(-45, 45), self.rng.uniform(-180, 180)
        return f"{lat:.4f}", f"{lon:.4f}"

    def columns(self, ship: c.Ship) -> list[tuple[str, int, _Cell]]:
        rng = self.rng
        mmsi = ship.mmsi or ""
        iso2, iso3, name = _flag_cells(mmsi) if mmsi else ("", "", "")
        imo: _Cell = (ship.imo, "IMO") if ship.imo else (self.imo_blank, None)
        ircs: _Cell = (ship.ircs, "IRCS") if ship.ircs else ("", None)
        loa: _Cell = (ship.loa, "METRIC_VALUE") if ship.loa else ("", None)
        lat, lon = self.position()
        kind = (
            rng.choice(("Fishing", "Fishing Vessel", "Fishing"))
            if ship.gear != "CARRIER"
            else "Reefer"
        )
        if self.platform == "marinetraffic":
            return [
                ("SHIPNAME", 22, (ship.name, "VESSEL_NAME")),
                ("MMSI", 11, (mmsi, "MMSI")),
                ("IMO", 9, imo),
                ("CALLSIGN", 9, ircs),
                ("TYPE_NAME", 16, (kind, None)),
                ("FLAG", 5, (iso2, "FLAG") if iso2 else ("", None)),
                ("LENGTH", 7, loa),
                ("LAT", 10, (lat, None)),
                ("LON", 10, (lon, None)),
                ("SPEED", 6, (f"{rng.uniform(0, 12):.1f}", None)),
                ("TIMESTAMP", 17, (self.stamp(), None)),
                ("DESTINATION", 14, (rng.choice(_vocab.AIS_DESTINATIONS), None)),
            ]
        if self.platform == "vesselfinder":
            return [
                ("Name", 22, (ship.name, "VESSEL_NAME")),
                ("IMO", 9, imo),
                ("MMSI", 11, (mmsi, "MMSI")),
                ("Call Sign", 10, ircs),
                ("Flag", 24, (name, "FLAG") if name else ("", None)),
                ("Type", 16, (kind, None)),
                ("Length (m)", 11, loa),
                ("Last Position", 22, (f"{lat} / {lon}", None)),
                ("Last Report", 22, (self.stamp(), None)),
            ]
        if self.platform == "gfw":
            gear = (ship.gear or "fishing").lower()
            return [
                ("Vessel name", 22, (ship.name, "VESSEL_NAME")),
                ("Flag", 6, (iso3, "FLAG") if iso3 else ("", None)),
                ("MMSI", 11, (mmsi, "MMSI")),
                ("IMO", 9, imo),
                ("Call sign", 10, ircs),
                ("Gear type", 20, (gear, None)),
                ("Last transmission", 22, (self.stamp(), None)),
                ("Status", 26, (rng.choice(_vocab.AIS_STATUSES), None)),
            ]
        return [
            ("mmsi", 0, (mmsi, "MMSI")),
            ("imo", 0, imo),
            ("callsign", 0, ircs),
            ("name", 0, (ship.name, "VESSEL_NAME")),
            ("flag", 0, (iso2, "FLAG") if iso2 else ("", None)),
            ("length", 0, loa),
            ("lat", 0, (lat, None)),
            ("lon", 0, (lon, None)),
            ("last_seen", 0, (self.stamp(), None)),
            ("destination", 0, (rng.choice(_vocab.AIS_DESTINATIONS), None)),
        ]

    def head(self, page: PageDraft, number: int) -> None:
        rng = self.rng
        titles = {
            "marinetraffic": "MarineTraffic — My Fleets export",
            "vesselfinder": "VesselFinder — Fleet list",
            "gfw": "Global Fishing Watch — vessel search results",
            "csv": "AIS fleet export (CSV, printed)",
        }
        if number == 1:
            page.line(titles[self.platform])
            page.line(f"Fleet: {rng.choice(_vocab.AIS_FLEETS)}")
            page.line(f"Exported: {self.now:%Y-%m-%d %H:%M} UTC    Vessels: {self.total}")
            page.nl()
        else:
            page.line(f"{titles[self.platform]} (continued)").nl()

    def page(self, number: int, rows_left: Callable[[], bool]) -> PageDraft:
        page = PageDraft()
        self.head(page, number)
        header = self.columns(self.ships[0])
        sep = self.sep
        if sep:
            page.line(sep.join(name for name, _, _ in header))
        else:
            for name, width, _ in header:
                page.cell(name, width)
            page.nl()
        for _ in range(self.per_page):
            if not rows_left() or len(page) > 2600:
                break
            for i, (_, width, (value, label)) in enumerate(self.columns(self.ships[self.taken])):
                if sep:
                    page.add(sep if i else "")
                    quote = '"' if sep in value else ""
                    if value:
                        page.add(quote).val(value, label).add(quote)
                else:
                    page.cell(value or "", width, label if value else None)
            page.nl()
            self.taken += 1
        page.nl().line(f"Page {number}")
        return page


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    export = _Export(vessels, rng)
    wanted = rng.choice((1, 2, 2, 3))
    limit = min(len(export.ships), export.per_page * wanted)
    export.total = limit
    pages: list[PageDraft] = []
    while export.taken < limit and len(pages) < 3:
        pages.append(export.page(len(pages) + 1, lambda: export.taken < limit))
    return pages
