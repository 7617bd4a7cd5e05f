"""IMO Data Collection System: Statement of Compliance and annual fuel oil consumption report
(MARPOL Annex VI, regulation 27, Appendices IX and X) for a fishing vessel."""

from __future__ import annotations

import random

from oceanid_dev.demo.vessels import Vessel

from ._common import (
    Day,
    amount,
    city_of,
    country,
    date_style,
    decimal,
    digits,
    fmt_date,
    invent_company,
    pick,
    put_id,
    street,
)
from ._page import DocDraft, PageDraft

LAYOUT = "dcs_fuel_statement"

ORGS = (
    "China Classification Society",
    "Nippon Kaiji Kyokai (ClassNK)",
    "Korean Register",
    "Russian Maritime Register of Shipping",
    "Bureau Veritas Marine & Offshore",
    "DNV AS",
    "Lloyd's Register EMEA",
    "RINA Services S.p.A.",
)
T = {
    "en": {
        "title": "STATEMENT OF COMPLIANCE — FUEL OIL CONSUMPTION REPORTING",
        "issued": "Issued under the provisions of the Protocol of 1997, as amended by resolution "
        "MEPC.278(70), to amend the International Convention for the Prevention of Pollution "
        "from Ships, 1973, as modified by the Protocol of 1978 related thereto, under the "
        "authority of the Government of",
        "by": "by",
        "part": "Particulars of ship",
        "name": "Name of ship",
        "imo": "IMO number",
        "cs": "Distinctive number or letters",
        "port": "Port of registry",
        "gt": "Gross tonnage",
        "cert": "THIS IS TO CERTIFY:",
        "c1": "1 that the ship has submitted to this Administration the data required by "
        "regulation 27 of Annex VI of the Convention, covering ship operations from",
        "until": "until",
        "c2": "2 that the data was collected and reported in accordance with "
        "the methodology and processes set out in the ship's SEEMP that was in effect over the "
        "period from",
        "valid": "This Statement of Compliance is valid until",
        "at": "Issued at",
        "date": "Date of issue",
        "sig": "(signature of duly authorized official issuing the Statement)",
        "rep": "ANNUAL DATA REPORT (APPENDIX IX)",
        "type": "Ship type",
        "fv": "Other ships (fishing vessel)",
        "nt": "Net tonnage",
        "dwt": "Deadweight tonnage",
        "pw": "Power output (rated power) of main engine",
        "aux": "Auxiliary engines",
        "eedi": "EEDI",
        "ice": "Ice class",
        "fuel": "Fuel oil consumption by fuel type",
        "meth": "Method used",
        "dist": "Distance travelled",
        "hrs": "Hours under way",
        "co": "Company",
        "coid": "IMO company number",
        "addr": "Address",
        "role": ("ISM company", "registered owner", "DOC holder"),
    },
    "es": {
        "title": "DECLARACIÓN DE CUMPLIMIENTO — NOTIFICACIÓN DEL CONSUMO DE FUEL-OIL",
        "issued": "Expedida en virtud de lo dispuesto en el Protocolo de 1997, enmendado mediante "
        "la resolución MEPC.278(70), que enmienda el Convenio internacional para prevenir la "
        "contaminación por los buques, 1973, modificado por el Protocolo de 1978, con la "
        "autoridad conferida por el Gobierno de",
        "by": "por",
        "part": "Datos relativos al buque",
        "name": "Nombre del buque",
        "imo": "Número IMO",
        "cs": "Número o letras distintivos",
        "port": "Puerto de matrícula",
        "gt": "Arqueo bruto",
        "cert": "SE CERTIFICA:",
        "c1": "1 que el buque ha presentado a esta Administración los datos prescritos en la "
        "regla 27 del Anexo VI del Convenio, correspondientes a las operaciones del buque "
        "desde el",
        "until": "hasta el",
        "c2": "2 que los datos se recopilaron y notificaron "
        "de conformidad con la metodología y los procesos establecidos en el SEEMP del buque "
        "vigente durante el periodo comprendido entre el",
        "valid": "La presente Declaración de cumplimiento es válida hasta el",
        "at": "Expedida en",
        "date": "Fecha de expedición",
        "sig": "(firma del funcionario autorizado que expide la Declaración)",
        "rep": "INFORME ANUAL DE DATOS (APÉNDICE IX)",
        "type": "Tipo de buque",
        "fv": "Otros buques (buque pesquero)",
        "nt": "Arqueo neto",
        "dwt": "Peso muerto",
        "pw": "Potencia del motor principal",
        "aux": "Motores auxiliares",
        "eedi": "EEDI",
        "ice": "Clase hielo",
        "fuel": "Consumo de fueloil por tipo",
        "meth": "Método utilizado",
        "dist": "Distancia recorrida",
        "hrs": "Horas de navegación",
        "co": "Compañía",
        "coid": "Número IMO de la compañía",
        "addr": "Dirección",
        "role": ("compañía IGS", "propietario registrado", "titular del DOC"),
    },
    "fr": {
        "title": "DÉCLARATION DE CONFORMITÉ — NOTIFICATION DE LA CONSOMMATION DE FUEL-OIL",
        "issued": "Délivrée en vertu des dispositions du Protocole de 1997, tel que modifié par "
        "la résolution MEPC.278(70), modifiant la Convention internationale de 1973 pour la "
        "prévention de la pollution par les navires, telle que modifiée par le Protocole de "
        "1978 y relatif, au nom du Gouvernement de",
        "by": "par",
        "part": "Caractéristiques du navire",
        "name": "Nom du navire",
        "imo": "Numéro OMI",
        "cs": "Numéro ou lettres distinctifs",
        "port": "Port d'immatriculation",
        "gt": "Jauge brute",
        "cert": "IL EST CERTIFIÉ :",
        "c1": "1 que le navire a soumis à l'Administration les données requises par la règle "
        "27 de l'Annexe VI de la Convention, portant sur l'exploitation du navire du",
        "until": "au",
        "c2": "2 que les données ont été recueillies et notifiées conformément "
        "à la méthode et aux procédures décrites dans le SEEMP du navire en vigueur pendant la "
        "période du",
        "valid": "La présente Déclaration de conformité est valable jusqu'au",
        "at": "Délivrée à",
        "date": "Date de délivrance",
        "sig": "(signature du fonctionnaire dûment autorisé)",
        "rep": "RAPPORT ANNUEL DE DONNÉES (APPENDICE IX)",
        "type": "Type de navire",
        "fv": "Autres navires (navire de pêche)",
        "nt": "Jauge nette",
        "dwt": "Port en lourd",
        "pw": "Puissance du moteur principal",
        "aux": "Moteurs auxiliaires",
        "eedi": "EEDI",
        "ice": "Classe glace",
        "fuel": "Consommation de fuel-oil par type",
        "meth": "Méthode utilisée",
        "dist": "Distance parcourue",
        "hrs": "Heures en route",
        "co": "Compagnie",
        "coid": "Numéro OMI de la compagnie",
        "addr": "Adresse",
        "role": ("compagnie ISM", "propriétaire inscrit", "titulaire du DOC"),
    },
}
FUELS = (("HFO", 3.114), ("LFO", 3.151), ("Diesel/Gas Oil", 3.206))
METHODS = ("BDN", "Flow meters", "Tank soundings")


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = rng.choice(("en", "en", "en", "es", "fr"))
    w = T[lang]
    (i,) = pick(vessels, rng, 1)
    style = date_style(rng, lang)
    year = rng.randint(2019, 2024)
    first, last = Day(year, 1, 1), Day(year, 12, 31)
    issued = Day(year + 1, rng.randint(2, 5), rng.randint(1, 28))
    org = rng.choice(ORGS)
    doc = DocDraft(limit=2900)
    p = doc.page
    p.line(str(w["title"]))
    p.add("\n")
    p.add(f"{w['issued']} ")
    if i.flag:
        p.val(country(i.flag, lang), "FLAG")
    else:
        p.add("……………………")
    p.line(f"\n{w['by']} {org}")
    p.line(f"SoC No. {rng.choice(('DCS', 'SOC', 'FOC'))}/{year}/{digits(rng, 6)}")
    p.add("\n")
    p.line(f"{w['part']}")
    p.line(f"  {w['name']}: ", (i.name, "VESSEL_NAME"))
    p.add(f"  {w['imo']}: ")
    put_id(p, i.imo, "IMO", rng, lang)
    p.add(f"\n  {w['cs']}: ")
    put_id(p, i.ircs, "IRCS", rng, lang)
    p.add(f"\n  {w['port']}: ")
    if i.port:
        p.val(i.port if rng.random() < 0.5 else i.port.title(), "HOME_PORT")
    else:
        p.add("—")
    p.add("\n")
    if i.gt:
        p.line("  ", (str(w["gt"]), "METRIC_TYPE"), ": ", (i.gt, "METRIC_VALUE"))
    p.add("\n")
    p.line(str(w["cert"]))
    p.line(f"{w['c1']} {fmt_date(first, style, lang)} {w['until']} {fmt_date(last, style, lang)};")
    p.line(f"{w['c2']} {fmt_date(first, style, lang)} {w['until']} {fmt_date(last, style, lang)}.")
    p.add("\n")
    p.line(f"{w['valid']} {fmt_date(Day(year + 2, 5, 31), style, lang)}")
    p.line(
        f"{w['at']}: {rng.choice(('Shanghai', 'Busan', 'Tokyo', 'Piraeus', 'Las Palmas'))}"
        f"    {w['date']}: {fmt_date(issued, style, lang)}"
    )
    p.line(f"\n____________________________\n{w['sig']}")
    # Appendix IX data report: a second page, or the foot of the first for short statements
    rep = PageDraft()
    rep.line(f"\n{w['rep']}")
    rep.seq(f"  {w['name']}: ", (i.name, "VESSEL_NAME"), f"   {w['imo']}: ")
    put_id(rep, i.imo, "IMO", rng, lang)
    rep.add("\n")
    rep.line(f"  {w['type']}: {w['fv']}")
    rep.line(f"  {fmt_date(first, 'iso')} — {fmt_date(last, 'iso')}")
    gt = int(i.gt) if i.gt and i.gt.isdigit() else rng.randint(400, 6000)
    if i.gt:
        rep.line(
            "  ",
            (str(w["gt"]), "METRIC_TYPE"),
            ": ",
            (i.gt, "METRIC_VALUE"),
            " ",
            ("GT", "METRIC_UNIT"),
        )
    rep.line(
        "  ",
        (str(w["nt"]), "METRIC_TYPE"),
        ": ",
        (str(int(gt * 0.3) or 1), "METRIC_VALUE"),
        " ",
        ("NT", "METRIC_UNIT"),
    )
    if rng.random() < 0.6:
        rep.line(
            "  ",
            (str(w["dwt"]), "METRIC_TYPE"),
            ": ",
            (amount(gt * rng.uniform(0.6, 1.3), lang, 0), "METRIC_VALUE"),
            " ",
            ("t", "METRIC_UNIT"),
        )
    kw = rng.choice((736, 1103, 1471, 1838, 2500, 3309))
    rep.line(
        "  ",
        (str(w["pw"]), "METRIC_TYPE"),
        ": ",
        (str(kw), "METRIC_VALUE"),
        " ",
        ("kW", "METRIC_UNIT"),
    )
    rep.line(f"  {w['aux']}: 2 x {rng.choice((180, 250, 320, 400))} kW")
    rep.line(f"  {w['eedi']}: N/A    {w['ice']}: {rng.choice(('N/A', 'none', '1C', 'ICE-1A'))}")
    rep.line(f"  {w['fuel']} (t):")
    total_fuel = 0.0
    for fuel, factor in rng.sample(FUELS, rng.randint(1, 3)):
        tonnes = rng.uniform(80, 2400)
        total_fuel += tonnes
        rep.line(
            f"    {fuel:<16}{decimal(f'{tonnes:.2f}', lang):>10}   Cf {factor}   "
            f"{w['meth']}: {rng.choice(METHODS)}"
        )
    rep.line(f"  {w['dist']}: {amount(rng.uniform(9000, 62000), lang, 0)} nm")
    rep.line(f"  {w['hrs']}: {amount(rng.uniform(1500, 7800), lang, 1)} h")
    rep.line(f"  CO2: {amount(total_fuel * 3.15, lang, 1)} t")
    if rng.random() < 0.8:
        iso = i.flag
        company = i.owner or invent_company(rng, iso)
        city, province = (
            (i.port.title(), i.province.title() if i.province else None)
            if i.port
            else city_of(rng, iso)
        )
        rep.seq(f"  {w['co']}: ", (company, "ASSOC_NAME"))
        if rng.random() < 0.6:
            roles = w["role"]
            assert isinstance(roles, tuple)
            rep.seq(" (", (rng.choice(roles), "ASSOC_ROLE"), ")")
        rep.line(f"   {w['coid']}: ", (digits(rng, 7), "REG_NO"))
        rep.seq(f"  {w['addr']}: ", (street(rng, iso), "ADDRESS"), ", ", (city, "CITY"))
        if province:
            rep.seq(", ", (province, "STATE"))
        if iso:
            rep.seq(", ", (country(iso, lang), "COUNTRY_CODE"))
        rep.add("\n")
    if len(p) + len(rep) <= 2900 and rng.random() < 0.3:
        p.extend(rep)
    else:
        doc.new_page().extend(rep)
    notes = {
        "en": [
            "",
            "Data verified in accordance with the Guidelines for Administration verification "
            "of ship fuel oil consumption data (resolution MEPC.292(71)).",
            "The Statement shall be kept on board and made available for inspection.",
            "Figures in metric tonnes; conversion factors Cf as per resolution MEPC.308(73).",
            "Distance travelled is distance over ground; hours under way exclude drifting.",
            "Data aggregated per calendar year and submitted through the Administration to the "
            "IMO Ship Fuel Oil Consumption Database (GISIS).",
        ],
        "es": [
            "",
            "Datos verificados conforme a las Directrices de la resolución MEPC.292(71).",
            "La Declaración se conservará a bordo a disposición de la inspección.",
            "Cifras en toneladas métricas; factores Cf según la resolución MEPC.308(73).",
            "La distancia recorrida es distancia sobre el fondo.",
            "Datos agregados por año civil y remitidos por la Administración a la base de "
            "datos de la OMI (GISIS).",
        ],
        "fr": [
            "",
            "Données vérifiées conformément aux Directives de la résolution MEPC.292(71).",
            "La Déclaration est conservée à bord et présentée lors des inspections.",
            "Chiffres en tonnes métriques ; facteurs Cf selon la résolution MEPC.308(73).",
            "La distance parcourue est la distance sur le fond.",
            "Données agrégées par année civile et transmises par l'Administration à la base "
            "de données de l'OMI (GISIS).",
        ],
    }[lang]
    for page in doc.pages:
        page.pad(notes, 820)
    return doc.pages
