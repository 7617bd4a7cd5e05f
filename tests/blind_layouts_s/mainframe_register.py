"""A flag State's register printed from an old mainframe: ALL CAPS, 80 columns, continuations."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import timedelta

from oceanid_dev.demo.vessels import Vessel

from . import _vocab
from ._common import (
    Ident,
    country_name,
    digits,
    fmt_date,
    invent_call_sign,
    letters,
    pad,
    paginate,
    pick_same_flag,
    port_city,
    port_province,
    some_date,
)
from ._page import PageDraft

LAYOUT = "mainframe_register"
WIDTH = 80

_TITLES = {
    "en": ("MARITIME ADMINISTRATION", "REGISTER OF FISHING VESSELS", "FLAG STATE"),
    "es": ("AUTORIDAD MARITIMA", "REGISTRO DE BUQUES PESQUEROS", "ESTADO DE PABELLON"),
}
_FILLERS = (
    "*** END OF EXTRACT - INFORMATION AS HELD ON THE REGISTER AT THE RUN DATE ***",
    "NOTE: TONNAGES UNDER ITC 1969. LENGTHS IN METRES. DATES DDMMMYYYY.",
    "THIS EXTRACT IS NOT A CERTIFICATE OF REGISTRY AND CONFERS NO TITLE.",
    "FOR CERTIFIED COPIES APPLY TO THE REGISTRAR, FORM RG-12, FEE 25.00.",
    "JOB RGS410 STEP 02 RC=0000   SPOOL FILE 0047   PRINTER PRT3",
    "DISTRIBUTION: REGISTRY FILE / FISHERIES LICENSING UNIT / MCS CENTRE",
)


def _up(text: str) -> str:
    return text.upper()


def _flag_name(iso3: str, lang: str) -> str:
    return _up(country_name(iso3, lang))


def _vessels(vessels: Sequence[Vessel], rng: random.Random, count: int) -> list[Ident]:
    best: list[Ident] = []
    for _ in range(6):
        group = pick_same_flag(vessels, rng, count)
        if group[0].flag and len(group) > len(best):
            best = group
        if len(best) >= count:
            break
    return best or pick_same_flag(vessels, rng, count)


def _address(page: PageDraft, v: Ident, key: str, lang: str, rng: random.Random) -> None:
    """Owner address over continuation lines: street; city and province; country and phone."""
    street = _up(f"NO {rng.randint(1, 288)} {rng.choice(_vocab.STREETS)}")
    page.line(key, (street, "ADDRESS"))
    if v.port:
        page.put(key, (_up(port_city(v.port)), "CITY"))
        province = port_province(v.port)
        if province:
            page.put(" ", (_up(province), "STATE"))
        page.add("\n")
    page.put(key)
    if v.flag:
        page.add(_flag_name(v.flag, lang), "COUNTRY_CODE")
    page.line(f"  TEL {digits(rng, 4)}-{digits(rng, 7)}")


def _listing_record(v: Ident, lang: str, rng: random.Random) -> PageDraft:
    rec = PageDraft()
    rec.cell(f"{rng.randint(1, 99999):07d}", 9, "NATIONAL_REG_NO")
    long_name = len(v.name) > 22
    if long_name:
        rec.cell("(SEE +NAM)", 23)
    else:
        rec.cell(_up(v.name), 23, "VESSEL_NAME")
    rec.cell(v.ircs, 9, "IRCS") if v.ircs else rec.cell("*NONE*", 9)
    rec.cell(v.imo, 9, "IMO") if v.imo else rec.cell("0000000", 9)
    rec.cell(v.mmsi, 10, "MMSI") if v.mmsi else rec.cell("-", 10)
    rec.cell(v.gt, 7, "METRIC_VALUE", right=True) if v.gt else rec.cell("-", 7, right=True)
    rec.cell(f"{float(v.loa):.2f}", 7, "METRIC_VALUE", right=True) if v.loa else rec.cell(
        "-", 7, right=True
    )
    rec.cell(v.year, 5, "BUILD_YEAR", right=True) if v.year else rec.cell("-", 5, right=True)
    rec.add("\n")
    if long_name:
        rec.line("   +NAM : ", (_up(v.name), "VESSEL_NAME"))
    registered = some_date(rng, 2005, 2024)
    expires = registered + timedelta(days=365 * rng.choice((1, 5, 5, 10)) - 1)
    style = rng.choice(("mf", "short"))
    if v.owner:
        rec.put("   +OWN : ").cell(_up(v.owner), 40, "ASSOC_NAME")
    else:
        rec.put("   +OWN : ").cell("** SEE FILE **", 40)
    rec.line("REG ", (fmt_date(registered, style), "START_DATE"))
    if v.owner:
        street = _up(f"{rng.randint(1, 288)} {rng.choice(_vocab.STREETS)}")
        rec.put("   +ADR : ", (street, "ADDRESS"))
        if v.port:
            rec.put(", ", (_up(port_city(v.port)), "CITY"))
        rec.add(" " * max(1, 40 - len(street) - (len(port_city(v.port)) + 2 if v.port else 0)))
    else:
        rec.put("   +ADR : ").cell("", 40)
    rec.line("EXP ", (fmt_date(expires, style), "END_DATE"))
    extra = rng.random()
    rec.put("   +PRT : ")
    if v.port:
        rec.cell(_up(v.port), 28, "HOME_PORT")
    else:
        rec.cell("UNKNOWN", 28)
    if v.former_name and extra < 0.7:
        rec.line("EX: ", (_up(v.former_name), "NAME_CHANGE"))
    elif extra < 0.3:
        former = invent_call_sign(v.flag, rng)
        rec.line("PREV C/S: ", (former, "ID_CHANGE")) if former else rec.line("PREV C/S: NIL")
    else:
        rec.line(f"FILE {letters(rng, 2)}/{digits(rng, 5)}")
    return rec


def _listing(vessels: Sequence[Vessel], rng: random.Random, lang: str) -> list[PageDraft]:
    group = _vessels(vessels, rng, rng.randint(6, 18))
    flag = group[0].flag
    run = some_date(rng, 2022, 2025)
    titles = _TITLES[lang]
    program = f"RGS{rng.randint(100, 999)}"

    def head(number: int) -> PageDraft:
        page = PageDraft()
        page.line(f"{program}-01".ljust(18), titles[0].center(44), f"PAGE {number:>4}".rjust(18))
        page.line(
            f"RUN {fmt_date(run, 'short')} {rng.randint(0, 23):02d}.{rng.randint(0, 59):02d}".ljust(
                18
            ),
            titles[1].center(44),
            f"USER {letters(rng, 6)}".rjust(18),
        )
        page.put(f"{titles[2]}: ")
        if flag:
            page.line((_flag_name(flag, lang), "FLAG"))
        else:
            page.line("--------")
        page.line("=" * WIDTH)
        cols = ("OFF.NO", "NAME OF VESSEL", "CALL SGN", "IMO NO.", "MMSI", "GT", "LOA(M)", "YR")
        widths = (9, 23, 9, 9, 10, 7, 7, 5)
        for index, (col, width) in enumerate(zip(cols, widths, strict=True)):
            page.add(col.rjust(width) if index >= 5 else col.ljust(width))
        page.add("\n")
        page.line(" ".join("-" * (w - 1) for w in widths))
        return page

    def tail(number: int) -> PageDraft:
        foot = PageDraft()
        foot.line("-" * WIDTH)
        foot.line(
            f"RECORDS LISTED THIS PAGE ... CONTINUED   TRAN {letters(rng, 1)}{digits(rng, 3)}"
        )
        return foot

    blocks = [_listing_record(v, lang, rng) for v in group]
    pages = paginate(blocks, head, tail, max_pages=rng.randint(1, 3))
    for page in pages:
        pad(page, _FILLERS, rng)
        page.rstrip_lines()
    return pages


def _kv(page: PageDraft, key: str, width: int = 16) -> PageDraft:
    return page.put(" ", (key + " ").ljust(width, ".") + ": ")


def _inquiry(v: Ident, lang: str, rng: random.Random, screen: int, screens: int) -> PageDraft:
    page = PageDraft()
    titles = _TITLES[lang]
    run = some_date(rng, 2022, 2025)
    page.line(
        f"VRS{rng.randint(100, 999)}".ljust(18),
        titles[0].center(44),
        fmt_date(run, "short").rjust(18),
    )
    page.line(
        f"TERM T{digits(rng, 2)}{letters(rng, 1)}".ljust(18),
        titles[1].center(44),
        f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}".rjust(18),
    )
    page.line(
        " " * 18,
        "VESSEL PARTICULARS - INQUIRY".center(44),
        f"SCREEN {screen:02d} OF {screens:02d}".rjust(18),
    )
    page.put(f"{titles[2]}: ")
    if v.flag:
        page.line((_flag_name(v.flag, lang), "FLAG"))
    else:
        page.line("NOT RECORDED")
    page.line("-" * WIDTH)
    registered = some_date(rng, 2005, 2024)
    expires = registered + timedelta(days=365 * rng.choice((1, 5, 10)) - 1)
    _kv(page, "OFFICIAL NO").cell(f"{rng.randint(1, 99999):07d}", 22, "NATIONAL_REG_NO")
    _kv(page, "STATUS").line(rng.choice(("REGISTERED", "PROVISIONAL", "REGISTERED")))
    _kv(page, "NAME OF VESSEL").line((_up(v.name), "VESSEL_NAME"))
    _kv(page, "CALL SIGN")
    page.cell(v.ircs, 22, "IRCS") if v.ircs else page.cell("NOT ALLOCATED", 22)
    _kv(page, "IMO NUMBER")
    page.line((v.imo, "IMO")) if v.imo else page.line("NIL")
    _kv(page, "MMSI")
    page.line((v.mmsi, "MMSI")) if v.mmsi else page.line("NIL")
    _kv(page, "PORT OF REGISTRY")
    page.line((_up(v.port), "HOME_PORT")) if v.port else page.line("-")
    page.add(" ")
    if v.gt:
        page.put(("GROSS TONNAGE", "METRIC_TYPE"), " ..: ").cell(v.gt, 22, "METRIC_VALUE")
        page.put(
            " ",
            ("NET TONNAGE", "METRIC_TYPE"),
            " ....: ",
            (str(int(int(v.gt) * 0.3)), "METRIC_VALUE"),
        )
    else:
        page.put("GROSS TONNAGE ..: ").cell("NOT MEASURED", 22)
    page.add("\n ")
    if v.loa:
        page.put(
            ("LENGTH OVERALL", "METRIC_TYPE"),
            " .: ",
            (f"{float(v.loa):.2f}", "METRIC_VALUE"),
            " ",
            ("M", "METRIC_UNIT"),
        )
        page.add(" " * (22 - len(f"{float(v.loa):.2f} M")))
    else:
        page.put("LENGTH OVERALL .: ").cell("-", 22)
    _kv(page, "YEAR BUILT")
    page.line((v.year, "BUILD_YEAR")) if v.year else page.line("-")
    yards = _vocab.SHIPYARDS.get(v.flag or "", _vocab.GENERIC_YARDS)
    if rng.random() < 0.6:
        _kv(page, "BUILDER").line((_up(rng.choice(yards)), "BUILDER_LOCATION"))
    _kv(page, "REGISTERED ON").cell(fmt_date(registered, "mf"), 22, "START_DATE")
    _kv(page, "CERT EXPIRES").line((fmt_date(expires, "mf"), "END_DATE"))
    if v.owner:
        _kv(page, "OWNER").line((_up(v.owner), "ASSOC_NAME"))
        _address(page, v, "   " + "CONT ".ljust(14, ".") + ": ", lang, rng)
        if rng.random() < 0.5:
            _kv(page, "OWNER REG NO").line((f"{letters(rng, 2)}{digits(rng, 7)}", "REG_NO"))
    else:
        _kv(page, "OWNER").line("SEE OWNERSHIP SCREEN (PF5)")
    if v.former_name:
        _kv(page, "FORMER NAME").line((_up(v.former_name), "NAME_CHANGE"))
    if rng.random() < 0.3:
        former = invent_call_sign(v.flag, rng)
        if former:
            _kv(page, "FORMER C/S").line((former, "ID_CHANGE"))
    _kv(page, "REMARKS").line("LICENSED FOR HIGH SEAS FISHING - SEE LICENCE FILE")
    page.line(
        "   "
        + "CONT ".ljust(14, ".")
        + ": "
        + f"VMS UNIT S/N {digits(rng, 8)} FITTED {fmt_date(registered, 'short')}"
    )
    page.line("-" * WIDTH)
    page.line(
        "PF1=HELP  PF3=END  PF5=OWNERS  PF7=BACK  PF8=FWD  PF12=CANCEL"
        + ("MORE..." if screen < screens else "").rjust(17)
    )
    pad(page, _FILLERS, rng)
    page.rstrip_lines()
    return page


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = rng.choices(("en", "es"), weights=(3, 1))[0]
    if rng.random() < 0.5:
        return _listing(vessels, rng, lang)
    group = _vessels(vessels, rng, rng.randint(1, 3))
    return [_inquiry(v, lang, rng, i, len(group)) for i, v in enumerate(group, start=1)]
