"""A flag State's letter to an RFMO secretariat authorising its vessels (EN/FR/ES)."""

from __future__ import annotations

import datetime as _dt
import random
from typing import Any

from oceanid_dev.demo.vessels import Vessel

from . import _vocab
from ._facts import Facts, country, date_text, facts, metric, period, pick, placeholder, rfmo_id
from ._page import Page, PageDraft

LAYOUT = "authorisation_letter"

_TEXT: dict[str, dict[str, Any]] = {
    "en": {
        "to": "The Executive Secretary",
        "subj": "Subject: Authorisation of vessels to fish in the {r} Convention Area",
        "open": "Dear Executive Secretary,",
        "body1": "I have the honour to notify the Secretariat that the following "
        "vessels flying the "
        "flag of ",
        "body2": " have been issued an ",
        "auth": "authorisation to fish",
        "body3": " for tuna and tuna-like species in the ",
        "body4": " Convention Area, valid from ",
        "to_w": " to ",
        "annex": "The particulars of each vessel are given in the Annex to this letter.",
        "close": "Please accept the assurances of my highest consideration.",
        "annex_t": "ANNEX - Vessels authorised",
        "cols": ("No.", "Vessel name", "IMO No.", "Call sign", "MMSI", "Licence No.", "GT"),
        "para": ("", ", IMO ", ", international radio call sign ", ", MMSI "),
        "owned": ", owned by ",
        "lic": "; licence No. ",
        "gt": "; gross tonnage ",
    },
    "fr": {
        "to": "Monsieur le Secrétaire exécutif",
        "subj": "Objet : Autorisation de navires à pêcher dans la zone de la Convention {r}",
        "open": "Monsieur le Secrétaire exécutif,",
        "body1": "J'ai l'honneur de vous informer que les navires suivants battant pavillon de ",
        "body2": " ont reçu une ",
        "auth": "autorisation de pêche",
        "body3": " des thonidés et espèces apparentées dans la zone de la Convention ",
        "body4": ", valable du ",
        "to_w": " au ",
        "annex": "Les caractéristiques de chaque navire figurent en annexe à la présente lettre.",
        "close": "Veuillez agréer l'assurance de ma haute considération.",
        "annex_t": "ANNEXE - Navires autorisés",
        "cols": ("N°", "Nom du navire", "N° OMI", "Indicatif", "MMSI", "N° de licence", "TJB"),
        "para": ("", ", OMI ", ", indicatif d'appel ", ", MMSI "),
        "owned": ", armateur ",
        "lic": " ; licence n° ",
        "gt": " ; jauge brute ",
    },
    "es": {
        "to": "Señor Secretario Ejecutivo",
        "subj": "Asunto: Autorización de buques para pescar en el Área de la Convención {r}",
        "open": "Estimado Señor Secretario Ejecutivo:",
        "body1": "Tengo el honor de comunicarle que los siguientes buques de pabellón de ",
        "body2": " cuentan con ",
        "auth": "licencia de pesca",
        "body3": " de túnidos y especies afines en el Área de la Convención ",
        "body4": ", válida desde el ",
        "to_w": " hasta el ",
        "annex": "Las características de cada buque figuran en el Anexo de la presente carta.",
        "close": "Aprovecho la oportunidad para saludarle atentamente.",
        "annex_t": "ANEXO - Buques autorizados",
        "cols": ("N.º", "Nombre del buque", "N.º OMI", "Distintivo", "MMSI", "N.º licencia", "AB"),
        "para": ("", ", OMI ", ", distintivo de llamada ", ", MMSI "),
        "owned": ", armador ",
        "lic": "; licencia n.º ",
        "gt": "; arqueo bruto ",
    },
}


def _ident(value: str | None, label: str, rng: random.Random, lang: str) -> tuple[str, str | None]:
    return (value, label) if value else (placeholder(rng, lang), None)


def _paragraph(page: Page, n: int, f: Facts, lic: str, rng: random.Random, lang: str) -> None:
    t = _TEXT[lang]
    lead, imo_w, cs_w, mmsi_w = t["para"]
    page.put(f"{n}. ", lead, (f.name, "VESSEL_NAME"), imo_w, _ident(f.imo, "IMO", rng, lang))
    page.put(cs_w, _ident(f.ircs, "IRCS", rng, lang))
    if rng.random() < 0.6:
        page.put(mmsi_w, _ident(f.mmsi, "MMSI", rng, lang))
    page.put(t["owned"], (f.owner[0], "ASSOC_NAME"), ", ", (f.owner[1], "ADDRESS"), ", ")
    page.put((f.owner[2], "CITY"), t["lic"], (lic, "LICENSE_NO"))
    if rng.random() < 0.5:
        page.put(t["gt"], (metric(f.gross_tonnage, rng), "METRIC_VALUE"))
    page.line(".").blank()


def _annex(page: Page, rows: list[tuple[Facts, str]], rng: random.Random, lang: str) -> None:
    t = _TEXT[lang]
    page.line(t["annex_t"]).blank()
    widths = (4, max(16, *(len(f.name) for f, _ in rows)), 9, 10, 11, 16, 6)
    for header, width in zip(t["cols"], widths, strict=True):
        page.cell(header, width)
    page.end_row()
    page.line("-" * (sum(widths) + 14))
    for n, (f, lic) in enumerate(rows, start=1):
        page.cell(f"{n}", widths[0])
        page.cell(f.name, widths[1], "VESSEL_NAME")
        for value, label, width in ((f.imo, "IMO", 9), (f.ircs, "IRCS", 10), (f.mmsi, "MMSI", 11)):
            text, lab = _ident(value, label, rng, lang)
            page.cell(text, width, lab)
        page.cell(lic, widths[5], "LICENSE_NO")
        page.cell(metric(f.gross_tonnage, rng), widths[6], "METRIC_VALUE", right=True)
        page.end_row()


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = rng.choice(("en", "en", "fr", "es"))
    t = _TEXT[lang]
    rfmo = rng.choice(_vocab.RFMOS)
    chosen = [facts(v, rng) for v in pick(vessels, rng, rng.randint(2, 6))]
    flag = chosen[0].flag or rng.choice(tuple(_vocab.COUNTRY))
    start, end = period(rng)
    style = rng.choice(("long", "slash", "dots", "iso"))
    year = start.year
    rows = [
        (f, f"{rng.choice(['FL', 'LIC', 'AUT'])}/{year}/{rng.randint(1, 999):03d}") for f in chosen
    ]
    page = Page()
    page.line(rng.choice(_vocab.MINISTRIES[lang]).upper())
    page.line(
        f"{rng.choice(_vocab.STREETS)} - Tel. +{rng.randint(10, 99)} "
        f"{rng.randint(1000000, 9999999)}"
    )
    page.line("=" * rng.randint(40, 70)).blank()
    ref = (
        f"{rng.choice(['Ref.', 'Our ref:', 'Réf.', 'N/Ref.'])} "
        f"{rng.choice(['DGP', 'FA', 'MMAF'])}/{year}/{rng.randint(100, 9999)}"
    )
    page.line(ref, " " * rng.randint(4, 20), date_text(start - _days(rng), style, lang)).blank()
    page.line(t["to"]).put((rfmo[0], "RFMO_CODE")).line(" Secretariat")
    page.line(rfmo.name(lang)).blank()
    subject, _, tail = t["subj"].partition("{r}")
    page.put(subject).put((rfmo[0], "RFMO_CODE")).line(tail).blank()
    page.line(t["open"]).blank()
    page.put(
        t["body1"], (country(flag, lang) or flag, "FLAG"), t["body2"], (t["auth"], "AUTH_TYPE")
    )
    page.put(t["body3"], (rfmo[0], "RFMO_CODE"), " (FAO ")
    areas = rng.sample(rfmo.areas, min(2, len(rfmo.areas)))
    for i, area in enumerate(areas):
        page.put(", " if i else "", (area, "FAO_AREA_CODE"))
    page.put(")", t["body4"], (date_text(start, style, lang), "START_DATE"), t["to_w"])
    page.line((date_text(end, style, lang), "END_DATE"), ".").blank()
    pages = [page]
    if rng.random() < 0.5:
        for n, (f, lic) in enumerate(rows, start=1):
            if n == 4 and len(pages) == 1:
                pages.append(Page())
            _paragraph(pages[-1], n, f, lic, rng, lang)
    else:
        page.line(t["annex"]).blank()
        annex = Page() if rng.random() < 0.6 else page
        if annex is not page:
            pages.append(annex)
        _annex(annex, rows, rng, lang)
        if rng.random() < 0.5:
            annex.blank().put("RFMO ID: ")
            for i, (f, _) in enumerate(rows):
                annex.put("; " if i else "", (rfmo_id(rfmo, f.flag, f.rfmo_serial), "RFMO_ID"))
            annex.blank()
    last = pages[-1]
    name, title = rng.choice(_vocab.OFFICIALS)
    last.blank().line(t["close"]).blank(2).line(name).line(title)
    last.blank().line(f"cc: {rng.choice(['Permanent Mission', 'Embassy', 'Fisheries Attaché'])}")
    return [p.draft() for p in pages]


def _days(rng: random.Random) -> _dt.timedelta:
    return _dt.timedelta(days=rng.randint(3, 40))
