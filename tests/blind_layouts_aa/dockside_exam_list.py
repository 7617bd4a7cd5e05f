"""A coast guard's list of fishing vessels that passed a dockside safety examination: decal or
sticker numbers, vessel identifiers, examination dates (USCG table, PCG numbered list, Chilean
"nómina" in Spanish)."""

from __future__ import annotations

import datetime as dt
import random

from oceanid_dev.demo.vessels import Vessel

from . import _common as C
from . import _vocab as V
from ._page import PageDraft

LAYOUT = "dockside_exam_list"

_NOTES_EN = [
    "A decal indicates that the vessel met the applicable requirements on the date of the "
    "examination only. It does not relieve the owner or master of the duty to maintain the "
    "vessel and its safety equipment.",
    "Examinations are voluntary for vessels operating inside 3 nm; mandatory every 5 years for "
    "vessels operating beyond 3 nm (46 U.S.C. 4502(f)).",
    "Life raft hydrostatic releases and EPIRB batteries checked against expiry dates stamped on "
    "the units; HRU expiry is not recorded on this list.",
    "To schedule an examination call the Fishing Vessel Safety Coordinator at (907) 463-2810 or "
    "e-mail the district office. Allow 10 working days.",
    "Decals removed or defaced must be reported; a replacement decal carries a new number and "
    "the original expiry month.",
    "Distribution: Sector offices, Marine Safety Detachments, Station boarding teams.",
    "Entries with an asterisk (*) were re-examined after deficiencies were corrected on site.",
]
_NOTES_PH = [
    "This list is issued for the information of vessel owners, fish port authorities and "
    "boarding teams. A Safety Inspection Sticker remains valid only while the vessel keeps "
    "the equipment inspected on board.",
    "Deficiencies noted during inspection (fire extinguishers, lifebuoys, navigation lights) "
    "must be corrected before departure; re-inspection fee PHP 1,200.00.",
    "For verification call CGS General Santos at (083) 552-3127 or VHF channel 16.",
    "Memorandum Circular No. 04-2019 applies to fishing vessels of 3 GT and above.",
    "Vessels not on this list shall not be cleared for departure by the Fish Port Complex.",
]
_NOTES_ES = [
    "La presente nómina tiene carácter informativo. El autoadhesivo de inspección acredita "
    "únicamente el resultado de la inspección en la fecha indicada.",
    "Las naves deberán mantener a bordo el certificado de inspección y el rol de tripulación "
    "vigente. Consultas: Fono (41) 226 6000, anexo 214.",
    "Las observaciones pendientes deberán ser subsanadas dentro de un plazo de 30 días.",
    "Documento generado por el Sistema de Inspección de Naves; no requiere firma.",
    "Inspecciones efectuadas en el Muelle Pesquero Artesanal y Sitio 3 del Puerto.",
]


def _reg(s: C.Ship, rng: random.Random) -> str | None:
    return C.national_reg(s) if rng.random() < 0.8 else None


def _decal(rng: random.Random, style: str) -> str:
    if style == "us":
        return f"{rng.randint(10, 99)}{rng.randint(0, 99999):05d}"
    if style == "ph":
        return f"PCG-SEM-{rng.randint(23, 25)}-{rng.randint(1, 999):04d}"
    return f"A-{rng.randint(10000, 99999)}"


def _uscg(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    notes = C.Notes(_NOTES_EN, rng)
    district = rng.choice(("SEVENTEEN", "THIRTEEN", "FOURTEEN", "ELEVEN"))
    port = rng.choice([p for p in V.PORTS if p[2] in {"USA", "ASM"}])
    first = C.day(rng)
    n_pages = rng.choice((1, 1, 2))
    pages = []
    widths = [10, 22, 12, 10, 11, 13, 14]
    for number in range(1, n_pages + 1):
        page = PageDraft()
        page.add("U.S. Department of Homeland Security\nUNITED STATES COAST GUARD\n")
        page.add(f"DISTRICT {district} - COMMERCIAL FISHING VESSEL SAFETY\n")
        page.add("DOCKSIDE EXAMINATIONS COMPLETED / DECALS ISSUED\n")
        page.add(f"Period: {C.fmt_date(first, 'dmon')} - ")
        page.add(f"{C.fmt_date(first + dt.timedelta(days=30), 'dmon')}    ")
        page.add(
            f"Run: {C.fmt_date(first + dt.timedelta(days=33), 'iso')} 07:{rng.randint(10, 59)}"
        )
        page.add(f"    Page {number} of {n_pages}\n")
        page.add(f"Exam location: {port[0]} (").add(port[1], "PORT_ID").add(")\n\n")
        C.table_row(
            page,
            [
                [(h, None)]
                for h in (
                    "DECAL",
                    "VESSEL",
                    "DOC/REG NO",
                    "CALL SIGN",
                    "MMSI",
                    "EXAM DATE",
                    "EXAMINER",
                )
            ],
            widths,
        )
        page.add("-" * 96 + "\n")
        for s in C.pick_ships(vessels, rng, rng.randint(7, 12)):
            exam = first + dt.timedelta(days=rng.randint(0, 30))
            decal = _decal(rng, "us")
            star = "*" if rng.random() < 0.15 else ""
            C.table_row(
                page,
                [
                    [(decal + star, None)],
                    [(s.name, "VESSEL_NAME")],
                    C.tok(_reg(s, rng), "NATIONAL_REG_NO", "PENDING"),
                    C.tok(s.ircs, "IRCS", "NONE"),
                    C.tok(s.mmsi, "MMSI", "-"),
                    [(C.fmt_date(exam, "mdy"), None)],
                    [(rng.choice(V.PEOPLE), None)],
                ],
                widths,
            )
        page.add("-" * 96 + "\n")
        if number == n_pages:
            page.add("Decals expire on the last day of the month shown, two years after exam.\n")
        notes.fill(page, reserve=60)
        page.add(
            f"\nUSCG D{rng.randint(1, 17)} CFVS  |  questions: (907) 463-{rng.randint(1000, 9999)}"
        )
        pages.append(page)
    return pages


def _pcg(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    notes = C.Notes(_NOTES_PH, rng)
    page = PageDraft()
    issued = C.day(rng)
    page.add("Republic of the Philippines\nDepartment of Transportation\nPHILIPPINE COAST GUARD\n")
    page.add("Coast Guard District Southeastern Mindanao - Station General Santos\n\n")
    page.add("LIST OF FISHING VESSELS THAT PASSED THE DOCKSIDE SAFETY INSPECTION\n")
    page.add(f"As of {C.fmt_date(issued, 'long')}   Ref: {C.ref_no(rng, 'CGS-GS')}\n\n")
    pages = [page]
    ships = C.pick_ships(vessels, rng, rng.randint(3, 7))
    for i, s in enumerate(ships, start=1):
        entry = PageDraft()
        entry.add(f'{i}. {rng.choice(("F/V", "F/B", "M/V"))} "').add(s.name, "VESSEL_NAME").add('"')
        entry.add("\n   IMO: ").val(s.imo, "IMO", "n/a").add("   MMSI: ").val(s.mmsi, "MMSI", "n/a")
        entry.add("   Call sign: ").val(s.ircs, "IRCS", "none").nl()
        if s.flag:
            entry.add("   Flag: ").add(C.flag_name(s.flag, "en", rng), "FLAG")
        if s.port:
            entry.add("   Home port: ").add(s.port.title(), "HOME_PORT")
        entry.nl().add("   ")
        C.metric(entry, "GT", s.gt, None, "-").add("   ")
        C.metric(entry, "LOA", s.loa, "m", "-").nl()
        if s.owner:
            entry.add("   Owner/Operator: ").add(s.owner, "ASSOC_NAME").nl()
        when = issued - dt.timedelta(days=rng.randint(1, 60))
        entry.add(f"   Inspected: {C.fmt_date(when, 'long')}   Sticker No. {_decal(rng, 'ph')}")
        entry.add(f"   Valid until: {C.fmt_date(when + dt.timedelta(days=364), 'long')}\n")
        defects = rng.choice(("none", "2 (corrected)", "1 (corrected on site)", "none"))
        entry.add(f"   Deficiencies: {defects}\n")
        if len(page) + len(entry) > 2500:
            page = PageDraft()
            page.add("PCG Station General Santos - list of inspected fishing vessels (cont.)\n\n")
            pages.append(page)
        page.extend(entry)
    for page in pages:
        notes.fill(page, reserve=70)
        page.add(f"\nCertified correct:\n{rng.choice(V.PEOPLE)}, LTJG PCG, Station Inspector\n")
    return pages


def _chile(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    notes = C.Notes(_NOTES_ES, rng)
    page = PageDraft()
    port = rng.choice([p for p in V.PORTS if p[2] == "CHL"])
    month = C.day(rng)
    page.add("ARMADA DE CHILE\nDIRECCIÓN GENERAL DEL TERRITORIO MARÍTIMO Y DE MARINA MERCANTE\n")
    page.add(f"CAPITANÍA DE PUERTO DE {port[0].upper()} (").add(port[1], "PORT_ID").add(")\n\n")
    page.add("NÓMINA DE NAVES PESQUERAS CON INSPECCIÓN DE SEGURIDAD APROBADA\n")
    page.add(f"Período: {V.MONTHS_ES[month.month - 1]} de {month.year}\n\n")
    widths = [4, 21, 15, 11, 19, 7, 11, 10]
    header = ("N°", "Nave", "Matrícula", "Distintivo", "Bandera", "AB", "Inspección", "Autoadh.")
    C.table_row(page, [[(h, None)] for h in header], widths, pipe=True)
    for i, s in enumerate(C.pick_ships(vessels, rng, rng.randint(6, 11)), start=1):
        when = month.replace(day=rng.randint(1, 28))
        C.table_row(
            page,
            [
                [(str(i), None)],
                [(s.name, "VESSEL_NAME")],
                C.tok(_reg(s, rng), "NATIONAL_REG_NO", "s/m"),
                C.tok(s.ircs, "IRCS", "---"),
                C.tok(C.flag_name(s.flag, "es", rng) if s.flag else None, "FLAG", "s/i"),
                C.tok(s.gt, "METRIC_VALUE", "-"),
                [(C.fmt_date(when, "dmy"), None)],
                [(_decal(rng, "cl"), None)],
            ],
            widths,
            pipe=True,
        )
    page.add("\nAB: arqueo bruto. Vigencia del autoadhesivo: 12 meses desde la inspección.\n")
    notes.fill(page, reserve=80)
    page.add(f"\n{rng.choice(V.PEOPLE)}\nCapitán de Puerto de {port[0]}\n")
    return [page]


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    return rng.choice((_uscg, _pcg, _chile))(vessels, rng)
