"""A VMS satellite unit (MTU) registration form, filled in.

Vessel section, owner and operator, device section (manufacturer, model, serial number,
Inmarsat/Iridium numbers: long numbers that are hard negatives, an IMN looks like an MMSI),
dates of installation and activation (hard negatives), the fishing licence (labelled)."""

from __future__ import annotations

import datetime as dt
import random

from oceanid_dev.demo.vessels import Vessel

from . import _vocab as V
from ._page import Item, PageBuilder, PageDraft
from ._ship import (
    Ship,
    a_date,
    address,
    company_reg_no,
    country,
    flag_text,
    fmt_date,
    licence_no,
    national_reg,
    rfmo_id,
    ship_of,
)

LAYOUT = "mtu_registration_form"


class _Form:
    def __init__(self, ship: Ship, rng: random.Random) -> None:
        self.ship, self.rng = ship, rng
        self.centre = rng.choice(V.FMCS)[0]
        self.maker, self.model, self.system = rng.choice(V.MTU_MODELS)
        self.installed = a_date(rng, 2020, 2025)
        self.style = rng.choice(("slash", "iso", "long", "dot"))
        self.ph = rng.choice(("N/A", "NONE", "not applicable", "\u2014"))
        self.kv = rng.choice(("colon", "aligned", "dots"))
        self.numbered = rng.random() < 0.6
        self.n = 0

    def date(self, day: dt.date) -> str:
        return fmt_date(day, self.style)

    def f(self, b: PageBuilder, key: str, *items: Item, key_label: str | None = None) -> None:
        self.n += 1
        if self.numbered:
            b.add(f"{self.n:>2}. ")
        b.field(key, *items, style=self.kv, width=30, key_label=key_label)

    def head(self, b: PageBuilder) -> None:
        r = self.rng
        b.line(self.centre.upper(), f" {V.DASH} VESSEL MONITORING SYSTEM")
        b.line(
            r.choice(
                (
                    "MOBILE TRANSCEIVER UNIT (MTU) REGISTRATION FORM",
                    "VMS UNIT REGISTRATION / ACTIVATION REQUEST",
                    "Registration of Automatic Location Communicator (ALC)",
                )
            )
        )
        b.line(
            f"Form VMS-{r.randint(1, 9):02d} rev. {r.randint(1, 6)}    "
            "Complete in BLOCK LETTERS; tick boxes with X\n"
        )

    def vessel(self, b: PageBuilder) -> None:
        s, r = self.ship, self.rng
        b.line("SECTION A ", V.DASH, " VESSEL DETAILS")
        self.f(b, "Vessel name", (s.name, "VESSEL_NAME"))
        self.f(b, "Flag State", (flag_text(s.flag, "en", r), "FLAG"))
        self.f(b, "IMO number", (s.imo, "IMO") if s.imo else self.ph)
        self.f(b, "International radio call sign", (s.ircs, "IRCS") if s.ircs else self.ph)
        self.f(b, "MMSI", (s.mmsi, "MMSI") if s.mmsi else self.ph)
        self.f(b, "Port of registry", (s.port, "HOME_PORT"))
        if r.random() < 0.5:
            self.f(b, "Country of port of registry", (country(s.flag), "HOME_PORT_STATE"))
        self.f(b, "National registration number", (national_reg(s.flag, r), "NATIONAL_REG_NO"))
        rfmo = r.choice(("IOTC", "WCPFC", "ICCAT", "SPRFMO"))
        self.f(b, "RFMO record", (rfmo, "RFMO_CODE"), " / ", (rfmo_id(rfmo, s.flag, r), "RFMO_ID"))
        self.f(b, "Gear type", V.GEARS[s.gear][0])
        self.f(
            b,
            "Gross tonnage",
            (s.gt, "METRIC_VALUE"),
            " ",
            ("GT", "METRIC_UNIT"),
            key_label="METRIC_TYPE",
        )
        self.f(
            b,
            "Length overall",
            (s.loa, "METRIC_VALUE"),
            " ",
            ("m", "METRIC_UNIT"),
            key_label="METRIC_TYPE",
        )
        self.f(b, "Year of build", (s.year, "BUILD_YEAR"))

    def owner(self, b: PageBuilder) -> None:
        s, r = self.ship, self.rng
        b.line("\nSECTION B ", V.DASH, " OWNER, OPERATOR AND 24-HOUR CONTACT")
        street, city, state, post = address(s.owner_country, r)
        self.f(b, "Owner (name)", (s.owner, "ASSOC_NAME"))
        self.f(b, "Address", (street, "ADDRESS"))
        place: list[Item] = [(city, "CITY")]
        if state:
            place += [", ", (state, "STATE")]
        self.f(b, "City / province / postcode", *place, f" {post}" if post else "")
        self.f(b, "Country", (country(s.owner_country), "COUNTRY_CODE"))
        self.f(b, "Company registration no.", (company_reg_no(s.owner_country, r), "REG_NO"))
        operator = r.choice(V.MANAGERS)
        if r.random() < 0.4:
            self.f(b, "Operator (if not owner)", "same as owner")
        else:
            self.f(b, "Operator (if not owner)", (operator, "ASSOC_NAME"))
        self.f(b, "Contact person", r.choice(V.OFFICIALS))
        self.f(b, "Telephone (24 h)", f"+{r.randint(30, 899)} {r.randint(10**8, 10**9 - 1)}")
        box, domain = r.choice(("ops", "fleet", "duty")), r.choice(("oceanic", "haixin", "pelagic"))
        self.f(b, "E-mail", f"vms.{box}@{domain}-fleet.example.com")

    def device(self, b: PageBuilder) -> None:
        r = self.rng
        b.line("\nSECTION C ", V.DASH, " MTU / TRANSCEIVER")
        self.f(b, "Manufacturer", self.maker)
        self.f(b, "Model", self.model)
        self.f(
            b,
            "Serial number",
            f"{r.choice(('SN', 'S/N ', ''))}{r.randint(10**7, 10**9):d}{r.choice(('', 'A', 'K2'))}",
        )
        box = {
            k: "X" if self.system.startswith(k[:3].lower()) else " "
            for k in ("Inmarsat-C", "Iridium", "IDP (ORBCOMM)")
        }
        b.line("    System:  ", "   ".join(f"[{v}] {k}" for k, v in box.items()))
        if self.system == "inmarsat":
            self.f(b, "Inmarsat mobile number (IMN)", f"4{r.randint(10**7, 10**8 - 1)}")
            self.f(b, "Inmarsat serial number (ISN)", f"TT{r.randint(10**8, 10**9 - 1)}")
            self.f(b, "DNID / member number", f"{r.randint(10000, 69999)} / {r.randint(1, 255)}")
        elif self.system == "iridium":
            self.f(b, "Iridium IMEI", f"30023{r.randint(10**9, 10**10 - 1)}")
            self.f(b, "SIM ICCID", f"8988169{r.randint(10**11, 10**12 - 1)}")
        else:
            self.f(
                b,
                "Mobile ID",
                f"{r.randint(10**7, 10**8 - 1)}SKY{r.choice('ABCDEF')}{r.randint(10, 99)}",
            )
        self.f(b, "Firmware version", f"{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}")
        self.f(b, "Reporting interval", f"{r.choice((1, 2, 4))} hour(s)")

    def installation(self, b: PageBuilder) -> None:
        s, r = self.ship, self.rng
        b.line("\nSECTION D ", V.DASH, " INSTALLATION, ACTIVATION AND LICENCE")
        self.f(b, "Installed by", r.choice(V.INSTALLERS))
        self.f(b, "Date of installation", self.date(self.installed))
        active = self.installed + dt.timedelta(days=r.randint(0, 6))
        self.f(
            b,
            "Date/time of activation (UTC)",
            f"{self.date(active)} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}",
        )
        self.f(
            b, "Tamper seal numbers", f"{r.randint(100000, 999999)}, {r.randint(100000, 999999)}"
        )
        start = a_date(r, self.installed.year, self.installed.year)
        end = start + dt.timedelta(days=r.choice((364, 365, 729)))
        self.f(b, "Fishing licence no.", (licence_no(r, start.year, s.flag), "LICENSE_NO"))
        self.f(
            b,
            "Licence valid from / to",
            (self.date(start), "START_DATE"),
            " / ",
            (self.date(end), "END_DATE"),
        )

    def declaration(self, b: PageBuilder) -> None:
        s, r = self.ship, self.rng
        b.line("\nSECTION E ", V.DASH, " DECLARATION")
        b.line(
            "I declare that the MTU described above is installed on board ",
            (s.name, "VESSEL_NAME"),
            ", will",
        )
        b.line("remain switched on at all times and will not be tampered with.")
        b.line(
            f"Signature: ____________   Name: {r.choice(V.OFFICIALS)}   Capacity: "
            f"{r.choice(('Director', 'Fleet manager', 'Authorised agent'))}"
        )
        b.line(f"Date: {self.date(self.installed)}")
        b.line("\nFOR OFFICIAL USE ONLY")
        b.line(
            f"Received: {self.date(self.installed + dt.timedelta(days=r.randint(1, 9)))}   "
            f"Test report received: [{r.choice('X ')}]   Poll OK: [{r.choice('X ')}]"
        )
        b.line(
            f"Registered in VMS by: {r.choice(V.OFFICIALS)}   Ref. "
            f"MTU/{self.installed.year}/{r.randint(1, 9999):04d}"
        )

    def checklist(self, b: PageBuilder) -> None:
        s, r = self.ship, self.rng
        b.line("\nANNEX ", V.DASH, " INSTALLATION CHECKLIST (installer)")
        for item in (
            "Antenna mounted with a clear view of the sky",
            "Unit powered from an independent supply with back-up battery",
            "Tamper seals fitted and recorded",
            "Test position report received by the FMC",
            "Master briefed on manual reporting if the unit fails",
        ):
            b.line(f"  [{r.choice('XXX ')}] {item}")
        b.line(
            f"Test position: {r.uniform(-40, 40):.4f}, {r.uniform(-180, 180):.4f} at "
            f"{self.date(self.installed)} {r.randint(0, 23):02d}:{r.randint(0, 59):02d} UTC"
        )
        b.line(
            "Vessel: ",
            (s.name, "VESSEL_NAME"),
            "   Call sign: ",
            (s.ircs, "IRCS") if s.ircs else self.ph,
        )
        b.line(
            f"Technician: {r.choice(V.OFFICIALS)}   Licence no. of installer: "
            f"INST-{r.randint(100, 999)}"
        )


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    form = _Form(ship_of(rng.choice(vessels), rng), rng)
    plan = {
        1: (("vessel", "owner", "device", "installation", "declaration"),),
        2: (("vessel", "owner"), ("device", "installation", "declaration")),
        3: (("vessel", "owner"), ("device", "installation"), ("declaration", "checklist")),
    }
    pages = plan[rng.randint(1, 3)]
    drafts = []
    for number, sections in enumerate(pages, start=1):
        b = PageBuilder()
        if number == 1:
            form.head(b)
        else:
            b.line(
                f"MTU registration {V.DASH} ",
                (form.ship.name, "VESSEL_NAME"),
                f" {V.DASH} page {number} of {len(pages)}\n",
            )
        for section in sections:
            getattr(form, section)(b)
        drafts.append(b.draft())
    return drafts
