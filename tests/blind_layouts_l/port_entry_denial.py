"""A notice of denial of port entry or use of port under the Port State Measures Agreement.

The port, the port State and the notified States and organisations are hard negatives; the
annex extract from an RFMO IUU list gives previous names and flags.
"""

from __future__ import annotations

import random
from datetime import date

from oceanid_dev.demo.vessels import Vessel

from . import _common as c
from . import _vocab
from ._page import PageDraft

LAYOUT = "port_entry_denial"


def _port(rng: random.Random) -> tuple[str, str, str, str]:
    """(port, UN/LOCODE, port State ISO3, language of the notice)."""
    port, locode, state = rng.choice(_vocab.PORTS)
    lang = _vocab.PORT_LANG.get(state, "en")
    if state in ("MUS", "SYC") and rng.random() < 0.3:
        lang = "fr"
    return port, locode, state, lang


def _notice(ship: c.Ship, rng: random.Random, rfmo: str, listed: date) -> PageDraft:
    port, locode, state, lang = _port(rng)
    k, blank = _vocab.DENIAL_KEYS[lang], c.placeholder(lang, rng)
    style = c.date_style(lang, rng)
    issued = c.some_date(rng, 2019, 2025)
    use_of_port = rng.random() < 0.4
    page = PageDraft().line(rng.choice(_vocab.PORT_AUTHORITIES[lang]))
    page.line(c.country(state, lang).upper()).nl()
    page.line(_vocab.DENIAL_TITLES[lang][use_of_port])
    page.line(_vocab.DENIAL_BASIS[lang].format(a=11 if use_of_port else 9)).nl()
    page.line(
        f"Ref.: PSM/{locode}/{issued.year}/{rng.randint(1, 250):03d}"
        f"{' ' * rng.randint(4, 20)}{c.fmt_date(issued, lang, style)}"
    ).nl()
    width = rng.choice((0, 34, 42))

    def key(text: str, number: int) -> PageDraft:
        if page.column:
            page.nl()
        page.add(f"{number}. {text}:")
        return page.pad_to(width) if width else page.add(" ")

    key(k[0], 1).val(ship.name, "VESSEL_NAME").nl()
    key(k[1], 2)
    if ship.flag:
        page.val(c.country(ship.flag, lang, rng), "FLAG")
    else:
        page.add(blank)
    idents = [(k[2], ship.imo, "IMO"), (k[3], ship.ircs, "IRCS"), (k[4], ship.mmsi, "MMSI")]
    rng.shuffle(idents)
    for number, (text, value, label) in enumerate(idents, start=3):
        c.ident(key(text, number), value, label, blank)
    owner, _ = c.company(ship, rng)
    key(k[5], 6).val(owner, "ASSOC_NAME").add(" (").val(_vocab.DENIAL_ROLES[lang][0], "ASSOC_ROLE")
    page.add(")")
    if rng.random() < 0.5:
        operator = rng.choice([n for n in _vocab.COMPANIES["OFFSHORE"] if n != owner])
        page.add("; ").val(operator, "ASSOC_NAME").add(" (").val(
            _vocab.DENIAL_ROLES[lang][1], "ASSOC_ROLE"
        )
        page.add(")")
    key(k[6], 7).add(f"{port} ({locode}), {c.country(state, lang)}")
    key(k[7], 8).add(c.fmt_date(c.some_date(rng, issued.year, issued.year), lang, style))
    key(k[8], 9).nl()
    grounds = _vocab.DENIAL_GROUNDS[lang]
    page.add("   [X] ").add(grounds[0]).val(rfmo, "RFMO_CODE")
    page.line(grounds[1].format(d=c.fmt_date(listed, lang, style)))
    page.line(f"   [{rng.choice(' X')}] {grounds[2]}")
    key(k[9], 10).nl()
    others = _vocab.DENIAL_OTHERS[lang]
    page.line(f"   - {others[0]};").line(f"   - {others[1]}{rfmo};")
    neighbours = [s for s in sorted(_vocab.COUNTRIES) if s not in (state, ship.flag)]
    page.line(f"   - {', '.join(c.country(s, lang) for s in rng.sample(neighbours, 2))};")
    page.line(f"   - {others[2]}.").nl()
    page.line(rng.choice(_vocab.OFFICIALS))
    page.line(
        {
            "en": "Director, Port State Measures",
            "es": "Jefe de la Unidad MERP",
            "fr": "Le Directeur",
        }[lang]
    )
    return page


def _extract(ship: c.Ship, rng: random.Random, rfmo: str, listed: date) -> PageDraft:
    """The RFMO IUU list entry attached to the notice (always in English)."""
    former = c.former_identity(ship, rng)
    page = PageDraft().line(f"ANNEX — EXTRACT FROM THE {rfmo} IUU VESSELS LIST").nl()
    rows: list[tuple[str, str | None, str | None]] = [
        ("Current name", ship.name, "VESSEL_NAME"),
        ("Previous names", former.name, "NAME_CHANGE"),
        ("Current flag", c.country(ship.flag, "en") if ship.flag else None, "FLAG"),
        ("Previous flags", c.country(former.flag, "en"), "FLAG_CHANGE"),
        ("Call sign", ship.ircs, "IRCS"),
        ("Previous call signs", former.ircs, "ID_CHANGE"),
        ("IMO number", ship.imo, "IMO"),
        ("MMSI", ship.mmsi, "MMSI"),
        ("Owner", (ship.owner or rng.choice(_vocab.COMPANIES["OFFSHORE"])), "ASSOC_NAME"),
        ("Previous owners", rng.choice(_vocab.COMPANIES["OFFSHORE"]), "ASSOC_NAME"),
        ("Year of build", ship.built, "BUILD_YEAR"),
    ]
    for key, value, label in rows:
        page.add(f"{key:<28}")
        if value:
            page.val(value, label)
        else:
            page.add("Unknown")
        page.nl()
    if ship.gt:
        c.metric(page, "Gross tonnage", ship.gt, None)
    page.add(f"{'Gear':<28}{c.gear_word(ship, 'en', rng)}\n")
    page.add(f"{'Date first listed':<28}{c.fmt_date(listed, 'en', 'iso')}\n")
    page.add(f"{'Summary of IUU activities':<28}{rng.choice(_vocab.IUU_ACTIVITIES)}.\n")
    page.add(f"{'Reference':<28}{rfmo} Circular {rng.randint(2015, 2025)}-{rng.randint(1, 120)}")
    page.nl(2).line("Information as published by the Secretariat; the listing remains in force")
    page.line("until the Commission decides to remove the vessel from the list.")
    return page


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    ship = c.pick_ship(vessels, rng)
    rfmo = c.rfmo_for(ship, rng)
    listed = c.some_date(rng, 2012, 2022)
    pages = [_notice(ship, rng, rfmo, listed)]
    if rng.random() < 0.6:
        pages.append(_extract(ship, rng, rfmo, listed))
    return pages
