"""A Wikipedia-style list of incidents, or a timeline, about a distant-water fishing fleet."""

from __future__ import annotations

import random
from collections.abc import Sequence

from oceanid_dev.demo.vessels import Vessel

from . import _vocab
from ._common import (
    Ident,
    coordinates,
    flag_text,
    fmt_date,
    gear_word,
    pad,
    pick,
    some_date,
)
from ._page import PageDraft

LAYOUT = "wiki_incident_list"

_TITLES = {
    "en": (
        "List of incidents involving distant-water fishing vessels ({year}s)",
        "Timeline of the squid and tuna fishing fleets in the {ocean}",
    ),
    "es": (
        "Anexo:Incidentes con buques pesqueros de altura ({year}s)",
        "Cronología de la flota pesquera en el {ocean}",
    ),
    "fr": (
        "Liste d'incidents impliquant des navires de pêche hauturière (années {year})",
        "Chronologie de la flotte de pêche dans {ocean}",
    ),
}
_OCEANS = {
    "en": ("South Atlantic", "Indian Ocean", "Western Pacific"),
    "es": ("Atlántico Sur", "océano Índico", "Pacífico Occidental"),
    "fr": ("l'Atlantique Sud", "l'océan Indien", "le Pacifique occidental"),
}
_INTRO = {
    "en": "This is a list of notable incidents involving fishing vessels operating far from "
    "their home ports, including fires, groundings, rescues, collisions and port "
    "inspections. Dates are in local time. For incidents before {year}, see the previous list.",
    "es": "Este anexo recoge incidentes notables con buques pesqueros que operan lejos de sus "
    "puertos de origen: incendios, varadas, rescates, abordajes e inspecciones en puerto. "
    "Para hechos anteriores a {year}, véase el anexo anterior.",
    "fr": "Cette liste recense des incidents notables impliquant des navires de pêche opérant "
    "loin de leur port d'attache : incendies, échouements, sauvetages, abordages et "
    "inspections au port. Pour les faits antérieurs à {year}, voir la liste précédente.",
}
_EVENTS = {
    "en": (
        "Fire broke out in the engine room; {n} crew were evacuated to a nearby vessel.",
        "Rescued {n} fishermen from a capsized skiff about 200 nmi offshore.",
        "Collided with a bulk carrier in fog; minor damage to the bow, no injuries.",
        "Inspected in port under the PSMA; no infringements were recorded.",
        "Reported a crew member lost overboard; search abandoned after {n} days.",
        "Ran aground near the harbour entrance and was refloated on the next tide.",
        "Diverted to port after a medical emergency on board.",
        "Boarded by a patrol vessel at {pos} for a routine high-seas inspection.",
    ),
    "es": (
        "Se declaró un incendio en la sala de máquinas; {n} tripulantes fueron evacuados.",
        "Rescató a {n} pescadores de una embarcación volcada a unas 200 millas de la costa.",
        "Abordaje con un granelero en niebla; daños menores en la proa, sin heridos.",
        "Inspeccionado en puerto conforme al AMERP; no se registraron infracciones.",
        "Informó la caída al agua de un tripulante; la búsqueda se suspendió a los {n} días.",
        "Varó cerca de la entrada del puerto y fue reflotado con la marea siguiente.",
        "Desviado a puerto por una emergencia médica a bordo.",
        "Abordado por un patrullero en {pos} para una inspección de rutina en alta mar.",
    ),
    "fr": (
        "Un incendie s'est déclaré dans la salle des machines ; {n} marins ont été évacués.",
        "A secouru {n} pêcheurs d'une embarcation chavirée à 200 milles des côtes.",
        "Abordage avec un vraquier par temps de brouillard ; dégâts mineurs, aucun blessé.",
        "Inspecté au port au titre du PSMA ; aucune infraction constatée.",
        "A signalé un homme à la mer ; recherches abandonnées après {n} jours.",
        "S'est échoué à l'entrée du port et a été renfloué à la marée suivante.",
        "Dérouté vers le port à la suite d'une urgence médicale à bord.",
        "Arraisonné par un patrouilleur à {pos} pour une inspection de routine en haute mer.",
    ),
}
_FOOTER = {
    "en": (
        "See also",
        "List of shipwrecks in {year}",
        "Port State Measures Agreement",
        "References",
        "Retrieved {day}.",
        "This page was last edited on {day}, at 14:07 (UTC).",
    ),
    "es": (
        "Véase también",
        "Anexo:Naufragios en {year}",
        "Acuerdo sobre Medidas del Estado Rector del Puerto",
        "Referencias",
        "Consultado el {day}.",
        "Esta página se editó por última vez el {day} a las 14:07.",
    ),
    "fr": (
        "Voir aussi",
        "Liste de naufrages en {year}",
        "Accord relatif aux mesures du ressort de l'État du port",
        "Références",
        "Consulté le {day}.",
        "Dernière modification de cette page le {day} à 14:07.",
    ),
}


_HEADLINES = ("Crew rescued", "Vessel detained", "Fire at sea", "Port inspection")
_OUTLETS = ("MercoPress", "Radio NZ", "Undercurrent News", "La Nación")


def _event(lang: str, rng: random.Random) -> str:
    return rng.choice(_EVENTS[lang]).format(
        n=rng.randint(2, 31), pos=coordinates(rng, rng.choice((0, 3)))
    )


def _ids(row: PageDraft, v: Ident, lang: str, rng: random.Random) -> None:
    """Identifiers in parentheses after the name, as editors add them."""
    parts: list[tuple[str, str, str]] = []
    if v.imo and rng.random() < 0.6:
        parts.append(("IMO ", v.imo, "IMO"))
    if v.mmsi and rng.random() < 0.4:
        parts.append(("MMSI ", v.mmsi, "MMSI"))
    if v.ircs and rng.random() < 0.3:
        parts.append(
            (
                "call sign " if lang == "en" else "indicativo " if lang == "es" else "indicatif ",
                v.ircs,
                "IRCS",
            )
        )
    if not parts:
        return
    row.add(" (")
    for index, (key, value, label) in enumerate(parts):
        if index:
            row.add(", ")
        row.put(key, (value, label))
    row.add(")")


def _table(
    chosen: list[Ident], lang: str, rng: random.Random, refs: list[int], decade: int
) -> list[PageDraft]:
    rows = []
    for v in chosen:
        row = PageDraft()
        day = some_date(rng, decade, min(decade + 9, 2025))
        row.put(fmt_date(day, "long", lang), " | ", (v.name, "VESSEL_NAME"))
        _ids(row, v, lang, rng)
        row.add(" | ")
        if v.flag:
            row.add(flag_text(v.flag, lang, rng, codes=False), "FLAG")
        else:
            row.add("Unknown" if lang == "en" else "Desconocido" if lang == "es" else "Inconnu")
        port = rng.choice(_vocab.PORTS)
        where = rng.choice(
            (port[0], coordinates(rng, 3), f"off {port[0]}" if lang == "en" else port[0])
        )
        row.put(" | ", where, " | ", _event(lang, rng))
        if v.former_name and rng.random() < 0.7:
            word = {
                "en": " The vessel was formerly named ",
                "es": " El buque se llamaba antes ",
                "fr": " Le navire s'appelait auparavant ",
            }[lang]
            row.put(word, (v.former_name, "NAME_CHANGE"), ".")
        if v.owner and rng.random() < 0.5:
            role = {"en": "owner", "es": "armador", "fr": "armateur"}[lang]
            lead = {"en": " Its ", "es": " Su ", "fr": " Son "}[lang]
            row.put(lead, (role, "ASSOC_ROLE"), ", ", (v.owner, "ASSOC_NAME"), ", ")
            row.add(
                {
                    "en": "declined to comment.",
                    "es": "no hizo comentarios.",
                    "fr": "n'a pas commenté.",
                }[lang]
            )
        ref = rng.randint(1, 120)
        refs.append(ref)
        row.line(f" | [{ref}]")
        rows.append(row)
    return rows


def _timeline(
    chosen: list[Ident], lang: str, rng: random.Random, refs: list[int]
) -> list[PageDraft]:
    dated = sorted(((some_date(rng, 2012, 2025), v) for v in chosen), key=lambda item: item[0])
    rows = []
    year = 0
    for day, v in dated:
        row = PageDraft()
        if day.year != year:
            year = day.year
            row.line()
            row.line(f"== {year} ==")
        row.put(
            "* ",
            fmt_date(day, "long", lang).rsplit(" ", 1)[0]
            if lang == "en"
            else fmt_date(day, "long", lang),
            " \u2013 ",
        )
        article = {"en": "The ", "es": "El ", "fr": "Le "}[lang]
        row.put(article, gear_word(v, lang), " ")
        row.add(v.name, "VESSEL_NAME")
        if v.flag:
            row.put(" (", (flag_text(v.flag, lang, rng), "FLAG"), ")")
        _ids(row, v, lang, rng)
        row.put(": ", _event(lang, rng))
        if v.port and rng.random() < 0.5:
            word = {
                "en": " The vessel is registered in ",
                "es": " El buque está matriculado en ",
                "fr": " Le navire est immatriculé à ",
            }[lang]
            row.put(word, (v.port.title(), "HOME_PORT"), ".")
        ref = rng.randint(1, 120)
        refs.append(ref)
        row.line(f"[{ref}]")
        rows.append(row)
    return rows


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = rng.choices(("en", "es", "fr"), weights=(5, 2, 2))[0]
    chosen = pick(vessels, rng, rng.randint(5, 24))
    timeline = rng.random() < 0.45
    decade = rng.choice((2010, 2020))
    ocean = rng.choice(_OCEANS[lang])
    title = _TITLES[lang][1 if timeline else 0].format(year=decade, ocean=ocean)
    refs: list[int] = []
    rows = (
        _timeline(chosen, lang, rng, refs) if timeline else _table(chosen, lang, rng, refs, decade)
    )
    edited = fmt_date(some_date(rng, 2023, 2025), "long", lang)
    pages: list[PageDraft] = []
    page = PageDraft()
    page.line(title)
    page.line(
        {
            "en": "From Wikipedia, the free encyclopedia",
            "es": "De Wikipedia, la enciclopedia libre",
            "fr": "Un article de Wikipédia, l'encyclopédie libre",
        }[lang]
    )
    page.line()
    page.line(_INTRO[lang].format(year=decade))
    page.line()
    if not timeline:
        page.line(
            {
                "en": "Date | Vessel | Flag | Location | Description | Ref.",
                "es": "Fecha | Buque | Pabellón | Lugar | Descripción | Ref.",
                "fr": "Date | Navire | Pavillon | Lieu | Description | Réf.",
            }[lang]
        )
    for row in rows:
        if len(page) + len(row) > 2800:
            pages.append(page)
            if len(pages) == 3:
                break
            page = PageDraft()
            page.line(f"{title} (continued)" if lang == "en" else f"{title} (cont.)")
            page.line()
        page.extend(row)
    else:
        pages.append(page)
    footer = _FOOTER[lang]
    end = PageDraft()
    end.line()
    end.line(footer[0])
    end.line(f"  • {footer[1].format(year=decade + rng.randint(0, 9))}")
    end.line(f"  • {footer[2]}")
    end.line(footer[3])
    for ref in sorted(set(refs))[:6]:
        end.line(
            f'  {ref}. ^ "{rng.choice(_HEADLINES)}". {rng.choice(_OUTLETS)}. '
            f"{footer[4].format(day=edited)}"
        )
    end.line(footer[5].format(day=edited))
    if len(pages[-1]) + len(end) <= 3000:
        pages[-1].extend(end)
    fillers = (
        "Categories: Maritime incidents | Fishing vessels | Lists of shipwrecks",
        "Text is available under the Creative Commons Attribution-ShareAlike License 4.0; "
        "additional terms may apply.",
        "Privacy policy · About Wikipedia · Disclaimers · Contact Wikipedia · Code of Conduct · "
        "Developers · Statistics · Cookie statement · Mobile view",
        "[edit] This list is incomplete; you can help by adding missing items with reliable "
        "sources.",
    )
    for page in pages:
        pad(page, fillers, rng)
    return pages
