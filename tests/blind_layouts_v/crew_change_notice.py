"""A crew change (sign-on / sign-off) notification to a port agent naming the vessel."""

from __future__ import annotations

import random
from datetime import date, timedelta

from oceanid_dev.demo.vessels import Vessel

from . import _common as c
from . import _vocab
from ._page import PageDraft, Piece

LAYOUT = "crew_change_notice"

_NATIONALITIES = (
    "INDONESIA",
    "PHILIPPINES",
    "CHINA",
    "VIETNAM",
    "MYANMAR",
    "KENYA",
    "FIJI",
    "PERU",
    "TAIWAN",
    "RUSSIA",
)
_REQUESTS = {
    "en": (
        "Kindly arrange OKTB with the airline, immigration pre-clearance and hotel for the "
        "on-signers on arrival. Off-signers to be transferred directly from the vessel to the "
        "airport under escort; please confirm transport times.",
        "Please obtain port health clearance for the crew change and let us have your cost "
        "estimate (agency fee, launch hire, transport, hotel) before the vessel's arrival.",
        "Joining crew are fully vaccinated and hold valid seaman's books. Original documents "
        "will be hand-carried by the Master-designate.",
        "Owners' P&I correspondent to be informed in case of any medical repatriation. Please "
        "keep us advised of any change to flight schedules.",
        "All costs for owners' account. Please send your proforma disbursement account to "
        "accounts@manager.example quoting our reference.",
    ),
    "es": (
        "Rogamos gestionen la autorización de migración, el alojamiento y el traslado de los "
        "tripulantes que embarcan. Los que desembarcan irán directamente al aeropuerto.",
        "Por favor soliciten el despacho sanitario y envíen presupuesto (agencia, lancha, "
        "transporte, hotel) antes del arribo del buque.",
        "Todos los gastos por cuenta del armador. Envíen proforma citando nuestra referencia.",
        "Los tripulantes que embarcan disponen de libreta de navegación en vigor.",
    ),
}


def _crew_rows(rng: random.Random, names: list[str], base_day: date) -> list[str]:
    rows = []
    for i, name in enumerate(names, start=1):
        rank = rng.choice(_vocab.CREW_ROLES)
        passport = f"{rng.choice('PECXBA')}{c.digits(rng, 7)}"
        book = f"{rng.choice(['SB', 'LN', 'C'])}{c.digits(rng, 6)}"
        born = c.fmt_date(c.a_date(rng, 1968, 2003), "dmy")
        flight = f"{rng.choice(_vocab.AIRLINES)} {rng.randint(100, 989)}"
        when = (base_day + timedelta(days=rng.randint(-1, 1))).strftime("%d/%m")
        rows.append(
            f"{i:>2}  {name:<16} {rank:<15} {rng.choice(_NATIONALITIES):<12} "
            f"{passport:<10} {book:<9} {born}  {flight} {when}"
        )
    return rows


def _former(f: c.Facts, rng: random.Random) -> list[Piece]:
    if f.former and rng.random() < 0.4:
        return [" (ex ", (f.former, "NAME_CHANGE"), ")"]
    return []


def _vessel_block(page: PageDraft, f: c.Facts, rng: random.Random, lang: str) -> None:
    en = lang == "en"
    page.line(
        "Vessel: " if en else "Buque: ",
        (f.name, "VESSEL_NAME"),
        *_former(f, rng),
    )
    ids: list[Piece] = []
    if f.flag:
        ids += [
            "Flag: " if en else "Bandera: ",
            (c.country(f.flag, lang, rng) or "", "FLAG"),
            " / ",
        ]
    ids += ["IMO: " if en else "OMI: ", (f.imo, "IMO") if f.imo else c.placeholder(rng, lang)]
    if f.ircs:
        ids += [" / ", "Call sign: " if en else "Indicativo: ", (f.ircs, "IRCS")]
    if f.mmsi and rng.random() < 0.5:
        ids += [" / MMSI: ", (f.mmsi, "MMSI")]
    page.line(*ids)
    if f.owner and rng.random() < 0.7:
        role = rng.choice(["Owners", "Operators", "Managers"]) if en else "Armador"
        page.line((role, "ASSOC_ROLE"), ": ", (f.owner, "ASSOC_NAME"))


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = "es" if rng.random() < 0.3 else "en"
    en = lang == "en"
    (f,) = c.pick(vessels, rng, 1)
    port = rng.choice(_vocab.PORTS)
    agent = rng.choice(_vocab.AGENTS)
    eta = c.a_date(rng, 2025, 2026)
    ref = f"CC-{eta.year}-{c.digits(rng, 4)}"
    page = PageDraft()
    sent = c.fmt_date(eta - timedelta(days=rng.randint(3, 12)), "long", lang)
    theirs = f"{rng.randint(1000, 9999)}/{eta.year % 100}"
    if en:
        page.line(f"To: {agent}, {port[0]} — Attn: Operations / Crew department")
        page.line(
            f"From: {rng.choice(['Crewing', 'Fleet Personnel', 'Ops'])} department, "
            "on behalf of owners"
        )
        page.line(f"Date: {sent}   Our ref: {ref}   Your ref: {theirs}")
        subject = "Subject: CREW CHANGE"
    else:
        page.line(f"Para: {agent}, {port[0]} — At.: Operaciones / Tripulaciones")
        page.line("De: Departamento de tripulaciones, por cuenta del armador")
        page.line(f"Fecha: {sent}   N/ref: {ref}   S/ref: {theirs}")
        subject = "Asunto: RELEVO DE TRIPULACIÓN"
    page.line(
        f"{subject} — ",
        (f.name, "VESSEL_NAME"),
        f" — {port[0]} (",
        (port[1], "PORT_ID"),
        f") ETA {c.fmt_date(eta, 'dmy')}",
    )
    page.line("")
    page.line("Dear Sirs," if en else "Estimados señores:")
    page.line(
        f"Please be advised that the following crew change will take place at {port[0]} on the "
        f"vessel's arrival, ETA {c.fmt_date(eta, 'short')} {rng.randint(0, 23):02d}00 LT."
        if en
        else f"Les informamos que en {port[0]} se realizará el siguiente relevo de tripulación "
        f"a la llegada del buque, prevista el {c.fmt_date(eta, 'long', 'es')}."
    )
    page.line("")
    _vessel_block(page, f, rng, lang)
    page.line("")
    head = (
        "No  Name             Rank            Nationality  Passport   Seaman bk DOB         Flight"
        if en
        else "Nº  Nombre           Cargo           Nacionalidad Pasaporte  Libreta   F. nac.     "
        "Vuelo"
    )
    on = rng.randint(2, 6)
    names = rng.sample(_vocab.CREW_NAMES, on + rng.randint(1, 6))
    page.line("SIGN ON:" if en else "EMBARQUE:")
    page.line(head)
    for row in _crew_rows(rng, names[:on], eta):
        page.line(row)
    pages = [page]
    off_rows = _crew_rows(rng, names[on:], eta)
    block = "\n".join(off_rows)
    if not page.fits(block, reserve=700) or rng.random() < 0.35:
        page.line("(continued overleaf)" if en else "(continúa)")
        c.pad(page, rng, list(_REQUESTS[lang]), 800)
        page = PageDraft()
        page.line(f"{ref} — ", (f.name, "VESSEL_NAME"), " — page 2" if en else " — página 2")
        page.line("")
        pages.append(page)
    page.line("")
    page.line("SIGN OFF:" if en else "DESEMBARQUE:")
    page.line(head)
    for row in off_rows:
        page.line(row)
    page.line("")
    requests = list(_REQUESTS[lang])
    rng.shuffle(requests)
    for text in requests[:2]:
        if page.fits(text, reserve=200):
            page.line(text)
    page.line("")
    page.line(
        f"Best regards / {rng.choice(_vocab.PEOPLE)}"
        if en
        else f"Saludos cordiales / {rng.choice(_vocab.PEOPLE)}"
    )
    page.line(
        f"24h duty phone {c.phone(rng)} | crew@{rng.choice(['fleetman', 'oceancrew'])}.example"
    )
    c.pad(page, rng, requests[2:], 820)
    return pages
