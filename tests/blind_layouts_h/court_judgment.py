"""A court judgment or administrative decision in an IUU fishing case (EN/ES/FR)."""

from __future__ import annotations

import random

from oceanid_dev.demo.vessels import Vessel

from . import _vocab
from ._facts import country, date_text, day, facts, pick
from ._page import Item, Page, PageDraft

LAYOUT = "court_judgment"

_W = {
    "en": (
        "IN THE HIGH COURT OF {c}",
        "Criminal Case No.",
        "JUDGMENT",
        "the fishing vessel ",
        " (IMO No. ",
        ", international call sign ",
        "), flying the flag of ",
        "The master of the vessel",
        "The vessel is registered as owned by ",
        " of ",
        " and operated by ",
        "was found fishing without a valid licence on ",
        " in FAO Area ",
        "The catch on board comprised ",
        " and ",
        "The Court imposes a fine of ",
        "master",
        "owner",
        "operator",
        "Judge",
    ),
    "es": (
        "JUZGADO DE LO PENAL N.º {n} DE {c}",
        "Causa n.º",
        "SENTENCIA",
        "el buque pesquero ",
        " (OMI n.º ",
        ", distintivo de llamada ",
        "), de pabellón de ",
        "El capitán del buque",
        "El buque figura inscrito a nombre de ",
        ", con domicilio en ",
        " y es explotado por ",
        "fue sorprendido pescando sin licencia válida el ",
        " en el Área FAO ",
        "La captura a bordo consistía en ",
        " y ",
        "El Juzgado impone una multa de ",
        "capitán",
        "armador",
        "operador",
        "Magistrado",
    ),
    "fr": (
        "TRIBUNAL CORRECTIONNEL DE {c}",
        "Affaire n°",
        "JUGEMENT",
        "le navire de pêche ",
        " (OMI n° ",
        ", indicatif d'appel ",
        "), battant pavillon de ",
        "Le capitaine du navire",
        "Le navire est la propriété de ",
        ", domiciliée ",
        " et est exploité par ",
        "a été surpris en action de pêche sans licence le ",
        " dans la zone FAO ",
        "Les captures à bord comprenaient ",
        " et ",
        "Le Tribunal prononce une amende de ",
        "capitaine",
        "armateur",
        "opérateur",
        "Le Président",
    ),
}

_MASTER = {
    "en": ("The vessel's ", ", "),
    "es": ("El ", " del buque, "),
    "fr": ("Le ", " du navire, "),
}
_PLEA = {
    "en": ("pleaded guilty.", "did not appear.", "was represented by counsel."),
    "es": ("reconoció los hechos.", "no compareció.", "estuvo asistido de letrado."),
    "fr": ("a reconnu les faits.", "n'a pas comparu.", "était assisté de son avocat."),
}


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = rng.choice(("en", "en", "es", "fr"))
    w = _W[lang]
    li = _vocab.LANG_INDEX[lang]
    f = facts(pick(vessels, rng, 1)[0], rng)
    coastal = rng.choice(("SEYCHELLES", "MAURITIUS", "FIJI", "VANUATU", "LAS PALMAS", "MONTEVIDEO"))
    case = f"{rng.choice(('CR', 'IUU', 'PA'))}/{rng.randint(2019, 2025)}/{rng.randint(1, 999):04d}"
    pages = [Page()]
    page = pages[0]
    page.line(w[0].format(c=coastal, n=rng.randint(1, 9))).line(f"{w[1]} {case}").blank()
    page.line(" " * rng.randint(10, 30), w[2]).blank()
    n = 0

    def para(*items: Item) -> None:
        nonlocal n, page
        n += 1
        if n == rng.choice((5, 6, 99)) and len(pages) < 3:
            page = Page()
            pages.append(page)
            page.line(f"{w[1]} {case}", " " * 20, f"- {len(pages)} -").blank()
        page.line(f"{n}. ", *items).blank()

    ident: list[Item] = [w[3].capitalize(), (f.name, "VESSEL_NAME")]
    ident += [w[4], (f.imo, "IMO")] if f.imo else [w[4], "—"]
    ident += [w[5], (f.ircs, "IRCS")] if f.ircs else [w[5], "—"]
    ident += [w[6], (country(f.flag, lang) or f.flag, "FLAG") if f.flag else "—"]
    if f.former_name:
        ident += [rng.choice((", formerly named ", ", ex ")), (f.former_name, "NAME_CHANGE")]
    ident.append(f", {w[11]}{date_text(day(rng), 'long', lang)}")
    area = rng.choice(("51", "57", "41", "87", "71", "34", "47", "51.5", "57.1"))
    ident += [w[12], (area, "FAO_AREA_CODE"), "."]
    para(*ident)
    master = rng.choice(_vocab.PEOPLE)
    lead, tail = _MASTER[lang]
    para(lead, (w[16], "ASSOC_ROLE"), tail, (master, "ASSOC_NAME"), ", ", rng.choice(_PLEA[lang]))
    owner = f.owner
    items: list[Item] = [
        w[8],
        (owner[0], "ASSOC_NAME"),
        w[9],
        (owner[1], "ADDRESS"),
        ", ",
        (owner[2], "CITY"),
    ]
    if owner[3]:
        items += [", ", (owner[3], "STATE")]
    items += [", ", (country(owner[4], lang) or owner[4], "COUNTRY_CODE")]
    if rng.random() < 0.6:
        items += [" (reg. ", (owner[5], "REG_NO"), ")"]
    operator = rng.choice(_vocab.COMPANIES)[0]
    items += [w[10], (operator, "ASSOC_NAME"), "" if operator.endswith(".") else "."]
    para(*items)
    sp1, sp2 = rng.sample(_vocab.SPECIES, 2)
    para(
        w[13],
        f"{rng.uniform(0.5, 40):.1f} t ",
        (sp1[1 + li], "SPECIES_NAME"),
        w[14],
        f"{rng.uniform(0.1, 9):.1f} t ",
        (sp2[1 + li], "SPECIES_NAME"),
        ".",
    )
    para(
        f"The vessel ({rng.randint(200, 2500)} GT, crew of {rng.randint(12, 40)}) "
        f"was escorted to port; case {case} was joined with case "
        f"{rng.randint(10, 999)}/{rng.randint(2019, 2025)}."
        if lang == "en"
        else f"Causa acumulada / affaire jointe {rng.randint(10, 999)}/{rng.randint(2019, 2025)}."
    )
    para(w[15], f"USD {rng.randint(5, 500) * 1000:,}", f" ({rng.randint(1, 5)} counts / cargos).")
    page.line(date_text(day(rng), "long", lang)).blank().line(
        w[19], f" {rng.choice(_vocab.PEOPLE)}"
    )
    return [p.draft() for p in pages]
