"""A 406 MHz distress beacon (EPIRB/PLB) registration record: beacon, vessel, owner and the
24-hour emergency contacts, as a registration authority prints it."""

from __future__ import annotations

import datetime as dt
import random
import string
from collections.abc import Sequence

from oceanid_dev.demo.vessels import Vessel

from . import _common as C
from ._page import PageDraft, Piece

LAYOUT = "beacon_registration"

_T = {
    "en": {
        "title": "406 MHz DISTRESS BEACON REGISTRATION — CONFIRMATION",
        "authority": "Registration authority",
        "reg_no": "Registration No.",
        "registered": "Date registered",
        "expires": "Registration expires",
        "s1": "SECTION 1 — BEACON",
        "type": "Beacon type",
        "hex": "15 Hex ID (UIN)",
        "maker": "Manufacturer / model",
        "serial": "Serial No.",
        "protocol": "Coding protocol",
        "battery": "Battery expiry",
        "hru": "Hydrostatic release unit expiry",
        "s2": "SECTION 2 — VESSEL",
        "name": "Vessel name",
        "flag": "Flag",
        "port": "Home port",
        "call": "Radio call sign",
        "reg": "Official / registration No.",
        "vtype": "Vessel type",
        "colour": "Hull colour",
        "loa": "Length",
        "gt": "Gross tonnage",
        "pob": "Max. persons on board",
        "radio": "Other radio equipment",
        "s3": "SECTION 3 — OWNER / OPERATOR",
        "o_name": "Name",
        "address": "Address",
        "city": "City",
        "state": "State / province",
        "country": "Country",
        "tel": "Telephone",
        "s4": "SECTION 4 — 24-HOUR EMERGENCY CONTACTS",
        "contact": "Contact",
    },
    "es": {
        "title": "REGISTRO DE RADIOBALIZA DE 406 MHz — CONFIRMACIÓN",
        "authority": "Autoridad de registro",
        "reg_no": "N.º de registro",
        "registered": "Fecha de alta",
        "expires": "Vencimiento del registro",
        "s1": "SECCIÓN 1 — RADIOBALIZA",
        "type": "Tipo de radiobaliza",
        "hex": "Identificador hexadecimal (15 car.)",
        "maker": "Fabricante / modelo",
        "serial": "N.º de serie",
        "protocol": "Protocolo de codificación",
        "battery": "Caducidad de la batería",
        "hru": "Caducidad de la zafa hidrostática",
        "s2": "SECCIÓN 2 — BUQUE",
        "name": "Nombre del buque",
        "flag": "Bandera",
        "port": "Puerto base",
        "call": "Distintivo de llamada",
        "reg": "Matrícula",
        "vtype": "Tipo de buque",
        "colour": "Color del casco",
        "loa": "Eslora",
        "gt": "Arqueo bruto",
        "pob": "Personas a bordo (máx.)",
        "radio": "Otros equipos radioeléctricos",
        "s3": "SECCIÓN 3 — ARMADOR / OPERADOR",
        "o_name": "Nombre o razón social",
        "address": "Domicilio",
        "city": "Localidad",
        "state": "Provincia",
        "country": "País",
        "tel": "Teléfono",
        "s4": "SECCIÓN 4 — CONTACTOS DE EMERGENCIA 24 HORAS",
        "contact": "Contacto",
    },
    "fr": {
        "title": "ENREGISTREMENT D'UNE BALISE DE DÉTRESSE 406 MHz — ATTESTATION",
        "authority": "Autorité d'enregistrement",
        "reg_no": "N° d'enregistrement",
        "registered": "Date d'enregistrement",
        "expires": "Fin de validité",
        "s1": "1 — BALISE",
        "type": "Type de balise",
        "hex": "Identifiant hexadécimal (15 car.)",
        "maker": "Fabricant / modèle",
        "serial": "N° de série",
        "protocol": "Protocole de codage",
        "battery": "Péremption batterie",
        "hru": "Péremption largueur hydrostatique",
        "s2": "2 — NAVIRE",
        "name": "Nom du navire",
        "flag": "Pavillon",
        "port": "Port d'attache",
        "call": "Indicatif d'appel",
        "reg": "Numéro d'immatriculation",
        "vtype": "Type de navire",
        "colour": "Couleur de coque",
        "loa": "Longueur",
        "gt": "Jauge brute",
        "pob": "Personnes à bord (max.)",
        "radio": "Autres équipements radio",
        "s3": "3 — PROPRIÉTAIRE / EXPLOITANT",
        "o_name": "Nom ou raison sociale",
        "address": "Adresse",
        "city": "Ville",
        "state": "Région",
        "country": "Pays",
        "tel": "Téléphone",
        "s4": "4 — CONTACTS D'URGENCE 24 H/24",
        "contact": "Contact",
    },
}
_AUTHORITIES = {
    "en": (
        "National Beacon Registry (Mission Control Centre)",
        "Maritime Rescue Coordination Centre — Beacon Registration Section",
        "Cospas-Sarsat national point of contact",
    ),
    "es": (
        "Registro Nacional de Radiobalizas (Centro de Control de Misiones)",
        "Dirección General de la Marina Mercante",
    ),
    "fr": (
        "Registre national des balises 406 MHz (CROSS)",
        "Centre de contrôle de mission français (FMCC)",
    ),
}
_MAKERS = (
    "McMurdo / SmartFind G8",
    "Jotron / Tron 60AIS",
    "ACR / GlobalFix V5",
    "Kannad / SafePro",
    "Ocean Signal / E100G",
    "Samyung / SEP-500",
)
_TYPES = {
    "en": (
        "EPIRB, float-free (Category I)",
        "EPIRB, manual (Category II)",
        "PLB (personal locator beacon)",
    ),
    "es": (
        "RLS de zafa hidrostática (Categoría I)",
        "RLS de activación manual (Categoría II)",
        "PLB personal",
    ),
    "fr": (
        "RLS à largage automatique (catégorie I)",
        "RLS à déclenchement manuel (catégorie II)",
        "PLB individuelle",
    ),
}
_COLOURS = ("white/blue", "red", "blue", "white", "grey/red")
_FILL = {
    "en": (
        "You must update this registration if the vessel is sold, renamed or reflagged, or if "
        "the beacon is replaced. Unregistered beacons delay search and rescue.",
        "Registration is valid for two years and must be renewed before the expiry date.",
        "The 15 Hex ID is printed on the beacon label; check that it matches the record.",
        "Emergency contacts should be able to tell rescuers the vessel's voyage plan.",
        "False alerts: if the beacon is activated in error, call the nearest MRCC at once.",
    ),
    "es": (
        "Debe actualizar este registro si el buque cambia de armador, nombre o bandera, o si se "
        "sustituye la radiobaliza.",
        "El registro tiene una validez de dos años y debe renovarse antes de su vencimiento.",
        "Compruebe que el identificador hexadecimal coincide con la etiqueta del equipo.",
        "En caso de falsa alerta, comuníquelo de inmediato al centro de salvamento más próximo.",
    ),
    "fr": (
        "Cet enregistrement doit être mis à jour en cas de vente, de changement de nom ou de "
        "pavillon du navire, ou de remplacement de la balise.",
        "L'enregistrement est valable deux ans et doit être renouvelé avant sa date de fin.",
        "Vérifiez que l'identifiant hexadécimal correspond à l'étiquette de la balise.",
        "En cas de déclenchement intempestif, prévenez immédiatement le CROSS le plus proche.",
    ),
}


def _hex_id(rng: random.Random) -> str:
    return "".join(rng.choice("0123456789ABCDEF") for _ in range(15))


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    (i,) = C.choose(rng, vessels, 1, lambda x: x.mmsi is not None)
    lang = rng.choice(("en", "en", "es", "fr"))
    t = _T[lang]
    style = C.date_style(rng, lang)
    registered = C.rand_date(rng, 2020, 2025)
    page = PageDraft()
    page.line(t["title"])
    page.line(f"{t['authority']}: {rng.choice(_AUTHORITIES[lang])}")
    page.line(
        f"{t['reg_no']}: "
        f"{C.ref_no(rng, rng.choice(('R-9999-999999', '99999999', 'AA/9999/99999')))}"
    )
    expires = registered + dt.timedelta(days=730)
    page.line(
        f"{t['registered']}: {C.fmt_date(registered, style, lang)}    "
        f"{t['expires']}: {C.fmt_date(expires, style, lang)}"
    )
    page.line("")
    page.line(t["s1"])
    page.line(f"  {t['type']}: {rng.choice(_TYPES[lang][:2])}")
    page.line(f"  {t['hex']}: {_hex_id(rng)}")
    page.line(
        f"  {t['maker']}: {rng.choice(_MAKERS)}    {t['serial']}: {C.ref_no(rng, '9999-99999')}"
    )
    protocol = "Maritime (MMSI)" if i.mmsi else "Serial user"
    page.line(f"  {t['protocol']}: {protocol}")
    battery = registered + dt.timedelta(days=rng.randint(1500, 3000))
    page.line(f"  {t['battery']}: {battery.month:02d}/{battery.year}")
    if rng.random() < 0.7:
        hru = registered + dt.timedelta(days=rng.randint(300, 700))
        page.line(f"  {t['hru']}: {hru.month:02d}/{hru.year}")
    page.line("")
    page.line(t["s2"])
    page.line(f"  {t['name']}: ", (i.name, "VESSEL_NAME"))
    flag = C.flag_text(rng, i.flag, lang)
    page.line(f"  {t['flag']}: ", (flag, "FLAG") if flag else ("—", None))
    port = i.vessel.port
    page.line(f"  {t['port']}: ", (port, "HOME_PORT") if port else ("—", None))
    ids: list[Piece] = [f"  {t['call']}: ", (i.ircs, "IRCS") if i.ircs else ("NIL", None)]
    ids += ["    MMSI: ", (i.mmsi, "MMSI") if i.mmsi else ("—", None)]
    page.line(*ids)
    page.line(
        "  IMO: ", (i.imo, "IMO") if i.imo else (rng.choice(("N/A", "none", "0000000")), None)
    )
    year = int(C.build_year(i.vessel) or 2012)
    if rng.random() < 0.6:
        page.line(f"  {t['reg']}: ", (C.national_reg_no(rng, i, year), "NATIONAL_REG_NO"))
    page.line(
        f"  {t['vtype']}: {C.gear_text(i.vessel.gear, lang)}    "
        f"{t['colour']}: {rng.choice(_COLOURS)}"
    )
    loa = C.metric_number(i.vessel.length_m)
    if loa:
        page.line(
            "  ", (t["loa"], "METRIC_TYPE"), ": ", (loa, "METRIC_VALUE"), " ", ("m", "METRIC_UNIT")
        )
    gt = C.metric_number(i.vessel.gross_tonnage)
    if gt and rng.random() < 0.6:
        page.line("  ", (t["gt"], "METRIC_TYPE"), ": ", (gt, "METRIC_VALUE"))
    page.line(f"  {t['pob']}: {rng.randint(8, 40)}")
    inmarsat = f"4{rng.choice(('12', '16', '31', '40', '77'))}{rng.randint(100000, 999999)}"
    page.line(f"  {t['radio']}: VHF DSC, MF/HF DSC, Inmarsat-C IMN {inmarsat}, AIS class A")

    owner = PageDraft()
    owner.line(t["s3"])
    addr = C.address(rng, i.flag)
    owner.line(f"  {t['o_name']}: ", (C.owner_of(rng, i), "ASSOC_NAME"))
    owner.line(f"  {t['address']}: ", (addr.street, "ADDRESS"))
    owner.line(f"  {t['city']}: ", (addr.city, "CITY"))
    if addr.state:
        owner.line(f"  {t['state']}: ", (addr.state, "STATE"))
    country = C.country(addr.country_iso3, lang if rng.random() < 0.7 else "iso2")
    owner.line(f"  {t['country']}: ", (country or addr.country_iso3, "COUNTRY_CODE"))
    owner.line(f"  {t['tel']}: {addr.phone}    Fax: {C.phone(rng, addr.phone.split()[0])}")
    owner.line("")

    contacts = PageDraft()
    contacts.line(t["s4"])
    names = rng.sample(
        ["Chen Wei", "Lin Jianguo", "Tanaka Hiroshi", "Kim Min-jun", "Olga Smirnova",
         "María José Otero", "Jean-Luc Morvan", "Tsai Ming-hui"], 3
    )  # fmt: skip
    roles = ("operations manager", "port captain", "owner's representative", "shore agent")
    prefix = addr.phone.split()[0]
    for n, name in enumerate(names[: rng.randint(2, 3)], start=1):
        # Emergency contacts are people to call, not associates of the vessel (unlabelled).
        contacts.line(f"  {t['contact']} {n}: {name} ({rng.choice(roles)})")
        contacts.line(f"     Tel. {C.phone(rng, prefix)}   Mobile {C.phone(rng, prefix)}")
        letters = "".join(rng.choice(string.ascii_lowercase) for _ in range(5))
        contacts.line(f"     E-mail {letters}@example.net")

    if rng.random() < 0.5 and page.fits(owner, 2300):
        page.extend(owner)
        pages = [page]
        if pages[0].fits(contacts, 2700) and rng.random() < 0.5:
            pages[0].extend(contacts)
        else:
            second = PageDraft()
            second.line(
                f"{t['title']} — 2/2  (MMSI ", (i.mmsi, "MMSI") if i.mmsi else ("—", None), ")"
            )
            second.line("")
            second.extend(contacts)
            pages.append(second)
    else:
        second = PageDraft()
        second.line(f"{t['title']} — 2/2")
        second.line(f"{t['name']}: ", (i.name, "VESSEL_NAME"))
        second.line("")
        second.extend(owner)
        second.extend(contacts)
        pages = [page, second]
    for p in pages:
        p.pad(rng, _FILL[lang], rng.randint(760, 900))
    return pages
