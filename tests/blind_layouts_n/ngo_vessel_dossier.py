"""An NGO's dossier on one fishing vessel: summary box, identity over time, ownership chain,
technical particulars, authorisations, a dated timeline and the sources."""

from __future__ import annotations

import random
from datetime import timedelta

from oceanid_dev.demo.vessels import Vessel

from . import _common as C
from . import _ids as ids
from . import _vocab as V
from ._page import PageBuilder, PageDraft

LAYOUT = "ngo_vessel_dossier"
_BOX = 74
_EU = ("ESP", "PRT", "FRA", "ITA", "NLD", "MLT", "CYP", "GRC")


def _box_row(b: PageBuilder, key: str, value: str, label: str | None) -> None:
    b.text(f"| {key:<20}").put(value, label).pad_to(_BOX - 1).line("|")


def _summary(
    b: PageBuilder, s: C.Shown, owner: str, rfmo: str, ext: str, rng: random.Random
) -> None:
    gear = V.FISHING_TYPES[s.gear][0]
    b.line("+" + "-" * (_BOX - 2) + "+")
    b.text("| SUMMARY").pad_to(_BOX - 1).line("|")
    _box_row(b, "Vessel", s.name, "VESSEL_NAME")
    if s.flag:
        _box_row(b, "Current flag", C.country(s.flag), "FLAG")
    _box_row(b, "IMO number", s.imo or "not assigned", "IMO" if s.imo else None)
    _box_row(b, "Vessel type", gear, None)
    _box_row(b, "Registered owner", owner, "ASSOC_NAME")
    if s.flag in _EU:
        _box_row(b, "EU fleet register", ids.cfr(rng, s.flag or ""), "EU_CFR")
    _box_row(b, "GFW vessel ID", ext, "OTHER_EXT_ID")
    b.text(f"| {'Authorisation':<20}Listed by ").span(rfmo, "RFMO_CODE")
    b.pad_to(_BOX - 1).line("|")
    risk = rng.choice(("low", "medium", "under review"))
    _box_row(b, "Assessment", f"{risk} (see section 5)", None)
    b.line("+" + "-" * (_BOX - 2) + "+")


def _key_points(b: PageBuilder, s: C.Shown, history: dict[str, str], rng: random.Random) -> None:
    b.nl().line("KEY POINTS").nl()
    kind = V.FISHING_TYPES[s.gear][0].lower()
    b.text("  * ").span(s.name, "VESSEL_NAME").text(f" is a {kind}")
    if s.gt:
        b.text(" of ").span(s.gt, "METRIC_VALUE").text(" ").span("GT", "METRIC_UNIT")
    if s.year:
        b.text(", built in ").span(s.year, "BUILD_YEAR")
    b.line(".")
    if history.get("flag"):
        b.text("  * It left the register of ").span(C.country(history["flag"]), "FLAG_CHANGE")
        b.line(f" in {history['since']}; its call sign and MMSI changed at the same time.")
    else:
        b.line("  * No change of flag was found in the registers consulted.")
    b.line("  * Ownership passes through companies in several jurisdictions; the beneficial")
    b.line("    owner named below could not be confirmed from a second source.")
    b.line(f"  * {rng.randint(2, 9)} port calls and {rng.randint(1, 6)} encounters at sea were")
    b.line("    reviewed for this dossier; none is evidence of wrongdoing on its own.")


def _identity(b: PageBuilder, s: C.Shown, history: dict[str, str], rng: random.Random) -> None:
    b.nl().line("1. IDENTITY OVER TIME").nl()
    widths = (13, 23, 18, 10, 11, 8)
    b.row([(h, None) for h in ("Period", "Name", "Flag", "Call sign", "MMSI", "IMO")], widths)
    b.line("-" * 86)
    since = int(history["since"])
    imo = (s.imo, "IMO") if s.imo else ("-", None)
    if history.get("flag") or history.get("name"):
        start = since - rng.randint(3, 9)
        b.row(
            [
                (f"{start}-{since - 1}", None),
                (history["name"], "NAME_CHANGE")
                if history.get("name")
                else (s.name, "VESSEL_NAME"),
                (C.country(history["flag"]), "FLAG_CHANGE")
                if history.get("flag")
                else (C.country(s.flag or "") or "-", "FLAG" if s.flag else None),
                (history["ircs"], "ID_CHANGE") if history.get("ircs") else ("-", None),
                (history["mmsi"], "ID_CHANGE") if history.get("mmsi") else ("-", None),
                imo,
            ],
            widths,
        )
    b.row(
        [
            (f"{since}-present", None),
            (s.name, "VESSEL_NAME"),
            (C.country(s.flag), "FLAG") if s.flag else ("unknown", None),
            (s.ircs, "IRCS") if s.ircs else ("n/a", None),
            (s.mmsi, "MMSI") if s.mmsi else ("n/a", None),
            imo,
        ],
        widths,
    )
    b.nl().line("Identifiers marked n/a were missing or failed validation in the sources.")


def _ownership(b: PageBuilder, s: C.Shown, owner: V.Company | None, rng: random.Random) -> None:
    b.nl().line("2. OWNERSHIP AND MANAGEMENT CHAIN").nl()
    chain = rng.sample([c for c in V.COMPANIES if c != owner], 2)
    first = (s.owner or "", s.flag or "", None) if owner is None else (owner[0], owner[4], owner)
    rows = [
        (rng.choice(("Registered owner", "Owner")), *first),
        (rng.choice(("Operator", "Ship manager")), chain[0][0], chain[0][4], chain[0]),
        (rng.choice(("Beneficial owner", "Parent company")), chain[1][0], chain[1][4], chain[1]),
    ]
    for number, (role, name, where, company) in enumerate(rows, start=1):
        b.text(f"2.{number} ").span(role, "ASSOC_ROLE").text(": ").span(name, "ASSOC_NAME").nl()
        if where:
            b.text("     Jurisdiction: ").span(C.country(where), "COUNTRY_CODE")
            b.text("; company no. ").span(ids.company_reg_no(rng, where), "REG_NO").nl()
        if company is not None:
            _, street, city, state, iso3 = company
            b.text("     Address: ").span(street, "ADDRESS").text(", ").span(city, "CITY")
            if state:
                b.text(", ").span(state, "STATE")
            b.text(", ").span(C.country(iso3), "COUNTRY_CODE").nl()
    b.line(
        "The chain above was reconstructed from corporate filings; the link between the operator"
    )
    b.line("and the beneficial owner rests on a single filing and should be read with caution.")


def _particulars(b: PageBuilder, s: C.Shown, rng: random.Random) -> None:
    b.nl().line("3. TECHNICAL PARTICULARS").nl()
    if s.gt:
        b.text("   ").span("Gross tonnage", "METRIC_TYPE").text(": ").span(s.gt, "METRIC_VALUE")
        b.text(" ").span("GT", "METRIC_UNIT").nl()
    if s.loa:
        b.text("   ").span("Length overall", "METRIC_TYPE").text(": ").span(s.loa, "METRIC_VALUE")
        b.text(" ").span("m", "METRIC_UNIT").nl()
    yard, built_in = rng.choice(V.SHIPYARDS)
    if s.year:
        b.field("   Year of build", s.year, "BUILD_YEAR")
    b.text("   Builder: ").span(yard, "BUILDER_LOCATION").text(" (")
    b.span(C.country(built_in), "BUILD_COUNTRY").line(")")
    if s.port:
        b.text("   Port of registry: ").span(s.port.title(), "HOME_PORT")
        if s.flag:
            b.text(", ").span(C.country(s.flag), "HOME_PORT_STATE")
        b.nl()


def _authorisations(b: PageBuilder, s: C.Shown, rfmo: str, rng: random.Random) -> None:
    b.nl().line("4. AUTHORISATIONS ON PUBLIC RECORDS").nl()
    area, code = rng.choice(V.RFMOS[rfmo][0]), rng.choice(V.RFMOS[rfmo][1])
    start = C.some_date(rng, 2021, 2024)
    style = C.date_style(rng)
    b.text("   ").span(rfmo, "RFMO_CODE").text(" record no. ")
    b.span(ids.rfmo_id(rng, rfmo, s.flag), "RFMO_ID").text(" - ")
    b.span(rng.choice(V.AUTH_TYPES_EN[:2]), "AUTH_TYPE").text(", valid ")
    b.span(C.fmt_date(start, style), "START_DATE").text(" to ")
    end = start + timedelta(days=rng.choice((364, 365, 729)))
    b.span(C.fmt_date(end, style), "END_DATE").nl()
    b.text("   Target species: ").span(code, "SPECIES_NAME").text("; FAO area ")
    b.span(area, "FAO_AREA_CODE").nl()


def _timeline(
    b: PageBuilder, s: C.Shown, history: dict[str, str], rfmo: str, rng: random.Random
) -> None:
    b.nl().line("5. TIMELINE").nl()
    since = int(history["since"])
    if history.get("flag") and s.flag:
        b.text(f"   {since}-0{rng.randint(1, 9)}   Reflagged from ")
        b.span(C.country(history["flag"]), "FLAG_CHANGE").text(" to ")
        b.span(C.country(s.flag), "FLAG").line(".")
    if history.get("name"):
        b.text(f"   {since}-0{rng.randint(1, 9)}   Renamed from ")
        b.span(history["name"], "NAME_CHANGE").text(" to ").span(s.name, "VESSEL_NAME").line(".")
    for when in sorted(C.some_date(rng, since + 1, 2024) for _ in range(rng.randint(3, 5))):
        event = rng.choice(V.NGO_EVENTS)
        port = rng.choice(V.PORTS)[1]
        if "{rfmo}" in event:
            head, tail = event.split("{rfmo}")
            b.text(f"   {when.isoformat()}   {head}").span(rfmo, "RFMO_CODE").line(tail)
        else:
            hours, days = rng.randint(3, 30), rng.randint(2, 40)
            b.line(f"   {when.isoformat()}   {event.format(port=port, hours=hours, days=days)}")


def _reply(b: PageBuilder, owner: str, rng: random.Random) -> None:
    b.nl().line("RIGHT OF REPLY").nl()
    asked = f"{rng.randint(1, 28)} {rng.choice(('March', 'June', 'September'))} 2025"
    b.wrap(88).text("The ").span(
        rng.choice(("registered owner", "owner", "operator")), "ASSOC_ROLE"
    )
    b.text(", ").span(owner, "ASSOC_NAME").text(f", was sent the findings on {asked} ")
    b.line(
        rng.choice(
            (
                "and given 30 days to respond. No reply had been received when this went to print.",
                "and replied that the vessel holds all required licences; the reply is on file.",
                "through its agent; the agent acknowledged receipt but did not comment further.",
            )
        )
    )
    b.wrap(None)
    b.line("Methodology: registry records, AIS tracks and corporate filings were compared; any")
    b.line("discrepancy was checked against at least one further source before inclusion.")


def _sources(b: PageBuilder, rfmo: str, ngo: str, rng: random.Random) -> None:
    b.nl().line("6. SOURCES").nl()
    seen = C.fmt_date(C.some_date(rng, 2025, 2025), "long")
    b.text("[1] ").span(rfmo, "RFMO_CODE").line(f" Record of Authorised Vessels, accessed {seen}.")
    b.line("[2] AIS positions, Global Fishing Watch data portal, downloaded the same day.")
    b.line("[3] Corporate registry extracts (paid searches), on file with the authors.")
    b.line(f"[4] {ngo} field notes, port visit, {rng.randint(2019, 2024)}.")
    b.nl().line(f"(c) {ngo}. Shared for research; verify before relying on any single entry.")


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    (s,) = C.pick(vessels, rng, 1)
    ngo = rng.choice(V.NGOS)
    company = None if s.owner else rng.choice(V.COMPANIES)
    owner = s.owner or (company[0] if company else "")
    rfmo = rng.choice(sorted(V.RFMOS))
    history: dict[str, str] = {"since": str(rng.randint(2012, 2021))}
    if s.former_name or rng.random() < 0.4:
        history["name"] = s.former_name or ids.made_up_former_name(rng)
    if rng.random() < 0.6:
        flag, ircs, mmsi = ids.former_identity(rng)
        history.update(flag=flag, ircs=ircs, mmsi=mmsi)
    first = PageBuilder()
    first.line(f"{ngo.upper()}  |  Vessel dossier")
    first.line(f"Ref. {ngo[:2].upper()}-D-{ids.digits(rng, 4)}")
    first.text("Subject: ").span(s.name, "VESSEL_NAME")
    first.line(
        f"    Compiled {rng.randint(1, 28)} {rng.choice(('November', 'December'))} 2025"
    ).nl()
    _summary(first, s, owner, rfmo, ids.gfw_id(rng), rng)
    _key_points(first, s, history, rng)
    _identity(first, s, history, rng)
    second = PageBuilder()
    second.line(f"Dossier: {ngo} - page 2").nl()
    _ownership(second, s, company, rng)
    _particulars(second, s, rng)
    if rng.random() < 0.5:
        _authorisations(second, s, rfmo, rng)
        _timeline(second, s, history, rfmo, rng)
        _sources(second, rfmo, ngo, rng)
        return [first.draft(), second.draft()]
    _authorisations(second, s, rfmo, rng)
    third = PageBuilder()
    third.line(f"Dossier: {ngo} - page 3").nl()
    _reply(third, owner, rng)
    _timeline(third, s, history, rfmo, rng)
    _sources(third, rfmo, ngo, rng)
    return [first.draft(), second.draft(), third.draft()]
