"""A rescue coordination centre's list of vessels taking part in a voluntary ship reporting
system (AMVER-like), English or Spanish, as a fixed-width table, a pipe table or blocks."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from oceanid_dev.demo.vessels import Vessel

from . import _common as c
from ._page import PageDraft, Seg, pad

LAYOUT = "ship_reporting_participants"

_SYSTEMS = {
    "en": (
        ("OCEANREP", "JRCC SOUTH PACIFIC"),
        ("IOSREP", "MRCC INDIAN OCEAN"),
        ("NORPACREP", "RCC NORTH PACIFIC"),
    ),
    "es": (
        ("SURREP", "MRCC ATLÁNTICO SUR"),
        ("PACSUR", "CENTRO COORDINADOR DE SALVAMENTO PACÍFICO"),
    ),
}
_T: dict[str, dict[str, Any]] = {
    "en": {
        "title": "{sys} — PARTICIPATING VESSELS AS AT {date}",
        "intro": "The vessels below have an open sailing plan in the {sys} voluntary ship "
        "reporting system. Position reports (PR) are due every 24 hours; a vessel more than "
        "two hours overdue is called by the RCC and, if there is no answer, a communications "
        "search begins. Amendments to this list: fax {fax}.",
        "cols": (
            "No",
            "Vessel",
            "Call sign",
            "MMSI",
            "IMO",
            "Flag",
            "Type",
            "Part. No.",
            "Last PR (UTC)",
        ),
        "types": ("FV", "LL", "SJ", "PS", "REEF", "TRAWL"),
        "overdue": "Overdue: {v} last reported {t}; communications search in progress.",
        "page": "Page {n} of {m}",
        "notes": (
            "Participation is voluntary and free of charge. Reports may be sent by Inmarsat-C "
            "code 43, by e-mail, or by HF radio through any coast station.",
            "Information in this list is for search and rescue use only and must not be "
            "passed to third parties.",
            "Abbreviations: LL longliner, SJ squid jigger, PS purse seiner, REEF refrigerated "
            "carrier, TRAWL trawler, FV other fishing vessel.",
        ),
    },
    "es": {
        "title": "{sys} — BUQUES PARTICIPANTES AL {date}",
        "intro": "Los buques siguientes tienen un plan de navegación abierto en el sistema "
        "voluntario de notificación {sys}. Los partes de posición (PP) se envían cada 24 "
        "horas; si un buque se retrasa más de dos horas, el centro lo llama y, sin respuesta, "
        "inicia una búsqueda por comunicaciones. Modificaciones: fax {fax}.",
        "cols": (
            "Nº",
            "Buque",
            "Distintivo",
            "MMSI",
            "OMI",
            "Bandera",
            "Tipo",
            "Nº particip.",
            "Último PP (UTC)",
        ),
        "types": ("PESQ", "PALANG", "POTERO", "CERCO", "FRIGO", "ARRAST"),
        "overdue": "Retrasado: {v}, último parte {t}; búsqueda por comunicaciones en curso.",
        "page": "Página {n} de {m}",
        "notes": (
            "La participación es voluntaria y gratuita. Los partes pueden enviarse por "
            "Inmarsat-C código 43, correo electrónico o radio HF a través de cualquier "
            "estación costera.",
            "La información de esta lista es solo para fines de búsqueda y salvamento.",
            "Abreviaturas: PALANG palangrero, POTERO potero, CERCO cerquero, FRIGO buque "
            "frigorífico, ARRAST arrastrero, PESQ otro pesquero.",
        ),
    },
}
_WIDTHS = (4, 24, 10, 11, 9, 6, 7, 11)


def _cell(page: PageDraft, seg: Seg, width: int) -> None:
    text = seg if isinstance(seg, str) else seg[0]
    page.add(seg, " " * max(1, width - len(text)))


def _row_segs(
    v: c.Facts, part: str, last: str, t: dict[str, str], lang: str, rng: random.Random
) -> list[Seg]:
    kind = rng.choice(t["types"])
    flag: Seg = (c.country(v.flag, lang, code=True) or v.flag, "FLAG") if v.flag else "—"
    return [
        (v.name, "VESSEL_NAME"),
        c.opt(v.ircs, "IRCS", "—"),
        c.opt(v.mmsi, "MMSI", "—"),
        c.opt(v.imo, "IMO", "—"),
        flag,
        kind,
        (part, "OTHER_EXT_ID"),
        last,
    ]


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = rng.choice(("en", "en", "es"))
    t = _T[lang]
    system, rcc = rng.choice(_SYSTEMS[lang])
    n_pages = rng.choice((1, 1, 2, 3))
    per_page = [rng.randint(5, 11) for _ in range(n_pages)]
    fleet = c.pick_vessels(vessels, rng, sum(per_page))
    day = c.some_day(rng)
    style = rng.choice(("fixed", "pipe", "blocks"))
    if style == "blocks":
        per_page = [min(n, 7) for n in per_page]
    fax = c.phone(rng)
    pages: list[PageDraft] = []
    number = 0
    for page_index, count in enumerate(per_page):
        page = PageDraft()
        page.line(
            f"{rcc}  ·  Tel {c.phone(rng)}  ·  Fax {fax}  ·  MMSI 00{rng.randint(2000000, 7999999)}"
        )
        page.line(t["title"].format(sys=system, date=c.fmt_date(day, "long", lang).upper()))
        page.line()
        if page_index == 0:
            page.wrap([t["intro"].format(sys=system, fax=fax)], 90)
            page.line()
            page.line()
        if style == "fixed":
            head = "".join(f"{h:<{w}}" for h, w in zip(t["cols"], (*_WIDTHS, 0), strict=True))
            page.line(head.rstrip())
            page.line("-" * len(head.rstrip()))
        elif style == "pipe":
            page.line("| " + " | ".join(t["cols"]) + " |")
            page.line("|" + "|".join("---" for _ in t["cols"]) + "|")
        batch = fleet[number : number + count]
        for v in batch:
            number += 1
            part = f"{system[:2]}-{rng.randint(1000, 99999):05d}"
            last_t = dt.datetime(day.year, day.month, day.day) - dt.timedelta(
                hours=rng.randint(1, 30)
            )
            last = last_t.strftime("%d/%H%MZ")
            segs = _row_segs(v, part, last, t, lang, rng)
            if style == "fixed":
                page.add(f"{number:<4}")
                for seg, width in zip(segs[:-1], _WIDTHS[1:], strict=True):
                    _cell(page, seg, width)
                page.line(segs[-1])
            elif style == "pipe":
                page.add(f"| {number} | ")
                for seg in segs[:-1]:
                    page.add(seg, " | ")
                page.line(segs[-1], " |")
            else:
                page.line(f"{number}. ", segs[0], f"  [{segs[5]}]")
                page.line(
                    f"   {t['cols'][2]}: ",
                    segs[1],
                    "   MMSI: ",
                    segs[2],
                    f"   {t['cols'][4]}: ",
                    segs[3],
                )
                page.line(
                    f"   {t['cols'][5]}: ",
                    segs[4],
                    f"   {t['cols'][7]}: ",
                    segs[6],
                    f"   {t['cols'][8]}: {last}",
                )
                pos = c.position(rng, c.region_for(rng, None), "dash")
                page.line(f"   Pos. {pos}  {rng.randint(0, 359):03d}/{rng.uniform(2, 13):.0f} kn")
        page.line()
        if batch and rng.random() < 0.3:
            late = rng.choice(batch)
            head, tail = t["overdue"].split("{v}")
            page.wrap(
                [head, (late.name, "VESSEL_NAME"), tail.format(t=day.strftime("%d/0600Z"))], 90
            )
            page.line()
        page.line(t["page"].format(n=page_index + 1, m=n_pages))
        pages.append(page)
    for p in pages:
        pad(p, rng.randint(760, 900), t["notes"], rng)
    return pages
