"""A bank's or trader's due-diligence (KYC/EDD) screening report on a shipowner and its
vessels: counterparty, beneficial owners, screening hits, a vessel table and findings
(flag and name history, RFMO records, AIS gaps), then the risk rating; English or Spanish."""

from __future__ import annotations

import random
from typing import Any

from oceanid_dev.demo.vessels import Vessel

from ._common import (
    Facts,
    country,
    fmt_date,
    invent_call_sign,
    other_flag,
    some_date,
    usable,
)
from ._page import PageDraft, paginate
from ._vocab import BANKS, PEOPLE, address, company

LAYOUT = "kyc_screening"

_T: dict[str, dict[str, Any]] = {
    "en": {
        "conf": "STRICTLY CONFIDENTIAL — FINANCIAL CRIME COMPLIANCE",
        "title": "ENHANCED DUE DILIGENCE (KYC) SCREENING REPORT",
        "case": "Case ref.",
        "date": "Report date",
        "analyst": "Analyst",
        "rel": "Relationship",
        "rels": (
            "Trade finance — pre-export facility",
            "Commodity purchase (frozen tuna, CFR Bangkok)",
            "Vessel mortgage refinancing",
        ),
        "s1": "1. COUNTERPARTY",
        "legal": "Legal name",
        "role": "Role",
        "roles": ("Shipowner", "Registered owner", "Owner and operator"),
        "reg": "Company registration no.",
        "lei": "LEI",
        "addr": "Registered address",
        "ubo": "Ultimate beneficial owner(s)",
        "uborole": "Beneficial owner",
        "screen": "Screening",
        "s2": "2. VESSELS OWNED OR OPERATED",
        "cols": ("Vessel", "IMO", "Flag", "MMSI", "Call sign", "GT", "Built"),
        "s3": "3. VESSEL FINDINGS",
        "s4": "4. RISK ASSESSMENT",
        "ex": "Name history: ex-",
        "flagh": "Flag history: previously flagged in ",
        "rfmo": "RFMO record",
        "ais": "AIS: {n} transmission gaps over 24 h in FAO area ",
        "none": "No adverse media; no sanctions or IUU list match.",
        "risk": "Overall risk rating",
        "decision": "Recommendation",
        "page": "Page",
        "cs": "call sign",
        "by": "Reviewed by",
        "ratings": ("Low", "Medium", "High"),
        "decisions": (
            "Proceed subject to annual review and vessel monitoring.",
            "Escalate to the Financial Crime Committee before onboarding.",
            "Proceed; obtain copies of current fishing authorisations.",
        ),
    },
    "es": {
        "conf": "ESTRICTAMENTE CONFIDENCIAL — CUMPLIMIENTO NORMATIVO",
        "title": "INFORME DE DEBIDA DILIGENCIA REFORZADA (KYC)",
        "case": "Expediente",
        "date": "Fecha del informe",
        "analyst": "Analista",
        "rel": "Relación",
        "rels": (
            "Financiación de prefinanciación de exportaciones",
            "Compra de mercancía (atún congelado)",
            "Refinanciación de hipoteca naval",
        ),
        "s1": "1. CONTRAPARTE",
        "legal": "Denominación social",
        "role": "Condición",
        "roles": ("Armador", "Propietario registral", "Armador y operador"),
        "reg": "N.º de registro mercantil",
        "lei": "LEI",
        "addr": "Domicilio social",
        "ubo": "Titular(es) real(es)",
        "uborole": "Titular real",
        "screen": "Cribado",
        "s2": "2. BUQUES EN PROPIEDAD U OPERADOS",
        "cols": ("Buque", "OMI", "Bandera", "MMSI", "Indicativo", "GT", "Constr."),
        "s3": "3. HALLAZGOS POR BUQUE",
        "s4": "4. EVALUACIÓN DEL RIESGO",
        "ex": "Nombres anteriores: ex ",
        "flagh": "Historial de pabellón: antes abanderado en ",
        "rfmo": "Registro OROP",
        "ais": "AIS: {n} interrupciones de más de 24 h en el área FAO ",
        "none": "Sin noticias adversas; sin coincidencias en listas de sanciones ni INDNR.",
        "risk": "Calificación global del riesgo",
        "decision": "Recomendación",
        "page": "Página",
        "cs": "indicativo",
        "by": "Revisado por",
        "ratings": ("Bajo", "Medio", "Alto"),
        "decisions": (
            "Continuar, con revisión anual y seguimiento de los buques.",
            "Elevar al Comité de Delitos Financieros antes de la admisión.",
            "Continuar; obtener copia de las licencias de pesca vigentes.",
        ),
    },
}
_RFMOS = ("IOTC", "WCPFC", "ICCAT", "IATTC", "NPFC", "SPRFMO")


def _rfmo_id(rng: random.Random, code: str, flag: str | None) -> str:
    if code == "IOTC":
        return f"IOTC{rng.randint(1, 19999):06d}"
    if code == "ICCAT":
        return f"AT000{flag or 'XXX'}{rng.randint(1, 9999):05d}"
    if code == "NPFC":
        return f"{flag or 'XXX'}-{rng.randint(1, 999):03d}"
    return str(rng.randint(1000, 19999))


_FAO = ("57", "61", "71", "77", "81", "87", "41", "51", "34")


def _fleet(vessels: list[Vessel], rng: random.Random) -> tuple[str, list[Facts]]:
    pool = usable(vessels)
    by_owner: dict[str, list[Facts]] = {}
    for f in pool:
        if f.owner:
            by_owner.setdefault(f.owner, []).append(f)
    if by_owner and rng.random() < 0.85:
        owners = sorted(by_owner)
        weights = [min(len(by_owner[o]), 6) for o in owners]
        owner = rng.choices(owners, weights)[0]
        members = by_owner[owner]
        return owner, rng.sample(members, min(len(members), rng.randint(1, 7)))
    chosen = rng.sample(pool, min(len(pool), rng.randint(1, 4)))
    return company(rng).upper(), chosen


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = "es" if rng.random() < 0.3 else "en"
    t = _T[lang]
    owner, fleet = _fleet(vessels, rng)
    lead = fleet[0]
    where = address(rng, lead)
    day = some_date(rng, 2023, 2026)
    case = f"EDD-{day.year}-{rng.randint(1, 99999):05d}"
    bank = rng.choice(BANKS)
    analyst = rng.choice(PEOPLE)
    ubos = rng.sample(PEOPLE, rng.randint(1, 2))
    lei = "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(18))
    lei += f"{rng.randint(10, 99)}"
    if where.country == "CHN":
        reg = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
        reg = f"913{rng.randint(301, 399)}{rng.randint(10, 99)}MA{reg}"
    else:
        reg = f"{rng.randint(10**6, 10**9)}"

    first = PageDraft()
    first.add(f"{bank}\n{t['conf']}\n\n{t['title']}\n\n")
    first.add(f"{t['case']}: {case}    {t['date']}: {fmt_date(day, 'mon')}    ")
    first.add(
        f"{t['analyst']}: {analyst}\n{t['rel']}: {rng.choice(t['rels'])} "
        f"(USD {rng.randint(5, 250) * 100_000:,})\n\n"
    )
    first.add(f"{t['s1']}\n{t['legal']}: ").put(owner, "ASSOC_NAME").add("\n")
    first.add(f"{t['role']}: ").put(rng.choice(t["roles"]), "ASSOC_ROLE").add("\n")
    first.add(f"{t['reg']}: ").put(reg, "REG_NO").add(f"\n{t['lei']}: {lei}\n")
    first.add(f"{t['addr']}: ").put(where.street, "ADDRESS").add(", ").put(where.city, "CITY")
    if where.state:
        first.add(", ").put(where.state, "STATE")
    first.add(", ").put(country(where.country, lang), "COUNTRY_CODE").add("\n")
    first.add(f"{t['ubo']}:\n")
    shares = [rng.randint(51, 100)] if len(ubos) == 1 else [rng.randint(25, 60)]
    if len(ubos) > 1:
        shares.append(rng.randint(25, 100 - shares[0]))
    for person, share in zip(ubos, shares, strict=True):
        first.add("  - ").put(person, "ASSOC_NAME").add(f" ({share}%, ")
        first.put(t["uborole"], "ASSOC_ROLE").add(
            f", DOB {fmt_date(some_date(rng, 1958, 1990), 'dmy')})\n"
        )
    first.add(
        f"\n{t['screen']}: World-Check One — {rng.randint(0, 3)} potential matches "
        f"(discounted: different date of birth / nationality); Dow Jones R&C — "
        f"{rng.randint(0, 2)} matches; OFAC SDN, EU, UN, UK HMT consolidated lists — "
        "no match.\n"
    )

    blocks: list[PageDraft] = []
    heading = PageDraft().add(f"\n{t['s2']}\n")
    widths = (22, 9, 6 if lang == "en" else 9, 11, 11, 7, 6)
    cols = "".join(c[: w - 1].ljust(w) for c, w in zip(t["cols"], widths, strict=True))
    heading.add(cols + "\n" + "-" * sum(widths) + "\n")
    blocks.append(heading)
    for f in fleet:
        row = PageDraft()
        row.cell(f.name, "VESSEL_NAME", widths[0])
        row.cell(f.imo or "n/a", "IMO" if f.imo else None, widths[1])
        row.cell(f.flag or "?", "FLAG" if f.flag else None, widths[2])
        row.cell(f.mmsi or "n/a", "MMSI" if f.mmsi else None, widths[3])
        row.cell(f.ircs or "n/a", "IRCS" if f.ircs else None, widths[4])
        row.cell(f.gt or "-", "METRIC_VALUE" if f.gt else None, widths[5])
        row.put(f.year, "BUILD_YEAR") if f.year else row.add("-")
        row.add("\n")
        blocks.append(row)
    blocks.append(PageDraft().add(f"\n{t['s3']}\n"))
    for f in fleet:
        block = PageDraft()
        block.add("• ").put(f.name, "VESSEL_NAME").add(": ")
        said = False
        if f.former_name:
            block.add(t["ex"]).put(f.former_name, "NAME_CHANGE")
            said = True
        if f.flag and rng.random() < 0.4:
            old = other_flag(rng, f.flag)
            block.add("; " if said else "").add(t["flagh"]).put(country(old, lang), "FLAG_CHANGE")
            block.add(f" ({rng.randint(2010, 2022)})")
            old_cs = invent_call_sign(rng, old)
            if old_cs:
                block.add(f", {t['cs']} ").put(old_cs, "ID_CHANGE")
            said = True
        if rng.random() < 0.6:
            code = rng.choice(_RFMOS)
            block.add("; " if said else "").add(f"{t['rfmo']}: ").put(code, "RFMO_CODE")
            block.add(" ").put(_rfmo_id(rng, code, f.flag), "RFMO_ID")
            block.add(rng.choice((" (active)", " (authorised)", " (expired)")))
            said = True
        if rng.random() < 0.5:
            block.add("; " if said else "").add(t["ais"].format(n=rng.randint(1, 9)))
            block.put(rng.choice(_FAO), "FAO_AREA_CODE")
            said = True
        if not said:
            block.add(t["none"])
        block.add(".\n" if said else "\n")
        blocks.append(block)
    score = rng.randint(18, 91)
    rating = t["ratings"][2 if score > 70 else (1 if score > 40 else 0)]
    closing = PageDraft()
    closing.add(f"\n{t['s4']}\n{t['risk']}: {rating} ({score}/100)\n")
    closing.add(f"{t['decision']}: {rng.choice(t['decisions'])}\n")
    closing.add(f"{t['by']}: {rng.choice(PEOPLE)} (MLRO), {fmt_date(day, 'mon')}\n")
    blocks.append(closing)

    split = rng.random() < 0.6
    offset = 1 if split else 0

    def head(number: int) -> PageDraft:
        if number == 1 and not split:
            page = PageDraft()
            page.extend(first)
            return page
        return PageDraft().add(f"{bank} — {case} — {t['conf']}\n\n")

    def tail(number: int, last: bool) -> PageDraft:
        return PageDraft().add(f"\n{t['page']} {number + offset}\n")

    fillers = (
        "\nSources: corporate registry extract, vessel registry data, RFMO public records, "
        "AIS history (commercial provider), adverse media search (24 months, EN/ZH/ES).\n",
        "\nThis report is prepared for internal compliance purposes only and must not be "
        "disclosed to the customer (tipping-off provisions apply).\n",
    )
    pages = paginate(head, blocks, tail, fillers, max_pages=3 - offset, limit=2600)
    if split:
        for text in fillers:
            if len(first) < 760:
                first.add(text)
        first.add(f"\n{t['page']} 1\n")
        pages.insert(0, first)
    return pages
