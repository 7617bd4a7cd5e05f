"""Blind layout `prose_notice`: an RFMO circular that lists changes to its vessel record in
numbered sentences (test-only data, written without reading the extractor).

Each item names one vessel with its identifiers in parentheses ("IMO 9930894, IRCS BZU6D") and
says what changed: an addition with species, FAO area, period and owner; a change of name and
flag ("formerly KAI FU HAO, re-flagged from Panama"); a change of call sign; a renewal under a
licence number; a deletion. The circular's own date is unlabelled; associates appear with a
noun role ("owner: X") rather than a verb, so that the role gold stays unambiguous.
"""

from __future__ import annotations

import random

from oceanid_dev.demo.vessels import Vessel

from . import _values as val
from ._core import PageContext, PageText

NAME = "prose_notice"
PAGES_PER_DOC = 1

_KIND = {
    "DRIFTING_LONGLINES": "longliner",
    "SET_LONGLINES": "longliner",
    "SQUID_JIGGER": "squid jigger",
    "CARRIER": "reefer",
    "TRAWLERS": "trawler",
    "TUNA_PURSE_SEINES": "purse seiner",
}
_FORMER_FLAGS = ("Panama", "Vanuatu", "Belize", "Togo", "Cambodia")


def _vessel(
    page: PageText, rng: random.Random, v: Vessel, with_flag: bool = True, article: str = "the"
) -> None:
    """'the longliner NAME (IMO 1234567, IRCS ABCD, MMSI 412...)' with only the ids it has."""
    page.add(f"{article} {_KIND.get(v.gear or '', 'fishing vessel')} ").add(v.name, "VESSEL_NAME")
    ids = [
        (key, value, label)
        for key, value, label in (
            (rng.choice(("IMO ", "IMO No. ")), v.imo, "IMO"),
            (rng.choice(("IRCS ", "call sign ")), val.ircs_of(v), "IRCS"),
            ("MMSI ", v.mmsi, "MMSI"),
        )
        if value
    ]
    if ids:
        page.add(" (")
        for i, (key, value, label) in enumerate(ids):
            page.add(", " if i else "").add(key).add(value, label)
        page.add(")")
    flag = val.flag_code(v)
    if with_flag and flag:
        page.add(", flying the flag of ").add(val.country(flag), "FLAG")


def _addition(page: PageText, rng: random.Random, v: Vessel, rfmo: val.Rfmo) -> None:
    start, end = val.validity(rng)
    page.add("Addition. ")
    _vessel(page, rng, v, article="The")
    port = val.port_parts(v)
    if port:
        page.add(" and registered in ").add(port[0], "HOME_PORT")
    page.add(" (").add("owner", "ASSOC_ROLE").add(": ").add(val.owner_of(v), "ASSOC_NAME").add(")")
    page.add(", has been authorised to fish for ")
    codes = rng.sample(rfmo.species, min(2, len(rfmo.species)))
    for i, code in enumerate(codes):
        page.add(" and " if i else "").add(val.species_in_sentence(code), "SPECIES_NAME")
    page.add(" in FAO Area ").add(rng.choice(rfmo.areas), "FAO_AREA_CODE")
    page.add(" from ").add(val.fmt_date(start, "long_en"), "START_DATE")
    page.add(" until ").add(val.fmt_date(end, "long_en"), "END_DATE").add(".")


def _rename(page: PageText, rng: random.Random, v: Vessel, rfmo: val.Rfmo) -> None:
    page.add("Change of name and flag. ")
    former = v.former_name or ""  # only vessels with a former name get this item
    _vessel(page, rng, v, with_flag=False, article="The")
    page.add(", formerly named ").add(former, "NAME_CHANGE")
    flag = val.flag_code(v)
    if flag:
        page.add(", has been re-flagged from ").add(rng.choice(_FORMER_FLAGS), "FLAG_CHANGE")
        page.add(" to ").add(val.country(flag), "FLAG")
    else:
        page.add(", has changed its name")
    page.add(". The ").add(rfmo.code, "RFMO_CODE").add(" record number ")
    page.add(rfmo.vessel_id(v), "RFMO_ID").add(" is unchanged.")


def _call_sign(page: PageText, rng: random.Random, v: Vessel, rfmo: val.Rfmo) -> None:
    page.add("Change of call sign. ")
    old = f"{rng.choice(('3E', 'YJ', 'V3'))}{val.stable(v, 'oldcs', 9000) + 1000}"
    page.add("The call sign of ").add(v.name, "VESSEL_NAME")
    ids = [
        (key, value, label)
        for key, value, label in (("IMO ", v.imo, "IMO"), ("MMSI ", v.mmsi, "MMSI"))
        if value
    ]
    for i, (key, value, label) in enumerate(ids):
        page.add("; " if i else " (").add(key).add(value, label)
    page.add(")" if ids else "")
    page.add(" has changed from ").add(old, "ID_CHANGE").add(" to ")
    ircs = val.ircs_of(v)
    if ircs:
        page.add(ircs, "IRCS")
    else:
        page.add("a call sign not yet notified")
    page.add(".")


def _renewal(page: PageText, rng: random.Random, v: Vessel, rfmo: val.Rfmo) -> None:
    start, end = val.validity(rng)
    style = rng.choice(("long_en", "dmy"))
    page.add("Renewal. The authorisation of ")
    _vessel(page, rng, v, with_flag=False)
    kind = (
        "Transhipment authorisation"
        if v.gear == "CARRIER"
        else rng.choice(("Fishing licence", "Fishing authorisation"))
    )
    page.add(" has been renewed for the period ").add(val.fmt_date(start, style), "START_DATE")
    page.add(" to ").add(val.fmt_date(end, style), "END_DATE").add(". ")
    page.add(kind, "AUTH_TYPE").add(" No. ").add(
        f"{rfmo.code[:2]}/{start.year}/{rng.randint(1, 999):03d}", "LICENSE_NO"
    )
    page.add(" was issued by the flag State.")


def _deletion(page: PageText, rng: random.Random, v: Vessel, rfmo: val.Rfmo) -> None:
    page.add("Deletion. At the request of the flag State, ")
    _vessel(page, rng, v)
    page.add(", has been removed from the Record.")


_ITEMS = (_addition, _addition, _rename, _call_sign, _renewal, _deletion)


def build(ctx: PageContext, vessels: list[Vessel]) -> PageText:
    rng = ctx.rng
    rfmo = rng.choice(val.RFMOS)
    issued = val.validity(rng)[0]
    page = PageText()
    page.line((rfmo.code, "RFMO_CODE"), f" CIRCULAR {issued.year}-{rng.randint(1, 120):03d}")
    page.line(f"Date: {val.fmt_date(issued, 'long_en')}")
    page.line("To: All Members and Cooperating Non-Contracting Parties")
    page.line(
        "Subject: Changes to the ", (rfmo.code, "RFMO_CODE"), " Record of Authorised Vessels"
    ).line()
    page.line("Dear Sir/Madam,").line()
    page.add(
        "The Secretariat wishes to inform you that it has received the following notifications, "
    )
    page.add("which have been incorporated into the Record:\n\n")
    chosen = val.pick(rng, vessels, rng.randint(5, 7))
    renamed = [v for v in vessels if v.former_name and v not in chosen]
    if renamed and rng.random() < 0.6:  # renamings are what circulars are often about
        chosen[rng.randrange(len(chosen))] = rng.choice(renamed)
    for i, v in enumerate(chosen, start=1):
        item = _rename if v.former_name and rng.random() < 0.7 else rng.choice(_ITEMS)
        if item is _rename and not v.former_name:
            item = rng.choice((_addition, _renewal))
        page.add(f"{i}. ")
        item(page, rng, v, rfmo)
        page.add("\n\n")
    page.line("Yours sincerely,").line().line("Executive Secretary")
    return page
