"""Vessel identifiers wherever they stand: every token that passes an identifier's own rule is a
candidate, and its confidence is the evidence for it.

- IMO: 7 digits whose last is the IMO check digit (with or without an 'IMO' prefix);
- MMSI: 9 digits whose first three are an allocated MID;
- IRCS: 3-8 letters and digits in the ITU call-sign series of a State;
- EU CFR: an ISO country code and 9 digits.

Evidence: a keyword just before the token on its line ('IMO', "Lloyd's", 'OMI', 'MMSI', 'call
sign', 'indicatif', 'indicativo', 'distintivo'; also as OCR misreads them, 'lMO', 'Ca11 Slgn'),
or printed over it (a boxed form's key in the line above, in the token's columns); agreement
between an MMSI's MID or a call sign's series and the page's flag; a keyword naming another
number ('Reg. No.', 'Licence', 'Tel.') rules a bare token out. On a page that names call signs,
a call sign standing as a run of its own (a scanned register's row) is vouched for by its ITU
series; a call sign alone in brackets after a name, and an RFMO number in brackets after the
RFMO's acronym, by where they stand. Table columns are typed by their header in `grid`; this
finder sees the rest of the page."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from oceanid_assets.preannotate.rules import headers as k
from oceanid_assets.preannotate.rules.base import (
    checked,
    lines_with,
    make,
    scan,
    word_start,
    words_of,
)
from oceanid_assets.preannotate.rules.vocab import ISO3, RFMO_RE
from oceanid_assets.preannotate.spans import Span
from oceanid_assets.preannotate.validators import (
    call_sign_country,
    country_code,
    mmsi_country,
    validate,
)

_LOOKBACK = 40
_NUMBER = re.compile(r"\d{7}(?:\d\d)?(?!\d)")
# OCR reads the letters of a scanned keyword as look-alikes ("lMO", "MM5I", "Ca11 Slgn"); a
# keyword matches with any of them.
_LOOK_ALIKE = {"i": "[il1|!]", "l": "[li1|]", "o": "[o0]", "s": "[s5]", "m": "(?:m|rn)"}


def _ocr(word: str) -> str:
    return "".join(_LOOK_ALIKE.get(ch, ch) for ch in word)


# The keyword closest to a token decides; each is anchored at the end of the text before it.
# In prose the number follows a verb: "its MMSI is 416000237", "su número OMI es 8609292".
_VERB = r"(?:\s+(?:of the (?:vessel|ship)|del buque|du navire))?(?:\s+(?:is|was|es|est|era))?"
_IMO_CUE = re.compile(
    rf"(?:{_ocr('imo')}|{_ocr('omi')}|{_ocr('lloyd')}\W?s?|lr)"
    r"(?:[\s/]*(?:no|nr|n°|nº|num|number|número|numéro|ship identification number)?)"
    rf"{_VERB}[\s.:#°º-]*$",
    re.I,
)
_MMSI_CUE = re.compile(
    rf"{_ocr('mmsi')}(?:[\s/]*(?:no|nr|n°|nº|num|number|número|numéro)?){_VERB}[\s.:#°º-]*$",
    re.I,
)
_IRCS_CUE = re.compile(
    rf"(?:{_ocr('ircs')}|{_ocr('call')}[\s-]?{_ocr('sign')}|callsign|call letters|"
    r"signal letters|distinctive (?:number or )?letters|indicatif(?: d'appel| radio)?|"
    r"indicativo(?: de llamada| de radio| internacional)?|distintivo(?: de llamada)?|"
    r"señal distintiva)[\s.:#°º-]*$",
    re.I,
)
_OTHER_CUE = re.compile(
    r"(?:reg(?:istration|istry|\.)?|matr[ií]cula|immatriculation|licen[cs]ia?e?|permit|permis|"
    r"permiso|tel(?:ephone|éfono)?|phone|fax|folio|vid|serial|record|official|company|"
    r"ruc|nif|siret|id|no|nº|n°|imn|inmarsat(?:[ -]?c)?)[\s.:#°º-]*$",
    re.I,
)
_FORMER = re.compile(r"(?:previous|former|old|ex|anterior|ancien|other vessel)[\s-]*$", re.I)
_RECORD_LIKE = re.compile(r"[A-Z]{2}\d{5}")
# After a name, brackets that open on the vessel's call sign, alone or first of its numbers
# ("KOMANDOR (UBVW3)", "FU YUAN YU 606 (BZU4F / MMSI 412440247)"), or hold its MMSI alone
# ("GENEI MARU NO. 78 (431700574)", as a radio log writes a ship station).
_BRACKETED_CALL_SIGN = re.compile(r"\(([A-Z0-9]{4,7})(?:\)|\s*[,/;]\s*([^()\n]{0,40})\))")
_BRACKETED_MMSI = re.compile(r"\(([2-7]\d{8})\)")
# A ship station's MMSI opens on its MID (2-7); coast stations (00...), group calls (0...), SAR
# aircraft (111...) and AIS beacons (970...) have identities of the same length (ITU-R M.585).
_SHIP_STATION_FIRST_DIGITS = frozenset("234567")
_NINE_DIGITS = re.compile(r"(?<!\d)\d{9}(?!\d)")
_NAME_END = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.")
_CLAUSE_END = re.compile(r"[;.]\s")
_FORMER_IN_CLAUSE = re.compile(
    r"\b(?:previous|previously|former|formerly|anteriormente|auparavant|ancien)\b", re.I
)
_CALL_SIGN = re.compile(r"[A-Z0-9]{3,8}(?![A-Za-z0-9])")
# An RFMO record number: the body's acronym and at least four digits ("IOTC012345",
# "NPFC-V00123"), which no other identifier has; "IOTC-2020-CoC25-06" goes on: a paper's
# symbol or a case's reference.
_RFMO_ID_TOKEN = re.compile(
    r"(?:IOTC|ICCAT|WCPFC|IATTC|NPFC|SPRFMO|CCSBT|SIOFA|NAFO|NEAFC|GFCM|CTOI|CICTA|CIAT)"
    r"[- ]?(?:[A-Z]{1,2}-?)?\d{4,}(?![\dA-Za-z]|-[\dA-Za-z])"
)
# A vessel's number in an RFMO's record, in brackets after the acronym: "ICCAT
# (AT000CHN77629)", "SPRFMO (SP-50283)".
_RECORD_NUMBER = re.compile(r"\(([A-Z0-9][A-Z0-9-]{2,18}\d)\)")
_LOCODE_KEYED = re.compile(r"LOCODE\W{1,4}([A-Z]{2} ?[A-Z2-9]{3})(?![A-Za-z0-9])")
_CFR_RE = re.compile(r"([A-Z][A-Z]{2})(\d{9})(?!\d)")
_RUN = re.compile(r"\S+(?: \S+)*")
_ENUMERATOR = re.compile(r"^\(?(?:\d{1,2}|[a-z])[.)]\s*")
_KEYED, _AGREES, _DISAGREES = 0.95, 0.97, 0.85
_BARE_IMO, _BARE_AGREEING = 0.6, 0.6


@lru_cache(maxsize=1024)
def call_sign_state(call_sign: str) -> str | None:
    """ISO alpha-3 of the State whose ITU series holds the call sign."""
    allocated = call_sign_country(call_sign)
    if allocated is None:
        return None
    head, _, qualifier = allocated.partition(" (")
    return country_code(head) or country_code(f"{qualifier.rstrip(')')} {head}".strip())


def _states_of_mmsi(mmsi: str) -> frozenset[str]:
    return _states_of_mid(mmsi[:3])


@lru_cache(maxsize=1024)
def _states_of_mid(mid: str) -> frozenset[str]:
    """The States the ITU lists a MID under: a territory's own ("China (People's Republic of) -
    Taiwan (Province of China)": TWN) and the State before the dash, whose call-sign series
    the territory's ships use (China's B)."""
    states = set()
    for allocation in mmsi_country(mid):
        states.add(allocation.iso3)
        head, dash, _ = allocation.name.partition(" - ")
        if dash and (parent := country_code(head.partition(" (")[0])) is not None:
            states.add(parent)
    return frozenset(states)


def _line_before(text: str, pos: int) -> str:
    line_start = text.rfind("\n", 0, pos) + 1
    if line_start and not text[line_start:pos].strip():
        # A token opening its line in running text: the sentence's cue ended the line above
        # ("... its MMSI is" / "416001965, it is owned by ...").
        return text[max(0, line_start - _LOOKBACK) : line_start - 1] + " "
    return text[max(line_start, pos - _LOOKBACK) : pos]


def _line_at(text: str, pos: int) -> str:
    end = text.find("\n", pos)
    return text[text.rfind("\n", 0, pos) + 1 : end if end >= 0 else len(text)]


def _agreement(states: Iterable[str], flags: frozenset[str]) -> float:
    if not flags:
        return _KEYED
    return _AGREES if flags.intersection(states) else _DISAGREES


def find_identifiers(
    text: str, flags: frozenset[str] = frozenset(), page: str | None = None
) -> list[Span]:
    """Identifier spans on the page; `flags` are the ISO alpha-3 flags the page states;
    `page`: the whole page, when `text` has its tables blanked (a table's header that names
    call signs still vouches for the call signs of rows no table reader could read)."""
    spans: list[Span | None] = []
    # Each scan starts at a character set, which re tests at every position of the page (see
    # base); one whose matches, held in the page's words, are missing there is skipped.
    words = words_of(text)
    keyed_call_signs = _keyed_call_signs(text, flags, spans) if _IRCS_HINT.search(words) else {}
    if "   " in text and _IRCS_HINT.search(words):
        _call_signs_down_a_column(text, flags, spans)
    # Tokens standing apart are rarer than a page's cue, and cheaper to look for.
    apart = list(scan(_STANDING_APART, text)) if "   " in text else []
    if apart and _IRCS_CUE_ANYWHERE.search(text if page is None else page):
        _call_signs_standing_apart(text, apart, flags, spans)
    # These scans' patterns match within a line (see base.scan).
    for m in scan(_NUMBER, text) if _NUMBER.search(words) else ():
        start = m.start()
        if start and (text[start - 1].isdigit() or text[start - 1] in ".,/-"):
            continue
        before = _line_before(text, start)
        if start and text[start - 1].isalpha() and not before.upper().endswith(("IMO", "OMI")):
            continue
        digits = m.group()
        if not digits.strip("0"):
            continue  # "0000000", "000000000": the register's way of saying there is none
        # An IMO number stays with the hull: only a cue right before it makes it a former one.
        cue_before = before[: _cue_start(before)]
        former = (
            _FORMER.search(cue_before) if len(digits) == 7 else _former(text, start, cue_before)
        )
        label = "ID_CHANGE" if former else None
        above = None if _cue_start(before) < len(before) else _kind_above(text, start, m.end())
        if len(digits) == 7:
            if _company_number(text, start, before, digits):
                continue
            if above == k.IMO or _IMO_CUE.search(before):
                spans.append(checked(text, start, m.end(), label or "IMO", _KEYED))
            elif (
                label is None and not _OTHER_CUE.search(before) and validate("IMO", digits) is None
            ):
                spans.append(make(text, start, m.end(), "IMO", _BARE_IMO))
        elif above == k.MMSI or _MMSI_CUE.search(before):
            if digits[0] not in _SHIP_STATION_FIRST_DIGITS:
                continue
            states = _states_of_mmsi(digits)
            spans.append(checked(text, start, m.end(), label or "MMSI", _agreement(states, flags)))
            if label is None and _line_at(text, start) not in keyed_call_signs:
                spans += _agreeing_call_sign(text, start, m.end(), states)[1:]
        elif label is None and not _OTHER_CUE.search(before) and validate("MMSI", digits) is None:
            states = _states_of_mmsi(digits)
            line = _line_at(text, start)
            if flags.intersection(states) or states.intersection(keyed_call_signs.get(line, ())):
                spans.append(make(text, start, m.end(), "MMSI", _BARE_AGREEING))
            else:
                spans += _agreeing_call_sign(text, start, m.end(), states)
    for m in scan(_RFMO_ID_TOKEN, text) if _RFMO_ID_TOKEN.search(words) else ():
        if word_start(text, m.start()):
            spans.append(make(text, m.start(), m.end(), "RFMO_ID", 0.8))
    # Brackets after a word: "the vessel KOMANDOR (UBVW3)", a call sign alone in brackets
    # after a name; "ICCAT (AT000CHN77629)", the vessel's number in an RFMO's record. Found
    # by str.find: a pattern opening on a word would be tried at every position of the page.
    bracket = text.find(" (")
    while bracket >= 0:
        if text[bracket - 1 : bracket] in _NAME_END:
            spans += _bracketed_after_name(text, bracket + 1, flags)
        if (number := _RECORD_NUMBER.match(text, bracket + 1)) and RFMO_RE.fullmatch(
            text, text.rfind(" ", 0, bracket) + 1, bracket
        ):
            spans.append(make(text, *number.span(1), "RFMO_ID", 0.8))
        bracket = text.find(" (", bracket + 2)
    for m in _LOCODE_KEYED.finditer(text):
        spans.append(make(text, m.start(1), m.end(1), "PORT_ID", 0.85))
    for m in scan(_CFR_RE, text) if _CFR_RE.search(words) else ():
        if m[1] in ISO3 and (m.start() == 0 or not text[m.start() - 1].isalnum()):
            spans.append(checked(text, m.start(), m.end(), "EU_CFR", 0.85))
    return [s for s in spans if s]


def _bracketed_after_name(text: str, opening: int, flags: frozenset[str]) -> list[Span | None]:
    """The call sign or MMSI in brackets that open at `opening`, right after a name. A call
    sign of letters alone ("HOLIX") is too like a word to stand on its series: an MMSI in
    the same brackets whose MID names the same State vouches for it."""
    if call_sign := _BRACKETED_CALL_SIGN.match(text, opening):
        token, rest = call_sign.group(1, 2)
        state = call_sign_state(token)
        if state is None or token.isdigit() or k.kind_of(token) is not None:
            return []
        if token.isalpha():
            mmsi = _NINE_DIGITS.search(rest or "")
            if mmsi is None or state not in _states_of_mmsi(mmsi.group()):
                return []
        return [make(text, *call_sign.span(1), "IRCS", _agreement((state,), flags))]
    if (mmsi := _BRACKETED_MMSI.match(text, opening)) and validate("MMSI", mmsi.group(1)) is None:
        agrees = flags.intersection(_states_of_mmsi(mmsi.group(1)))
        return [make(text, *mmsi.span(1), "MMSI", _AGREES if agrees else _BARE_AGREEING)]
    return []


# Words that make a line a company's: its IMO company number is not a ship's IMO number.
_COMPANY_CONTEXT = re.compile(
    r"compan|owner|manager|operator|\bISM\b|\bDOC\b|armador|armateur|propi|soci[ée]t|empresa",
    re.I,
)


def _company_number(text: str, start: int, before: str, digits: str) -> bool:
    """An IMO-cued 7-digit number after a company's key or name ('Company: NAME (IMO
    5534855)') that fails the ship check digit or stands in brackets: the company's IMO
    number."""
    line_start = text.rfind("\n", 0, start) + 1
    if not _COMPANY_CONTEXT.search(text, line_start, start) or not _IMO_CUE.search(before):
        return False
    return validate("IMO", digits) is not None or before.rstrip(" .:#").endswith("(IMO")


def _former(text: str, pos: int, cue_before: str) -> bool:
    """True if a former cue ends the text before the identifier's keyword ('previous call
    sign'), or opens its clause ('Previous registry: Vanuatu, call sign YJKG3')."""
    line_start = text.rfind("\n", 0, pos) + 1
    clause = _CLAUSE_END.split(text[line_start:pos])[-1]
    return _FORMER.search(cue_before) is not None or _FORMER_IN_CLAUSE.search(clause) is not None


def _kind_above(text: str, start: int, end: int) -> str | None:
    """What the key printed over a token names, as a boxed form prints keys over their
    values: the run of the line above (or of the one above a blank line) that overlaps the
    token's columns. Only a key naming an identifier counts: under a drifting OCR column the
    key above may belong to the next field, and the token's own rule still has to pass."""
    run = _run_above(text, start, end)
    if run is None:
        return None
    # A form numbers its boxes ("7. IMO number"); any other digit makes the run a value.
    run = _ENUMERATOR.sub("", run, count=1)
    if any(ch.isdigit() for ch in run):
        return None
    kind = k.kind_of(run)
    return kind if kind in (k.IMO, k.MMSI) else None


def _run_above(text: str, start: int, end: int) -> str | None:
    line_start = text.rfind("\n", 0, start) + 1
    left, right = start - line_start, end - line_start
    above_end = line_start - 1
    for _ in range(2):
        if above_end < 0:
            return None
        above_start = text.rfind("\n", 0, above_end) + 1
        if text[above_start:above_end].strip():
            return _run_at(text[above_start:above_end], left, right)
        above_end = above_start - 1
    return None


def _run_at(line: str, left: int, right: int) -> str | None:
    """The run of `line` (words one space apart) over columns left..right, if one is."""
    for m in _RUN.finditer(line, 0, right):
        if m.end() > left:
            return m.group()
    return None


def _below(text: str, start: int, end: int) -> tuple[int, int] | None:
    """(start, end) of the run under columns start..end of a key, on the next line that is not
    blank (at most one blank line between)."""
    line_start = text.rfind("\n", 0, start) + 1
    left, right = start - line_start, end - line_start
    below_start = text.find("\n", end) + 1
    for _ in range(2):
        if below_start <= 0:
            return None
        below_end = text.find("\n", below_start)
        below_end = len(text) if below_end < 0 else below_end
        if text[below_start:below_end].strip():
            # Whole runs: one that starts under the key and goes on past it is not cut there.
            for m in _RUN.finditer(text, below_start, below_end):
                if m.start() - below_start >= right:
                    break
                if m.end() - below_start > left:
                    return m.start(), m.end()
            return None
        below_start = below_end + 1
    return None


def _cue_start(before: str) -> int:
    for cue in (_IMO_CUE, _MMSI_CUE, _IRCS_CUE):
        if m := cue.search(before):
            return m.start()
    return len(before)


# A call sign standing alone in a list line: letters and digits, apart from its neighbours.
_BARE_CALL_SIGN = re.compile(r"(?<![\w-])(?=[A-Z0-9]*[A-Z])[A-Z0-9]{4,7}(?![\w-])")


def _between_slashes(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip(" ")
    after = text[end : end + 3].lstrip(" ")
    return before.endswith("/") and after.startswith("/")


def _agreeing_call_sign(
    text: str, start: int, end: int, states: frozenset[str]
) -> list[Span | None]:
    """A bare MMSI and a bare call sign on one line whose MID and ITU series name the same
    State vouch for each other ('SEA STAR / BZW6Z / 9123457 / 412549357'): both, or none.
    A call sign of letters alone counts only where a slash sets it apart as one of a list
    ('SHOEIMARU NO.1 / JFGJ / MMSI 432448000'): elsewhere it is as likely a word."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    for token in _BARE_CALL_SIGN.finditer(text, line_start, line_end):
        if token.group().isdigit() or token.group() in _NOT_CALL_SIGNS:
            continue
        if token.group().isalpha() and not _between_slashes(text, *token.span()):
            continue
        if call_sign_state(token.group()) in states:
            return [
                make(text, start, end, "MMSI", _BARE_AGREEING),
                make(text, token.start(), token.end(), "IRCS", _BARE_AGREEING),
            ]
    return []


def _keyed_call_signs(
    text: str, flags: frozenset[str], spans: list[Span | None]
) -> dict[str, set[str]]:
    """Call signs after a keyword, appended to spans; returns each line's call-sign States,
    the evidence a bare MMSI on the same line can agree with."""
    states_by_line: dict[str, set[str]] = {}
    for line_start, line_end in lines_with(text, _IRCS_HINT):
        _call_signs_in(text, line_start, line_end, flags, spans, states_by_line)
    return states_by_line


def _call_signs_in(
    text: str,
    line_start: int,
    line_end: int,
    flags: frozenset[str],
    spans: list[Span | None],
    states_by_line: dict[str, set[str]],
) -> None:
    # A keyword can wrap ("call\nsign") and the call sign can open the next line.
    next_end = text.find("\n", line_end + 1)
    stop = len(text) if next_end < 0 else next_end
    for m in _IRCS_CUE_ANYWHERE.finditer(text, line_start, stop):
        if m.start() >= line_end:
            break
        token = _CALL_SIGN.match(text, m.end())
        if token is None or token.group() in _NOT_CALL_SIGNS:
            token = _call_sign_below(text, m.start(), m.end())
        if token is None or not any(ch.isalpha() for ch in token.group()):
            continue
        former = _former(text, m.start(), _line_before(text, m.start()))
        state = call_sign_state(token.group())
        confidence = _agreement((state,) if state else (), flags)
        label = "ID_CHANGE" if former else "IRCS"
        spans.append(checked(text, token.start(), token.end(), label, confidence))
        if state:
            states_by_line.setdefault(_line_at(text, token.start()), set()).add(state)


def _call_signs_down_a_column(text: str, flags: frozenset[str], spans: list[Span | None]) -> None:
    """Call signs whose keyword ends a column's line in text set in two columns ('(call sign'
    then the other column's text): the call sign opens the same column's next line, perhaps
    after the keyword's last word ('call' / 'sign BZ8VJ')."""
    for cue in _CUE_ENDS_RUN.finditer(text):
        line_start = text.rfind("\n", 0, cue.start()) + 1
        gap = text.rfind("   ", line_start, cue.start())
        column = (gap + 3 if gap >= 0 else line_start) - line_start
        line_end = text.find("\n", cue.end())
        if line_end < 0:
            continue  # the page's last line: no line below
        next_start = line_end + 1
        next_end = text.find("\n", next_start)
        next_end = len(text) if next_end < 0 else next_end
        # The column's next line starts at its left edge, give or take an indent.
        at = next_start + column
        while at < next_end and at > next_start and text[at - 1] != " ":
            at -= 1  # the column's text starts a little left of where the keyword's run did
        while at < next_end and text[at] == " " and at < next_start + column + 4:
            at += 1
        if cue.group("call_only"):
            word = re.match(r"[Ss]ign[ \t]+", text[at:next_end])
            if word is None:
                continue
            at += word.end()
        token = _CALL_SIGN.match(text, at, next_end)
        # Only the layout ties the token to the keyword: it must look like most call signs,
        # letters and digits, and be in an ITU series.
        if token is None or token.group().isalpha() or token.group().isdigit():
            continue
        state = call_sign_state(token.group())
        if state is None:
            continue  # nothing but the layout vouches for it: its own series must
        confidence = _agreement((state,), flags)
        spans.append(checked(text, token.start(), token.end(), "IRCS", confidence))


# A call-sign keyword at the end of a run of text (a column's line), or its first word alone.
_CUE_ENDS_RUN = re.compile(
    r"(?:[Cc]all[ -]?[Ss]ign|[Ii]ndicativo(?: de llamada)?|[Ii]ndicatif(?: d'appel)?|"
    r"(?P<call_only>[Cc]all))(?:[ \t]*+(?<= {3})(?=[^\s:])|[ \t]*:?[ \t]*(?=\n))"
)


# A run of its own on a line: blanks (two at least), a separator OCR scattered, or an end on
# each side.
_STANDING_APART = re.compile(
    r"(?:^|(?<=  )|(?<=\t)|(?<=[|;~_'] ))(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])([A-Z0-9]{4,7})"
    r"(?=[ \t]*$|  |\t| [|;~_'])",
    re.M,
)


def _call_signs_standing_apart(
    text: str, apart: list[re.Match[str]], flags: frozenset[str], spans: list[Span | None]
) -> None:
    """On a page that names call signs (a register's header, OCR slips and all), a token of
    letters and digits in a State's ITU series standing as a run of its own, as a call sign
    stands in a row whose columns OCR did not keep in line. The series and the page's flag
    are the evidence; a keyword naming another number before it rules it out. `apart`: the
    tokens standing apart, as `scan` finds _STANDING_APART."""
    for m in apart:
        token = m.group(1)
        state = call_sign_state(token)
        # A keyword as OCR misreads it ("MM5I") is no call sign, nor a record number's two
        # letters and five digits ("SP41866").
        if state is None or token in _NOT_CALL_SIGNS or k.kind_of(token) is not None:
            continue
        if _RECORD_LIKE.fullmatch(token):
            continue
        if _OTHER_CUE.search(_line_before(text, m.start())):
            continue
        confidence = _BARE_AGREEING if not flags or state in flags else _BARE_AGREEING - 0.1
        spans.append(make(text, m.start(1), m.end(1), "IRCS", confidence))


def _call_sign_below(text: str, cue_start: int, cue_end: int) -> re.Match[str] | None:
    """A call sign printed under its key (a boxed form), when its own ITU series vouches for it:
    nothing but the column says what the token is."""
    keyword_end = cue_start + len(text[cue_start:cue_end].rstrip(" \t\n.:#-"))
    run = _below(text, cue_start, keyword_end)
    if run is None:
        return None
    token = _CALL_SIGN.fullmatch(text, *run)
    if token is None or token.group() in _NOT_CALL_SIGNS or call_sign_state(token.group()) is None:
        return None
    return token


# Literal pieces of every keyword below, which re skips ahead to (see base).
_IRCS_HINT = re.compile(
    r"RCS|RC5|a[l1|I][l1|I]|A[L1|I][L1|I]|ndicati|NDICATI|istin|ISTINTIVO|ignal|eñal|[Cc]/[Ss]|CS"
)
# A keyword and the separators after it, with the call sign right behind.
_IRCS_CUE_ANYWHERE = re.compile(
    r"(?:[Il1|]RC[S5]|[Cc]a[l1|I]{2}[\s-]?[Ss5][il1|]gn|CA[L1|I]{2}[\s-]?[S5][IL1|]GN|"
    r"[Cc]allsign|[Cc]all [Ll]etters|"
    r"[Ss]ignal [Ll]etters|[Dd]istinctive (?:[Nn]umber or )?[Ll]etters|"
    r"[Ii]ndicatif(?: d'appel| radio| international d'appel radio)?|"
    r"INDICATIF|[Ii]ndicativo(?: de llamada| de radio| internacional de llamada)?|INDICATIVO|"
    r"[Dd]istintivo(?: de llamada)?|DISTINTIVO|[Ss]eñal distintiva|"
    r"(?<![\w/])(?:[Cc]/[Ss]|CS)(?![\w/]))"
    r"(?:\s*\([^)\n]{0,12}\))?(?:\s*(?:No\.?|Nº|N°))?[ \t]*[.:#-]?[ \t.\u2026\u00b7_]*\n?[ \t]*"
)
# Column headers list "IRCS MMSI ..." side by side; those words are not call signs.
_NOT_CALL_SIGNS = frozenset(
    {"MMSI", "IMO", "GT", "GRT", "LOA", "FLAG", "NAME", "OMI", "NONE", "N/A", "NIL", "TBA", "TBC"}
)
