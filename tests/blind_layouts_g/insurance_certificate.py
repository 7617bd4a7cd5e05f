"""A P&I club certificate of entry, sometimes followed by a Bunkers Convention blue card.

The entered ship's identity and particulars are labelled; the club's own name, address and
telephone, certificate, entry and policy numbers, policy years and limits are hard negatives.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from oceanid_dev.demo.vessels import Vessel

from . import _ship as S
from . import _vocab as V
from ._page import PageBuilder, PageDraft, Rich, join, val

LAYOUT = "insurance_certificate"

_ROLES = (
    ("Registered owner", "Manager"),
    ("Owner", "Operator"),
    ("Owners", "Managers"),
    ("Member", "Joint member (charterer)"),
)


class _Form:
    """Key-value lines in one of the styles a club's template uses."""

    def __init__(self, rng: random.Random) -> None:
        self.column = rng.randint(22, 34)
        self.style = rng.choice(("colon", "leader", "plain"))
        self.indent = " " * rng.choice((0, 2, 4))

    def line(self, page: PageBuilder, key: str | Rich, value: Rich) -> None:
        key = key if isinstance(key, Rich) else Rich(key)
        if self.style == "colon":
            left = key + ":"
        elif self.style == "leader":
            left = key + " " + "." * max(2, self.column - len(key) - 3)
        else:
            left = key
        page.line(self.indent, left.ljust(self.column), " ", value)


def _ident(value: str | None, label: str, none: str) -> Rich:
    return val(value, label) if value else Rich(none)


def _owner_lines(ship: S.Ship, rng: random.Random) -> tuple[Rich, Rich]:
    street, city, state = S.address(ship.owner_country, rng)
    place = join(
        [val(street, "ADDRESS"), val(city, "CITY")]
        + ([val(state, "STATE")] if state else [])
        + [val(S.country_of(ship.owner_country, "en"), "COUNTRY_CODE")],
        ", ",
    )
    return val(ship.owner, "ASSOC_NAME"), place


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    ship = S.ship_of(rng.choice(vessels), rng)
    club, club_address, phone, club_city = rng.choice(V.CLUBS)
    none = S.placeholder("en", rng)
    form = _Form(rng)
    year = rng.randint(2022, 2026)
    start = f"20 February {year}"
    end = f"20 February {year + 1}"
    page = PageBuilder()
    page.line(" " * rng.randint(4, 16), club.upper())
    page.line(" " * rng.randint(4, 16), ", ".join(club_address))
    page.line(" " * rng.randint(4, 16), f"Telephone {phone}   Fax {phone[:-4]}4701")
    page.blank()
    title = rng.choice(
        (
            "CERTIFICATE OF ENTRY",
            "CERTIFICATE OF ENTRY (FISHING VESSELS)",
            "CERTIFICATE OF ENTRY AND ACCEPTANCE",
        )
    )
    page.line(" " * rng.randint(16, 28), title)
    page.blank()
    page.line(
        f"Certificate No. {year % 100}/FV/{rng.randint(100, 9999):05d}",
        " " * rng.randint(6, 20),
        f"Policy year {year}/{(year + 1) % 100:02d}",
    )
    page.blank()
    page.line(
        "This is to certify that the ship described below has been entered in the Association"
    )
    page.line(
        f"for Protection and Indemnity risks from noon GMT on {start} until noon GMT on {end},"
    )
    page.line(
        "subject to the Rules of the Association and to the terms and conditions set out below."
    )
    page.blank()
    form.line(page, "Name of ship", val(ship.name, "VESSEL_NAME"))
    fields: list[tuple[str | Rich, Rich]] = [
        ("IMO number", _ident(ship.imo, "IMO", none)),
        ("Call sign", _ident(ship.ircs, "IRCS", none)),
        ("Flag", val(S.flag_text(ship.flag, "en", rng), "FLAG")),
        ("Port of registry", val(ship.port, "HOME_PORT")),
        (
            val("Gross tonnage", "METRIC_TYPE"),
            val(ship.gt, "METRIC_VALUE")
            + " "
            + val(rng.choice(("GT", "GRT", "tons")), "METRIC_UNIT"),
        ),
        ("Year built", val(ship.built, "BUILD_YEAR")),
    ]
    if rng.random() < 0.4:
        fields.append(("MMSI", _ident(ship.mmsi, "MMSI", none)))
    head = fields[:2]
    rest = fields[2:]
    rng.shuffle(rest)
    for key, value in head + rest:
        form.line(page, key, value)
    page.blank()
    owner_role, other_role = rng.choice(_ROLES)
    width = rng.randint(52, 64)
    page.line(form.indent, "Assured".ljust(width), "Capacity")
    name, place = _owner_lines(ship, rng)
    page.line(form.indent, name.ljust(width), val(owner_role, "ASSOC_ROLE"))
    for piece in place.wrap(width - 4):
        page.line(form.indent, "  ", piece)
    page.line(
        form.indent,
        val(S.company("", rng), "ASSOC_NAME").ljust(width),
        val(other_role, "ASSOC_ROLE"),
    )
    page.blank()
    form.line(page, "Entry No.", Rich(f"{rng.randint(100000, 999999)}-{rng.randint(1, 9):02d}"))
    form.line(page, "Limit of liability", Rich("USD 1,000,000,000 any one accident or occurrence"))
    form.line(page, "Deductible", Rich(f"USD {rng.choice((5, 10, 25))},000 each and every claim"))
    page.blank()
    page.line(f"Dated at {club_city} this 18th day of February {year}")
    page.line(" " * rng.randint(30, 44), "For and on behalf of the Managers")
    drafts = [page.draft()]
    if rng.random() < 0.5:
        drafts.append(_blue_card(ship, club, club_address, phone, start, end, none, rng))
    return drafts


def _blue_card(
    ship: S.Ship,
    club: str,
    club_address: tuple[str, str],
    phone: str,
    start: str,
    end: str,
    none: str,
    rng: random.Random,
) -> PageDraft:
    page = PageBuilder()
    page.line(" " * rng.randint(10, 20), "BLUE CARD - BUNKERS CONVENTION 2001")
    page.line(
        "Certificate of insurance in respect of civil liability for bunker oil pollution damage"
    )
    page.blank()
    authority = S.country_of(ship.flag, "en")
    page.line("To: The Maritime Authority of ", val(authority, "FLAG"))
    page.blank()
    keys = (
        "Name of ship",
        "Distinctive number or letters",
        "IMO ship identification number",
        "Port of registry",
        "Name and full address of the principal place of business of the registered owner",
    )
    col = rng.randint(34, 40)
    name, place = _owner_lines(ship, rng)
    values = (
        val(ship.name, "VESSEL_NAME"),
        _ident(ship.ircs, "IRCS", none),
        _ident(ship.imo, "IMO", none),
        val(ship.port, "HOME_PORT"),
        name + ", " + place,
    )
    for number, (key, value) in enumerate(zip(keys, values, strict=True), start=1):
        key_lines = Rich(f"{number}. {key}").wrap(col - 2)
        value_lines = value.wrap(rng.randint(38, 48))
        for i in range(max(len(key_lines), len(value_lines))):
            left = key_lines[i] if i < len(key_lines) else Rich()
            right = value_lines[i] if i < len(value_lines) else Rich()
            page.line(left.ljust(col), right)
    page.blank()
    page.line("This is to certify that there is in force, in respect of the above-named ship while")
    page.line(
        "in the above ownership, a policy of insurance satisfying Article 7 of the Convention."
    )
    page.line(f"Type of security: P&I entry    Duration of security: {start} to {end}")
    page.line(f"Name and address of the insurer: {club}, {', '.join(club_address)}")
    page.line(f"Telephone: {phone}")
    return page.draft()
