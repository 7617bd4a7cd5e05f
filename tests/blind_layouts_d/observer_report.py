"""An excerpt of a Spanish or French observer trip report: the vessel described in prose
(identifiers, measurements with decimal commas, owner, master, licence) followed by a small
plain-text table of observed catch by species and FAO area."""

from __future__ import annotations

import random
from collections.abc import Sequence

from oceanid_dev.demo.vessels import Vessel

from ._page import PageBuilder, PageDraft, Piece
from ._vocab import RFMOS, SPECIES, Profile, country, fmt_date, profile, thousands, validity

LAYOUT = "observer_report"

_SPECIES = {code: (es, fr) for code, _, es, fr in SPECIES}
_FRENCH_ACRONYM = {"IOTC": "CTOI", "ICCAT": "CICTA", "WCPFC": "WCPFC", "SPRFMO": "ORGPPS"}
_SPANISH_ACRONYM = {"IATTC": "CIAT", "ICCAT": "CICAA", "SPRFMO": "OROP-PS", "IOTC": "CAOI"}


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = rng.choice(("es", "fr"))
    acronyms = _SPANISH_ACRONYM if lang == "es" else _FRENCH_ACRONYM
    rfmo = rng.choice(sorted(acronyms))
    # Reports name the RFMO by its local acronym or by the English one, depending on the author.
    acronym = acronyms[rfmo] if rng.random() < 0.6 else rfmo
    p = profile(rng.choice(list(vessels)), rng, rfmo)
    date_style = rng.choice(("long", "dmy_slash", "dmy_dot"))
    thousands_sep = rng.choice((".", " ", "")) if lang == "es" else rng.choice((" ", ""))
    b = PageBuilder()
    if lang == "es":
        b.line("PROGRAMA NACIONAL DE OBSERVADORES A BORDO")
        b.line(
            f"Informe de marea n.º {rng.randint(2022, 2026)}/{rng.randint(1, 140):03d} (extracto)"
        )
        b.newline().line("1. IDENTIFICACIÓN DEL BUQUE").newline()
    else:
        b.line("PROGRAMME RÉGIONAL D'OBSERVATEURS")
        b.line(f"Rapport de marée n° {rng.randint(1, 140)}/{rng.randint(2022, 2026)} (extrait)")
        b.newline().line("1. IDENTIFICATION DU NAVIRE").newline()
    for sentence in _identity(p, lang, rng, thousands_sep):
        b.pieces(sentence).add(" " if rng.random() < 0.6 else "\n")
    b.newline()
    start, end = validity(rng)
    areas, species = RFMOS[rfmo]
    area = rng.choice(areas)
    licence: list[Piece]
    if lang == "es":
        licence = [
            ("El buque faena al amparo de la ", None),
            ("licencia de pesca", "AUTH_TYPE"),
            (" n.º ", None),
            (p.licence_no, "LICENSE_NO"),
            (", válida del ", None),
            (fmt_date(start, date_style, lang), "START_DATE"),
            (" al ", None),
            (fmt_date(end, date_style, lang), "END_DATE"),
            (", en la zona FAO ", None),
            (area, "FAO_AREA_CODE"),
            (" (área de la ", None),
            (acronym, "RFMO_CODE"),
            (").", None),
        ]
    else:
        licence = [
            ("Le navire opère sous couvert de la ", None),
            ("licence de pêche", "AUTH_TYPE"),
            (" n° ", None),
            (p.licence_no, "LICENSE_NO"),
            (", valable du ", None),
            (fmt_date(start, date_style, lang), "START_DATE"),
            (" au ", None),
            (fmt_date(end, date_style, lang), "END_DATE"),
            (", dans la zone FAO ", None),
            (area, "FAO_AREA_CODE"),
            (f" (zone de compétence de {'l' + chr(39) if acronym[0] in 'AEIOU' else 'la '}", None),
            (acronym, "RFMO_CODE"),
            (").", None),
        ]
    b.pieces(licence).newline(2)
    pages: list[PageDraft] = []
    if rng.random() < 0.4:
        pages.append(b.draft())
        b = PageBuilder()
    _catch_table(b, rng, lang, areas, species, thousands_sep)
    b.newline()
    if lang == "es":
        b.line("3. OBSERVACIONES")
        b.line("Durante la marea no se observaron transbordos. El cuaderno de pesca se cumplimentó")
        b.line("diariamente y las posiciones VMS coinciden con las anotadas por el observador.")
    else:
        b.line("3. OBSERVATIONS")
        b.line(
            "Aucun transbordement n'a été observé pendant la marée. Le journal de pêche était tenu"
        )
        b.line("à jour et les positions VMS concordent avec celles relevées par l'observateur.")
    pages.append(b.draft())
    return pages


def _identity(p: Profile, lang: str, rng: random.Random, sep: str) -> list[list[Piece]]:
    es = lang == "es"
    ids: list[Piece] = []
    if p.flag:
        ids += [("pabellón " if es else "pavillon ", None), (country(p.flag, lang), "FLAG")]
    for key_es, key_fr, value, label in (
        ("indicativo de llamada ", "indicatif d'appel ", p.ircs, "IRCS"),
        ("número OMI ", "numéro OMI ", p.imo, "IMO"),
        ("MMSI ", "MMSI ", p.mmsi, "MMSI"),
    ):
        if value:
            ids += [(", " if ids else "", None), (key_es if es else key_fr, None), (value, label)]
    first: list[Piece] = [("El buque " if es else "Le navire ", None), (p.name, "VESSEL_NAME")]
    if ids:
        first += [(" (", None), *[piece for piece in ids if piece[0]], (")", None)]
    if p.home_port:
        first += [
            (" tiene su puerto base en " if es else " est immatriculé à ", None),
            (p.home_port, "HOME_PORT"),
        ]
        if rng.random() < 0.5:
            first += [
                (" (", None),
                (country(p.home_port_state, lang), "HOME_PORT_STATE"),
                (")", None),
            ]
        first += [
            (", con matrícula " if es else " sous le numéro ", None),
            (p.national_reg_no, "NATIONAL_REG_NO"),
        ]
    else:
        first += [
            (" está inscrito con la matrícula " if es else " est inscrit sous le numéro ", None),
            (p.national_reg_no, "NATIONAL_REG_NO"),
        ]
    sentences = [[*first, (".", None)]]

    measures: list[list[Piece]] = []
    for name_es, name_fr, value, unit in (
        ("eslora total", "longueur hors tout", p.length_m, "m"),
        ("arqueo bruto", "jauge brute", p.gross_tonnage, "GT"),
        ("potencia propulsora", "puissance motrice", str(p.engine_kw), "kW"),
    ):
        if value:
            text = value.replace(".", ",") if "." in value else thousands(int(value), sep)
            measures.append(
                [
                    ("una " if es else "une ", None),
                    (name_es if es else name_fr, "METRIC_TYPE"),
                    (" de ", None),
                    (text, "METRIC_VALUE"),
                    (" ", None),
                    (unit, "METRIC_UNIT"),
                ]
            )
    if measures:
        sentence: list[Piece] = [("Tiene " if es else "Il présente ", None)]
        for index, measure in enumerate(measures):
            if index:
                last = index == len(measures) - 1
                sentence.append(((" y " if es else " et ") if last else ", ", None))
            sentence += measure
        sentences.append([*sentence, (".", None)])
    if p.build_year:
        built: list[Piece] = [
            ("Fue construido en " if es else "Il a été construit en ", None),
            (p.build_year, "BUILD_YEAR"),
        ]
        if p.build_place:
            built += [
                (" en " if es else " à ", None),
                (p.build_place[0], "BUILDER_LOCATION"),
                (" (", None),
                (country(p.build_place[1], lang), "BUILD_COUNTRY"),
                (")", None),
            ]
        sentences.append([*built, (".", None)])
    if p.owner:
        address = p.owner_address
        sentences.append(
            [
                ("Pertenece a la empresa " if es else "Il appartient à la société ", None),
                (p.owner, "ASSOC_NAME"),
                (", con domicilio en " if es else ", dont le siège est situé ", None),
                (address.street, "ADDRESS"),
                (", ", None),
                (address.city, "CITY"),
                (" (", None),
                (country(address.country, lang), "COUNTRY_CODE"),
                (").", None),
            ]
        )
    sentences.append(
        [
            ("El " if es else "Le ", None),
            ("capitán" if es else "capitaine", "ASSOC_ROLE"),
            (" es D. " if es else " est M. ", None),
            (p.master, "ASSOC_NAME"),
            (" (nacionalidad: " if es else " (nationalité : ", None),
            (country(p.master_nationality, lang), "COUNTRY_CODE"),
            (").", None),
        ]
    )
    return sentences


def _catch_table(
    b: PageBuilder,
    rng: random.Random,
    lang: str,
    areas: tuple[str, ...],
    species: tuple[str, ...],
    sep: str,
) -> None:
    es = lang == "es"
    b.line("2. CAPTURAS OBSERVADAS" if es else "2. CAPTURES OBSERVÉES").newline()
    header = (
        ("Especie", "Código", "Zona FAO", "Captura (kg)", "Descartes (kg)")
        if es
        else ("Espèce", "Code", "Zone FAO", "Capture (kg)", "Rejets (kg)")
    )
    widths = (26, 8, 11, 15, 14)
    for title, width in zip(header, widths, strict=True):
        b.cell([(title, None)], width)
    b.newline()
    for code in rng.sample(species, min(len(species), rng.randint(2, 4))):
        name = _SPECIES[code][0 if es else 1]
        catch = thousands(rng.randint(300, 60_000), sep or " ")
        discards = str(rng.randint(0, 400))
        cells: list[list[Piece]] = [
            [(name, "SPECIES_NAME")],
            [(code, "SPECIES_NAME")],
            [(rng.choice(areas), "FAO_AREA_CODE")],
            [(catch, None)],
            [(discards, None)],
        ]
        for cell, width in zip(cells, widths, strict=True):
            b.cell(cell, width)
        b.newline()
