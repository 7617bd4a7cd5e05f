"""A broker's charter fixture recap e-mail in trade shorthand: vessel description, owners,
charterers and main terms, sometimes above the quoted earlier message."""

from __future__ import annotations

import random

from oceanid_dev.demo.vessels import Vessel

from ._common import (
    Ident,
    builder,
    city_of,
    country,
    digits,
    fmt_date,
    former_name,
    invent_company,
    pick,
    random_day,
    species_name,
)
from ._page import DocDraft, PageDraft

LAYOUT = "charter_fixture_recap"

BROKERS = (
    "Polar Reefer Brokers",
    "Seabridge Chartering",
    "Kestrel Shipbrokers",
    "Atlantica Fletamentos",
    "Ocean Frigo Chartering",
    "Nordic Reefer Desk",
)
CHARTERERS = (
    "Marubeni Seafoods",
    "Pesquera Austral SA",
    "Hai Xin Trading Co Ltd",
    "Frigorífico del Sur SA",
    "Thai Union Procurement",
    "Pacific Reefer Logistics",
    "Compagnie Frigorifique de l'Océan",
    "Blue Harvest Trading Ltd",
)
PORTS = (
    "Busan",
    "Kaohsiung",
    "Las Palmas",
    "Montevideo",
    "Port Louis",
    "Suva",
    "Callao",
    "Mauritius",
    "Walvis Bay",
    "Singapore",
    "Zhoushan",
    "Majuro",
    "Pohnpei",
    "Tema",
)
GREETINGS = {
    "en": ("Dear All,", "Good day all,", "Hi Team,"),
    "es": ("Estimados,", "Buenas tardes a todos,"),
    "fr": ("Bonjour à tous,", "Chers tous,"),
}
INTRO = {
    "en": (
        "Pleased to recap the following clean fixture, all subs lifted:",
        "Thanks for the support - please find below the recap of the fixture concluded today:",
        "Confirm we have fixed as follows, subjects lifted:",
    ),
    "es": (
        "Confirmamos el siguiente cierre limpio, subjects levantados:",
        "Adjuntamos recap de la fijación cerrada hoy:",
    ),
    "fr": (
        "Nous vous confirmons le fixing suivant, subs levés :",
        "Veuillez trouver ci-dessous le recap de l'affrètement conclu ce jour :",
    ),
}
ROLES_OWN = ("DISPONENT OWNERS", "REGISTERED OWNERS", "OWNERS", "HEAD OWNERS")
ROLES_CHR = ("CHARTERERS", "TIME CHARTERERS")
ROLES_MGR = ("MANAGERS", "TECHNICAL MANAGERS", "COMMERCIAL MANAGERS")


def _vessel_description(rng: random.Random, p: PageDraft, i: Ident, carrier: bool) -> None:
    p.seq(
        "- ",
        rng.choice(("MV ", "M/V ", "FV ", "") if not carrier else ("MV ", "M/V ")),
        (i.name, "VESSEL_NAME"),
    )
    if rng.random() < 0.35:
        p.seq(" (EX-", (former_name(rng, i), "NAME_CHANGE"), ")")
    p.add("\n  ")
    if i.flag:
        p.seq((country(i.flag, "en", rng.choice(("name", "iso3"))).upper(), "FLAG"), " FLAG")
    else:
        p.add("FLAG TBN")
    if i.year:
        p.seq(" / BLT ", (i.year, "BUILD_YEAR"))
        if rng.random() < 0.7:
            made, yard = builder(rng, i)
            p.seq(" ", (made.upper(), "BUILD_COUNTRY"))
            if rng.random() < 0.6:
                p.seq(" (", (yard, "BUILDER_LOCATION"), ")")
    p.add("\n  ")
    ids: list[tuple[str, str, str]] = []
    if i.imo:
        ids.append(("IMO ", i.imo, "IMO"))
    if i.ircs:
        ids.append((rng.choice(("C/S ", "CALLSIGN ", "CS ")), i.ircs, "IRCS"))
    if i.mmsi and rng.random() < 0.6:
        ids.append(("MMSI ", i.mmsi, "MMSI"))
    if not ids:
        p.add("IMO N/A")
    for n, (key, value, label) in enumerate(ids):
        p.seq(" / " if n else "", key, (value, label))
    p.add("\n")
    if i.gt or i.loa:
        p.add("  ")
        if i.gt:
            key = rng.choice(("GRT", "GT"))
            if rng.random() < 0.5:
                p.seq((key, "METRIC_TYPE"), " ", (i.gt, "METRIC_VALUE"))
            else:
                p.seq((i.gt, "METRIC_VALUE"), " ", (key, "METRIC_UNIT"))
            p.add(" / ")
        if i.loa:
            p.seq(
                ("LOA", "METRIC_TYPE"),
                " ",
                (i.loa, "METRIC_VALUE"),
                rng.choice(("", " ")),
                (rng.choice(("M", "m", "MTR")), "METRIC_UNIT"),
            )
        p.add("\n")
    if carrier:
        p.line(
            f"  {rng.randint(3, 5)} HOLDS / {rng.randint(8, 16)} DECKS / ABT "
            f"{rng.randint(180, 560)},000 CBFT BALE / -{rng.choice((25, 30, 35))} DEG C"
        )
        p.line(
            f"  {rng.randint(10, 60)} X FEU REEFER PLUGS / 2 X {rng.randint(5, 12)} T "
            "DERRICKS / NO IMO CLASS CARGO"
        )
    else:
        p.line(
            f"  FISH HOLD ABT {rng.randint(300, 1800)} CBM / BRINE FREEZING "
            f"{rng.randint(20, 60)} T/DAY / CREW {rng.randint(18, 42)}"
        )
    p.line(
        f"  CLASS {rng.choice(('NKK', 'CCS', 'KR', 'RS', 'BV', 'DNV'))} / P+I "
        f"{rng.choice(('JAPAN CLUB', 'GARD', 'SKULD', 'CHINA P+I', 'NORTH'))}"
    )


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = rng.choice(("en", "en", "en", "es", "fr"))
    (i,) = pick(vessels, rng, 1)
    carrier = i.gear == "CARRIER" or (i.gt is not None and i.gt.isdigit() and int(i.gt) > 3000)
    broker = rng.choice(BROKERS)
    charterer = rng.choice(CHARTERERS)
    owner = i.owner or invent_company(rng, i.flag)
    sent = random_day(rng)
    laycan = sent.shift(rng.randint(5, 30))
    doc = DocDraft(limit=2800)
    p = doc.page
    domain = broker.split(" ")[0].lower()
    p.line(f"From: {broker} <chartering@{domain}.example>")
    p.line(
        f"To: {charterer.split(' ')[0].lower()}-ops@example.com; "
        f"{owner.split(' ')[0].lower()}@example.net"
    )
    p.line(f"Sent: {fmt_date(sent, 'long')} {rng.randint(7, 19):02d}:{rng.randint(0, 59):02d}")
    short = charterer.split(" ")[0].upper()
    p.seq(
        "Subject: RECAP // ",
        rng.choice(("MV ", "")),
        (i.name, "VESSEL_NAME"),
        f" / {short} / CP {fmt_date(sent, 'dmy/')}\n\n",
    )
    p.line(rng.choice(GREETINGS[lang]))
    p.add("\n")
    p.line(rng.choice(INTRO[lang]))
    p.add("\n")
    p.line(
        f"CP DATED {fmt_date(sent, 'dMy')}  OUR REF {domain[:3].upper()}-{sent.year % 100}-"
        f"{digits(rng, 4)}"
    )
    p.add("\n")
    own_role = rng.choice(ROLES_OWN)
    if rng.random() < 0.5:
        p.line("- ACCT: ", (charterer, "ASSOC_NAME"), " AS ", (rng.choice(ROLES_CHR), "ASSOC_ROLE"))
        p.line("- ", (owner, "ASSOC_NAME"), " AS ", (own_role, "ASSOC_ROLE"))
    else:
        city, _ = city_of(rng, None)
        p.line("- CHRTRS: ", (charterer, "ASSOC_NAME"), f", {city.upper()}")
        p.line("- OWS: ", (owner, "ASSOC_NAME"), " (", (own_role, "ASSOC_ROLE"), ")")
    if rng.random() < 0.4:
        p.line(
            "- ",
            (invent_company(rng, i.flag), "ASSOC_NAME"),
            " (",
            (rng.choice(ROLES_MGR), "ASSOC_ROLE"),
            ")",
        )
    _vessel_description(rng, p, i, carrier)
    p.add("\n")
    terms = PageDraft()
    dely, redel = rng.sample(PORTS, 2)
    terms.line(f"- DELY: DLOSP {dely.upper()} ATDNSHINC")
    terms.line(
        f"- LAYCAN: {laycan.day:02d}-{laycan.shift(rng.randint(3, 7)).day:02d} "
        f"{fmt_date(laycan, 'dMy')[3:6]} {laycan.year}"
    )
    if carrier:
        terms.line(
            f"- PERIOD: 1 TCT VIA {rng.choice(('SWPAC', 'SWATL', 'IOR', 'ECSA'))} "
            f"ABT {rng.randint(35, 60)}-{rng.randint(61, 90)} DAYS WOG"
        )
        terms.line("- CARGO: FROZEN FISH IN CARTONS / BULK FROZEN")
        terms.add("  MAINLY ")
        codes = rng.sample(("YFT", "BET", "SKJ", "OFJ", "SQA", "ALB"), 2)
        for n, code in enumerate(codes):
            terms.seq(
                " / " if n else "", (species_name(code, "en", "name").upper(), "SPECIES_NAME")
            )
        terms.add("\n")
        rfmo = rng.choice(("WCPFC", "IOTC", "ICCAT", "SPRFMO"))
        terms.line(
            "- TRANSHIPMENT AT SEA ONLY FROM FISHING VSLS ON THE ",
            (rfmo, "RFMO_CODE"),
            " RECORD, OBSERVER ONBOARD AT CHRTRS' TIME/EXPENSE",
        )
        terms.line(
            f"- HIRE: USD {rng.randint(9, 26)},{rng.choice(('000', '250', '500', '750'))}"
            " PDPR INCL OT, PAYABLE 15 DAYS IN ADVANCE"
        )
        terms.line(f"- BB: USD {rng.randint(80, 250)},000 LUMPSUM")
    else:
        season = rng.choice(
            ("SWATL SQUID SEASON", "SEPAC JUMBO SQUID SEASON", "WCPO TUNA LONGLINE TRIP")
        )
        terms.line(
            f"- PERIOD: 1 {season}, MIN {rng.randint(3, 5)} MAX {rng.randint(6, 9)} "
            "MONTHS IN CHRTRS' OPTION"
        )
        terms.line(
            "- EMPLOYMENT: FISHING UNDER CHRTRS' ",
            ("FISHING LICENCE", "AUTH_TYPE"),
            " NO. ",
            (f"{rng.choice(('FL', 'LIC', 'PL'))}-{sent.year}-{digits(rng, 4)}", "LICENSE_NO"),
            ", VESSEL TO REMAIN ON FLAG",
        )
        terms.line(
            f"- HIRE: USD {rng.randint(3, 12)},{rng.choice(('000', '500'))} PER DAY OR "
            f"{rng.randint(8, 15)} PCT OF CATCH VALUE, WHICHEVER HIGHER"
        )
    terms.line(f"- REDEL: DLOSP 1 SP {redel.upper()}")
    terms.line("- BUNKERS: BOD/BOR ABT SAME QTYS, SAME PRICES")
    terms.line(
        f"- ADCOM {rng.choice(('2.5', '3.75', '5'))} PCT + "
        f"{rng.choice(('1.25', '1.0'))} PCT TTL TO {broker.upper()}"
    )
    terms.line(
        f"- OTHERWISE AS PER {rng.choice(('NYPE 2015', 'BALTIME 1939', 'OWS PROFORMA'))}"
        " CP WITH LOGICAL AMENDMENTS"
    )
    terms.add("\n")
    terms.line(
        rng.choice(
            {
                "en": (
                    "Thanks to all for the support.",
                    "Many thanks and good luck with the fixture.",
                ),
                "es": ("Muchas gracias a todos.", "Gracias por el apoyo."),
                "fr": ("Merci à tous.", "Merci pour votre soutien."),
            }[lang]
        )
    )
    terms.line(
        f"Best regards\n{rng.choice(('Tom', 'Ana', 'Kenji', 'Lars', 'Sophie'))}\n"
        f"{broker}\nM: +{rng.choice(('44', '34', '47', '65'))} {digits(rng, 4)} "
        f"{digits(rng, 6)}   Skype: {domain}.desk"
    )
    doc.put(terms)
    if rng.random() < 0.4:
        q = doc.new_page()
        q.line("-----Original Message-----")
        q.line(f"From: {owner.split(' ')[0].title()} Chartering <fix@{domain}2.example>")
        q.line(f"Sent: {fmt_date(sent.shift(-1), 'long')}")
        q.seq("Subject: RE: ", (i.name, "VESSEL_NAME"), " / OPEN ", dely.upper(), "\n\n")
        q.line("> OWNERS CONFIRM VSL DESCRIPTION AS BELOW, ALL DETAILS ABT:")
        q.seq("> ", (i.name, "VESSEL_NAME"))
        if i.imo:
            q.seq(" - IMO ", (i.imo, "IMO"))
        if i.ircs:
            q.seq(" - ", (i.ircs, "IRCS"))
        q.add("\n")
        if i.flag:
            q.seq("> FLAG ", (country(i.flag, "en").upper(), "FLAG"))
            if i.port:
                q.seq(" / PORT OF REGISTRY ", (i.port, "HOME_PORT"))
            q.add("\n")
        q.line(f"> LAST 3 CARGOES: FROZEN FISH / FROZEN FISH / {rng.choice(('SQUID', 'BAIT'))}")
        q.line(
            f"> LAST DD: {fmt_date(sent.shift(-400), 'dMy')} / NEXT SS DUE "
            f"{fmt_date(sent.shift(900), 'dMy')}"
        )
        q.line("> OWS CFM NO TRADING WITH VSLS ON ANY RFMO IUU LIST, NO SANCTIONED PARTIES")
        q.line(
            f"> OPEN {dely.upper()} {fmt_date(laycan, 'dMy')} / BSS 1/1 / "
            f"HIRE IDEA USD {rng.randint(9, 26)},000"
        )
        q.line("> PLS REVERT WITH FIRM OFFER BY 1700 LT")
        q.line(">")
        q.line("> BRGDS")
    for page in doc.pages:
        page.pad(
            [
                "",
                "This message is confidential and intended for the addressees only.",
                "Any fixture is subject to the terms of the charter party when signed.",
                f"Registered office: {rng.randint(1, 200)} Leadenhall Street, London EC3V",
                "Please consider the environment before printing this e-mail.",
                f"Reply to chartering@{domain}.example or call the desk 24/7.",
            ],
            820,
        )
    return doc.pages
