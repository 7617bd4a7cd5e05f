"""A hull and machinery policy schedule. Insurer, broker, policy number, sums insured,
deductibles, premiums and the period of insurance are hard negatives; the assured (owner and
manager) are associates, with their roles written beside their names."""

from __future__ import annotations

import datetime as dt
import random

from oceanid_dev.demo.vessels import Vessel

from . import _common as c
from . import _vocab as v
from ._ids import Profile, pick
from ._page import PageBuilder, PageDraft, Piece

LAYOUT = "hull_policy_schedule"

_LIMITS = (
    ("Worldwide trading within Institute Warranty Limits, including fishing in FAO Area", "57"),
    ("Fishing and transit in FAO Major Fishing Area", "41"),
    ("Pacific Ocean fishing grounds within FAO Area", "71"),
    ("Indian Ocean, FAO Area", "51"),
    ("South-east Pacific high seas, FAO Area", "87"),
)


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    p = c.filled(pick(vessels, rng), rng)
    insurer, city = rng.choice(v.INSURERS)
    policy = (
        f"{rng.choice(('HM', 'H&M', 'MH'))}/{rng.randint(23, 25)}/{rng.randint(100, 99999):05d}"
    )
    start = c.some_day(rng)
    pages = [_schedule(p, insurer, city, policy, start, rng)]
    if rng.random() < 0.7:
        pages.append(_clauses(p, insurer, policy, start, rng))
    return pages


def _schedule(
    p: Profile, insurer: str, city: str, policy: str, start: dt.date, rng: random.Random
) -> PageDraft:
    b = PageBuilder()
    b.line(insurer.upper())
    b.line(f"Marine Hull Department, {city}")
    b.blank()
    b.line("HULL AND MACHINERY INSURANCE - POLICY SCHEDULE")
    b.rule("=")
    w = 22
    b.kv("Policy number", policy, width=w)
    b.kv(
        "Broker",
        rng.choice(
            ("Meridian Marine Brokers Ltd", "Atlas Insurance Brokers SARL", "none (direct)")
        ),
        width=w,
    )
    owner = c.owner(p, rng)
    b.kv(
        "Assured",
        (owner.name, "ASSOC_NAME"),
        " (",
        (rng.choice(("Owners", "Registered Owners", "Owner")), "ASSOC_ROLE"),
        ")",
        width=w,
    )
    c.address_lines(b, owner, rng, indent=" " * w)
    if rng.random() < 0.6:
        mgr = c.manager(rng)
        b.line(
            " " * w,
            "and ",
            (mgr.name, "ASSOC_NAME"),
            " as ",
            (rng.choice(("Managers", "Technical Managers", "Operators")), "ASSOC_ROLE"),
        )
        b.line(" " * w, "for their respective rights and interests")
    b.blank()
    b.line("THE VESSEL")
    name: list[Piece] = [(p.name, "VESSEL_NAME")]
    if p.former_name and rng.random() < 0.7:
        name += [" (ex-", (p.former_name, "NAME_CHANGE"), ")"]
    b.kv("Name", *name, width=w)
    b.kv("IMO number", c.ident(p.imo, "IMO", "not applicable"), width=w)
    flag = c.country(p.flag, "en", rng)
    b.kv("Flag", (flag, "FLAG") if flag else "TBA", width=w)
    port = c.home_port(p, rng)
    b.kv("Port of registry", (port, "HOME_PORT") if port else "TBA", width=w)
    if rng.random() < 0.5:
        b.kv("Call sign", c.ident(p.ircs, "IRCS", "-"), width=w)
    b.kv("Type", c.gear_word(p).capitalize(), width=w)
    built, _ = c.builder(p, rng)
    year: Piece = (p.build_year, "BUILD_YEAR") if p.build_year else "unknown"
    b.kv("Built", year, ", ", (c.country(built), "BUILD_COUNTRY"), width=w)
    c.metric(b, "Gross tonnage", p.gross_tonnage, "GT", width=w)
    c.metric(b, rng.choice(("Length overall", "LOA")), p.length_m, "m", width=w)
    society = rng.choice(v.CLASS_SOCIETIES)
    b.kv(
        "Classification",
        f"{society}, class ID ",
        (f"{rng.randint(100000, 999999)}", "OTHER_EXT_ID"),
        width=w,
    )
    b.blank()
    style = c.date_style(rng)
    b.line("PERIOD OF INSURANCE")
    until = c.date_text(c.later(start, rng, 364, 365), style)
    b.line(f"From 00:01 hrs {c.date_text(start, style)} to 24:00 hrs {until}")
    b.line("both days inclusive, local standard time at the address of the Assured.")
    b.blank()
    text, area = rng.choice(_LIMITS)
    b.line("NAVIGATION LIMITS")
    b.para(
        f"{text} ",
        (area, "FAO_AREA_CODE"),
        ". Breach of warranty held covered at additional premium.",
    )
    b.blank()
    hull = rng.randint(8, 120) * 50000
    iv = hull // 4
    currency = rng.choice(("USD", "EUR"))
    b.line("SUMS INSURED")
    b.line(f"  Hull and Machinery          {currency} {c.money(hull):>16}")
    b.line(f"  Increased Value             {currency} {c.money(iv):>16}")
    b.line(f"  Total                       {currency} {c.money(hull + iv):>16}")
    b.line(
        f"  Deductible each accident    {currency} {c.money(rng.choice((25000, 50000, 75000))):>16}"
    )
    rate = rng.uniform(1.2, 3.4)
    premium = c.money(hull * rate / 100 + iv * 0.0035)
    b.line(f"PREMIUM  {rate:.3f}% on H&M, 0.350% on IV: {currency} {premium}")
    return b.draft()


def _clauses(
    p: Profile, insurer: str, policy: str, start: dt.date, rng: random.Random
) -> PageDraft:
    b = PageBuilder()
    b.line(f"Schedule to policy {policy} - {insurer} - page 2")
    b.rule()
    b.line("CONDITIONS AND CLAUSES")
    for number, clause in enumerate(rng.sample(v.CLAUSES, k=rng.randint(5, 7)), start=1):
        b.line(f"{number:>2}. {clause}")
    b.blank()
    b.line("WARRANTIES")
    b.line(
        " - Vessel to hold a valid fishing licence throughout the period; a copy to be provided."
    )
    if rng.random() < 0.6:
        day = c.later(start, rng, 20, 300)
        style = c.date_style(rng)
        kind = rng.choice(("Fishing licence", "High seas fishing permit"))
        licence = f"{start.year}-{rng.randint(1000, 9999)}"
        b.line(
            "   Licence on file: ",
            (kind, "AUTH_TYPE"),
            " no. ",
            (licence, "LICENSE_NO"),
            ", valid until ",
            (c.date_text(day, style), "END_DATE"),
        )
    b.line(
        " - Fish hold refrigeration machinery covered only against sudden and accidental damage."
    )
    b.line(" - Warranted no transshipment at sea without the prior agreement of Underwriters.")
    b.line(
        f" - Crew not less than {rng.randint(14, 34)}, master and chief engineer duly certificated."
    )
    b.blank()
    b.line("LOSS PAYABLE")
    b.line("Claims above the deductible payable to the Assured, or as the mortgagee directs.")
    b.blank()
    b.line("Signed for and on behalf of the Underwriters, this schedule forming part of the")
    if rng.random() < 0.4:
        b.line("policy issued to the Assured in respect of the ", (p.name, "VESSEL_NAME"), ".")
    else:
        b.line("policy issued to the Assured in respect of the vessel named overleaf.")
    b.line(f"Authorised signatory: {rng.choice(v.OFFICIALS)}")
    return b.draft()
