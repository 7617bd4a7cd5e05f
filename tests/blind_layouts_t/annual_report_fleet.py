"""A page of a fishing company's annual report: a fleet table and a narrative about vessels
bought, sold and renamed."""

from __future__ import annotations

import random

from oceanid_dev.demo.vessels import Vessel

from ._common import (
    Ident,
    build_place,
    country,
    fao_for,
    fmt_date,
    ident,
    invent_former,
    pad,
    pick,
    rand_date,
    thousands,
)
from ._page import PageDraft
from ._vocab import GEAR_WORDS, RFMOS

LAYOUT = "annual_report_fleet"

_TITLES = {
    "en": (
        "ANNUAL REPORT {y}",
        "Fleet review",
        "Fleet at 31 December {y}",
        "Management discussion and analysis",
    ),
    "es": (
        "MEMORIA ANUAL {y}",
        "Evolución de la flota",
        "Flota al 31 de diciembre de {y}",
        "Informe de gestión",
    ),
    "fr": (
        "RAPPORT ANNUEL {y}",
        "Revue de la flotte",
        "Flotte au 31 décembre {y}",
        "Rapport de gestion",
    ),
}
_HEAD = {
    "en": (
        "Vessel",
        "Type",
        "Flag",
        "IMO",
        "Call sign",
        "GT",
        "LOA m",
        "Built",
        "FAO",
        "Licence to",
    ),
    "es": (
        "Buque",
        "Tipo",
        "Bandera",
        "OMI",
        "Indicativo",
        "GT",
        "Eslora",
        "Año",
        "FAO",
        "Permiso hasta",
    ),
    "fr": (
        "Navire",
        "Type",
        "Pavillon",
        "OMI",
        "Indicatif",
        "GT",
        "Lht m",
        "Constr.",
        "FAO",
        "Licence jusqu'au",
    ),
}
_WIDTHS = (22, 15, 14, 9, 10, 7, 7, 6, 6)
_FILLERS = {
    "en": (
        "Fuel remained the largest operating cost, at 31.4% of cost of sales (prior year 28.9%). "
        "The Group hedged approximately 40% of expected bunker consumption for the coming year.",
        "All vessels carry satellite VMS and electronic logbooks; observer coverage on the "
        "longline fleet reached 7.5% of hooks set, above the 5% required by the relevant RFMOs.",
        "Depreciation of vessels is provided on a straight-line basis over 15 to 25 years; see "
        "Note 14 to the consolidated financial statements for the carrying amounts.",
        "Forward-looking statements in this report are subject to risks including fish stock "
        "variability, quota allocations, fuel prices and exchange rates.",
        "Outlook: the Board expects catch rates to normalise after the El Niño event and will "
        "continue the fleet renewal programme announced at the last general meeting.",
        "Vessel-days at sea totalled 1,742 (prior year 1,655); average trip length was 214 days.",
    ),
    "es": (
        "El combustible siguió siendo el principal coste operativo, con el 31,4% del coste de "
        "ventas (ejercicio anterior: 28,9%).",
        "Todos los buques cuentan con localizador satelital y diario electrónico de pesca; la "
        "cobertura de observadores alcanzó el 7,5% de los lances.",
        "La amortización de los buques se calcula linealmente en 15 a 25 años (véase la Nota 14 "
        "de las cuentas anuales consolidadas).",
        "Perspectivas: el Consejo prevé una normalización de los rendimientos de pesca y la "
        "continuidad del plan de renovación de la flota aprobado en la última Junta General.",
        "Los días de mar sumaron 1.742 (ejercicio anterior: 1.655), con una duración media de "
        "la marea de 214 días.",
        "Las previsiones de este informe están sujetas a riesgos como la variabilidad de los "
        "stocks, la asignación de cuotas, el precio del combustible y los tipos de cambio.",
    ),
    "fr": (
        "Le carburant reste le premier poste de coûts, soit 31,4 % du coût des ventes (exercice "
        "précédent : 28,9 %).",
        "Tous les navires sont équipés de balises VMS et de journaux de pêche électroniques ; le "
        "taux de couverture par observateurs a atteint 7,5 % des opérations.",
        "Les navires sont amortis linéairement sur 15 à 25 ans (voir la note 14 des états "
        "financiers consolidés).",
        "Perspectives : le Conseil anticipe une normalisation des rendements de pêche et la "
        "poursuite du programme de renouvellement de la flotte.",
        "Les jours de mer ont totalisé 1 742 (exercice précédent : 1 655), pour une durée "
        "moyenne de marée de 214 jours.",
        "Les déclarations prospectives du présent rapport sont soumises à des risques tels que "
        "la variabilité des stocks, les quotas, le prix du carburant et les taux de change.",
    ),
}


def _fleet(vessels: list[Vessel], rng: random.Random) -> tuple[str | None, list[Ident]]:
    owners: dict[str, list[int]] = {}
    for i, vessel in enumerate(vessels):
        if vessel.owner:
            owners.setdefault(vessel.owner, []).append(i)
    groups = sorted(name for name, members in owners.items() if len(members) >= 2)
    if groups and rng.random() < 0.8:
        owner = rng.choice(groups)
        members = owners[owner]
        chosen = rng.sample(members, min(len(members), rng.randint(3, 8)))
        return owner, [ident(vessels[i]) for i in chosen]
    return None, pick(vessels, rng, rng.randint(3, 6))


def _table(rng: random.Random, fleet: list[Ident], lang: str, year: int) -> PageDraft:
    page = PageDraft()
    head = _HEAD[lang]
    page.line("".join(h.ljust(w) for h, w in zip(head, _WIDTHS, strict=False)) + head[-1])
    page.line("-" * 112)
    rfmo = rng.choice(RFMOS)[0]
    for v in fleet:
        cells: list[list[tuple[str, str | None]]] = [
            [(v.name, "VESSEL_NAME")],
            [(GEAR_WORDS[v.gear][{"en": 0, "es": 1, "fr": 2}[lang]], None)],
            [(country(v.flag, lang) if lang != "en" or rng.random() < 0.7 else v.flag, "FLAG")]
            if v.flag
            else [("-", None)],
            [(v.imo, "IMO")] if v.imo else [("n/a", None)],
            [(v.ircs, "IRCS")] if v.ircs else [("-", None)],
            [(thousands(v.gt, lang), "METRIC_VALUE")] if v.gt else [("-", None)],
            [(v.loa.replace(".", ",") if lang != "en" else v.loa, "METRIC_VALUE")]
            if v.loa
            else [("-", None)],
            [(v.year, "BUILD_YEAR")] if v.year else [("-", None)],
            [(fao_for(rng, rfmo)[0], "FAO_AREA_CODE")],
        ]
        for width, cell in zip(_WIDTHS, cells, strict=True):
            for text, label in cell:
                page.add(text, label)
            page.add(" " * max(1, width - sum(len(t) for t, _ in cell)))
        expiry = rand_date(rng, year + 1, year + 2)
        page.add(fmt_date(expiry, "dmy" if lang != "en" else "short", lang), "END_DATE").nl()
    total = sum(int(v.gt) for v in fleet if v.gt and v.gt.isdigit())
    page.line("-" * 112)
    page.line(
        {
            "en": "Total gross tonnage of vessels listed: ",
            "es": "Arqueo bruto total: ",
            "fr": "Jauge brute totale : ",
        }[lang]
        + thousands(str(total), lang)
        + " GT"
    )
    return page


def _narrative(
    rng: random.Random, company: str | None, fleet: list[Ident], lang: str, year: int
) -> PageDraft:
    d = PageDraft()
    bought, sold = fleet[0], fleet[-1]
    former = invent_former(rng, bought)
    old_name = bought.former_name or former.name
    price = f"{rng.randint(12, 95) / 10:.1f}"
    price = price if lang == "en" else price.replace(".", ",")
    yard, town, where = build_place(rng, bought)
    month = fmt_date(rand_date(rng, year, year), "long", lang)
    if lang == "en":
        d.add(f"At 31 December {year} ")
        d.add(company, "ASSOC_NAME") if company else d.add("the Group")
        d.add(
            f" operated {len(fleet)} vessels. On {month} the Group completed the acquisition "
            f"of the {GEAR_WORDS[bought.gear][0]} "
        )
        d.add(old_name, "NAME_CHANGE").add(f" for USD {price} million; the vessel was renamed ")
        d.add(bought.name, "VESSEL_NAME").add(" and transferred from the ")
        d.add(country(former.flag), "FLAG_CHANGE").add(" register")
        if bought.flag:
            d.add(" to the flag of ").add(country(bought.flag), "FLAG")
        d.add(" (former call sign ").add(former.ircs, "ID_CHANGE")
        if bought.ircs:
            d.add(", new call sign ").add(bought.ircs, "IRCS")
        d.add("). ")
        if bought.year:
            d.add("Built in ").add(bought.year, "BUILD_YEAR").add(" by ")
            d.add(yard, "BUILDER_LOCATION").add(", ").add(town, "BUILDER_LOCATION")
            d.add(", she underwent a refit before joining the fleet. ")
        if sold is not bought:
            d.add("The ").add(sold.name, "VESSEL_NAME")
            d.add(
                f" was sold to an unrelated buyer for USD {rng.randint(2, 95)}"
                "0,000 and delivered in the fourth quarter. "
            )
        d.add(
            f"Revenue rose {rng.randint(2, 19)}.{rng.randint(0, 9)}% to USD "
            f"{rng.randint(40, 900)}.{rng.randint(0, 9)} million."
        )
    elif lang == "es":
        d.add(f"Al 31 de diciembre de {year} ")
        d.add(company, "ASSOC_NAME") if company else d.add("el Grupo")
        d.add(
            f" operaba {len(fleet)} buques. El {month} se completó la compra del "
            f"{GEAR_WORDS[bought.gear][1]} "
        )
        d.add(old_name, "NAME_CHANGE").add(
            f" por {price} millones de dólares; el buque pasó a denominarse "
        )
        d.add(bought.name, "VESSEL_NAME").add(" y cambió la bandera de ")
        d.add(country(former.flag, "es"), "FLAG_CHANGE")
        if bought.flag:
            d.add(" por la de ").add(country(bought.flag, "es"), "FLAG")
        d.add(" (antiguo MMSI ").add(former.mmsi, "ID_CHANGE")
        if bought.mmsi:
            d.add(", actual ").add(bought.mmsi, "MMSI")
        d.add("). ")
        if sold is not bought:
            d.add("El buque ").add(sold.name, "VESSEL_NAME")
            d.add(" fue vendido a un comprador no vinculado y entregado en el cuarto trimestre. ")
        d.add(f"La cifra de negocio aumentó un {rng.randint(2, 19)},{rng.randint(0, 9)}%.")
    else:
        d.add(f"Au 31 décembre {year}, ")
        d.add(company, "ASSOC_NAME") if company else d.add("le Groupe")
        d.add(
            f" exploitait {len(fleet)} navires. Le {month}, le Groupe a acquis le "
            f"{GEAR_WORDS[bought.gear][2]} "
        )
        d.add(old_name, "NAME_CHANGE").add(
            f" pour {price} millions USD ; le navire a été rebaptisé "
        )
        d.add(bought.name, "VESSEL_NAME").add(" et transféré du pavillon ")
        d.add(country(former.flag, "fr"), "FLAG_CHANGE")
        if bought.flag:
            d.add(" au pavillon ").add(country(bought.flag, "fr"), "FLAG")
        d.add(" (ancien indicatif ").add(former.ircs, "ID_CHANGE").add("). ")
        if bought.year:
            d.add("Construit en ").add(bought.year, "BUILD_YEAR").add(" par ")
            d.add(yard, "BUILDER_LOCATION").add(" (").add(country(where, "fr"), "BUILD_COUNTRY")
            d.add("), il a fait l'objet d'un carénage avant sa mise en service. ")
        if sold is not bought:
            d.add("Le navire ").add(sold.name, "VESSEL_NAME")
            d.add(" a été cédé à un acquéreur tiers au quatrième trimestre. ")
        d.add(f"Le chiffre d'affaires progresse de {rng.randint(2, 19)},{rng.randint(0, 9)} %.")
    d.nl()
    return d


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = rng.choice(("en", "en", "es", "fr"))
    year = rng.randint(2019, 2024)
    company, fleet = _fleet(vessels, rng)
    title, review, table_title, section = (t.format(y=year) for t in _TITLES[lang])
    stock = f"Stock code: {rng.randint(600000, 603999)}" if lang == "en" else ""
    page_no = rng.randint(8, 40)

    def header(page: PageDraft) -> None:
        nonlocal page_no
        page.add(f"{title}   {section}   ")
        if company and rng.random() < 0.5:
            page.add(company, "ASSOC_NAME")
        page.line(f"   {page_no}  {stock}".rstrip())
        page_no += 1
        page.nl()

    p1 = PageDraft()
    header(p1)
    p1.line(review.upper())
    p1.extend(_narrative(rng, company, fleet, lang, year))
    pages = [p1]
    remaining = fleet[:-1] if len(fleet) > 1 else fleet
    table = _table(rng, remaining, lang, year)
    if len(p1) + len(table) < 2700 and (rng.random() < 0.6 or len(p1) + len(table) < 1300):
        p1.nl().line(table_title).extend(table)
    else:
        p2 = PageDraft()
        header(p2)
        p2.line(table_title)
        p2.extend(table)
        pages.append(p2)
    for page in pages:
        pad(page, rng, _FILLERS[lang], 870)
    return pages
