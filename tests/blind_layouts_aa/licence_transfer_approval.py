"""A fisheries authority's approval of a fishing licence transfer, either to a replacement
vessel or to a new owner: an English ministry letter, a Spanish "resolución directoral" or a
French "décision" with articles."""

from __future__ import annotations

import datetime as dt
import random

from oceanid_dev.demo.vessels import Vessel

from . import _common as C
from . import _vocab as V
from ._page import PageDraft

LAYOUT = "licence_transfer_approval"

_NOTES_EN = [
    "This approval does not exempt the licence holder from compliance with the Fisheries Act, "
    "its regulations and the conditions attached to the licence, including VMS reporting, "
    "observer coverage and catch reporting within 15 days of the end of each trip.",
    "The original licence certificate issued to the former vessel must be returned to the "
    "Licensing Division within 14 days for cancellation.",
    "Fees paid for the current licence period are not refundable and are not pro-rated.",
    "Enquiries: Licensing Division, tel. +248 467 0300, licensing@fisheries.example",
    "cc: Monitoring, Control and Surveillance Unit; Port Authority; Customs and Excise.",
]
_NOTES_ES = [
    "Regístrese, comuníquese y publíquese en el portal institucional.",
    "La presente resolución no exime al titular del cumplimiento de las obligaciones "
    "establecidas en el Reglamento de la Ley General de Pesca y normas complementarias.",
    "Notifíquese a la Dirección General de Supervisión, Fiscalización y Sanción y a la "
    "Capitanía de Puerto correspondiente.",
    "Expediente tramitado mediante la Ventanilla Única; pago de derecho de trámite S/ 418,20.",
]
_NOTES_FR = [
    "Le titulaire de la licence reste tenu au respect du Code de la pêche maritime et de ses "
    "textes d'application, notamment en matière de balise VMS et de déclaration des captures.",
    "Ampliations : Direction de la Surveillance des Pêches ; Capitainerie ; Douanes ; Archives.",
    "La licence délivrée au navire cédant est retournée au service dans un délai de 15 jours.",
    "Redevance acquittée suivant quittance n° 004512 du Trésor public.",
]


def _company(rng: random.Random, s: C.Ship | None = None) -> str:
    if s and s.owner and rng.random() < 0.6:
        return s.owner
    head = rng.choice(("Blue Horizon", "Ocean Pearl", "Hai Feng", "Pacific Star", "Southern Cross"))
    return f"{head} Fishing {rng.choice(('Co Ltd', 'Pty Ltd', 'SA', 'Ltd', 'SARL'))}"


def _address(page: PageDraft, s: C.Ship, rng: random.Random) -> None:
    """Street, city[, province], country of the holder."""
    page.add(rng.choice(V.STREETS), "ADDRESS").add(", ")
    if s.vessel.port and "," in s.vessel.port:
        city, province = (C.clean(part) for part in s.vessel.port.split(",", 1))
        if city and province:
            page.add(city.title(), "CITY").add(", ").add(province.title(), "STATE")
        else:
            page.add(rng.choice(V.PORTS)[0], "CITY")
    else:
        page.add(rng.choice(V.PORTS)[0], "CITY")
    if s.flag:
        page.add(", ").add(C.flag_name(s.flag, "en", rng), "COUNTRY_CODE")


def _vessel_block(page: PageDraft, key: str, s: C.Ship, rng: random.Random, lang: str) -> None:
    ph = {"en": "not assigned", "es": "no asignado", "fr": "néant"}[lang]
    keys = {
        "en": ("IMO", "Call sign", "MMSI", "Flag", "Registration No."),
        "es": ("OMI", "Distintivo", "MMSI", "Bandera", "Matrícula"),
        "fr": ("OMI", "Indicatif", "MMSI", "Pavillon", "Immatriculation"),
    }[lang]
    page.add(f"   {key:<20}").add(s.name, "VESSEL_NAME").nl()
    page.add(f"   {'':<20}{keys[0]}: ").val(s.imo, "IMO", ph)
    page.add(f"   {keys[1]}: ").val(s.ircs, "IRCS", ph)
    page.add(f"   {keys[2]}: ").val(s.mmsi, "MMSI", ph).nl()
    page.add(f"   {'':<20}{keys[3]}: ")
    page.val(C.flag_name(s.flag, lang, rng) if s.flag else None, "FLAG", ph)
    page.add(f"   {keys[4]}: ").add(C.national_reg(s), "NATIONAL_REG_NO").nl()


def _species(page: PageDraft, s: C.Ship, rng: random.Random, lang: str) -> None:
    for i, code in enumerate(C.species_for(s, rng, 2)):
        if i:
            page.add(", ")
        name = C.species()[code][C.LANG_INDEX[lang]]
        if rng.random() < 0.5:
            page.add(name, "SPECIES_NAME").add(" (").add(code, "SPECIES_NAME").add(")")
        else:
            page.add(C.species_name(code, lang, rng), "SPECIES_NAME")


def _english(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    old, new = C.pick_ships(vessels, rng, 2)
    by_vessel = rng.random() < 0.6
    subject = new if by_vessel else old
    rfmo = C.rfmo_for(subject, rng)
    when = C.day(rng)
    start = when + dt.timedelta(days=rng.randint(1, 20))
    end = dt.date(start.year, 12, 31)
    style = rng.choice(("long", "dmy", "dmon"))
    holder = _company(rng, subject)
    notes = C.Notes(_NOTES_EN, rng)
    p1 = PageDraft()
    remit = rng.choice(("MARINE RESOURCES", "BLUE ECONOMY", "OCEAN AFFAIRS"))
    p1.add(f"MINISTRY OF FISHERIES AND {remit}\n")
    p1.add("Fisheries Licensing Division\n\n")
    p1.add(f"Our ref.: {C.ref_no(rng, 'FLD/LIC')}                 ")
    p1.add(f"Date: {C.fmt_date(when, style)}\n\nTo: The Managing Director\n    ")
    p1.add(holder, "ASSOC_NAME").add("\n    ")
    _address(p1, subject, rng)
    lic = C.licence_no(subject, start.year, "SYC")
    what = "REPLACEMENT VESSEL" if by_vessel else "CHANGE OF LICENCE HOLDER"
    p1.add(f"\n\nRE: APPROVAL OF TRANSFER OF FISHING LICENCE ({what})\n\n")
    body = len(p1)
    applied = when - dt.timedelta(days=rng.randint(10, 60))
    p1.add(f"1. Reference is made to your application dated {C.fmt_date(applied, style)} ")
    p1.add("for the transfer of the licence described below. The Ministry has considered the ")
    p1.add("application and approves the transfer subject to the conditions in paragraph 3.")
    p1.wrap(body, 92)
    p1.add("\n\n2. Particulars of the transfer\n")
    p1.add(f"   {'Licence type:':<20}").add(
        rng.choice(("Foreign fishing licence", "Fishing licence", "High seas fishing licence")),
        "AUTH_TYPE",
    ).add(f" - {V.GEAR_WORDS.get(subject.gear, V.GEAR_WORDS['TRAWLERS'])[0]}\n")
    p1.add(f"   {'Licence No.:':<20}").add(lic, "LICENSE_NO").nl()
    if by_vessel:
        _vessel_block(p1, "From vessel:", old, rng, "en")
        _vessel_block(p1, "To vessel:", new, rng, "en")
    else:
        _vessel_block(p1, "Vessel:", old, rng, "en")
        prev = _company(rng)
        p1.add(f"   {'Transferor:':<20}").add(prev, "ASSOC_NAME").nl()
        p1.add(f"   {'Transferee:':<20}").add(holder, "ASSOC_NAME")
        p1.add(f" (Company Reg. No. {''}").add(f"C{rng.randint(100000, 999999)}", "REG_NO").add(
            ")\n"
        )
    p1.add(f"   {'Area:':<20}FAO ").add(rng.choice(V.RFMO_AREAS[rfmo]), "FAO_AREA_CODE")
    p1.add(" - EEZ beyond 12 nm\n")
    p1.add(f"   {'Target species:':<20}")
    _species(p1, subject, rng, "en")
    p1.add(f"\n   {'Valid from:':<20}").add(C.fmt_date(start, style), "START_DATE")
    p1.add(f"\n   {'Valid until:':<20}").add(C.fmt_date(end, style), "END_DATE")
    p1.add(f"\n   {'RFMO record:':<20}").add(rfmo, "RFMO_CODE").add(" No. ")
    p1.add(C.rfmo_id(subject, rfmo), "RFMO_ID").nl()
    p2 = PageDraft() if rng.random() < 0.5 else p1
    if p2 is not p1:
        p2.add(f"Ref. {lic} - page 2\n\n")
    p2.add("\n3. Conditions\n")
    cond = len(p2)
    if by_vessel:
        p2.add("(a) The licence endorsement for ").add(old.name, "VESSEL_NAME")
        p2.add(" is cancelled with effect from the date of this letter and the vessel shall ")
        p2.add("not fish in the zone under any licence issued to the holder.\n")
    else:
        p2.add("(a) The transferee assumes all obligations of the licence holder, including ")
        p2.add("outstanding observer fees and catch reports for the current period.\n")
    p2.add("(b) The vessel shall keep its VMS unit switched on and polling at 1-hour intervals.\n")
    p2.add(f"(c) A transfer fee of USD {rng.randrange(1000, 20000, 250):,}.00 is payable within ")
    p2.add(f"14 days (invoice {C.ref_no(rng, 'INV')}).\n")
    p2.wrap(cond, 92)
    notes.fill(p2, reserve=90)
    p2.add(f"\n\n{rng.choice(V.PEOPLE)}\nDirector, Fisheries Licensing\n")
    pages = [p1] if p2 is p1 else [p1, p2]
    if len(pages) == 2:
        notes.fill(p1)
    return pages


def _spanish(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    old, new = C.pick_ships(vessels, rng, 2)
    by_vessel = rng.random() < 0.5
    subject = new if by_vessel else old
    when = C.day(rng)
    style = rng.choice(("es", "dmy"))
    holder = _company(rng, subject)
    notes = C.Notes(_NOTES_ES, rng)
    page = PageDraft()
    page.add(
        f"RESOLUCIÓN DIRECTORAL N° {rng.randint(100, 2999):04d}-{when.year}-PRODUCE/DGPCHDI\n\n"
    )
    page.add(f"Lima, {C.fmt_date(when, 'es')}\n\n")
    start = len(page)
    page.add(f"VISTO: El escrito con registro N° {rng.randint(10**7, 10**8 - 1)}-{when.year}, ")
    page.add("presentado por ").add(holder, "ASSOC_NAME")
    page.add(", y demás documentos vinculados; y,\n\nCONSIDERANDO:\nQue, el titular solicita ")
    if by_vessel:
        page.add("la sustitución de la embarcación pesquera ").add(old.name, "VESSEL_NAME")
        page.add(" por la embarcación ").add(new.name, "VESSEL_NAME")
        page.add(" en el ").add("permiso de pesca", "AUTH_TYPE").add(" otorgado;")
    else:
        page.add("el cambio de titular del ").add("permiso de pesca", "AUTH_TYPE")
        page.add(" de la embarcación ").add(old.name, "VESSEL_NAME").add(";")
    page.add(" Que, el informe técnico N° ")
    page.add(f"{rng.randint(100, 999):05d}-{when.year}-PRODUCE/DECHDI concluye que procede lo ")
    page.add("solicitado;\n\nSE RESUELVE:\n\nArtículo 1.- ")
    page.add("Aprobar a favor de ").add(holder, "ASSOC_NAME").add(", con RUC N° ")
    page.add(f"20{rng.randint(10**8, 10**9 - 1)}", "REG_NO")
    page.add(", la transferencia del permiso de pesca N° ")
    page.add(C.licence_no(subject, when.year, "PER"), "LICENSE_NO").add(
        " para operar la embarcación "
    )
    page.add(subject.name, "VESSEL_NAME").add(" de matrícula ")
    page.add(C.national_reg(subject), "NATIONAL_REG_NO")
    if subject.gt:
        page.add(", con ").add("arqueo bruto", "METRIC_TYPE").add(" de ")
        page.add(subject.gt, "METRIC_VALUE")
    if subject.ircs:
        page.add(", distintivo de llamada ").add(subject.ircs, "IRCS")
    page.add(", para la extracción de ")
    _species(page, subject, rng, "es")
    page.add(", con artes de ")
    page.add(V.GEAR_WORDS.get(subject.gear, V.GEAR_WORDS["TRAWLERS"])[1] + ".")
    page.add("\n\nArtículo 2.- El permiso tiene vigencia desde el ")
    start_day = when + dt.timedelta(days=rng.randint(1, 15))
    page.add(C.fmt_date(start_day, style), "START_DATE").add(" hasta el ")
    page.add(C.fmt_date(dt.date(start_day.year + 1, start_day.month, 1), style), "END_DATE")
    page.add(", sujeto a la instalación del equipo satelital (SISESAT) a bordo.")
    page.wrap(start, 92)
    notes.fill(page, reserve=80)
    page.add(f"\n\n{rng.choice(V.PEOPLE)}\nDirector General de Pesca para Consumo Humano Directo\n")
    return [page]


def _french(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    old, new = C.pick_ships(vessels, rng, 2)
    when = C.day(rng)
    holder = _company(rng, new)
    style = rng.choice(("fr", "dmy"))
    notes = C.Notes(_NOTES_FR, rng)
    page = PageDraft()
    page.add("RÉPUBLIQUE DU SÉNÉGAL\nMinistère des Pêches et de l'Économie maritime\n")
    page.add("Direction des Pêches maritimes\n\n")
    page.add(f"DÉCISION N° {rng.randint(1, 999):03d}/MPEM/DPM du {C.fmt_date(when, 'fr')}\n")
    page.add("portant approbation du transfert d'une licence de pêche\n\n")
    start = len(page)
    page.add("Le Directeur des Pêches maritimes, vu le Code de la pêche maritime, vu la demande ")
    page.add("de l'armement ").add(holder, "ASSOC_NAME").add(" en date du ")
    page.add(C.fmt_date(when - dt.timedelta(days=20), "fr") + ",\n\nDÉCIDE :\n\n")
    page.add("Article premier. - Est approuvé le transfert de la ")
    page.add(rng.choice(("licence de pêche", "licence de pêche thonière")), "AUTH_TYPE")
    page.add(" n° ").add(C.licence_no(new, when.year, "SEN"), "LICENSE_NO").add(" du navire ")
    page.add(old.name, "VESSEL_NAME")
    if old.imo:
        page.add(" (OMI ").add(old.imo, "IMO").add(")")
    page.add(" au navire ").add(new.name, "VESSEL_NAME")
    ids = []
    if new.imo:
        ids.append(("OMI ", new.imo, "IMO"))
    if new.ircs:
        ids.append(("indicatif ", new.ircs, "IRCS"))
    if new.flag:
        ids.append(("pavillon ", C.flag_name(new.flag, "fr", rng), "FLAG"))
    if ids:
        page.add(" (")
        for i, (key, value, label) in enumerate(ids):
            page.add(", " if i else "").add(key).add(value, label)
        page.add(")")
    page.add(", dont le port d'attache est ")
    page.add(new.port.title() if new.port else "Dakar", "HOME_PORT").add(".\n\n")
    page.add("Article 2. - La licence est valable du ")
    start_day = when + dt.timedelta(days=7)
    page.add(C.fmt_date(start_day, style), "START_DATE").add(" au ")
    page.add(C.fmt_date(dt.date(start_day.year, 12, 31), style), "END_DATE")
    page.add(" pour la pêche de ")
    _species(page, new, rng, "fr")
    page.add(" dans la zone FAO ").add(rng.choice(("34", "34.3", "34.1")), "FAO_AREA_CODE")
    page.add(", au-delà de 12 milles, conformément aux résolutions de l'")
    page.add("ICCAT", "RFMO_CODE").add(".\n\nArticle 3. - Le navire ")
    page.add(old.name, "VESSEL_NAME")
    page.add(" n'est plus autorisé à pêcher dans les eaux sous juridiction sénégalaise.")
    page.wrap(start, 92)
    notes.fill(page, reserve=60)
    page.add(f"\n\nLe Directeur des Pêches maritimes\n{rng.choice(V.PEOPLE)}\n")
    return [page]


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    return rng.choice((_english, _english, _spanish, _french))(vessels, rng)
