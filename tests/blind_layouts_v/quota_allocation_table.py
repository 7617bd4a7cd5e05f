"""A fisheries ministry's table of catch quotas allocated by vessel (tonnes per species)."""

from __future__ import annotations

import random
from datetime import date

from oceanid_dev.demo.vessels import Vessel

from . import _common as c
from . import _vocab
from ._page import PageDraft, Piece

LAYOUT = "quota_allocation_table"

_BY_GEAR = {
    "DRIFTING_LONGLINES": ("BET", "YFT", "ALB", "SWO", "BSH"),
    "SET_LONGLINES": ("TOP", "SWO", "BET"),
    "SQUID_JIGGER": ("OFJ", "GIS", "SQA"),
    "TRAWLERS": ("CJM", "MAS", "TOP", "KRI"),
    "TUNA_PURSE_SEINES": ("SKJ", "YFT", "BET"),
    "POLE_AND_LINE": ("SKJ", "ALB"),
}
_BY_RFMO = {
    "IOTC": ("YFT", "BET", "SKJ", "ALB", "SWO", "BSH", "BLM", "MLS"),
    "WCPFC": ("BET", "YFT", "SKJ", "ALB", "SWO", "MLS"),
    "ICCAT": ("BFT", "BET", "YFT", "ALB", "SWO", "BSH", "SMA", "BUM", "WHM"),
    "SPRFMO": ("CJM", "GIS"),
    "NPFC": ("SAP", "OFJ", "MAS"),
    "CCAMLR": ("TOP", "TOA", "KRI"),
}
_AREAS = {
    "IOTC": ("51", "57", "51.5", "57.1"),
    "WCPFC": ("71", "61", "81", "77"),
    "ICCAT": ("34", "41", "47", "27", "34.1.1"),
    "SPRFMO": ("87", "81", "87.2.1", "87.1.2"),
    "NPFC": ("61", "67"),
    "CCAMLR": ("48.3", "58.5.2", "88.1", "58.4.3.a"),
}
_AUTH = {
    "en": ("Distant-water fishing licence", "High seas fishing authorisation", "Fishing licence"),
    "es": ("Licencia de pesca", "Autorización de pesca en alta mar", "Permiso de pesca"),
    "fr": ("Licence de pêche", "Autorisation de pêche en haute mer", "Permis de pêche"),
}
_NOTES = {
    "en": (
        "Notes: (1) Quantities are in tonnes live weight. (2) Transfers of quota between "
        "vessels of the same operator require prior approval and are published as amendments. "
        "(3) Any overrun is deducted from the following year's allocation.",
        "Catch reports must be submitted weekly through the electronic logbook. Vessels reaching "
        "80 % of an allocation shall notify the Directorate (tel. {tel}) within 24 hours.",
        "This allocation is made under the Fisheries Act and the conservation measures adopted "
        "by the Commission. Reserve tonnage is held by the Ministry and is not allocated.",
    ),
    "es": (
        "Notas: (1) Cantidades en toneladas de peso vivo. (2) Las transmisiones de cuota entre "
        "buques requieren autorización previa. (3) Los excesos se descontarán el año siguiente.",
        "Los buques que alcancen el 80 % de su cuota deberán comunicarlo a la Dirección General "
        "(tel. {tel}) en un plazo de 24 horas. La reserva de gestión no se asigna.",
        "La presente asignación se efectúa conforme a la Ley de Pesca Marítima y a las medidas "
        "de conservación de la Comisión.",
    ),
    "fr": (
        "Notes : (1) Quantités en tonnes poids vif. (2) Les transferts de quotas entre navires "
        "sont soumis à autorisation préalable. (3) Tout dépassement est imputé l'année suivante.",
        "Les navires atteignant 80 % de leur quota en informent la Direction (tél. {tel}) sous "
        "24 heures. La réserve de gestion n'est pas répartie.",
        "La présente répartition est arrêtée en application du code des pêches maritimes et des "
        "mesures de conservation de la Commission.",
    ),
}


def _tonnes(rng: random.Random, lang: str) -> str:
    value = f"{rng.randint(5, 2400)}.{rng.randint(0, 9)}"
    return value.replace(".", ",") if lang != "en" else value


_TITLES = {
    ("own", "en"): (
        "MINISTRY OF FISHERIES AND MARINE RESOURCES",
        "Directorate of Distant-Water Fisheries — Notice {res}",
        "INDIVIDUAL VESSEL CATCH LIMITS FOR {year} — ",
    ),
    ("own", "es"): (
        "MINISTERIO DE AGRICULTURA, PESCA Y ALIMENTACIÓN",
        "Resolución {res} de la Secretaría General de Pesca",
        "ASIGNACIÓN DE CUOTAS POR BUQUE — CAMPAÑA {year} — ",
    ),
    ("own", "fr"): (
        "MINISTÈRE DE LA MER — DIRECTION DES PÊCHES MARITIMES",
        "Arrêté n° {res} portant répartition des quotas",
        "RÉPARTITION DES QUOTAS PAR NAVIRE — ANNÉE {year} — ",
    ),
    ("foreign", "en"): (
        "MINISTRY OF FISHERIES AND THE BLUE ECONOMY",
        "Licensing Unit — Circular {res}",
        "FISHING OPPORTUNITIES OF LICENSED FOREIGN VESSELS, {year} — ",
    ),
    ("foreign", "es"): (
        "MINISTERIO DE LA PRODUCCIÓN — DIRECCIÓN DE PESCA DE ALTURA",
        "Resolución Directoral Nº {res}",
        "LÍMITES DE CAPTURA DE BUQUES EXTRANJEROS CON PERMISO — {year} — ",
    ),
    ("foreign", "fr"): (
        "MINISTÈRE DES PÊCHES ET DE L'ÉCONOMIE MARITIME",
        "Décision n° {res} du Directeur des pêches",
        "POSSIBILITÉS DE PÊCHE DES NAVIRES ÉTRANGERS SOUS LICENCE — {year} — ",
    ),
}


def _header(page: PageDraft, lang: str, mode: str, rfmo: str, year: int, part: int) -> None:
    res = f"{random.Random(f'{rfmo}{year}{mode}').randint(1, 99)}/{year - 1}"
    start, end = (
        c.fmt_date(date(year, 1, 1), "long", lang),
        c.fmt_date(date(year, 12, 31), "long", lang),
    )
    first, second, third = _TITLES[(mode, lang)]
    more = (
        {
            "en": f" (continued, sheet {part})",
            "es": f" (continuación, hoja {part})",
            "fr": f" (suite, feuille {part})",
        }[lang]
        if part > 1
        else ""
    )
    page.line(first)
    page.line(second.format(res=res))
    page.line(third.format(year=year), (rfmo, "RFMO_CODE"), more)
    words = {
        "en": ("Valid from ", " to "),
        "es": ("Vigencia: del ", " al "),
        "fr": ("Période : du ", " au "),
    }[lang]
    page.line(words[0], (start, "START_DATE"), words[1], (end, "END_DATE"))
    page.line("")


def _wide(
    page: PageDraft,
    fleet: list[c.Facts],
    rng: random.Random,
    lang: str,
    codes: tuple[str, ...],
    target: int,
    foreign: bool,
) -> None:
    head = {
        "en": ("Vessel", "Reg. No.", "Call sign", "Flag"),
        "es": ("Buque", "Matrícula", "Indicativo", "Bandera"),
        "fr": ("Navire", "Immatriculation", "Indicatif", "Pavillon"),
    }[lang]
    width = max(len(head[0]), *(len(f.name) for f in fleet)) + 1
    reg_w, call_w = len(head[1]) + 2, len(head[2]) + 2
    line = f"{head[0]:<{width}}" + (f"{head[3]:<9}" if foreign else "")
    line += f"{head[1]:<{reg_w}}{head[2]:<{call_w}}"
    page.line(line + "".join(f"{code:>7}" for code in codes) + f"{'Total (t)':>11}")
    page.line("=" * (len(line) + 7 * len(codes) + 11))
    for f in fleet:
        reg = c.national_reg(rng, f.flag)
        cells = [rng.randint(0, 1800) * (rng.random() < 0.85) for _ in codes]
        row: list[Piece] = [(f.name, "VESSEL_NAME"), " " * (width - len(f.name))]
        if foreign:
            row += [(f.flag, "FLAG") if f.flag else "-", " " * (9 - len(f.flag or "-"))]
        row += [(reg, "NATIONAL_REG_NO"), " " * max(1, reg_w - len(reg))]
        call = f.ircs or c.placeholder(rng, lang)
        row += [(f.ircs, "IRCS") if f.ircs else call, " " * max(1, call_w - len(call))]
        row += ["".join(f"{(str(v) if v else '-'):>7}" for v in cells), f"{sum(cells):>11}\n"]
        if len(page) > target or not page.fits(*row, reserve=500):
            break
        page.add(*row)
    reserve = rng.randint(50, 900)
    page.line(
        {
            "en": f"TOTAL: reserve {reserve} t not allocated",
            "es": f"TOTAL — reserva de gestión {reserve} t",
            "fr": f"TOTAL — réserve de gestion {reserve} t",
        }[lang]
    )


def _long(
    page: PageDraft,
    fleet: list[c.Facts],
    rng: random.Random,
    lang: str,
    rfmo: str,
    year: int,
    target: int,
    foreign: bool,
) -> None:
    words = {
        "en": ("Licence", "Species", "Area", "Quota (t)", "FAO area"),
        "es": ("Licencia", "Especie", "Zona", "Cuota (t)", "zona FAO"),
        "fr": ("Licence", "Espèce", "Zone", "Quota (t)", "zone FAO"),
    }[lang]
    index = {"en": 1, "es": 2, "fr": 3}[lang]
    by_code = {row[0]: row for row in c.species()}
    for number, f in enumerate(fleet, start=1):
        licence = f"{rfmo[:2]}{year % 100:02d}-{c.digits(rng, 4)}"
        row: list[Piece] = [f"{number}. ", (f.name, "VESSEL_NAME")]
        if f.ircs:
            row += [" (", (f.ircs, "IRCS"), ")"]
        elif f.imo:
            row += [" (IMO ", (f.imo, "IMO"), ")"]
        if foreign and f.flag:
            row += [" — ", (c.country(f.flag, lang, rng) or f.flag, "FLAG")]
        row += [f" — {words[0]} ", (licence, "LICENSE_NO")]
        if rng.random() < 0.4:
            row += [" (", (rng.choice(_AUTH[lang]), "AUTH_TYPE"), ")"]
        row += ["\n"]
        if f.owner and rng.random() < 0.5:
            role = {"en": "Operator", "es": "Armador", "fr": "Armateur"}[lang]
            row += ["   ", (role, "ASSOC_ROLE"), ": ", (f.owner, "ASSOC_NAME"), "\n"]
        allowed = _BY_RFMO[rfmo]
        codes = tuple(s for s in _BY_GEAR.get(f.gear or "", ()) if s in allowed) or allowed
        for code in rng.sample(codes, min(len(codes), rng.randint(1, 3))):
            sp = by_code[code]
            name = sp[index]
            area = rng.choice(_AREAS[rfmo])
            if rng.random() < 0.5:
                row += ["   ", (name, "SPECIES_NAME"), " (", (code, "SPECIES_NAME"), ")"]
                used = len(name) + len(code) + 3
            else:
                row += ["   ", (code, "SPECIES_NAME")]
                used = len(code)
            row += [
                " " * max(1, 34 - used),
                f"{words[4]} ",
                (area, "FAO_AREA_CODE"),
                " " * max(1, 10 - len(area)),
                f"{_tonnes(rng, lang):>9} t\n",
            ]
        if len(page) > target or not page.fits(*row, reserve=450):
            break
        page.add(*row)


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    foreign = rng.random() < 0.45
    if foreign:
        pool = vessels
        lang = rng.choices(["en", "es", "fr"], weights=[2, 3, 3])[0]
    else:
        flag, pool = c.pick_flag(vessels, rng)
        lang = "es" if flag in c.SPANISH_FLAGS else "fr" if flag in c.FRENCH_FLAGS else "en"
    pool = [v for v in pool if v.gear != "CARRIER"] or pool
    mode = "foreign" if foreign else "own"
    rfmo = rng.choice(sorted(_AREAS))
    year = rng.randint(2024, 2026)
    wide = rng.random() < 0.4
    pages: list[PageDraft] = []
    n_pages = rng.choice([1, 2, 2, 3])
    notes = [n.format(tel=c.phone(rng)) for n in _NOTES[lang]]
    for part in range(1, n_pages + 1):
        page = PageDraft()
        _header(page, lang, mode, rfmo, year, part)
        fleet = c.pick(pool, rng, min(len(pool), rng.randint(4, 12)))
        target = rng.randint(1200, 2300)
        if wide:
            species = _BY_RFMO[rfmo]
            codes = tuple(rng.sample(species, min(len(species), rng.randint(3, 5))))
            _wide(page, fleet, rng, lang, codes, target, foreign)
        else:
            _long(page, fleet, rng, lang, rfmo, year, target, foreign)
        page.line("")
        if part == n_pages:
            signer = rng.choice(_vocab.PEOPLE)
            page.line(
                {
                    "en": f"{signer}, Director of Fisheries",
                    "es": f"{signer}, Director General de Pesca",
                    "fr": f"{signer}, Directeur des pêches maritimes",
                }[lang]
            )
            if page.fits(notes[0]):
                page.line(notes[0])
        c.pad(page, rng, notes[1:] if part == n_pages else notes, 850)
        pages.append(page)
    return pages
