"""Summary record of an RFMO compliance committee: numbered paragraphs on named vessels, their
flags, identifiers, owners and licences, and the measures the committee recommends."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence

from oceanid_dev.demo.vessels import Vessel

from . import _common as C
from . import _vocab as V
from ._page import PageDraft, Piece, fill

LAYOUT = "compliance_summary"

# RFMO -> (committee en, short, committee es, committee fr, venues)
_MEETINGS = {
    "WCPFC": ("Technical and Compliance Committee", "TCC", None, None, ("Pohnpei", "Majuro")),
    "IOTC": ("Compliance Committee", "CoC", None, "Comité d'application", ("Mahé", "Bangkok")),
    "ICCAT": (
        "Conservation and Management Measures Compliance Committee",
        "COC",
        "Comité de Cumplimiento",
        "Comité d'application",
        ("Madrid", "Marrakech", "Vilamoura"),
    ),
    "IATTC": (
        "Committee for the Review of Implementation of Measures",
        "COR",
        "Comité para la Revisión de la Aplicación de Medidas",
        None,
        ("La Jolla", "Panamá"),
    ),
    "NPFC": ("Technical and Compliance Committee", "TCC", None, None, ("Tokyo", "Busan")),
    "SPRFMO": (
        "Compliance and Technical Committee",
        "CTC",
        "Comité de Cumplimiento",
        None,
        ("Lima", "Manta"),
    ),
    "CCAMLR": (
        "Standing Committee on Implementation and Compliance",
        "SCIC",
        None,
        "Comité permanent sur l'application et l'observation de la réglementation",
        ("Hobart",),
    ),
    "CCSBT": ("Compliance Committee", "CC", None, None, ("Canberra", "Yogyakarta")),
}
_REPORTERS = {
    "en": ("the United States", "Australia", "the European Union", "New Zealand", "the Secretariat",
           "an observer of the Regional Observer Programme", "France (territories)"),
    "es": ("los Estados Unidos", "la Unión Europea", "la Secretaría", "Ecuador",
           "un observador del programa regional"),
    "fr": ("l'Union européenne", "le Secrétariat", "la France (territoires)", "les États-Unis",
           "un observateur régional"),
}  # fmt: skip
_ROLES = {
    "en": ("owner", "operator", "registered owner", "beneficial owner", "managing company"),
    "es": ("armador", "propietario", "operador", "propietario registrado"),
    "fr": ("armateur", "propriétaire", "exploitant", "propriétaire inscrit"),
}
_AUTHS = {
    "en": ("high seas fishing licence", "authorisation to fish", "fishing licence",
           "transhipment authorisation"),
    "es": ("licencia de pesca en alta mar", "autorización de pesca", "licencia de pesca"),
    "fr": ("licence de pêche en haute mer", "autorisation de pêche", "licence de pêche"),
}  # fmt: skip
_ACTIVITY = {
    "en": ("setting longlines", "engaged in transhipment with an unidentified carrier",
           "hauling gear with its AIS switched off", "fishing"),
    "es": ("calando palangre", "realizando un transbordo con un buque no identificado", "pescando"),
    "fr": ("en action de pêche", "en train de transborder avec un navire non identifié",
           "virant ses lignes"),
}  # fmt: skip
_OUTCOMES = {
    "en": (
        "The Committee agreed to recommend to the Commission that {name} be included in the "
        "draft IUU Vessel List ({ref}).",
        "The Committee could not reach consensus on the listing of {name}; the matter was "
        "referred to the Commission with the assessed status Priority Non-Compliant.",
        "The Committee noted the sanctions applied by the flag State and agreed that {name} "
        "should not be listed; the flag State will report progress to the next session.",
    ),
    "es": (
        "El Comité acordó recomendar a la Comisión la inclusión de {name} en el proyecto de "
        "lista de buques IUU ({ref}).",
        "El Comité no alcanzó consenso sobre la inclusión de {name} y remitió el asunto a la "
        "Comisión.",
    ),
    "fr": (
        "Le Comité est convenu de recommander à la Commission l'inscription de {name} sur le "
        "projet de liste des navires INN ({ref}).",
        "Le Comité n'est pas parvenu à un consensus sur l'inscription de {name} ; la question "
        "est renvoyée à la Commission.",
    ),
}
_FILL = {
    "en": (
        "The Chair reminded delegations that the provisional Compliance Monitoring Report "
        "remains confidential until adopted by the Commission.",
        "Several members stressed the importance of timely responses by flag States to "
        "alleged infringements, within the 60 days provided for in the measure.",
        "The Secretariat noted that 14 cases remained open from previous years.",
    ),
    "es": (
        "La Presidenta recordó a las delegaciones que el informe provisional de cumplimiento "
        "es confidencial hasta su adopción por la Comisión.",
        "Varios miembros subrayaron la importancia de responder en un plazo de 60 días.",
        "La Secretaría señaló que 14 casos seguían abiertos de años anteriores.",
    ),
    "fr": (
        "Le Président a rappelé aux délégations que le rapport provisoire d'application reste "
        "confidentiel jusqu'à son adoption par la Commission.",
        "Plusieurs membres ont souligné l'importance de répondre dans un délai de 60 jours.",
        "Le Secrétariat a indiqué que 14 cas restaient ouverts depuis les années précédentes.",
    ),
}


_PROPER = {"Pacific", "Atlantic", "Antarctic", "Patagonian", "Chilean", "Argentine", "Indo-Pacific"}


def _common_name(name: str) -> str:
    """'Pacific saury' stays, 'Neon flying squid' -> 'neon flying squid'."""
    return " ".join(w if w in _PROPER else w.lower() for w in name.split(" "))


_FLAG_STATE = {"en": "the flag State", "es": "el Estado de pabellón", "fr": "l'État du pavillon"}
_NA = {"en": "not available", "es": "no disponible", "fr": "non disponible"}


_NORTH = ("61", "67", "21", "27", "18", "34")
_SOUTH = ("81", "87", "88", "48", "58", "41", "47", "57")


_WEST = ("77", "87", "21", "31", "34", "41", "48", "27", "67")
_EAST = ("61", "71", "51", "57", "58")


def _side(rng: random.Random, major: str) -> str:
    return "W" if major in _WEST else "E" if major in _EAST else rng.choice("EW")


def _coords(rng: random.Random, area: str) -> str:
    major = area.split(".")[0]
    hemisphere = "N" if major in _NORTH else "S" if major in _SOUTH else rng.choice("NS")
    return (
        f"{rng.randint(0, 45):02d}°{rng.randint(0, 59):02d}'{hemisphere} "
        f"{rng.randint(100, 179):03d}°{rng.randint(0, 59):02d}'{_side(rng, major)}"
    )


def _ids(lang: str, i: C.Ident, rng: random.Random) -> list[Piece]:
    words = {"en": ("IMO", "call sign", "flag"), "es": ("OMI", "distintivo de llamada", "pabellón"),
             "fr": ("OMI", "indicatif d'appel", "pavillon")}[lang]  # fmt: skip
    sep = " ; " if lang == "fr" else "; "
    out: list[Piece] = ["("]
    out += [f"{words[0]} ", (i.imo, "IMO")] if i.imo else [f"{words[0]} {_NA[lang]}"]
    if i.ircs:
        out += [sep, f"{words[1]} ", (i.ircs, "IRCS")]
    if i.mmsi and rng.random() < 0.6:
        out += [sep, "MMSI ", (i.mmsi, "MMSI")]
    flag = C.flag_text(rng, i.flag, lang)
    if flag:
        out += [sep, f"{words[2]}: ", (flag, "FLAG")]
    out.append(")")
    return out


_FIRST = {
    "en": "{n}. The Committee considered the case of the {gear} {name} {ids}, reported by "
    "{reporter} in {docref}. The vessel was sighted on {seen} at {coords} in FAO Area {area} "
    "{activity} while it was not on the {rfmo} Record of Fishing Vessels.",
    "es": "{n}. El Comité examinó el caso del {gear} {name} {ids}, notificado por {reporter} en "
    "el documento {docref}. El buque fue avistado el {seen} en {coords} (zona FAO {area}) "
    "{activity} sin figurar en el Registro de buques de la {rfmo}.",
    "fr": "{n}. Le Comité a examiné le cas du {gear} {name} {ids}, signalé par {reporter} dans "
    "le document {docref}. Le navire a été observé le {seen} par {coords} (zone FAO {area}) "
    "{activity} alors qu'il ne figurait pas au registre des navires autorisés ({rfmo}).",
}
_HISTORY = {
    "en": ", formerly named {old} and flagged to {old_flag} (former call sign "
    "{old_call}{old_mmsi})",
    "es": ", anteriormente denominado {old} y con pabellón de {old_flag} (antiguo distintivo "
    "{old_call}{old_mmsi})",
    "fr": ", anciennement dénommé {old} et immatriculé sous pavillon {old_flag} (ancien "
    "indicatif {old_call}{old_mmsi})",
}
_SECOND = {
    "en": "{n}. The delegation of {delegation} informed the Committee that the vessel{history}, "
    "whose {role} is {owner}, held {article} {auth} No. {lic} valid from {start} to {end} for "
    "{species} ({code}) and that an investigation had been opened on {opened} (case {case}). "
    "A fine of USD {fine},000 was under consideration.",
    "es": "{n}. La delegación de {delegation} informó de que el buque{history}, cuyo {role} es "
    "{owner}, era titular de la {auth} n.º {lic}, válida del {start} al {end}, para {species} "
    "({code}), y que se había abierto el expediente sancionador {case} con una multa propuesta "
    "de {fine}.000 USD.",
    "fr": "{n}. La délégation de {delegation} a indiqué que le navire{history}, dont {article}"
    "{role} est {owner}, était titulaire de la {auth} n° {lic}, valable du {start} au {end}, "
    "pour le {species} ({code}), et qu'une procédure {case} avait été ouverte (amende "
    "envisagée : {fine} 000 USD).",
}


def _case(
    rng: random.Random, lang: str, i: C.Ident, rfmo: str, n: int, year: int, style: str
) -> list[list[Piece]]:
    areas, species_codes, _ = V.RFMOS[rfmo]
    area = rng.choice(areas)
    paper = f"{rng.choice(('IP', 'DP', 'RP'))}{rng.randint(1, 30):02d}"
    first = fill(
        _FIRST[lang],
        {
            "n": str(n),
            "gear": C.gear_text(i.vessel.gear, lang),
            "name": (i.name, "VESSEL_NAME"),
            "ids": _ids(lang, i, rng),
            "reporter": rng.choice(_REPORTERS[lang]),
            "docref": f"{rfmo}-{_MEETINGS[rfmo][1]}{rng.randint(10, 21)}-{year}-{paper}",
            "seen": C.fmt_date(C.rand_date(rng, year - 1, year - 1), style, lang),
            "coords": _coords(rng, area),
            "area": (area, "FAO_AREA_CODE"),
            "activity": rng.choice(_ACTIVITY[lang]),
            "rfmo": (rfmo, "RFMO_CODE"),
        },
    )

    delegation = C.country(i.flag, lang) or _FLAG_STATE[lang]
    if lang == "en" and delegation.startswith(("Republic", "Russian", "United", "Marshall")):
        delegation = "the " + delegation
    role = rng.choice(_ROLES[lang])
    auth = rng.choice(_AUTHS[lang])
    start = C.rand_date(rng, year - 2, year - 1)
    end = start + dt.timedelta(days=rng.choice((364, 729)))
    code = rng.choice(species_codes)
    sp = C.species()[code]
    species = {"en": _common_name(sp.en), "es": sp.es.lower(), "fr": sp.fr.lower()}[lang]
    if lang == "en":
        article = "an" if auth[0] in "aeiou" else "a"
    else:
        article = "l'" if role[0] in "aeiou" else "le "
    history: list[Piece] = []
    if rng.random() < 0.6:
        former = C.invent_former(rng, i)
        old_mmsi: list[Piece] = []
        if rng.random() < 0.4:
            old_mmsi = [", MMSI ", (former.mmsi, "ID_CHANGE")]
        history = fill(
            _HISTORY[lang],
            {
                "old": (former.name, "NAME_CHANGE"),
                "old_flag": (C.flag_text(rng, former.flag, lang) or former.flag, "FLAG_CHANGE"),
                "old_call": (former.ircs, "ID_CHANGE"),
                "old_mmsi": old_mmsi,
            },
        )
    second = fill(
        _SECOND[lang],
        {
            "n": str(n + 1),
            "delegation": delegation,
            "history": history,
            "role": (role, "ASSOC_ROLE"),
            "owner": (C.owner_of(rng, i), "ASSOC_NAME"),
            "article": article,
            "auth": (auth, "AUTH_TYPE"),
            "lic": (
                C.ref_no(rng, rng.choice(("9999-AA-999", "AA(99)-9999", "99/9999/AA"))),
                "LICENSE_NO",
            ),
            "start": (C.fmt_date(start, style, lang), "START_DATE"),
            "end": (C.fmt_date(end, style, lang), "END_DATE"),
            "species": (species, "SPECIES_NAME"),
            "code": (code, "SPECIES_NAME"),
            "opened": C.fmt_date(start + dt.timedelta(days=400), style, lang),
            "case": C.ref_no(rng, rng.choice(("9999-AA-9999", "9999/99"))),
            "fine": str(rng.randint(5, 250)),
        },
    )
    ref = f"{_MEETINGS[rfmo][1]}{rng.randint(10, 21)}-IUU{rng.randint(1, 9):02d}"
    outcome = rng.choice(_OUTCOMES[lang]).replace("{ref}", ref)
    third = fill(f"{n + 2}. {outcome}", {"name": (i.name, "VESSEL_NAME")})
    return [first, second, third]


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    rfmo = rng.choice(list(_MEETINGS))
    committee, short, comm_es, comm_fr, venues = _MEETINGS[rfmo]
    langs = ["en", "en"] + (["es"] if comm_es else []) + (["fr"] if comm_fr else [])
    lang = rng.choice(langs)
    style = C.date_style(rng, lang)
    year = rng.randint(2019, 2025)
    session = rng.randint(10, 21)
    npages = rng.choice((1, 2, 2, 3))
    cases = C.choose(rng, vessels, npages * 2 + 1, C.has_ids)
    title = {"en": committee, "es": comm_es or committee, "fr": comm_fr or committee}[lang]
    pages = [PageDraft()]
    page = pages[0]
    page.line(
        f"{rfmo}-{short}{session}-{year}/SR"
        if rng.random() < 0.5
        else f"Doc. {short}-{session:02d}/{year}"
    )
    page.line((rfmo, "RFMO_CODE"), f" — {title.upper()}")
    record = {"en": "SUMMARY RECORD", "es": "ACTA RESUMIDA", "fr": "COMPTE RENDU ANALYTIQUE"}[lang]
    page.line(
        f"{record} — {rng.choice(venues)}, {rng.randint(1, 24)}-{rng.randint(25, 30)}/"
        f"{rng.randint(9, 11)}/{year}"
    )
    item = {"en": "AGENDA ITEM", "es": "PUNTO DEL ORDEN DEL DÍA", "fr": "POINT DE L'ORDRE DU JOUR"}[
        lang
    ]
    topic = {"en": "DRAFT IUU VESSEL LIST", "es": "PROYECTO DE LISTA DE BUQUES IUU",
             "fr": "PROJET DE LISTE DES NAVIRES INN"}[lang]  # fmt: skip
    page.line(f"{item} {rng.randint(3, 9)}.{rng.randint(1, 4)} — {topic}")
    page.line("")
    n = rng.randint(20, 140)
    for i in cases:
        for para in _case(rng, lang, i, rfmo, n, year, style):
            block = PageDraft().paragraph(*para, width=rng.choice((88, 92, 96)))
            if not page.fits(block, 2650):
                if len(pages) == npages:
                    break
                page = PageDraft()
                page.line(f"{rfmo}-{short}{session}-{year}/SR — page {len(pages) + 1}")
                page.line("")
                pages.append(page)
            page.extend(block)
            page.line("")
        else:
            n += 3
            continue
        break
    for p in pages:
        p.pad(rng, _FILL[lang], rng.randint(760, 900))
    return pages
