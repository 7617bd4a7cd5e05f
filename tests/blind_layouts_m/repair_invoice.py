"""A shipyard's repair invoice or quotation. The yard (letterhead, VAT, bank) is not an
associate of the vessel; invoice, order and job numbers and all amounts are hard negatives."""

from __future__ import annotations

import datetime as dt
import random

from oceanid_dev.demo.vessels import Vessel

from . import _common as c
from . import _vocab as v
from ._ids import Profile, pick
from ._page import PageBuilder, PageDraft, Piece

LAYOUT = "repair_invoice"


_KINDS = (("INVOICE", "INV"), ("TAX INVOICE", "SR"), ("QUOTATION", "Q"), ("PROFORMA INVOICE", "PF"))
_LOCAL = {  # a word of the yard's address -> (telephone prefix, country code of its bank)
    "Uruguay": ("+598 2915", "UY"),
    "Africa": ("+27 21 405", "ZA"),
    "Mauritius": ("+230 206", "MU"),
    "Palmas": ("+34 928 46", "ES"),
    "Kaohsiung": ("+886 7 571", "TW"),
}
# unit -> (lowest, highest quantity; lowest, highest rate in USD)
_RATES = {
    "lump sum": (1, 1, 900.0, 18000.0),
    "days": (3, 24, 350.0, 1400.0),
    "m2": (120, 1600, 2.5, 14.0),
    "pcs": (4, 60, 45.0, 380.0),
    "kg": (250, 3200, 4.0, 9.5),
    "points": (100, 600, 3.0, 6.0),
}


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    p = pick(vessels, rng)
    yard = rng.choice(v.YARDS)
    kind, prefix = rng.choice(_KINDS)
    day = c.some_day(rng)
    number = f"{prefix}-{day.year}/{rng.randint(100, 2999):04d}"
    items = rng.sample(v.REPAIR_ITEMS, k=rng.randint(9, 13))
    cut = rng.randint(5, 7)
    first = _head(p, yard, kind, number, day, rng)
    lines = _items(first, items[:cut], 1, rng)
    if rng.random() < 0.3:  # a one-page quotation: all items and terms on the first page
        total = lines + _items(first, items[cut:], cut + 1, rng)
        _totals(first, total, yard, rng)
        return [first.draft()]
    first.line("continued overleaf ...")
    second = PageBuilder()
    second.line(f"{yard[0]} - {kind.title()} {number} - page 2")
    second.rule()
    total = lines + _items(second, items[cut:], cut + 1, rng)
    _totals(second, total, yard, rng)
    return [first.draft(), second.draft()]


def _local(yard: tuple[str, str, str]) -> tuple[str, str]:
    return next(info for word, info in _LOCAL.items() if word in yard[1])


def _head(
    p: Profile, yard: tuple[str, str, str], kind: str, number: str, day: dt.date, rng: random.Random
) -> PageBuilder:
    b = PageBuilder()
    name, address, tax = yard
    b.line(name.upper())
    b.line(address)
    b.line(f"{tax}   Tel. {_local(yard)[0]} {rng.randint(1000, 9999)}")
    b.rule("=")
    style = c.date_style(rng)
    b.line(f"{kind} No. {number}".ljust(44) + f"Date: {c.date_text(day, style)}")
    b.line(
        f"Job no.: J{rng.randint(10000, 99999)}".ljust(44)
        + f"Your order: PO {rng.randint(1000, 9999)}-{rng.randint(1, 9)}"
    )
    b.blank()
    manager = rng.random() < 0.4
    who = c.manager(rng) if manager else c.owner(p, rng)
    b.line("Bill to:" if "INVOICE" in kind else "To:")
    pieces: list[Piece] = ["  ", (who.name, "ASSOC_NAME")]
    if rng.random() < 0.6:
        role = "Managers" if manager else rng.choice(("Owners", "Registered owner", "Owner"))
        pieces += [" (as ", (role, "ASSOC_ROLE"), ")"]
    b.line(*pieces)
    c.address_lines(b, who, rng, indent="  ")
    key, value = c.tax_id(who.country, rng)
    b.line(f"  {key}: ", (value, "REG_NO"))
    b.blank()
    w = 18
    b.kv("Vessel", "M/V " if rng.random() < 0.3 else "F/V ", (p.name, "VESSEL_NAME"), width=w)
    b.kv("IMO No.", c.ident(p.imo, "IMO", "TBA"), width=w)
    flag = c.country(p.flag, "en", rng)
    b.kv("Flag", (flag, "FLAG") if flag else "-", width=w)
    if rng.random() < 0.5:
        b.kv("Call sign", c.ident(p.ircs, "IRCS", "-"), width=w)
    if p.gross_tonnage and rng.random() < 0.6:
        c.metric(b, "Gross tonnage", p.gross_tonnage, "GT", width=w)
    quote = "INVOICE" not in kind
    dock = c.later(day, rng, 10, 40) if quote else c.later(day, rng, -40, -10)
    b.kv(
        "Proposed docking" if quote else "Docked",
        f"{c.date_text(dock, style)} - {c.date_text(c.later(dock, rng, 4, 20), style)}",
        width=w,
    )
    b.kv("Berth", f"Dry dock No. {rng.randint(1, 3)}", width=w)
    b.blank()
    return b


_WIDTHS = [5, 51, 6, 9]


def _items(b: PageBuilder, items: list[tuple[str, str]], start: int, rng: random.Random) -> float:
    if start == 1 or rng.random() < 0.5:
        b.line("No.  Description".ljust(62) + "Qty  Unit       Amount USD")
        b.rule("-", 88)
    total = 0.0
    for number, (text, unit) in enumerate(items, start=start):
        low, high, cheap, dear = _RATES[unit]
        qty = rng.randint(low, high)
        amount = round(qty * rng.uniform(cheap, dear), 2)
        total += amount
        b.line(f"{number}.".ljust(5) + text.ljust(54) + f"{qty:>6}  {unit:<9}{c.money(amount):>12}")
    return total


def _totals(b: PageBuilder, total: float, yard: tuple[str, str, str], rng: random.Random) -> None:
    b.rule("-", 88)
    rate = rng.choice((0, 0, 15, 7))
    b.line(f"{'Subtotal':>74}  {c.money(total):>12}")
    b.line(f"{'Discount 5%':>74}  {c.money(-total * 0.05):>12}")
    b.line(f"{f'VAT {rate}%':>74}  {c.money(total * 0.95 * rate / 100):>12}")
    b.line(f"{'TOTAL USD':>74}  {c.money(total * 0.95 * (1 + rate / 100)):>12}")
    b.blank()
    b.line(
        "Payment terms: "
        + rng.choice(
            (
                "30 days net from invoice date.",
                "50% on docking, balance before undocking.",
                "Before departure of the vessel.",
            )
        )
    )
    swift = (
        f"{yard[0][:4].upper().replace(' ', 'X')}{_local(yard)[1]}{rng.choice(('MM', '2X', 'PP'))}"
    )
    b.line(f"Bank transfer to {yard[0]}, SWIFT {swift}, account {rng.randint(10**9, 10**10 - 1)}")
    b.line("Works carried out under the Yard's standard terms of repair;")
    b.line("the Yard's liability is limited to USD 500,000 per occurrence.")
    b.line("Owner's supplies and class surveyor fees are not included.")
