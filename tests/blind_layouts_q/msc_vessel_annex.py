"""A certification body's annex to a fishery certificate: the unit of certification (fishery,
species, area, gear, RFMO) and the vessels eligible to land certified catch."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence

from oceanid_dev.demo.vessels import Vessel

from . import _common as C
from . import _vocab as V
from ._page import PageDraft

LAYOUT = "msc_vessel_annex"

_CABS = (
    ("Control Union Pesca Ltd", "CUP"),
    ("Bureau Veritas Certification Holding SAS", "BV"),
    ("SCS Global Services", "SCS"),
    ("Lloyd's Register Quality Assurance", "LRQA"),
    ("MRAG Americas", "MRAG"),
    ("DNV Business Assurance", "DNV"),
)
_T = {
    "en": {
        "annex": "ANNEX 1 TO CERTIFICATE {code} — VESSELS WITHIN THE UNIT OF CERTIFICATION",
        "cont": "Annex 1 to certificate {code} (continued)",
        "fishery": "Fishery",
        "and": "and",
        "species": "Target species",
        "stock": "Stock",
        "area": "Geographical area",
        "gear": "Fishing gear",
        "mgmt": "Management",
        "client": "Certificate holder (client)",
        "valid": "Certificate valid from {a} until {b}",
        "cols": "No.  Vessel name               Flag   IMO       IRCS      {rfmo} No.",
        "owner": "Owner / operator",
        "added": "Included",
        "note": "Only catch by the vessels listed here, using the gear listed, may enter further "
        "certified chains of custody. Vessels may be added under the client's vessel "
        "inclusion protocol; the updated list is published on the certificate page.",
    },
    "es": {
        "annex": "ANEXO 1 DEL CERTIFICADO {code} — BUQUES INCLUIDOS EN LA UNIDAD DE CERTIFICACIÓN",
        "cont": "Anexo 1 del certificado {code} (continuación)",
        "fishery": "Pesquería",
        "and": "y",
        "species": "Especie objetivo",
        "stock": "Stock",
        "area": "Zona geográfica",
        "gear": "Arte de pesca",
        "mgmt": "Gestión",
        "client": "Titular del certificado (cliente)",
        "valid": "Certificado válido desde el {a} hasta el {b}",
        "cols": "N.º  Nombre del buque           Pabellón IMO      Distintivo  N.º {rfmo}",
        "owner": "Armador / operador",
        "added": "Incluido",
        "note": "Solo las capturas de los buques aquí enumerados, con el arte indicado, pueden "
        "entrar en cadenas de custodia certificadas. La lista se actualiza conforme al "
        "protocolo de inclusión de buques del cliente.",
    },
}
_STOCKS = {
    "WCPFC": "Western and Central Pacific Ocean",
    "IOTC": "Indian Ocean",
    "ICCAT": "Atlantic Ocean",
    "IATTC": "Eastern Pacific Ocean",
    "NPFC": "North Pacific Ocean",
    "SPRFMO": "South-east Pacific Ocean",
    "CCAMLR": "Southern Ocean (Convention Area)",
    "CCSBT": "Southern bluefin tuna (global stock)",
}


def _row(
    rng: random.Random, n: int, i: C.Ident, rfmo: str, lang: str, style: str, since: dt.date
) -> PageDraft:
    row = PageDraft()
    row.add(f"{n:<5}")
    row.add((i.name, "VESSEL_NAME"), " " * max(1, 26 - len(i.name)))
    flag = C.flag_text(rng, i.flag, lang) if rng.random() < 0.5 else i.flag
    flag_text = flag or "—"
    row.add((flag_text, "FLAG" if flag else None), " " * max(1, 7 - len(flag_text)))
    row.add((i.imo, "IMO") if i.imo else ("n/a", None), " " * (3 if i.imo else 7))
    sign = i.ircs or "—"
    row.add((sign, "IRCS" if i.ircs else None), " " * max(1, 10 - len(sign)))
    row.line((C.rfmo_id(rng, rfmo, i), "RFMO_ID"))
    owner = C.owner_of(rng, i)
    t = _T[lang]
    if len(owner) > 34 and rng.random() < 0.6:
        cut = owner.rfind(" ", 0, 34)
        cut = cut if cut > 0 else 34
        # A wrapped cell: one span over both lines (decision in README).
        row.add(
            f"     {t['owner']}: ", (owner[:cut] + "\n          " + owner[cut + 1 :], "ASSOC_NAME")
        )
        row.line("")
    else:
        row.line(f"     {t['owner']}: ", (owner, "ASSOC_NAME"))
    added = since + dt.timedelta(days=rng.choice((0, 0, rng.randint(30, 700))))
    row.line(f"     {t['added']}: ", (C.fmt_date(added, style, lang), "START_DATE"))
    return row


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = rng.choice(("en", "en", "es"))
    t = _T[lang]
    style = C.date_style(rng, lang)
    cab, short = rng.choice(_CABS)
    code = C.ref_no(rng, f"F-{short}-9999")
    count = rng.randint(3, 14)
    fleet = C.same_flag_first(rng, vessels, count)
    rfmo = C.rfmo_for(rng, fleet[0].vessel.gear)
    areas_all, species_all, _ = V.RFMOS[rfmo]
    areas = rng.sample(areas_all, rng.randint(1, min(2, len(areas_all))))
    codes = rng.sample(species_all, rng.randint(1, min(3, len(species_all))))
    since = C.rand_date(rng, 2019, 2024)
    until = since.replace(year=since.year + 5) - dt.timedelta(days=1)
    gear_en = C.gear_text(fleet[0].vessel.gear, "en")

    page = PageDraft()
    page.line(cab.upper())
    version = rng.randint(2, 9)
    page.line(f"Chain of custody code: MSC-C-{rng.randint(10000, 99999)}    Version {version}")
    page.line(t["annex"].format(code=code))
    page.line("")
    holder = C.company(rng, fleet[0].flag)
    fleet_of = C.country(fleet[0].flag, lang) or "multi-flag"
    if lang == "en":
        page.line(f"{t['fishery']}: {fleet_of} {gear_en} fishery")
    else:
        gear_es = C.gear_text(fleet[0].vessel.gear, "es")
        page.line(f"{t['fishery']}: pesquería de {fleet_of} ({gear_es})")
    page.add(f"{t['species']}: ")
    for k, sp_code in enumerate(codes):
        sp = C.species()[sp_code]
        page.add(", " if k else "", (sp.name(lang), "SPECIES_NAME"))
        page.add(f" ({V.SCIENTIFIC.get(sp_code, '')}; ", (sp_code, "SPECIES_NAME"), ")")
    page.line("")
    page.line(f"{t['stock']}: {_STOCKS[rfmo]}")
    page.add(f"{t['area']}: FAO ")
    for k, area in enumerate(areas):
        page.add(f" {t['and']} " if k else "", (area, "FAO_AREA_CODE"))
    page.line("")
    page.line(f"{t['gear']}: {C.gear_text(fleet[0].vessel.gear, lang)}")
    page.line(f"{t['mgmt']}: ", (rfmo, "RFMO_CODE"), f" ({V.RFMO_NAMES[rfmo]}) and national")
    page.line(f"{t['client']}: {holder}, tel. {C.phone(rng)}")
    a = C.fmt_date(since, style, lang)
    b = C.fmt_date(until, style, lang)
    valid = t["valid"].split("{a}")
    page.line(valid[0], (a, "START_DATE"), valid[1].split("{b}")[0], (b, "END_DATE"))
    page.line("")
    header = t["cols"].format(rfmo=rfmo)
    page.line(header)
    page.line("-" * len(header))

    pages = [page]
    first_since = since
    for n, i in enumerate(fleet, start=1):
        row = _row(rng, n, i, rfmo, lang, style, first_since)
        if not pages[-1].fits(row, 2500):
            nxt = PageDraft()
            nxt.line(cab.upper())
            nxt.line(t["cont"].format(code=code))
            nxt.line("")
            nxt.line(header)
            nxt.line("-" * len(header))
            pages.append(nxt)
        pages[-1].extend(row)
        if len(pages) == 3 and len(pages[-1]) > 1500:
            break
    pages[-1].line("")
    pages[-1].line(t["note"])
    for k, p in enumerate(pages, start=1):
        p.line(f"Page {k} of {len(pages)} — {code} — rev. {version}")
        p.pad(rng, _NOTES, rng.randint(760, 900))
    return pages


_NOTES = (
    "Vessels shall carry the certificate annex on board and present it at landing.",
    "Transhipment at sea is not permitted for certified catch unless observed at 100%.",
    "Catch from sets on drifting FADs is outside the unit of certification.",
    "Contact: fisheries programme, +00 20 0000 0000, certification@example.org.",
    "Surveillance audit 2 scheduled for the second quarter; findings will be appended.",
    "Abbreviations: IRCS international radio call sign; IMO IMO ship identification number.",
)
