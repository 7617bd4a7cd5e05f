"""A maritime security / piracy reporting centre bulletin: a weekly table of incidents with
narratives (English), a regional centre's incident list in prose, or a French Gulf of Guinea
bulletin table."""

from __future__ import annotations

import datetime as dt
import random

from oceanid_dev.demo.vessels import Vessel

from . import _common as C
from . import _vocab as V
from ._page import PageDraft

LAYOUT = "piracy_bulletin"

_WHAT_EN = (
    (
        "Boarded",
        "{n} robbers armed with knives boarded the vessel at anchor via the stern. The "
        "duty crew raised the alarm and the robbers escaped in a wooden skiff with ship's stores.",
    ),
    (
        "Attempted",
        "A skiff with {n} persons approached the vessel underway; the master increased "
        "speed, mustered the crew and the skiff aborted the approach after 20 minutes.",
    ),
    (
        "Boarded",
        "{n} perpetrators boarded during fishing operations, threatened the crew and "
        "stole engine spares and personal belongings. No injuries reported.",
    ),
    (
        "Suspicious",
        "A fast boat with {n} persons and a ladder was seen following the vessel at "
        "a distance of 0.5 nm. Vessel altered course and informed the coastal authority.",
    ),
    (
        "Hijacked",
        "{n} armed pirates boarded and took control of the vessel and its crew of 24; "
        "the vessel was released after three days. Investigation ongoing.",
    ),
)
_WHAT_FR = (
    (
        "Abordage",
        "{n} individus armés de couteaux sont montés à bord au mouillage ; l'alarme a "
        "été donnée et les assaillants ont pris la fuite avec des provisions de bord.",
    ),
    (
        "Tentative",
        "Une embarcation rapide avec {n} personnes s'est approchée du navire en route ; "
        "le capitaine a augmenté la vitesse et l'embarcation s'est éloignée.",
    ),
    (
        "Suspect",
        "Un skiff avec {n} personnes et une échelle a suivi le navire à 0,5 nautique ; "
        "les autorités côtières ont été informées.",
    ),
)
_NOTES_EN = [
    "Masters are advised to maintain strict anti-piracy watches, report all attacks and "
    "suspicious sightings to the Centre and the nearest coastal authority, and keep AIS "
    "switched on unless the master judges otherwise.",
    "24-hour hotline +60 3 2078 5763 | Fax +60 3 2078 5769 | duty officer e-mail via the "
    "Centre's reporting form. Reports are treated in confidence.",
    "Positions are approximate and given as reported by the master; times are local unless "
    "marked UTC.",
    "Incident numbers are the Centre's own and are quoted in follow-up reports.",
    "High-risk areas: Gulf of Guinea, Singapore Strait, Sulu-Celebes Seas, Gulf of Aden.",
    "This bulletin may be reproduced with acknowledgement of the source.",
]
_NOTES_FR = [
    "Les capitaines sont invités à signaler toute attaque ou approche suspecte au Centre "
    "(permanence 24h/24 : +237 233 42 14 70) et à l'autorité côtière la plus proche.",
    "Les positions sont données telles que déclarées par le capitaine ; heures locales.",
    "Numéros d'événement attribués par le Centre, à rappeler dans toute correspondance.",
    "Diffusion : centres opérationnels, armateurs, agents maritimes, autorités portuaires.",
    "Ce bulletin peut être reproduit sous réserve de mention de la source.",
]


def _say(text: str, count: str) -> str:
    said = text.format(n=count.lower())
    return said[0].upper() + said[1:]


def _ship_line(page: PageDraft, s: C.Ship, rng: random.Random, lang: str) -> None:
    page.add(s.name, "VESSEL_NAME")
    if s.flag:
        page.add(" (").add(C.flag_name(s.flag, lang, rng), "FLAG").add(")")


def _narrative(page: PageDraft, s: C.Ship, rng: random.Random) -> None:
    start = len(page)
    _kind, text = rng.choice(_WHAT_EN)
    page.add("   ")
    page.add(_say(text, rng.choice(("Two", "Three", "Four", "Six"))) + " ")
    if s.gt and rng.random() < 0.5:
        page.add("The ").add(s.gt, "METRIC_VALUE").add(" ").add("GT", "METRIC_UNIT")
        page.add(" fishing vessel")
    else:
        page.add("The vessel")
    if s.ircs and rng.random() < 0.6:
        page.add(" (call sign ").add(s.ircs, "IRCS").add(")")
    page.add(" reported the incident via VHF.")
    if s.owner and rng.random() < 0.5:
        role = rng.choice(("operator", "owner", "manager"))
        page.add(" The ").add(role, "ASSOC_ROLE").add(", ").add(s.owner, "ASSOC_NAME")
        page.add(", was informed.")
    page.wrap(start, 92)
    page.nl()


def _weekly(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    notes = C.Notes(_NOTES_EN, rng)
    start = C.day(rng)
    week = start.isocalendar()[1]
    ships = C.pick_ships(vessels, rng, rng.randint(3, 7))
    pages: list[PageDraft] = []
    page = PageDraft()
    page.add("MARITIME SECURITY REPORTING CENTRE (MSRC)\n")
    page.add(f"PIRACY & ARMED ROBBERY AGAINST SHIPS - WEEKLY REPORT {week:02d}/{start.year}\n")
    page.add(f"Period: {C.fmt_date(start, 'long')} - ")
    page.add(f"{C.fmt_date(start + dt.timedelta(days=6), 'long')}\n\n")
    page.add(
        f"Summary: {len(ships)} incidents reported to the Centre this week "
        f"({rng.randint(20, 90)} since 1 January).\n\n"
    )
    page.add(
        "No.        Date / time     Position                   Ship (flag)                   IMO\n"
    )
    pages.append(page)
    for i, s in enumerate(ships, start=1):
        entry = PageDraft()
        when = start + dt.timedelta(days=rng.randint(0, 6))
        entry.add(f"{start.year}-{rng.randint(10, 99) + i:03d}   ")
        entry.add(f"{C.fmt_date(when, 'dot')} {rng.randint(0, 23):02d}{rng.randint(0, 59):02d}  ")
        entry.add(f"{C.coords(rng):<26} ")
        col = entry.line_len()
        _ship_line(entry, s, rng, "en")
        entry.pad_to(col + 30)
        entry.val(s.imo, "IMO", "-").nl()
        port = rng.choice(V.PORTS)
        where = rng.choice(("Anchorage", "Outer anchorage", "Fishing ground off", "Underway off"))
        entry.add(f"   Location: {where} ")
        entry.add(f"{port[0]} (").add(port[1], "PORT_ID").add(")")
        if s.mmsi and rng.random() < 0.5:
            entry.add("   MMSI ").add(s.mmsi, "MMSI")
        entry.nl()
        _narrative(entry, s, rng)
        if len(page) + len(entry) > 2600:
            page = PageDraft()
            page.add(f"WEEKLY REPORT {week:02d}/{start.year} (continued)\n\n")
            pages.append(page)
        page.extend(entry)
    pages = pages[:3]
    for page in pages:
        notes.fill(page)
    return pages


def _prose(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    notes = C.Notes(_NOTES_EN, rng)
    page = PageDraft()
    issued = C.day(rng)
    page.add("REGIONAL INFORMATION SHARING CENTRE\nINCIDENT UPDATE - FISHING VESSELS\n")
    page.add(
        f"Issued {C.fmt_date(issued, 'dmon')} | Ref. ISC/{issued.year}/{rng.randint(10, 99)}\n\n"
    )
    for i, s in enumerate(C.pick_ships(vessels, rng, rng.randint(2, 4)), start=1):
        when = issued - dt.timedelta(days=rng.randint(1, 20))
        port = rng.choice([p for p in V.PORTS if p[3] == "en"])
        start = len(page)
        page.add(f"Incident {i}. On {C.fmt_date(when, 'dmon')} at about {rng.randint(0, 23):02d}")
        page.add(f"{rng.choice(('00', '15', '30', '45'))} hrs, the fishing vessel ")
        page.add(s.name, "VESSEL_NAME")
        ids = [
            (k, v, lab) for k, v, lab in (("IMO ", s.imo, "IMO"), ("MMSI ", s.mmsi, "MMSI")) if v
        ]
        if s.flag or ids:
            page.add(" (")
            parts = 0
            if s.flag:
                page.add("flag: ").add(C.flag_name(s.flag, "en", rng), "FLAG")
                parts += 1
            for key, value, label in ids[:1]:
                page.add(", " if parts else "").add(key).add(value, label)
            page.add(")")
        page.add(f" was at anchor at {port[0]} anchorage (").add(port[1], "PORT_ID")
        page.add(f"), about {rng.randint(2, 12)} nm from the breakwater, in position ")
        page.add(C.coords(rng) + ". ")
        page.add(_say(rng.choice(_WHAT_EN)[1], rng.choice(("two", "three", "five"))))
        page.add(f" The incident was reported to the local authority on {C.phone(rng)}.")
        page.wrap(start, 94)
        page.nl(2)
    notes.fill(page)
    return [page]


def _french(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    notes = C.Notes(_NOTES_FR, rng)
    page = PageDraft()
    start = C.day(rng)
    page.add("CENTRE RÉGIONAL DE SÉCURITÉ MARITIME - GOLFE DE GUINÉE\n")
    page.add(f"BULLETIN HEBDOMADAIRE DE SÛRETÉ MARITIME N° {rng.randint(1, 52)}/{start.year}\n")
    page.add(f"Période du {C.fmt_date(start, 'fr')} au ")
    page.add(f"{C.fmt_date(start + dt.timedelta(days=6), 'fr')}\n\n")
    widths = [10, 11, 27, 22, 12, 11]
    C.table_row(
        page,
        [[(h, None)] for h in ("N°", "Date", "Position", "Navire", "Pavillon", "Événement")],
        widths,
        pipe=True,
    )
    ships = C.pick_ships(vessels, rng, rng.randint(4, 8))
    for s in ships:
        when = start + dt.timedelta(days=rng.randint(0, 6))
        kind = rng.choice(_WHAT_FR)[0]
        C.table_row(
            page,
            [
                [(f"CR-{rng.randint(100, 999)}", None)],
                [(C.fmt_date(when, "dmy"), None)],
                [(C.coords(rng), None)],
                [(s.name, "VESSEL_NAME")],
                C.tok(C.flag_name(s.flag, "fr", rng) if s.flag else None, "FLAG", "inconnu"),
                [(kind, None)],
            ],
            widths,
            pipe=True,
        )
    page.add("\nDÉTAIL DES ÉVÉNEMENTS\n")
    for s in ships[:2]:
        start_at = len(page)
        page.add("- ").add(s.name, "VESSEL_NAME")
        if s.imo:
            page.add(" (OMI ").add(s.imo, "IMO").add(")")
        elif s.mmsi:
            page.add(" (MMSI ").add(s.mmsi, "MMSI").add(")")
        page.add(" : " + _say(rng.choice(_WHAT_FR)[1], rng.choice(("Deux", "Trois", "Cinq"))))
        page.wrap(start_at, 92)
        page.nl()
    notes.fill(page)
    return [page]


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    return rng.choice((_weekly, _weekly, _prose, _french))(vessels, rng)
