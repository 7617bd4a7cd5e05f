"""An application for aid to replace or modernise a fishing vessel's engine.

National fleet-modernisation schemes (en) and EMFAF/FEAMPA calls (es, fr): applicant, vessel
particulars, a side-by-side table of the existing and proposed engine, costs and declarations.
Hard negatives: application and call numbers, tax ids, IBANs, engine serial numbers, rpm, fuel
figures, installation years, amounts, percentages, telephone numbers.
"""

from __future__ import annotations

import random
from typing import Any

from oceanid_dev.demo.vessels import Vessel

from . import _common as c
from . import _vocab
from ._page import PageDraft

LAYOUT = "engine_subsidy_application"

_AGENCY = {
    "CHN": "BUREAU OF FISHERIES, MINISTRY OF AGRICULTURE AND RURAL AFFAIRS",
    "TWN": "FISHERIES AGENCY, MINISTRY OF AGRICULTURE",
    "JPN": "FISHERIES AGENCY OF JAPAN — FLEET STRUCTURAL REFORM DIVISION",
    "RUS": "FEDERAL AGENCY FOR FISHERY — FLEET RENEWAL PROGRAMME",
    "KOR": "MINISTRY OF OCEANS AND FISHERIES — FISHING VESSEL MODERNISATION",
}
_CURRENCY = {"CHN": "CNY", "TWN": "TWD", "JPN": "JPY", "RUS": "RUB", "KOR": "KRW"}
_K: dict[str, dict[str, Any]] = {
    "en": dict(
        title="APPLICATION FOR FINANCIAL ASSISTANCE\nReplacement or modernisation of the main "
        "engine of a fishing vessel",
        app="Application No.",
        recv="Received",
        a="PART A — APPLICANT",
        an="Name of applicant",
        cap="Capacity",
        reg="Company registration No.",
        tax="Tax ID",
        addr="Address",
        tel="Telephone",
        b="PART B — FISHING VESSEL",
        vn="Name of vessel",
        nat="Registration No.",
        cfr="CFR",
        imo="IMO No.",
        ircs="Call sign",
        mmsi="MMSI",
        port="Port of registry",
        flag="Flag",
        gt="Gross tonnage",
        loa="Length overall",
        year="Year of build",
        yard="Built at",
        lic="Fishing licence No.",
        valid="valid until",
        areas="Fishing areas (FAO)",
        cpart="PART C — ENGINE DATA",
        exist="Existing engine",
        new="Proposed engine",
        make="Make / model",
        serial="Serial No.",
        inst="Year installed",
        power="Rated power",
        rpm="Rated speed",
        fuel="Fuel consumption",
        d="PART D — ELIGIBLE COSTS",
        cost="Engine and installation",
        aid="Aid requested",
        rate="Aid intensity",
        sign="Signed",
        roles=("Owner", "Owner-operator", "Bareboat charterer"),
        decl=(
            "The applicant declares that the vessel has been registered as active and has "
            "carried out fishing activities for at least 120 days in each of the two calendar "
            "years preceding this application.",
            "The power of the new engine does not exceed that of the engine replaced; the "
            "fishing capacity withdrawn shall not be replaced.",
            "The applicant has not committed a serious infringement in the 12 months before "
            "the date of this application and is not the operator of a vessel on an IUU list.",
            "Attach: engine power certificate, two quotations, proof of ownership, tax "
            "clearance and the last two years' logbook summaries.",
        ),
    ),
    "es": dict(
        title="SOLICITUD DE AYUDA — FEMPA 2021-2027\nSustitución o modernización de motores "
        "principales o auxiliares (art. 18 Reglamento (UE) 2021/1139)",
        app="N.º de expediente",
        recv="Fecha de entrada",
        a="A. DATOS DEL SOLICITANTE",
        an="Nombre o razón social",
        cap="En calidad de",
        reg="N.º de inscripción mercantil",
        tax="NIF",
        addr="Domicilio",
        tel="Teléfono",
        b="B. DATOS DEL BUQUE",
        vn="Nombre del buque",
        nat="Matrícula / folio",
        cfr="CFR",
        imo="N.º OMI",
        ircs="Distintivo de llamada",
        mmsi="MMSI",
        port="Puerto base",
        flag="Pabellón",
        gt="Arqueo bruto",
        loa="Eslora total",
        year="Año de construcción",
        yard="Astillero",
        lic="Licencia de pesca n.º",
        valid="válida hasta",
        areas="Zonas de pesca (FAO)",
        cpart="C. DATOS DEL MOTOR",
        exist="Motor actual",
        new="Motor propuesto",
        make="Marca / modelo",
        serial="N.º de serie",
        inst="Año de instalación",
        power="Potencia",
        rpm="Régimen",
        fuel="Consumo",
        d="D. PRESUPUESTO",
        cost="Motor e instalación",
        aid="Ayuda solicitada",
        rate="Intensidad de la ayuda",
        sign="Firmado",
        roles=("Armador", "Propietario", "Armador-propietario"),
        decl=(
            "El solicitante declara que el buque ha estado en situación de alta y ha "
            "realizado actividad pesquera al menos 120 días en cada uno de los dos años "
            "civiles anteriores.",
            "La potencia del nuevo motor no supera la del motor sustituido y la capacidad "
            "retirada no será sustituida.",
            "Documentación adjunta: certificado de potencia, dos presupuestos, escritura de "
            "propiedad, certificados de estar al corriente con Hacienda y Seguridad Social.",
        ),
    ),
    "fr": dict(
        title="DEMANDE D'AIDE FEAMPA\nRemplacement ou modernisation du moteur principal d'un "
        "navire de pêche",
        app="N° de dossier",
        recv="Date de dépôt",
        a="1. IDENTIFICATION DU DEMANDEUR",
        an="Raison sociale",
        cap="Qualité",
        reg="N° RCS / SIREN",
        tax="N° TVA",
        addr="Adresse",
        tel="Téléphone",
        b="2. IDENTIFICATION DU NAVIRE",
        vn="Nom du navire",
        nat="N° d'immatriculation",
        cfr="CFR",
        imo="N° OMI",
        ircs="Indicatif d'appel",
        mmsi="MMSI",
        port="Port d'immatriculation",
        flag="Pavillon",
        gt="Jauge brute",
        loa="Longueur hors tout",
        year="Année de construction",
        yard="Chantier",
        lic="Licence de pêche n°",
        valid="valable jusqu'au",
        areas="Zones de pêche (FAO)",
        cpart="3. MOTEUR",
        exist="Moteur actuel",
        new="Moteur projeté",
        make="Marque / type",
        serial="N° de série",
        inst="Année d'installation",
        power="Puissance",
        rpm="Régime",
        fuel="Consommation",
        d="4. PLAN DE FINANCEMENT",
        cost="Moteur et installation",
        aid="Aide sollicitée",
        rate="Taux d'aide",
        sign="Fait le",
        roles=("Armateur", "Propriétaire", "Armateur-propriétaire"),
        decl=(
            "Le demandeur certifie que le navire est inscrit au fichier flotte et a exercé "
            "une activité de pêche d'au moins 120 jours au cours de chacune des deux années "
            "civiles précédentes.",
            "La puissance du nouveau moteur n'excède pas celle du moteur remplacé ; la "
            "capacité retirée ne sera pas remplacée.",
            "Pièces jointes : certificat de puissance, deux devis, acte de francisation, "
            "attestations de régularité fiscale et sociale.",
        ),
    ),
}


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = rng.choice(("en", "en", "es", "fr"))
    flags = {"es": _vocab.SPANISH_FLAGS, "fr": _vocab.FRENCH_FLAGS}.get(lang)
    if flags is not None and not any(c.facts(v).flag in flags for v in vessels):
        lang = "en"
    (f,) = c.pick_flagged(vessels, rng, flags, 1) if flags else c.pick(vessels, rng, 1)
    k = _K[lang]
    ph = c.placeholder(rng, lang)
    received = c.recent(rng)
    style = rng.randint(0, 3)
    owner = c.owner_name(rng, f)
    addr = c.address(rng, f.flag)

    first = PageDraft()
    agency = {
        "es": "SECRETARÍA GENERAL DE PESCA — DIRECCIÓN GENERAL DE ORDENACIÓN PESQUERA",
        "fr": "DIRECTION GÉNÉRALE DES AFFAIRES MARITIMES, DE LA PÊCHE ET DE L'AQUACULTURE",
    }.get(lang) or _AGENCY.get(f.flag or "", "DEPARTMENT OF FISHERIES — FLEET DEVELOPMENT FUND")
    first.add(f"{agency}\n\n{k['title']}\n\n")
    first.add(f"{k['app']}: {c.reference(rng, rng.choice(('FEMP', 'FLT', 'MOD')))}   ")
    first.add(f"{k['recv']}: {c.fmt_date(received, lang, style)}\n\n")
    first.add(f"{k['a']}\n")
    first.kv(f"{k['an']}: ", owner, "ASSOC_NAME")
    first.kv(f"{k['cap']}: ", rng.choice(k["roles"]), "ASSOC_ROLE")
    if rng.random() < 0.6:
        first.kv(
            f"{k['reg']}: ",
            f"{rng.choice(('B', 'A', 'RC'))}{rng.randint(1000000, 99999999)}",
            "REG_NO",
        )
    tax_prefix = {"es": "ES", "fr": "FR"}.get(lang, "")
    first.add(f"{k['tax']}: {tax_prefix}{rng.randint(10**8, 10**9 - 1)}\n")
    first.add(f"{k['addr']}: ")
    c.write_address(first, addr, lang, rng, one_line=True)
    first.add(
        f"\n{k['tel']}: {c.phone(rng)}   e-mail: fleet@{rng.choice(('ocean', 'pesca', 'mar'))}"
        f"{rng.randint(1, 99)}.example\n\n"
    )
    first.add(f"{k['b']}\n")
    first.kv(f"{k['vn']}: ", f.name, "VESSEL_NAME")
    cfr = c.cfr(rng, f)
    if cfr:
        first.kv(f"{k['cfr']}: ", cfr, "EU_CFR")
    first.kv(f"{k['nat']}: ", c.national_reg(rng, f), "NATIONAL_REG_NO")
    first.add(f"{k['imo']}: ")
    first.opt(f.imo, "IMO", ph)
    first.add(f"    {k['ircs']}: ")
    first.opt(f.ircs, "IRCS", ph)
    first.add(f"    {k['mmsi']}: ")
    first.opt(f.mmsi, "MMSI", ph)
    first.nl()
    first.kv(f"{k['flag']}: ", c.country(f.flag, lang, rng), "FLAG", ph)
    first.kv(f"{k['port']}: ", f.port.title() if f.port else None, "HOME_PORT", ph)
    c.metric(first, k["gt"], f.gt, rng.choice(("GT", "GT", "")) or None, ph)
    first.add("    ")
    c.metric(first, k["loa"], c.decimal(f.loa, lang) if f.loa else None, "m", ph)
    first.nl()
    first.add(f"{k['year']}: ")
    first.opt(f.year, "BUILD_YEAR", ph)
    if rng.random() < 0.6 and f.flag in _vocab.SHIPYARDS:
        first.add(f"    {k['yard']}: ")
        first.add(rng.choice(_vocab.SHIPYARDS[f.flag or ""]), "BUILDER_LOCATION")
        first.add(" (")
        first.add(c.country(f.flag, lang) or "", "BUILD_COUNTRY")
        first.add(")")
    first.nl()
    licence_end = c.date_between(rng, received, c.add_years(received, 3))
    first.add(f"{k['lic']} ")
    first.add(f"{rng.choice(('LP', 'FL', 'PM'))}-{rng.randint(100, 99999)}", "LICENSE_NO")
    first.add(f", {k['valid']} ")
    first.add(c.fmt_date(licence_end, lang, style), "END_DATE")
    first.nl()
    first.add(f"{k['areas']}: ")
    areas = rng.sample(("27.8.c", "27.9.a", "34.1.1", "41", "47", "51", "57", "61", "71", "81"), 2)
    first.add(areas[0], "FAO_AREA_CODE")
    first.add(", ")
    first.add(areas[1], "FAO_AREA_CODE")
    first.add("\n\n")

    second = first if rng.random() < 0.3 else PageDraft()
    if second is not first:
        second.add(f"{k['app']}: (cont.)   {f.name}\n\n")
    second.add(f"{k['cpart']}\n")
    gt = int(f.gt) if f.gt and f.gt.isdigit() else rng.randint(150, 1200)
    old_kw = max(90, int(gt * rng.uniform(0.45, 0.9)) // 5 * 5)
    new_kw = int(old_kw * rng.uniform(0.7, 1.0)) // 5 * 5
    unit = rng.choice(("kW", "kW", "HP" if lang == "en" else "CV"))
    factor = 1.0 if unit == "kW" else 1.36
    second.cell("", 22)
    second.cell(k["exist"], 24)
    second.add(k["new"] + "\n")
    old_make, new_make = rng.sample(_vocab.ENGINE_MAKERS, 2)
    second.cell(k["make"], 22)
    second.cell(f"{old_make} {rng.choice(('6N', '8L', 'S6R', 'T2'))}{rng.randint(12, 40)}", 24)
    second.add(f"{new_make} {rng.choice(('6EY', 'X8', 'C32', 'L23'))}{rng.randint(12, 30)}\n")
    second.cell(k["serial"], 22)
    second.cell(f"{rng.randint(10000, 999999)}", 24)
    second.add(f"{rng.choice(('EN', 'SN'))}{rng.randint(10**6, 10**7)}\n")
    second.cell(k["inst"], 22)
    second.cell(str(rng.randint(1990, 2012)), 24)
    second.add(str(received.year + 1) + "\n")
    second.add(k["power"], "METRIC_TYPE")
    second.add(" " * (22 - len(k["power"])))
    second.add(str(round(old_kw * factor)), "METRIC_VALUE")
    second.add(" ")
    second.add(unit, "METRIC_UNIT")
    second.add(" " * (24 - len(str(round(old_kw * factor))) - 1 - len(unit)))
    second.add(str(round(new_kw * factor)), "METRIC_VALUE")
    second.add(" ")
    second.add(unit, "METRIC_UNIT")
    second.nl()
    second.cell(k["rpm"], 22)
    second.cell(f"{rng.choice((720, 900, 1200, 1800))} rpm", 24)
    second.add(f"{rng.choice((750, 1000, 1500, 1800))} rpm\n")
    second.cell(k["fuel"], 22)
    second.cell(f"{rng.randint(205, 240)} g/kWh", 24)
    second.add(f"{rng.randint(180, 204)} g/kWh\n\n")
    second.add(f"{k['d']}\n")
    cost = rng.uniform(80_000, 900_000)
    currency = "EUR" if lang != "en" else _CURRENCY.get(f.flag or "", "USD")
    second.add(f"{k['cost']}: {c.money(rng, cost, cost * 1.01, lang)} {currency}\n")
    second.add(f"{k['aid']}: {c.money(rng, cost * 0.3, cost * 0.4, lang)} {currency}    ")
    second.add(f"{k['rate']}: {rng.choice((30, 40, 50))} %\n\n")
    for note in k["decl"][: rng.randint(2, len(k["decl"]))]:
        second.wrap([(note, None)])
        second.nl()
    second.add(f"\n{k['sign']}: {c.fmt_date(received, lang, 1)}    ")
    second.add(c.person(rng, f.flag), "ASSOC_NAME")
    if rng.random() < 0.5:
        second.add(", ")
        second.add(rng.choice(k["roles"]), "ASSOC_ROLE")
    second.nl()
    c.pad(first, rng, list(k["decl"]))
    if second is first:
        return [first]
    c.pad(second, rng, list(k["decl"]))
    return [first, second]
