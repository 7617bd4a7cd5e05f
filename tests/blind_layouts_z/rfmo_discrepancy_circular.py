"""An RFMO secretariat circular listing discrepancies between its vessel record and the data
the flag State holds (field, RFMO value, national value).

Forms: a fixed-width table, a pipe table, and per-vessel bullet blocks; en, es (IATTC/ICCAT) and
fr (ICCAT/IOTC). Hard negatives: circular and resolution numbers, deadlines, a typo'd IMO number
(wrong check digit), counts, the secretariat's telephone and fax.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from oceanid_dev.demo.vessels import Vessel

from . import _common as c
from . import _vocab
from ._page import PageDraft

LAYOUT = "rfmo_discrepancy_circular"

_NAMES = {
    "IOTC": ("Indian Ocean Tuna Commission", "Commission des thons de l'océan Indien", "CTOI"),
    "WCPFC": ("Western and Central Pacific Fisheries Commission", "", ""),
    "ICCAT": (
        "International Commission for the Conservation of Atlantic Tunas",
        "Commission internationale pour la conservation des thonidés de l'Atlantique",
        "CICTA",
    ),
    "IATTC": (
        "Inter-American Tropical Tuna Commission",
        "Comisión Interamericana del Atún Tropical",
        "CIAT",
    ),
    "NPFC": ("North Pacific Fisheries Commission", "", ""),
    "SPRFMO": ("South Pacific Regional Fisheries Management Organisation", "", ""),
}
_LANGS = {"IOTC": ("en", "fr"), "ICCAT": ("en", "es", "fr"), "IATTC": ("en", "es")}
_K: dict[str, dict[str, Any]] = {
    "en": dict(
        circ="Circular",
        to="To: Members and Cooperating Non-Contracting Parties",
        subj="Subject: Discrepancies between the {code} Record of Authorised Vessels and flag "
        "State data — ",
        cols=("No.", "Vessel ID", "Vessel name", "Field", "{code} Record", "Flag State data"),
        fields=dict(
            name="Vessel name",
            ircs="Call sign",
            mmsi="MMSI",
            imo="IMO number",
            gt="Gross tonnage",
            loa="Length overall",
            year="Year built",
            owner="Owner",
            flag="Flag",
            end="Authorised to",
        ),
        missing="not provided",
        intro=(
            "Dear Sir/Madam, the Secretariat has compared the ",
            " Record of Authorised Vessels with the information submitted by ",
            " in its latest annual report and "
            "has found discrepancies for the vessels listed below. ",
        ),
        ask="The Secretariat would be grateful if the flag State could confirm the correct values "
        "or submit an update through the e-RAV system by {date}.",
        close="Yours faithfully,\nExecutive Secretary",
        notes=(
            "Under the relevant Resolution, vessels whose details are not confirmed may be "
            "marked as 'information pending' in the public Record.",
            "Members are reminded that changes of name, call sign, flag or owner must be "
            "notified within 15 days of the change.",
            "This circular has been sent to the flag State's designated contact points only.",
            "Where the flag State data are confirmed, the Secretariat will amend the Record "
            "and the change will appear in the next weekly update of the public list.",
            "Vessels not in the Record are considered not to be authorised to fish for, "
            "retain on board, tranship or land species under the Commission's mandate.",
            "Discrepancies in IMO numbers are checked against the Global Integrated Shipping "
            "Information System before the Secretariat contacts the flag State.",
        ),
    ),
    "es": dict(
        circ="Circular",
        to="A: Miembros y No Miembros Cooperantes",
        subj="Asunto: Discrepancias entre el Registro de buques de la {code} y los datos del "
        "Estado del pabellón — ",
        cols=("N.º", "ID buque", "Nombre", "Campo", "Registro {code}", "Dato nacional"),
        fields=dict(
            name="Nombre",
            ircs="Distintivo",
            mmsi="MMSI",
            imo="N.º OMI",
            gt="Arqueo bruto",
            loa="Eslora total",
            year="Año constr.",
            owner="Armador",
            flag="Pabellón",
            end="Autorizado hasta",
        ),
        missing="no facilitado",
        intro=(
            "Estimado/a señor/a: la Secretaría ha cotejado el Registro de buques de la ",
            " con la información presentada por ",
            " en su último informe anual y ha "
            "encontrado discrepancias para los buques que se indican a continuación. ",
        ),
        ask="Se ruega al Estado del pabellón que confirme los datos correctos antes del {date}.",
        close="Atentamente,\nDirector",
        notes=(
            "Los buques cuyos datos no se confirmen podrán figurar como 'información "
            "pendiente' en el Registro público.",
            "Se recuerda que los cambios de nombre, distintivo, pabellón o armador deben "
            "notificarse en un plazo de 15 días.",
            "Una vez confirmados los datos, la Secretaría modificará el Registro y el cambio "
            "figurará en la próxima actualización semanal.",
            "Los buques que no figuren en el Registro no se consideran autorizados a pescar, "
            "retener a bordo, transbordar o desembarcar especies bajo mandato de la Comisión.",
            "Las discrepancias en los números OMI se cotejan con el sistema GISIS de la OMI.",
        ),
    ),
    "fr": dict(
        circ="Circulaire",
        to="Destinataires : Parties contractantes et coopérantes",
        subj="Objet : Divergences entre le Registre {code} des navires et les données de l'État "
        "du pavillon — ",
        cols=("N°", "N° registre", "Navire", "Champ", "Registre {code}", "Donnée nationale"),
        fields=dict(
            name="Nom",
            ircs="Indicatif",
            mmsi="MMSI",
            imo="N° OMI",
            gt="Jauge brute",
            loa="Longueur HT",
            year="Année constr.",
            owner="Armateur",
            flag="Pavillon",
            end="Autorisé jusqu'au",
        ),
        missing="non fourni",
        intro=(
            "Madame, Monsieur, le Secrétariat a comparé le Registre des navires de la ",
            " avec les informations transmises par ",
            " dans son dernier rapport annuel et a "
            "relevé des divergences pour les navires ci-dessous. ",
        ),
        ask="L'État du pavillon est prié de confirmer les valeurs exactes avant le {date}.",
        close="Veuillez agréer l'expression de ma haute considération.\nLe Secrétaire exécutif",
        notes=(
            "Les navires dont les données ne sont pas confirmées pourront être signalés "
            "« information en attente » dans le Registre public.",
            "Il est rappelé que tout changement de nom, d'indicatif, de pavillon ou "
            "d'armateur doit être notifié dans un délai de 15 jours.",
            "Une fois les données confirmées, le Secrétariat modifiera le Registre lors de la "
            "prochaine mise à jour hebdomadaire.",
            "Les navires qui ne figurent pas au Registre ne sont pas réputés autorisés à pêcher, "
            "détenir à bord, transborder ou débarquer les espèces relevant de la Commission.",
            "Les divergences de numéros OMI sont vérifiées dans le système GISIS de l'OMI.",
        ),
    ),
}

# (field, RFMO value, its label, national value, its label)
Row = tuple[str, str, str | None, str, str | None]


def _rows(f: c.Facts, k: dict[str, Any], rng: random.Random, lang: str) -> list[Row]:
    fields = k["fields"]
    assert isinstance(fields, dict)
    missing = str(k["missing"])
    options: list[Row] = []
    if f.former_name:
        options.append((fields["name"], f.former_name, "NAME_CHANGE", f.name, "VESSEL_NAME"))
    elif " " in f.name:
        options.append(
            (fields["name"], f.name.replace(" ", ""), "VESSEL_NAME", f.name, "VESSEL_NAME")
        )
    if f.ircs:
        old = c.former_call_sign(rng, f.flag, f.ircs)
        if old:
            options.append((fields["ircs"], old, "ID_CHANGE", f.ircs, "IRCS"))
    if f.mmsi:
        old = c.former_mmsi(rng, f.flag, f.mmsi)
        if old and rng.random() < 0.6:
            options.append((fields["mmsi"], old, "ID_CHANGE", f.mmsi, "MMSI"))
        else:
            options.append((fields["mmsi"], missing, None, f.mmsi, "MMSI"))
    if f.imo:
        options.append((fields["imo"], c.bad_imo(rng, f.imo), None, f.imo, "IMO"))
    if f.gt and f.gt.isdigit():
        other = str(max(1, int(f.gt) + rng.choice((-1, 1)) * rng.randint(1, 90)))
        options.append((fields["gt"], other, "METRIC_VALUE", f.gt, "METRIC_VALUE"))
    if f.loa:
        other = f"{float(f.loa) + rng.choice((-1, 1)) * rng.uniform(0.2, 3):.2f}"
        options.append(
            (
                fields["loa"],
                c.decimal(other, lang),
                "METRIC_VALUE",
                c.decimal(f.loa, lang),
                "METRIC_VALUE",
            )
        )
    if f.year:
        options.append(
            (
                fields["year"],
                str(int(f.year) - rng.randint(1, 3)),
                "BUILD_YEAR",
                f.year,
                "BUILD_YEAR",
            )
        )
    if f.owner:
        options.append(
            (fields["owner"], c.owner_name(rng, None, f.flag), "ASSOC_NAME", f.owner, "ASSOC_NAME")
        )
    if f.flag and rng.random() < 0.3:
        old_flag = rng.choice([x for x in _vocab.REFLAG_FLAGS if x != f.flag])
        options.append(
            (
                fields["flag"],
                c.country(old_flag, lang) or old_flag,
                "FLAG_CHANGE",
                c.country(f.flag, lang) or f.flag,
                "FLAG",
            )
        )
    day = c.recent(rng)
    options.append(
        (
            fields["end"],
            c.fmt_date(day, lang, 1),
            "END_DATE",
            c.fmt_date(day.replace(day=1) if day.day > 1 else day.replace(day=2), lang, 1),
            "END_DATE",
        )
    )
    rng.shuffle(options)
    return options[: rng.randint(1, 3)]


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    code = rng.choice(tuple(_NAMES))
    lang = rng.choice(_LANGS.get(code, ("en",)))
    k = _K[lang]
    fleet = c.pick_same_flag(vessels, rng, rng.randint(2, 12))
    flag_iso = fleet[0].flag
    flag_name = c.country(flag_iso, lang) if flag_iso else None
    issued = c.recent(rng)
    full = _NAMES[code][0] if lang == "en" else (_NAMES[code][1] or _NAMES[code][0])
    acronym = _NAMES[code][2] if lang != "en" and _NAMES[code][2] else code
    layout = rng.choice(("fixed", "pipe", "blocks"))

    page = PageDraft()
    pages = [page]
    page.add(f"{full.upper()}\n")
    page.add(f"Tel. {c.phone(rng)}   Fax {c.phone(rng)}\n\n")
    page.add(f"{k['circ']} {acronym} {issued.year}/{rng.randint(1, 140):02d}")
    page.add(f"                {c.fmt_date(issued, lang, 0)}\n\n{k['to']}\n")
    page.add(str(k["subj"]).format(code=acronym))
    page.opt(flag_name, "FLAG", "—")
    page.add("\n\n")
    intro = k["intro"]
    page.wrap(
        [
            (intro[0], None),
            (acronym, "RFMO_CODE"),
            (intro[1], None),
            *(((flag_name, "FLAG"),) if flag_name else (("the flag State", None),)),
            (intro[2], None),
        ]
    )
    page.nl(2)
    cols = [col.format(code=acronym) for col in k["cols"]]
    widths = (4, 13, 22, 16, 22, 22)
    if layout == "fixed":
        for col, width in zip(cols, widths, strict=True):
            page.cell(col, width)
        page.add("\n" + "-" * 96 + "\n")
    elif layout == "pipe":
        page.add("| " + " | ".join(cols) + " |\n|" + "---|" * len(cols) + "\n")
    for number, f in enumerate(fleet, start=1):
        if len(page) > 2200 and len(pages) < 3:
            page = PageDraft()
            pages.append(page)
            page.add(f"{k['circ']} {acronym} {issued.year} — {number}/{len(fleet)}\n\n")
        vid = c.rfmo_id(rng, code, f)
        rows = _rows(f, k, rng, lang)
        if layout == "blocks":
            page.add(f"{number}. ")
            page.add(f.name, "VESSEL_NAME")
            page.add(f" ({cols[1]} ")
            page.add(vid, "RFMO_ID")
            page.add(")\n")
            for field, old, old_label, new, new_label in rows:
                page.add(f"   - {field}: ")
                _field_value(page, field, old, old_label, k, lang, first=True)
                page.add(f" ({cols[4]}) / ")
                _field_value(page, field, new, new_label, k, lang, first=False)
                page.add(f" ({cols[5]})\n")
            continue
        for index, (field, old, old_label, new, new_label) in enumerate(rows):
            if layout == "fixed":
                page.cell(str(number) if index == 0 else "", widths[0])
                page.cell(vid if index == 0 else "", widths[1], "RFMO_ID" if index == 0 else None)
                name = f.name if index == 0 else ""
                page.cell(name, max(widths[2], len(name) + 1), "VESSEL_NAME" if name else None)
                _field_cell(page, field, old_label, k, widths[3])
                page.cell(old, widths[4], old_label)
                page.add(new, new_label)
                page.nl()
            else:
                page.add(f"| {number} | ")
                page.add(vid, "RFMO_ID")
                page.add(" | ")
                page.add(f.name, "VESSEL_NAME")
                page.add(" | ")
                _field_cell(page, field, old_label, k, 0)
                page.add("| ")
                page.add(old, old_label)
                page.add(" | ")
                page.add(new, new_label)
                page.add(" |\n")
    page.nl()
    deadline = issued + dt.timedelta(days=rng.randint(14, 45))
    page.wrap([(str(k["ask"]).format(date=c.fmt_date(deadline, lang, 0)), None)])
    page.add(f"\n\n{k['close']}\n")
    for draft in pages:
        c.pad(draft, rng, list(k["notes"]))
    return pages


def _field_cell(
    page: PageDraft, field: str, label: str | None, k: dict[str, Any], width: int
) -> None:
    """The field's name: METRIC_TYPE when it names the metric on this row."""
    is_metric = label == "METRIC_VALUE"
    if width:
        page.cell(field, width, "METRIC_TYPE" if is_metric else None)
    else:
        page.add(field, "METRIC_TYPE" if is_metric else None)
        page.add(" ")


def _field_value(
    page: PageDraft,
    field: str,
    value: str,
    label: str | None,
    k: dict[str, Any],
    lang: str,
    first: bool,
) -> None:
    page.add(value, label)
    fields = k["fields"]
    assert isinstance(fields, dict)
    if label == "METRIC_VALUE" and field == fields["loa"]:
        page.add(" ")
        page.add("m", "METRIC_UNIT")
