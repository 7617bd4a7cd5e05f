"""'Key: value' lines (licences, registry extracts, forms): the key says what the value is."""

from __future__ import annotations

import re
from collections.abc import Callable

from oceanid_assets.preannotate.rules.base import checked, lines_with, make, word_start
from oceanid_assets.preannotate.rules.dates import DATE_RE
from oceanid_assets.preannotate.rules.vocab import (
    COUNTRY_NAME_SET,
    FAO_AREAS,
    FAO_CODE_RE,
    METRIC_TYPE_RE,
    NUMBER_RE,
    SPECIES,
    SPECIES_CODE_RE,
    SPECIES_NAME_RE,
    UNIT_RE,
    is_country_code,
)
from oceanid_assets.preannotate.spans import Span

KV_RE = re.compile(
    r"^[ \t]*([A-Za-z][A-Za-z0-9 .()/'&-]{0,48}?)[ \t]*:[ \t]*(\S[^\n]*?)[ \t]*$", re.M
)
_COLON = re.compile(":")
_EMPTY = re.compile(r"(?:none|none recorded|n/?a|nil|-+|unknown|not applicable)\.?", re.I)
_BRACKETED_CODE = re.compile(r"\(([A-Z]{3})\)")
_STREET = re.compile(
    r"\d|\b(?:road|rd|street|st|avenue|ave|avenida|calle|highway|box|room|floor|piso|torre|"
    r"office|suite|ul|building|bldg|lane|wharf|quay|district|block)\b",
    re.I,
)

# (key pattern, kind); first match wins, so specific keys come before general ones.
_KEYS: tuple[tuple[str, str], ...] = (
    (r"(?:former|previous|old) names?(?:\(s\))?|ex[- ]names?", "NAME_CHANGE"),
    (r"(?:former|previous|old) flags?(?:\(s\))?", "FLAG_CHANGE"),
    (r"(?:former|previous|old) (?:call ?sign|ircs|imo|mmsi)\w*", "ID_CHANGE"),
    (r"company (?:registration|reg\.?) (?:no\.?|number)|company no\.?", "REG_NO"),
    (r"(?:name of (?:the )?vessel|vessel(?:'s)? name|ship(?:'s)? name|vessel)", "VESSEL_NAME"),
    (r"flag(?: state)?", "FLAG"),
    (r"(?:port of regist(?:ry|ration)|home port|port)", "PORT"),
    (r"imo(?: no\.?| number)?", "IMO"),
    (r"mmsi(?: no\.?| number)?", "MMSI"),
    (r"(?:international )?(?:radio )?call ?sign|ircs", "IRCS"),
    (r"(?:eu )?cfr(?: no\.?| number)?", "EU_CFR"),
    (r"external (?:marking|markings|registration)|side number|pln", "OTHER_EXT_ID"),
    (
        r"(?:national )?(?:registration|reg\.?|registry) (?:no\.?|number)|official number",
        "NATIONAL_REG_NO",
    ),
    (r"(?:licen[cs]e|permit|authori[sz]ation) (?:no\.?|number)", "LICENSE_NO"),
    (
        r"(?:type of (?:licen[cs]e|authori[sz]ation|permit)|(?:licen[cs]e|authori[sz]ation) type)",
        "AUTH_TYPE",
    ),
    (r"(?:year of (?:build|construction)|year built|build year|built)", "BUILD_YEAR"),
    (r"place of (?:build|construction)|built at", "BUILD_PLACE"),
    (r"shipyard|builder", "ASSOC_NAME"),
    (r"(?:registered )?owner|operator|licen[cs]e holder|company|manager|charterer", "ASSOC_NAME"),
    (r"capacity|role", "ASSOC_ROLE"),
    (r"name", "NAME"),
    (r"address|registered address", "ADDRESS"),
    (r"(?:authori[sz]ed|fishing|licensed) areas?|areas?(?: of operation)?|fao areas?", "AREA"),
    (r"(?:target |authori[sz]ed )?species", "SPECIES"),
    (
        r"date of (?:registration|entry)|valid from|start date|effective date|date from",
        "START_DATE",
    ),
    (r"valid (?:to|until)|expiry(?: date)?|expiration(?: date)?|end date|date to", "END_DATE"),
)
# One alternation, a group per key: the first key pattern that matches the whole key wins.
_KEY_RE = re.compile("|".join(f"(?P<k{i}>{pattern})" for i, (pattern, _) in enumerate(_KEYS)), re.I)
_ASSOC_CONTEXT = re.compile(r"owner|capacity|role|holder|operator|company|ownership", re.I)

Handler = Callable[[str, int, int], list[Span]]


def _one(label: str, confidence: float = 0.85) -> Handler:
    def handle(text: str, start: int, end: int) -> list[Span]:
        span = checked(text, start, end, label, confidence)
        return [span] if span else []

    return handle


def _port(text: str, start: int, end: int) -> list[Span]:
    value = text[start:end]
    city, comma, state = value.partition(",")
    spans = [make(text, start, start + len(city), "HOME_PORT", 0.8)]
    if comma and state.strip():
        spans.append(make(text, start + len(city) + 1, end, "HOME_PORT_STATE", 0.7))
    return [s for s in spans if s]


def _parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Comma-separated pieces of text[start:end] as offsets."""
    pieces, cursor = [], start
    for piece in text[start:end].split(","):
        pieces.append((cursor, cursor + len(piece)))
        cursor += len(piece) + 1
    return pieces


def address_spans(text: str, start: int, end: int) -> list[Span]:
    pieces = _parts(text, start, end)
    spans: list[Span | None] = []
    last = text[pieces[-1][0] : pieces[-1][1]].strip()
    if len(pieces) > 1 and (is_country_code(last) or last in COUNTRY_NAME_SET):
        spans.append(make(text, *pieces[-1], "COUNTRY_CODE", 0.8))
        pieces = pieces[:-1]
    # Street pieces carry numbers or street words; the plain names after them are city, state.
    street_end = 0
    for i, (a, b) in enumerate(pieces):
        if _STREET.search(text, a, b):
            street_end = i + 1
    street_end = max(street_end, 1, len(pieces) - 2)
    spans.append(make(text, pieces[0][0], pieces[street_end - 1][1], "ADDRESS", 0.7))
    rest = pieces[street_end:]
    for (a, b), label in zip(rest, ("CITY", "STATE"), strict=False):
        spans.append(make(text, a, b, label, 0.7))
    return [s for s in spans if s]


def _build_place(text: str, start: int, end: int) -> list[Span]:
    pieces = _parts(text, start, end)
    last = text[pieces[-1][0] : pieces[-1][1]].strip()
    spans: list[Span | None] = []
    if last in COUNTRY_NAME_SET or is_country_code(last):
        spans.append(make(text, *pieces[-1], "BUILD_COUNTRY", 0.8))
        pieces = pieces[:-1]
    if pieces:
        spans.append(make(text, pieces[0][0], pieces[-1][1], "BUILDER_LOCATION", 0.7))
    return [s for s in spans if s]


def _area(text: str, start: int, end: int) -> list[Span]:
    spans: list[Span | None] = []
    value = text[start:end]
    # A parenthesised area name follows the code; its words are not codes.
    cut = value.find("(")
    for m in FAO_CODE_RE.finditer(text, start, start + cut if cut >= 0 else end):
        if m.group() in FAO_AREAS:
            spans.append(make(text, m.start(), m.end(), "FAO_AREA_CODE", 0.85))
    return [s for s in spans if s]


def species_in(
    text: str, start: int, end: int, confidence: float = 0.85, *, bare_codes: bool = True
) -> list[Span]:
    """Species names, and ASFIS codes: anywhere in a species field, but in running text only
    in brackets, since three capitals there are more often a country or an acronym."""
    spans: list[Span | None] = []
    for m in SPECIES_NAME_RE.finditer(text, start, end):
        if not word_start(text, m.start()):
            continue
        spans.append(make(text, m.start(), m.end(), "SPECIES_NAME", confidence))
    for m in (SPECIES_CODE_RE if bare_codes else _BRACKETED_CODE).finditer(text, start, end):
        if m.group(1) in SPECIES:
            spans.append(make(text, m.start(1), m.end(1), "SPECIES_NAME", confidence))
    return [s for s in spans if s]


def _dated(label: str) -> Handler:
    def handle(text: str, start: int, end: int) -> list[Span]:
        m = DATE_RE.search(text, start, end)
        span = checked(text, m.start(), m.end(), label, 0.85) if m else None
        return [span] if span else []

    return handle


def metric_spans(text: str, type_start: int, type_end: int, start: int, end: int) -> list[Span]:
    """'<type>: <value> <unit>' as three spans; the value must lead the value text."""
    m = NUMBER_RE.match(text, start, end)
    if not m:
        return []
    spans = [make(text, type_start, type_end, "METRIC_TYPE", 0.85)]
    spans.append(make(text, m.start(), m.end(), "METRIC_VALUE", 0.85))
    pos = m.end()
    while pos < end and text[pos] == " ":
        pos += 1
    unit = UNIT_RE.match(text, pos, end)
    if unit and (unit.end() == end or not text[unit.end()].isalnum()):
        spans.append(make(text, unit.start(), unit.end(), "METRIC_UNIT", 0.85))
    return [s for s in spans if s]


_HANDLERS: dict[str, Handler] = {
    "PORT": _port,
    "ADDRESS": address_spans,
    "BUILD_PLACE": _build_place,
    "AREA": _area,
    "SPECIES": species_in,
    "START_DATE": _dated("START_DATE"),
    "END_DATE": _dated("END_DATE"),
}


def find_key_values(text: str) -> list[Span]:
    spans: list[Span] = []
    recent_keys: list[str] = []
    # KV_RE matches whole lines, and only those with a colon; scanning the page for a line start
    # would try every position (see base).
    for line_start, line_end in lines_with(text, _COLON):
        m = KV_RE.match(text, line_start, line_end)
        if m is None:
            continue
        key, (start, end) = m.group(1), m.span(2)
        recent_keys = [*recent_keys[-2:], key]
        if METRIC_TYPE_RE.fullmatch(key):
            spans += metric_spans(text, m.start(1), m.end(1), start, end)
            continue
        known = _KEY_RE.fullmatch(key)
        if known is None or _EMPTY.fullmatch(text[start:end]):
            continue
        kind = _KEYS[int((known.lastgroup or "")[1:])][1]
        if kind == "NAME":
            # A bare "Name:" is the vessel's unless it sits among owner/role lines.
            near = " ".join(recent_keys[:-1]) + text[max(0, m.start() - 120) : m.start()]
            kind = "ASSOC_NAME" if _ASSOC_CONTEXT.search(near) else "VESSEL_NAME"
        handler = _HANDLERS.get(kind) or _one(kind)
        spans += handler(text, start, end)
    return spans
