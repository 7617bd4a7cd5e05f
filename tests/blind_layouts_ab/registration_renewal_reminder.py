"""A ship registry's annual registration renewal reminder (en/es/fr), with a fee table."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from oceanid_dev.demo.vessels import Vessel

from . import _common as c
from ._page import PageDraft, Seg, pad
from ._vocab import GEAR_WORDS

LAYOUT = "registration_renewal_reminder"

_T: dict[str, dict[str, Any]] = {
    "en": {
        "office": "Registry of Ships",
        "admin": "MARITIME ADMINISTRATION OF {c}",
        "ref": "Our ref.",
        "date": "Date",
        "subject": "Subject: ANNUAL RENEWAL OF REGISTRATION — ",
        "subject_many": "Subject: ANNUAL RENEWAL OF REGISTRATION — VESSELS LISTED BELOW",
        "dear": "Dear Sirs,",
        "body1": "Our records show that the registration of the above vessel, entered under "
        "Official No. ",
        "body2": ", expires on ",
        "body3": ". To keep it in force for the period ",
        "to": " to ",
        "body4": ", the annual fees below must be received by {due}. Late payment attracts a "
        "surcharge of 25 % and may lead to suspension of the Certificate of Registry.",
        "many": "The registrations of the following vessels of your fleet expire shortly. "
        "Renewal fees must be received by {due}; each vessel is invoiced separately.",
        "particulars": "Particulars as recorded in the register:",
        "name": "Name of ship",
        "off": "Official number",
        "imo": "IMO number",
        "cs": "Call sign",
        "mmsi": "MMSI",
        "cfr": "EU fleet register (CFR)",
        "flag": "Flag",
        "port": "Port of registry",
        "type": "Type",
        "gt": "Gross tonnage",
        "nt": "Net tonnage",
        "loa": "Length overall",
        "year": "Year of build",
        "owner": "Registered owner",
        "ex": "Former name(s)",
        "fees": "Fees due",
        "fee_rows": (
            "Annual tonnage tax",
            "Annual inspection fee",
            "Radio accounts levy",
            "Certificate issue fee",
        ),
        "total": "TOTAL",
        "bank": "Payment by transfer to account {acct}, SWIFT {swift}, quoting {ref}.",
        "sign": "Deputy Registrar",
        "cols": ("Vessel", "Off. No.", "IMO", "Expires"),
        "form": "RENEWAL APPLICATION (return with payment)",
        "form_rows": ("Name of ship", "Official number", "Name of applicant", "Signature", "Date"),
        "docs": (
            "Documents to be enclosed: copy of the current Certificate of Registry; valid "
            "Safety Certificate or exemption; ship station licence; proof of payment.",
            "Vessels that are detained, under arrest or laid up must say so in the "
            "application; the Registry may then extend the deadline.",
        ),
    },
    "es": {
        "office": "Registro de Buques",
        "admin": "AUTORIDAD MARÍTIMA DE {c}",
        "ref": "N/Ref.",
        "date": "Fecha",
        "subject": "Asunto: RENOVACIÓN ANUAL DE MATRÍCULA — ",
        "subject_many": "Asunto: RENOVACIÓN ANUAL DE MATRÍCULA — BUQUES RELACIONADOS",
        "dear": "Muy señores nuestros:",
        "body1": "Según nuestros registros, la matrícula del buque arriba indicado, inscrito "
        "con el número ",
        "body2": ", vence el ",
        "body3": ". Para mantenerla en vigor durante el periodo del ",
        "to": " al ",
        "body4": ", deberán abonarse las tasas anuales siguientes antes del {due}. El pago "
        "tardío conlleva un recargo del 25 % y puede suponer la suspensión del certificado.",
        "many": "Las matrículas de los siguientes buques de su flota vencen próximamente. "
        "Las tasas deberán abonarse antes del {due}; cada buque se factura por separado.",
        "particulars": "Datos inscritos en el registro:",
        "name": "Nombre del buque",
        "off": "Número de matrícula",
        "imo": "Número OMI",
        "cs": "Distintivo de llamada",
        "mmsi": "MMSI",
        "cfr": "Nº CFR (registro de flota UE)",
        "flag": "Pabellón",
        "port": "Puerto de matrícula",
        "type": "Tipo",
        "gt": "Arqueo bruto",
        "nt": "Arqueo neto",
        "loa": "Eslora total",
        "year": "Año de construcción",
        "owner": "Propietario inscrito",
        "ex": "Nombre(s) anterior(es)",
        "fees": "Tasas",
        "fee_rows": (
            "Tasa anual de tonelaje",
            "Tasa de inspección anual",
            "Tasa radio",
            "Expedición de certificado",
        ),
        "total": "TOTAL",
        "bank": "Pago por transferencia a la cuenta {acct}, SWIFT {swift}, indicando {ref}.",
        "sign": "Registrador adjunto",
        "cols": ("Buque", "Matrícula", "OMI", "Vence"),
        "form": "SOLICITUD DE RENOVACIÓN (devolver con el pago)",
        "form_rows": ("Nombre del buque", "Número de matrícula", "Solicitante", "Firma", "Fecha"),
        "docs": (
            "Documentación: copia del certificado de matrícula vigente; certificado de "
            "seguridad o exención; licencia de estación de barco; justificante de pago.",
            "Los buques detenidos, embargados o amarrados deberán indicarlo en la solicitud; "
            "el Registro podrá entonces ampliar el plazo.",
        ),
    },
    "fr": {
        "office": "Registre d'immatriculation des navires",
        "admin": "ADMINISTRATION MARITIME — {c}",
        "ref": "N/Réf.",
        "date": "Date",
        "subject": "Objet : RENOUVELLEMENT ANNUEL DE L'IMMATRICULATION — ",
        "subject_many": "Objet : RENOUVELLEMENT ANNUEL DE L'IMMATRICULATION — NAVIRES CI-DESSOUS",
        "dear": "Madame, Monsieur,",
        "body1": "Nos registres indiquent que l'immatriculation du navire cité en objet, inscrit "
        "sous le numéro ",
        "body2": ", expire le ",
        "body3": ". Pour la maintenir pour la période du ",
        "to": " au ",
        "body4": ", les droits annuels ci-dessous doivent nous parvenir avant le {due}. Tout "
        "retard entraîne une majoration de 25 % et peut conduire à la suspension du certificat.",
        "many": "Les immatriculations des navires suivants de votre flotte arrivent à échéance. "
        "Les droits doivent nous parvenir avant le {due} ; chaque navire est facturé à part.",
        "particulars": "Caractéristiques inscrites au registre :",
        "name": "Nom du navire",
        "off": "Numéro d'immatriculation",
        "imo": "Numéro OMI",
        "cs": "Indicatif d'appel",
        "mmsi": "MMSI",
        "cfr": "N° CFR (fichier flotte UE)",
        "flag": "Pavillon",
        "port": "Port d'immatriculation",
        "type": "Type",
        "gt": "Jauge brute",
        "nt": "Jauge nette",
        "loa": "Longueur hors tout",
        "year": "Année de construction",
        "owner": "Propriétaire inscrit",
        "ex": "Ancien(s) nom(s)",
        "fees": "Droits dus",
        "fee_rows": (
            "Droit annuel de jauge",
            "Frais de visite annuelle",
            "Redevance radio",
            "Délivrance du certificat",
        ),
        "total": "TOTAL",
        "bank": "Paiement par virement au compte {acct}, BIC {swift}, en rappelant {ref}.",
        "sign": "Le registraire adjoint",
        "cols": ("Navire", "Immat.", "OMI", "Échéance"),
        "form": "DEMANDE DE RENOUVELLEMENT (à retourner avec le paiement)",
        "form_rows": (
            "Nom du navire",
            "Numéro d'immatriculation",
            "Demandeur",
            "Signature",
            "Date",
        ),
        "docs": (
            "Pièces à joindre : copie du certificat d'immatriculation en cours ; titre de "
            "sécurité ou dérogation ; licence de station de navire ; preuve du paiement.",
            "Les navires saisis, retenus ou désarmés doivent le signaler dans la demande ; "
            "le registre peut alors accorder un délai.",
        ),
    },
}
_LANG_IDX = {"en": 0, "es": 1, "fr": 2}
_EU = {"ESP", "PRT", "FRA", "MLT", "CYP", "NLD"}


def _letterhead(
    page: PageDraft, t: dict[str, str], flag: str | None, lang: str, rng: random.Random
) -> None:
    name = c.country(flag, lang) if flag else None
    page.line(t["admin"].format(c=(name or "THE FLAG STATE").upper()))
    page.line(t["office"])
    page.line(
        f"PO Box {rng.randint(10, 9999)} · Tel {c.phone(rng)} · Fax {c.phone(rng)} · "
        f"registry@{c.slug(name or 'flag')}-ships.example.org"
    )
    page.line()


def _addressee(page: PageDraft, v: c.Facts, rng: random.Random) -> None:
    if not v.owner:
        page.line("The Registered Owner")
        page.line("c/o the vessel's agents")
        return
    street, city, state, iso3 = c.address(rng, v.flag, f"{v.owner} {v.port}")
    page.line((v.owner, "ASSOC_NAME"))
    page.line((street, "ADDRESS"))
    page.add((city, "CITY"))
    if state:
        page.add(" ", (state, "STATE"))
    page.line()
    page.line((c.country(iso3) or iso3, "COUNTRY_CODE"))


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = rng.choice(("en", "en", "es", "fr"))
    t = _T[lang]
    many = rng.random() < 0.35
    fleet = c.pick_fleet(vessels, rng, rng.randint(2, 4) if many else 1)
    v = fleet[0]
    today = c.some_day(rng, 2025, 2026)
    expiry = today + dt.timedelta(days=rng.randint(20, 75))
    due = expiry - dt.timedelta(days=rng.randint(5, 15))
    dstyle = c.date_style(rng, lang)
    ref = c.ref_no(rng, "REG/")
    page = PageDraft()
    _letterhead(page, t, v.flag, lang, rng)
    page.line(f"{t['ref']}: {ref}    {t['date']}: {c.fmt_date(today, dstyle, lang)}")
    page.line()
    _addressee(page, v, rng)
    page.line()
    width = 78 if rng.random() < 0.7 else 92
    if many:
        page.line(t["subject_many"])
        page.line()
        page.line(t["dear"])
        page.line()
        page.wrap([t["many"].format(due=c.fmt_date(due, dstyle, lang))], width)
        page.line()
        page.line()
        cols = t["cols"]
        page.line(f"{cols[0]:<24}{cols[1]:<16}{cols[2]:<10}{cols[3]}")
        for other in fleet:
            exp = expiry + dt.timedelta(days=rng.randint(0, 40))
            reg = c.national_reg_no(rng, other.flag)
            page.add((other.name, "VESSEL_NAME"), " " * max(2, 24 - len(other.name)))
            page.add((reg, "NATIONAL_REG_NO"), " " * max(2, 16 - len(reg)))
            page.add(c.opt(other.imo, "IMO", "—"), " " * max(2, 10 - len(other.imo or "—")))
            page.line((c.fmt_date(exp, "dmy"), "END_DATE"))
        page.line()
    else:
        reg = c.national_reg_no(rng, v.flag)
        start = expiry + dt.timedelta(days=1)
        end = dt.date(start.year + 1, start.month, start.day) - dt.timedelta(days=1)
        page.line(t["subject"], (v.name, "VESSEL_NAME"))
        page.line()
        page.line(t["dear"])
        page.line()
        page.wrap(
            [
                t["body1"],
                (reg, "NATIONAL_REG_NO"),
                t["body2"],
                (c.fmt_date(expiry, dstyle, lang), "END_DATE"),
                t["body3"],
                (c.fmt_date(start, dstyle, lang), "START_DATE"),
                t["to"],
                (c.fmt_date(end, dstyle, lang), "END_DATE"),
                t["body4"].format(due=c.fmt_date(due, dstyle, lang)),
            ],
            width,
        )
        page.line()
        page.line()
        page.line(t["particulars"])
        keys = (
            "name",
            "cfr",
            "off",
            "imo",
            "cs",
            "mmsi",
            "flag",
            "port",
            "type",
            "gt",
            "nt",
            "loa",
            "year",
            "owner",
            "ex",
        )
        kw = max(len(t[k]) for k in keys) + 2

        def kv(key: str, *segs: Seg) -> None:
            page.line("  ", f"{t[key]}:".ljust(kw), *segs)

        kv("name", (v.name, "VESSEL_NAME"))
        kv("off", (reg, "NATIONAL_REG_NO"))
        kv("imo", c.opt(v.imo, "IMO", "not assigned" if lang == "en" else "—"))
        kv("cs", c.opt(v.ircs, "IRCS", "—"))
        if v.flag in _EU:
            kv("cfr", (c.cfr(rng, v.flag or ""), "EU_CFR"))
        if v.mmsi or rng.random() < 0.5:
            kv("mmsi", c.opt(v.mmsi, "MMSI", "pending"))
        if v.flag:
            kv("flag", (c.country(v.flag, lang, code=rng.random() < 0.3) or v.flag, "FLAG"))
        if v.port:
            kv("port", (c.port_name(v.port, rng), "HOME_PORT"))
        gear_word = GEAR_WORDS.get(
            v.gear or "", ("fishing vessel", "buque pesquero", "navire de pêche")
        )
        kv("type", gear_word[_LANG_IDX[lang]])
        if v.gross_tonnage:
            page.line(
                "  ",
                *c.metric(
                    t["gt"],
                    v.gross_tonnage,
                    rng.choice(("GT", "", "")) or None,
                    ":".ljust(kw - len(t["gt"])),
                ),
            )
            nt = str(max(1, int(float(v.gross_tonnage) * rng.uniform(0.28, 0.4))))
            page.line("  ", *c.metric(t["nt"], nt, None, ":".ljust(kw - len(t["nt"]))))
        if v.length_m:
            page.line("  ", *c.metric(t["loa"], v.length_m, "m", ":".ljust(kw - len(t["loa"]))))
        if v.build_year:
            kv("year", (v.build_year, "BUILD_YEAR"))
        if v.owner:
            kv("owner", (v.owner, "ASSOC_NAME"))
        if v.former_name:
            kv("ex", (v.former_name, "NAME_CHANGE"))
        page.line()
    page.line(f"{t['fees']} (USD):")
    total = 0.0
    for label in t["fee_rows"][: rng.randint(2, 4)]:
        amount = rng.randint(80, 1900) + rng.choice((0.0, 0.5, 0.25))
        total += amount
        page.line(f"  {label:<40}{amount:>12,.2f}")
    page.line(f"  {t['total']:<40}{total:>12,.2f}")
    page.line()
    page.wrap(
        [
            t["bank"].format(
                acct=f"{rng.randint(100, 999)}-{rng.randint(100000, 999999)}-{rng.randint(10, 99)}",
                swift=rng.choice(("BKCHPAPA", "ANZBVUVX", "MCBLMUMU", "BCSCESMM")),
                ref=ref,
            )
        ],
        width,
    )
    page.line()
    pages = [page]
    second = PageDraft()
    second.line(f"{t['ref']}: {ref} — 2")
    second.line()
    for para in t["docs"]:
        second.wrap([para], width)
        second.line()
        second.line()
    second.line(f"{c.person(rng)}")
    second.line(t["sign"])
    second.line()
    second.line("-" * 60)
    second.line(t["form"])
    for row in t["form_rows"]:
        second.line(f"{row}: " + "." * rng.randint(24, 40))
    if rng.random() < 0.5 or len(page) > 2400:
        pages.append(second)
    else:
        page.line()
        page.extend(second)
    for p in pages:
        pad(p, rng.randint(760, 900), t["docs"], rng)
    return pages
