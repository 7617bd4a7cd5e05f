"""Spans in a value whose kind is known: a table cell under a header, or the value after a key.

`value_spans(kind, text, start, end)` reads text[start:end] as a value of that kind (see
`headers`) and returns its spans with exact offsets; a placeholder ("-", "n/a", "—", "none")
gives none. The same reading serves tables of every form and key-value lines of every layout,
so a new wording only has to be taught to `headers`."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from oceanid_assets.preannotate.rules import headers as k
from oceanid_assets.preannotate.rules.base import checked, make, word_start
from oceanid_assets.preannotate.rules.dates import DATE_RE
from oceanid_assets.preannotate.rules.vocab import (
    COUNTRY_NAME_SET,
    FAO_AREAS,
    FAO_CODE_RE,
    NUMBER_RE,
    RFMO_RE,
    SPECIES,
    SPECIES_CODE_RE,
    SPECIES_NAME_RE,
    UNIT_RE,
    country_alpha3,
    is_country_code,
)
from oceanid_assets.preannotate.spans import Span
from oceanid_assets.preannotate.validators import validate

# What registries print for "no value", lower-cased and without a final full stop.
PLACEHOLDERS = frozenset(
    {
        *("-", "--", "---", "\u2014", "\u2013", "/", ".", "*", "?", "none", "none recorded"),
        *("n/a", "na", "nil", "unknown", "not applicable", "s/d", "sin dato", "ninguno"),
        *("ninguna", "neant", "néant", "aucun", "aucune", "n.a", "n/d", "nd"),
        *("tba", "tbc", "pending", "not assigned", "unassigned", "not yet assigned"),
        *("n/k", "unk", "not known", "sans objet", "no procede", "no aplica"),
    }
)
LONGEST_PLACEHOLDER = max(map(len, PLACEHOLDERS))
# The first character of each placeholder in either case: a value that starts with none of
# them is no placeholder, which a table's cells (a hundred a page) are told without lower-
# casing each. (No other character lower-cases to one of these.)
PLACEHOLDER_STARTS = frozenset(ch for p in PLACEHOLDERS for ch in (p[0], p[0].upper()))
# What an address opens with: a number, "No.", a street or building word.
STREET_START = re.compile(
    r"(?:\d|No\.? ?\d|Nº|Jl\.|ul\.|Calle|Avenida|Av\.|Rue|Via|Plot|Unit|Suite|Room|Building|Bldg)"
)
# The vessel's numbers in brackets after its name, read by the identifier finders.
_NUMBERS_IN_BRACKETS = re.compile(r" \((?=[^()]*\d)[^()]*\)$")
# A province or state after a port: a word or two of letters, no key or number.
_PROVINCE = re.compile(r"[A-Za-z][A-Za-z'-]+(?: [A-Za-z][A-Za-z'-]+)?")
_BRACKETED_CODE = re.compile(r"\(([A-Z]{3})\)")
_STREET = re.compile(
    r"\d|\b(?:road|rd|street|st|avenue|ave|avenida|av|calle|c/|highway|box|room|floor|piso|torre|"
    r"office|suite|ul|building|bldg|lane|wharf|quay|district|block|rue|boulevard|bd|chemin|"
    r"quai|place|zone|apartado|casilla|carrera|jr|paseo|plaza)\b",
    re.I,
)
# Name prefixes that are not part of the name (labelset: "without prefixes like F/V or MV").
_NAME_PREFIX = re.compile(r"(?:F/V|FV|M/V|MV|MFV|FN|F/B|B/P|BP|N/O|M/N)\s+")
# A former name's "ex" before it, and the year it was held until after it ("ex SEA GLORY 69-22").
_EX = re.compile(r"\s*(?:ex|EX|Ex)[.-]?\s+|\s*(?:ex|EX)-(?=\S)")
_UNTIL_YEAR = re.compile(r"-\d\d\s*$")
# Not all zeros: "0000000" is a register's "none" (and passes the IMO check digit).
_IMO_DIGITS = re.compile(r"(?!0{7})\d{7}(?!\d)")
_MMSI_DIGITS = re.compile(r"(?!0{9})\d{9}(?!\d)")
# A call sign has a letter: a number under a "Call sign" header is another column's, shifted.
_CALL_SIGN = re.compile(r"(?=[A-Z0-9]*[A-Z])[A-Z0-9]{3,8}(?![A-Z0-9])")
_CFR = re.compile(r"[A-Z]{3}\d{9}(?!\d)")
_YEAR = re.compile(r"(?:18|19|20)\d\d(?!\d)")
_LOCODE = re.compile(r"[A-Z]{2} ?[A-Z2-9]{3}(?![A-Za-z0-9])")
# What joins a year of build to its place: "1987 at Vigo", "1987 à Rongcheng", "1987, Vigo".
_BUILT_AT = re.compile(r"[\s,;/-]*(?:(?:at|in|à|a|en|por|by|par)\s+)?", re.IGNORECASE)
_LIST_SEPARATOR = re.compile(r"\s*(?:[,;/]|\band\b|\by\b|\bet\b)\s*")

Handler = Callable[[str, int, int, float], list[Span]]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\n":
        start += 1
    while end > start and text[end - 1] in " \t\n":
        end -= 1
    return start, end


def is_placeholder(text: str, start: int, end: int) -> bool:
    value = text[start:end].strip()
    if len(value) <= LONGEST_PLACEHOLDER + 1 and _is_one_placeholder(value):
        return True
    # "Sans objet / N/A": one placeholder in each language of a bilingual form.
    return " / " in value and all(_is_one_placeholder(v) for v in value.split(" / "))


def _is_one_placeholder(value: str) -> bool:
    value = value.strip()
    if len(value) >= 3 and not value.strip("0"):
        return True  # "0000000" in an IMO column, "000000000" for an MMSI not set
    return not value or value.lower().removesuffix(".") in PLACEHOLDERS


def _whole(label: str) -> Handler:
    def handle(text: str, start: int, end: int, confidence: float) -> list[Span]:
        span = checked(text, start, end, label, confidence)
        return [span] if span else []

    return handle


def _pattern(regex: re.Pattern[str], label: str) -> Handler:
    """The first token of the value that has the identifier's shape, wherever it sits
    ('IMO 9123456', '9123456 (LR)')."""

    def handle(text: str, start: int, end: int, confidence: float) -> list[Span]:
        for m in regex.finditer(text, start, end):
            if word_start(text, m.start()):
                span = checked(text, m.start(), m.end(), label, confidence)
                return [span] if span else []
        return []

    return handle


# A former identifier named in the same value: "412549357 (previously 412000001)".
_FORMER_CUE = re.compile(
    r"(?:previously|formerly|former|ex|anciennement|ant[ée]rieurement|pr[ée]c[ée]demment|"
    r"anteriormente|antes|antiguo|ancien)\b[\s:=-]*",
    re.IGNORECASE,
)


def _identifier(regex: re.Pattern[str], label: str) -> Handler:
    """The identifier a value holds (as `_pattern`), and the former ones a cue names after it
    as ID_CHANGE."""
    current = _pattern(regex, label)

    def handle(text: str, start: int, end: int, confidence: float) -> list[Span]:
        spans = current(text, start, end, confidence)
        if not spans:
            return spans
        cue = _FORMER_CUE.search(text, spans[0].end, end)
        if cue is not None:
            for m in regex.finditer(text, cue.end(), end):
                if word_start(text, m.start()):
                    former = checked(text, m.start(), m.end(), label, confidence)
                    if former is not None:
                        spans.append(replace(former, label="ID_CHANGE"))
        return spans

    return handle


# A former name in brackets after the name or on a line of its own: "(ex ASAHI MARU NO. 11)".
_FORMER_NAME = re.compile(r"\((?:ex|ex-|formerly|anciennement|antes|anteriormente)[\s:-]+(.+)\)")


def _name(label: str) -> Handler:
    def handle(text: str, start: int, end: int, confidence: float) -> list[Span]:
        start, end = _strip(text, start, end)
        if end > start and text[end - 1] == ")" and (m := _FORMER_NAME.search(text, start, end)):
            former = make(text, m.start(1), m.end(1), "NAME_CHANGE", confidence)
            spans = handle(text, start, m.start(), confidence) if m.start() > start else []
            return [*spans, former] if former else spans
        if end - start >= 5 and text[start:end].isdigit():
            return []  # a seal or serial number under a key that says "vessel's"
        if (
            end > start
            and text[end - 1] == ")"
            and (m := _NUMBERS_IN_BRACKETS.search(text, start, end))
        ):
            end = m.start()  # "HU YU 908 (IMO 9123457, MMSI 412694480)": the name before them
        if m := _NAME_PREFIX.match(text, start, end):
            start = m.end()
        span = make(text, start, end, label, confidence)
        return [span] if span else []

    return handle


def _country(label: str) -> Handler:
    """A country as a name or code; 'Panama (PAN)' is one span, a value that is no country is
    kept with its confidence lowered (the validator's doubt)."""

    def handle(text: str, start: int, end: int, confidence: float) -> list[Span]:
        span = checked(text, start, end, label, confidence)
        if span is None:
            return []
        head, _, _ = span.text.partition(" (")
        if country_alpha3(span.text) is None and country_alpha3(head) is not None:
            span = make(text, span.start, span.start + len(head), label, confidence)
        return [span] if span else []

    return handle


def _parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The pieces of text[start:end] between commas and line ends, as offsets: a name and
    address block goes on over lines ("HONG J-Y" over "No. 371, Yugang Road, ...")."""
    pieces, cursor = [], start
    for piece in _PART_BREAK.split(text[start:end]):
        pieces.append((cursor, cursor + len(piece)))
        cursor += len(piece) + 1
    return pieces


_PART_BREAK = re.compile(r"[,\n]")


# The end of a company's name that follows a comma: "PESCA AUSTRAL, S.A.", "HAI FENG, CO., LTD".
_COMPANY_SUFFIX = re.compile(
    r"(?:S\.?\s?A\.?(?:\s?S\.?)?|S\.?\s?L\.?|S\.?A\.?R\.?L\.?|SARL|SAS|Ltd\.?|LTD\.?|"
    r"Limited|LIMITED|Inc\.?|INC\.?|LLC|L\.L\.C\.|GmbH|B\.?V\.?|N\.?V\.?|AS|ASA|"
    r"Pty\.?(?: Ltd\.?)?|PTY\.?(?: LTD\.?)?|Corp\.?|CORP\.?|Co\.?|CO\.?|C\.?A\.?|S\.?R\.?L\.?|"
    r"Lda\.?|LDA\.?|KK|K\.K\.)",
)


_BRACKETED_COMPANY_NUMBER = re.compile(
    r"\((?:IMO|IMO company|company|reg\.?|registration|USCC|RUC|NIF|CIF)(?: (?:No\.?|number))?"
    r"[ :.#]*([A-Z0-9][A-Z0-9 /.-]{3,22}[0-9A-Z])\)",
    re.I,
)


def associate_spans(text: str, start: int, end: int, confidence: float) -> list[Span]:
    """An owner or operator, with the address a register often prints after the name: 'PESCA
    AUSTRAL, S.A., Calle Mayor 12, 36202 Vigo, Spain' or 'NAME (street, town, country)'. The
    address starts at the first piece after the name that is no company suffix, when what
    follows reads as an address (a number or street word, or a country last)."""
    start, end = _strip(text, start, end)
    bracket = text.find("(", start, end)
    if bracket > start and (number := _BRACKETED_COMPANY_NUMBER.fullmatch(text, bracket, end)):
        # "NAME (IMO 5534855)": the company's own number.
        name = _name("ASSOC_NAME")(text, start, bracket, confidence)
        return name + [s for s in [make(text, *number.span(1), "REG_NO", confidence)] if s]
    if bracket > start and text[start:end].endswith(")"):
        inner_start, inner_end = bracket + 1, end - 1
        if _is_address(text, _parts(text, inner_start, inner_end)):
            name = _name("ASSOC_NAME")(text, start, bracket, confidence)
            return name + address_spans(text, *_strip(text, inner_start, inner_end), confidence)
    pieces = _parts(text, start, end)
    for i in range(1, len(pieces)):
        if _COMPANY_SUFFIX.fullmatch(text[slice(*pieces[i])].strip()):
            continue
        if _is_address(text, pieces[i:]):
            name_end = pieces[i - 1][1]
            address = _strip(text, pieces[i][0], end)
            return _name("ASSOC_NAME")(text, start, name_end, confidence) + address_spans(
                text, *address, confidence - 0.05
            )
        break
    return _name("ASSOC_NAME")(text, start, end, confidence)


def _is_address(text: str, pieces: list[tuple[int, int]]) -> bool:
    if not pieces:
        return False
    last = text[slice(*pieces[-1])].strip().rstrip(".")
    country_last = len(pieces) > 1 and (last in COUNTRY_NAME_SET or is_country_code(last))
    return country_last or any(_STREET.search(text, a, b) for a, b in pieces)


# A port's UN/LOCODE after its name: "Victoria (SCPOV)", "Manta - ECMEC".
_LOCODE_AFTER = re.compile(r"(?:\s*\(\s*|\s+[-\u2013/]\s+)([A-Z]{2} ?[A-Z2-9]{3})\)?\s*$")


def _visited_port(text: str, start: int, end: int, confidence: float) -> list[Span]:
    """A port the vessel calls at: its UN/LOCODE, if the value gives one; not a home port."""
    m = _LOCODE_AFTER.search(text, start, end) or _LOCODE.fullmatch(text, start, end)
    if m is None:
        return []
    group = 1 if m.re is _LOCODE_AFTER else 0
    span = make(text, m.start(group), m.end(group), "PORT_ID", confidence)
    return [span] if span else []


def port_spans(text: str, start: int, end: int, confidence: float) -> list[Span]:
    """'Vigo, Spain' is a home port and its country (HOME_PORT_STATE, per the labelset's
    guideline); 'Penglai, Shandong', a port and its province, is one value; 'Vigo' alone is the
    port; 'Victoria (SCPOV)' is the port and its UN/LOCODE."""
    if (code := _LOCODE_AFTER.search(text, start, end)) and code.start() > start:
        found = make(text, code.start(1), code.end(1), "PORT_ID", confidence)
        return port_spans(text, start, code.start(), confidence) + ([found] if found else [])
    value = text[start:end]
    city, comma, state = value.partition(",")
    if not comma:
        city, paren, state = value.partition("(")
        comma = paren
        state = state.rstrip(") ")
    if comma == "," and _PROVINCE.fullmatch(state.strip()) and not country_alpha3(state.strip()):
        # "FUZHOU, FUJIAN": the port with its province, one value as the register writes it.
        return [s for s in [make(text, start, end, "HOME_PORT", confidence)] if s]
    spans = [make(text, start, start + len(city), "HOME_PORT", confidence)]
    if comma and state.strip() and country_alpha3(state.strip()):
        offset = start + len(city) + 1
        spans.append(make(text, offset, offset + len(state), "HOME_PORT_STATE", confidence - 0.1))
    return [s for s in spans if s]


def _ends_on_a_country(text: str, pieces: list[tuple[int, int]]) -> bool:
    """Whether an address's last part (after a comma or a line end), after others, is a
    country."""
    last = text[pieces[-1][0] : pieces[-1][1]].strip()
    return len(pieces) > 1 and (is_country_code(last) or last in COUNTRY_NAME_SET)


def address_spans(text: str, start: int, end: int, confidence: float = 0.7) -> list[Span]:
    while end > start and text[end - 1] in " .":
        end -= 1  # "..., Chinese Taipei.": the sentence's full stop
    pieces = _parts(text, start, end)
    spans: list[Span | None] = []
    if _ends_on_a_country(text, pieces):
        spans.append(make(text, *pieces[-1], "COUNTRY_CODE", confidence + 0.1))
        pieces = pieces[:-1]
    # Street pieces carry numbers or street words; the plain names after them are city, state.
    street_end = 0
    for i, (a, b) in enumerate(pieces):
        if _STREET.search(text, a, b):
            street_end = i + 1
    street_end = max(street_end, 1, len(pieces) - 2)
    spans.append(make(text, pieces[0][0], pieces[street_end - 1][1], "ADDRESS", confidence))
    rest = pieces[street_end:]
    for (a, b), label in zip(rest, ("CITY", "STATE"), strict=False):
        spans.append(make(text, a, b, label, confidence))
    return [s for s in spans if s]


def address_block(text: str, cells: list[tuple[int, int]], confidence: float) -> list[Span]:
    """The lines under an associate's name: its address, one line or several, then a company
    number ("Company ID 1129305") when one follows."""
    lines: list[tuple[int, int]] = []
    spans: list[Span] = []
    for start, end in cells:
        number = _COMPANY_NUMBER.match(text, start, end)
        if number is not None:
            span = make(text, number.start(1), number.end(1), "REG_NO", confidence)
            spans += [span] if span else []
        else:
            lines.append((start, end))
    if len(lines) == 1:
        return address_spans(text, *lines[0], confidence) + spans
    return address_lines(text, lines, confidence) + spans


_COMPANY_NUMBER = re.compile(
    r"(?:company|co\.?|registration|reg\.?|business)\s*(?:id|no\.?|number|nr)\.?:?\s*(\S+)\s*$",
    re.IGNORECASE,
)


def address_lines(text: str, lines: list[tuple[int, int]], confidence: float) -> list[Span]:
    """An address printed one part a line: the country last (when it is one), the town before
    it, the street lines first."""
    spans: list[Span | None] = []
    lines = [(a, b) for a, b in lines if not is_placeholder(text, a, b)]
    if lines and country_alpha3(text[lines[-1][0] : lines[-1][1]].strip()):
        spans.append(make(text, *lines[-1], "COUNTRY_CODE", confidence))
        lines = lines[:-1]
    if len(lines) > 1 or (lines and not _STREET.search(text, *lines[0])):
        spans += _town_line(text, *lines[-1], confidence)
        lines = lines[:-1]
    spans += [make(text, a, b, "ADDRESS", confidence) for a, b in lines]
    return [s for s in spans if s]


def _town_line(text: str, start: int, end: int, confidence: float) -> list[Span | None]:
    """An address's last line: the town, or the town, its province or state and the country
    one after the other ("Fuzhou, Fujian, China")."""
    pieces = _parts(text, start, end) if "," in text[start:end] else [(start, end)]
    spans: list[Span | None] = []
    if _ends_on_a_country(text, pieces):
        spans.append(make(text, *pieces[-1], "COUNTRY_CODE", confidence))
        pieces = pieces[:-1]
    if len(pieces) > 2:  # more parts than a town and its province: the town line as written
        return [*spans, make(text, pieces[0][0], pieces[-1][1], "CITY", confidence)]
    for (a, b), label in zip(pieces, ("CITY", "STATE"), strict=False):
        spans.append(make(text, a, b, label, confidence))
    return spans


def _build_place(text: str, start: int, end: int, confidence: float) -> list[Span]:
    """'Vigo, Spain' or 'Rongcheng (Chine)': the yard or town, and the country."""
    bracket = text.find("(", start, end)
    if bracket > start and text[start:end].rstrip().endswith(")"):
        inner_end = text.rfind(")", start, end)
        country = text[bracket + 1 : inner_end].strip()
        if country_alpha3(country) is not None:
            pair = [
                make(text, start, bracket, "BUILDER_LOCATION", confidence),
                make(text, bracket + 1, inner_end, "BUILD_COUNTRY", confidence),
            ]
            return [s for s in pair if s]
    pieces = _parts(text, start, end)
    last = text[pieces[-1][0] : pieces[-1][1]].strip()
    spans: list[Span | None] = []
    if last in COUNTRY_NAME_SET or is_country_code(last) or country_alpha3(last):
        spans.append(make(text, *pieces[-1], "BUILD_COUNTRY", confidence))
        pieces = pieces[:-1]
    if pieces:
        spans.append(make(text, pieces[0][0], pieces[-1][1], "BUILDER_LOCATION", confidence))
    return [s for s in spans if s]


def _areas(text: str, start: int, end: int, confidence: float) -> list[Span]:
    spans: list[Span | None] = []
    # A parenthesised area name follows the code; its words are not codes.
    cut = text.find("(", start, end)
    for m in FAO_CODE_RE.finditer(text, start, cut if cut >= 0 else end):
        if m.group() in FAO_AREAS:
            spans.append(make(text, m.start(), m.end(), "FAO_AREA_CODE", confidence))
    return [s for s in spans if s]


def species_in(
    text: str,
    start: int,
    end: int,
    confidence: float = 0.85,
    *,
    bare_codes: bool = True,
    words: str | None = None,
) -> list[Span]:
    """Species names, and ASFIS codes: anywhere in a species field, but in running text only
    in brackets, since three capitals there are more often a country or an acronym. `words`:
    `words_of(text[start:end])`, where each is looked for first: on a page whose tables are
    blanked, a scan of the words costs half of one of the page."""
    codes = SPECIES_CODE_RE if bare_codes else _BRACKETED_CODE
    names_here = words is None or SPECIES_NAME_RE.search(words) is not None
    codes_here = words is None or codes.search(words) is not None
    spans: list[Span | None] = []
    for m in SPECIES_NAME_RE.finditer(text, start, end) if names_here else ():
        if not word_start(text, m.start()):
            continue
        spans.append(make(text, m.start(), m.end(), "SPECIES_NAME", confidence))
    for m in codes.finditer(text, start, end) if codes_here else ():
        if m.group(1) in SPECIES:
            spans.append(make(text, m.start(1), m.end(1), "SPECIES_NAME", confidence))
    if not bare_codes and (words is None or SPECIES_CODE_RE.search(words) is not None):
        spans += _codes_with_quantities(text, start, end, confidence)
    return [s for s in spans if s]


# An ASFIS code with its catch: "ALB 1355 kg", "BET: 2.4 t", two or more on a line ("ALB 1355
# SWO 1284"), as a logbook or a landing note writes them.
_CODE_QUANTITY = re.compile(
    r"(?<![\w-])([A-Z]{3}):? (\d[\d,.]*)(?: ?(kg|KG|t|mt|MT|tonnes?|tons?)(?!\w))?"
)


def _codes_with_quantities(text: str, start: int, end: int, confidence: float) -> list[Span | None]:
    found = [m for m in _CODE_QUANTITY.finditer(text, start, end) if m.group(1) in SPECIES]
    lines: dict[int, int] = {}
    for m in found:
        line = text.rfind("\n", 0, m.start())
        lines[line] = lines.get(line, 0) + 1
    return [
        make(text, m.start(1), m.end(1), "SPECIES_NAME", confidence)
        for m in found
        if m.group(3) or lines[text.rfind("\n", 0, m.start())] >= 2
    ]


def _species(text: str, start: int, end: int, confidence: float) -> list[Span]:
    return species_in(text, start, end, confidence)


# A date as a fixed-width listing or an export prints it (31DEC26, 261231, 31/12/26): read only
# as a whole value under a key or header that says it is a date.
_COMPACT_DATE = re.compile(
    r"\d{1,2}[A-Za-z]{3}\d{2}(?:\d{2})?|\d{8}|\d{6}|\d{1,2}([./-])\d{1,2}\1\d{2}"
)


def _dated(label: str) -> Handler:
    def handle(text: str, start: int, end: int, confidence: float) -> list[Span]:
        m = DATE_RE.search(text, start, end)
        if m is None:
            m = _COMPACT_DATE.fullmatch(text, *_strip(text, start, end))
        span = checked(text, m.start(), m.end(), label, confidence) if m else None
        return [span] if span else []

    return handle


def _period(text: str, start: int, end: int, confidence: float) -> list[Span]:
    """'01/01/2025 - 31/12/2025' or 'du 1 mars 2025 au ...': the first date starts, the last
    ends."""
    found = [m for m in DATE_RE.finditer(text, start, end) if word_start(text, m.start())]
    if len(found) < 2:
        return []
    spans = [
        checked(text, found[0].start(), found[0].end(), "START_DATE", confidence),
        checked(text, found[-1].start(), found[-1].end(), "END_DATE", confidence),
    ]
    return [s for s in spans if s]


def metric_spans(text: str, start: int, end: int, confidence: float) -> list[Span]:
    """The number of a measure and the unit printed after it ('812 GT', '45.2 m')."""
    start, end = _strip(text, start, end)
    m = NUMBER_RE.match(text, start, end)
    if not m:
        return []
    spans = [make(text, m.start(), m.end(), "METRIC_VALUE", confidence)]
    pos = m.end()
    while pos < end and text[pos] == " ":
        pos += 1
    unit = UNIT_RE.match(text, pos, end)
    if unit and (unit.end() == end or not text[unit.end()].isalnum()):
        spans.append(make(text, unit.start(), unit.end(), "METRIC_UNIT", confidence))
    return [s for s in spans if s]


def _licence(text: str, start: int, end: int, confidence: float) -> list[Span]:
    """Under 'Licence' a value with a digit is its number; one without is its kind. A period in
    brackets after the number ('4030/2024 (Validity 4 Mar 2024 to 3 Mar 2025)') is its
    validity."""
    bracket = text.find(" (", start, end)
    period: list[Span] = []
    if bracket > start:
        period = _period(text, bracket, end, confidence)
        if period:
            end = bracket
    has_digit = any(ch.isdigit() for ch in text[start:end])
    span = make(text, start, end, "LICENSE_NO" if has_digit else "AUTH_TYPE", confidence)
    return ([span] if span else []) + period


def _year(text: str, start: int, end: int, confidence: float) -> list[Span]:
    """The year of build, and the place after it when the value gives both."""
    m = _YEAR.search(text, start, end)
    if m is None or not word_start(text, m.start()):
        return []
    span = checked(text, m.start(), m.end(), "BUILD_YEAR", confidence)
    spans = [span] if span else []
    place = _BUILT_AT.match(text, m.end(), end)
    if place is not None and any(ch.isalpha() for ch in text[place.end() : end]):
        spans += _build_place(text, place.end(), end, confidence - 0.1)
    return spans


# The vessel's number in the body's record, in brackets after its acronym: "ICCAT
# (AT000CHN77629)", "SPRFMO (SP-50283)".
_RECORD_NUMBER = re.compile(r"\s*\(([A-Z0-9][A-Z0-9-]{2,18}\d)\)")


def _rfmo(text: str, start: int, end: int, confidence: float) -> list[Span]:
    spans = []
    for m in RFMO_RE.finditer(text, start, end):
        spans.append(make(text, m.start(), m.end(), "RFMO_CODE", confidence))
        if number := _RECORD_NUMBER.match(text, m.end(), end):
            spans.append(make(text, number.start(1), number.end(1), "RFMO_ID", confidence))
    return [s for s in spans if s]


def _unique_vessel_identifier(text: str, start: int, end: int, confidence: float) -> list[Span]:
    """A UVI: the IMO number where the vessel has one, else a register's own (a TUVI)."""
    return _identifier(_IMO_DIGITS, "IMO")(text, start, end, confidence) or _whole("OTHER_EXT_ID")(
        text, start, end, confidence
    )


# When a former value held: "(until 2019)", "(2015-2019)", "(hasta 2018)", "(jusqu'en 2017)".
_WHEN = re.compile(r"\s*\([^()]*\d{4}[^()]*\)\s*$")


def _could_be_country(value: str) -> bool:
    return country_alpha3(value) is not None or (
        value.count(" ") < 4 and not any(ch.isdigit() for ch in value)
    )


def _listed(label: str) -> Handler:
    """Former names, flags or identifiers, one span each in 'A, B; C', without the dates in
    brackets that say when each held. Of former flags only what could be a country:
    'Kiribati, call sign T3XW5' goes on about something else."""

    def handle(text: str, start: int, end: int, confidence: float) -> list[Span]:
        spans: list[Span | None] = []
        cursor = start
        for m in [*_LIST_SEPARATOR.finditer(text, start, end), None]:
            piece_end = m.start() if m else end
            if when := _WHEN.search(text, cursor, piece_end):
                piece_end = when.start()
            if ex := _EX.match(text, cursor, piece_end):
                cursor = ex.end()  # "ex SEA GLORY 69-22": the name, not the word that says so
                if until := _UNTIL_YEAR.search(text, cursor, piece_end):
                    piece_end = until.start()  # ... nor the year it held until ("-22")
            if not is_placeholder(text, cursor, piece_end):
                span = make(text, cursor, piece_end, label, confidence)
                if span and (label != "FLAG_CHANGE" or _could_be_country(span.text)):
                    spans.append(span)
            cursor = m.end() if m else end
        return [s for s in spans if s]

    return handle


HANDLERS: dict[str, Handler] = {
    k.NAME: _name("VESSEL_NAME"),
    k.IMO: _identifier(_IMO_DIGITS, "IMO"),
    k.UVI: _unique_vessel_identifier,
    k.MMSI: _identifier(_MMSI_DIGITS, "MMSI"),
    k.IRCS: _identifier(_CALL_SIGN, "IRCS"),
    k.CFR: _pattern(_CFR, "EU_CFR"),
    k.NATREG: _whole("NATIONAL_REG_NO"),
    k.RFMO_ID: _whole("RFMO_ID"),
    k.EXT_ID: _whole("OTHER_EXT_ID"),
    k.FLAG: _country("FLAG"),
    k.PORT: port_spans,
    k.PORT_ID: _pattern(_LOCODE, "PORT_ID"),
    k.VISITED_PORT: _visited_port,
    k.METRIC: metric_spans,
    k.YEAR: _year,
    k.BUILD_PLACE: _build_place,
    k.BUILD_COUNTRY: _country("BUILD_COUNTRY"),
    k.AUTH_TYPE: _whole("AUTH_TYPE"),
    k.LICENCE: _licence,
    k.START: _dated("START_DATE"),
    k.END: _dated("END_DATE"),
    k.PERIOD: _period,
    k.RFMO: _rfmo,
    k.AREA: _areas,
    k.SPECIES: _species,
    k.OWNER: associate_spans,
    k.ROLE: _whole("ASSOC_ROLE"),
    k.ADDRESS: address_spans,
    k.CITY: _whole("CITY"),
    k.STATE: _whole("STATE"),
    k.COUNTRY: _country("COUNTRY_CODE"),
    k.COMPANY_REG: _whole("REG_NO"),
    k.FORMER_NAME: _listed("NAME_CHANGE"),
    k.FORMER_FLAG: _listed("FLAG_CHANGE"),
    k.FORMER_ID: _listed("ID_CHANGE"),
}


def value_spans(kind: str, text: str, start: int, end: int, confidence: float) -> list[Span]:
    """Spans of text[start:end] read as a value of `kind`; none for placeholders and for kinds
    that carry no label."""
    handler = HANDLERS.get(kind)
    if handler is None or is_placeholder(text, start, end):
        return []
    start, end = _strip(text, start, end)
    # A quoted field of a data export: the quotes are not the value.
    if end - start >= 2 and text[start] == text[end - 1] and text[start] in "\"'":
        start, end = start + 1, end - 1
    if text[start] == "(" and text[end - 1] == ")" and _REMARK.fullmatch(text, start, end):
        return []
    if (
        kind in _CHANGEABLE
        and (text.find(">", start, end) >= 0 or _UNICODE_ARROW.search(text, start, end))
        and (arrow := _ARROW.search(text, start, end)) is not None
    ):
        return _change_spans(kind, text, start, arrow, end, confidence)
    return handler(text, start, end, confidence)


# Words in brackets in a value's place: "(no change of identity)", "(not recorded)".
_REMARK = re.compile(r"\([a-z][a-z ,.'-]* [a-z ,.'-]+\)")
# A change written in one value, the previous value before an arrow and the new one after it
# ("Panama -> China", "9LRV6 → BZSD2"), as a vessel's history table or a change log prints it.
_ARROW = re.compile(r"\s*(?:-{1,2}>|=>|\u2192|\u21d2|\u27f6)\s*")
_UNICODE_ARROW = re.compile("[\u2192\u21d2\u27f6]")
_CHANGEABLE = frozenset(k.FORMER_KIND)
# What a new value is, when it shows it plainly: a header over several kinds ("Name / Flag /
# Call sign") names only the first.
_SHOWN_KINDS = ((k.MMSI, "MMSI"), (k.IRCS, "IRCS"))


def _change_spans(
    kind: str, text: str, start: int, arrow: re.Match[str], end: int, confidence: float
) -> list[Span]:
    new = text[arrow.end() : end]
    if country_alpha3(new) is not None:
        kind = k.FLAG
    elif kind == k.NAME and any(c.isdigit() for c in new):
        kind = next((shown for shown, label in _SHOWN_KINDS if validate(label, new) is None), kind)
    former = HANDLERS[k.FORMER_KIND[kind]](text, start, arrow.start(), confidence)
    return former + HANDLERS[kind](text, arrow.end(), end, confidence)
