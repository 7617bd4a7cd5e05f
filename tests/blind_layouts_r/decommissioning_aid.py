"""A decision granting decommissioning (scrapping) aid: the decision's recitals and operative
part, then a table of vessels, owners, capacities (GT, kW) and amounts paid, sometimes an annex
of refused applications. Spanish (BOE-style resolution) for Spanish vessels, otherwise English
(a buy-back or vessel-reduction decision of the flag State)."""

from __future__ import annotations

import random

from oceanid_dev.demo.vessels import Vessel

from ._common import (
    Facts,
    country,
    engine_kw,
    fmt_date,
    money,
    national_reg,
    some_date,
    usable,
)
from ._page import PageDraft, paginate
from ._vocab import PEOPLE, owner_name

LAYOUT = "decommissioning_aid"

_EU = {"ESP", "FRA", "PRT", "ITA", "GRC", "IRL", "NLD", "DEU", "DNK", "HRV"}
_AUTHORITY = {
    "TWN": (
        "Fisheries Agency, Ministry of Agriculture",
        "Distant-Water Longline Vessel Reduction (Buy-back) Programme",
        "NT$",
        28_000,
    ),
    "CHN": (
        "Bureau of Fisheries, Ministry of Agriculture and Rural Affairs",
        "Marine Fishing Vessel Reduction and Scrapping Subsidy",
        "CNY",
        3_500,
    ),
    "JPN": (
        "Fisheries Agency, Ministry of Agriculture, Forestry and Fisheries",
        "Fishing Capacity Reduction (Vessel Scrapping) Project",
        "JPY",
        95_000,
    ),
    "KOR": (
        "Ministry of Oceans and Fisheries",
        "Coastal and Offshore Fishing Vessel Buy-back Programme",
        "KRW",
        900_000,
    ),
}
_DEFAULT_AUTHORITY = (
    "Ministry of Fisheries and Marine Resources",
    "Fleet Decommissioning Scheme",
    "EUR",
    900,
)


def _group(vessels: list[Vessel], rng: random.Random) -> tuple[str | None, list[Facts]]:
    groups: dict[str, list[Facts]] = {}
    for f in usable(vessels):
        groups.setdefault(f.flag or "", []).append(f)
    eu = sorted(k for k in groups if k in _EU)
    if eu and rng.random() < 0.2:
        flag = rng.choice(eu)
    else:
        keys = sorted(groups)
        flag = rng.choices(keys, [len(groups[k]) ** 0.5 for k in keys])[0]
    members = groups[flag]
    return flag or None, rng.sample(members, min(len(members), rng.randint(3, 14)))


def _cfr(rng: random.Random, flag: str) -> str:
    return f"{flag}{rng.randint(0, 30_000):09d}"


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    flag, chosen = _group(vessels, rng)
    if flag == "ESP":
        return _spanish(chosen, rng)
    return _english(flag, chosen, rng)


def _amount(rng: random.Random, f: Facts, rate: float, kw: str) -> float:
    gt = float(f.gt) if f.gt else float(kw) / 2
    return round((gt * rate + float(kw) * rate / 5) * rng.uniform(0.7, 1.1), 2)


def _spanish(chosen: list[Facts], rng: random.Random) -> list[PageDraft]:
    day = some_date(rng, 2023, 2026)
    deadline = some_date(rng, day.year, day.year + 1)
    granted = chosen[: max(1, len(chosen) * 3 // 4)]
    refused = chosen[len(granted) :]
    total = 0.0
    blocks: list[PageDraft] = []
    intro = PageDraft()
    intro.add("Anexo I. Ayudas concedidas\n\n")
    intro.add(
        "N.º  Buque                  CFR           Matrícula       Puerto base   "
        "Armador (NIF)                          GT      kW     Importe (€)\n"
    )
    blocks.append(intro)
    for n, f in enumerate(granted, start=1):
        kw = engine_kw(rng, f.gt)
        amount = _amount(rng, f, 900, kw)
        total += amount
        row = PageDraft()
        row.add(f"{n:<5}").cell(f.name, "VESSEL_NAME", 23)
        row.cell(_cfr(rng, "ESP"), "EU_CFR", 14)
        row.cell(national_reg(rng, "ESP"), "NATIONAL_REG_NO", 16)
        row.cell(f.port.title() if f.port else "—", "HOME_PORT" if f.port else None, 14)
        owner = owner_name(rng, f)
        row.put(owner, "ASSOC_NAME").add(" (")
        row.put(f"B{rng.randint(10**7, 10**8 - 1)}", "REG_NO").add(")")
        row.add(" " * max(1, 30 - len(owner)))
        row.cell(f.gt or "—", "METRIC_VALUE" if f.gt else None, 8)
        row.cell(kw, "METRIC_VALUE", 7)
        row.add(money(amount, "es") + "\n")
        blocks.append(row)
    blocks.append(PageDraft().add(f"\nTotal: {money(total, 'es')} euros\n"))
    if refused:
        blocks.append(PageDraft().add("\nAnexo II. Solicitudes desestimadas\n\n"))
        for f in refused:
            row = PageDraft()
            row.add("- Buque ").put(f.name, "VESSEL_NAME").add(" (CFR ")
            row.put(_cfr(rng, "ESP"), "EU_CFR").add("): ")
            row.add(
                rng.choice(
                    (
                        "no acredita 90 días de actividad pesquera en cada uno de los "
                        "dos años anteriores",
                        "solicitud presentada fuera de plazo",
                        "el buque tiene menos de 10 años de antigüedad",
                    )
                )
                + ".\n"
            )
            blocks.append(row)
    resolution = f"Resolución de {fmt_date(day, 'long', 'es')}"

    def head(number: int) -> PageDraft:
        page = PageDraft()
        if number == 1:
            page.add(
                f"BOLETÍN OFICIAL DEL ESTADO\nNúm. {rng.randint(1, 312)}    Sec. III.    "
                f"Pág. {rng.randint(10000, 99999)}\n\nMINISTERIO DE AGRICULTURA, PESCA Y "
                "ALIMENTACIÓN\n\n"
            )
            page.add(
                f"{resolution}, de la Secretaría General de Pesca, por la que se resuelve "
                "la convocatoria de ayudas a la paralización definitiva de la actividad "
                "pesquera mediante el desguace de buques, cofinanciadas por el Fondo "
                "Europeo Marítimo, de Pesca y de Acuicultura (FEMPA).\n\n"
            )
            page.add(
                "De conformidad con el artículo 20 del Reglamento (UE) 2021/1139 y vista la "
                "propuesta de la comisión de valoración, esta Secretaría General resuelve:"
                "\n\nPrimero. Conceder las ayudas que figuran en el anexo I a los armadores "
                "de los buques relacionados, por los importes indicados.\n"
            )
            page.add(
                f"Segundo. El desguace deberá acreditarse antes del "
                f"{fmt_date(deadline, 'long', 'es')} mediante certificado de la Capitanía "
                "Marítima y baja definitiva en el Registro General de la Flota Pesquera.\n\n"
            )
        else:
            page.add(f"{resolution} (continuación)\n\n")
        return page

    signer = rng.choice(PEOPLE)
    cve = rng.randint(10000, 89999)

    def tail(number: int, last: bool) -> PageDraft:
        page = PageDraft()
        if last:
            page.add(
                f"\nContra la presente resolución, que pone fin a la vía administrativa, "
                f"cabe recurso potestativo de reposición en el plazo de un mes.\n\n"
                f"El Secretario General de Pesca, {signer}.\n"
            )
        page.add(f"\ncve: BOE-B-{day.year}-{cve + number}\n")
        return page

    fillers = (
        "\nTercero. El pago se realizará en un único libramiento, previa presentación del "
        "certificado de desguace y de la justificación de la baja del buque.\n",
        "\nCuarto. Los beneficiarios quedan obligados a no registrar nuevos buques con "
        "la capacidad retirada durante cinco años.\n",
    )
    return paginate(head, blocks, tail, fillers, max_pages=3, limit=2900)


def _english(flag: str | None, chosen: list[Facts], rng: random.Random) -> list[PageDraft]:
    authority, programme, currency, rate = _AUTHORITY.get(flag or "", _DEFAULT_AUTHORITY)
    day = some_date(rng, 2023, 2026)
    number = f"{rng.randint(100, 999)}/{day.year}"
    table = rng.random() < 0.6
    total = 0.0
    total_gt = 0.0
    blocks: list[PageDraft] = []
    if table:
        blocks.append(
            PageDraft().add(
                "ANNEX — Vessels approved for decommissioning aid\n\n"
                "No. Vessel name           Reg. No.          IMO      Owner"
                + " " * 25
                + "GT     kW    Amount ("
                + currency
                + ")\n"
                + "-" * 110
                + "\n"
            )
        )
    for n, f in enumerate(chosen, start=1):
        kw = engine_kw(rng, f.gt)
        amount = _amount(rng, f, rate, kw)
        total += amount
        total_gt += float(f.gt) if f.gt else 0
        owner = owner_name(rng, f)
        row = PageDraft()
        if table:
            row.add(f"{n:<4}").cell(f.name, "VESSEL_NAME", 21)
            row.cell(national_reg(rng, flag), "NATIONAL_REG_NO", 18)
            row.cell(f.imo or "—", "IMO" if f.imo else None, 9)
            row.cell(owner, "ASSOC_NAME", 30)
            row.cell(f.gt or "—", "METRIC_VALUE" if f.gt else None, 7)
            row.cell(kw, "METRIC_VALUE", 6)
            row.add(money(amount, "en") + "\n")
        else:
            row.add(f"({n}) ").put(f.name, "VESSEL_NAME")
            if f.ircs:
                row.add(", call sign ").put(f.ircs, "IRCS")
            row.add(", registration No. ").put(national_reg(rng, flag), "NATIONAL_REG_NO")
            if f.port:
                row.add(", home port ").put(f.port.title(), "HOME_PORT")
            if f.year:
                row.add(", built ").put(f.year, "BUILD_YEAR")
            row.add(";\n    ").put("Owner", "ASSOC_ROLE").add(": ").put(owner, "ASSOC_NAME")
            row.add("; capacity withdrawn: ")
            if f.gt:
                row.put(f.gt, "METRIC_VALUE").add(" ").put("GT", "METRIC_UNIT").add(" and ")
            row.put(kw, "METRIC_VALUE").add(" ").put("kW", "METRIC_UNIT")
            row.add(f"; aid granted: {currency} {money(amount)}.\n")
        blocks.append(row)
    blocks.append(
        PageDraft().add(
            f"\nTotal aid: {currency} {money(total)} for {len(chosen)} vessels "
            f"({total_gt:,.0f} GT withdrawn).\n"
        )
    )
    flag_name = country(flag) if flag else None

    def head(page_no: int) -> PageDraft:
        page = PageDraft()
        if page_no == 1:
            page.add(f"{authority.upper()}\n\nDECISION No. {number}\n")
            page.add(f"on the grant of aid under the {programme}\n")
            page.add(f"Date: {fmt_date(day, 'long')}\n\n")
            page.add(
                "Having regard to the programme rules, the capacity ceilings of the fleet "
                "and the applications received by the closing date, and having verified "
                "that each vessel was active in fishing in the two years preceding the "
                "application,\n\nIT IS DECIDED:\n\n"
            )
            page.add(
                "Article 1. Aid for the permanent cessation of fishing activities by "
                "scrapping is granted to the owners of the "
            )
            if flag_name:
                page.put(flag_name, "FLAG").add("-flagged ")
            page.add(
                "vessels listed below.\nArticle 2. Payment is conditional on proof of "
                "scrapping and deletion from the fishing vessel register; the fishing "
                "licence of each vessel is cancelled on payment.\n\n"
            )
        else:
            page.add(f"Decision No. {number} — continued\n\n")
        return page

    signer = rng.choice(PEOPLE)

    def tail(page_no: int, last: bool) -> PageDraft:
        page = PageDraft()
        if last:
            page.add(
                f"\nArticle 3. This decision enters into force on the date of signature.\n"
                f"\n{signer}\nDirector-General\n"
            )
        page.add(f"\n{page_no}\n")
        return page

    fillers = (
        "\nArticle 4. Owners may not introduce replacement capacity. Aid unduly paid "
        "shall be recovered with interest. Enquiries: Fleet Management Division.\n",
        "\nArticle 5. Vessels shall be scrapped at an approved yard in the presence of "
        "an inspector, who shall issue a certificate of destruction.\n",
    )
    return paginate(head, blocks, tail, fillers, max_pages=3, limit=2900)
