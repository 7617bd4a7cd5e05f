"""Entities named in running text: a capitalised vessel name before its identifiers, flags
after "flagged to"/"flag of", RFMO acronyms, "FAO Area(s) ..." lists, species names, and
"<value> <unit>" tonnage or power figures."""

from __future__ import annotations

import re

from oceanid_assets.preannotate.rules.base import (
    lines_with,
    make,
    page_lines,
    scan,
    word_start,
    words_of,
)
from oceanid_assets.preannotate.rules.headers import kind_of
from oceanid_assets.preannotate.rules.values import (
    STREET_START,
    address_spans,
    is_placeholder,
    species_in,
)
from oceanid_assets.preannotate.rules.vocab import (
    COUNTRY_NAME_RE,
    DEMONYM_RE,
    FAO_AREAS,
    RFMO_RE,
    alternation,
)
from oceanid_assets.preannotate.spans import Span
from oceanid_assets.preannotate.validators import country_code, validate

_NAME = r"[A-Z0-9][A-Z0-9.'&-]*(?: [A-Z0-9][A-Z0-9.'&-]*)*"
# Upper-case words right before "(IMO ..." / "(call sign ..." are the vessel's name; found
# by walking back from the bracket, as a regex anchored there would rescan every capital.
IDS_BRACKET = re.compile(r"\((?=IMO\b|MMSI\b|IRCS\b|[Cc]all\s?sign\b)")
_NAME_WORD = re.compile(r"[A-Z0-9][A-Z0-9.'&-]*")
FORMER_NAME = re.compile(rf"(?:formerly (?:named|known as|called)|ex-)\s*({_NAME})")
_ARTICLE = r"(?:the\s+)?"
# Every branch begins with a literal, which re skips ahead to (see base).
FLAG_CONTEXT = re.compile(
    rf"(?:from the flag of|flagged (?:to|in|by)|to the flag of|the flag of|flag State:?|"
    rf"under the flag of|flying the flag of|"
    # Spanish and French: "con pabellón de Panamá", "bajo bandera de", "battant pavillon du".
    rf"pabellón (?:de |del )|pabellon (?:de |del )|bandera (?:de |del )|"
    rf"pavillon (?:de |du |des |d')|pavillon |"
    # Bare, as in the particulars after a name: "(IMO 9907287; flag Japan)", "(pabellón China)";
    # a country's name must follow.
    rf"flag |pabellón |pabellon |bandera )\s*(?:la |las |los |l'|el )?{_ARTICLE}(?=[A-Z])"
)
# The flag by its State's adjective: "de pabellón español", "bajo bandera panameña", "battant
# pavillon français", "a Chinese-flagged longliner", "flag: Panamanian".
FLAG_ADJECTIVE = re.compile(
    rf"(?:pabell[óo]n|bandera|pavillon|flag:?) ({DEMONYM_RE.pattern})"
    rf"|({DEMONYM_RE.pattern}|{COUNTRY_NAME_RE.pattern})[- ]flagged"
)
_FAO_CODES = r"(\d{2}(?:\.[0-9a-z]+)*(?:\s*(?:,|and|&|y|et)\s*\d{2}(?:\.[0-9a-z]+)*)*)"
# "FAO Area 41", "FAO major fishing areas 51 and 57", and "(FAO 41)" without the noun.
FAO_LIST = re.compile(
    r"FAO (?:[Mm]ajor )?(?:[Ff]ishing )?(?:[Ss]tatistical )?(?:[Aa]reas?\s*)?(?:No\.?\s*)?"
    + _FAO_CODES
)
# "área FAO 34", "zonas FAO 41 y 47", "zone FAO 27", "sous-zone FAO 27.8": the noun first.
FAO_LIST_NOUN_FIRST = re.compile(
    r"(?:[ÁáAa]reas?|[Zz]onas?|[Zz]ones?|[Ss]ous-zones?|[Ss]ub[áa]reas?|[Dd]ivisi[óo]n)"
    r" (?:de (?:la )?|statistique )?FAO(?: n[º°o]\.?)?\s*" + _FAO_CODES
)
# A vessel named after the noun that says it is one, in capitals as notices print names:
# "the fishing vessel OCEAN STAR", "F/V SEA WIND", "el buque PESCAMAR UNO", "le navire ATLANTIDE".
_VESSEL_NOUNS = (
    *("vessel", "F/V", "M/V", "FV", "MV"),
    *("buque", "barco", "navire", "bateau", "embarcación", "embarcacion", "palangrier"),
    *("chalutier", "thonier", "longliner", "trawler", "purse seiner", "cerquero", "arrastrero"),
    *("palangrero", "atunero"),
)
# Not the nouns in capitals: "VESSEL PARTICULARS" is a heading. A trie (`alternation`): nearly
# every letter of a line starts one of the nouns.
_VESSEL_NOUN = (
    "(?:"
    + alternation(
        [spelled for noun in _VESSEL_NOUNS for spelled in (noun, noun[0].upper() + noun[1:])]
    )
    + ")"
)
VESSEL_NOUN = re.compile(
    _VESSEL_NOUN
    + (
        # What kind of fishing vessel: "el buque pesquero ...", "le navire de pêche ...".
        r"(?: (?:pesquero|atunero|palangrero|arrastrero|de pesca|de p[êe]che|thonier))?"
        # One space: a form's key ending in the noun ("Type of vessel") sits apart from its
        # value.
        # A name it went by: "the vessel operated as ...", "el buque operó con el nombre ...".
        r"(?: (?:named|called|nommé|dénommé|denominado|llamado|(?:operated|sailed|fished) as|"
        r"operó con el nombre|a opéré sous le nom|renamed|rebaptisé|rebautizado))? (?:[\"“«] ?)?"
        r"([A-Z0-9][A-Z0-9.'&-]*(?!\w)(?: [A-Z0-9][A-Z0-9.'&-]*(?!\w)){0,5})"
    )
)
# A home port in running text: "port of registry Vigo", "registered at the port of Durban",
# "immatriculé au port de Concarneau", "con puerto base en Vigo", "puerto de matrícula Vigo".
HOME_PORT_CONTEXT = re.compile(
    r"(?:port of registry|home port|registered (?:at|in) the port of|"
    r"puerto base(?: en| de)?|puerto de matr[íi]cula(?: de| en)?|"
    r"matriculad[oa] en(?: el puerto de)?|"
    r"port d'attache(?: de| :)?|immatricul[ée]e? (?:au|dans le) port d[e']|"
    r"port d'immatriculation(?: de| :)?)[ \t]*:?[ \t]*"
    r"([A-Z][\w'\u2019-]*(?: (?:de |del |la |le |du |do )?[A-Z][\w'\u2019-]*){0,3})"
)
# A licence's number after its noun where no colon makes a key of it.
LICENCE_NUMBER = re.compile(
    r"(?:[Ll]icen[cs]e|LICEN[CS]E|[Ll]icencia|LICENCIA|[Pp]ermit|PERMIT|[Pp]ermis|PERMIS|"
    r"[Pp]ermiso|PERMISO|[Aa]uthori[sz]ation|AUTHORI[SZ]ATION|[Aa]utorizaci[óo]n|AUTORIZACI[ÓO]N|"
    r"[Aa]utorisation|AUTORISATION)"
    r" (?:[Nn]o\.?|[Nn]\.?\s?[º°o]\.?|[Nn]umber|[Nn]úmero|[Nn]uméro|[Nn]úm\.)[ \t]*:?[ \t]*"
    r"([A-Z0-9][A-Za-z0-9/.-]*\d[A-Za-z0-9/-]*)"
)
# The number first: "número de licencia 123/2025", "licence number WCPFC-L-2025-77".
NUMBERED_LICENCE = re.compile(
    r"(?:[Nn]úmero de (?:la )?(?:licencia|autorizaci[óo]n|permiso)|"
    r"[Nn]uméro (?:de |d')(?:la )?(?:licence|autorisation|permis)|"
    r"(?:[Ll]icen[cs]e|[Pp]ermit|[Aa]uthori[sz]ation) number)[ \t]*:?[ \t]*"
    r"([A-Z0-9][A-Za-z0-9/.-]*\d[A-Za-z0-9/-]*)"
)
_FAO_CODE = re.compile(r"\d{2}(?:\.[0-9a-z]+)*")
VALUE_UNIT = re.compile(r"(?<!\d )(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?) ?(GT|GRT|NT|kW)\b")
_UNIT = re.compile(r"(?:GT|GRT|NT|kW)\b")  # the lines VALUE_UNIT can match in
# A measure named in a sentence, its value and unit: "a length overall of 62.3 m", "una eslora
# total de 24,5 metros", "d'une jauge brute de 812 UMS", or the value first: "45,50 metros de
# eslora", "1.234 GT de arqueo bruto".
_MEASURE_WORDINGS = (
    "length overall|overall length|length|gross tonnage|net tonnage|tonnage|engine power|"
    "power|breadth|beam|depth|eslora total|eslora|manga|puntal|arqueo bruto|arqueo neto|"
    "arqueo|tonelaje|potencia propulsora|potencia del motor|potencia|longueur hors tout|"
    "longueur|largeur|creux|jauge brute|jauge|puissance motrice|puissance"
)
# Their abbreviations, as a register entry prints them: "LOA 34.73 m   LBP 30.56 m", "GT 2 943".
_MEASURE_ABBREVIATIONS = "LOA|LBP|GT|GRT|NT|DWT"
# Each wording as written in a sentence, opening one, or in capitals ("eslora", "Length
# overall", "Gross Tonnage", "GROSS TONNAGE"), spelled out: IGNORECASE would slow every scan.
# A trie (`alternation`): nearly every letter of a line starts one of these.
_MEASURE = (
    "(?:"
    + alternation(
        [
            spelled
            for w in _MEASURE_WORDINGS.split("|")
            for spelled in (w, w[0].upper() + w[1:], w.title(), w.upper())
        ]
    )
    + "|"
    + _MEASURE_ABBREVIATIONS
    + ")"
)
_MEASURE_UNIT = (
    r"(?:tonnes|toneladas|tons|metres|meters|metros|mètres|GRT|GT|NT|UMS|TRB|TJB|kW|HP|CV|m|t)"
    r"(?![\w-])"
)
_MEASURE_NUMBER = r"\d{1,3}(?:[.,\u00a0 ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
MEASURE_FIRST = re.compile(
    rf"({_MEASURE})(?: \((?:GT|LOA|kW)\))?(?: of| de| d'|:)? (?:(?:a|an|un|una|une) )?"
    rf"({_MEASURE_NUMBER})(?: ?({_MEASURE_UNIT}))?"
)
VALUE_FIRST = re.compile(
    rf"({_MEASURE_NUMBER}) ?({_MEASURE_UNIT}) (?:of |de |d')(?:la |le )?({_MEASURE})"
)
_MEASURE_HINT = re.compile(  # a trie (`alternation`), as most letters start one of these
    alternation(
        (
            *("ength", "onnage", "ower ", "readth", "eam ", "epth", "slora", "anga ", "untal"),
            *("rqueo", "onelaje", "otencia", "ongueur", "argeur", "reux", "auge ", "uissance"),
            *("LENGTH", "TONNAGE", "POWER", "BREADTH", "BEAM", "DEPTH", "ESLORA", "MANGA"),
            *("PUNTAL", "ARQUEO", "TONELAJE", "POTENCIA", "LONGUEUR", "LARGEUR", "CREUX"),
            *("JAUGE", "PUISSANCE", "LOA ", "LBP ", "GT ", "GRT ", "NT ", "DWT "),
        )
    )
)
# "the registered owner of the X (IMO ...) is NAME, street, city, state, CC." in one sentence.
OWNER_SENTENCE = re.compile(
    r"(registered owner|beneficial owner|owner|operator|manager|charterer) of\b"
    r"(?:[^.;]|\.(?=\S)){0,120}?\)?\s+is\s+([A-Z0-9][A-Z0-9.'&()-]*(?:[ \n][A-Z0-9.'&()-]+)*)"
    # The address runs to the sentence's full stop, not to the one in "No. 12" or "E. 2nd".
    r"(?:,\s+([^;]{1,120}?))?\.(?=\s+[A-Z][a-z]|\s*$)"
)
# An owner or operator named in running text, in capitals or as a company's name: "owned by
# KESTREL FISHING LTD", "propiedad de PESQUERA GALLEGA, S.L.", "cuyo armador es ...", "armé par
# la société ...". The role is labelled where a noun names it.
OWNED_BY = re.compile(
    # A role named by its noun: "cuyo armador es", "whose owner is", "dont l'armateur est".
    r"(?:(?:cuy[oa] |whose |dont (?:le |la |l'))(?P<role>armador|propietario|operador|"
    r"empresa armadora|empresa propietaria|owner|operator|manager|propriétaire|armateur|"
    r"exploitant) (?:es|is|est)|"
    r"owned by|operated by|managed by|registered to|propiedad de|operado por|armado por|"
    r"perteneciente a|a nombre de|de la empresa|propriété de|appartenant à|exploité par|"
    r"armé par|au nom de)"
    r"(?: la (?:société|sociedad|empresa|compagnie)| (?:the )?company)?,? "
    r"(?P<name>[A-Z0-9][\w.'&\u2019-]*(?: (?:[A-Z0-9&][\w.'&\u2019-]*|de|del|y|et|and|of))*"
    r"(?:,? (?:S\.?A\.?|S\.?L\.?|SARL|SAS|Ltd\.?|LTD\.?|Inc\.?|INC\.?|"
    r"Co\.?,? Ltd\.?|CO\.?,? LTD\.?))?)"
)
_OWNED_HINT = re.compile(  # a trie (`alternation`), as most letters start one of these
    alternation(
        (
            *("owned by", "operated by", "managed by", "registered to", "propi", "propr"),
            *("armad", "armat", "operad", "appartenant", "exploit", "armé par", "arme par"),
            *("whose ", "dont l", "pertenec", "nombre de", "nom de", "de la empresa", "cuy"),
        )
    )
)
# Kinds of authorization named in titles and sentences, in English, Spanish and French; matched
# on the lower-cased page (see `_authorizations`).
AUTH_PHRASE = re.compile(
    r"(?:(?:high[- ]seas|distant[- ]water|coastal|industrial|artisanal) )?"
    r"(?:fishing (?:licen[cs]e|authori[sz]ation|permit)|transshipment authori[sz]ation|"
    r"carrier authori[sz]ation|authori[sz]ation to fish|"
    r"licencia de pesca|permiso de pesca|autorizaci[oó]n de pesca|"
    r"autorisation de p[eê]che|licence de p[eê]che|permis de p[eê]che)"
    r"(?: (?:en alta mar|de altura|en haute mer|hauturi[eè]re|industrielle))?"
)
_AUTH_HINT = re.compile(r"licen|permi|autori|authori")
_AUTH_NOUNS = ("licen", "permi", "autori", "authori")  # _AUTH_HINT's, for `in` on the words
# The licence's number right after its kind: "FISHING LICENCE No. FL-2025-0042".
_AUTH_NUMBER = re.compile(
    r"[ \t]*(?:no\.?|nº|n°|n\.º|núm\.?|number|numéro|número)[ \t]*[:.]?[ \t]*"
    r"([a-z0-9][a-z0-9/.-]*\d[a-z0-9/-]*)"
)
# No leading space: on pages whose tables are blanked, every space would be a candidate.
_CHANGE_HINT = re.compile(r"[Ff]rom |FROM |de |du ")
_NAME_RUN = r"([A-Z][\w'\u2019.-]*(?: [A-Z][\w'\u2019.-]*){0,4})"
_FROM_TO = re.compile(rf"(?:[Ff]rom|FROM|de|du) {_NAME_RUN} (?:to|TO|a|al|au|à) {_NAME_RUN}")
_FLAG_WORDS = ("flag", "pabell", "bandera", "pavillon")
_EARLIER = ("previous ", "former ", "prior ", "old ", "anterior ", "ancien ")  # ... flag X
_FLAG_WORD = re.compile(r"flag|pabell|bandera|pavillon")
_OWNER_ROLES = ("owner", "operator", "manager", "charterer")  # OWNER_SENTENCE's first words
_CALL_SIGN_WORDS = ("call sign", "callsign", "ircs", "indicati", "distintivo")
RFMO_NUMBER = re.compile(r"(?:under|with) (?:no\.|number|ID|VID) ?([A-Z0-9][A-Z0-9-]*\d)\b")


def _name_before(text: str, bracket: int) -> Span | None:
    end = bracket
    while end > 0 and text[end - 1] == " ":
        end -= 1
    start = pos = end
    while pos > 0:
        word_start = max(text.rfind(" ", 0, pos), text.rfind("\n", 0, pos)) + 1
        if word_start >= pos or not _NAME_WORD.fullmatch(text, word_start, pos):
            break
        start, pos = word_start, word_start - 1
    return make(text, start, end, "VESSEL_NAME", 0.7) if start < end else None


def _authorizations(text: str, words: str) -> list[Span | None]:
    if not any(noun in words.lower() for noun in _AUTH_NOUNS):
        return []
    folded = text.lower()
    if len(folded) != len(text):  # a rare letter whose lower case is longer: offsets differ
        return []
    spans: list[Span | None] = []
    # The phrase can start with any of many words, which re cannot skip ahead to; the lines
    # that hold one of its nouns can.
    # The lower case has the text's lines (the same length, and no letter folds to a blank).
    for line_start, line_end in lines_with(folded, _AUTH_HINT, page_lines(text)):
        for m in AUTH_PHRASE.finditer(folded, line_start, line_end):
            if not word_start(text, m.start()):
                continue
            spans.append(make(text, m.start(), m.end(), "AUTH_TYPE", 0.7))
            if number := _AUTH_NUMBER.match(folded, m.end()):
                spans.append(make(text, number.start(1), number.end(1), "LICENSE_NO", 0.75))
    return spans


def _changes(text: str, words: str) -> list[Span | None]:
    """'changed its flag from Belize to Panama', 'call sign changed from ABC1 to XYZ2': the
    former value and the current one."""
    spans: list[Span | None] = []
    # Only a line that names a flag or a call sign before "from" yields a change.
    folded_words = words.lower()
    if not any(word in folded_words for word in (*_FLAG_WORDS, *_CALL_SIGN_WORDS)):
        return spans
    for line_start, line_end in lines_with(text, _CHANGE_HINT):
        for m in _FROM_TO.finditer(text, line_start, line_end):
            line = text[line_start : m.start()].lower()
            flag_line = any(word in line for word in _FLAG_WORDS)
            former, current = (m.start(1), m.end(1)), (m.start(2), m.end(2))
            if flag_line and all(country_code(text[a:b].rstrip(".")) for a, b in (former, current)):
                spans.append(make(text, *former, "FLAG_CHANGE", 0.75))
                spans.append(make(text, *current, "FLAG", 0.75))
            elif any(word in line for word in _CALL_SIGN_WORDS) and all(
                validate("IRCS", text[a:b].rstrip(".")) is None for a, b in (former, current)
            ):
                spans.append(make(text, *former, "ID_CHANGE", 0.75))
                spans.append(make(text, *current, "IRCS", 0.8))
    return spans


# Literal pieces of the patterns above, which re skips ahead to (see base); the patterns
# themselves start with letters in either case, which it cannot.
_NOUN_HINT = re.compile(
    r"essel|/V|FV |MV |uque|arco|avire|ateau|mbarcaci|alangr|halutier|honier|ongliner|rawler|"
    r"seiner|erquero|rrastrero|tunero"
)
_HOME_PORT_HINT = re.compile(r"port|puerto|matricul|immatricul")
_FAO_HINT = re.compile("FAO")
_LICENCE_HINT = re.compile(r"icen|ICEN|ermi|ERMI|utori|UTORI|uthori|UTHORI")


def _matches(
    text: str, hint: re.Pattern[str], pattern: re.Pattern[str], words: str | None = None
) -> list[re.Match[str]]:
    """Matches of pattern at a word start on the lines where hint matches; `words`, the page's
    `words_of`, lets a hint none of whose matches holds a blank skip the page at once."""
    if words is not None and not hint.search(words):
        return []
    return [
        m
        for line_start, line_end in lines_with(text, hint)
        for m in pattern.finditer(text, line_start, line_end)
        if word_start(text, m.start())
    ]


def _named_after_nouns(text: str, words: str | None = None) -> list[Span | None]:
    spans: list[Span | None] = []
    for m in _matches(text, _NOUN_HINT, VESSEL_NOUN, words):
        name = m.group(1)
        # "VESSEL NAME", "vessel IMO 9123456": a field's word, not a name.
        if (
            len(name) > 2  # "vessel ID"
            and any(ch.isalpha() for ch in name)
            and kind_of(name.split(" ", 1)[0]) is None
        ):
            spans.append(make(text, m.start(1), m.end(1), "VESSEL_NAME", 0.7))
    for m in _matches(text, _HOME_PORT_HINT, HOME_PORT_CONTEXT, words):
        spans.append(make(text, m.start(1), m.end(1), "HOME_PORT", 0.7))
    for pattern in (LICENCE_NUMBER, NUMBERED_LICENCE):
        for m in _matches(text, _LICENCE_HINT, pattern, words):
            spans.append(make(text, m.start(1), m.end(1), "LICENSE_NO", 0.75))
    return spans


# What opens a line of a list before the vessel's name: a quote mark of a reply, a bullet, a
# number, a prefix such as F/V.
_LIST_OPENER = re.compile(
    r"[ \t]*(?:>[ \t]*)*(?:[-*\u2022\u2013][ \t]+|\(?\d{1,3}[.)][ \t]+)?"
    r"(?:(?:F/V|M/V|FV|MV|MFV)[ \t]+)?"
)
_LEADING_NAME = re.compile(rf"{_NAME}(?=[ \t]*(?:\(|,|;|/|\t| [-\u2013\u2014] ))")
# How far the first identifier may sit after the name: "NAME (IRCS ..., IMO ...".
_NAME_TO_IDENTIFIER = 40
_SHORTEST_NAME = 3


def names_leading_identifiers(text: str, identifiers: list[Span]) -> list[Span]:
    """A vessel listed one a line, its name first and its identifiers after it ('- SEA STAR
    (IRCS ABC1, IMO 9123457)', '3) SEA STAR, IMO: 9123457', 'SEA STAR / ABC1 / 9123457'): the
    words in capitals that open the line, up to the first separator, when an identifier found
    on that line follows them closely. A log's line opens on its own columns (time, channel),
    and may give the call sign before the name ('0853  VHF 16  BJ4805 SHEN LONG YU (416002527)'):
    the name may also open after the line's last wide gap or its first identifier."""
    spans: list[Span] = []
    line_start = line_end = named_until = -1
    previous_end = 0
    for identifier in sorted(identifiers, key=lambda s: s.start):
        if identifier.start < named_until:
            continue
        if identifier.start >= line_end:
            line_start = text.rfind("\n", 0, identifier.start) + 1
            line_end = text.find("\n", identifier.start)
            line_end = len(text) if line_end < 0 else line_end
            opener = _LIST_OPENER.match(text, line_start, identifier.start)
            previous_end = opener.end() if opener else line_start
        gap = text.rfind("  ", previous_end, identifier.start)
        opening = previous_end if gap < 0 else gap + 2
        opening = _past_placeholder(text, opening, identifier.start)
        previous_end = identifier.end
        name = _LEADING_NAME.match(text, opening, identifier.start)
        if name is None or identifier.start - name.end() > _NAME_TO_IDENTIFIER:
            continue
        if not any(ch.isalpha() for ch in name.group()) or kind_of(name.group()) is not None:
            continue  # "IMO", "MMSI", "CALL SIGN": a field's name, not the vessel's
        if opening > line_start and len(name.group().strip()) < _SHORTEST_NAME:
            continue  # "C/S: BZ8VX" after a gap: the key's letter, not a name
        if span := make(text, name.start(), name.end(), "VESSEL_NAME", 0.65):
            spans.append(span)
            named_until = line_end
    return spans


# A country in brackets right after a vessel's name: "the longliner DA WEN (VUT)",
# "Le calamarier ZHOUHONGYUAN2 (Chine)".
_BRACKETED_COUNTRY = re.compile(r" ?\(([^\W\d_][^()\n\d]{1,30})\)")
_FLAG_AFTER_NAME = 0.7


def flags_after_names(text: str, spans: list[Span]) -> list[Span]:
    """The flag a page gives in brackets after a name it reads as a vessel's."""
    flags: list[Span] = []
    for span in spans:
        if span.label != "VESSEL_NAME":
            continue
        bracket = _BRACKETED_COUNTRY.match(text, span.end)
        if bracket is None or country_code(bracket.group(1)) is None:
            continue
        if flag := make(text, *bracket.span(1), "FLAG", _FLAG_AFTER_NAME):
            flags.append(flag)
    return flags


def _past_placeholder(text: str, start: int, end: int) -> int:
    """Where a name may open at `start`: past blanks and a placeholder in the call sign's place
    ('n/k KIYOMARU NO3 (431700310)')."""
    while start < end and text[start] in " \t":
        start += 1
    word_end = text.find(" ", start, end)
    if word_end > start and is_placeholder(text, start, word_end):
        start = word_end + 1
    return start


# Where an associate's address follows its name in a sentence: "owned by X of 12 Franklin
# Wharf, Hobart, Australia (reg. ACN 104 331 872) and", "propriété de X, domiciliée ...".
_SEAT = re.compile(
    r",? (?:of|domicili[ée]+e?s?(?: (?:at|in|à|en|a))?|domiciliad[oa] en|con domicilio en|"
    r"with (?:its )?registered (?:office|address) (?:at|in)|sise? (?:à|au)|based (?:at|in)) "
)
# The address ends at a bracket, a clause or the sentence: a full stop before a blank, not
# the one in "No. 56" or "2nd Rd., Kaohsiung".
_SEAT_END = re.compile(r" \(|;| and | et | y |\.(?=\s+(?:[A-Z][a-z]|\d+\.)|\s*$)|\n\n")
_COMPANY_NUMBER_IN_BRACKETS = re.compile(
    r" \((?:reg(?:istration)?\.?|company (?:no\.?|number)|RCS|RUC|NIF|CIF|SIRET|reg\. no\.)"
    r"[ :]*([A-Z0-9][A-Z0-9 ./-]{2,24}[A-Z0-9])\)",
    re.I,
)
_MAX_SEAT = 160


# The master named beside the noun, between commas: "The vessel's master, Nguyen Van Hai,
# pleaded guilty", "Le capitaine du navire, Agus Wijaya, était ...".
_MASTER_NAMED = re.compile(
    r"(?P<role>[Mm]aster|[Cc]aptain|[Ss]kipper|[Cc]apitaine|[Cc]apit[áa]n|[Pp]atr[óo]n|"
    r"[Cc]omandante)(?: (?:of the (?:vessel|ship)|du navire|del (?:buque|barco)))?, "
    r"(?P<name>[A-Z][\w'\u2019-]+(?: (?:[A-Z][\w'\u2019-]+|van|de|dela|del|da|dos|bin|le)){1,4}),"
)
_MASTER_HINT = re.compile(r"aster|aptain|kipper|apita|atr[óo]n|omandante")


def _associate_at(text: str, start: int, end: int) -> list[Span | None]:
    """An associate's name and, when the sentence goes on to say where it is, its address
    and company number. A name read on into "of No. 56 ..." ends before the address."""
    cut = _SEAT.search(text, start, end)
    if cut is not None and cut.start() > start and STREET_START.match(text, cut.end()):
        end = cut.start()
    spans: list[Span | None] = [make(text, start, end, "ASSOC_NAME", 0.7)]
    seat = _SEAT.match(text, end)
    if seat is None:
        return spans
    stop = _SEAT_END.search(text, seat.end(), min(len(text), seat.end() + _MAX_SEAT))
    if stop is None or stop.start() - seat.end() < 4:
        return spans
    spans += address_spans(text, seat.end(), stop.start())
    if number := _COMPANY_NUMBER_IN_BRACKETS.match(text, stop.start()):
        spans.append(make(text, number.start(1), number.end(1), "REG_NO", 0.7))
    return spans


def find_prose(text: str) -> list[Span]:
    # Most scans below start at a character set, which re tests at every position of the page
    # (see base), and on a page whose tables are blanked their cues are mostly missing: each
    # scan runs only if a word its matches must hold is in the page's words (a short string).
    words = words_of(text)
    spans: list[Span | None] = [*_authorizations(text, words), *_changes(text, words)]
    for m in IDS_BRACKET.finditer(text):
        spans.append(_name_before(text, m.start()))
    for m in FORMER_NAME.finditer(text) if "formerly" in words or "ex-" in words else ():
        if not word_start(text, m.start()):
            continue
        spans.append(make(text, m.start(1), m.end(1), "NAME_CHANGE", 0.7))
    flag_context = any(word in words for word in _FLAG_WORDS)  # each branch holds one
    for m in FLAG_CONTEXT.finditer(text) if flag_context else ():
        if not word_start(text, m.start()):
            continue
        country = COUNTRY_NAME_RE.match(text, m.end())
        if country:
            earlier = m.group().startswith("from") or text[
                max(0, m.start() - 10) : m.start()
            ].lower().endswith(_EARLIER)
            label = "FLAG_CHANGE" if earlier else "FLAG"
            spans.append(make(text, country.start(), country.end(), label, 0.75))
    for m in _matches(text, _FLAG_WORD, FLAG_ADJECTIVE, words):
        group = 1 if m.group(1) else 2
        spans.append(make(text, m.start(group), m.end(group), "FLAG", 0.7))
    for m in scan(RFMO_RE, text) if RFMO_RE.search(words) else ():  # within a line (see scan)
        if not word_start(text, m.start()):
            continue
        if text.startswith("-", m.end()):  # "NPFC-V00123" is an RFMO number, not the code
            continue
        spans.append(make(text, m.start(), m.end(), "RFMO_CODE", 0.9))
    for m in [*FAO_LIST.finditer(text), *_matches(text, _FAO_HINT, FAO_LIST_NOUN_FIRST, words)]:
        if not word_start(text, m.start()):
            continue
        for code in _FAO_CODE.finditer(text, m.start(1), m.end(1)):
            if code.group() in FAO_AREAS:
                spans.append(make(text, code.start(), code.end(), "FAO_AREA_CODE", 0.85))
    spans += _named_after_nouns(text, words)
    for line_start, line_end in lines_with(text, _UNIT) if _UNIT.search(words) else ():
        for m in VALUE_UNIT.finditer(text, line_start, line_end):
            if not word_start(text, m.start()):
                continue
            spans.append(make(text, m.start(1), m.end(1), "METRIC_VALUE", 0.7))
            spans.append(make(text, m.start(2), m.end(2), "METRIC_UNIT", 0.7))
    for m in _matches(text, _MEASURE_HINT, MEASURE_FIRST, words):
        spans.append(make(text, m.start(1), m.end(1), "METRIC_TYPE", 0.65))
        spans.append(make(text, m.start(2), m.end(2), "METRIC_VALUE", 0.65))
        if m.group(3):
            spans.append(make(text, m.start(3), m.end(3), "METRIC_UNIT", 0.65))
    for line_start, line_end in (
        lines_with(text, _MEASURE_HINT) if _MEASURE_HINT.search(words) else ()
    ):
        for m in VALUE_FIRST.finditer(text, line_start, line_end):
            if word_start(text, m.start()):
                spans.append(make(text, m.start(1), m.end(1), "METRIC_VALUE", 0.65))
                spans.append(make(text, m.start(2), m.end(2), "METRIC_UNIT", 0.65))
                spans.append(make(text, m.start(3), m.end(3), "METRIC_TYPE", 0.65))
    for m in RFMO_NUMBER.finditer(text) if "under" in words or "with" in words else ():
        if not word_start(text, m.start()):
            continue
        spans.append(make(text, m.start(1), m.end(1), "RFMO_ID", 0.7))
    spans.extend(species_in(text, 0, len(text), 0.6, bare_codes=False, words=words))
    for m in _matches(text, _OWNED_HINT, OWNED_BY, words):
        if m.group("role"):
            spans.append(make(text, m.start("role"), m.end("role"), "ASSOC_ROLE", 0.7))
        spans += _associate_at(text, m.start("name"), m.end("name"))
    for m in _matches(text, _MASTER_HINT, _MASTER_NAMED, words):
        spans.append(make(text, m.start("role"), m.end("role"), "ASSOC_ROLE", 0.7))
        spans.append(make(text, m.start("name"), m.end("name"), "ASSOC_NAME", 0.7))
    owner = any(role in words for role in _OWNER_ROLES)
    for m in OWNER_SENTENCE.finditer(text) if owner else ():
        if not word_start(text, m.start()):
            continue
        spans.append(make(text, m.start(1), m.end(1), "ASSOC_ROLE", 0.7))
        spans.append(make(text, m.start(2), m.end(2), "ASSOC_NAME", 0.7))
        if m.group(3):
            spans.extend(address_spans(text, m.start(3), m.end(3)))
    return [s for s in spans if s]
