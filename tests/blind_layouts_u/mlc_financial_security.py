# ruff: noqa: RUF001 - en dashes are part of the imitated documents
"""An insurer's certificate of financial security for a fishing vessel's crew (MLC 2006,
Regulations 2.5 and 4.2 / C188): either the boxed certificate form or a letter of guarantee
in prose; sometimes a second page scheduling further vessels entered under the same cover."""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Any

from oceanid_dev.demo.vessels import Vessel

from ._common import (
    country,
    fmt_date,
    ident,
    phone,
    pick,
    placeholder,
    rand_date,
)
from ._page import PageDraft, Piece, fill

LAYOUT = "mlc_financial_security"

INSURERS = (
    (
        "Pacific Seafarers Mutual Protection Association",
        "8 Raffles Quay #14-02, Singapore 048581",
        "+65 6",
        "Singapore",
        "Singapore",
    ),
    ("Nordhavet Skipsassuranse AS", "Strandkaien 11, 5013 Bergen", "+47 55", "Norway", "Bergen"),
    ("Mutua de Armadores del Cantábrico", "Rúa Colón 26, 36201 Vigo", "+34 986", "Spain", "Vigo"),
    (
        "Assurances Mutuelles des Armateurs de l'Océan Indien",
        "Rue du Barachois 3, 97400 Saint-Denis",
        "+262 262",
        "France",
        "Saint-Denis",
    ),
    (
        "Orient Marine & Fishery Insurance Co., Ltd",
        "Room 2101, 1 Lujiazui Ring Road, Shanghai",
        "+86 21",
        "China",
        "Shanghai",
    ),
)
ROLES = {
    "en": ("shipowner", "registered owner", "operator", "owner"),
    "es": ("armador", "propietario registrado", "operador"),
    "fr": ("armateur", "propriétaire inscrit", "exploitant"),
}
ADDRESSES = {
    "CHN": (
        ("No. 18 Jiangbin East Road", "Fuzhou", "Fujian"),
        ("Building 3, 88 Donghai Road", "Zhoushan", "Zhejiang"),
    ),
    "TWN": (("No. 5 Yugang East 2nd Road, Qianzhen Dist.", "Kaohsiung", None),),
    "JPN": (
        ("1-2-3 Uoichiba-dori", "Hachinohe", "Aomori"),
        ("4-8 Minato-cho", "Kesennuma", "Miyagi"),
    ),
    "RUS": (("ul. Naberezhnaya 9", "Nakhodka", "Primorsky Krai"),),
    "KOR": (("45 Chungjang-daero, Jung-gu", "Busan", None),),
    "ESP": (("Puerto Pesquero s/n, Edificio Ardora", "Vigo", "Pontevedra"),),
    "AUS": (("Level 2, 18 Hunter Street", "Hobart", "Tasmania"),),
}
T: dict[str, dict[str, Any]] = {
    "en": {
        "title": (
            "CERTIFICATE OF INSURANCE OR OTHER FINANCIAL SECURITY IN RESPECT OF THE "
            "REPATRIATION OF SEAFARERS\nAND SHIPOWNERS' LIABILITY FOR SICKNESS, INJURY AND "
            "DEATH (MLC 2006, Standards A2.5.2 and A4.2.1)"
        ),
        "name": "Name of ship",
        "port": "Port of registry",
        "ircs": "Call sign",
        "imo": "IMO number",
        "mmsi": "MMSI",
        "flag": "Flag",
        "gt": "Gross tonnage",
        "owner": "Name of the shipowner",
        "addr": "Address of the shipowner",
        "provider": "Name and address of the financial security provider",
        "contact": "Contact for seafarers' requests for relief",
        "period": "Period of validity of the financial security",
        "from": "from",
        "to": "to",
        "attest": (
            "This is to certify that there is in force in respect of the above-named ship "
            "a policy of insurance or other financial security satisfying the requirements "
            "of Regulation 2.5 and Regulation 4.2 of the Maritime Labour Convention, 2006, "
            "as amended."
        ),
        "letter": "LETTER OF GUARANTEE — FINANCIAL SECURITY FOR CREW (MLC 2006 / C188)",
        "body1": "We, {I}, hereby confirm that ",
        "body2": ", in its capacity as ",
        "body3": " of the fishing vessel ",
        "body4": (
            ", is covered by this Association for the repatriation of crew members and for "
            "contractual claims for death or long-term disability, up to the limits shown in "
            "the policy (limit of liability USD {L} per person)."
        ),
        "place": "Issued at",
        "cert": "Certificate No.",
        "entry": "Entry / Member No.",
        "schedule": "SCHEDULE OF ENTERED VESSELS (continued) — same Member, same policy year",
        "fleet": "SCHEDULE OF VESSELS ENTERED UNDER THE FLEET POLICY (continued)",
        "cols": ("Vessel", "IMO", "Call sign", "Flag", "GT"),
        "sig": "Signed for and on behalf of the provider",
    },
    "es": {
        "title": (
            "CERTIFICADO DE SEGURO U OTRA GARANTÍA FINANCIERA RESPECTO DE LA REPATRIACIÓN DE "
            "LA GENTE DE MAR\nY DE LA RESPONSABILIDAD DEL ARMADOR (MLC 2006, normas A2.5.2 y "
            "A4.2.1)"
        ),
        "name": "Nombre del buque",
        "port": "Puerto de matrícula",
        "ircs": "Distintivo de llamada",
        "imo": "Número OMI",
        "mmsi": "MMSI",
        "flag": "Pabellón",
        "gt": "Arqueo bruto",
        "owner": "Nombre del armador",
        "addr": "Dirección del armador",
        "provider": "Nombre y dirección del proveedor de la garantía financiera",
        "contact": "Contacto para solicitudes de asistencia de la tripulación",
        "period": "Período de validez de la garantía financiera",
        "from": "desde",
        "to": "hasta",
        "attest": (
            "Se certifica que respecto del buque arriba mencionado está en vigor una póliza "
            "de seguro u otra garantía financiera que cumple los requisitos de las reglas 2.5 "
            "y 4.2 del Convenio sobre el trabajo marítimo, 2006, en su forma enmendada."
        ),
        "letter": "CARTA DE GARANTÍA — GARANTÍA FINANCIERA PARA LA TRIPULACIÓN (MLC 2006 / C188)",
        "body1": "Por la presente, {I} confirma que ",
        "body2": ", en su calidad de ",
        "body3": " del buque pesquero ",
        "body4": (
            ", está cubierto por esta entidad para la repatriación de los tripulantes y las "
            "reclamaciones contractuales por fallecimiento o incapacidad de larga duración "
            "(límite de USD {L} por persona)."
        ),
        "place": "Expedido en",
        "cert": "Certificado N.º",
        "entry": "N.º de socio",
        "schedule": "RELACIÓN DE BUQUES ASEGURADOS (continuación) — mismo armador y póliza",
        "fleet": "RELACIÓN DE BUQUES CUBIERTOS POR LA PÓLIZA DE FLOTA (continuación)",
        "cols": ("Buque", "OMI", "Distintivo", "Pabellón", "GT"),
        "sig": "Firmado en nombre del proveedor",
    },
    "fr": {
        "title": (
            "CERTIFICAT D'ASSURANCE OU D'AUTRE GARANTIE FINANCIÈRE RELATIVE AU RAPATRIEMENT "
            "DES GENS DE MER\nET À LA RESPONSABILITÉ DE L'ARMATEUR (MLC 2006, normes A2.5.2 "
            "et A4.2.1)"
        ),
        "name": "Nom du navire",
        "port": "Port d'immatriculation",
        "ircs": "Indicatif d'appel",
        "imo": "Numéro OMI",
        "mmsi": "MMSI",
        "flag": "Pavillon",
        "gt": "Jauge brute",
        "owner": "Nom de l'armateur",
        "addr": "Adresse de l'armateur",
        "provider": "Nom et adresse du prestataire de la garantie financière",
        "contact": "Contact pour les demandes d'assistance de l'équipage",
        "period": "Durée de validité de la garantie financière",
        "from": "du",
        "to": "au",
        "attest": (
            "Il est certifié que le navire susmentionné est couvert par une police "
            "d'assurance ou une autre garantie financière satisfaisant aux prescriptions des "
            "règles 2.5 et 4.2 de la convention du travail maritime, 2006, telle que modifiée."
        ),
        "letter": "LETTRE DE GARANTIE — GARANTIE FINANCIÈRE DE L'ÉQUIPAGE (MLC 2006 / C188)",
        "body1": "Nous, {I}, confirmons par la présente que ",
        "body2": ", en sa qualité d'",
        "body3": " du navire de pêche ",
        "body4": (
            ", est couvert par notre mutuelle pour le rapatriement des membres d'équipage et "
            "les créances contractuelles en cas de décès ou d'incapacité de longue durée "
            "(plafond de USD {L} par personne)."
        ),
        "place": "Fait à",
        "cert": "Certificat n°",
        "entry": "N° d'adhérent",
        "schedule": "LISTE DES NAVIRES ASSURÉS (suite) — même armateur, même exercice",
        "fleet": "LISTE DES NAVIRES COUVERTS PAR LA POLICE FLOTTE (suite)",
        "cols": ("Navire", "OMI", "Indicatif", "Pavillon", "JB"),
        "sig": "Signé pour le compte du prestataire",
    },
}


def _kv(page: PageDraft, key: str, *value: Piece, width: int = 0) -> None:
    page.line(f"{key}:".ljust(width), " ", *value)


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = rng.choice(("en", "en", "es", "fr"))
    t = T[lang]
    main, *others = pick(vessels, rng, rng.randint(3, 9))
    same = [
        ident(x) for x in vessels if main.owner and x.owner == main.owner and x.name != main.name
    ]
    fleet_policy = len(same) < 2
    if not fleet_policy:
        others = rng.sample(same, min(len(same), 8))
    insurer, ins_addr, dial, ins_country, ins_city = rng.choice(INSURERS)
    form = rng.choice(("certificate", "letter"))
    start = rand_date(rng, 2022, 2025)
    end = start.replace(year=start.year + 1)
    style = rng.choice(("long", "dmy", "iso", "dot"))
    cert_no = f"MLC-{rng.randint(10, 99)}/{start.year}/{rng.randint(1000, 99999):05d}"
    entry_no = f"{rng.randint(100, 999)}-{rng.randint(10000, 99999)}"
    tel = phone(rng, dial)
    limit = f"{rng.choice((50, 75, 100, 150))},000"
    role = rng.choice(ROLES[lang])
    options = ADDRESSES.get(main.flag or "", ADDRESSES["CHN"])
    near = [a for a in options if a[1].upper() in f"{main.owner} {main.port}"]
    addr = rng.choice(near or options)
    addr_country = main.flag if main.flag in ADDRESSES else "CHN"
    w = max(len(t[k]) for k in ("name", "port", "ircs", "imo", "flag", "gt")) + 2

    def id_or_ph(value: str | None, label: str) -> Piece:
        return (value, label) if value else placeholder(rng, lang)

    page = PageDraft()
    owner: Piece = (main.owner, "ASSOC_NAME") if main.owner else placeholder(rng, lang)
    if form == "certificate":
        page.line(str(t["title"]))
        page.line()
        page.line(f"{t['cert']} {cert_no}", " " * 6, f"{t['entry']} {entry_no}")
        page.line("-" * 72)
        _kv(page, str(t["name"]), (main.name, "VESSEL_NAME"), width=w)
        _kv(
            page,
            str(t["port"]),
            (main.port, "HOME_PORT") if main.port else placeholder(rng, lang),
            width=w,
        )
        _kv(page, str(t["ircs"]), id_or_ph(main.ircs, "IRCS"), width=w)
        _kv(page, str(t["imo"]), id_or_ph(main.imo, "IMO"), width=w)
        if rng.random() < 0.5:
            _kv(
                page,
                str(t["flag"]),
                (country(main.flag, lang), "FLAG") if main.flag else placeholder(rng, lang),
                width=w,
            )
        if main.gt and rng.random() < 0.7:
            page.line(
                (str(t["gt"]), "METRIC_TYPE"),
                ": ".ljust(w - len(str(t["gt"])) + 1),
                (main.gt, "METRIC_VALUE"),
            )
        page.line("-" * 72)
        page.line(f"{t['owner']}: ", owner)
        if main.owner:
            state: list[Piece] = [", ", (addr[2], "STATE")] if addr[2] else []
            page.line(
                f"{t['addr']}: ",
                (addr[0], "ADDRESS"),
                ", ",
                (addr[1], "CITY"),
                *state,
                ", ",
                (country(addr_country, lang), "COUNTRY_CODE"),
            )
        page.line(f"{t['provider']}:")
        page.line(f"    {insurer}, {ins_addr}, {ins_country}")
        page.line(
            f"{t['contact']}: crew.relief@{insurer.split()[0].lower()}.com, tel. {tel} (24 h)"
        )
        page.line(
            f"{t['period']}: {t['from']} {fmt_date(start, style, lang)} {t['to']} "
            f"{fmt_date(end, style, lang)}"
        )
        page.line()
        page.line(str(t["attest"]))
    else:
        page.line(insurer.upper())
        page.line(f"{ins_addr} · {ins_country} · Tel. {tel}")
        page.line()
        page.line(
            f"{t['place']} {ins_city}, "
            f"{fmt_date(rand_date(rng, start.year - 1, start.year), style, lang)}"
        )
        page.line(f"Ref.: {cert_no}")
        page.line()
        page.line(str(t["letter"]))
        page.line()
        member = {"en": "the Member", "es": "el socio", "fr": "le membre"}[lang]
        page.put(
            str(t["body1"]).format(I=insurer),
            owner if main.owner else member,
            str(t["body2"]),
            (role, "ASSOC_ROLE"),
            str(t["body3"]),
            (main.name, "VESSEL_NAME"),
        )
        bits: list[Piece] = []
        if main.imo:
            bits += [" (IMO ", (main.imo, "IMO")]
        if main.ircs:
            bits += [
                ", " if bits else " (",
                "call sign " if lang == "en" else "",
                (main.ircs, "IRCS"),
            ]
        if main.flag:
            bits += [", " if bits else " (", (country(main.flag, lang), "FLAG")]
        if bits:
            bits.append(")")
        page.put(*bits)
        page.line(str(t["body4"]).format(L=limit))
        page.line()
        page.line(
            f"{t['period']}: {fmt_date(start, style, lang)} – {fmt_date(end, style, lang)}"
            f" (00:00 GMT)."
        )
        page.line(f"{t['entry']}: {entry_no}.  Claims handling: {tel}.")
    page.line()
    page.line(
        str(t["sig"]),
        f": {rng.choice(('J. Halvorsen', 'M. Lago', 'C. Dupuis', 'W. Tan'))}, Underwriting Manager",
    )
    notes = (
        "This certificate does not extend cover beyond the terms, conditions and exclusions of the "
        "policy. A copy must be posted in a conspicuous place on board available to the crew.",
        "Notice of termination: at least 30 days to the flag State competent authority.",
    )
    pages = [fill(page, notes)]

    if others and rng.random() < 0.55:
        p2 = PageDraft()
        p2.line(f"{insurer} — {t['cert']} {cert_no} — page 2")
        p2.line()
        if fleet_policy:
            p2.line(str(t["fleet"]))
        else:
            p2.line(str(t["schedule"]))
            p2.line(
                f"{t['owner']}: ",
                (main.owner, "ASSOC_NAME") if main.owner else placeholder(rng, lang),
            )
        p2.line()
        cols = t["cols"]
        widths = [24, 9, 10, 20, 6]
        p2.row(list(cols), widths)
        for o in others:
            p2.row(
                [
                    (o.name, "VESSEL_NAME"),
                    id_or_ph(o.imo, "IMO"),
                    id_or_ph(o.ircs, "IRCS"),
                    (country(o.flag, lang), "FLAG") if o.flag else placeholder(rng, lang),
                    (o.gt, "METRIC_VALUE") if o.gt else "-",
                ],
                widths,
            )
        p2.line()
        p2.line(
            f"Total entered: {len(others) + 1} vessels; premium instalments per debit note "
            f"DN-{rng.randint(10000, 99999)}."
        )
        pages.append(
            fill(
                p2,
                (
                    *notes,
                    "Vessels may be added or deleted by endorsement; this schedule supersedes all "
                    "previous schedules issued for the policy year.",
                    "Amounts in United States dollars. Deductible per claim: USD 2,500.",
                    "For the avoidance of doubt, cover for each vessel ceases upon sale, change "
                    "of flag or "
                    "change of management unless the Association agrees otherwise in writing.",
                ),
            )
        )
    return pages
