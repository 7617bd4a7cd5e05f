"""Continuous Synopsis Record (SOLAS XI-1/5): the current CSR document, the previous one
under the ship's former flag and name, and the index of amendments (Form 2)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass

from oceanid_dev.demo.vessels import Vessel

from . import _common as C
from . import _vocab as V
from ._page import PageDraft, Piece

LAYOUT = "csr_record"

# Item keys: English, and the bilingual forms flags issue (official language / English).
_KEYS = {
    "en": (
        "This document applies from",
        "Flag State",
        "Date of registration with the State indicated in 2",
        "Name of ship",
        "Port of registration",
        "Name of current registered owner(s)",
        "Registered address(es)",
        "Registered owner identification number",
        "If applicable, name of current registered bareboat charterer(s)",
        "Name of Company (International Safety Management)",
        "Company identification number",
        "Name of all classification society(ies) with which the ship is classed",
        "Administration/Government/RO which issued the Document of Compliance",
        "Administration/Government/RO which issued the Safety Management Certificate",
        "Administration/Government/RSO which issued the International Ship Security Certificate",
        "Date on which the ship ceased to be registered with the State indicated in 2",
    ),
    "es": (
        "El presente documento se aplica a partir de / This document applies from",
        "Estado de abanderamiento / Flag State",
        "Fecha de matriculación en el Estado indicado en 2 / Date of registration",
        "Nombre del buque / Name of ship",
        "Puerto de matrícula / Port of registration",
        "Nombre del propietario o propietarios registrados / Registered owner(s)",
        "Dirección o direcciones registradas / Registered address(es)",
        "Número de identificación del propietario registrado / Owner identification No.",
        "Fletador a casco desnudo, si procede / Bareboat charterer(s), if applicable",
        "Nombre de la compañía (Gestión de la Seguridad) / Company (ISM)",
        "Número de identificación de la compañía / Company identification No.",
        "Sociedad(es) de clasificación / Classification society(ies)",
        "Organismo que expidió el Documento de cumplimiento / DOC issued by",
        "Organismo que expidió el Certificado de gestión de la seguridad / SMC issued by",
        "Organismo que expidió el Certificado internacional de protección / ISSC issued by",
        "Fecha en que el buque dejó de estar matriculado / Date ship ceased to be registered",
    ),
    "fr": (
        "Le présent document s'applique à compter du / This document applies from",
        "État du pavillon / Flag State",
        "Date d'immatriculation auprès de l'État indiqué en 2 / Date of registration",
        "Nom du navire / Name of ship",
        "Port d'immatriculation / Port of registration",
        "Nom du ou des propriétaires inscrits / Registered owner(s)",
        "Adresse(s) enregistrée(s) / Registered address(es)",
        "Numéro d'identification du propriétaire inscrit / Owner identification No.",
        "Affréteur(s) coque nue, le cas échéant / Bareboat charterer(s), if applicable",
        "Nom de la compagnie (gestion de la sécurité) / Company (ISM)",
        "Numéro d'identification de la compagnie / Company identification No.",
        "Société(s) de classification / Classification society(ies)",
        "Organisme ayant délivré le document de conformité / DOC issued by",
        "Organisme ayant délivré le certificat de gestion de la sécurité / SMC issued by",
        "Organisme ayant délivré le certificat international de sûreté / ISSC issued by",
        "Date à laquelle le navire a cessé d'être immatriculé / Date ship ceased to be registered",
    ),
}
_NUMS = ("1", "2", "3", "4", "5", "6", "", "6.1", "7", "8", "8.1", "9", "10", "11", "12", "13")
_TITLE = {
    "en": "CONTINUOUS SYNOPSIS RECORD (CSR)",
    "es": "REGISTRO SINÓPTICO CONTINUO (RSC) / CONTINUOUS SYNOPSIS RECORD (CSR)",
    "fr": "FICHE SYNOPTIQUE CONTINUE (FSC) / CONTINUOUS SYNOPSIS RECORD (CSR)",
}
_NONE = {"en": "Not applicable", "es": "No procede / N/A", "fr": "Sans objet / N/A"}


@dataclass(frozen=True)
class _Entry:
    """One CSR document's values (current or historical)."""

    number: int
    applies: dt.date
    flag: str | None
    registered: dt.date
    name: str
    port: str | None
    owner: str
    owner_no: str
    address: C.Address
    company: str
    company_no: str
    company_address: C.Address
    society: str
    admin: str
    ceased: dt.date | None
    current: bool


def _society(rng: random.Random, flag: str | None) -> str:
    return rng.choice(V.CLASS_SOCIETIES.get(flag or "", V.OTHER_CLASS))


def _admin(flag: str | None) -> str:
    if flag in V.ADMINISTRATIONS:
        return V.ADMINISTRATIONS[flag or ""]
    return f"Maritime Administration of {C.country(flag) or 'the flag State'}"


def _header(page: PageDraft, lang: str, number: int, imo: str | None, total: str) -> None:
    page.line(_TITLE[lang])
    if lang == "en":
        page.add(f"Document No. {number} ")
        page.add("for the ship with IMO Number: ")
    else:
        label = "Documento N.º" if lang == "es" else "Document n°"
        page.add(f"{label} {number} / Document No. {number} — ")
        page.add("Número OMI / IMO No.: " if lang == "es" else "Numéro OMI / IMO No.: ")
    page.line((imo, "IMO") if imo else ("[IMO number not assigned]", None))
    page.line(f"Page {total}")
    page.line("-" * 72)


def _item(page: PageDraft, lang: str, k: int, *value: Piece) -> None:
    num = _NUMS[k]
    key = _KEYS[lang][k]
    prefix = f"{num}. " if num else "   "
    if len(key) + len(prefix) > 58:
        page.line(f"{prefix}{key}:")
        page.line("      ", *value)
    else:
        page.line(f"{prefix}{key}: ", *value)


def _document(
    rng: random.Random, lang: str, entry: _Entry, imo: str | None, style: str, total: str
) -> PageDraft:
    page = PageDraft()
    _header(page, lang, entry.number, imo, total)

    def d(day: dt.date) -> str:
        return C.fmt_date(day, style, lang)

    _item(page, lang, 0, d(entry.applies))
    flag_label = "FLAG" if entry.current else "FLAG_CHANGE"
    flag = C.flag_text(rng, entry.flag, lang)
    _item(page, lang, 1, (flag, flag_label) if flag else ("[not stated]", None))
    _item(page, lang, 2, (d(entry.registered), "START_DATE"))
    _item(page, lang, 3, (entry.name, "VESSEL_NAME" if entry.current else "NAME_CHANGE"))
    port_label = "HOME_PORT" if entry.current else None
    _item(page, lang, 4, (entry.port, port_label) if entry.port else ("—", None))
    _item(page, lang, 5, (entry.owner, "ASSOC_NAME"))
    a = entry.address
    parts: list[Piece] = [(a.street, "ADDRESS"), ", ", (a.city, "CITY")]
    if a.state:
        parts += [", ", (a.state, "STATE")]
    parts += [", ", (C.country(a.country_iso3, rng.choice(("en", "iso2"))) or "", "COUNTRY_CODE")]
    _item(page, lang, 6, *parts)
    _item(page, lang, 7, (entry.owner_no, "REG_NO"))
    _item(page, lang, 8, _NONE[lang])
    _item(page, lang, 9, (entry.company, "ASSOC_NAME"))
    b = entry.company_address
    page.line("      ", (b.street, "ADDRESS"), ", ", (b.city, "CITY"))
    _item(page, lang, 10, (entry.company_no, "REG_NO"))
    _item(page, lang, 11, (entry.society, "ASSOC_NAME"))
    for k in (12, 13, 14):
        _item(page, lang, k, entry.admin)
    ceased: Piece = (d(entry.ceased), "END_DATE") if entry.ceased else ("—", None)
    _item(page, lang, 15, ceased)
    page.line("")
    issued = C.fmt_date(entry.applies + dt.timedelta(days=rng.randint(0, 20)), style, lang)
    if lang == "en":
        page.line(f"Issued by: {entry.admin}")
        page.line(f"Date of issue: {issued}    Ref.: {C.ref_no(rng, 'CSR/99-9999/AA')}")
    else:
        by = "Expedido por" if lang == "es" else "Délivré par"
        page.line(f"{by} / Issued by: {entry.admin}")
        page.line(f"{issued}    Ref.: {C.ref_no(rng, 'CSR-9999-99999')}")
    return page


_FILL = (
    "Note: this document shall be kept on board and shall be available for inspection at "
    "all times (SOLAS regulation XI-1/5.6).",
    "Any changes to the entries shall be recorded in the index of amendments (Form 2) "
    "until a revised CSR document is issued.",
    "Previous CSR documents shall not be removed from the file (regulation XI-1/5.7).",
    "Telephone enquiries: +00 000 0000 (duty officer, 08:00-17:00 UTC).",
    "Signature and seal of the authorized official ......................................",
)


def _amendments(
    rng: random.Random, lang: str, cur: _Entry, old: _Entry, imo: str | None, style: str, total: str
) -> PageDraft:
    page = PageDraft()
    page.line("INDEX OF AMENDMENTS TO THE CSR (Form 2)")
    if lang != "en":
        page.line(
            "ÍNDICE DE MODIFICACIONES (Formulario 2)"
            if lang == "es"
            else "INDEX DES MODIFICATIONS (Formulaire 2)"
        )
    page.add("Document No. ", str(cur.number), " — IMO No. ")
    page.line((imo, "IMO") if imo else ("n/a", None))
    page.line(f"Page {total}")
    page.line("")
    page.line("Item  Information amended                        Reason for amendment        Date")
    page.line("----  -----------------------------------------  --------------------------  ----")

    def d(day: dt.date) -> str:
        return C.fmt_date(day, style, lang)

    change = d(cur.registered + dt.timedelta(days=rng.randint(1, 20)))
    page.line(
        "2     ",
        (C.flag_text(rng, old.flag, "en") or "—", "FLAG_CHANGE"),
        " -> ",
        (C.flag_text(rng, cur.flag, "en") or "—", "FLAG"),
        "    Change of flag   ",
        change,
    )
    page.line("4     ", (old.name, "NAME_CHANGE"), " -> ", (cur.name, "VESSEL_NAME"))
    page.line(f"                                                  Change of name   {change}")
    page.line("6     Registered owner now ", (cur.owner, "ASSOC_NAME"))
    page.line(f"                                                  Sale of ship     {change}")
    later = cur.registered + dt.timedelta(days=rng.randint(60, 900))
    page.line("9     Class transferred to ", (cur.society, "ASSOC_NAME"))
    page.line(f"                                                  Transfer of class {d(later)}")
    if rng.random() < 0.5:
        page.line("8     Company address updated (same Company, new office)")
        page.line(f"                                                  Relocation       {d(later)}")
    page.line("")
    page.line(
        "The amendments above are recorded pending the issue of a revised CSR document "
        "by the Administration. Entries are made by the master or the Company."
    )
    return page


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    (cur_ident,) = C.choose(rng, vessels, 1, lambda i: i.imo is not None)
    former = C.invent_former(rng, cur_ident)
    lang = rng.choice(("en", "en", "es", "fr"))
    style = C.date_style(rng, lang)
    registered = C.rand_date(rng, 2012, 2023)
    old_registered = registered - dt.timedelta(days=rng.randint(700, 3000))
    old_owner = C.company(rng, former.flag)
    owner = C.owner_of(rng, cur_ident)
    number = rng.randint(2, 6)
    cur = _Entry(
        number=number,
        applies=registered + dt.timedelta(days=rng.randint(1, 400)),
        flag=cur_ident.flag,
        registered=registered,
        name=cur_ident.name,
        port=cur_ident.vessel.port,
        owner=owner,
        owner_no=C.imo_company_no(rng),
        address=C.address(rng, cur_ident.flag),
        company=owner if rng.random() < 0.4 else C.company(rng, cur_ident.flag),
        company_no=C.imo_company_no(rng),
        company_address=C.address(rng, cur_ident.flag),
        society=_society(rng, cur_ident.flag),
        admin=_admin(cur_ident.flag),
        ceased=None,
        current=True,
    )
    old_port = V.REGISTRY_PORTS.get(former.flag, "Panama")
    old = _Entry(
        number=number - 1,
        applies=old_registered + dt.timedelta(days=rng.randint(1, 400)),
        flag=former.flag,
        registered=old_registered,
        name=former.name,
        port=old_port,
        owner=old_owner,
        owner_no=C.imo_company_no(rng),
        address=C.address(rng, former.flag),
        company=old_owner,
        company_no=C.imo_company_no(rng),
        company_address=C.address(rng, former.flag),
        society=_society(rng, former.flag),
        admin=_admin(former.flag),
        ceased=registered - dt.timedelta(days=rng.randint(1, 30)),
        current=False,
    )
    count = rng.choice((1, 2, 2, 3, 3))

    def total(n: int) -> str:
        return f"{n} of {count}"

    pages = [_document(rng, lang, cur, cur_ident.imo, style, total(1))]
    if count >= 2:
        pages.append(_document(rng, lang, old, cur_ident.imo, style, total(2)))
    if count == 3:
        pages.append(_amendments(rng, lang, cur, old, cur_ident.imo, style, total(3)))
    for page in pages:
        page.pad(rng, _FILL, rng.randint(760, 900))
    return pages
