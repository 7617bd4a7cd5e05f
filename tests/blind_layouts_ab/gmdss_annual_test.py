"""A GMDSS radio equipment annual test record (en/es/fr): ship data, equipment table, results."""

from __future__ import annotations

import random
from typing import Any

from oceanid_dev.demo.vessels import Vessel

from . import _common as c
from ._page import PageDraft, Seg, pad
from ._vocab import EQUIPMENT, PORTS

LAYOUT = "gmdss_annual_test"

_FIRMS = (
    "Oceanradio Service Ltd",
    "Marine Electronics & Radio Pte",
    "Radiomarítima del Sur SA",
    "Électronique Navale Services",
    "Pacific Radio Survey Co",
)
_T: dict[str, dict[str, Any]] = {
    "en": {
        "title": "GMDSS RADIO INSTALLATION — ANNUAL PERFORMANCE TEST RECORD",
        "basis": "Test carried out on behalf of the flag Administration in accordance with its "
        "radio survey instructions and the equipment makers' procedures.",
        "rec": "Record No.",
        "date": "Date of test",
        "place": "Place",
        "ship": "SHIP",
        "name": "Name of ship",
        "cs": "Call sign",
        "imo": "IMO No.",
        "flag": "Flag",
        "gt": "Gross tonnage",
        "areas": "Sea areas",
        "imn": "Inmarsat-C IMN",
        "lic": "Radio licence",
        "lic_kind": "Ship station licence",
        "valid": "valid until",
        "equip": "EQUIPMENT",
        "cols": ("Equipment", "Make / model", "Serial / ID", "Result"),
        "prog": "MMSI programmed",
        "hex": "Hex ID",
        "batt": "battery exp.",
        "hru": "HRU exp.",
        "flagchg": "Equipment reprogrammed after change of flag from ",
        "prev_mmsi": ": previous MMSI ",
        "prev_cs": ", previous call sign ",
        "ex": "Former name",
        "by": "Tested by",
        "master": "Master",
        "notes": (
            "All equipment listed was found in working order and tested on the frequencies "
            "and with the procedures required; deficiencies, if any, are listed under remarks.",
            "The EPIRB registration was checked against the national beacon register. "
            "Batteries and hydrostatic release units must be replaced before expiry.",
            "This record must be kept on board for inspection by port State control officers "
            "and the flag Administration.",
        ),
        "remark": "Remarks",
    },
    "es": {
        "title": "REGISTRO DE PRUEBA ANUAL DE LA INSTALACIÓN RADIOELÉCTRICA SMSSM",
        "basis": "Prueba realizada por cuenta de la Administración del pabellón conforme a sus "
        "instrucciones de reconocimiento radioeléctrico y a los procedimientos del fabricante.",
        "rec": "Registro nº",
        "date": "Fecha de la prueba",
        "place": "Lugar",
        "ship": "BUQUE",
        "name": "Nombre del buque",
        "cs": "Distintivo de llamada",
        "imo": "Nº OMI",
        "flag": "Pabellón",
        "gt": "Arqueo bruto",
        "areas": "Zonas marítimas",
        "imn": "Inmarsat-C IMN",
        "lic": "Licencia radio",
        "lic_kind": "Licencia de estación de barco",
        "valid": "válida hasta",
        "equip": "EQUIPOS",
        "cols": ("Equipo", "Marca / modelo", "Nº serie / ID", "Resultado"),
        "prog": "MMSI programado",
        "hex": "ID hex",
        "batt": "cad. batería",
        "hru": "cad. zafa",
        "flagchg": "Equipos reprogramados tras cambio de pabellón desde ",
        "prev_mmsi": ": MMSI anterior ",
        "prev_cs": ", distintivo anterior ",
        "ex": "Nombre anterior",
        "by": "Inspector",
        "master": "Capitán",
        "notes": (
            "Todos los equipos relacionados se encontraron operativos y se probaron en las "
            "frecuencias y con los procedimientos exigidos; las deficiencias figuran en "
            "observaciones.",
            "Se comprobó el registro de la radiobaliza en el registro nacional. Baterías y "
            "zafas hidrostáticas deben sustituirse antes de su caducidad.",
            "Este registro debe conservarse a bordo a disposición de la inspección.",
        ),
        "remark": "Observaciones",
    },
    "fr": {
        "title": "INSTALLATION RADIOÉLECTRIQUE SMDSM — RAPPORT D'ESSAI ANNUEL",
        "basis": "Essais effectués pour le compte de l'Administration du pavillon selon ses "
        "instructions de visite radio et les procédures des constructeurs.",
        "rec": "Rapport n°",
        "date": "Date des essais",
        "place": "Lieu",
        "ship": "NAVIRE",
        "name": "Nom du navire",
        "cs": "Indicatif d'appel",
        "imo": "N° OMI",
        "flag": "Pavillon",
        "gt": "Jauge brute",
        "areas": "Zones océaniques",
        "imn": "Inmarsat-C IMN",
        "lic": "Licence radio",
        "lic_kind": "Licence de station de navire",
        "valid": "valable jusqu'au",
        "equip": "ÉQUIPEMENTS",
        "cols": ("Équipement", "Marque / modèle", "N° série / ID", "Résultat"),
        "prog": "MMSI programmé",
        "hex": "ID hex",
        "batt": "pile exp.",
        "hru": "largueur exp.",
        "flagchg": "Équipements reprogrammés après changement de pavillon depuis ",
        "prev_mmsi": " : ancien MMSI ",
        "prev_cs": ", ancien indicatif ",
        "ex": "Ancien nom",
        "by": "Essais effectués par",
        "master": "Le capitaine",
        "notes": (
            "Tous les équipements listés ont été trouvés en état de fonctionnement ; les "
            "défauts éventuels figurent en observations.",
            "L'enregistrement de la balise a été vérifié auprès du registre national. Piles et "
            "largueurs hydrostatiques à remplacer avant expiration.",
            "Ce rapport doit être conservé à bord à la disposition des contrôles.",
        ),
        "remark": "Observations",
    },
}


_CHECKS = {
    "en": (
        ("Antennas, feeders and insulators", "checked"),
        ("Changeover to reserve source of energy", "tested"),
        ("Radio log book (GMDSS log)", "kept up to date"),
        ("Operating instructions posted at console", "yes"),
        ("Distress buttons protected against inadvertent use", "yes"),
        ("Position input to DSC equipment (GNSS)", "automatic"),
    ),
    "es": (
        ("Antenas, cables y aisladores", "revisado"),
        ("Conmutación a fuente de energía de reserva", "probado"),
        ("Diario radioeléctrico", "al día"),
        ("Instrucciones de operación en consola", "sí"),
        ("Pulsadores de socorro protegidos", "sí"),
        ("Entrada de posición al equipo LSD", "automática"),
    ),
    "fr": (
        ("Antennes, câbles et isolateurs", "vérifié"),
        ("Basculement sur la source d'énergie de secours", "essayé"),
        ("Journal radio SMDSM", "à jour"),
        ("Consignes d'exploitation affichées", "oui"),
        ("Boutons de détresse protégés", "oui"),
        ("Entrée de position ASN (GNSS)", "automatique"),
    ),
}


def _hex_id(rng: random.Random) -> str:
    return "".join(rng.choice("0123456789ABCDEF") for _ in range(15))


def _serial(rng: random.Random) -> str:
    return rng.choice(
        (
            f"{rng.randint(100000, 99999999)}",
            f"SN{rng.randint(10000, 999999)}",
            f"{rng.randint(10, 99)}-{rng.randint(1000, 9999)}",
        )
    )


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    v = c.pick_vessels(vessels, rng, 1)[0]
    lang = rng.choice(("en", "en", "es", "fr"))
    t = _T[lang]
    day = c.some_day(rng)
    port = rng.choice(PORTS)
    page = PageDraft()
    firm = rng.choice(_FIRMS)
    page.line(f"{firm.upper()} · {c.phone(rng)} · service@{c.slug(firm)}.example.net")
    page.line()
    page.line(t["title"])
    page.wrap([t["basis"]], 84)
    page.line()
    page.line()
    page.line(
        f"{t['rec']}: RT-{day.year}-{rng.randint(10, 9999):04d}   {t['date']}: "
        f"{c.fmt_date(day, c.date_style(rng, lang), lang)}   {t['place']}: {port[0]} (",
        (port[1], "PORT_ID"),
        ")",
    )
    page.line()
    page.line(t["ship"])
    kw = 26

    def kv(key: str, *segs: Seg) -> None:
        page.line(f"  {key + ':':<{kw}}", *segs)

    kv(t["name"], (v.name, "VESSEL_NAME"))
    kv(t["cs"], c.opt(v.ircs, "IRCS", "not assigned" if lang == "en" else "—"))
    kv("MMSI", c.opt(v.mmsi, "MMSI", "—"))
    kv(t["imo"], c.opt(v.imo, "IMO", "N/A"))
    if v.flag:
        kv(t["flag"], (c.country(v.flag, lang, code=rng.random() < 0.25) or v.flag, "FLAG"))
    if v.gross_tonnage and rng.random() < 0.6:
        page.line(
            "  ",
            *c.metric(
                t["gt"],
                v.gross_tonnage,
                rng.choice(("GT", None)),
                ":" + " " * (kw - len(t["gt"]) - 1),
            ),
        )
    if v.former_name:
        kv(t["ex"], (v.former_name, "NAME_CHANGE"))
    kv(t["areas"], rng.choice(("A1+A2+A3", "A1+A2", "A3 (Inmarsat)", "A1+A2+A3+A4")))
    imn = c.inmarsat_c(rng)
    kv(t["imn"], imn)
    if rng.random() < 0.7:
        end = c.some_day(rng, day.year + 1, day.year + 4)
        lic = f"{rng.choice(('SSL', 'LR', 'RL'))}/{rng.randint(100, 99999)}/{day.year % 100:02d}"
        kv(
            t["lic"],
            (t["lic_kind"], "AUTH_TYPE"),
            " ",
            (lic, "LICENSE_NO"),
            f", {t['valid']} ",
            (c.fmt_date(end, "dmy"), "END_DATE"),
        )
    page.line()
    page.line(t["equip"])
    cols = t["cols"]
    page.line(f"  {cols[0]:<24}{cols[1]:<24}{cols[2]:<22}{cols[3]}")
    rows: list[list[Seg]] = []
    mmsi_seg: Seg = (v.mmsi, "MMSI") if v.mmsi else "not programmed"
    rows.append([f"  {'VHF DSC':<24}{rng.choice(EQUIPMENT['vhf']):<24}{_serial(rng):<22}PASS"])
    rows.append([f"  {'':<24}{t['prog']}: ", mmsi_seg])
    rows.append(
        [
            f"  {'MF/HF DSC':<24}{rng.choice(EQUIPMENT['mfhf']):<24}{_serial(rng):<22}"
            f"{rng.choice(('PASS', 'PASS', 'PASS*'))}"
        ]
    )
    rows.append(
        [f"  {'Inmarsat-C SES':<24}{rng.choice(EQUIPMENT['inmc']):<24}{'IMN ' + imn:<22}PASS"]
    )
    rows.append([f"  {'NAVTEX':<24}{rng.choice(EQUIPMENT['navtex']):<24}{_serial(rng):<22}PASS"])
    batt = f"{day.year + rng.randint(1, 4)}-{rng.randint(1, 12):02d}"
    hru = f"{day.year + rng.randint(1, 2)}-{rng.randint(1, 12):02d}"
    rows.append(
        [
            f"  {'EPIRB 406 MHz':<24}{rng.choice(EQUIPMENT['epirb']):<24}"
            f"{t['hex'] + ' ' + _hex_id(rng):<22}  PASS"
        ]
    )
    rows.append([f"  {'':<24}{t['batt']} {batt}, {t['hru']} {hru}"])
    for n in range(rng.randint(1, 2)):
        rows.append(
            [
                f"  {'SART ' + str(n + 1):<24}{rng.choice(EQUIPMENT['sart']):<24}"
                f"{_serial(rng):<22}PASS"
            ]
        )
    rows.append(
        [
            f"  {'GMDSS VHF x' + str(rng.randint(2, 3)):<24}"
            f"{rng.choice(EQUIPMENT['gmdss_vhf']):<24}{_serial(rng):<22}PASS"
        ]
    )
    rows.append(
        [f"  {'Reserve batteries 24 V':<24}{str(rng.randint(100, 220)) + ' Ah':<24}{'':<22}PASS"]
    )
    for row in rows:
        page.line(*row)
    page.line()
    second = PageDraft()
    second.line(f"{t['remark']}:")
    remark: list[Seg] = []
    if rng.random() < 0.45:
        old_flag = c.former_flag(rng, v.flag)
        old_mmsi = c.invent_mmsi(rng, old_flag)
        old_cs = c.invent_callsign(rng, old_flag)
        remark += [t["flagchg"], (c.country(old_flag, lang) or old_flag, "FLAG_CHANGE")]
        if old_mmsi:
            remark += [t["prev_mmsi"], (old_mmsi, "ID_CHANGE")]
        if old_cs:
            remark += [t["prev_cs"], (old_cs, "ID_CHANGE")]
        remark.append(". ")
    remark.append(
        rng.choice(
            (
                "MF/HF DSC test call to coast station MMSI 00"
                + str(rng.randint(2000000, 7999999))
                + " acknowledged. ",
                "Distress alert test via Inmarsat-C to MRCC acknowledged in "
                + str(rng.randint(2, 9))
                + " min. ",
                "Portable VHF no. 2 battery replaced (lot " + str(rng.randint(1000, 9999)) + "). ",
            )
        )
    )
    second.wrap(remark, 84, indent="  ", column=0)
    second.line()
    second.line()
    for item, state in rng.sample(_CHECKS[lang], rng.randint(4, len(_CHECKS[lang]))):
        second.line(f"  [x] {item:<44}{state}")
    second.line(
        f"  GOC holders on board: {rng.randint(1, 3)} (cert. {rng.randint(10000, 99999)}"
        f"/{rng.randint(10, 99)})"
    )
    second.line()
    second.line(
        f"{t['by']}: {c.person(rng)}, radio inspector, "
        f"authorisation {rng.randint(100, 999)}/{day.year}"
    )
    second.line(f"{t['master']}: {c.person(rng)}          ____________________")
    if rng.random() < 0.55 and len(page) + len(second) < 2900:
        page.extend(second)
        pages = [page]
    else:
        pages = [page, second]
        second.line()
        second.line("RT record — ", (v.name, "VESSEL_NAME"), " — page 2 of 2")
    for p in pages:
        pad(p, rng.randint(760, 900), t["notes"], rng)
    return pages
