"""An administration's e-certificate verification page: a certificate number is checked and the
result shows the certificate and the vessel's fields, with the vessel's other certificates.

en/es/fr web text (menus, breadcrumbs, form fields, status banners, footer). The verified
certificate is a fishing authorisation, a certificate of registry or a statutory certificate.
Hard negatives: verification codes, query ids, time stamps, statutory certificate numbers and
dates, net tonnage of other ships in the help text, telephone numbers, page counters.
"""

from __future__ import annotations

import random
from typing import Any

from oceanid_dev.demo.vessels import Vessel

from . import _common as c
from . import _ref, _vocab
from ._page import PageDraft

LAYOUT = "certificate_verification_portal"

_ISSUERS = {
    "en": ("Directorate of Fisheries", "Maritime Administration", "Registrar of Ships"),
    "es": ("Secretaría General de Pesca", "Registro de Buques", "Capitanía Marítima"),
    "fr": ("Direction des pêches maritimes", "Service des affaires maritimes"),
}
_K: dict[str, dict[str, Any]] = {
    "en": dict(
        site="e-Certificate Verification",
        crumbs="Home > Online services > Verify a certificate",
        menu="[ EN | ES | FR ]   Sign in   Help",
        h1="Verify an electronic certificate",
        help="Enter the certificate number and the verification code printed at the foot of the "
        "certificate (example: 2024-FL-000123 / AB12-CD34).",
        num="Certificate number",
        code="Verification code",
        button="[ Verify ]",
        ok="✔ Certificate found — status: VALID",
        expired="✖ Certificate found — status: EXPIRED",
        checked="Checked on",
        query="Query ID",
        types={
            "auth": (
                "Authorisation to fish on the high seas",
                "Fishing licence",
                "Transhipment authorisation",
            ),
            "reg": ("Certificate of Registry",),
            "stat": (
                "International Tonnage Certificate (1969)",
                "Fishing Vessel Safety Certificate",
                "Radio Station Licence Inspection",
            ),
        },
        type="Certificate type",
        issuer="Issued by",
        issued="Date of issue",
        start="Valid from",
        end="Valid until",
        vn="Name of vessel",
        imo="IMO number",
        ircs="Call sign",
        mmsi="MMSI",
        flag="Flag",
        port="Port of registry",
        official="Official number",
        gt="Gross tonnage",
        loa="Length overall",
        owner="Owner",
        species="Target species",
        areas="Areas",
        gear="Gear",
        other="Other certificates held by this vessel",
        cols=("Certificate", "Number", "Valid until", "Status"),
        valid="Valid",
        exp="Expired",
        footer=(
            "This page is generated automatically. A printout of this page is not an official "
            "document. © Maritime Administration — Privacy — Accessibility — Contact",
            "If the details shown differ from the paper certificate, contact the issuing "
            "office quoting the query ID above.",
            "Service availability: 24/7, except scheduled maintenance on Sundays "
            "02:00\u201304:00 UTC.",
        ),
    ),
    "es": dict(
        site="Sede electrónica — Verificación de documentos",
        crumbs="Inicio > Servicios > Cotejo de certificados",
        menu="[ ES | EN ]   Acceso   Ayuda",
        h1="Verificación de certificados electrónicos",
        help="Introduzca el número del certificado y el código seguro de verificación (CSV) que "
        "figura al pie del documento.",
        num="N.º de certificado",
        code="CSV",
        button="[ Verificar ]",
        ok="✔ Certificado localizado — estado: VIGENTE",
        expired="✖ Certificado localizado — estado: CADUCADO",
        checked="Consultado el",
        query="Id. de consulta",
        types={
            "auth": (
                "Licencia de pesca",
                "Autorización de pesca en alta mar",
                "Autorización de transbordo",
            ),
            "reg": ("Certificado de matrícula",),
            "stat": (
                "Certificado internacional de arqueo",
                "Certificado de seguridad para buques pesqueros",
            ),
        },
        type="Tipo de certificado",
        issuer="Expedido por",
        issued="Fecha de expedición",
        start="Válido desde",
        end="Válido hasta",
        vn="Nombre del buque",
        imo="N.º OMI",
        ircs="Distintivo de llamada",
        mmsi="MMSI",
        flag="Pabellón",
        port="Puerto de matrícula",
        official="Matrícula",
        gt="Arqueo bruto",
        loa="Eslora total",
        owner="Armador",
        species="Especies",
        areas="Zonas",
        gear="Arte",
        other="Otros certificados del buque",
        cols=("Certificado", "Número", "Válido hasta", "Estado"),
        valid="Vigente",
        exp="Caducado",
        footer=(
            "Esta página se genera automáticamente y no tiene valor de documento oficial. "
            "Aviso legal — Accesibilidad — Protección de datos",
            "Si los datos no coinciden con el certificado en papel, diríjase a la oficina "
            "expedidora indicando el identificador de la consulta.",
        ),
    ),
    "fr": dict(
        site="Vérification des certificats électroniques",
        crumbs="Accueil > Démarches en ligne > Vérifier un certificat",
        menu="[ FR | EN ]   Connexion   Aide",
        h1="Vérifier un certificat électronique",
        help="Saisissez le numéro du certificat et le code de vérification figurant en bas du "
        "document.",
        num="N° de certificat",
        code="Code de vérification",
        button="[ Vérifier ]",
        ok="✔ Certificat trouvé — statut : VALIDE",
        expired="✖ Certificat trouvé — statut : EXPIRÉ",
        checked="Consulté le",
        query="Identifiant de requête",
        types={
            "auth": (
                "Licence de pêche",
                "Autorisation de pêche en haute mer",
                "Autorisation de transbordement",
            ),
            "reg": ("Certificat d'immatriculation",),
            "stat": ("Certificat international de jaugeage", "Permis de navigation"),
        },
        type="Type de certificat",
        issuer="Délivré par",
        issued="Date de délivrance",
        start="Valable à partir du",
        end="Valable jusqu'au",
        vn="Nom du navire",
        imo="Numéro OMI",
        ircs="Indicatif d'appel",
        mmsi="MMSI",
        flag="Pavillon",
        port="Port d'immatriculation",
        official="N° d'immatriculation",
        gt="Jauge brute",
        loa="Longueur hors tout",
        owner="Armateur",
        species="Espèces",
        areas="Zones",
        gear="Engin",
        other="Autres certificats du navire",
        cols=("Certificat", "Numéro", "Valable jusqu'au", "Statut"),
        valid="Valide",
        exp="Expiré",
        footer=(
            "Cette page est générée automatiquement ; son impression n'a pas valeur de "
            "document officiel. Mentions légales — Accessibilité — Contact",
            "En cas de divergence avec le certificat papier, contactez le service émetteur en "
            "rappelant l'identifiant de requête.",
        ),
    ),
}


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = rng.choice(("en", "en", "es", "fr"))
    k = _K[lang]
    (f,) = c.pick(vessels, rng, 1)
    ph = c.placeholder(rng, lang)
    types = k["types"]
    assert isinstance(types, dict)
    kind = rng.choice(("auth", "auth", "reg", "stat"))
    cert_type = rng.choice(types[kind])
    issued = c.recent(rng)
    until = c.add_years(issued, rng.choice((1, 1, 2, 5)))
    expired = rng.random() < 0.2
    cert_no = (
        f"{issued.year}-{rng.choice(('FL', 'HS', 'CR', 'TC', 'AU'))}-{rng.randint(1, 99999):06d}"
    )
    style = rng.choice((0, 1, 2))

    page = PageDraft()
    page.add(f"{k['site']}\n{k['menu']}\n{k['crumbs']}\n\n")
    page.add(f"{k['h1']}\n")
    page.wrap([(str(k["help"]), None)])
    page.add(f"\n\n{k['num']}: [ {cert_no} ]   {k['code']}: [ ")
    page.add(f"{rng.randint(1000, 9999):04X}-{rng.randint(1000, 9999):04X} ]   {k['button']}\n\n")
    page.add(f"{k['expired'] if expired else k['ok']}\n")
    page.add(
        f"{k['checked']} {c.fmt_date(c.recent(rng), lang, 1)} {rng.randint(0, 23):02d}:"
        f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} UTC   {k['query']} "
        f"{rng.getrandbits(48):012x}\n\n"
    )

    rows = page
    rows.add(f"{k['type']}: ")
    rows.add(cert_type, "AUTH_TYPE" if kind == "auth" else None)
    rows.add(f"\n{k['num']}: ")
    rows.add(cert_no, "LICENSE_NO" if kind == "auth" else None)
    rows.add(f"\n{k['issuer']}: {rng.choice(_ISSUERS[lang])}\n")
    dated = kind in ("auth", "reg")
    rows.add(f"{k['start']}: ")
    rows.add(c.fmt_date(issued, lang, style), "START_DATE" if dated else None)
    rows.add(f"\n{k['end']}: ")
    rows.add(c.fmt_date(until, lang, style), "END_DATE" if dated else None)
    rows.add("\n\n")
    rows.kv(f"{k['vn']}: ", f.name, "VESSEL_NAME")
    rows.kv(f"{k['imo']}: ", f.imo, "IMO", ph)
    rows.kv(f"{k['ircs']}: ", f.ircs, "IRCS", ph)
    if rng.random() < 0.7:
        rows.kv(f"{k['mmsi']}: ", f.mmsi, "MMSI", ph)
    rows.kv(f"{k['flag']}: ", c.country(f.flag, lang, rng), "FLAG", ph)
    port_state = c.country(f.flag, lang)
    if f.port and port_state and rng.random() < 0.5:
        rows.add(f"{k['port']}: ")
        rows.add(f.port.title(), "HOME_PORT")
        rows.add(", ")
        rows.add(port_state, "HOME_PORT_STATE")
        rows.nl()
    else:
        rows.kv(f"{k['port']}: ", f.port.title() if f.port else None, "HOME_PORT", ph)
    if kind == "reg" or rng.random() < 0.4:
        rows.kv(f"{k['official']}: ", c.national_reg(rng, f), "NATIONAL_REG_NO")
    c.metric(rows, str(k["gt"]), f.gt, rng.choice(("GT", None)), ph)
    rows.nl()
    if f.loa and rng.random() < 0.6:
        c.metric(rows, str(k["loa"]), c.decimal(f.loa, lang), "m")
        rows.nl()
    if f.owner or rng.random() < 0.5:
        rows.kv(f"{k['owner']}: ", c.owner_name(rng, f), "ASSOC_NAME")
    if kind == "auth":
        rfmo = rng.choice(("IOTC", "WCPFC", "ICCAT", "IATTC", "NPFC", "SPRFMO"))
        rows.add(f"{k['species']}: ")
        for index, code in enumerate(
            rng.sample(_vocab.RFMO_SPECIES[rfmo], min(2, len(_vocab.RFMO_SPECIES[rfmo])))
        ):
            if index:
                rows.add(", ")
            entry = next(s for s in _ref.species() if s[0] == code)
            name = entry[c.LANGS.index(lang) + 1] if rng.random() < 0.6 else code
            rows.add(name, "SPECIES_NAME")
        rows.add(f"\n{k['areas']}: ")
        rows.add(rfmo, "RFMO_CODE")
        rows.add(" — FAO ")
        area = rng.choice(_vocab.RFMO_AREAS[rfmo])
        rows.add(area, "FAO_AREA_CODE")
        rows.add(f" ({_ref.fao_label(area)})\n")
        rows.add(f"{k['gear']}: {c.gear_word(f, lang, ph)}\n")
    if rng.random() < 0.3:
        rows = PageDraft()
        rows.add(f"{k['site']} — 2/2 — ")
        rows.add(f.name, "VESSEL_NAME")
        rows.add(f" — {cert_no}\n")
        _history(rows, rng, lang)
    rows.add(f"\n{k['other']}\n")
    cols = k["cols"]
    widths = (44, 18, 16)
    for col, w in zip(cols[:3], widths, strict=True):
        rows.cell(col, w)
    rows.add(cols[3] + "\n")
    others = [t for group in types.values() for t in group if t != cert_type]
    for other in rng.sample(others, min(len(others), rng.randint(2, 4))):
        is_auth = other in types["auth"]
        end = c.date_between(rng, c.add_years(issued, -2), c.add_years(issued, 3))
        rows.cell(other, widths[0], "AUTH_TYPE" if is_auth else None)
        prefix = rng.choice(("FL", "TA", "HS") if is_auth else ("TC", "SC", "CR", "RL"))
        number = f"{prefix}-{rng.randint(1000, 999999)}"
        rows.cell(number, widths[1], "LICENSE_NO" if is_auth else None)
        rows.cell(c.fmt_date(end, lang, 1), widths[2], "END_DATE" if is_auth else None)
        rows.add(str(k["valid"] if end > issued else k["exp"]) + "\n")
    footer = k["footer"]
    rows.add(f"\n{footer[0]}\nTel. {c.phone(rng)}\n")
    c.pad(page, rng, list(footer[1:]))
    if rows is page:
        return [page]
    c.pad(rows, rng, list(footer[1:]))
    return [page, rows]


_HISTORY = {
    "en": ("Verification history", "Date", "Requested from", "Result", "VALID"),
    "es": ("Historial de consultas", "Fecha", "Origen", "Resultado", "VIGENTE"),
    "fr": ("Historique des vérifications", "Date", "Origine", "Résultat", "VALIDE"),
}


def _history(page: PageDraft, rng: random.Random, lang: str) -> None:
    """Earlier checks of the same certificate (dates, IP addresses and port authorities)."""
    title, *cols, result = _HISTORY[lang]
    page.add(f"\n{title}\n")
    page.cell(cols[0], 22)
    page.cell(cols[1], 40)
    page.add(cols[2] + "\n")
    for _ in range(rng.randint(4, 8)):
        page.cell(f"{c.fmt_date(c.recent(rng), lang, 1)} {rng.randint(0, 23):02d}:00", 22)
        origin = rng.choice(
            (
                "Port State control",
                "Port authority",
                "Buyer (EU importer)",
                "Observer programme",
                "Agent",
            )
        )
        ip = ".".join(str(rng.randint(1, 254)) for _ in range(4))
        page.cell(f"{origin} ({ip})", 40)
        page.add(result + "\n")
