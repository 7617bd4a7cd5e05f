"""A documentary credit naming the catching and/or carrying vessel: a SWIFT MT700 issue or MT707
amendment print-out (English, SWIFT upper case), or an advising bank's letter in Spanish or
French."""

from __future__ import annotations

import datetime as dt
import random

from oceanid_dev.demo.vessels import Vessel

from . import _common as C
from . import _vocab as V
from ._page import PageDraft

LAYOUT = "letter_of_credit"

_NOTES_EN = [
    "This is an authenticated SWIFT message. The advising bank assumes no responsibility for "
    "errors or omissions in the transmission of the credit.",
    "Printed by: TRADEOPS3   Terminal: TF-PRN-07   Copy 1 of 2 (customer copy)",
    "Documents presented under this credit are subject to examination within five banking days "
    "following the day of presentation (UCP 600 art. 14 b).",
    "Please quote our reference in all correspondence. Trade Finance Operations, fax "
    "+852 2821 4470, tradefinance.ops@bank.example",
    "Discrepancy fee USD 80.00 per set of discrepant documents, for the account of the "
    "beneficiary, plus cable charges.",
]
_NOTES_ES = [
    "Le rogamos verifique los términos del crédito y, en caso de no poder cumplirlos, solicite "
    "la modificación al ordenante. Esta notificación no supone compromiso alguno por nuestra "
    "parte (art. 9 UCP 600).",
    "Comisión de notificación: EUR 120,00. Gastos SWIFT: EUR 25,00. Cargo en cuenta "
    "ES76 2100 0418 4502 0005 1332.",
    "Departamento de Comercio Exterior - Créditos Documentarios. Tel. +34 986 81 22 40.",
    "Documentación a presentar en nuestras oficinas de Comercio Exterior, planta 3.",
]
_NOTES_FR = [
    "Nous vous notifions ce crédit sans engagement de notre part. Veuillez vérifier que ses "
    "conditions sont conformes à votre contrat ; à défaut, sollicitez un amendement auprès du "
    "donneur d'ordre.",
    "Commission de notification : EUR 150,00 ; frais SWIFT : EUR 30,00, à la charge du "
    "bénéficiaire.",
    "Service Crédits Documentaires Import/Export - tél. +225 27 20 20 14 00.",
    "Les documents doivent être présentés à nos guichets au plus tard 21 jours après la date "
    "d'expédition et dans la validité du crédit.",
]


def _vessel_ids(page: PageDraft, s: C.Ship, upper: bool, lang: str = "en") -> None:
    """`NAME (IMO 1234567, CALL SIGN XXXX, MMSI ..., FLAG ...)` in running text."""
    page.add(s.name, "VESSEL_NAME")
    parts: list[tuple[str, str, str]] = []
    imo_key = {"en": "IMO", "es": "OMI", "fr": "OMI"}[lang]
    cs_key = {"en": "CALL SIGN", "es": "DISTINTIVO", "fr": "INDICATIF"}[lang]
    flag_key = {"en": "FLAG", "es": "BANDERA", "fr": "PAVILLON"}[lang]
    if s.imo:
        parts.append((imo_key + " ", s.imo, "IMO"))
    if s.ircs:
        parts.append((cs_key + " ", s.ircs, "IRCS"))
    if s.mmsi and (not s.imo or len(parts) < 2):
        parts.append(("MMSI ", s.mmsi, "MMSI"))
    if s.flag:
        name = C.flag_name(s.flag, lang, random.Random(s.name))
        parts.append((flag_key + " ", name.upper() if upper else name, "FLAG"))
    if not parts:
        return
    page.add(" (")
    for i, (key, value, label) in enumerate(parts):
        if i:
            page.add(", ")
        keep = upper or key.strip() in {"IMO", "OMI", "MMSI"}
        page.add(key if keep else key.lower()).add(value, label)
    page.add(")")


def _pick(vessels: list[Vessel], rng: random.Random) -> tuple[C.Ship, C.Ship]:
    carriers = [v for v in rng.sample(vessels, min(len(vessels), 80)) if v.gear == "CARRIER"]
    catcher = C.pick_ship([v for v in vessels if v.gear != "CARRIER"] or vessels, rng)
    carrier = C.ship(rng.choice(carriers)) if carriers else C.pick_ship(vessels, rng)
    return catcher, carrier


def _goods(page: PageDraft, catcher: C.Ship, rng: random.Random, rfmo: str, year: int) -> None:
    start = len(page)
    code = C.species_for(catcher, rng, 1)[0]
    qty = rng.randrange(200, 1500, 10)
    price = rng.randrange(900, 4200, 5)
    page.add(f"+{qty} MT (10 PCT MORE OR LESS) FROZEN WHOLE ROUND ")
    page.add(C.species_name(code, "en", rng, upper=True), "SPECIES_NAME")
    page.add(f", BRINE FROZEN -18 C, AT USD {price:,}.00 PER MT CFR (INCOTERMS 2020), ")
    page.add("CAUGHT BY F/V ")
    _vessel_ids(page, catcher, upper=True)
    page.add(" IN FAO AREA ").add(rng.choice(V.RFMO_AREAS[rfmo]), "FAO_AREA_CODE")
    page.add(" UNDER ").add("HIGH SEAS FISHING LICENCE", "AUTH_TYPE").add(" NO. ")
    page.add(C.licence_no(catcher, year), "LICENSE_NO")
    page.add(f". HS CODE 0303.{rng.randint(41, 49)}.")
    page.wrap(start, 65)
    page.nl()


def _carrier_clause(page: PageDraft, carrier: C.Ship, rng: random.Random) -> None:
    start = len(page)
    page.add("+SHIPMENT TO BE EFFECTED ON BOARD REEFER VESSEL ")
    _vessel_ids(page, carrier, upper=True)
    if carrier.year:
        page.add(", BUILT ").add(carrier.year, "BUILD_YEAR")
    page.add(", NOT OLDER THAN 25 YEARS AND CLASSED WITH AN IACS MEMBER.")
    if carrier.owner and rng.random() < 0.6:
        page.add(" VESSEL OWNER ").add(carrier.owner.upper(), "ASSOC_NAME")
        page.add(" TO ISSUE A CERTIFICATE TO THIS EFFECT.")
    page.wrap(start, 65)
    page.nl()


def _rfmo_clause(page: PageDraft, catcher: C.Ship, rfmo: str) -> None:
    start = len(page)
    page.add("+CATCHING VESSEL MUST APPEAR ON THE ").add(rfmo, "RFMO_CODE")
    page.add(" RECORD OF AUTHORIZED VESSELS (RECORD NO. ")
    page.add(C.rfmo_id(catcher, rfmo), "RFMO_ID").add(") ON THE DATE OF SHIPMENT.")
    page.wrap(start, 65)
    page.nl()


def _swift_header(page: PageDraft, rng: random.Random, mt: str, when: dt.date) -> None:
    sender, receiver = rng.sample(V.BANKS, 2)
    mir = f"{rng.randint(1000, 2359)} {C.fmt_date(when, 'swift')}{sender[1][:8]}A{sender[1][8:]}"
    page.add("---------------------- Instance Type and Transmission ----------------------\n")
    page.add("Notification (Transmission) of Original sent to SWIFT (ACK)\n")
    page.add("Network Delivery Status   : Network Ack\nPriority/Delivery         : Normal\n")
    page.add(f"Message Input Reference   : {mir}{rng.randint(10**9, 10**10 - 1)}\n")
    page.add("------------------------------ Message Header ------------------------------\n")
    title = "Issue of a Documentary Credit" if mt == "700" else "Amendment to a Documentary Credit"
    page.add(f"Swift Input               : FIN {mt} {title}\n")
    page.add(f"Sender                    : {sender[1]}\n{'':28}{sender[0].upper()}\n")
    page.add(f"Receiver                  : {receiver[1]}\n{'':28}{receiver[0].upper()}\n")
    page.add("------------------------------- Message Text -------------------------------\n")


def _tag(page: PageDraft, tag: str, name: str, value: str = "") -> PageDraft:
    page.add(f"{tag}: {name}\n")
    if value:
        page.add(f"     {value}\n")
    return page


def _mt700(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    catcher, carrier = _pick(vessels, rng)
    rfmo = C.rfmo_for(catcher, rng)
    when = C.day(rng)
    notes = C.Notes(_NOTES_EN, rng)
    lc = f"LC{when.year % 100}{rng.choice(('ES', 'HK', 'FR', 'CN'))}{rng.randint(1000, 99999):05d}"
    p1 = PageDraft()
    _swift_header(p1, rng, "700", when)
    _tag(p1, "27", "Sequence of Total", "1/1")
    _tag(p1, "40A", "Form of Documentary Credit", "IRREVOCABLE")
    _tag(p1, "20", "Documentary Credit Number", lc)
    _tag(p1, "31C", "Date of Issue", C.fmt_date(when, "swift"))
    _tag(p1, "40E", "Applicable Rules", "UCP LATEST VERSION")
    expiry = when + dt.timedelta(days=rng.randint(60, 120))
    _tag(
        p1,
        "31D",
        "Date and Place of Expiry",
        f"{C.fmt_date(expiry, 'swift')} IN BENEFICIARY'S COUNTRY",
    )
    _tag(p1, "50", "Applicant", rng.choice(V.BUYERS).upper())
    _tag(p1, "59", "Beneficiary - Name & Address")
    p1.add(f"     {rng.choice(('OCEAN', 'PACIFIC', 'GOLDEN', 'ORIENT'))} SEAFOOD TRADING LTD\n")
    p1.add(f"     {rng.choice(V.STREETS).upper()}\n")
    amount = rng.randrange(200_000, 3_000_000, 500)
    _tag(p1, "32B", "Currency Code, Amount", f"USD{amount},00")
    _tag(p1, "39A", "Percentage Credit Amount Tolerance", "10/10")
    _tag(p1, "41D", "Available With ... By ...", "ANY BANK BY NEGOTIATION")
    _tag(p1, "42C", "Drafts at ...", "AT SIGHT")
    _tag(p1, "43P", "Partial Shipments", rng.choice(("ALLOWED", "NOT ALLOWED")))
    _tag(p1, "43T", "Transhipment", rng.choice(("ALLOWED", "NOT ALLOWED")))
    load, disch = rng.sample(V.PORTS, 2)
    _tag(p1, "44E", "Port of Loading/Airport of Departure", load[0].upper())
    _tag(p1, "44F", "Port of Discharge/Airport of Destination", disch[0].upper())
    ship_by = when + dt.timedelta(days=rng.randint(30, 60))
    _tag(p1, "44C", "Latest Date of Shipment", C.fmt_date(ship_by, "swift"))
    _tag(p1, "45A", "Description of Goods and/or Services")
    p1.add("     ")
    _goods(p1, catcher, rng, rfmo, when.year)
    p2 = PageDraft()
    p2.add(f":20: {lc}  (continued)  Page 2\n")
    _tag(p2, "46A", "Documents Required")
    for doc in (
        "+SIGNED COMMERCIAL INVOICE IN 3 ORIGINALS AND 2 COPIES.",
        "+FULL SET 3/3 CLEAN ON BOARD OCEAN BILLS OF LADING MADE OUT TO ORDER, BLANK ENDORSED, "
        "MARKED FREIGHT PREPAID, NOTIFY APPLICANT, SHOWING THE NAME OF THE CARRYING VESSEL.",
        "+CATCH CERTIFICATE VALIDATED BY THE FLAG STATE AUTHORITY OF THE CATCHING VESSEL.",
        "+HEALTH CERTIFICATE AND CERTIFICATE OF ORIGIN ISSUED BY THE COMPETENT AUTHORITY.",
        "+PACKING LIST SHOWING NET AND GROSS WEIGHT PER CARTON.",
    ):
        start = len(p2)
        p2.add("     " + doc)
        p2.wrap(start, 70)
        p2.nl()
    _tag(p2, "47A", "Additional Conditions")
    p2.add("     ")
    _carrier_clause(p2, carrier, rng)
    if rng.random() < 0.7:
        p2.add("     ")
        _rfmo_clause(p2, catcher, rfmo)
    p2.add("     +ALL DOCUMENTS MUST QUOTE THIS CREDIT NUMBER.\n")
    _tag(p2, "71D", "Charges", "ALL BANKING CHARGES OUTSIDE ISSUING BANK FOR BENEFICIARY")
    _tag(p2, "48", "Period for Presentation in Days", "21")
    _tag(p2, "49", "Confirmation Instructions", rng.choice(("WITHOUT", "MAY ADD", "CONFIRM")))
    pages = [p1, p2]
    if len(p1) + len(p2) < 2600 and rng.random() < 0.5:
        p1.extend(p2)
        pages = [p1]
    last = pages[-1]
    last.add("------------------------------ Message Trailer -----------------------------\n")
    last.add(f"{{CHK:{rng.getrandbits(48):012X}}}\n")
    for page in pages:
        notes.fill(page)
    return pages


def _mt707(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    catcher, carrier = _pick(vessels, rng)
    old = C.pick_ship(vessels, rng)
    when = C.day(rng)
    notes = C.Notes(_NOTES_EN, rng)
    page = PageDraft()
    _swift_header(page, rng, "707", when)
    lc = f"LC{when.year % 100}HK{rng.randint(1000, 99999):05d}"
    _tag(page, "27", "Sequence of Total", "1/1")
    _tag(page, "20", "Sender's Reference", lc)
    _tag(
        page,
        "21",
        "Receiver's Reference",
        rng.choice(("NONREF", f"ADV{rng.randint(10**6, 10**7)}")),
    )
    _tag(page, "23", "Issuing Bank's Reference", lc)
    _tag(page, "26E", "Number of Amendment", f"{rng.randint(1, 4):02d}")
    _tag(page, "30", "Date of Amendment", C.fmt_date(when, "swift"))
    _tag(page, "22A", "Purpose of Message", "ISSU")
    if rng.random() < 0.5:
        _tag(page, "31E", "New Date of Expiry", C.fmt_date(when + dt.timedelta(days=45), "swift"))
    _tag(page, "47B", "Additional Conditions")
    start = len(page)
    page.add("     /REPALL/ +SHIPMENT TO BE EFFECTED ON BOARD REEFER VESSEL ")
    _vessel_ids(page, carrier, upper=True)
    page.add(" IN LIEU OF ").add(old.name, "VESSEL_NAME")
    if old.imo:
        page.add(" (IMO ").add(old.imo, "IMO").add(")")
    page.add(". ALL OTHER TERMS AND CONDITIONS REMAIN UNCHANGED.")
    page.wrap(start, 70)
    page.nl()
    if rng.random() < 0.6:
        _tag(page, "45B", "Description of Goods and/or Services")
        page.add("     /ADD/ ")
        _goods(page, catcher, rng, C.rfmo_for(catcher, rng), when.year)
    _tag(page, "71N", "Amendment Charge Payable By", "BENE")
    page.add("------------------------------ Message Trailer -----------------------------\n")
    page.add(f"{{CHK:{rng.getrandbits(48):012X}}}\n")
    notes.fill(page)
    return [page]


def _advice(vessels: list[Vessel], rng: random.Random, lang: str) -> list[PageDraft]:
    catcher, carrier = _pick(vessels, rng)
    rfmo = C.rfmo_for(catcher, rng)
    when = C.day(rng)
    bank = rng.choice(V.BANKS)
    notes = C.Notes(_NOTES_ES if lang == "es" else _NOTES_FR, rng)
    style = C.date_style(lang, rng)
    page = PageDraft()
    lc = f"{rng.choice(('CDI', 'LC', 'CD'))}-{when.year}-{rng.randint(1000, 99999)}"
    if lang == "es":
        page.add(f"{bank[0]}\nComercio Exterior - Créditos Documentarios\nSWIFT: {bank[1]}\n\n")
        page.add(f"Vigo, {C.fmt_date(when, 'es')}\n\nNOTIFICACIÓN DE CRÉDITO DOCUMENTARIO\n")
        page.add(f"Nuestra referencia: EXP{rng.randint(100000, 999999)}   Crédito n.º: {lc}\n\n")
        start = len(page)
        page.add("Muy señores nuestros: por cuenta del banco emisor les notificamos, sin ")
        page.add("compromiso por nuestra parte, el siguiente crédito documentario irrevocable:")
        page.wrap(start, 90)
        page.add(f"\n\nImporte: USD {rng.randrange(100_000, 2_000_000, 100):,}".replace(",", "."))
        page.add(",00   Vencimiento: " + C.fmt_date(when + dt.timedelta(days=90), style) + "\n")
        page.add(f"Ordenante: {rng.choice(V.BUYERS)}\n")
        page.add("Mercancía: ")
        start = len(page)
        code = C.species_for(catcher, rng, 1)[0]
        page.add(f"{rng.randrange(100, 900, 10)} t de ")
        page.add(C.species_name(code, "es", rng), "SPECIES_NAME")
        page.add(" congelado entero, capturado por el buque ")
        _vessel_ids(page, catcher, upper=False, lang="es")
        page.add(" en la zona FAO ").add(rng.choice(V.RFMO_AREAS[rfmo]), "FAO_AREA_CODE")
        page.add(", al amparo de la ").add("licencia de pesca", "AUTH_TYPE").add(" n.º ")
        page.add(C.licence_no(catcher, when.year), "LICENSE_NO").add(".")
        page.wrap(start, 90)
        page.add("\nTransporte: ")
        start = len(page)
        page.add("buque frigorífico ")
        _vessel_ids(page, carrier, upper=False, lang="es")
        page.add(f", desde {rng.choice(V.PORTS)[0]} hasta Vigo (").add("ESVGO", "PORT_ID")
        page.add("). Transbordo no permitido.")
        page.wrap(start, 90)
        page.add("\n\nDocumentos exigidos:\n - Factura comercial firmada (3 originales)\n")
        page.add(" - Juego completo de conocimientos de embarque limpios a bordo\n")
        page.add(" - Certificado de captura validado por el Estado de abanderamiento\n")
        page.add(" - Certificado sanitario y certificado de origen\n")
    else:
        page.add(f"{bank[0]}\nService des Crédits Documentaires\nBIC : {bank[1]}\n\n")
        page.add(f"Abidjan, le {C.fmt_date(when, 'fr')}\n\n")
        page.add(rng.choice(("NOTIFICATION DE CRÉDIT DOCUMENTAIRE", "AVIS D'AMENDEMENT N° 1")))
        page.add(f"\nNotre référence : CDE/{rng.randint(10000, 99999)}   Crédit n° {lc}\n\n")
        page.add(f"Montant : EUR {rng.randrange(100_000, 2_000_000, 100):,}".replace(",", " "))
        page.add(",00   Validité : " + C.fmt_date(when + dt.timedelta(days=90), style) + "\n")
        page.add(f"Donneur d'ordre : {rng.choice(V.BUYERS)}\n")
        page.add("Marchandise : ")
        start = len(page)
        code = C.species_for(catcher, rng, 1)[0]
        page.add(f"{rng.randrange(100, 900, 10)} tonnes de ")
        page.add(C.species_name(code, "fr", rng), "SPECIES_NAME")
        page.add(" congelé entier, pêché par le navire ")
        _vessel_ids(page, catcher, upper=False, lang="fr")
        page.add(" en zone FAO ").add(rng.choice(V.RFMO_AREAS[rfmo]), "FAO_AREA_CODE")
        page.add(", titulaire de la ").add("licence de pêche", "AUTH_TYPE").add(" n° ")
        page.add(C.licence_no(catcher, when.year), "LICENSE_NO").add(".")
        page.wrap(start, 90)
        page.add("\nTransport : ")
        start = len(page)
        page.add("navire frigorifique ")
        _vessel_ids(page, carrier, upper=False, lang="fr")
        page.add(", port de chargement Abidjan (").add("CIABJ", "PORT_ID").add(").")
        page.wrap(start, 90)
        page.add("\n\nDocuments requis :\n - Facture commerciale signée en 3 exemplaires\n")
        page.add(" - Jeu complet de connaissements « à bord » net de réserves\n")
        page.add(" - Certificat de capture validé par l'État du pavillon\n")
        page.add(" - Certificat sanitaire et certificat d'origine\n")
    notes.fill(page, reserve=60)
    page.add(f"\n{rng.choice(V.PEOPLE)} / {rng.choice(V.PEOPLE)}\n")
    return [page]


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    kind = rng.choice(("mt700", "mt700", "mt707", "es", "fr"))
    if kind == "mt700":
        return _mt700(vessels, rng)
    if kind == "mt707":
        return _mt707(vessels, rng)
    return _advice(vessels, rng, kind)
