"""An official list of establishments approved for export that are freezer or factory vessels:
the EU-style list per country (approval number, name, city, regions, activities, remark) or the
competent authority's own list (registration, type, owner), in English, Spanish or French."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from oceanid_dev.demo.vessels import Vessel

from ._common import (
    Facts,
    country,
    fmt_date,
    invent_call_sign,
    national_reg,
    phone,
    pick_same_flag,
    some_date,
)
from ._page import PageDraft, paginate
from ._vocab import owner_name

LAYOUT = "approved_vessel_list"

_T: dict[str, dict[str, Any]] = {
    "en": {
        "title": "List of establishments approved for EU exports",
        "country": "Country",
        "section": "Section VIII: Fishery products",
        "activity": "Activity: Fishery products — vessels (FV, ZV)",
        "pub": "Date of publication",
        "force": "List in force",
        "cols": (
            "Approval number",
            "Name",
            "City",
            "Regions",
            "Activities",
            "Remark",
            "Date of request",
        ),
        "legend": "FV = Freezer vessel   ZV = Factory vessel   CS = Cold store   "
        "PP = Processing plant\n",
        "page": "Page",
        "ex": "ex-",
        "new": "New",
        "mod": "Modified",
        "callsign": "Call sign",
        "reg": "Reg.",
    },
    "es": {
        "title": "Lista de establecimientos autorizados para la exportación a la UE",
        "country": "País",
        "section": "Sección VIII: Productos de la pesca",
        "activity": "Actividad: Productos de la pesca — buques (FV, ZV)",
        "pub": "Fecha de publicación",
        "force": "Lista en vigor",
        "cols": (
            "Número de autorización",
            "Nombre",
            "Ciudad",
            "Regiones",
            "Actividades",
            "Observación",
            "Fecha de solicitud",
        ),
        "legend": "FV = Buque congelador   ZV = Buque factoría   CS = Almacén frigorífico   "
        "PP = Establecimiento de transformación\n",
        "page": "Página",
        "ex": "ex ",
        "new": "Nuevo",
        "mod": "Modificado",
        "callsign": "Indicativo",
        "reg": "Matrícula",
    },
    "fr": {
        "title": "Liste des établissements agréés pour l'exportation vers l'UE",
        "country": "Pays",
        "section": "Section VIII : Produits de la pêche",
        "activity": "Activité : Produits de la pêche — navires (FV, ZV)",
        "pub": "Date de publication",
        "force": "Liste en vigueur",
        "cols": (
            "Numéro d'agrément",
            "Nom",
            "Ville",
            "Régions",
            "Activités",
            "Remarque",
            "Date de la demande",
        ),
        "legend": "FV = Navire congélateur   ZV = Navire-usine   CS = Entrepôt frigorifique   "
        "PP = Établissement de transformation\n",
        "page": "Page",
        "ex": "ex-",
        "new": "Nouveau",
        "mod": "Modifié",
        "callsign": "Indicatif",
        "reg": "Immatriculation",
    },
}

_FILLERS = {
    "en": (
        "\nNote: establishments are listed in accordance with Article 127(3)(e) of Regulation "
        "(EU) 2017/625 on the basis of guarantees given by the competent authority of the "
        "exporting country. Vessels appear under the flag State whose authority certified "
        "them.\n",
        "\nThe absence of an establishment from this list does not prejudge its status in the "
        "exporting country. Enquiries: sante-traces@ec.example.eu, tel. +32 2 295 00 00.\n",
        "\nChanges since the previous publication are marked in the Remark column. Withdrawn "
        "establishments remain visible for 12 months with the status 'Withdrawn'.\n",
    ),
    "es": (
        "\nNota: los establecimientos se incluyen de conformidad con el artículo 127, apartado "
        "3, letra e), del Reglamento (UE) 2017/625, sobre la base de las garantías ofrecidas "
        "por la autoridad competente del país exportador.\n",
        "\nLa ausencia de un establecimiento en esta lista no prejuzga su situación en el país "
        "exportador. Consultas: tel. +32 2 295 00 00.\n",
        "\nLos cambios desde la publicación anterior figuran en la columna Observación.\n",
    ),
    "fr": (
        "\nNote : les établissements figurent conformément à l'article 127, paragraphe 3, point "
        "e), du règlement (UE) 2017/625, sur la base des garanties fournies par l'autorité "
        "compétente du pays exportateur.\n",
        "\nL'absence d'un établissement de cette liste ne préjuge pas de son statut dans le pays "
        "exportateur. Renseignements : tél. +32 2 295 00 00.\n",
        "\nLes modifications depuis la publication précédente figurent dans la colonne Remarque.\n",
    ),
}

_AUTHORITIES = {
    "CHN": "General Administration of Customs of the People's Republic of China (GACC)",
    "TWN": "Fisheries Agency, Council of Agriculture",
    "JPN": "Ministry of Health, Labour and Welfare / Fisheries Agency",
    "KOR": "National Fishery Products Quality Management Service (NFQS)",
    "RUS": "Federal Service for Veterinary and Phytosanitary Surveillance (Rosselkhoznadzor)",
    "ESP": "Secretaría General de Pesca",
}


def _approval(rng: random.Random, flag: str, style: int, serial: int) -> str:
    code = flag[:2] if flag != "UNK" else "XX"
    if style == 0:
        return f"{code}-FV-{serial:04d}"
    if style == 1:
        return f"{rng.choice(('3300', '3500', '3700', '2100'))}/{serial:05d}"
    return f"FV{serial:05d}"


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = rng.choices(("en", "es", "fr"), (3, 1, 1))[0]
    flag, chosen = pick_same_flag(vessels, rng, rng.randint(3, 26))
    if rng.random() < 0.45:
        return _national(lang if lang == "en" else "en", flag, chosen, rng)
    return _eu_list(lang, flag, chosen, rng)


def _eu_list(lang: str, flag: str, chosen: list[Facts], rng: random.Random) -> list[PageDraft]:
    t = _T[lang]
    published = some_date(rng, 2023, 2026)
    pub_text = fmt_date(published, "dmy")
    style = rng.randint(0, 2)
    serial = rng.randint(1, 800)
    widths = (16, 22, 14, 11, 11, 28)

    blocks: list[PageDraft] = []
    for f in chosen:
        serial += rng.randint(1, 40)
        row = PageDraft()
        row.cell(_approval(rng, flag, style, serial), "LICENSE_NO", widths[0])
        row.cell(f.name, "VESSEL_NAME", widths[1])
        row.cell(f.port.title() if f.port else "", "HOME_PORT", widths[2])
        row.cell(f.province.title() if f.province else "", None, widths[3])
        row.cell(rng.choice(("FV", "FV", "ZV", "FV, ZV")), None, widths[4])
        remark = PageDraft()
        parts = 0
        if f.imo and rng.random() < 0.7:
            remark.add("IMO ").put(f.imo, "IMO")
            parts += 1
        elif f.ircs and rng.random() < 0.7:
            remark.add(f"{t['callsign']} ").put(f.ircs, "IRCS")
            parts += 1
        if rng.random() < 0.35:
            remark.add("; " if parts else "").add(f"{t['reg']} ")
            remark.put(national_reg(rng, f.flag), "NATIONAL_REG_NO")
            parts += 1
        if f.former_name and rng.random() < 0.7:
            remark.add("; " if parts else "").add(t["ex"]).put(f.former_name, "NAME_CHANGE")
            parts += 1
        if not parts:
            remark.add(rng.choice((t["new"], t["mod"], "")))
        row.extend(remark)
        row.add(" " * max(1, widths[5] - len(remark)))
        asked = dt.date.fromordinal(
            rng.randint(published.toordinal() - 2000, published.toordinal())
        )
        row.add(fmt_date(asked, "dmy") + "\n")
        blocks.append(row)

    country_name = country(flag, lang) if flag != "UNK" else "—"

    def head(number: int) -> PageDraft:
        page = PageDraft()
        if number == 1:
            page.add("EUROPEAN COMMISSION\nDirectorate-General for Health and Food Safety\n\n")
            page.add(t["title"] + "\n\n")
            page.add(f"{t['country']}: ").put(country_name, "FLAG" if flag != "UNK" else None)
            page.add(f"\n{t['section']}\n{t['activity']}\n{t['pub']}: {pub_text}\n")
            page.add(f"{t['force']}\n\n" + t["legend"] + "\n")
        else:
            page.add(f"{t['country']}: {country_name} — {t['section']} — {pub_text}\n\n")
        header = "".join(c[: w - 1].ljust(w) for c, w in zip(t["cols"], widths, strict=False))
        page.add(header + t["cols"][6] + "\n" + "-" * 118 + "\n")
        return page

    def tail(number: int, last: bool) -> PageDraft:
        return PageDraft().add(f"\n{t['page']} {number}\n")

    return paginate(head, blocks, tail, _FILLERS[lang], max_pages=3)


def _national(lang: str, flag: str, chosen: list[Facts], rng: random.Random) -> list[PageDraft]:
    authority = _AUTHORITIES.get(flag, "Competent Authority for Fish Inspection")
    day = some_date(rng, 2023, 2026)
    ref = f"{rng.choice(('CA', 'FI', 'EXP'))}/{day.year}/{rng.randint(10, 999)}"
    prefixes = {"CHN": "86 10", "TWN": "886 2", "JPN": "81 3", "KOR": "82 44", "RUS": "7 495"}
    tel = phone(rng, prefixes.get(flag, "1 202"))
    style = rng.randint(0, 2)
    country_name = country(flag) if flag != "UNK" else "the flag State"
    blocks: list[PageDraft] = []
    serial = rng.randint(10, 400)
    for number, f in enumerate(chosen, start=1):
        serial += rng.randint(1, 12)
        block = PageDraft()
        block.add(f"{number}. ").put(f.name, "VESSEL_NAME")
        kind = rng.choice(("Freezer vessel", "Factory vessel", "Freezer vessel (FV)"))
        block.add(f" — {kind}\n   Approval No.: ")
        block.put(_approval(rng, flag, style, serial), "LICENSE_NO")
        block.add("   Registration No.: ").put(national_reg(rng, f.flag), "NATIONAL_REG_NO")
        block.add("\n   ")
        if f.imo:
            block.add("IMO No.: ").put(f.imo, "IMO").add("   ")
        if f.ircs:
            block.add("Call sign: ").put(f.ircs, "IRCS").add("   ")
        if f.port:
            block.add("Home port: ").put(f.port.title(), "HOME_PORT")
        block.add("\n   Owner: ").put(owner_name(rng, f), "ASSOC_NAME")
        if f.gt and rng.random() < 0.6:
            block.add("   ").put("GT", "METRIC_TYPE").add(" ").put(f.gt, "METRIC_VALUE")
        if f.former_name and rng.random() < 0.6:
            block.add("\n   Remarks: change of name, formerly ")
            block.put(f.former_name, "NAME_CHANGE")
            if rng.random() < 0.5:
                old = invent_call_sign(rng, f.flag)
                if old:
                    block.add(" (call sign ").put(old, "ID_CHANGE").add(")")
        block.add("\n")
        blocks.append(block)

    def head(number: int) -> PageDraft:
        page = PageDraft()
        if number == 1:
            page.add(f"{authority}\n\nNOTICE No. {ref}\nDate: {fmt_date(day, 'long')}\n\n")
            page.add(
                "LIST OF FISHING VESSELS (FREEZER AND FACTORY VESSELS) APPROVED FOR THE "
                "EXPORT OF FISHERY PRODUCTS TO THE EUROPEAN UNION\n\n"
            )
            page.add("Flag State: ").put(country_name, "FLAG" if flag != "UNK" else None)
            page.add(f"\nContact: Fish Inspection Division, tel. {tel}\n\n")
            page.add(
                "The following vessels have been inspected and meet the requirements of "
                "Regulation (EC) No 853/2004, Annex III, Section VIII:\n\n"
            )
        else:
            page.add(f"Notice {ref} (continued)\n\n")
        return page

    def tail(number: int, last: bool) -> PageDraft:
        page = PageDraft()
        if last:
            page.add(
                "\nThe approvals remain valid subject to the results of official controls. "
                "This list replaces the list attached to the previous notice.\n\n"
                "Director, Fish Inspection Division\n"
            )
        page.add(f"\n- {number} -\n")
        return page

    return paginate(head, blocks, tail, _FILLERS["en"], max_pages=3)
