"""A flag State's press release announcing sanctions on its own vessels (prose, list at end)."""

from __future__ import annotations

import random
from datetime import date, timedelta

from oceanid_dev.demo.vessels import Vessel

from . import _common as c
from . import _vocab
from ._page import PageDraft, Piece

LAYOUT = "flag_sanctions_press_release"

_AGENCIES = {
    "TWN": "Fisheries Agency, Council of Agriculture",
    "CHN": "Bureau of Fisheries, Ministry of Agriculture and Rural Affairs",
    "JPN": "Fisheries Agency of Japan",
    "KOR": "Ministry of Oceans and Fisheries",
    "RUS": "Federal Agency for Fisheries",
    "ESP": "Secretaría General de Pesca",
    "PAN": "Autoridad de los Recursos Acuáticos de Panamá",
    "VUT": "Département des Pêches de Vanuatu",
}

_OFFENCES = {
    "en": (
        "fishing without a valid licence on the high seas",
        "failure to transmit VMS positions",
        "unauthorised transhipment at sea",
        "misreporting of catch in the logbook",
        "retaining shark fins not naturally attached",
        "fishing in a closed area",
    ),
    "es": (
        "pesca sin licencia en alta mar",
        "falta de transmisión de posiciones VMS",
        "transbordo no autorizado en el mar",
        "declaración inexacta de capturas",
        "retención de aletas de tiburón",
        "pesca en zona de veda",
    ),
    "fr": (
        "pêche sans licence en haute mer",
        "défaut de transmission VMS",
        "transbordement non autorisé en mer",
        "fausse déclaration de captures",
        "conservation d'ailerons de requins",
        "pêche en zone fermée",
    ),
}
_SANCTIONS = {
    "en": (
        "licence suspended for {n} months",
        "fine of {cur} {amt}",
        "licence revoked",
        "fine of {cur} {amt} and licence suspended for {n} months",
        "master's certificate suspended {n} months",
    ),
    "es": (
        "suspensión de la licencia por {n} meses",
        "multa de {cur} {amt}",
        "revocación de la licencia",
        "multa de {cur} {amt} y suspensión de {n} meses",
    ),
    "fr": (
        "suspension de licence pour {n} mois",
        "amende de {cur} {amt}",
        "retrait de la licence",
        "amende de {cur} {amt} et suspension de {n} mois",
    ),
}
_BOILER = {
    "en": (
        "The Agency reiterates that it will not tolerate illegal, unreported and unregulated "
        "fishing by vessels flying the national flag, and will continue to cooperate with "
        "coastal States and regional fisheries management organisations.",
        "Media enquiries: Press Office, tel. {tel}, e-mail press@fisheries.example. "
        "This release is also available on the Agency's website under News.",
        "Operators are reminded that all vessels must carry a functioning VMS unit and an "
        "observer where required, and must report transhipments 48 hours in advance.",
        "Background: the distant-water fleet is subject to a points system under which serious "
        "infringements accumulate points against both the licence holder and the master. "
        "Sanctions may be appealed within 30 days of notification.",
        "Note to editors: figures for previous years are published in the annual report on "
        "monitoring, control and surveillance, available from the Agency's library.",
    ),
    "es": (
        "La Secretaría reitera su compromiso con la lucha contra la pesca ilegal, no declarada "
        "y no reglamentada, y su cooperación con las organizaciones regionales de pesca.",
        "Gabinete de prensa: tel. {tel}, correo prensa@pesca.example.",
        "Se recuerda a los armadores la obligación de mantener operativo el equipo VMS y de "
        "notificar los transbordos con 48 horas de antelación.",
        "Antecedentes: las infracciones graves acumulan puntos contra el titular de la licencia "
        "y el capitán. Las resoluciones pueden recurrirse en el plazo de un mes.",
        "Los datos de años anteriores figuran en el informe anual de control e inspección "
        "pesquera, disponible en la sede electrónica.",
    ),
    "fr": (
        "Le Département réaffirme sa détermination à lutter contre la pêche illicite, non "
        "déclarée et non réglementée pratiquée par des navires battant pavillon national.",
        "Contact presse : tél. {tel}, courriel presse@peches.example.",
        "Les armateurs sont tenus de maintenir la balise VMS en fonctionnement et de déclarer "
        "tout transbordement 48 heures à l'avance.",
        "Contexte : les infractions graves donnent lieu à des points inscrits au nom du titulaire "
        "de la licence et du capitaine. Les décisions sont susceptibles de recours sous un mois.",
        "Les chiffres des années précédentes figurent dans le rapport annuel de contrôle des "
        "pêches, disponible sur le site du Département.",
    ),
}


_ANNEX_NOTE = {
    "en": "Notes to the annex: sanctions are administrative decisions under the Act on Distant "
    "Water Fisheries and may be appealed within 30 days. Amounts are in national currency; "
    "suspension periods run from the date of notification to the licence holder.",
    "es": "Notas al anexo: las sanciones son administrativas y pueden recurrirse en alzada en el "
    "plazo de un mes. Los plazos de suspensión se computan desde la notificación al titular.",
    "fr": "Notes de l'annexe : les sanctions sont administratives et susceptibles de recours dans "
    "un délai d'un mois. Les suspensions courent à compter de la notification au titulaire.",
}


def _before(day: date, rng: random.Random) -> date:
    return day - timedelta(days=rng.randint(30, 600))


def _intro(
    page: PageDraft, rng: random.Random, lang: str, flag: str | None, n: int, rfmo: str, area: str
) -> None:
    agency = _AGENCIES.get(
        flag or "",
        {"en": "Ministry of Fisheries", "es": "Ministerio de Pesca", "fr": "Ministère de la Pêche"}[
            lang
        ],
    )
    day = c.a_date(rng, 2025, 2026)
    number = f"{day.year}-{rng.randint(1, 180):03d}"
    head = {"en": "PRESS RELEASE", "es": "NOTA DE PRENSA", "fr": "COMMUNIQUÉ DE PRESSE"}[lang]
    page.line(agency.upper())
    page.line(f"{head} No. {number} — {c.fmt_date(day, 'long', lang)}")
    page.line("")
    name = c.country(flag, lang)
    if lang == "en":
        page.add(
            f"The {agency} today announced administrative sanctions against {n} fishing "
            "vessel" + ("s" if n > 1 else "") + " flying the flag of "
        )
        page.add(
            (name, "FLAG") if name else "the State", " after investigations into activities in the "
        )
        page.add((rfmo, "RFMO_CODE"), " area (FAO Area ", (area, "FAO_AREA_CODE"), "). ")
        first, last = sorted([_before(day, rng), _before(day, rng)])
        page.add(
            f"The cases were opened after inspection reports received between "
            f"{c.fmt_date(first, 'long')} and {c.fmt_date(last, 'long')}.\n\n"
        )
        page.add(
            f'"Our flag is not a flag of convenience," said the Director-General, '
            f'{rng.choice(_vocab.PEOPLE)}. "Every vessel on our register must comply with '
            'the conservation measures we have agreed to."\n\n'
        )
    elif lang == "es":
        page.add(
            f"La {agency} ha impuesto sanciones administrativas a {n} buque"
            + ("s" if n > 1 else "")
            + " pesquero"
            + ("s" if n > 1 else "")
            + " con pabellón de "
        )
        page.add((name, "FLAG") if name else "nacional", " por actividades en la zona de ")
        page.add((rfmo, "RFMO_CODE"), " (zona FAO ", (area, "FAO_AREA_CODE"), "), ")
        page.add(
            f"tras los expedientes incoados el {c.fmt_date(_before(day, rng), 'long', 'es')}.\n\n"
        )
        page.add(
            f"«Nuestro pabellón no es de conveniencia», declaró {rng.choice(_vocab.PEOPLE)}, "
            "responsable de inspección pesquera.\n\n"
        )
    else:
        page.add(
            f"Le {agency} a prononcé des sanctions administratives à l'encontre de {n} "
            "navire" + ("s" if n > 1 else "") + " de pêche battant pavillon de "
        )
        page.add((name, "FLAG") if name else "national", " pour des activités dans la zone de la ")
        page.add((rfmo, "RFMO_CODE"), " (zone FAO ", (area, "FAO_AREA_CODE"), "). ")
        page.add(
            f"Les procédures ont été ouvertes le {c.fmt_date(_before(day, rng), 'long', 'fr')}.\n\n"
        )


def _entry(
    f: c.Facts,
    rng: random.Random,
    lang: str,
    number: int,
    flag: str | None,
    tabular: bool,
    rfmo: str = "",
) -> list[Piece]:
    offence = rng.choice(_OFFENCES[lang])
    cur = {"TWN": "NT$", "JPN": "JPY", "CHN": "CNY", "KOR": "KRW", "ESP": "EUR"}.get(
        flag or "", "USD"
    )
    amount = f"{rng.randint(2, 400) * 10_000:,}"
    sanction = rng.choice(_SANCTIONS[lang]).format(
        n=rng.randint(2, 12), cur=cur, amt=amount if lang == "en" else amount.replace(",", ".")
    )
    reg = c.national_reg(rng, flag)
    licence = f"{rng.choice(['DW', 'OF', 'LP', 'HS'])}-{rng.randint(2019, 2025)}-{c.digits(rng, 4)}"
    if tabular:
        row: list[Piece] = [f"{number}. ", (f.name, "VESSEL_NAME"), " | "]
        row += [(f.ircs, "IRCS")] if f.ircs else [c.placeholder(rng, lang)]
        row += [" | ", (f.imo, "IMO")] if f.imo else [" | ", c.placeholder(rng, lang)]
        row += [" | ", (reg, "NATIONAL_REG_NO"), " | "]
        row += [(f.owner, "ASSOC_NAME")] if f.owner else [c.placeholder(rng, lang)]
        row += [f" | {offence} | {sanction}\n"]
        return row
    words = {
        "en": (
            "Call sign",
            "Reg. No.",
            "Operator",
            "Licence No.",
            "Offence",
            "Sanction",
            "Home port",
        ),
        "es": (
            "Distintivo",
            "Matrícula",
            "Armador",
            "Licencia nº",
            "Infracción",
            "Sanción",
            "Puerto base",
        ),
        "fr": (
            "Indicatif",
            "Immatriculation",
            "Armateur",
            "Licence n°",
            "Infraction",
            "Sanction",
            "Port d'attache",
        ),
    }[lang]
    row = [f"({number}) ", (f.name, "VESSEL_NAME")]
    if f.former and rng.random() < 0.6:
        row += [" (ex-", (f.former, "NAME_CHANGE"), ")"]
    row += ["\n    "]
    if f.ircs:
        row += [f"{words[0]}: ", (f.ircs, "IRCS"), "; "]
    if f.imo:
        row += ["IMO: ", (f.imo, "IMO"), "; "]
    row += [f"{words[1]}: ", (reg, "NATIONAL_REG_NO")]
    code = c.cfr(rng, flag)
    if code:
        row += ["; CFR: ", (code, "EU_CFR")]
    elif rfmo and rng.random() < 0.4:
        kind = "VID" if rfmo == "WCPFC" else "no."
        row += [f"; {rfmo} {kind} ", (c.rfmo_id(rng, rfmo, flag), "RFMO_ID")]
    if f.port:
        row += [f"; {words[6]}: ", (f.port.title(), "HOME_PORT")]
    row += ["\n    "]
    if f.owner:
        row += [(words[2], "ASSOC_ROLE"), ": ", (f.owner, "ASSOC_NAME"), "; "]
    row += [words[3], " ", (licence, "LICENSE_NO"), "\n"]
    row += [f"    {words[4]}: {offence}. {words[5]}: {sanction}.\n"]
    return row


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    flag, members = c.pick_flag(vessels, rng)
    pool = [c.facts(v) for v in members]
    if flag in c.SPANISH_FLAGS:
        lang = "es"
    elif flag in c.FRENCH_FLAGS:
        lang = rng.choice(["fr", "en"])
    else:
        lang = "en"
    rfmo, area = rng.choice(
        [
            ("IOTC", "51"),
            ("WCPFC", "71"),
            ("ICCAT", "34"),
            ("NPFC", "61"),
            ("SPRFMO", "87"),
            ("IATTC", "77"),
            ("IOTC", "57"),
        ]
    )
    chosen = rng.sample(pool, min(len(pool), rng.randint(2, 8)))
    tabular = rng.random() < 0.4
    pages: list[PageDraft] = []
    page = PageDraft()
    _intro(page, rng, lang, flag, len(chosen), rfmo, area)
    head = {
        "en": "List of vessels and sanctions imposed:",
        "es": "Relación de buques y sanciones:",
        "fr": "Liste des navires et sanctions :",
    }[lang]
    boiler = [b.format(tel=c.phone(rng)) for b in _BOILER[lang]]
    if len(chosen) >= 3 and rng.random() < 0.35:  # the list as an annex on its own page
        page.line(
            {
                "en": "The vessels concerned are listed in the annex.",
                "es": "Los buques afectados figuran en el anexo.",
                "fr": "Les navires concernés figurent en annexe.",
            }[lang]
        )
        page.line("")
        c.pad(page, rng, boiler[:3], 800)
        pages.append(page)
        boiler = [*boiler[3:], _ANNEX_NOTE[lang]]
        page = PageDraft()
        page.line({"en": "ANNEX", "es": "ANEXO", "fr": "ANNEXE"}[lang])
    page.line(head)
    if tabular:
        page.line(
            {
                "en": "No. Vessel | Call sign | IMO | Reg. No. | Owner | Offence | Sanction",
                "es": "Nº Buque | Distintivo | OMI | Matrícula | Armador | Infracción | Sanción",
                "fr": "N° Navire | Indicatif | OMI | Immatr. | Armateur | Infraction | Sanction",
            }[lang]
        )
    for number, f in enumerate(chosen, start=1):
        row = _entry(f, rng, lang, number, flag, tabular, rfmo)
        if not page.fits(*row, reserve=150) and len(pages) < 2:
            c.pad(page, rng, boiler, 800)
            pages.append(page)
            page = PageDraft()
            page.line(f"— {len(pages) + 1} —")
        if page.fits(*row, reserve=150):
            page.add(*row)
    page.line("")
    page.line("END" if lang == "en" else "FIN")
    c.pad(page, rng, boiler, rng.randint(760, 1100))
    pages.append(page)
    return pages
