"""A monitoring centre's alert e-mail about a vessel's AIS or VMS behaviour, printed to PDF.

Mail headers, a summary block of the vessel's particulars, a table of positions (times, lat/lon,
speed, course: all hard negatives) and recommended actions. English."""

from __future__ import annotations

import datetime as dt
import random

from oceanid_dev.demo.vessels import Vessel

from . import _vocab as V
from ._page import Item, PageBuilder, PageDraft
from ._ship import (
    Ship,
    a_date,
    flag_text,
    fmt_date,
    licence_no,
    master_name,
    phone,
    pick_ships,
    rfmo_id,
)

LAYOUT = "tracking_alert_email"

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


class _Mail:
    def __init__(self, ships: list[Ship], rng: random.Random) -> None:
        self.ship, self.other = ships
        self.rng = rng
        self.centre, self.sender, self.home = rng.choice(V.FMCS)
        self.code, summary = rng.choice(V.ALERTS)
        self.hours = rng.randint(6, 96)
        self.summary = summary.format(h=self.hours)
        self.when = dt.datetime.combine(a_date(rng, 2023, 2025), dt.time(rng.randint(0, 23)))
        self.ref = f"{self.home}-{self.when.year}-{rng.randint(1, 9999):05d}"
        self.rfmo = rng.choice(("IOTC", "WCPFC", "ICCAT", "IATTC"))
        self.ph = rng.choice(("n/a", "not reported", "UNKNOWN", "-"))
        self.lat = rng.uniform(-30, 10)
        self.dms = rng.random() < 0.4
        self.lon = rng.uniform(40, 170)

    def headers(self, b: PageBuilder) -> None:
        s, r, w = self.ship, self.rng, self.when
        b.line(f"From: {self.centre} <{self.sender}>")
        b.line(
            f"To: {r.choice(('licensing', 'compliance', 'psm.focal'))}@fisheries.example.gov; "
            f"ops@{r.choice(('coastguard', 'navy', 'portauthority'))}.example.org"
        )
        if r.random() < 0.5:
            b.line(f"Cc: {self.rfmo.lower()}-compliance@secretariat.example.int")
        ident: list[Item] = [f"ref {self.ref}"]
        if s.mmsi:
            ident = ["MMSI ", (s.mmsi, "MMSI")]
        elif s.imo:
            ident = ["IMO ", (s.imo, "IMO")]
        b.line(
            f"Subject: [ALERT-{self.code}] ",
            (s.name, "VESSEL_NAME"),
            " / ",
            *ident,
            f" {V.DASH} {self.summary}",
        )
        b.line(
            f"Date: {_DAYS[w.weekday()]}, {w.day} {w.strftime('%b %Y')} "
            f"{w.hour:02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} +0000"
        )
        b.line(f"Message-ID: <{r.getrandbits(64):016x}.{r.randint(1000, 9999)}@mail.example>\n")

    def summary_block(self, b: PageBuilder) -> None:
        s, r = self.ship, self.rng
        k = r.choice(("aligned", "colon", "spaces"))
        start = a_date(r, 2023, 2024)
        end = start + dt.timedelta(days=r.choice((180, 364, 365)))
        b.line(r.choice(("Dear colleagues,", "Dear Sir/Madam,", "Hello all,")), "\n")
        b.line(
            f"The {self.centre} raised the alert below at {self.when:%H:%M} UTC on "
            f"{fmt_date(self.when.date(), 'long')}."
        )
        b.line(f"Alert reference: {self.ref}    Priority: {r.choice(('HIGH', 'MEDIUM'))}\n")
        b.line(r.choice(("VESSEL SUMMARY", "Vessel particulars", "== VESSEL ==")))
        b.field("Name", (s.name, "VESSEL_NAME"), style=k, width=14)
        b.field("Flag", (flag_text(s.flag, "en", r), "FLAG"), style=k, width=14)
        for key, value, label in (
            ("IMO", s.imo, "IMO"),
            ("MMSI", s.mmsi, "MMSI"),
            ("Call sign", s.ircs, "IRCS"),
        ):
            b.field(key, (value, label) if value else self.ph, style=k, width=14)
        b.field("Gear", V.GEARS[s.gear][0], style=k, width=14)
        b.add(
            "Size          ",
            ("GT", "METRIC_TYPE"),
            " ",
            (s.gt, "METRIC_VALUE"),
            " / ",
            ("LOA", "METRIC_TYPE"),
            " ",
            (s.loa, "METRIC_VALUE"),
            " ",
            ("m", "METRIC_UNIT"),
        )
        b.line()
        b.field(
            "Authorisation",
            (licence_no(r, start.year, s.flag), "LICENSE_NO"),
            " (",
            (r.choice(("fishing licence", "high seas fishing authorisation")), "AUTH_TYPE"),
            "), valid ",
            (fmt_date(start, "iso"), "START_DATE"),
            " to ",
            (fmt_date(end, "iso"), "END_DATE"),
            style=k,
            width=14,
        )
        b.field(
            "RFMO record",
            (self.rfmo, "RFMO_CODE"),
            " no. ",
            (rfmo_id(self.rfmo, s.flag, r), "RFMO_ID"),
            style=k,
            width=14,
        )
        b.field("Owner", (s.owner, "ASSOC_NAME"), style=k, width=14)
        b.field("Master", (master_name(s.flag, r), "ASSOC_NAME"), style=k, width=14)
        b.field("Home port", (s.port, "HOME_PORT"), style=k, width=14)

    def positions(self, b: PageBuilder, rows: int, first: int, more: bool = False) -> None:
        r, dms = self.rng, self.dms
        b.line(f"\nPOSITIONS (UTC){' continued' if more else ''}")
        b.line("#   Date/time (UTC)    Latitude    Longitude    SOG kn  COG   Source")
        for i in range(first, first + rows):
            t = self.when - dt.timedelta(hours=2 * (50 - i), minutes=r.randint(0, 59))
            self.lat += r.uniform(-0.2, 0.2)
            self.lon += r.uniform(-0.2, 0.2)
            lat, lon = (
                (_dms(self.lat, "NS"), _dms(self.lon, "EW"))
                if dms
                else (f"{self.lat:.4f}", f"{self.lon:.4f}")
            )
            b.line(
                f"{i + 1:<3} {t:%Y-%m-%d %H:%M}   {lat:<11} {lon:<12} "
                f"{r.uniform(0, 12):>5.1f}  {r.randint(0, 359):03d}   "
                f"{r.choice(('AIS', 'VMS', 'AIS-S'))}"
            )

    def actions(self, b: PageBuilder) -> None:
        s, r = self.ship, self.rng
        b.line("\nRecommended actions:")
        b.line("1. Contact the master through the operator and request an explanation within 24 h.")
        b.line(
            "2. Ask the flag State (",
            (flag_text(s.flag, "en", r), "FLAG"),
            ") to verify the position reports of ",
            (s.name, "VESSEL_NAME"),
            ".",
        )
        other = self.other
        imo: list[Item] = [" (IMO ", (other.imo, "IMO"), ")"] if other.imo else [" (IMO n/a)"]
        b.line(
            "3. Check whether ",
            (other.name, "VESSEL_NAME"),
            *imo,
            " holds a transhipment authorisation from ",
            (self.rfmo, "RFMO_CODE"),
            ".",
        )
        b.line(f"4. Flag the next port call for inspection (alert {self.ref}).\n")
        b.line(f"Regards,\n{r.choice(V.OFFICIALS)}\nDuty Officer, {self.centre}")
        b.line(f"Tel. {phone(r, r.choice(('248', '230', '34', '61')))} (24/7)")

    def disclaimer(self, b: PageBuilder) -> None:
        b.line("\n" + "_" * 60)
        b.line(
            "This e-mail and any attachments are confidential and intended solely for the "
            "addressees. Positions are derived from AIS and VMS data and may contain errors; "
            "they do not by themselves establish that an offence has been committed."
        )


def _dms(value: float, hemis: str) -> str:
    degrees, minutes = int(abs(value)), (abs(value) % 1) * 60
    return f"{degrees:02d}\u00b0{minutes:04.1f}'{hemis[0] if value >= 0 else hemis[1]}"


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    mail = _Mail(pick_ships(vessels, rng, 2), rng)
    pages = rng.randint(1, 3)
    drafts = []
    b = PageBuilder()
    mail.headers(b)
    mail.summary_block(b)
    if pages == 1:
        mail.positions(b, rng.randint(4, 6), 0)
        mail.actions(b)
        return [b.draft()]
    mail.positions(b, rng.randint(6, 10), 0)
    drafts.append(b.draft())
    b = PageBuilder()
    b.line(f"{mail.centre} {V.DASH} [ALERT-{mail.code}] ", (mail.ship.name, "VESSEL_NAME"))
    mail.positions(b, rng.randint(8, 16), 10, more=True)
    mail.actions(b)
    if pages == 3:
        drafts.append(b.draft())
        b = PageBuilder()
        b.line("-----Original Message-----")
        b.line(f"From: {mail.centre} <{mail.sender}>")
        b.line(f"Subject: [ALERT-{mail.code}] ", (mail.ship.name, "VESSEL_NAME"), " (first notice)")
        mail.positions(b, rng.randint(10, 16), 30)
    mail.disclaimer(b)
    drafts.append(b.draft())
    return drafts
