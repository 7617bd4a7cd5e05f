# ruff: noqa: RUF001 - en dashes are part of the imitated documents
"""A regional fisheries body's vessel marking inspection checklist: the vessel's particulars as
documented in the RFMO record, then each marking item with the documented and the observed
value, compliance and remarks; a second page of findings and signatures on some documents."""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Any

from oceanid_dev.demo.vessels import Vessel

from ._common import (
    PEOPLE,
    coord,
    country,
    fmt_date,
    former_flag,
    invent_call_sign,
    national_reg_no,
    pick,
    placeholder,
    rand_date,
    rfmo_id,
)
from ._page import Cell, PageDraft, Piece, fill

LAYOUT = "marking_inspection_checklist"

BODIES = (
    (
        "en",
        "WCPFC",
        "Western and Central Pacific Fisheries Commission",
        "High Seas Boarding and Inspection",
        "CMM 2004-03 (Marking and identification)",
    ),
    (
        "en",
        "IOTC",
        "Indian Ocean Tuna Commission",
        "Regional Inspection Scheme",
        "Resolution 15/04 (Record of authorised vessels and marking)",
    ),
    (
        "en",
        "NPFC",
        "North Pacific Fisheries Commission",
        "High Seas Boarding and Inspection",
        "CMM 2024-02, Annex on vessel marking",
    ),
    (
        "es",
        "IATTC",
        "Comisión Interamericana del Atún Tropical",
        "Inspección de marcado",
        "Resolución C-04-03 sobre marcado e identificación",
    ),
    (
        "es",
        "SPRFMO",
        "Organización Regional de Ordenación Pesquera del Pacífico Sur",
        "Visita e inspección en alta mar",
        "CMM 05-2023 (Registro de buques), anexo de marcado",
    ),
    (
        "fr",
        "ICCAT",
        "Commission internationale pour la conservation des thonidés de l'Atlantique",
        "Programme d'inspection",
        "Recommandation 13-13, marquage des navires",
    ),
    (
        "fr",
        "IOTC",
        "Commission des thons de l'océan Indien",
        "Schéma régional d'inspection",
        "Résolution 15/04, marquage et identification",
    ),
)
T: dict[str, dict[str, Any]] = {
    "en": {
        "title": "VESSEL MARKING INSPECTION CHECKLIST",
        "basis": "Standard: FAO Standard Specifications for the Marking and Identification of "
        "Fishing Vessels;",
        "ref": "Inspection ref.",
        "date": "Date",
        "pos": "Position",
        "insp": "Inspectors",
        "partA": "PART A — PARTICULARS AS DOCUMENTED (RFMO record / flag State documents)",
        "name": "Vessel name",
        "rid": "RFMO record no.",
        "flag": "Flag",
        "imo": "IMO number",
        "ircs": "Call sign (IRCS)",
        "mmsi": "MMSI",
        "reg": "Registration no.",
        "port": "Port of registry",
        "auth": "Authorisation",
        "valid": "valid",
        "auth_kinds": (
            "Fishing authorisation (tuna and tuna-like species)",
            "Authorisation to fish on the high seas",
            "Carrier / transhipment authorisation",
        ),
        "partB": "PART B — MARKINGS: DOCUMENTED vs OBSERVED",
        "cols": ("#", "Item", "Documented", "Observed", "OK", "Remarks"),
        "items": (
            "Name on bow, port and starboard",
            "Name and port of registry on stern",
            "IRCS on both sides of hull",
            "IRCS on deck / wheelhouse top",
            "IMO number on stern or superstructure",
            "Registration no. on hull",
            "Gear markings (buoys, beacons)",
        ),
        "notvis": "not visible",
        "height": "letters {H} m (min. 1.0 m)",
        "painted": "old name visible under paint",
        "oldcs": "previous call sign on buoys",
        "findings": "PART C — FINDINGS AND ACTION",
        "find": (
            "Markings not in conformity with the Standard Specifications; master instructed "
            "to correct before next port call. Photographs P1–P{N} attached."
        ),
        "hist": "Record history shows a previous flag of ",
        "sig": "Master's signature: ____________    Inspector: ____________",
    },
    "es": {
        "title": "LISTA DE VERIFICACIÓN DEL MARCADO DEL BUQUE",
        "basis": "Norma: Especificaciones técnicas de la FAO para el marcado e identificación "
        "de embarcaciones pesqueras;",
        "ref": "Ref. inspección",
        "date": "Fecha",
        "pos": "Posición",
        "insp": "Inspectores",
        "partA": "PARTE A — DATOS SEGÚN DOCUMENTACIÓN (registro de la OROP / Estado del pabellón)",
        "name": "Nombre del buque",
        "rid": "N° en el registro",
        "flag": "Pabellón",
        "imo": "Número OMI",
        "ircs": "Distintivo de llamada",
        "mmsi": "MMSI",
        "reg": "Matrícula",
        "port": "Puerto de matrícula",
        "auth": "Autorización",
        "valid": "vigente",
        "auth_kinds": (
            "Autorización de pesca de atunes y especies afines",
            "Permiso de pesca en alta mar",
            "Autorización de transbordo",
        ),
        "partB": "PARTE B — MARCADO: DOCUMENTADO vs OBSERVADO",
        "cols": ("#", "Elemento", "Documentado", "Observado", "Conf.", "Observaciones"),
        "items": (
            "Nombre en la proa, babor y estribor",
            "Nombre y puerto en la popa",
            "Distintivo en ambos costados",
            "Distintivo en cubierta / techo del puente",
            "Número OMI en popa o superestructura",
            "Matrícula en el casco",
            "Marcado de artes (boyas, balizas)",
        ),
        "notvis": "no visible",
        "height": "letras de {H} m (mín. 1,0 m)",
        "painted": "nombre anterior visible bajo la pintura",
        "oldcs": "distintivo anterior en boyas",
        "findings": "PARTE C — CONSTATACIONES Y MEDIDAS",
        "find": (
            "Marcado no conforme con las especificaciones; se instruye al capitán corregir "
            "antes de la próxima recalada. Fotografías F1–F{N} adjuntas."
        ),
        "hist": "El historial del registro indica un pabellón anterior: ",
        "sig": "Firma del capitán: ____________    Inspector: ____________",
    },
    "fr": {
        "title": "LISTE DE CONTRÔLE DU MARQUAGE DU NAVIRE",
        "basis": "Norme : Spécifications types de la FAO pour le marquage et l'identification "
        "des bateaux de pêche ;",
        "ref": "Réf. inspection",
        "date": "Date",
        "pos": "Position",
        "insp": "Inspecteurs",
        "partA": "PARTIE A — DONNÉES DOCUMENTÉES (registre de l'ORGP / État du pavillon)",
        "name": "Nom du navire",
        "rid": "N° au registre",
        "flag": "Pavillon",
        "imo": "Numéro OMI",
        "ircs": "Indicatif d'appel",
        "mmsi": "MMSI",
        "reg": "N° d'immatriculation",
        "port": "Port d'immatriculation",
        "auth": "Autorisation",
        "valid": "valable",
        "auth_kinds": (
            "Autorisation de pêche (thons et espèces apparentées)",
            "Autorisation de pêche en haute mer",
            "Autorisation de transbordement",
        ),
        "partB": "PARTIE B — MARQUAGE : DOCUMENTÉ / OBSERVÉ",
        "cols": ("#", "Élément", "Documenté", "Observé", "Conf.", "Remarques"),
        "items": (
            "Nom à l'avant, bâbord et tribord",
            "Nom et port d'attache à l'arrière",
            "Indicatif sur les deux bords",
            "Indicatif sur le pont / la passerelle",
            "Numéro OMI à l'arrière ou superstructure",
            "Immatriculation sur la coque",
            "Marquage des engins (bouées, balises)",
        ),
        "notvis": "non visible",
        "height": "lettres de {H} m (min. 1,0 m)",
        "painted": "ancien nom visible sous la peinture",
        "oldcs": "ancien indicatif sur bouées",
        "findings": "PARTIE C — CONSTATATIONS ET SUITES",
        "find": (
            "Marquage non conforme aux spécifications ; le capitaine doit régulariser avant "
            "la prochaine escale. Photographies P1–P{N} jointes."
        ),
        "hist": "L'historique du registre indique un ancien pavillon : ",
        "sig": "Signature du capitaine : ____________    Inspecteur : ____________",
    },
}


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    lang, rfmo, body, scheme, measure = rng.choice(BODIES)
    t = T[lang]
    (v,) = pick(vessels, rng, 1)
    day = rand_date(rng, 2021, 2025)
    style = rng.choice(("dmy", "iso", "dot", "long"))
    rid = rfmo_id(rng, rfmo, v.flag)
    reg = national_reg_no(rng, v.flag, v.year)
    auth_from = rand_date(rng, day.year - 1, day.year - 1)
    auth_to = auth_from.replace(year=auth_from.year + 1, day=min(auth_from.day, 28))
    old_flag = former_flag(rng, v.flag)
    old_cs = invent_call_sign(rng, old_flag)
    ref = f"{rng.choice(('HSBI', 'RIS', 'INSP'))}-{day.year}-{rng.randint(1, 999):03d}"
    inspectors = rng.sample(PEOPLE, 2)
    w = 20
    ph = placeholder(rng, lang)

    def doc(value: str | None, label: str) -> Cell:
        return (value, label) if value else ph

    page = PageDraft()
    page.line(body, " (", (rfmo, "RFMO_CODE"), ")")
    page.line(f"{scheme} — {t['title']}")
    page.line(f"{t['basis']} {measure}")
    page.line()
    page.line(
        f"{t['ref']}: {ref}    {t['date']}: {fmt_date(day, style, lang)} "
        f"{rng.randint(0, 23):02d}{rng.randint(0, 59):02d} UTC"
    )
    page.line(
        f"{t['pos']}: {coord(rng)}    {t['insp']}: {inspectors[0]} (ID {rng.randint(100, 999)}), "
        f"{inspectors[1]} (ID {rng.randint(100, 999)})"
    )
    page.line()
    page.line(str(t["partA"]))
    flag_cell: Cell = (country(v.flag, lang), "FLAG") if v.flag else placeholder(rng, lang)
    pairs: list[tuple[str, Cell]] = [
        (str(t["name"]), (v.name, "VESSEL_NAME")),
        (str(t["rid"]), (rid, "RFMO_ID")),
        (str(t["flag"]), flag_cell),
        (str(t["imo"]), doc(v.imo, "IMO")),
        (str(t["ircs"]), doc(v.ircs, "IRCS")),
        (str(t["mmsi"]), doc(v.mmsi, "MMSI")),
        (str(t["reg"]), (reg, "NATIONAL_REG_NO")),
        (str(t["port"]), doc(v.port, "HOME_PORT")),
    ]
    for i in range(0, len(pairs), 2):
        left, right = pairs[i], pairs[i + 1]
        page.row([f"{left[0]}:", left[1], f"{right[0]}:", right[1]], [w, 26, w, 0])
    kinds = t["auth_kinds"]
    page.line(
        f"{t['auth']}: ",
        (rng.choice(kinds), "AUTH_TYPE"),
        f", {t['valid']} ",
        (fmt_date(auth_from, style, lang), "START_DATE"),
        " – ",
        (fmt_date(auth_to, style, lang), "END_DATE"),
    )
    page.line()
    page.line(str(t["partB"]))
    widths = (2, 39, 18, 18, 5)
    page.row(list(t["cols"]), widths)
    items = t["items"]
    compliant = {i: rng.random() < 0.7 for i in range(7)}
    for i, value in ((1, v.port), (2, v.ircs), (3, v.ircs), (4, v.imo), (6, v.ircs)):
        compliant[i] = compliant[i] and value is not None
    port_name = v.port.split(",")[0] if v.port else None
    height = rng.choice(("0.6", "0.8", "0.9", "1.0", "1.2"))
    if lang != "en":
        height = height.replace(".", ",")
    ok_word = {"en": ("Y", "N"), "es": ("Sí", "No"), "fr": ("Oui", "Non")}[lang]
    lines: list[list[Cell]] = []

    def mark(i: int, documented: Cell, observed: Cell, remark: Cell = "") -> None:
        lines.append(
            [
                str(i + 1),
                str(items[i]),
                documented,
                observed,
                ok_word[0] if compliant[i] else ok_word[1],
                remark,
            ]
        )

    observed_name: Cell = (v.name, "VESSEL_NAME")
    remark0 = ""
    if v.former_name and not compliant[0]:
        observed_name = (v.former_name, "NAME_CHANGE")
        remark0 = str(t["painted"])
    mark(0, (v.name, "VESSEL_NAME"), observed_name, remark0)
    mark(
        1,
        (port_name, "HOME_PORT") if port_name else placeholder(rng, lang),
        (port_name, "HOME_PORT") if port_name and compliant[1] else str(t["notvis"]),
    )
    cs_doc = doc(v.ircs, "IRCS")
    cs_obs: Cell = (v.ircs, "IRCS") if v.ircs else str(t["notvis"])
    mark(2, cs_doc, cs_obs, "" if compliant[2] else str(t["height"]).format(H=height))
    mark(3, cs_doc, cs_obs if compliant[3] else str(t["notvis"]))
    mark(4, doc(v.imo, "IMO"), (v.imo, "IMO") if v.imo and compliant[4] else str(t["notvis"]))
    mark(
        5, (reg, "NATIONAL_REG_NO"), (reg, "NATIONAL_REG_NO") if compliant[5] else str(t["notvis"])
    )
    if compliant[6] or not v.ircs or rng.random() < 0.4:
        mark(6, cs_doc, cs_obs)
    else:
        buoy: list[Piece] = [(old_cs, "ID_CHANGE"), f"-{rng.randint(1, 40):02d}"]
        was: Cell = [str(t["oldcs"]), " (", (country(old_flag, lang), "FLAG_CHANGE"), ")"]
        mark(6, cs_doc, buoy, was)
    for cells in lines:
        page.row(cells, widths)
    notes = (
        (
            "inspection report form"
            if lang == "en"
            else "formulario"
            if lang == "es"
            else "formulaire"
        )
        + f" IR-{rng.randint(1, 9)} — keep with boarding report.",
        "Distribution: flag State, Secretariat, inspecting Member; copy left on board.",
    )
    pages = [page]
    findings = not all(compliant.values())
    if findings and rng.random() < 0.6:
        p2 = PageDraft()
        p2.line(f"{ref} — {t['title']} (2/2)")
        p2.line()
        p2.line(str(t["findings"]))
        p2.line(str(t["find"]).format(N=rng.randint(4, 18)))
        p2.line()
        p2.put(str(t["hist"]), (country(old_flag, lang), "FLAG_CHANGE"))
        p2.line(" (", "IRCS " if lang != "es" else "distintivo ", (old_cs, "ID_CHANGE"), ").")
        if v.former_name:
            p2.line(
                {"en": "Former name: ", "es": "Nombre anterior: ", "fr": "Ancien nom : "}[lang],
                (v.former_name, "NAME_CHANGE"),
            )
        p2.line()
        p2.line(
            f"{t['name']}: ", (v.name, "VESSEL_NAME"), "    ", f"{t['rid']}: ", (rid, "RFMO_ID")
        )
        p2.line()
        p2.line(str(t["sig"]))
        p2.line(
            f"Boarding ladder inspected {fmt_date(day, 'dmy')}; boarding party of "
            f"{rng.randint(3, 6)} from patrol vessel PV-{rng.randint(100, 999)}."
        )
        pages.append(
            fill(
                p2,
                (
                    *notes,
                    "Photographs are held by the inspecting Member and available to the flag "
                    "State on request. Time on board: 2 h 40 min.",
                    "The master acknowledged receipt of this checklist; comments of the master: "
                    "none.",
                    "Next review: at the flag State's reply, within 15 days of transmission by the "
                    "Secretariat.",
                ),
            )
        )
    else:
        page.line()
        page.line(str(t["sig"]))
    pages[0] = fill(pages[0], notes)
    return pages
