"""A court registry's docket / cause list of maritime cases naming vessels."""

from __future__ import annotations

import random

from oceanid_dev.demo.vessels import Vessel

from . import _common as c
from . import _vocab
from ._page import PageDraft, Piece

LAYOUT = "court_docket_listing"

_NATURE = {
    "en": (
        "Action in rem — arrest of vessel",
        "Application for release on bail",
        "Judicial sale — appraisement",
        "Claim for necessaries (bunkers)",
        "Crew wages claim",
        "Salvage claim",
        "Mortgage enforcement",
        "Caveat against release",
    ),
    "es": (
        "Embargo preventivo de buque",
        "Ejecución de hipoteca naval",
        "Reclamación de salarios de tripulación",
        "Subasta judicial del buque",
        "Reclamación por suministros",
        "Levantamiento de embargo con fianza",
    ),
    "fr": (
        "Saisie conservatoire de navire",
        "Mainlevée de saisie",
        "Vente forcée du navire",
        "Créance de soutes",
        "Salaires de l'équipage",
        "Assistance maritime",
    ),
}
_HEAD = {
    "en": (
        "IN THE HIGH COURT — ADMIRALTY JURISDICTION",
        "DAILY CAUSE LIST",
        "Before the Honourable Justice {judge}, Court No. {room}",
    ),
    "es": (
        "JUZGADO DE LO MERCANTIL Nº {room} — SECCIÓN MARÍTIMA",
        "RELACIÓN DE SEÑALAMIENTOS",
        "Magistrado-Juez: {judge}",
    ),
    "fr": (
        "TRIBUNAL DE COMMERCE — CHAMBRE MARITIME",
        "RÔLE D'AUDIENCE",
        "Présidence : {judge}, salle {room}",
    ),
}
_FOOT = {
    "en": (
        "Parties and counsel are to be present fifteen minutes before the time listed. Matters "
        "not reached will be adjourned to the next available date by the Registrar.",
        "Admiralty Marshal: arrests and releases are effected on receipt of the sealed warrant "
        "and the undertaking as to costs. Enquiries to the Admiralty Registry, tel. {tel}.",
        "This list is published for information only and is subject to change without notice. "
        "Reporting restrictions may apply to some matters.",
    ),
    "es": (
        "Las partes deberán comparecer quince minutos antes de la hora señalada. Los asuntos no "
        "vistos se señalarán de nuevo por la Letrada de la Administración de Justicia.",
        "Información: Oficina judicial, tel. {tel}. La presente relación tiene carácter "
        "meramente informativo.",
        "Se recuerda que los embargos de buques se comunican a la Capitanía Marítima para su "
        "anotación y para impedir el despacho del buque.",
    ),
    "fr": (
        "Les parties et leurs conseils se présenteront un quart d'heure avant l'heure indiquée. "
        "Les affaires non appelées sont renvoyées par le greffe.",
        "Renseignements : greffe du tribunal, tél. {tel}. Le présent rôle est publié à titre "
        "d'information.",
        "Les saisies de navires sont notifiées à la capitainerie afin d'empêcher l'appareillage.",
    ),
}


def _case_no(rng: random.Random, lang: str, year: int) -> str:
    if lang == "en":
        return rng.choice(
            [
                f"AD {year}/{c.digits(rng, 4)}",
                f"ADM-{c.digits(rng, 3)}-{year}",
                f"Admiralty Action No. {rng.randint(1, 240)} of {year}",
            ]
        )
    if lang == "es":
        return f"Autos nº {rng.randint(10, 990)}/{year}"
    return f"RG n° {year % 100:02d}/{c.digits(rng, 5)}"


def _vessel_pieces(f: c.Facts, rng: random.Random, lang: str) -> list[Piece]:
    word = {"en": "the vessel", "es": "el buque", "fr": "le navire"}[lang]
    quote = rng.choice(['"', "“"]) if lang == "en" else rng.choice(["«", '"'])
    close = {"“": "”", "«": "»"}.get(quote, quote)
    pieces: list[Piece] = [f"{word} {quote}", (f.name, "VESSEL_NAME"), close]
    extra: list[Piece] = []
    if f.imo and rng.random() < 0.7:
        extra += [("IMO " if lang == "en" else "OMI "), (f.imo, "IMO")]
    if f.flag and rng.random() < 0.6:
        label = {"en": "flag ", "es": "pabellón ", "fr": "pavillon "}[lang]
        extra += ["; " if extra else "", label, (c.country(f.flag, lang, rng) or "", "FLAG")]
    if f.ircs and rng.random() < 0.3:
        extra += [
            "; " if extra else "",
            {"en": "call sign ", "es": "indicativo ", "fr": "indicatif "}[lang],
            (f.ircs, "IRCS"),
        ]
    if f.former and rng.random() < 0.6:
        extra += ["; " if extra else "", "ex ", (f.former, "NAME_CHANGE")]
    if extra:
        pieces += [" (", *extra, ")"]
    return pieces


def _entry(
    f: c.Facts, rng: random.Random, lang: str, number: int, year: int, tabular: bool
) -> list[Piece]:
    claimant = rng.choice(_vocab.CLAIMANTS).rstrip(".")
    nature = rng.choice(_NATURE[lang])
    time = f"{rng.randint(9, 15)}:{rng.choice(['00', '15', '30', '45'])}"
    counsel = rng.choice(_vocab.LAW_FIRMS)
    case = _case_no(rng, lang, year)
    owner: list[Piece] = []
    if f.owner:
        role = {"en": "owners", "es": "armadora", "fr": "armateur"}[lang]
        owner = [(f.owner, "ASSOC_NAME"), " (", (role, "ASSOC_ROLE"), ")"]
        if lang == "es" and rng.random() < 0.4:
            owner += [", CIF/NIF ", (c.company_reg(rng, f.flag), "REG_NO")]
        elif lang == "en" and rng.random() < 0.25:
            owner += [", Co. Reg. No. ", (c.company_reg(rng, f.flag), "REG_NO")]
    if tabular:
        versus = " v. " if lang == "en" else " c/ "
        row: list[Piece] = [f"{number:>2}. {time}  {case}\n    {claimant}{versus}"]
        row += owner or [
            {
                "en": "The Owners and all others interested",
                "es": "Armador desconocido",
                "fr": "Propriétaire inconnu",
            }[lang]
        ]
        row += ["\n    ", *_vessel_pieces(f, rng, lang)]
        row += [f"\n    {nature} — {counsel}\n"]
        return row
    if lang == "en":
        row = [
            f"{number}. {case} ({time}) — {claimant} v. The Owners and all persons claiming "
            "an interest in "
        ]
        row += _vessel_pieces(f, rng, lang)
        if owner:
            row += [", registered to ", *owner]
        row += [
            f". {nature}. Amount claimed USD {rng.randint(20, 3000) * 1000:,}. "
            f"Counsel: {counsel}.\n"
        ]
    elif lang == "es":
        row = [f"{number}. {case} — {time} h — {nature}. Demandante: {claimant}. Demandado: "]
        row += owner or ["ignorado"]
        row += [". Objeto: ", *_vessel_pieces(f, rng, lang)]
        row += [f". Cuantía: {rng.randint(20, 3000) * 1000:,} EUR.\n".replace(",", ".")]
    else:
        row = [f"{number}. {case} — {time} — {nature}. Demandeur : {claimant}. Défendeur : "]
        row += owner or ["inconnu"]
        row += [". Concerne ", *_vessel_pieces(f, rng, lang)]
        row += [f". Montant : {rng.randint(20, 3000) * 1000:,} EUR.\n".replace(",", " ")]
    return row


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = rng.choices(["en", "es", "fr"], weights=[5, 3, 2])[0]
    tabular = rng.random() < 0.45
    day = c.a_date(rng, 2025, 2026)
    year = day.year
    judge = rng.choice(_vocab.PEOPLE).replace("Capt. ", "")
    foot = [t.format(tel=c.phone(rng)) for t in _FOOT[lang]]
    n_pages = rng.choice([1, 1, 2, 3])
    pages: list[PageDraft] = []
    number = 1
    court, room = rng.randint(1, 9), rng.randint(1, 12)
    for part in range(1, n_pages + 1):
        page = PageDraft()
        head = _HEAD[lang]
        page.line(head[0].format(room=court))
        page.line(
            f"{head[1]} — {c.fmt_date(day, 'long', lang)}"
            + (f" ({part}/{n_pages})" if n_pages > 1 else "")
        )
        page.line(head[2].format(judge=judge, room=room))
        page.line("")
        target = rng.randint(1200, 2400)
        for f in c.pick(vessels, rng, rng.randint(3, 7)):
            row = _entry(f, rng, lang, number, year, tabular)
            if len(page) > target or not page.fits(*row, reserve=350):
                break
            page.add(*row)
            page.add("\n" if not tabular else "")
            number += 1
        if part == n_pages and page.fits(foot[0]):
            page.line(foot[0])
        c.pad(page, rng, foot[1:], 800)
        pages.append(page)
    return pages
