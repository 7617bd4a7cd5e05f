"""Layout `port_notice_prose`: an English port-State letter or notice in prose paragraphs (denial
of port entry under the PSMA, a port notice barring listed vessels, a transhipment inspection
notice) naming one or two vessels with their identifiers inside sentences.

Test-only blind evaluation data, written without reading the rule-based extractor. The port of
call is not a HOME_PORT (its UN/LOCODE is PORT_ID); catch is described without quantities;
letter, arrival and inspection dates are unlabelled, authorization validity dates are labelled.
Labelled values are written "[[LABEL=value]]" in the sentence templates (see PageText.marked).
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta

from oceanid_dev.demo.vessels import Vessel

from . import _domain as d
from ._page import PageDraft, PageText, draft

LAYOUT = "port_notice_prose"

# authority | unit | port | country | UN/LOCODE | RFMOs of the region
_PORTS = [
    row.split(" | ")
    for row in """\
MINISTRY OF BLUE ECONOMY, MARINE RESOURCES, FISHERIES AND SHIPPING | Fisheries Division | \
Port Louis | Mauritius | MUPLU | IOTC SIOFA
SEYCHELLES FISHING AUTHORITY | Monitoring, Control and Surveillance Section | Port Victoria | \
Seychelles | SCPOV | IOTC
DEPARTMENT OF FORESTRY, FISHERIES AND THE ENVIRONMENT | Fisheries Compliance Directorate | \
Cape Town | South Africa | ZACPT | ICCAT IOTC CCSBT
MINISTRY OF FISHERIES | Offshore Fisheries Management Division | Suva | Fiji | FJSUV | WCPFC
MARSHALL ISLANDS MARINE RESOURCES AUTHORITY | Oceanic and Industrial Affairs | Majuro | \
Marshall Islands | MHMAJ | WCPFC
MINISTRY OF OCEANS AND FISHERIES | Distant Water Fisheries Division | Busan | \
Republic of Korea | KRPUS | NPFC WCPFC
AUSTRALIAN FISHERIES MANAGEMENT AUTHORITY | Foreign Compliance | Hobart | Australia | AUHBA | \
CCSBT SIOFA""".splitlines()
]
_AGENTS = ("Oceanic Shipping Agency Ltd", "Blue Harbour Services", "Trans-Marine Agencies")


class _Notice:
    def __init__(self, page: PageText, rng: random.Random, rfmos: list[str]) -> None:
        self.page, self.rng, self.rfmos = page, rng, rfmos

    def say(self, text: str) -> None:
        self.page.marked(text)

    def sentence(self, text: str) -> None:
        self.say((" " if self.page.column else "") + text)

    def vessel(self, v: Vessel, kind: str) -> None:
        """'the fishing vessel NAME (IMO ...), flying the flag of X, call sign ..., MMSI ...'"""
        r = self.rng
        prefix = r.choice(
            (f"the {kind} vessel ", f"the {kind} vessel ", "F/V " if kind == "fishing" else "MV ")
        )
        self.say(f"{prefix}[[VESSEL_NAME={v.name}]]")
        if v.imo:
            self.say(f" ({r.choice(('IMO', 'IMO No.', 'IMO number'))} [[IMO={v.imo}]])")
        else:
            self.say(r.choice((" (no IMO number)", " (IMO number not assigned)", "")))
        if iso3 := d.flag_code(v):
            words = r.choice(("flying the flag of", "flagged to", "registered under the flag of"))
            flag = d.country_name(iso3, "en", r.randint(0, 1))
            the = "the " if flag.startswith(("People's", "Republic", "Russian")) else ""
            self.say(f", {words} {the}[[FLAG={flag}]]")
        if v.ircs:
            words = r.choice(("call sign", "international radio call sign", "IRCS"))
            self.say(f", {words} [[IRCS={v.ircs}]]")
        if v.mmsi:
            self.say(f"{r.choice((', MMSI', ' and MMSI', ', MMSI number'))} [[MMSI={v.mmsi}]]")

    def particulars(self, v: Vessel, named: bool = False) -> None:
        r = self.rng
        subject = f"[[VESSEL_NAME={v.name}]]" if named else "The vessel"
        if v.gross_tonnage:
            gt = f"{int(v.gross_tonnage):,}" if r.random() < 0.6 else v.gross_tonnage
            if r.random() < 0.5:
                text, joiner = (
                    f"has a [[METRIC_TYPE=gross tonnage]] of [[METRIC_VALUE={gt}]]",
                    "and an",
                )
            else:
                text, joiner = f"measures [[METRIC_VALUE={gt}]] [[METRIC_UNIT=GT]]", "and has an"
            if v.length_m:
                unit = r.choice(("m", "metres"))
                text += (
                    f" {joiner} [[METRIC_TYPE=overall length]] of "
                    f"[[METRIC_VALUE={v.length_m}]] [[METRIC_UNIT={unit}]]"
                )
            self.sentence(f"{subject} {text}.")
            subject = "It"
        if v.port:
            state = d.flag_code(v)
            where = f"[[HOME_PORT={d.home_port(v, r)}]]"
            if state and r.random() < 0.7:
                where += f", [[HOME_PORT_STATE={d.country_name(state)}]]"
            self.sentence(f"{subject} is registered at the port of {where}.")
            subject = "It"
        if v.build_year:
            self.sentence(f"{subject} was built in [[BUILD_YEAR={v.build_year}]].")
            subject = "It"
        whose = "Its" if subject == "It" else f"{subject}'s"
        role = r.choice(("owner", "registered owner", "operator"))
        owner = d.owner_name(v, r, r.randint(1, 2))
        a = d.address(v, r)
        self.sentence(
            f"{whose} [[ASSOC_ROLE={role}]] is recorded as [[ASSOC_NAME={owner}]], "
            f"of [[ADDRESS={a.street}]], [[CITY={a.city}]], [[COUNTRY_CODE={a.country}]]."
        )
        if v.former_name:
            text = f"The vessel was formerly named [[NAME_CHANGE={v.former_name}]]"
            if r.random() < 0.5:
                old = r.choice(d.FORMER_FLAGS)
                text += (
                    f" and was previously flagged to [[FLAG_CHANGE={d.country_name(old)}]], "
                    f"under the call sign [[ID_CHANGE={d.former_call_sign(v, old)}]]"
                )
            self.sentence(text + ".")

    def authorisation(self, v: Vessel, year: int) -> None:
        r = self.rng
        rfmo = r.choice(self.rfmos)
        start, end = d.validity(r, year - 1)
        fmt = r.choice(("long_en", "dmy", "us_en"))
        kind = r.choice(
            ("fishing licence", "high seas fishing authorisation", "transhipment authorisation")
        )
        number = f"{r.choice(('HSFA', 'FL', 'TA'))}/{year - 1}/{r.randint(1, 999):04d}"
        self.sentence(
            f"According to the [[RFMO_CODE={rfmo}]] record, the vessel "
            f"([[RFMO_CODE={rfmo}]] number [[RFMO_ID={d.rfmo_id(rfmo, v, d.flag_code(v))}]]) "
            f"held a [[AUTH_TYPE={kind}]] No. "
            f"[[LICENSE_NO={number}]] valid from [[START_DATE={d.fmt_date(start, fmt)}]] to "
            f"[[END_DATE={d.fmt_date(end, fmt)}]]."
        )

    def catch(self) -> None:
        rfmo = d.RFMOS[self.rng.choice(self.rfmos)]
        codes = self.rng.sample(rfmo.species, min(2, len(rfmo.species)))
        fish = " and ".join(
            f"[[SPECIES_NAME={d.SPECIES_EN[c]}]] ([[SPECIES_NAME={c}]])" for c in codes
        )
        area = self.rng.choice(rfmo.areas)
        self.sentence(f"The fish on board was declared as frozen {fish} taken in FAO Area ")
        self.say(f"[[FAO_AREA_CODE={area}]].")


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    authority, unit, port, country, locode, regional = rng.choice(_PORTS)
    rfmos = regional.split()
    kind = rng.choice(("denial", "denial", "notice", "transhipment"))
    year = rng.choice((2024, 2025, 2026))
    sent = date(year, rng.randint(1, 12), rng.randint(1, 28))
    page = PageText()
    n = _Notice(page, rng, rfmos)
    say = n.say
    page.line(authority).line(unit).line(f"{port}, {country}").add("\n")
    page.line(
        f"Ref.: PSM/{year}/{rng.randint(1, 99):03d}",
        " " * rng.randint(10, 30),
        d.fmt_date(sent, "long_en"),
    )
    page.add("\n")
    main, other = d.pick(vessels, rng, 2)
    if kind == "denial":
        asked = d.fmt_date(sent - timedelta(days=rng.randint(2, 9)), "long_en")
        say("To: The competent authority of the flag State\n")
        say(f"Cc: [[RFMO_CODE={rfmos[0]}]] Secretariat; FAO Global Information Exchange System\n\n")
        say(f"Subject: Denial of entry into port - [[VESSEL_NAME={main.name}]]\n\n")
        say("Dear Sir or Madam,\n\nPursuant to Article 9 of the Agreement on Port State Measures, ")
        say(f"I wish to inform you that entry into the port of {port} ")
        say(f"(UN/LOCODE [[PORT_ID={locode}]]) has been denied to ")
        n.vessel(main, "fishing")
        say(f", which requested entry on {asked}.\n\n")
        n.particulars(main)
        say("\n\nThe denial is based on information that the vessel is included in the ")
        say(f"IUU Vessel List adopted by the [[RFMO_CODE={rfmos[-1]}]].")
        n.authorisation(main, year)
        say("\n\nShould you require further information, please contact this office.\n\n")
        say("Yours faithfully,\n\nDirector of Fisheries\n")
    elif kind == "notice":
        page.line(f"PORT NOTICE No. {rng.randint(1, 40)}/{year}")
        page.line("VESSELS PROHIBITED FROM ENTERING PORT OR USING PORT SERVICES")
        say("\nAll port users, shipping agents and service providers are advised that ")
        n.vessel(main, "fishing")
        say(", and ")
        n.vessel(other, "fishing")
        say(f", shall not be granted entry into the port of {port} ([[PORT_ID={locode}]]) ")
        say("nor be provided with bunkering, provisioning or transhipment services.\n\n")
        say(f"Both vessels appear on the IUU Vessel List of the [[RFMO_CODE={rfmos[0]}]].")
        n.particulars(main, named=True)
        n.particulars(other, named=True)
        say("\n\nAgents who receive a request for services from either vessel must notify ")
        say("the Harbour Master immediately.\n\nIssued by the Harbour Master\n")
    else:
        boarded = d.fmt_date(sent - timedelta(days=3), "long_en")
        page.line("NOTICE OF PORT INSPECTION RESULT (TRANSHIPMENT)")
        say(f"\nOn {boarded} inspectors of this office boarded ")
        n.vessel(main, "carrier")
        say(f" in the port of {port} ([[PORT_ID={locode}]]). The [[ASSOC_ROLE=master]], ")
        say(f"[[ASSOC_NAME={d.person(rng)}]], presented documents showing that the vessel ")
        say("had received transhipments at sea from ")
        n.vessel(other, "fishing")
        say(".")
        n.catch()
        say("\n\n")
        n.particulars(other, named=True)
        n.authorisation(other, year)
        say(
            f"\n\nThe vessel's [[ASSOC_ROLE=agent]] in port, [[ASSOC_NAME={rng.choice(_AGENTS)}]], "
        )
        say("has been informed of the result of the inspection.\n\nChief Fisheries Inspector\n")
    return [draft(page)]
