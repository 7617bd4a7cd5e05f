"""A fisheries authority's notice exempting named vessels from a closed season or closed area:
legal preamble, conditions, validity, then a schedule of the vessels (en / es / fr)."""

from __future__ import annotations

import datetime as dt
import random

from oceanid_dev.demo.vessels import Vessel

from ._common import (
    Ident,
    Species,
    close_with,
    eu_cfr,
    fao_codes,
    fill_to,
    flag_text,
    flow,
    fmt_date,
    footer,
    national_reg,
    owner_of,
    pick,
    placeholder,
    position,
    species,
)
from ._page import PageDraft
from ._vocab import AREA_RFMO

LAYOUT = "closure_exemption_notice"

AUTHORITIES = {
    "en": (
        "MINISTRY OF FISHERIES AND BLUE ECONOMY\nFisheries Management Division",
        "OCEAN FISHERIES AUTHORITY\nOffice of the Director-General",
        "DEPARTMENT OF MARINE RESOURCES\nLicensing and Compliance Section",
    ),
    "es": (
        "MINISTERIO DE AGRICULTURA, PESCA Y ALIMENTACIÓN\nSecretaría General de Pesca",
        "DIRECCIÓN NACIONAL DE RECURSOS ACUÁTICOS\nDivisión Industria Pesquera",
        "SUBSECRETARÍA DE PESCA Y ACUICULTURA\nDepartamento de Pesquerías",
    ),
    "fr": (
        "PRÉFECTURE DE LA RÉGION\nDirection interrégionale de la mer",
        "MINISTÈRE DE LA MER ET DE LA PÊCHE\nDirection des pêches maritimes",
        "DIRECTION DE LA MER SUD OCÉAN INDIEN\nService des affaires maritimes",
    ),
}
AUTH_TYPES = {
    "en": ("longline fishing licence", "high seas fishing authorisation", "fishing licence"),
    "es": ("licencia de pesca", "permiso especial de pesca", "autorización de pesca"),
    "fr": ("licence de pêche", "autorisation de pêche", "permis de pêche spécial"),
}
PURPOSES = {
    "en": (
        "a scientific survey of juvenile abundance",
        "an exploratory fishing programme",
        "the completion of trips started before the closure",
    ),
    "es": (
        "una campaña científica de evaluación del recurso",
        "una pesca experimental",
        "la finalización de mareas iniciadas antes de la veda",
    ),
    "fr": (
        "une campagne scientifique d'évaluation",
        "une pêche exploratoire",
        "l'achèvement des marées commencées avant la fermeture",
    ),
}


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = rng.choice(("en", "en", "es", "fr"))
    area, rfmo, codes = rng.choice(AREA_RFMO)
    fish = rng.choice([s for s in species() if s.code in codes] or list(species()))
    idents = pick(vessels, rng, rng.randint(3, 16))
    year = rng.randint(2023, 2026)
    close_from = dt.date(year, rng.randint(1, 6), 1)
    close_to = close_from + dt.timedelta(days=rng.randint(45, 120))
    start = close_from + dt.timedelta(days=rng.randint(0, 10))
    end = close_to - dt.timedelta(days=rng.randint(0, 10))
    number = f"{rng.randint(1, 60)}/{year}"
    ref = rng.choice(("FMD/EX/", "SGP/VED/", "DIRM/DER/")) + f"{year}-{rng.randint(10, 999):03d}"
    date_style = rng.choice(("long", "long", "dmy"))
    auth_type = rng.choice(AUTH_TYPES[lang])

    page = PageDraft()
    page.line(rng.choice(AUTHORITIES[lang])).nl()
    if lang == "en":
        _preamble_en(
            page,
            rng,
            number,
            fish,
            area,
            rfmo,
            close_from,
            close_to,
            start,
            end,
            date_style,
            auth_type,
        )
    elif lang == "es":
        _preamble_es(
            page,
            rng,
            number,
            fish,
            area,
            rfmo,
            close_from,
            close_to,
            start,
            end,
            date_style,
            auth_type,
        )
    else:
        _preamble_fr(
            page,
            rng,
            number,
            fish,
            area,
            rfmo,
            close_from,
            close_to,
            start,
            end,
            date_style,
            auth_type,
        )
    pages = [page]
    style = rng.choice(("pipe", "fixed", "prose"))
    heading = {
        "en": "SCHEDULE - VESSELS EXEMPTED",
        "es": "ANEXO - RELACIÓN DE BUQUES EXCEPTUADOS",
        "fr": "ANNEXE - LISTE DES NAVIRES BÉNÉFICIAIRES",
    }[lang]

    def new_page() -> PageDraft:
        fresh = PageDraft()
        fresh.line(f"{heading} (cont.)").nl()
        fresh.add(_header(lang, style))
        return fresh

    if len(page) > 1700:
        pages.append(PageDraft())
    pages[-1].nl().line(heading).nl().add(_header(lang, style))
    rows = [_row(i, idents[i - 1], lang, style, rng, auth_type) for i in range(1, len(idents) + 1)]
    flow(pages, rows, new_page)
    closing = PageDraft()
    _closing(closing, lang, rng, start)
    close_with(pages, closing, lambda: PageDraft())
    for p in pages:
        fill_to(p, lang, rng)
    return footer(pages, lang, ref)


def _date(page: PageDraft, day: dt.date, style: str, lang: str, label: str | None) -> None:
    page.val(fmt_date(day, style, lang), label)


def _species(page: PageDraft, fish_name: str, code: str) -> None:
    page.val(fish_name, "SPECIES_NAME").add(" (").val(code, "SPECIES_NAME").add(")")


def _area(page: PageDraft, area: str, rng: random.Random) -> None:
    subs = [c for c in fao_codes() if c.startswith(area + ".") and c.count(".") == 1]
    page.val(rng.choice(subs) if subs and rng.random() < 0.4 else area, "FAO_AREA_CODE")


def _preamble_en(
    page: PageDraft,
    rng: random.Random,
    number: str,
    fish: Species,
    area: str,
    rfmo: str,
    close_from: dt.date,
    close_to: dt.date,
    start: dt.date,
    end: dt.date,
    style: str,
    auth_type: str,
) -> None:
    page.line(f"FISHERIES NOTICE No. {number}")
    page.add("EXEMPTION FROM THE SEASONAL CLOSURE OF THE ").add(fish.en.upper()).line(" FISHERY")
    page.line(
        f"(made under section {rng.randint(5, 40)}({rng.randint(1, 4)}) of the Fisheries Act)"
    ).nl()
    page.add("1. The closed season for ")
    _species(page, fish.en, fish.code)
    page.add(" in FAO Area ")
    _area(page, area, rng)
    page.add(" runs from ")
    _date(page, close_from, style, "en", None)
    page.add(" to ")
    _date(page, close_to, style, "en", None)
    page.add(
        f" inclusive, within the area bounded by {position(rng)}, {position(rng)} and "
        f"{position(rng)}.\n"
    )
    page.add("2. Having regard to the advice of the ").val(rfmo, "RFMO_CODE")
    page.add(
        " Scientific Committee, the Director-General exempts the vessels listed in the "
        f"Schedule from the closure for {rng.choice(PURPOSES['en'])}.\n"
    )
    page.add("3. This exemption is valid from ")
    _date(page, start, style, "en", "START_DATE")
    page.add(" to ")
    _date(page, end, style, "en", "END_DATE")
    page.line(" and is subject to the following conditions:")
    page.add("   (a) the vessel holds a valid ").val(auth_type, "AUTH_TYPE").line(";")
    page.line(
        f"   (b) the VMS unit reports at intervals of not more than {rng.choice((1, 2, 4))} "
        "hour(s);"
    )
    page.line(
        f"   (c) retained catch of the closed species does not exceed {rng.randint(2, 40)} "
        "tonnes per trip;"
    )
    page.line(
        f"   (d) entry into and exit from the area are reported to the FMC on "
        f"+{rng.randint(200, 699)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}."
    )
    page.line(
        "4. Failure to comply with any condition entails the immediate withdrawal of the exemption."
    )


def _preamble_es(
    page: PageDraft,
    rng: random.Random,
    number: str,
    fish: Species,
    area: str,
    rfmo: str,
    close_from: dt.date,
    close_to: dt.date,
    start: dt.date,
    end: dt.date,
    style: str,
    auth_type: str,
) -> None:
    page.line(f"RESOLUCIÓN N.º {number}")
    page.add("por la que se exceptúa de la veda temporal de ")
    _species(page, fish.es.lower(), fish.code)
    page.add(" en la zona FAO ")
    _area(page, area, rng)
    page.line(" a los buques que se relacionan en el anexo.").nl()
    page.add("Primero. La veda establecida se extiende del ")
    _date(page, close_from, style, "es", None)
    page.add(" al ")
    _date(page, close_to, style, "es", None)
    page.add(f", en el área delimitada por las coordenadas {position(rng)} y {position(rng)}.\n")
    page.add("Segundo. Conforme a las recomendaciones de ").val(rfmo, "RFMO_CODE")
    page.add(f", se autoriza a los buques del anexo a faenar para {rng.choice(PURPOSES['es'])}.\n")
    page.add("Tercero. Vigencia: desde el ")
    _date(page, start, style, "es", "START_DATE")
    page.add(" hasta el ")
    _date(page, end, style, "es", "END_DATE")
    page.line(", ambos inclusive.")
    page.add("Cuarto. Condiciones: los buques deberán disponer de ")
    page.val(auth_type, "AUTH_TYPE")
    page.add(
        f" en vigor, llevar observador a bordo y no superar {rng.randint(2, 40)} toneladas "
        "de capturas por marea. Teléfono del Centro de Seguimiento: "
        f"+34 91 {rng.randint(300, 399)} {rng.randint(10, 99)} {rng.randint(10, 99)}.\n"
    )
    page.line(
        "Quinto. El incumplimiento de estas condiciones dará lugar a la revocación "
        "inmediata de la excepción."
    )


def _preamble_fr(
    page: PageDraft,
    rng: random.Random,
    number: str,
    fish: Species,
    area: str,
    rfmo: str,
    close_from: dt.date,
    close_to: dt.date,
    start: dt.date,
    end: dt.date,
    style: str,
    auth_type: str,
) -> None:
    page.line(f"ARRÊTÉ n° {number}")
    page.add("portant dérogation à la fermeture de la pêche (espèce : ")
    _species(page, fish.fr.lower(), fish.code)
    page.add(") dans la zone FAO ")
    _area(page, area, rng)
    page.line("").nl()
    page.add("Article 1er - La pêche est interdite du ")
    _date(page, close_from, style, "fr", None)
    page.add(" au ")
    _date(page, close_to, style, "fr", None)
    page.add(f" dans le secteur compris entre {position(rng)} et {position(rng)}.\n")
    page.add("Article 2 - Vu l'avis du comité scientifique (").val(rfmo, "RFMO_CODE")
    page.add(
        "), les navires figurant en annexe sont autorisés à pêcher pour "
        f"{rng.choice(PURPOSES['fr'])}.\n"
    )
    page.add("Article 3 - La présente dérogation est valable du ")
    _date(page, start, style, "fr", "START_DATE")
    page.add(" au ")
    _date(page, end, style, "fr", "END_DATE")
    page.line(" inclus.")
    page.add("Article 4 - Chaque navire doit détenir en cours de validité le titre suivant : ")
    page.val(auth_type, "AUTH_TYPE")
    page.add(
        f", et déclarer ses captures quotidiennement au CROSS "
        f"(tél. 02 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} "
        f"{rng.randint(10, 99)}).\n"
    )
    page.line(
        "Article 5 - Le non-respect de ces conditions entraîne le retrait immédiat de la "
        "dérogation."
    )


COLUMNS = {
    "en": ("No", "Vessel name", "Flag", "IMO No.", "Call sign", "Reg. No.", "Owner"),
    "es": ("N.º", "Buque", "Bandera", "OMI", "Distintivo", "Matrícula", "Armador"),
    "fr": ("N°", "Navire", "Pavillon", "N° OMI", "Indicatif", "Immatriculation", "Armateur"),
}
WIDTHS = (4, 24, 14, 10, 11, 17, 0)


def _header(lang: str, style: str) -> str:
    cols = COLUMNS[lang]
    if style == "pipe":
        return "| " + " | ".join(cols) + " |\n|" + "---|" * len(cols) + "\n"
    if style == "fixed":
        return "".join(c.ljust(w) if w else c for c, w in zip(cols, WIDTHS, strict=True)) + "\n"
    return ""


def _row(
    number: int, ident: Ident, lang: str, style: str, rng: random.Random, auth_type: str
) -> PageDraft:
    row = PageDraft()
    flag = ident.flag
    cells: list[tuple[str, str | None]] = [
        (str(number), None),
        (ident.name, "VESSEL_NAME"),
        ((flag_text(flag, lang, rng), "FLAG") if flag else (placeholder(lang, rng), None)),
        ((ident.imo, "IMO") if ident.imo else (placeholder(lang, rng), None)),
        ((ident.ircs, "IRCS") if ident.ircs else (placeholder(lang, rng), None)),
    ]
    cfr = eu_cfr(ident)
    if cfr and rng.random() < 0.6:
        cells.append((cfr, "EU_CFR"))
    elif flag and rng.random() < 0.75:
        cells.append((national_reg(ident), "NATIONAL_REG_NO"))
    else:
        cells.append((placeholder(lang, rng), None))
    cells.append((owner_of(ident), "ASSOC_NAME"))
    if style == "pipe":
        row.add("| ")
        for i, (value, label) in enumerate(cells):
            row.val(value, label).add(" |" if i == len(cells) - 1 else " | ")
        return row.nl()
    if style == "fixed":
        for (value, label), width in zip(cells, WIDTHS, strict=True):
            if width:
                row.cell(value, label, width)
            else:
                row.val(value, label)
        return row.nl()
    # prose: one numbered paragraph per vessel
    words = {
        "en": (" (flag: ", "), IMO ", ", call sign ", ", registration ", "; owner: "),
        "es": (" (bandera: ", "), OMI ", ", distintivo ", ", matrícula ", "; armador: "),
        "fr": (" (pavillon : ", "), OMI ", ", indicatif ", ", immatriculation ", " ; armateur : "),
    }[lang]
    row.add(f"{number}. ")
    row.val(cells[1][0], "VESSEL_NAME")
    wrap = rng.randint(2, 4) if rng.random() < 0.5 else -1  # a wrapped line, as printed
    for position_, (word, (value, label)) in enumerate(zip(words, cells[2:], strict=True)):
        if position_ == wrap:
            word = word.rstrip() + "\n    "
        row.add(word).val(value, label)
    return row.line(".")


def _closing(page: PageDraft, lang: str, rng: random.Random, start: dt.date) -> None:
    signed = start - dt.timedelta(days=rng.randint(3, 20))
    place = rng.choice(
        {
            "en": ("Victoria", "Port Louis", "Honiara"),
            "es": ("Madrid", "Montevideo"),
            "fr": ("Brest", "Saint-Denis", "Nouméa"),
        }[lang]
    )
    if lang == "en":
        page.nl().line(f"Dated at {place} on {fmt_date(signed, 'long', 'en')}.")
        page.line("[signature]").line("Director-General of Fisheries")
        page.line(
            f"Enquiries: licensing unit, tel. +{rng.randint(200, 699)} "
            f"{rng.randint(1000000, 9999999)}, ref. quoted above."
        )
    elif lang == "es":
        page.nl().line(f"{place}, {fmt_date(signed, 'long', 'es')}.")
        page.line("EL SECRETARIO GENERAL DE PESCA").line("[firma ilegible]")
        page.line("Contra la presente resolución cabe recurso de alzada en el plazo de un mes.")
    else:
        page.nl().line(f"Fait à {place}, le {fmt_date(signed, 'long', 'fr')}.")
        page.line("Pour le préfet et par délégation,").line("[signature et cachet]")
        page.line("Le présent arrêté peut faire l'objet d'un recours dans un délai de deux mois.")
