"""A VMS transceiver installation and activation certificate from an approved installer."""

from __future__ import annotations

import random

from oceanid_dev.demo.vessels import Vessel

from ._common import (
    Ident,
    country,
    date_style,
    decimal,
    digits,
    fmt_date,
    former_call_sign,
    former_mmsi,
    invent_company,
    other_flag,
    phone,
    pick,
    put_id,
    random_day,
    upper_letters,
)
from ._page import DocDraft, PageDraft

LAYOUT = "vms_installation_certificate"

UNITS = (
    ("Thrane & Thrane", "SAILOR 6110 mini-C", "inmarsat"),
    ("Cobham", "SAILOR 3027D mini-C", "inmarsat"),
    ("CLS", "Thorium LEO", "iridium"),
    ("ORBCOMM", "ST 6100", "idp"),
    ("Addvalue", "Wideye iFleetONE", "inmarsat"),
    ("Satlink", "ELB 2000 VMS", "iridium"),
    ("Collecte Localisation Satellites", "Nemo VMS", "argos"),
)
INSTALLERS = (
    ("Pacific Marine Electronics Ltd", "Suva, Fiji", "679"),
    ("Oceansat Servicios Técnicos S.L.", "Vigo, Pontevedra", "34"),
    ("Radio Marine Services Pte Ltd", "Singapore", "65"),
    ("Électronique Navale de l'Océan Indien", "Port Louis, Maurice", "230"),
    ("Kaohsiung Marine Radio Co", "Kaohsiung", "886"),
    ("Zhoushan Haitong Navigation Equipment Co", "Zhoushan", "86"),
    ("Nortek Maritime AS", "Ålesund", "47"),
)
FMCS = {
    "en": ("Fisheries Monitoring Centre", "FMC"),
    "es": ("Centro de Seguimiento de Pesca", "CSP"),
    "fr": ("Centre de Surveillance des Pêches", "CSP"),
}
K = {
    "en": {
        "title": "CERTIFICATE OF INSTALLATION AND ACTIVATION OF VMS EQUIPMENT",
        "no": "Certificate No.",
        "to": "To",
        "s1": "1. VESSEL PARTICULARS",
        "name": "Name of vessel",
        "flag": "Flag State",
        "port": "Port of registry",
        "reg": "Registration No.",
        "imo": "IMO number",
        "cs": "International call sign",
        "mmsi": "MMSI",
        "gt": "Gross tonnage",
        "loa": "Length overall",
        "owner": "Owner / operator",
        "s2": "2. EQUIPMENT",
        "make": "Manufacturer / model",
        "serial": "Serial number",
        "s3": "3. ACTIVATION AND TEST",
        "inst": "Installed on",
        "act": "Activated on",
        "first": "First position received",
        "int": "Reporting interval",
        "seal": "Seal numbers",
        "s4": "4. AUTHORISATION",
        "lic": "Fishing licence No.",
        "until": "valid until",
        "s5": "5. INSTALLER",
        "tech": "Technician",
        "sig": "Signature and stamp",
        "reason": "Reason for installation",
        "new": "first installation",
        "reflag": "change of flag from",
        "exid": "previous call sign",
        "exmmsi": "previous MMSI",
        "auth": ("Fishing licence", "High seas fishing authorisation", "Carrier authorisation"),
        "role": ("owner", "operator", "managing owner"),
    },
    "es": {
        "title": "CERTIFICADO DE INSTALACIÓN Y ACTIVACIÓN DE EQUIPO DE LOCALIZACIÓN "
        "SATELITAL (VMS)",
        "no": "Certificado N.º",
        "to": "Destinatario",
        "s1": "1. DATOS DEL BUQUE",
        "name": "Nombre del buque",
        "flag": "Pabellón",
        "port": "Puerto de matrícula",
        "reg": "Matrícula",
        "imo": "Número OMI",
        "cs": "Distintivo de llamada",
        "mmsi": "MMSI",
        "gt": "Arqueo bruto",
        "loa": "Eslora total",
        "owner": "Armador / operador",
        "s2": "2. EQUIPO",
        "make": "Marca / modelo",
        "serial": "N.º de serie",
        "s3": "3. ACTIVACIÓN Y PRUEBAS",
        "inst": "Fecha de instalación",
        "act": "Fecha de activación",
        "first": "Primera posición recibida",
        "int": "Intervalo de transmisión",
        "seal": "Precintos",
        "s4": "4. AUTORIZACIÓN",
        "lic": "Permiso de pesca N.º",
        "until": "vigente hasta",
        "s5": "5. INSTALADOR",
        "tech": "Técnico",
        "sig": "Firma y sello",
        "reason": "Motivo de la instalación",
        "new": "primera instalación",
        "reflag": "cambio de pabellón, antes",
        "exid": "distintivo anterior",
        "exmmsi": "MMSI anterior",
        "auth": (
            "Permiso de pesca",
            "Autorización de pesca en alta mar",
            "Autorización de transbordo",
        ),
        "role": ("armador", "operador", "propietario"),
    },
    "fr": {
        "title": "CERTIFICAT D'INSTALLATION ET D'ACTIVATION DE BALISE VMS",
        "no": "Certificat n°",
        "to": "Destinataire",
        "s1": "1. CARACTÉRISTIQUES DU NAVIRE",
        "name": "Nom du navire",
        "flag": "État du pavillon",
        "port": "Port d'immatriculation",
        "reg": "Numéro d'immatriculation",
        "imo": "Numéro OMI",
        "cs": "Indicatif d'appel",
        "mmsi": "MMSI",
        "gt": "Jauge brute",
        "loa": "Longueur hors tout",
        "owner": "Armateur / exploitant",
        "s2": "2. ÉQUIPEMENT",
        "make": "Fabricant / modèle",
        "serial": "Numéro de série",
        "s3": "3. ACTIVATION ET ESSAIS",
        "inst": "Installée le",
        "act": "Activée le",
        "first": "Première position reçue",
        "int": "Fréquence d'émission",
        "seal": "Scellés",
        "s4": "4. AUTORISATION",
        "lic": "Licence de pêche n°",
        "until": "valable jusqu'au",
        "s5": "5. INSTALLATEUR",
        "tech": "Technicien",
        "sig": "Signature et cachet",
        "reason": "Motif de l'installation",
        "new": "première installation",
        "reflag": "changement de pavillon, ancien",
        "exid": "ancien indicatif",
        "exmmsi": "ancien MMSI",
        "auth": (
            "Licence de pêche",
            "Autorisation de pêche en haute mer",
            "Autorisation de transbordement",
        ),
        "role": ("armateur", "exploitant", "propriétaire"),
    },
}


def _position(rng: random.Random) -> str:
    lat = (
        f"{rng.randint(0, 55):02d}°{rng.randint(0, 59):02d}.{rng.randint(0, 9)}'{rng.choice('NS')}"
    )
    lon = (
        f"{rng.randint(0, 179):03d}°{rng.randint(0, 59):02d}.{rng.randint(0, 9)}'{rng.choice('EW')}"
    )
    return f"{lat} {lon}"


def _terminal_lines(rng: random.Random, kind: str) -> list[str]:
    if kind == "inmarsat":
        return [
            f"Inmarsat-C mobile number (IMN): 4{digits(rng, 8)}",
            f"ISN: {upper_letters(rng, 3)}{digits(rng, 6)}",
            f"DNID / member No.: {digits(rng, 5)} / {rng.randint(1, 255)}",
            f"Ocean region: {rng.choice(('POR', 'IOR', 'AOR-E', 'AOR-W'))}",
        ]
    if kind == "iridium":
        return [
            f"Iridium IMEI: 30023{digits(rng, 10)}",
            f"SIM / ICCID: 8988169{digits(rng, 12)}",
        ]
    if kind == "idp":
        return [
            f"Mobile ID: {digits(rng, 8)}SKY{upper_letters(rng, 3)}{digits(rng, 1)}",
            f"ESN: 0-{digits(rng, 7)}",
        ]
    return [f"Argos ID: {rng.randint(100000, 999999)}  (hex {rng.randint(0, 2**28):07X})"]


def _vessel_section(rng: random.Random, lang: str, i: Ident, p: PageDraft, tabular: bool) -> None:
    w = K[lang]
    sep = " | " if tabular else ": "

    def key(k: str) -> str:
        return f"{w[k]!s:<28}{sep}" if tabular else f"  {w[k]}{sep}"

    p.line(str(w["s1"]))
    p.seq(key("name"), (i.name, "VESSEL_NAME"))
    if i.former_name and rng.random() < 0.5:
        p.seq(" (ex ", (i.former_name, "NAME_CHANGE"), ")")
    p.add("\n").add(key("flag"))
    if i.flag:
        p.val(country(i.flag, lang, rng.choice(("name", "name", "iso3"))), "FLAG")
    else:
        p.add("—")
    p.add("\n").add(key("port"))
    if i.port:
        p.val(i.port.title() if rng.random() < 0.5 else i.port, "HOME_PORT")
    else:
        p.add("—")
    p.add("\n")
    if rng.random() < 0.7:
        reg = (
            f"{(i.flag or 'XX')[:2]}-{rng.randint(1990, 2024)}-{digits(rng, 5)}"
            if rng.random() < 0.5
            else f"{upper_letters(rng, 2)}{digits(rng, 6)}"
        )
        p.line(key("reg"), (reg, "NATIONAL_REG_NO"))
    p.add(key("imo"))
    put_id(p, i.imo, "IMO", rng, lang)
    p.add("\n").add(key("cs"))
    put_id(p, i.ircs, "IRCS", rng, lang)
    p.add("\n").add(key("mmsi"))
    put_id(p, i.mmsi, "MMSI", rng, lang)
    p.add("\n")
    if i.gt:
        pad = " " * (28 - len(str(w["gt"]))) if tabular else ""
        p.line(
            (str(w["gt"]), "METRIC_TYPE"),
            pad + sep,
            (i.gt, "METRIC_VALUE"),
            " ",
            (rng.choice(("GT", "t")) if lang == "en" else "GT", "METRIC_UNIT"),
        )
    if i.loa and rng.random() < 0.7:
        pad = " " * (28 - len(str(w["loa"]))) if tabular else ""
        p.line(
            (str(w["loa"]), "METRIC_TYPE"),
            pad + sep,
            (decimal(i.loa, lang), "METRIC_VALUE"),
            " ",
            ("m", "METRIC_UNIT"),
        )


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = rng.choice(("en", "en", "es", "fr"))
    w = K[lang]
    (i,) = pick(vessels, rng, 1)
    style = date_style(rng, lang)
    tabular = rng.random() < 0.4
    installer, inst_city, code = rng.choice(INSTALLERS)
    make, model, kind = rng.choice(UNITS)
    installed = random_day(rng)
    doc = DocDraft(limit=2800)
    p = doc.page
    p.line(installer.upper())
    p.line(f"{inst_city} · Tel {phone(rng, code)} · Approved installer No. {digits(rng, 4)}")
    p.line("-" * 70)
    p.line(str(w["title"]))
    cert = f"VMS-{installed.year}-{digits(rng, 4)}"
    fmc, short = FMCS[lang]
    p.line(f"{w['no']} {cert}        {w['to']}: {fmc} ({short})")
    p.add("\n")
    _vessel_section(rng, lang, i, p, tabular)
    if i.owner or rng.random() < 0.5:
        owner = i.owner or invent_company(rng, i.flag)
        p.seq(
            f"  {w['owner']}: " if not tabular else f"{w['owner']!s:<28} | ",
            (owner, "ASSOC_NAME"),
        )
        if rng.random() < 0.5:
            roles = w["role"]
            assert isinstance(roles, tuple)
            p.seq(" (", (rng.choice(roles), "ASSOC_ROLE"), ")")
        p.add("\n")
    # reason for installation, with former identities when the vessel changed flag
    p.add(f"  {w['reason']}: ")
    if i.flag and rng.random() < 0.35:
        old = other_flag(rng, i.flag)
        p.seq(f"{w['reflag']} ", (country(old, lang), "FLAG_CHANGE"))
        old_cs = former_call_sign(rng, old)
        if old_cs:
            p.seq(f"; {w['exid']} ", (old_cs, "ID_CHANGE"))
        if rng.random() < 0.5:
            p.seq(f"; {w['exmmsi']} ", (former_mmsi(rng, old), "ID_CHANGE"))
        p.add("\n")
    else:
        p.line(str(w["new"]))
    p.add("\n")
    eq = PageDraft()
    eq.line(str(w["s2"]))
    eq.line(f"  {w['make']}: {make} {model}")
    eq.line(f"  {w['serial']}: {upper_letters(rng, 2)}{digits(rng, 7)}")
    for line in _terminal_lines(rng, kind):
        eq.line(f"  {line}")
    eq.line(f"  Firmware: v{rng.randint(1, 6)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}")
    eq.add("\n")
    doc.put(eq)
    act = PageDraft()
    act.line(str(w["s3"]))
    act.line(
        f"  {w['inst']}: {fmt_date(installed, style, lang)} {rng.randint(6, 17):02d}:"
        f"{rng.randint(0, 59):02d} UTC"
    )
    act.line(f"  {w['act']}: {fmt_date(installed.shift(rng.randint(0, 2)), style, lang)}")
    act.line(f"  {w['first']}: {_position(rng)}")
    act.line(f"  {w['int']}: {rng.choice(('60 min', '2 h', '4 h', '30 min'))}")
    act.line(f"  {w['seal']}: S-{digits(rng, 7)}, S-{digits(rng, 7)}")
    act.add("\n")
    doc.put(act)
    if rng.random() < 0.75:
        auth = PageDraft()
        auths = w["auth"]
        assert isinstance(auths, tuple)
        end = installed.shift(rng.randint(120, 700))
        auth.line(str(w["s4"]))
        auth.line(
            "  ",
            (rng.choice(auths), "AUTH_TYPE"),
            f" — {str(w['lic']).split(' ')[-1]} ",
            (
                f"{(i.flag or 'XX')}-{rng.choice(('LL', 'SQ', 'PS', 'TR'))}-{digits(rng, 4)}",
                "LICENSE_NO",
            ),
            f", {w['until']} ",
            (fmt_date(end, style, lang), "END_DATE"),
        )
        auth.add("\n")
        doc.put(auth)
    sign = PageDraft()
    sign.line(str(w["s5"]))
    sign.line(f"  {installer}, {inst_city}")
    sign.line(
        f"  {w['tech']}: {rng.choice(('J. Naidu', 'R. Otero', 'Lee K.H.', 'M. Diallo'))}"
        f" (ID {digits(rng, 5)})"
    )
    sign.line(f"  {w['sig']}: ____________________   {fmt_date(installed, style, lang)}")
    doc.put(sign)
    if rng.random() < 0.45:
        annex = doc.new_page()
        annex.line(f"ANNEX — {fmc.upper()} TEST REPORTS — {cert}")
        annex.seq("Vessel: ", (i.name, "VESSEL_NAME"), "   ")
        if i.ircs:
            annex.seq(f"{w['cs']}: ", (i.ircs, "IRCS"))
        annex.add("\n\n")
        annex.line(f"{'#':<4}{'UTC':<20}{'Position':<26}{'SOG':>6}{'COG':>6}")
        lat, lon = rng.uniform(-40, 40), rng.uniform(-170, 170)
        hour, minute = rng.randint(0, 6), rng.randint(0, 59)
        for n in range(1, rng.randint(8, 16)):
            lat += rng.uniform(-0.2, 0.2)
            lon += rng.uniform(-0.2, 0.2)
            where = (
                f"{abs(lat):05.2f}{'N' if lat >= 0 else 'S'} "
                f"{abs(lon):06.2f}{'E' if lon >= 0 else 'W'}"
            )
            annex.line(
                f"{n:<4}{fmt_date(installed, 'iso')} {hour:02d}:{minute:02d}"
                f"    {where:<26}{decimal(f'{rng.uniform(0, 12):.1f}', lang):>6}"
                f"{rng.randint(0, 359):>6}"
            )
            hour += 1
        annex.add("\nAll test reports received within the reporting interval. Unit accepted.\n")
    footer = [
        "",
        "This certificate is issued for the fisheries monitoring centre and does not replace "
        "the radio licence.",
        "Any removal, repair or replacement of the unit must be notified to the FMC beforehand.",
        "The master shall ensure the unit is not switched off, obstructed or tampered with.",
        f"Support line: {phone(rng, code)} (24 h).",
        "Copy 1: FMC   Copy 2: vessel   Copy 3: installer",
    ]
    for page in doc.pages:
        page.pad(footer, 820)
    return doc.pages
