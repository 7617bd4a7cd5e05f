"""An International Tonnage Certificate (1969) or a national certificate of measurement, boxed
or free form, in English with the French or Spanish wording printed under the English one."""

from __future__ import annotations

import random
from collections.abc import Sequence

from oceanid_dev.demo.vessels import Vessel

from . import _vocab as V
from ._facts import Facts, address, country, date_between, facts, fmt_date, home_port, pick
from ._page import PageBuilder, PageDraft
from ._vocab_wording import TONNAGE

LAYOUT = "tonnage_certificate"


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    f = facts(pick(vessels, rng), rng)
    second = rng.choice((0, 1))
    flag = f.flag or rng.choice(("PAN", "VUT", "LBR"))
    gt = f.gt or str(rng.randint(80, 3000))
    loa = float(f.loa) if f.loa else round(3.6 * int(gt) ** 0.42 * rng.uniform(0.9, 1.1), 2)
    dims = (f"{loa * 0.93:.2f}", f"{loa * 0.16:.2f}", f"{loa * 0.09:.2f}")
    net = str(max(1, int(int(gt) * rng.uniform(0.28, 0.42))))
    page = PageBuilder()
    if rng.random() < 0.6:
        _international(page, f, flag, second, dims, gt, net, rng)
    else:
        _national(page, f, flag, second, dims, gt, net, rng)
    drafts = [page]
    if rng.random() < 0.5:
        drafts.append(_spaces(gt, net, second, rng))
    return [d.draft() for d in drafts]


def _two(page: PageBuilder, english: str, key: str, second: int) -> None:
    page.add(english).nl().add(TONNAGE[key][second]).nl()


def _issuer(page: PageBuilder, flag: str, second: int) -> None:
    state = V.STATE_LONG.get(flag) or (country(flag) or flag).upper()
    authority = V.MARITIME_AUTHORITY.get(flag) or f"Maritime Administration of {country(flag)}"
    _two(page, "under the authority of the Government of", "authority", second)
    article = "THE " if state.startswith("THE ") else ""
    page.add(" " * 16 + article).add(state.removeprefix(article), "FLAG").nl()
    page.fmt("by / {}   {}", TONNAGE["by"][second], authority).nl(2)


def _international(
    page: PageBuilder,
    f: Facts,
    flag: str,
    second: int,
    dims: tuple[str, ...],
    gt: str,
    net: str,
    rng: random.Random,
) -> None:
    _two(page, "INTERNATIONAL TONNAGE CERTIFICATE (1969)", "title", second)
    page.nl()
    _two(
        page,
        "Issued under the provisions of the International Convention on Tonnage "
        "Measurement of Ships, 1969",
        "issued",
        second,
    )
    _issuer(page, flag, second)
    port, _ = home_port(f, rng)
    cells = [
        ("Name of ship", "name", f.name, "VESSEL_NAME"),
        ("Distinctive number or letters", "letters", f.ircs, "IRCS"),
        ("IMO Number", "imo", f.imo, "IMO"),
        ("Port of registry", "port", port, "HOME_PORT"),
        ("Date*", "date", fmt_date(date_between(rng, 1990, 2023), "dmy"), None),
    ]
    widths = [max(len(en), len(TONNAGE[k][second]), len(v or "-")) + 2 for en, k, v, _ in cells]
    rule = "+" + "+".join("-" * w for w in widths) + "+"
    page.add(rule).nl()
    for line in (0, 1):
        for (en, key, _, _), width in zip(cells, widths, strict=True):
            text = en if line == 0 else TONNAGE[key][second]
            page.add("| " + text).add(" " * (width - len(text) - 1))
        page.add("|").nl()
    page.add(rule).nl()
    for (_, _, value, label), width in zip(cells, widths, strict=True):
        page.add("| ").add(value or "-", label if value else None)
        page.add(" " * (width - len(value or "-") - 1))
    page.add("|").nl().add(rule).nl()
    page.add("* Date on which the keel was laid or the ship was at a similar stage of construction")
    page.nl(2).add("MAIN DIMENSIONS / " + TONNAGE["dimensions"][second]).nl()
    for en, key, value in zip(
        (
            "Length (Article 2(8))",
            "Breadth (Regulation 3)",
            "Moulded depth amidships (Regulation 3(2))",
        ),
        ("length", "breadth", "depth"),
        dims,
        strict=True,
    ):
        page.add(en).pad_to(46).add(TONNAGE[key][second]).pad_to(92)
        page.add(value, "METRIC_VALUE").add(" ").add("m", "METRIC_UNIT").nl()
    page.nl()
    _two(page, "THE TONNAGES OF THE SHIP ARE:", "tonnages", second)
    for en, key, value in (("GROSS TONNAGE", "gross", gt), ("NET TONNAGE", "net", net)):
        page.add(en, "METRIC_TYPE").add(" " + "." * rng.randint(8, 20) + " ")
        page.add(value, "METRIC_VALUE").nl().add(TONNAGE[key][second]).nl()
    page.nl()
    _signature(page, flag, second, rng)


def _national(
    page: PageBuilder,
    f: Facts,
    flag: str,
    second: int,
    dims: tuple[str, ...],
    gt: str,
    net: str,
    rng: random.Random,
) -> None:
    _two(page, "CERTIFICATE OF MEASUREMENT - FISHING VESSEL", "national", second)
    page.nl()
    _issuer(page, flag, second)

    def row(english: str, key: str) -> None:
        page.add(f"{english} / {TONNAGE[key][second]}:").pad_to(58)

    row("Name of ship", "name")
    page.add(f.name, "VESSEL_NAME").nl()
    row("Official number", "official")
    page.add(f"{flag[:2]}-{rng.randint(1990, 2023)}-{rng.randint(1, 9999):04d}", "NATIONAL_REG_NO")
    page.nl()
    row("Call sign", "letters")
    page.add(f.ircs or "-", "IRCS" if f.ircs else None).nl()
    row("IMO Number", "imo")
    page.add(f.imo or "-", "IMO" if f.imo else None).nl()
    port, _ = home_port(f, rng)
    row("Port of registry", "port")
    page.add(port or "-", "HOME_PORT" if port else None).nl()
    row("Owner", "owner")
    where = address(rng, flag)
    page.add(f.owner, "ASSOC_NAME").add(", ").add(where.street, "ADDRESS").add(", ")
    page.add(where.city, "CITY").add(", ").add(country(where.country) or "", "COUNTRY_CODE").nl()
    row("Builder and year of build", "builder")
    yard, place, _ = rng.choice(V.SHIPYARDS)
    page.add(f"{yard}, {place}", "BUILDER_LOCATION").add(", ")
    page.add(f.year or "-", "BUILD_YEAR" if f.year else None).nl()
    for english, key, value, unit in (
        ("Length", "length", dims[0], "m"),
        ("Breadth", "breadth", dims[1], "m"),
        ("Gross tonnage", "gross", gt, ""),
        ("Net tonnage", "net", net, ""),
        ("Propulsion power", "power", str(int(int(gt) * 0.9 + 150)), rng.choice(("kW", "HP"))),
    ):
        wording = TONNAGE[key][second].split(" (")[0].capitalize()
        page.add(english, "METRIC_TYPE").add(f" / {wording}:").pad_to(58)
        page.add(value, "METRIC_VALUE")
        page.add(" ").add(unit, "METRIC_UNIT").nl() if unit else page.nl()
    page.nl()
    _signature(page, flag, second, rng)


def _signature(page: PageBuilder, flag: str, second: int, rng: random.Random) -> None:
    _two(
        page,
        "This is to certify that the tonnages of this ship have been determined in "
        "accordance with the provisions of the Convention.",
        "certify",
        second,
    )
    ports = V.PORTS.get(flag) or (("Piraeus", ""), ("Singapore", ""), ("Busan", ""))
    place = rng.choice(ports)[0]
    day = fmt_date(date_between(rng, 2005, 2025), rng.choice(("long", "dmy")))
    page.nl().fmt(
        "Issued at / {}: {}    on / {}: {}",
        TONNAGE["at"][second],
        place,
        TONNAGE["on"][second],
        day,
    )
    page.nl(2).add(rng.choice(V.SURVEYORS)).add(", Surveyor / Inspecteur / Inspector").nl()
    page.add("(Signature of duly authorized official issuing the certificate)").nl()
    page.add("(Seal or stamp of the issuing authority, as appropriate)").nl()


def _spaces(gt: str, net: str, second: int, rng: random.Random) -> PageBuilder:
    page = PageBuilder()
    page.add("SPACES INCLUDED IN TONNAGE / ")
    page.add(("ESPACES COMPRIS DANS LA JAUGE", "ESPACIOS INCLUIDOS EN EL ARQUEO")[second]).nl(2)
    page.add("GROSS TONNAGE").pad_to(40).add("NET TONNAGE").nl()
    page.add("Name of space     Location     Length").pad_to(40)
    page.add("Name of space     Location     Length").nl()
    for space in ("Under deck", "Forecastle", "Bridge", "Deckhouse", "Fish hold No. 1"):
        frames = f"Fr. {rng.randint(0, 20)}-{rng.randint(21, 90)}"
        page.add(f"{space:<18}{frames:<13}{rng.uniform(3, 60):.2f}")
        if space.startswith("Fish"):
            page.pad_to(40).add(f"{space:<18}{frames:<13}{rng.uniform(3, 20):.2f}")
        page.nl()
    page.nl().add("EXCLUDED SPACES / ")
    page.add(("ESPACES EXCLUS", "ESPACIOS EXCLUIDOS")[second]).add(" (Regulation 2(5))").nl()
    for space in rng.sample(("Galley", "Wheelhouse skylight", "Light and air space"), 2):
        page.add(f"{space:<24}Fr. {rng.randint(0, 40)}-{rng.randint(41, 90)}").nl()
    page.nl().add("Number of passengers (Regulation 4(1)): cabin - ; deck - ").nl()
    page.add("Moulded draught", "METRIC_TYPE").add(" (Regulation 4(2)): ")
    page.add(f"{rng.uniform(3, 7):.2f}", "METRIC_VALUE").add(" ").add("m", "METRIC_UNIT").nl(2)
    page.fmt(
        "Date and place of original measurement: {}", fmt_date(date_between(rng, 1990, 2015), "dmy")
    )
    page.nl().add("Date and place of last previous measurement: -").nl()
    page.add("Remarks: the tonnages above replace those of any previous certificate. The ")
    page.add("certificate is to be kept on board and produced for inspection on request.").nl()
    page.fmt(
        "({} {}, {} {} - see page 1)",
        ("Gross tonnage", "METRIC_TYPE"),
        (gt, "METRIC_VALUE"),
        ("net tonnage", "METRIC_TYPE"),
        (net, "METRIC_VALUE"),
    ).nl()
    return page
