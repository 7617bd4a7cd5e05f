"""An official journal notice (Spanish Boletín / French Journal officiel) granting or withdrawing
fishing permits, with vessel particulars written inline in long paragraphs."""

from __future__ import annotations

import random
from datetime import date, timedelta

from oceanid_dev.demo.vessels import Vessel

from ._common import (
    Ident,
    decimal,
    eu_cfr,
    fao_for,
    flag_adjective,
    fmt_date,
    national_reg,
    pad,
    person,
    pick,
    rand_date,
    species_for,
    species_word,
    thousands,
)
from ._page import PageDraft

LAYOUT = "official_journal_permits"

_MASTHEADS = {
    "es": (
        ("NORMAS LEGALES", "Diario Oficial de la República", "Lima", "PRODUCE/DGPCHDI", "SPRFMO"),
        (
            "BOLETÍN OFICIAL",
            "Sección Primera - Legislación y Avisos Oficiales",
            "Buenos Aires",
            "SSPYA",
            "SPRFMO",
        ),
        ("REGISTRO OFICIAL", "Órgano del Gobierno", "Quito", "MPCEIP-SRP", "IATTC"),
    ),
    "fr": (
        (
            "JOURNAL OFFICIEL DE LA RÉPUBLIQUE DU SÉNÉGAL",
            "Ministère des Pêches et de l'Économie maritime",
            "Dakar",
            "MPEM/DPM",
            "ICCAT",
        ),
        (
            "JOURNAL OFFICIEL DE LA RÉPUBLIQUE DE GUINÉE",
            "Ministère de la Pêche et de l'Économie maritime",
            "Conakry",
            "MPEM/SG",
            "ICCAT",
        ),
        (
            "JOURNAL OFFICIEL DE LA RÉPUBLIQUE DE MADAGASCAR",
            "Ministère de la Pêche et de l'Économie bleue",
            "Antananarivo",
            "MPEB/SG",
            "IOTC",
        ),
    ),
}
_PREAMBLE = {
    "es": (
        "VISTOS: El escrito con registro Nº {n1}-{y} presentado por las empresas armadoras "
        "señaladas en la parte resolutiva, el Informe Técnico Nº {n2}-{y}-PRODUCE/DECHDI y el "
        "Informe Legal Nº {n3}-{y}; y,\nCONSIDERANDO:\nQue, el artículo 43 de la Ley General de "
        "Pesca, Decreto Ley Nº 25977, establece que para el desarrollo de las actividades "
        "pesqueras se requiere de permiso de pesca para la operación de embarcaciones pesqueras "
        "de mayor escala de bandera nacional o extranjera; Que, el Reglamento aprobado por Decreto "
        "Supremo Nº 016-2020-PRODUCE dispone que los armadores deben acreditar el pago del derecho "
        "de pesca, que asciende a US$ {amount} por embarcación; Que, de la evaluación efectuada se "
        "verifica que las solicitudes cumplen con los requisitos del procedimiento Nº 7 del TUPA;",
        "De conformidad con lo dispuesto en la Ley General de Pesca, su Reglamento y el "
        "Reglamento de Organización y Funciones del Ministerio;\nSE RESUELVE:",
    ),
    "fr": (
        "Le Ministre,\nVu la Constitution ;\nVu la loi n° 2015-18 du 13 juillet 2015 portant Code "
        "de la pêche maritime ;\nVu le décret n° 2016-1804 du 22 novembre 2016 portant application "
        "du Code de la pêche maritime ;\nVu les demandes de licence enregistrées sous les numéros "
        "{n1} et {n2} ;\nVu l'avis de la Commission consultative d'attribution des licences de "
        "pêche en sa séance du {meeting} ;\nConsidérant le paiement de la redevance de "
        "{amount} FCFA par navire ;",
        "Arrête :",
    ),
}
_CLOSE = {
    "es": (
        "Regístrese, comuníquese y publíquese.",
        "Director General de Pesca para Consumo Humano Directo e Indirecto",
    ),
    "fr": (
        "Le présent arrêté sera enregistré, publié et communiqué partout où besoin sera.",
        "Le Ministre de la Pêche",
    ),
}
_FILLERS = {
    "es": (
        "Artículo final.- La presente Resolución se publica en el portal institucional del "
        "Ministerio el mismo día de su publicación en el Diario Oficial. Los titulares de los "
        "permisos deben mantener operativo el equipo del Sistema de Seguimiento Satelital.",
        "Los armadores deberán embarcar a un observador a bordo cuando así lo disponga la "
        "autoridad, y presentar los partes de pesca dentro de las 48 horas del arribo a puerto.",
        "Las embarcaciones autorizadas no podrán operar dentro de las cinco millas marinas "
        "adyacentes a la costa ni en las zonas de reserva establecidas por la autoridad.",
    ),
    "fr": (
        "Article final. — Le Directeur des Pêches maritimes est chargé de l'exécution du présent "
        "arrêté qui sera publié au Journal officiel. Les navires autorisés doivent maintenir leur "
        "balise VMS en fonctionnement permanent.",
        "Les armateurs sont tenus d'embarquer un observateur à la demande de l'administration et "
        "de déclarer leurs captures à la sortie de la zone économique exclusive.",
        "Toute infraction aux conditions de la licence entraîne sa suspension, sans préjudice "
        "des sanctions prévues par le Code de la pêche maritime.",
    ),
}


def _grant(
    rng: random.Random, v: Ident, n: int, lang: str, rfmo: str, style: str, issued: date
) -> PageDraft:
    d = PageDraft()
    es = lang == "es"
    start = issued + timedelta(days=rng.randint(1, 30))
    end = start + timedelta(days=rng.choice((179, 364, 89)))
    licence = (
        f"PPE-{rng.randint(100, 999)}-{start.year}"
        if es
        else f"{rng.randint(1, 350):03d}/{start.year}/LP"
    )
    adjective = flag_adjective(v.flag, lang) if v.flag else None
    if es:
        d.add(f"Artículo {n}.- Otorgar ")
        if v.owner:
            d.add("a la empresa ").add(v.owner, "ASSOC_NAME").add(", en su calidad de ")
            d.add("armadora", "ASSOC_ROLE").add(", ")
        d.add("el ").add("permiso de pesca", "AUTH_TYPE").add(" Nº ").add(licence, "LICENSE_NO")
        d.add(" para operar la embarcación pesquera ")
        if adjective:
            d.add("de bandera ").add(adjective, "FLAG").add(" ")
        d.add("«").add(v.name, "VESSEL_NAME").add("»")
    else:
        d.add(f"Article {'1er' if n == 1 else n}. — Une ")
        d.add("licence de pêche", "AUTH_TYPE").add(" n° ").add(licence, "LICENSE_NO")
        d.add(" est attribuée au navire ").add(v.name, "VESSEL_NAME")
        if adjective:
            d.add(", battant pavillon ").add(adjective, "FLAG")
    if v.ircs:
        d.add(", con distintivo de llamada " if es else ", indicatif d'appel ")
        d.add(v.ircs, "IRCS")
    if v.imo:
        d.add(", número IMO " if es else ", numéro OMI ").add(v.imo, "IMO")
    if v.mmsi and rng.random() < 0.6:
        d.add(", MMSI ").add(v.mmsi, "MMSI")
    d.add(", matrícula " if es else ", immatriculé sous le numéro ")
    d.add(national_reg(rng, v), "NATIONAL_REG_NO")
    cfr = eu_cfr(rng, v)
    if cfr:
        d.add(", CFR ").add(cfr, "EU_CFR")
    if v.gt:
        if es:
            d.add(", de ").add(thousands(v.gt, "es"), "METRIC_VALUE").add(" de ")
            d.add("arqueo bruto", "METRIC_TYPE")
        else:
            d.add(", d'une ").add("jauge brute", "METRIC_TYPE").add(" de ")
            d.add(thousands(v.gt, "fr"), "METRIC_VALUE").add(" ").add("UMS", "METRIC_UNIT")
    if v.loa:
        if es:
            d.add(" y ").add(decimal(v.loa, "es"), "METRIC_VALUE").add(" ")
            d.add("m", "METRIC_UNIT").add(" de ").add("eslora", "METRIC_TYPE")
        else:
            d.add(" et d'une ").add("longueur hors tout", "METRIC_TYPE").add(" de ")
            d.add(decimal(v.loa, "fr"), "METRIC_VALUE").add(" ").add("m", "METRIC_UNIT")
    if not es and v.owner:
        d.add(", appartenant à la société ").add(v.owner, "ASSOC_NAME")
    codes = species_for(rng, v, rng.randint(1, 2))
    d.add(", para la extracción de los recursos " if es else ", pour la pêche ")
    for i, code in enumerate(codes):
        d.add(" y " if es and i else " et " if i else "")
        word = species_word(code, lang)
        d.add("" if es else "de l'" if word[0].lower() in "aeiouéè" else "du ")
        d.add(word.lower() if es else word[0].lower() + word[1:], "SPECIES_NAME").add(" (")
        d.add(code, "SPECIES_NAME").add(")")
    d.add(", en el área FAO " if es else ", dans la zone FAO ")
    d.add(fao_for(rng, rfmo)[0], "FAO_AREA_CODE")
    if es:
        d.add(", con vigencia desde el ").add(fmt_date(start, style, lang), "START_DATE")
        d.add(" hasta el ").add(fmt_date(end, style, lang), "END_DATE")
    else:
        d.add(". La licence est valable du ").add(fmt_date(start, style, lang), "START_DATE")
        d.add(" au ").add(fmt_date(end, style, lang), "END_DATE")
    d.add(".\n\n")
    return d


def _withdraw(rng: random.Random, v: Ident, n: int, lang: str, style: str) -> PageDraft:
    d = PageDraft()
    es = lang == "es"
    when = fmt_date(rand_date(rng, 2023, 2025), style, lang)
    earlier = f"{rng.randint(100, 999):05d}-{rng.randint(2019, 2023)}"
    if es:
        d.add(f"Artículo {n}.- Dejar sin efecto, a partir del {when}, el ")
        d.add("permiso de pesca", "AUTH_TYPE")
        d.add(
            f" otorgado mediante Resolución Directoral Nº {earlier}-PRODUCE/DGPCHDI a favor de "
            "la embarcación pesquera «"
        ).add(v.name, "VESSEL_NAME").add("»")
        if v.ircs:
            d.add(" (distintivo de llamada ").add(v.ircs, "IRCS").add(")")
        if v.owner:
            d.add(", de propiedad de ").add(v.owner, "ASSOC_NAME")
        d.add(", por no haber acreditado el pago del derecho de pesca dentro del plazo.\n\n")
    else:
        d.add(f"Article {n}. — La ").add("licence de pêche", "AUTH_TYPE")
        d.add(" n° ").add(f"{rng.randint(1, 350):03d}/{rng.randint(2022, 2024)}/LP", "LICENSE_NO")
        d.add(" délivrée au navire ").add(v.name, "VESSEL_NAME")
        if v.imo:
            d.add(" (OMI ").add(v.imo, "IMO").add(")")
        d.add(
            f" est retirée à compter du {when}, pour défaut de transmission des déclarations "
            "de captures.\n\n"
        )
    return d


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = rng.choice(("es", "fr"))
    es = lang == "es"
    title, subtitle, city, office, rfmo = rng.choice(_MASTHEADS[lang])
    style = rng.choice(("long", "long", "dmy"))
    chosen = pick(vessels, rng, rng.randint(2, 6))
    issued = rand_date(rng, 2023, 2025)
    number = f"{rng.randint(1, 999):05d}-{issued.year}-{office}"
    page_no = rng.randint(20, 140)

    def masthead(page: PageDraft, first: bool) -> None:
        nonlocal page_no
        page_no += 1
        page.line(
            f"{title}   {fmt_date(issued, 'long', lang)}   {'Pág.' if es else 'Page'} {page_no}"
        )
        if first:
            page.line(subtitle)
            page.nl()
            kind = "Resolución Directoral" if es else "Arrêté"
            verb = (
                "que otorga y deja sin efecto permisos de pesca"
                if es
                else "portant attribution et retrait de licences de pêche"
            )
            page.line(f"{kind} {'Nº' if es else 'n°'} {number} {verb}")
            page.line(f"{city}, {fmt_date(issued, 'long', lang)}")
        page.nl()

    blocks: list[PageDraft] = []
    preamble = PageDraft()
    text = _PREAMBLE[lang][0].format(
        n1=f"{rng.randint(1, 99999):08d}",
        n2=f"{rng.randint(1, 999):05d}",
        n3=f"{rng.randint(1, 999):05d}",
        y=issued.year,
        amount=thousands(str(rng.randint(20, 90) * 1000), lang) + (",00" if es else ""),
        meeting=fmt_date(issued - timedelta(days=rng.randint(5, 40)), "long", lang),
    )
    preamble.add(text + "\n" + _PREAMBLE[lang][1] + "\n\n")
    blocks.append(preamble)
    withdrawn = rng.randint(0, min(2, len(chosen) - 1))
    for n, v in enumerate(chosen, start=1):
        if n > len(chosen) - withdrawn:
            blocks.append(_withdraw(rng, v, n, lang, style))
        else:
            blocks.append(_grant(rng, v, n, lang, rfmo, style, issued))
    close = PageDraft()
    close.line(_CLOSE[lang][0]).nl().line(person(rng)).line(_CLOSE[lang][1])
    blocks.append(close)

    pages: list[PageDraft] = []
    page = PageDraft()
    masthead(page, True)
    for block in blocks:
        if len(page) + len(block) > 2850 and len(page) > 400:
            pages.append(page)
            page = PageDraft()
            masthead(page, False)
        page.extend(block)
    pages.append(page)
    for page in pages:
        pad(page, rng, _FILLERS[lang], 850)
    return pages[:3]
