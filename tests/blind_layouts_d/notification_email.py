"""A flag State's notification e-mail to an RFMO secretariat, printed as plain text: mail
headers, a greeting, vessels as bullet lines or sentences, a de-listed vessel, a signature, and
often the secretariat's earlier message quoted with '>'. English or Spanish."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence

from oceanid_dev.demo.vessels import Vessel

from ._page import PageBuilder, PageDraft, Piece
from ._vocab import RFMOS, Profile, country, fmt_date, profile, some_day, validity

LAYOUT = "notification_email"

_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_SENDERS = (
    ("Fisheries Licensing Unit", "licensing@fisheries.gov.example"),
    ("Bureau of Distant-Water Fisheries", "dwf-notify@agri.example.org"),
    ("Dirección de Flota Pesquera", "flota@pesca.gob.example"),
    ("Compliance Officer", "compliance@mofa.example.net"),
)


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    spanish = rng.random() < 0.35
    rfmo = rng.choice(("IATTC", "SPRFMO", "ICCAT") if spanish else sorted(RFMOS))
    lang = "es" if spanish else "en"
    chosen = rng.sample(list(vessels), min(len(vessels), rng.randint(3, 8)))
    profiles = [profile(v, rng, rfmo) for v in chosen]
    removed, listed = profiles[0], profiles[1:]
    start, end = validity(rng)
    date_style = rng.choice(("long", "dmy_slash", "iso") + (() if spanish else ("d_mon_y",)))
    acronym = "CIAT" if rfmo == "IATTC" and spanish and rng.random() < 0.5 else rfmo
    bullet_style = rng.choice(("paren", "slash", "dash", "sentence"))
    sent = some_day(rng, 2023, 2026)
    sender, address = rng.choice([s for s in _SENDERS if s[0].startswith("Direc") == spanish])
    areas = rng.sample(RFMOS[rfmo][0], min(2, len(RFMOS[rfmo][0])))

    b = PageBuilder()
    stamp = f"{_WEEKDAYS[sent.weekday()]}, {sent.day:02d} {_MONTHS[sent.month - 1]} {sent.year}"
    time = f"{rng.randint(7, 18):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    headers = ("De", "Para", "Asunto", "Fecha") if spanish else ("From", "To", "Subject", "Date")
    b.line(f"{headers[0]}: {sender} <{address}>")
    b.line(f"{headers[1]}: secretariat@", (rfmo.lower(), None), ".int")
    b.add(f"{headers[2]}: RE: ")
    if spanish:
        b.add("Notificación de buques autorizados \u2013 ")
    else:
        b.add("Notification of authorised vessels \u2013 ")
    b.add(acronym, "RFMO_CODE").add(" actualización del Registro" if spanish else " Record update")
    b.newline()
    b.line(f"{headers[3]}: {stamp} {time} +0{rng.randint(0, 9)}00")
    b.newline()
    b.line(
        "Estimados colegas:" if spanish else rng.choice(("Dear Secretariat,", "Dear colleagues,"))
    )
    b.newline()
    intro: list[Piece]
    if spanish:
        intro = [
            (
                "Les comunicamos los buques autorizados a pescar en el área de la Convención "
                "de la ",
                None,
            ),
            (acronym, "RFMO_CODE"),
            (" (zonas FAO ", None),
        ]
    else:
        intro = [
            ("Please find below the vessels authorised to fish in the ", None),
            (rfmo, "RFMO_CODE"),
            (" Convention Area (FAO areas ", None),
        ]
    for index, area in enumerate(areas):
        intro += [(" y " if spanish else " and ", None)] if index else []
        intro.append((area, "FAO_AREA_CODE"))
    intro += [
        (") del " if spanish else ") from ", None),
        (fmt_date(start, date_style, lang), "START_DATE"),
        (" al " if spanish else " to ", None),
        (fmt_date(end, date_style, lang), "END_DATE"),
        (":", None),
    ]
    b.line(*intro)
    b.newline()
    split = (
        len(listed) if len(listed) < 5 or rng.random() < 0.5 else rng.randint(3, len(listed) - 1)
    )
    for number, p in enumerate(listed[:split], start=1):
        b.line(*_bullet(p, number, bullet_style, lang, rng))
    pages: list[PageDraft] = []
    if split < len(listed):
        b.newline().line(f"Page 1 of 2{' ' * rng.randint(4, 40)}{sent.isoformat()}")
        pages.append(b.draft())
        b = PageBuilder()
        for number, p in enumerate(listed[split:], start=split + 1):
            b.line(*_bullet(p, number, bullet_style, lang, rng))
    b.newline()
    expired = fmt_date(some_day(rng, 2024, 2025), date_style, lang)
    if spanish:
        b.line(
            "Asimismo, la autorización del buque ",
            (removed.name, "VESSEL_NAME"),
            *_ids_in_parentheses(removed, lang),
            " expiró el ",
            (expired, "END_DATE"),
            " y debe retirarse del Registro.",
        )
        b.newline().line("Atentamente,")
    else:
        b.line(
            "The authorisation of ",
            (removed.name, "VESSEL_NAME"),
            *_ids_in_parentheses(removed, lang),
            " expired on ",
            (expired, "END_DATE"),
            "; please remove it from the Record.",
        )
        b.newline().line(rng.choice(("Best regards,", "Kind regards,", "Yours sincerely,")))
    b.line(sender)
    if rng.random() < 0.6:
        _quoted(
            b,
            acronym,
            lang,
            listed[0],
            fmt_date(sent - dt.timedelta(days=rng.randint(2, 9)), date_style, lang),
        )
    pages.append(b.draft())
    return pages


def _ids_in_parentheses(p: Profile, lang: str) -> list[Piece]:
    pieces: list[Piece] = []
    if p.ircs:
        pieces += [("indicativo " if lang == "es" else "call sign ", None), (p.ircs, "IRCS")]
    if p.imo:
        pieces += [(", " if pieces else "", None), ("OMI " if lang == "es" else "IMO ", None)]
        pieces.append((p.imo, "IMO"))
    return [(" (", None), *pieces, (")", None)] if pieces else []


def _bullet(p: Profile, number: int, style: str, lang: str, rng: random.Random) -> list[Piece]:
    es = lang == "es"
    if style == "sentence":
        pieces: list[Piece] = [(f"{number}. ", None)]
        pieces += [("El buque " if es else "", None), (p.name, "VESSEL_NAME")]
        if p.flag:
            pieces += [(", de bandera de " if es else ", flagged to ", None)]
            pieces.append((country(p.flag, lang), "FLAG"))
        if p.ircs:
            pieces += [
                (", indicativo de llamada " if es else ", call sign ", None),
                (p.ircs, "IRCS"),
            ]
        if p.imo:
            pieces += [(", número OMI " if es else ", IMO number ", None), (p.imo, "IMO")]
        if p.gross_tonnage:
            pieces += [(", con " if es else ", ", None)]
            if es:
                pieces += [("arqueo bruto", "METRIC_TYPE"), (" de ", None)]
            pieces += [(p.gross_tonnage, "METRIC_VALUE"), (" ", None), ("GT", "METRIC_UNIT")]
        if p.owner:
            pieces += [(", propiedad de " if es else ", owned by ", None), (p.owner, "ASSOC_NAME")]
        return [*pieces, ("" if pieces[-1][0].endswith(".") else ".", None)]
    parts: list[list[Piece]] = []
    sign_key = {"paren": "IRCS ", "slash": "call sign: ", "dash": "C/S "}[style]
    imo_key = {"paren": "IMO ", "slash": "IMO: ", "dash": "IMO "}[style]
    if es:
        sign_key = {"paren": "indicativo ", "slash": "indicativo: ", "dash": "Ind. "}[style]
        imo_key = imo_key.replace("IMO", "OMI")
    if p.ircs:
        parts.append([(sign_key, None), (p.ircs, "IRCS")])
    if p.imo:
        parts.append([(imo_key, None), (p.imo, "IMO")])
    if p.mmsi:
        parts.append([("MMSI " if style != "slash" else "MMSI: ", None), (p.mmsi, "MMSI")])
    if style != "paren" and rng.random() < 0.6:
        parts.append([("licencia " if es else "licence ", None), (p.licence_no, "LICENSE_NO")])
    sep = {"paren": ", ", "slash": " / ", "dash": " — "}[style]
    pieces = [("- " if style == "paren" else ("* " if style == "slash" else f"{number}) "), None)]
    pieces.append((p.name, "VESSEL_NAME"))
    body: list[Piece] = []
    for index, part in enumerate(parts):
        body += [(sep, None)] if index else []
        body += part
    if style == "paren":
        return [*pieces, (" (", None), *body, (")", None)] if body else pieces
    return [*pieces, (sep, None), *body] if body else pieces


def _quoted(b: PageBuilder, rfmo: str, lang: str, p: Profile, when: str) -> None:
    b.newline()
    if lang == "es":
        b.line(f"El {when}, la Secretaría de la ", (rfmo, "RFMO_CODE"), " escribió:")
        b.line("> Estimados colegas:")
        b.line(
            "> Les rogamos confirmen los datos del buque ",
            (p.name, "VESSEL_NAME"),
            *([(" (indicativo ", None), (p.ircs, "IRCS"), (")", None)] if p.ircs else []),
            ",",
        )
        b.line("> cuya licencia n.º ", (p.licence_no, "LICENSE_NO"), " figura como vencida.")
    else:
        b.line(f"On {when}, the ", (rfmo, "RFMO_CODE"), " Secretariat wrote:")
        b.line("> Dear colleague,")
        b.line(
            "> Could you confirm the particulars of ",
            (p.name, "VESSEL_NAME"),
            *([(" (call sign ", None), (p.ircs, "IRCS"), (")", None)] if p.ircs else []),
            "?",
        )
        b.line("> Our record shows licence ", (p.licence_no, "LICENSE_NO"), " as lapsed.")
    b.line("> ")
    b.line("> Regards," if lang == "en" else "> Saludos,")
