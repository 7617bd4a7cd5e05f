"""A sworn translation of a foreign certificate of registry / nationality: the translator's
heading, the certificate's fields with [stamp], [illegible] and translator's notes, and the
translator's certification (into en / es / fr)."""

from __future__ import annotations

import datetime as dt
import random

from oceanid_dev.demo.vessels import Vessel

from ._common import (
    Ident,
    country,
    fill_to,
    flag_text,
    fmt_date,
    former_ids,
    gt_value,
    home_port,
    loa_value,
    national_reg,
    owner_of,
    pick,
    rand_date,
    stable,
    year_value,
)
from ._page import PageDraft
from ._vocab import ADDRESSES, SHIPYARDS, TRANSLATORS

LAYOUT = "sworn_registry_translation"

SOURCE_LANG = {
    "CHN": "Chinese",
    "TWN": "Chinese",
    "JPN": "Japanese",
    "KOR": "Korean",
    "RUS": "Russian",
    "ESP": "Spanish",
    "PAN": "Spanish",
    "IDN": "Indonesian",
}
LANG_NAMES = {
    "Chinese": ("Chinese", "chino", "chinois"),
    "Japanese": ("Japanese", "japonés", "japonais"),
    "Korean": ("Korean", "coreano", "coréen"),
    "Russian": ("Russian", "ruso", "russe"),
    "Spanish": ("Spanish", "español", "espagnol"),
    "Indonesian": ("Indonesian", "indonesio", "indonésien"),
    "English": ("English", "inglés", "anglais"),
}
FIELDS = {
    "en": (
        "Name of vessel",
        "Former name",
        "Port of registry",
        "Call sign",
        "IMO number",
        "MMSI",
        "Registration No.",
        "Hull material",
        "Place of build",
        "Year of build",
        "Owner",
        "Owner's address",
        "Date of registration",
        "Valid until",
        "Previous registry",
    ),
    "es": (
        "Nombre del buque",
        "Nombre anterior",
        "Puerto de matrícula",
        "Distintivo de llamada",
        "Número OMI",
        "MMSI",
        "Número de registro",
        "Material del casco",
        "Lugar de construcción",
        "Año de construcción",
        "Propietario",
        "Domicilio del propietario",
        "Fecha de inscripción",
        "Válido hasta",
        "Registro anterior",
    ),
    "fr": (
        "Nom du navire",
        "Ancien nom",
        "Port d'immatriculation",
        "Indicatif d'appel",
        "Numéro OMI",
        "MMSI",
        "N° d'immatriculation",
        "Matériau de la coque",
        "Lieu de construction",
        "Année de construction",
        "Propriétaire",
        "Adresse du propriétaire",
        "Date d'immatriculation",
        "Valable jusqu'au",
        "Registre précédent",
    ),
}
METRICS = {
    "en": (
        "Length overall",
        "Breadth",
        "Depth",
        "Gross tonnage",
        "Net tonnage",
        "Main engine power",
    ),
    "es": (
        "Eslora total",
        "Manga",
        "Puntal",
        "Arqueo bruto",
        "Arqueo neto",
        "Potencia del motor principal",
    ),
    "fr": (
        "Longueur hors tout",
        "Largeur",
        "Creux",
        "Jauge brute",
        "Jauge nette",
        "Puissance du moteur principal",
    ),
}
INITIALS = {"en": "initials", "es": "rúbrica", "fr": "paraphe"}
ILLEGIBLE = {"en": "[illegible]", "es": "[ilegible]", "fr": "[illisible]"}


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    (vessel,) = pick(vessels, rng, 1)
    source = SOURCE_LANG.get(vessel.flag or "", "English")
    target = rng.choice(
        [
            t
            for t in ("en", "es", "fr")
            if not (t == "en" and source == "English") and not (t == "es" and source == "Spanish")
        ]
    )
    i = {"en": 0, "es": 1, "fr": 2}[target]
    translator = rng.choice(TRANSLATORS)
    number = f"{rng.randint(2022, 2026)}/{rng.randint(1, 999):04d}"
    page = PageDraft()
    _heading(page, target, rng, translator, number, LANG_NAMES[source][i])
    first_part, rest = PageDraft(), PageDraft()
    _certificate(first_part, rest, target, rng, vessel, source)
    pages = [page]
    page.extend(first_part)
    if page.room(len(rest), 2750) and rng.random() < 0.6:
        page.extend(rest)
    else:
        pages.append(rest)
    closing = PageDraft()
    _certification(closing, target, rng, translator, number)
    if pages[-1].room(len(closing), 2850):
        pages[-1].extend(closing)
    else:
        pages.append(closing)
    for p in pages:
        fill_to(p, target, rng)
    word = {"en": "Sworn translation", "es": "Traducción jurada", "fr": "Traduction"}[target]
    for n, p in enumerate(pages, 1):
        p.nl().line(f"{word} {number} - {n}/{len(pages)}   [{INITIALS[target]}]")
    return pages


def _heading(
    page: PageDraft, lang: str, rng: random.Random, translator: str, number: str, source: str
) -> None:
    if lang == "en":
        page.line(f"SWORN TRANSLATION No. {number}")
        page.line(f"From {source} into English").nl()
        page.line(
            f"I, {translator}, translator and interpreter sworn before the High Court, "
            f"hereby certify that the following is a true and complete translation of the "
            f"attached document written in {source}."
        )
    elif lang == "es":
        page.line(f"TRADUCCIÓN JURADA N.º {number}")
        page.line(f"Del {source} al español").nl()
        page.line(
            f"{translator}, Traductor/a-Intérprete Jurado/a nombrado/a por el Ministerio de "
            "Asuntos Exteriores, Unión Europea y Cooperación, traduce a continuación el "
            f"documento adjunto, redactado en {source}."
        )
    else:
        page.line(f"TRADUCTION CERTIFIÉE CONFORME N° {number}")
        page.line(f"Traduit du {source} vers le français").nl()
        page.line(
            f"Je soussigné(e), {translator}, traducteur expert près la Cour d'appel de "
            f"{rng.choice(('Rennes', 'Paris', 'Bordeaux', 'Aix-en-Provence'))}, certifie "
            f"que la traduction ci-après est conforme à l'original rédigé en {source}."
        )
    page.nl().line({"en": "[Coat of arms]", "es": "[Escudo]", "fr": "[Armoiries]"}[lang])


def _certificate(
    page: PageDraft, rest: PageDraft, lang: str, rng: random.Random, vessel: Ident, source: str
) -> None:
    """The certificate's identity fields on `page`, the rest (particulars onward) on `rest`."""
    f = FIELDS[lang]
    flag = vessel.flag
    state = country(flag, lang) or (flag or "")
    title = {
        "en": "CERTIFICATE OF NATIONALITY OF FISHING VESSEL",
        "es": "CERTIFICADO DE NACIONALIDAD DE BUQUE PESQUERO",
        "fr": "CERTIFICAT DE NATIONALITÉ DE NAVIRE DE PÊCHE",
    }[lang]
    if flag:
        page.val(state.upper(), "FLAG").nl()
    page.line(title)
    if source != "English":
        page.line(
            {
                "en": "[T.N.: title in the original language; bilingual English heading "
                "also printed]",
                "es": "[N. de la T.: título en la lengua original; encabezado bilingüe en inglés]",
                "fr": "[N.d.T. : titre en langue originale ; en-tête bilingue en anglais]",
            }[lang]
        )
    page.line(
        f"{({'en': 'Certificate No.', 'es': 'Certificado n.º'}).get(lang, 'Certificat n°')}: "
        f"({rng.randint(2015, 2025)}) {rng.choice(('FT', 'ZJ', 'SD', 'KH'))}-"
        f"{rng.randint(100000, 999999)}"
    ).nl()
    width = 30

    def key(text: str) -> None:
        page.add((text + ":").ljust(width))

    def maybe(value: str | None, label: str) -> None:
        if value and rng.random() < 0.93:
            page.val(value, label)
        elif value:
            page.add(ILLEGIBLE[lang])
        else:
            page.add({"en": "---", "es": "---", "fr": "---"}[lang])
        page.nl()

    key(f[0])
    page.val(vessel.name, "VESSEL_NAME").nl()
    if vessel.vessel.former_name:
        key(f[1])
        page.val(vessel.vessel.former_name, "NAME_CHANGE").nl()
    port, _ = home_port(vessel)
    key(f[2])
    maybe(port or None, "HOME_PORT")
    key(f[3])
    maybe(vessel.ircs, "IRCS")
    key(f[4])
    maybe(vessel.imo, "IMO")
    if vessel.mmsi:
        key(f[5])
        maybe(vessel.mmsi, "MMSI")
    key(f[6])
    maybe(national_reg(vessel) if flag else None, "NATIONAL_REG_NO")
    page = rest
    key(f[7])
    page.line({"en": "Steel", "es": "Acero", "fr": "Acier"}[lang])
    loa = float(loa_value(vessel))
    srng = stable(vessel, "dims")
    values = (
        (loa_value(vessel), "m"),
        (f"{loa * srng.uniform(0.15, 0.19):.2f}", "m"),
        (f"{loa * srng.uniform(0.07, 0.10):.2f}", "m"),
        (gt_value(vessel), ""),
        (
            str(max(1, int(int(gt_value(vessel)) * srng.uniform(0.28, 0.34))))
            if gt_value(vessel).isdigit()
            else "",
            "",
        ),
        (str(srng.choice((441, 735, 1100, 1765, 2206, 2960))), "kW"),
    )
    for name, (value, unit) in zip(METRICS[lang], values, strict=True):
        if not value:
            continue
        page.val(name, "METRIC_TYPE").add(":" + " " * max(1, width - len(name) - 1))
        page.val(value, "METRIC_VALUE")
        if unit:
            page.add(" ").val(unit, "METRIC_UNIT")
        page.nl()
    if rng.random() < 0.3:
        page.line(
            {
                "en": "[T.N.: tonnages are given without unit in the original]",
                "es": "[N. de la T.: los arqueos figuran sin unidad en el original]",
                "fr": "[N.d.T. : les jauges figurent sans unité dans l'original]",
            }[lang]
        )
    yard_rng = stable(vessel, "yard")
    local = [y for y in SHIPYARDS if y[1] == flag]
    yard, yard_country = yard_rng.choice(
        local if local and yard_rng.random() < 0.8 else list(SHIPYARDS)
    )
    key(f[8])
    page.val(yard, "BUILDER_LOCATION").add(", ")
    page.val(country(yard_country, lang) or yard_country, "BUILD_COUNTRY").nl()
    key(f[9])
    page.val(year_value(vessel), "BUILD_YEAR").nl()
    key(f[10])
    page.val(owner_of(vessel), "ASSOC_NAME").nl()
    street, city, state_name, addr_country = rng.choice(
        [a for a in ADDRESSES if a[3] == flag] or list(ADDRESSES)
    )
    key(f[11])
    page.val(street, "ADDRESS").add(", ").val(city, "CITY")
    if state_name:
        page.add(", ").val(state_name, "STATE")
    page.add(", ").val(country(addr_country, lang) or addr_country, "COUNTRY_CODE").nl()
    registered = rand_date(rng, 2012, 2025)
    until = registered.replace(year=registered.year + 5) - dt.timedelta(days=1)
    style = rng.choice(("long", "dmy", "iso"))
    key(f[12])
    page.val(fmt_date(registered, style, lang), "START_DATE").nl()
    key(f[13])
    page.val(fmt_date(until, style, lang), "END_DATE").nl()
    if rng.random() < 0.35:
        former = former_ids(rng, flag)
        key(f[14])
        page.val(flag_text(former.flag, lang, rng), "FLAG_CHANGE")
        if former.call_sign:
            page.add(
                {
                    "en": ", former call sign ",
                    "es": ", distintivo anterior ",
                    "fr": ", ancien indicatif ",
                }[lang]
            ).val(former.call_sign, "ID_CHANGE")
        page.nl()
    page.nl().line(
        {
            "en": "[stamp: Registration Authority - official seal, partly illegible]",
            "es": "[sello: Autoridad de Registro - sello oficial, parcialmente ilegible]",
            "fr": "[cachet : Autorité d'immatriculation - sceau officiel, partiellement illisible]",
        }[lang]
    )
    page.line(
        {
            "en": "Registrar: [illegible signature]",
            "es": "El Registrador: [firma ilegible]",
            "fr": "Le conservateur : [signature illisible]",
        }[lang]
    )


def _certification(
    page: PageDraft, lang: str, rng: random.Random, translator: str, number: str
) -> None:
    day = rand_date(rng, 2024, 2026)
    reg = rng.randint(1000, 9999)
    tel = (
        f"+{rng.choice((34, 33, 44))} {rng.randint(600, 699)} {rng.randint(100, 999)} "
        f"{rng.randint(100, 999)}"
    )
    page.nl()
    if lang == "en":
        page.line(
            f"I certify that the above is a true and accurate translation of the original "
            f"document. London, {fmt_date(day, 'long', 'en')}."
        )
        page.line(f"{translator}, Sworn Translator, membership No. {reg}. Tel. {tel}.")
        page.line("[seal of the translator]")
    elif lang == "es":
        page.line(
            f"Doy fe de que la que antecede es traducción fiel y completa al español de un "
            f"documento redactado en otra lengua. En Madrid, a "
            f"{fmt_date(day, 'long', 'es')}."
        )
        page.line(f"{translator}, Traductor/a-Intérprete Jurado/a N.º {reg}. Tel. {tel}.")
        page.line("[sello del traductor jurado]")
    else:
        page.line(
            f"Certifié conforme à l'original. Fait à Rennes, le "
            f"{fmt_date(day, 'long', 'fr')}, sous le n° {number} de mon répertoire."
        )
        page.line(f"{translator}, traducteur expert, n° {reg}. Tél. {tel}.")
        page.line("[cachet du traducteur]")
