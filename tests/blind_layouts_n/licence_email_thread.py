"""An e-mail thread between a fishing company and a licensing authority about renewing
licences: newest message first, earlier ones quoted with ">", a vessel table pasted as plain
text, signatures, attachments and reference numbers (which are not labelled)."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import date, timedelta

from oceanid_dev.demo.vessels import Vessel

from . import _common as C
from . import _ids as ids
from . import _vocab as V
from ._page import PageBuilder, PageDraft

LAYOUT = "licence_email_thread"
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class _Thread:
    company: V.Company
    person: str
    title: str
    mail: str
    official: str
    office: str
    office_mail: str
    ref: str
    vessels: list[C.Shown]
    licences: list[str]
    expiry: date
    auth: str
    style: str


def _header(
    b: PageBuilder, who: str, to: str, when: date, subject: str, rng: random.Random
) -> None:
    clock = f"{rng.randint(7, 18)}:{rng.choice('012345')}{rng.choice('0123456789')}"
    sent = f"{_DAYS[when.weekday()]}, {C.fmt_date(when, 'long')} {clock}"
    b.line(f"From: {who}").line(f"Sent: {sent}").line(f"To: {to}").line(f"Subject: {subject}")


def _signature(b: PageBuilder, t: _Thread, rng: random.Random) -> None:
    name, street, city, state, iso3 = t.company
    b.nl().line(rng.choice(("Best regards,", "Kind regards,", "Regards,"))).line(t.person)
    b.line(t.title).span(name, "ASSOC_NAME").nl()
    b.span(street, "ADDRESS").text(", ").span(city, "CITY")
    if state:
        b.text(", ").span(state, "STATE")
    b.text(", ").span(C.country(iso3), "COUNTRY_CODE").nl()
    b.line(f"Tel. +{rng.randint(30, 99)} {ids.digits(rng, 3)} {ids.digits(rng, 4)} | {t.mail}")


def _first_message(b: PageBuilder, t: _Thread, rng: random.Random) -> None:
    """The company's application, with the vessel table pasted as plain text."""
    b.line("Dear Sir or Madam,").nl().wrap(88)
    b.text("On behalf of ").span(t.company[0], "ASSOC_NAME").text(", ")
    b.span(rng.choice(("owner", "operator", "owner and operator")), "ASSOC_ROLE")
    b.text(" of the vessels below, we apply for the renewal of their ")
    b.span(t.auth, "AUTH_TYPE").text("s, which all expire on ")
    b.span(C.fmt_date(t.expiry, t.style), "END_DATE").line(".").nl().wrap(None)
    widths = (26, 11, 11, 16, 12)
    b.row([(h, None) for h in ("Vessel name", "Call sign", "IMO", "Licence No.", "Expiry")], widths)
    b.line("-" * 80)
    for s, number in zip(t.vessels, t.licences, strict=True):
        b.row(
            [
                (s.name, "VESSEL_NAME"),
                (s.ircs, "IRCS") if s.ircs else ("TBA", None),
                (s.imo, "IMO") if s.imo else ("-", None),
                (number, "LICENSE_NO"),
                (C.fmt_date(t.expiry, "dmy"), "END_DATE"),
            ],
            widths,
        )
    b.nl().wrap(88)
    fee = rng.randint(2, 40) * 500
    paid = C.fmt_date(t.expiry - timedelta(days=40), "long")
    b.line(f"The fee of USD {fee:,} was transferred on {paid} (bank reference ")
    b.line(f"TT{t.expiry.year}-{ids.digits(rng, 6)}). Please let us know if anything is missing.")
    b.wrap(None)
    _signature(b, t, rng)
    b.nl().line(
        f"Attachments: Application_FL2_{t.expiry.year}.pdf (312 KB); "
        f"Payment_receipt_{ids.digits(rng, 8)}.pdf (88 KB)"
    )


def _second_message(b: PageBuilder, t: _Thread, rng: random.Random) -> None:
    """The authority asks for a document for one vessel, quoting its own reference."""
    s, number = t.vessels[0], t.licences[0]
    b.line(f"Dear {t.person.split()[0]},").nl().wrap(88)
    b.text(f"Thank you for your application, registered under our reference {t.ref}. Before ")
    b.text("licence no. ").span(number, "LICENSE_NO").text(" for ").span(s.name, "VESSEL_NAME")
    if s.imo:
        b.text(" (IMO ").span(s.imo, "IMO").text(")")
    b.text(" can be renewed we need a copy of the current certificate of registry; the copy on ")
    b.text(f"file expired in {t.expiry.year - 1}. Please quote {t.ref} in any reply.").nl()
    b.nl().line("For each vessel the file must also hold:").wrap(None)
    b.line("  1. a valid certificate of registry (copy certified by the flag State);")
    serial = f"{ids.letters(rng, 2)}{ids.digits(rng, 7)}"
    b.line(f"  2. proof that the VMS unit is working (unit serial no. {serial});")
    b.line("  3. the P&I insurance certificate for the licence period;")
    b.line("  4. the crew list signed by the master.")
    b.wrap(88).nl().text(
        "Applications received after the expiry date are treated as new applications "
    )
    b.line(f"under section {rng.randint(4, 19)}({rng.randint(1, 4)}) of the Fisheries Regulations.")
    b.wrap(None).nl().line("Yours sincerely,").line(t.official).line(t.office)
    b.line(f"{t.office_mail} | ref. {t.ref}")


def _third_message(b: PageBuilder, t: _Thread, rng: random.Random) -> None:
    s = t.vessels[0]
    renewed = C.some_date(rng, t.expiry.year - 1, t.expiry.year - 1)
    b.line(f"Dear {t.official.split()[0]},").nl().wrap(88)
    b.text("Please find attached the renewed certificate of registry for ")
    b.span(s.name, "VESSEL_NAME")
    if s.ircs:
        b.text(" (call sign ").span(s.ircs, "IRCS").text(")")
    b.text(", issued by ")
    b.text(f"the {C.country(s.flag)} registry" if s.flag else "the flag State registry")
    b.text(" and valid from ").span(C.fmt_date(renewed, t.style), "START_DATE").text(" until ")
    b.span(C.fmt_date(renewed + timedelta(days=1825), t.style), "END_DATE").text(". ")
    if s.mmsi:
        b.text("The MMSI ").span(s.mmsi, "MMSI").text(" is unchanged. ")
    b.line(f"We look forward to receiving the renewed licences under your ref. {t.ref}.")
    if len(t.vessels) > 1:
        b.nl().text("The VMS certificate for ").span(t.vessels[1].name, "VESSEL_NAME")
        b.text(" (licence ").span(t.licences[1], "LICENSE_NO").text(") will follow by courier ")
        b.text("this week: its unit was replaced during the last port call and the installer's ")
        b.line("report is still awaited. The P&I certificates for all vessels are attached.")
    b.wrap(None)
    _signature(b, t, rng)
    b.nl().line(f"Attachments: CoR_{re.sub(r'[^A-Z0-9]+', '_', s.name)}.pdf (1.2 MB)")


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    chosen = C.fleet(vessels, rng, rng.randint(2, 6))
    company = C.owner_record(chosen[0], rng)
    person = rng.choice(V.PEOPLE)[0]
    slug = re.sub(r"[^a-z]", "", company[0].lower().split(" ")[0])[:12] or "fishco"
    office = rng.choice(V.AUTHORITIES)
    expiry = C.some_date(rng, 2024, 2025)
    t = _Thread(
        company=company,
        person=person,
        title=rng.choice(("Licensing manager", "Fleet office")),
        mail=f"{person.lower().replace(' ', '.')}@{slug}.com",
        official=rng.choice(V.OFFICIALS),
        office=office,
        office_mail=f"licensing@{''.join(w[0] for w in office.split()).lower()}.gov",
        ref=f"{rng.choice(('OFA', 'DFL', 'FLU'))}/REN/{expiry.year}/{ids.digits(rng, 5)}",
        vessels=chosen,
        licences=[ids.licence_no(rng, 0) for _ in chosen],
        expiry=expiry,
        auth=rng.choice(V.AUTH_TYPES_EN[:2]),
        style=C.date_style(rng),
    )
    asked = expiry - timedelta(days=rng.randint(20, 60))
    subject = f"Renewal of {t.auth}s {expiry.year}"
    company_side, office_side = f"{person} <{t.mail}>", f"{office} <{t.office_mail}>"
    official = f"{t.official} <{t.office_mail}>"
    count = rng.randint(1, 3)  # 1: reply quoting the application; 2-3: a further reply on top
    pages: list[PageDraft] = []
    b = PageBuilder()
    if count > 1:
        reply = f"RE: {subject} - your ref. {t.ref}"
        _header(b, company_side, office_side, asked + timedelta(days=9), reply, rng)
        _third_message(b.nl(), t, rng)
        b.nl().line(f"On {C.fmt_date(asked + timedelta(days=4), 'long')}, {t.official} wrote:")
        if count == 3:
            pages.append(b.draft())
            b = PageBuilder()
        b.quote("> ")
    _header(b, official, company_side, asked + timedelta(days=4), f"RE: {subject}", rng)
    _second_message(b.nl(), t, rng)
    if count > 1:
        pages.append(b.draft())
        b = PageBuilder()
    b.quote("> " * count if count > 1 else "> ").nl()
    b.line("-----Original Message-----")
    _header(b, company_side, office_side, asked, subject, rng)
    _first_message(b.nl(), t, rng)
    pages.append(b.draft())
    return pages
