"""A coastal State's resolution or decree in Spanish or French prose that grants fishing
permits to foreign vessels: letterhead, recitals, an operative article listing each vessel with
its particulars in a parenthesis, validity periods in words, the RFMO by its Spanish or French
acronym, species by vernacular and scientific name; the prose is wrapped as PDF text is."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from oceanid_dev.demo.vessels import Vessel

from . import _vocab as v
from ._page import PageBuilder, PageDraft, Piece

LAYOUT = "decree_prose"


@dataclass(frozen=True)
class _Issuer:
    country: str  # ISO alpha-3
    lang: str
    letterhead: tuple[str, ...]
    act: str  # the act's title, {n} and {y} filled in
    city: str
    rfmo: str  # the RFMO's acronym as the language writes it
    areas: tuple[str, ...]
    species: tuple[str, ...]
    auth: str  # the kind of authorisation, as the act names it


_ISSUERS = (
    _Issuer(
        "PER",
        "es",
        ("MINISTERIO DE LA PRODUCCIÓN", "Viceministerio de Pesca y Acuicultura"),
        "RESOLUCIÓN DIRECTORAL N.º {n}-{y}-PRODUCE/DGPCHDI",
        "Lima",
        "SPRFMO",
        ("87", "87.1", "87.2"),
        ("GIS",),
        "permiso de pesca",
    ),
    _Issuer(
        "ECU",
        "es",
        (
            "MINISTERIO DE PRODUCCIÓN, COMERCIO EXTERIOR, INVERSIONES Y PESCA",
            "Subsecretaría de Recursos Pesqueros",
        ),
        "ACUERDO MINISTERIAL N.º MPCEIP-SRP-{y}-{n}-A",
        "Manta",
        "CIAT",
        ("87", "77"),
        ("YFT", "BET", "SKJ"),
        "autorización de pesca",
    ),
    _Issuer(
        "URY",
        "es",
        (
            "MINISTERIO DE GANADERÍA, AGRICULTURA Y PESCA",
            "Dirección Nacional de Recursos Acuáticos",
        ),
        "RESOLUCIÓN N.º {n}/{y}",
        "Montevideo",
        "ICCAT",
        ("41", "41.3"),
        ("ALB", "BET", "SWO"),
        "permiso de pesca",
    ),
    _Issuer(
        "MDG",
        "fr",
        (
            "RÉPUBLIQUE DE MADAGASCAR",
            "Fitiavana - Tanindrazana - Fandrosoana",
            "MINISTÈRE DE LA PÊCHE ET DE L'ÉCONOMIE BLEUE",
        ),
        "ARRÊTÉ N° {y}-{n} portant attribution de licences de pêche thonière",
        "Antananarivo",
        "CTOI",
        ("51", "51.5", "57"),
        ("BET", "YFT", "SKJ", "SWO"),
        "licence de pêche thonière",
    ),
    _Issuer(
        "SEN",
        "fr",
        (
            "RÉPUBLIQUE DU SÉNÉGAL",
            "Un Peuple - Un But - Une Foi",
            "MINISTÈRE DES PÊCHES ET DE L'ÉCONOMIE MARITIME",
        ),
        "ARRÊTÉ MINISTÉRIEL N° {n} du",
        "Dakar",
        "CICTA",
        ("34", "34.3.1"),
        ("YFT", "SKJ", "BET"),
        "licence de pêche",
    ),
    _Issuer(
        "GAB",
        "fr",
        (
            "RÉPUBLIQUE GABONAISE",
            "Union - Travail - Justice",
            "MINISTÈRE DE LA MER, DE LA PÊCHE ET DE L'ÉCONOMIE BLEUE",
        ),
        "DÉCISION N° {n}/MMPEB/SG/DGPA du",
        "Libreville",
        "CICTA",
        ("34", "47"),
        ("YFT", "SKJ", "BET"),
        "autorisation de pêche",
    ),
)

_WORDS = {
    "es": {
        "ircs": ("distintivo de llamada", "indicativo de llamada", "señal distintiva"),
        "imo": ("OMI", "número OMI", "IMO"),
        "flag": ("pabellón", "bandera"),
        "gt": ("arqueo bruto",),
        "loa": ("eslora total", "eslora"),
        "port": ("puerto de matrícula",),
        "licence": ("permiso N.º", "N.º de permiso"),
        "owner": ("armador", "propietario"),
    },
    "fr": {
        "ircs": ("indicatif d'appel", "indicatif radio"),
        "imo": ("OMI", "n° OMI", "IMO"),
        "flag": ("pavillon",),
        "gt": ("jauge brute",),
        "loa": ("longueur hors tout", "longueur"),
        "port": ("port d'attache", "port d'immatriculation"),
        "licence": ("licence n°", "n° de licence"),
        "owner": ("armateur", "propriétaire"),
    },
}
_WIDTH = 92


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    issuer = rng.choice(_ISSUERS)
    lang = issuer.lang
    fleet = v.pick(rng, v.ships(vessels), rng.randint(2, 9), same_flag=rng.random() < 0.5)
    words = {key: rng.choice(options) for key, options in _WORDS[lang].items()}
    date_style = rng.choice(("d de month de Y",) if lang == "es" else ("d month Y",))
    per_vessel_period = rng.random() < 0.4
    period = v.validity(rng)
    act_date = v.fmt_date(v.some_day(rng, 2024, 2026), date_style, lang)
    act = issuer.act.format(n=rng.randint(12, 980), y=rng.randint(2024, 2026))
    agent = rng.choice(v.AGENTS.get(issuer.country, v.AGENTS["MUS"]))

    page = PageBuilder()
    for line in issuer.letterhead:
        page.line((line, None))
    page.newline()
    page.line((act + (" " + act_date if act.endswith(" du") else ""), None)).newline()
    if lang == "es":
        page.line((f"{issuer.city}, {act_date}", None)).newline()
        page.paragraph(
            [
                ("VISTOS: El escrito presentado por la empresa ", None),
                (agent.name, "ASSOC_NAME"),
                (", con domicilio en ", None),
                (agent.street, "ADDRESS"),
                (", ", None),
                (agent.city, "CITY"),
                (", en su calidad de ", None),
                (rng.choice(("agente marítimo", "representante legal")), "ASSOC_ROLE"),
                (
                    " de los armadores de las embarcaciones pesqueras de bandera extranjera que se "
                    "indican en la presente; y,",
                    None,
                ),
            ],
            _WIDTH,
        )
        page.line(("CONSIDERANDO:", None)).newline()
        page.paragraph(
            [
                (
                    "Que, de conformidad con la normativa pesquera vigente, las embarcaciones de "
                    "bandera extranjera pueden acceder a un permiso para operar en aguas "
                    "jurisdiccionales, sujeto a las medidas de conservación y ordenación adoptadas "
                    "por la ",
                    None,
                ),
                (issuer.rfmo, "RFMO_CODE"),
                (";", None),
            ],
            _WIDTH,
        )
        page.line(("SE RESUELVE:", None)).newline()
        intro: list[Piece] = [
            ("Artículo 1.- Otorgar ", None),
            (issuer.auth, "AUTH_TYPE"),
            (
                " a las embarcaciones pesqueras que se detallan a continuación, para la "
                "extracción ",
                None,
            ),
        ]
    else:
        page.paragraph(
            [
                (
                    "LE MINISTRE, Vu le Code de la pêche et de l'aquaculture ; Vu la demande "
                    "présentée par la société ",
                    None,
                ),
                (agent.name, "ASSOC_NAME"),
                (", sise ", None),
                (agent.street, "ADDRESS"),
                (", ", None),
                (agent.city, "CITY"),
                (", agissant en qualité de ", None),
                (rng.choice(("consignataire", "agent local", "représentant")), "ASSOC_ROLE"),
                (" des armateurs ; Vu les résolutions de la ", None),
                (issuer.rfmo, "RFMO_CODE"),
                (" ;", None),
            ],
            _WIDTH,
        )
        page.line(("ARRÊTE :", None)).newline()
        intro = [
            ("Article premier. - Une ", None),
            (issuer.auth, "AUTH_TYPE"),
            (" est attribuée aux navires ci-après désignés, pour la pêche ", None),
        ]
    intro += _species_clause(issuer, lang, rng)
    area = rng.choice(issuer.areas)
    intro += [
        (" en la zona FAO " if lang == "es" else " dans la zone FAO ", None),
        (area, "FAO_AREA_CODE"),
    ]
    if not per_vessel_period:
        intro += _period(period, lang, date_style)
    intro.append((":", None))
    page.paragraph(intro, _WIDTH)

    pages: list[PageDraft] = []
    per_page = rng.randint(3, 5)
    for index, s in enumerate(fleet):
        if index and index % per_page == 0:
            pages.append(page.build())
            page = PageBuilder()
            page.line((f"{act} - {'página' if lang == 'es' else 'page'} {len(pages) + 1}", None))
            page.newline()
        clause = _vessel_clause(s, index, lang, words, rng)
        if per_vessel_period:
            clause += _period(v.validity(rng), lang, date_style)
        clause.append((";" if index < len(fleet) - 1 else ".", None))
        page.paragraph(clause, _WIDTH, indent="    ")

    if lang == "es":
        closing = [
            "Artículo 2.- Los armadores deberán mantener operativo a bordo el sistema de "
            "seguimiento satelital y reportar sus capturas conforme a la normativa vigente.",
            "Artículo 3.- Remitir copia de la presente a la Dirección General de Supervisión, "
            "Fiscalización y Sanción.",
            "Regístrese, comuníquese y publíquese.",
        ]
    else:
        closing = [
            "Article 2. - Les navires sont tenus d'embarquer un observateur à la demande de "
            "l'administration et de déclarer leurs captures.",
            "Article 3. - Le présent arrêté sera enregistré et publié au Journal officiel.",
            f"Fait à {issuer.city}, le {act_date}",
        ]
    for text in closing:
        page.paragraph([(text, None)], _WIDTH)
    page.line(("Le Ministre" if lang == "fr" else "Director General", None))
    pages.append(page.build())
    return pages


def _species_clause(issuer: _Issuer, lang: str, rng: random.Random) -> list[Piece]:
    codes = issuer.species[: rng.randint(1, len(issuer.species))]
    pieces: list[Piece] = []
    for position, code in enumerate(codes):
        if position:
            last = position == len(codes) - 1
            pieces.append(((" y " if lang == "es" else " et ") if last else ", ", None))
        species = v.SPECIES[code]
        name = (species.es if lang == "es" else species.fr).lower()
        if lang == "es":
            pieces.append(("del recurso " if position == 0 else "", None))
        elif name[0] in "aeiouéè":
            pieces.append(("de l'", None))
        else:
            pieces.append(("du ", None))
        pieces += [(name, "SPECIES_NAME"), (" (", None)]
        pieces += [
            (species.scientific, "SPECIES_NAME") if rng.random() < 0.7 else (code, "SPECIES_NAME")
        ]
        pieces.append((")", None))
    return pieces


def _period(period: tuple[date, date], lang: str, style: str) -> list[Piece]:
    start, end = (v.fmt_date(day, style, lang) for day in period)
    if lang == "es":
        return [
            (", con vigencia desde el ", None),
            (start, "START_DATE"),
            (" hasta el ", None),
            (end, "END_DATE"),
        ]
    return [
        (", pour la période du ", None),
        (start, "START_DATE"),
        (" au ", None),
        (end, "END_DATE"),
    ]


def _vessel_clause(
    s: v.Ship, index: int, lang: str, words: dict[str, str], rng: random.Random
) -> list[Piece]:
    letter = "abcdefghijklmnopqrstuvwxyz"[index]
    opening = f"{letter}) " if lang == "es" else f"{index + 1}° le navire "
    quote = rng.choice((("«", "»"), ("« ", " »"), ('"', '"')))
    pieces: list[Piece] = [
        (opening + quote[0], None),
        (s.name, "VESSEL_NAME"),
        (quote[1] + " (", None),
    ]
    sep = "; "
    colon = ": " if lang == "es" else " : "
    parts: list[list[Piece]] = []
    if s.flag:
        parts.append([(words["flag"] + colon, None), (v.country_name(s.flag, lang, rng), "FLAG")])
    if s.ircs:
        parts.append([(words["ircs"] + " ", None), (s.ircs, "IRCS")])
    if s.imo:
        parts.append([(words["imo"] + " ", None), (s.imo, "IMO")])
    if s.mmsi:
        parts.append([("MMSI ", None), (s.mmsi, "MMSI")])
    port, _ = v.home_port(s, rng)
    if port and rng.random() < 0.4:
        parts.append([(words["port"] + colon, None), (port, "HOME_PORT")])
    gt_value = v.fmt_int(v.derived_gt(s), lang, rng)
    gt: list[Piece] = [(words["gt"], "METRIC_TYPE"), (colon, None), (gt_value, "METRIC_VALUE")]
    if rng.random() < 0.5:
        gt += [(" ", None), ("GT" if lang == "es" or rng.random() < 0.5 else "UMS", "METRIC_UNIT")]
    parts.append(gt)
    loa = v.fmt_dec(v.derived_loa(s), lang)
    parts.append(
        [
            (words["loa"], "METRIC_TYPE"),
            (colon, None),
            (loa, "METRIC_VALUE"),
            (" ", None),
            ("m", "METRIC_UNIT"),
        ]
    )
    rng.shuffle(parts)
    for position, part in enumerate(parts):
        if position:
            pieces.append((sep, None))
        pieces += part
    pieces.append(("), ", None))
    pieces += [(words["owner"], "ASSOC_ROLE"), (colon, None), (v.owner(s, rng), "ASSOC_NAME")]
    licence = (
        f"{rng.choice(('PE', 'LP', 'AUT'))}-{rng.randint(2024, 2026)}-{rng.randint(1, 999):03d}"
    )
    pieces += [(", ", None), (words["licence"] + " ", None), (licence, "LICENSE_NO")]
    return pieces
