"""A written answer to a parliamentary question on fishing vessels (English, Spanish or French):
the question and its author, then the minister's answer naming vessels in prose."""

from __future__ import annotations

import random
from datetime import timedelta

from oceanid_dev.demo.vessels import Vessel

from . import _common as C
from . import _vocab as V
from ._page import PageBuilder, PageDraft

LAYOUT = "parliamentary_answer"

_WORDS: dict[str, dict[str, str | tuple[str, ...]]] = {
    "en": {
        "house": ("HOUSE OF COMMONS", "SENATE", "LEGISLATIVE ASSEMBLY"),
        "head": "Written question {n}, tabled on {d}",
        "cont": "Written question {n} - answer (continued)",
        "asker": "Asked by {mp}",
        "q": "To ask the Minister for Fisheries how many inspections of foreign fishing vessels "
        "were carried out at {port} in {y}, and which vessels were found to have infringed "
        "port State measures.",
        "ans": "Answered by {mn}, Minister for Fisheries, on {d}",
        "open": "In {y}, fisheries officers carried out {n} inspections of foreign fishing vessels"
        " at {port}, {k} of them under the Port State Measures Agreement.",
        "ids": ("IMO ", "call sign ", "MMSI "),
        "was": " was inspected at {port} on {d}; ",
        "ok": ("no infringement was found.", "its catch records matched the landing."),
        "catch": "officers verified {t} tonnes of ",
        "owner": ("owner", "operator"),
        "owner_s": "Its {r}, ",
        "owner_e": ", has been informed of the findings.",
        "lic": "The vessel held a ",
        "until": " valid until ",
        "rfmo": (" and appears on the ", " record"),
        "table": ("Vessel", "Flag", "IMO", "Inspections", "Infringements"),
        "close": "The Department does not hold information on inspections by other port States.",
        "policy": "The Government will continue to press flag States to investigate any "
        "infringement reported to them, and supports the exchange of inspection reports through "
        "the regional fisheries management organisations of which it is a member.",
    },
    "es": {
        "house": ("CONGRESO DE LOS DIPUTADOS", "SENADO"),
        "head": "Pregunta con respuesta por escrito 184/{n}, registrada el {d}",
        "cont": "Pregunta 184/{n} - respuesta (continuación)",
        "asker": "Autor/a: {mp} (Grupo Parlamentario Mixto)",
        "q": "¿Cuántas inspecciones de buques pesqueros extranjeros se realizaron en el puerto de"
        " {port} durante {y} y qué buques incumplieron las medidas del Estado rector del puerto?",
        "ans": "RESPUESTA DEL GOBIERNO ({mn}, Secretaría General de Pesca, {d})",
        "open": "Durante {y} los servicios de inspección pesquera realizaron {n} inspecciones de"
        " buques pesqueros extranjeros en {port}, {k} de ellas en aplicación del Acuerdo MERP.",
        "ids": ("número OMI ", "distintivo de llamada ", "MMSI "),
        "was": " fue inspeccionado en {port} el {d}; ",
        "ok": ("no se detectaron infracciones.", "las anotaciones del diario coincidían."),
        "catch": "se verificaron {t} toneladas de ",
        "owner": ("armador", "operador"),
        "owner_s": "Su {r}, ",
        "owner_e": ", ha sido informado de las actuaciones.",
        "lic": "El buque disponía de una ",
        "until": " válida hasta el ",
        "rfmo": (" y figura en el registro de la ", ""),
        "table": ("Buque", "Pabellón", "OMI", "Inspecciones", "Infracciones"),
        "close": "El Gobierno no dispone de datos sobre inspecciones realizadas por otros Estados.",
        "policy": "El Gobierno seguirá instando a los Estados de pabellón a investigar las "
        "infracciones notificadas y apoya el intercambio de informes de inspección en el seno de"
        " las organizaciones regionales de ordenación pesquera de las que España es parte.",
    },
    "fr": {
        "house": ("ASSEMBLÉE NATIONALE", "SÉNAT"),
        "head": "Question écrite n° {n} publiée au JO le {d}",
        "cont": "Question écrite n° {n} - réponse (suite)",
        "asker": "Question de {mp} (député)",
        "q": "Combien d'inspections de navires de pêche étrangers ont été réalisées au port de"
        " {port} en {y}, et quels navires étaient en infraction aux mesures du ressort de l'État"
        " du port ?",
        "ans": "Réponse de {mn}, ministère de la Mer, publiée au JO le {d}",
        "open": "En {y}, les services de contrôle ont réalisé {n} inspections de navires de pêche"
        " étrangers à {port}, dont {k} au titre de l'accord PSMA.",
        "ids": ("numéro OMI ", "indicatif d'appel ", "MMSI "),
        "was": " a été inspecté à {port} le {d} ; ",
        "ok": ("aucune infraction n'a été relevée.", "le journal de pêche était conforme."),
        "catch": "les agents ont vérifié {t} tonnes de ",
        "owner": ("armateur", "exploitant"),
        "owner_s": "Son {r}, ",
        "owner_e": ", a été informé des constatations.",
        "lic": "Le navire détenait une ",
        "until": " valable jusqu'au ",
        "rfmo": (" et figure au registre de la ", ""),
        "table": ("Navire", "Pavillon", "OMI", "Inspections", "Infractions"),
        "close": "Le ministère ne dispose pas des inspections conduites par d'autres États.",
        "policy": "Le Gouvernement continuera de demander aux États du pavillon d'enquêter sur "
        "les infractions signalées et soutient l'échange des rapports d'inspection au sein des "
        "organisations régionales de gestion des pêches dont la France est membre.",
    },
}


class _Words:
    """One language's wordings: single strings by key, choices by many()."""

    def __init__(self, lang: str) -> None:
        self._words = _WORDS[lang]

    def __getitem__(self, key: str) -> str:
        value = self._words[key]
        assert isinstance(value, str)
        return value

    def many(self, key: str) -> tuple[str, ...]:
        value = self._words[key]
        assert isinstance(value, tuple)
        return value


_AUTH = {"en": V.AUTH_TYPES_EN[:2], "es": V.AUTH_TYPES_ES, "fr": V.AUTH_TYPES_FR}


_RFMO_NAMES = {
    "es": {"IOTC": "CAOI", "ICCAT": "CICAA", "IATTC": "CIAT", "SPRFMO": "OROP-PS"},
    "fr": {"IOTC": "CTOI", "ICCAT": "CICTA", "IATTC": "CIAT", "SPRFMO": "ORGPPS"},
}


def _mention(b: PageBuilder, s: C.Shown, lang: str, rng: random.Random) -> None:
    kind = V.FISHING_TYPES[s.gear][C.LANG[lang]].lower()
    adjective = V.DEMONYMS.get(s.flag or "", ("", "", ""))[C.LANG[lang]]
    lead = {"en": "The ", "es": "El ", "fr": "Le "}[lang]
    in_brackets: list[tuple[str, str, str]] = []
    if adjective and lang == "en" and rng.random() < 0.6:
        b.text(lead).span(adjective, "FLAG").text(f"-flagged {kind} ").span(s.name, "VESSEL_NAME")
    elif adjective and rng.random() < 0.5:
        b.text(f"{lead}{kind} ").span(s.name, "VESSEL_NAME")
        b.text({"en": ", flagged ", "es": " de pabellón ", "fr": " battant pavillon "}[lang])
        b.span(adjective, "FLAG")
    else:
        b.text(f"{lead}{kind} ").span(s.name, "VESSEL_NAME")
        if s.flag:
            word = {"en": "flag: ", "es": "pabellón: ", "fr": "pavillon : "}[lang]
            in_brackets.append((word, C.country(s.flag, lang), "FLAG"))
    for word, value, label in zip(
        _Words(lang).many("ids"), (s.imo, s.ircs, s.mmsi), ("IMO", "IRCS", "MMSI"), strict=True
    ):
        if value:
            in_brackets.append((word, value, label))
    for position, (word, value, label) in enumerate(in_brackets):
        b.text((" (" if not position else "; ") + word).span(value, label)
    b.text(")" if in_brackets else "")


def _vessel_paragraph(b: PageBuilder, s: C.Shown, lang: str, year: int, rng: random.Random) -> int:
    w = _Words(lang)
    port = rng.choice(V.PORTS)[1 + C.LANG[lang]]
    day = C.some_date(rng, year, year)
    _mention(b, s, lang, rng)
    b.text(w["was"].format(port=port, d=C.fmt_date(day, "long", lang)))
    if rng.random() < 0.5:
        code = C.catch_of(s.gear, rng)
        b.text(w["catch"].format(t=rng.randint(12, 480)))
        b.span(C.in_prose(code[1 + C.LANG[lang]]), "SPECIES_NAME").text(". ")
    else:
        b.text(rng.choice(w.many("ok")) + " ")
    if rng.random() < 0.6:
        b.text(w["lic"]).span(rng.choice(_AUTH[lang]), "AUTH_TYPE").text(w["until"])
        b.span(C.fmt_date(day + timedelta(days=rng.randint(60, 700)), "long", lang), "END_DATE")
        if rng.random() < 0.5:
            rfmo = rng.choice(sorted(V.RFMOS))
            head, tail = w.many("rfmo")
            b.text(head).span(_RFMO_NAMES.get(lang, {}).get(rfmo, rfmo), "RFMO_CODE").text(tail)
        b.text(". ")
    if s.owner and rng.random() < 0.5:
        head, tail = w["owner_s"].split("{r}")
        b.text(head).span(rng.choice(w.many("owner")), "ASSOC_ROLE").text(tail)
        b.span(s.owner, "ASSOC_NAME").text(w["owner_e"])
    b.nl()
    return rng.randint(1, 3)


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = rng.choice(("en", "en", "es", "fr"))
    w = _Words(lang)
    chosen = C.pick(vessels, rng, rng.randint(2, 5))
    asked = C.some_date(rng, 2023, 2025)
    style = C.date_style(rng, lang)
    port = rng.choice(V.PORTS)[1 + C.LANG[lang]]
    mp, minister = rng.sample(V.OFFICIALS, 2)
    year = asked.year - 1
    b = PageBuilder()
    b.line(rng.choice(w.many("house"))).nl()
    question = rng.randint(1000, 99999)
    b.line(w["head"].format(n=question, d=C.fmt_date(asked, style, lang)))
    b.line(w["asker"].format(mp=mp)).nl()
    b.wrap(88).line(w["q"].format(port=port, y=year))
    b.nl()
    answered = C.fmt_date(asked + timedelta(days=rng.randint(7, 40)), style, lang)
    b.line(w["ans"].format(mn=minister, d=answered)).nl()
    total = rng.randint(40, 260)
    b.line(w["open"].format(y=year, n=total, port=port, k=rng.randint(5, total // 2)))
    b.nl()
    pages: list[PageDraft] = []
    counts: list[int] = []
    for number, s in enumerate(chosen):
        if number == 3 and not pages:
            pages.append(b.draft())
            b = PageBuilder()
            b.line(w["cont"].format(n=question)).nl().wrap(88)
        counts.append(_vessel_paragraph(b, s, lang, year, rng))
        b.nl()
    b.wrap(None)
    widths = (26, 22, 15, 13, 13)
    none = C.placeholder(rng, lang)
    b.row([(h, None) for h in w.many("table")], widths)
    for s, count in zip(chosen, counts, strict=True):
        flag = (C.flag_text(s.flag, rng, lang), "FLAG") if s.flag else ("-", None)
        imo = (s.imo, "IMO") if s.imo else (none, None)
        b.row(
            [
                (s.name, "VESSEL_NAME"),
                flag,
                imo,
                (str(count), None),
                (str(rng.randint(0, count)), None),
            ],
            widths,
        )
    b.nl().wrap(88).line(w["close"]).nl().line(w["policy"])
    pages.append(b.draft())
    return pages
