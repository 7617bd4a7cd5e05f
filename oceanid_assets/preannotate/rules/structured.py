"""Records printed as structured data: a vessel as an API or a database export gives it, in JSON
(pretty or on one line), XML or YAML, pasted into a report or a page of an e-mail.

Field names are keys like a form's (`imoNumber`, `mmsi_no`, `<flagState>`, `VSL_NM`): `headers`
reads them, camelCase and snake_case split into words and database abbreviations written out.
What a field means can depend on the object it sits in: the `name` of an associate is a person
or a company, not the vessel; the `type` of a measurement is the metric, of an authorisation its
kind. The path of enclosing keys decides, and an array's items take the meaning of the array's
key (`"AREAS": ["57.1"]`, `<species><code>BET</code></species>`).

A page's structured block is read whole here and blanked for the other finders: its record ids
and timestamps are not identifiers or dates."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from oceanid_assets.preannotate.rules import headers as k
from oceanid_assets.preannotate.rules.base import make
from oceanid_assets.preannotate.rules.values import is_placeholder, value_spans
from oceanid_assets.preannotate.spans import Span

_CONFIDENCE = 0.9
# Fewer fields than this is a snippet in running text, not a record.
_MIN_FIELDS = 3

_JSON_TOKEN = re.compile(
    r'"((?:[^"\\\n]|\\.)*)"'  # a string
    r"|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)(?![\w.])"  # a number
    r"|(true|false|null)\b"
    r"|([{}\[\]:,])"
)
_XML_TAG = re.compile(r"<(/?)([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)((?:\s[^<>]*?)?)(/?)>")

# Words of a field's enclosing keys that set its context.
_ASSOCIATE = re.compile(
    r"\b(?:assoc\w*|party|parties|owner\w*|operator\w*|manager\w*|compan\w*|charterer\w*|agent\w*|master\w*|"
    r"captain|holder\w*|armador\w*|armateur\w*|propietari\w*|proprietaire\w*|exploitant\w*)\b"
)
_MEASUREMENT = re.compile(r"\b(?:meas\w*|dimension\w*|tonnage\w*|metric\w*|particular\w*)\b")
_AUTHORISATION = re.compile(
    r"\b(?:auth\w*|licen[cs]\w*|permit\w*|permis\w*|autori[sz]\w*|licencia\w*)\b"
)
_EXTERNAL_IDS = re.compile(r"\b(?:ext\w*|identifiers?|ids?|codes?|rfmo\w*)\b")
_ADDRESS = re.compile(r"\b(?:addr\w*|direccion|adresse|domicilio)\b")

# A field's own words, read in a context: (context, words, label or kind).
_STREET = re.compile(r"^(?:addr\w*|street\w*|line \d|calle|rue|direccion|adresse)$")
_STATE = re.compile(r"^(?:prov\w*|state|region|estado|departamento|departement)$")
_METRIC_TYPE = re.compile(r"^(?:typ|type|kind|name|metric|measure)$")
_METRIC_VALUE = re.compile(r"^(?:val|value|amount|valor|valeur)$")
_METRIC_UNIT = re.compile(r"^(?:unit|units|uom|unidad|unite)$")
_AUTH_NUMBER = re.compile(r"^(?:no|number|id|ref|reference|lic no|licence no|license no)$")
# The export's own row id, not a register's record number.
_ROW_ID = re.compile(r"^(?:rec|record|row|internal|db)? ?id$")
_TYPE = re.compile(r"^(?:typ|type|kind|tipo)$")
# A count of the export's records or items (`record_count`), not a value of one.
_COUNT = re.compile(r"\b(?:count|counts)$")
_RFMO_NAME = re.compile(
    r"^(?:iotc|iccat|wcpfc|iattc|npfc|ccsbt|sprfmo|siofa|nafo|ccamlr|gfcm|neafc|seafo|apfic|"
    r"ctoi|cicta|ciat)(?: (?:id|no|vid|number|record))?$"
)


@dataclass(frozen=True)
class StructuredRecords:
    spans: list[Span]
    covered: list[tuple[int, int]]  # line ranges of the blocks read
    tables: Mapping[str, list[str]]  # a dump's tables and their columns, for the next page


@dataclass(frozen=True)
class _Field:
    path: tuple[str, ...]  # enclosing keys, outermost first, normalised
    key: str  # the field's own key, normalised ("" for an array item)
    start: int
    end: int


def find_structured(text: str, tables: Mapping[str, list[str]] | None = None) -> StructuredRecords:
    """The page's records; `tables`: the columns of the tables a dump created on the pages
    before (its rows go on without the CREATE TABLE)."""
    tables = {**(tables or {}), **_created_tables(text)}
    spans: list[Span] = []
    covered: list[tuple[int, int]] = []
    sql = _sql_fields(text, tables)
    toml = _toml_fields(text)
    readers = (_json_fields(text), _xml_fields(text), _yaml_fields(text), toml, sql)
    for fields in readers:
        if len(fields) < _MIN_FIELDS:
            continue
        for field in fields:
            spans += _field_spans(text, field)
        opening = fields[0].start
        if fields is sql and (created := _CREATE_TABLE.search(text, 0, opening)) is not None:
            opening = created.start()  # a dump's column definitions ("nombre_buque TEXT")
        if fields is toml and (section := _TOML_SECTION.search(text, 0, opening)) is not None:
            opening = section.start()  # the first `[section]` line
        first = text.rfind("\n", 0, opening) + 1
        last = text.find("\n", fields[-1].end)
        covered.append((first, len(text) if last < 0 else last))
    covered.sort()
    spans.sort(key=lambda s: (s.start, s.end))
    return StructuredRecords(spans, covered, tables)


# Abbreviations of database field names that mean something else in a report's header or in
# running text ("Dist nm", "FISHERY CO LTD").
_FIELD_ABBREVIATIONS = {"nm": "name", "co": "company", "nat": "national", "dt": "date"}


def _field_name(name: str) -> str:
    """A field name as `headers` reads a key."""
    return " ".join(_FIELD_ABBREVIATIONS.get(w, w) for w in k.normalise(name).split())


def _json_fields(text: str) -> list[_Field]:
    if '":' not in text and '" :' not in text:
        return []
    fields: list[_Field] = []
    # Each open container: the key it is the value of (an array's items take it).
    stack: list[tuple[str, str]] = []  # (bracket, key)
    key: str | None = None
    tokens = list(_JSON_TOKEN.finditer(text))
    for i, token in enumerate(tokens):
        string, number, literal, punctuation = token.groups()
        if punctuation in ("{", "["):
            stack.append((punctuation, key or (stack[-1][1] if stack else "")))
            key = None
        elif punctuation in ("}", "]"):
            if stack:
                stack.pop()
            key = None
        elif punctuation is not None:
            continue
        elif (
            string is not None
            and i + 1 < len(tokens)
            and tokens[i + 1].group(4) == ":"
            and (not stack or stack[-1][0] == "{")
        ):
            key = _field_name(string)
        elif stack and (string is not None or number is not None):
            group = 1 if string is not None else 2
            in_array = stack[-1][0] == "["
            path = tuple(frame[1] for frame in stack if frame[1])
            own = "" if in_array else (key or "")
            fields.append(_Field(path, own, token.start(group), token.end(group)))
            key = None
        elif literal is not None:
            key = None
    return fields


# HTML's elements (an OCR engine's tables, a saved web page): markup, not field names. Only
# those a record's field would not be called ("code", "title" or "address" may well be).
_HTML_TAGS = frozenset(
    [
        "html",
        "head",
        "body",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "td",
        "th",
        "caption",
        "colgroup",
        "p",
        "div",
        "span",
        "b",
        "i",
        "u",
        "em",
        "strong",
        "br",
        "hr",
        "ul",
        "ol",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "pre",
        "sup",
        "sub",
        "font",
        "center",
    ]
)


# An attribute, and the attributes that say what scheme an element's text is in rather than
# being fields themselves (`<ram:ID schemeID="IRCS">BZZJ7</ram:ID>`).
_XML_ATTRIBUTE = re.compile(r'([A-Za-z_][\w.:-]*)\s*=\s*"([^"<>]*)"')
_SCHEME_ATTRIBUTES = frozenset({"schemeid", "scheme", "schemename"})


def _xml_fields(text: str) -> list[_Field]:
    if "</" not in text and "/>" not in text:
        return []
    fields: list[_Field] = []
    stack: list[tuple[str, str]] = []  # (element's name, what its text is) of each open one
    opened_at = -1  # where the text of the innermost element, if it has no child yet, starts
    for tag in _XML_TAG.finditer(text):
        closing, _, name, attributes, self_closing = tag.groups()
        if name.lower() in _HTML_TAGS:
            return []
        element = _field_name(name)
        own = element
        if attributes and not closing:
            path = (*(frame[0] for frame in stack), element)
            for attribute in _XML_ATTRIBUTE.finditer(attributes):
                attribute_name = attribute.group(1).rpartition(":")[2]
                value_start = tag.start(4) + attribute.start(2)
                value_end = tag.start(4) + attribute.end(2)
                if attribute_name.lower() in _SCHEME_ATTRIBUTES:
                    own = _field_name(attribute.group(2))
                else:
                    fields.append(_Field(path, _field_name(attribute_name), value_start, value_end))
        if self_closing:
            opened_at = -1
            continue
        if not closing:
            stack.append((element, own))
            opened_at = tag.end()
            continue
        if stack and stack[-1][0] == element:
            if opened_at >= 0 and text[opened_at : tag.start()].strip():
                path = tuple(frame[0] for frame in stack[:-1])
                fields.append(_Field(path, stack[-1][1], opened_at, tag.start()))
            stack.pop()
        opened_at = -1
    fields.sort(key=lambda f: f.start)
    return fields


# `key: value`, `key:` opening a nested mapping or list, `- item` or `- key: value`; keys are
# field names (no spaces), as YAML writes them.
_YAML_LINE = re.compile(r"^( *)(- +)?(?:([A-Za-z_][\w.#-]*) *:(?: +|$))?(.*?) *$", re.MULTILINE)
_YAML_FIELD_NAME = re.compile(r"_|[a-z][A-Z]")


def _yaml_fields(text: str) -> list[_Field]:
    """Fields of a YAML document: the page has several `field_name:` keys, and the nesting is
    read from the indentation."""
    if ":\n" not in text or len(_YAML_FIELD_NAME.findall(text)) < _MIN_FIELDS:
        return []
    fields: list[_Field] = []
    stack: list[tuple[int, str]] = []  # (indent of the key, key) of each open mapping or list
    named = 0
    for line in _YAML_LINE.finditer(text):
        indent, dash, key, value = line.group(1), line.group(2), line.group(3), line.group(4)
        if not (key or dash):
            continue
        column = len(indent) + (len(dash) if dash else 0)
        while stack and stack[-1][0] >= (len(indent) if dash else column):
            stack.pop()
        if key is None:
            # A list item's scalar: the list's key names it.
            path = tuple(name for _, name in stack)
            fields.append(_Field(path, "", line.start(4), line.end(4)))
            continue
        named += bool(_YAML_FIELD_NAME.search(key))
        if not value:
            stack.append((column, _field_name(key)))
            continue
        start, end = line.start(4), line.end(4)
        path = tuple(name for _, name in stack)
        if end - start >= 2 and text[start] == "[" and text[end - 1] == "]":
            fields += _array_items(text, start + 1, end - 1, (*path, _field_name(key)))
            continue
        if end - start >= 2 and text[start] == text[end - 1] and text[start] in "'\"":
            start, end = start + 1, end - 1
        fields.append(_Field(path, _field_name(key), start, end))
    return fields if named >= _MIN_FIELDS else []


# TOML and INI: `[section]` or `[[array.of.tables]]` over `key = value` lines, keys that may
# be dotted paths themselves (`armador.rol = operador`), arrays inline (`species = ["SKJ"]`).
_FIELD_NAME_SHAPE = re.compile(r"[_.]|[a-z][A-Z]")  # `call_sign`, `armador.rol`, `imoNumber`
_TOML_SECTION = re.compile(r"^[ \t]*\[\[?[ \t]*([A-Za-z_][\w.-]*)[ \t]*\]\]?[ \t]*$", re.MULTILINE)
_TOML_PAIR = re.compile(r"^[ \t]*([A-Za-z_][\w.-]*)[ \t]*=[ \t]*(.*?)[ \t]*$", re.MULTILINE)
_ARRAY_ITEM = re.compile(r'"([^"\n]*)"|\'([^\'\n]*)\'|([^\s,\[\]"\'][^,\[\]"\'\n]*?)(?=\s*[,\]])')


def _toml_fields(text: str) -> list[_Field]:
    """Fields of a TOML or INI page: several `field_name = value` lines."""
    if "=" not in text:
        return []
    pairs = list(_TOML_PAIR.finditer(text))
    if sum(1 for m in pairs if _FIELD_NAME_SHAPE.search(m.group(1))) < _MIN_FIELDS:
        return []
    sections = [(m.start(), _path_of(m.group(1))) for m in _TOML_SECTION.finditer(text)]
    fields: list[_Field] = []
    section: tuple[str, ...] = ()
    for pair in pairs:
        while sections and sections[0][0] < pair.start():
            section = sections.pop(0)[1]
        *parents, own = _path_of(pair.group(1)) or ("",)
        path = (*section, *parents)
        start, end = pair.span(2)
        if end - start >= 2 and text[start] == "[" and text[end - 1] == "]":
            fields += _array_items(text, start + 1, end - 1, (*path, own))
            continue
        if end - start >= 2 and text[start] == text[end - 1] and text[start] in "'\"":
            start, end = start + 1, end - 1
        fields.append(_Field(path, own, start, end))
    return fields


def _path_of(dotted: str) -> tuple[str, ...]:
    """A dotted key's parts as field names, without list positions (`licencias.1.especies`)."""
    return tuple(_field_name(part) for part in dotted.split(".") if part and not part.isdigit())


def _array_items(text: str, start: int, end: int, path: tuple[str, ...]) -> list[_Field]:
    """The items of an inline array (`["SKJ", "ALB"]`, `[TWN]`), each named by the array's key."""
    fields = []
    for item in _ARRAY_ITEM.finditer(text, start, end + 1):
        group = next(g for g in (1, 2, 3) if item.group(g) is not None)
        fields.append(_Field(path, "", item.start(group), item.end(group)))
    return fields


# A database dump: `CREATE TABLE` names a table's columns, `INSERT INTO` gives rows of values in
# that order (or in the order of its own column list).
_CREATE_TABLE = re.compile(
    r"CREATE TABLE (?:IF NOT EXISTS )?[`\"\[]?(?:\w+[`\"\]]?\.[`\"\[]?)?(\w+)[`\"\]]?\s*\(",
    re.IGNORECASE,
)
_COLUMN_NAME = re.compile(r"\s*[`\"\[]?(\w+)[`\"\]]?\s+\w")
_NOT_A_COLUMN = frozenset({"primary", "key", "unique", "constraint", "index", "foreign", "check"})
_INSERT = re.compile(
    r"INSERT INTO [`\"\[]?(?:\w+[`\"\]]?\.[`\"\[]?)?(\w+)[`\"\]]?\s*(\([^()]*\))?\s*VALUES\s*",
    re.IGNORECASE,
)
_SQL_VALUE = re.compile(r"'((?:[^'\n]|'')*)'|(-?\d+(?:\.\d+)?)|(NULL)\b|([(),;])", re.IGNORECASE)
_NAME_IN_LIST = re.compile(r"[`\"\[]?(\w+)[`\"\]]?")


def _created_tables(text: str) -> dict[str, list[str]]:
    """Each CREATE TABLE's columns in order, one a line or all on one (SQLite's way)."""
    if "CREATE TABLE" not in text and "create table" not in text:
        return {}
    columns: dict[str, list[str]] = {}
    for table in _CREATE_TABLE.finditer(text):
        start, end = table.end(), _closing_bracket(text, table.end())
        names = [_COLUMN_NAME.match(piece) for piece in _top_level_pieces(text[start:end])]
        columns[table.group(1).lower()] = [
            m.group(1) for m in names if m and m.group(1).lower() not in _NOT_A_COLUMN
        ]
    return columns


def _closing_bracket(text: str, start: int) -> int:
    """Where the bracket opened just before `start` closes (or the text's end)."""
    depth = 1
    for i in range(start, len(text)):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            depth -= 1
            if depth == 0:
                return i
    return len(text)


def _top_level_pieces(body: str) -> list[str]:
    """A column list split at its commas, not those inside a type's brackets (DECIMAL(8,2))."""
    pieces, depth, start = [], 0, 0
    for i, ch in enumerate(body):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "," and depth == 0:
            pieces.append(body[start:i])
            start = i + 1
    pieces.append(body[start:])
    return pieces


def _sql_fields(text: str, columns: Mapping[str, list[str]]) -> list[_Field]:
    if "INSERT INTO" not in text and "insert into" not in text:
        return []
    fields: list[_Field] = []
    for insert in _INSERT.finditer(text):
        table = insert.group(1).lower()
        named = insert.group(2)
        order = _NAME_IN_LIST.findall(named) if named else columns.get(table, [])
        if not order:
            continue
        path = (_field_name(table),)
        keys = [_field_name(name) for name in order]
        fields += _sql_rows(text, insert.end(), path, keys)
    return fields


def _sql_rows(text: str, start: int, path: tuple[str, ...], keys: list[str]) -> list[_Field]:
    """The fields of an INSERT's rows, `(v1, v2, ...), (...);`, from `start` to the `;`."""
    fields: list[_Field] = []
    depth, position = 0, 0
    for token in _SQL_VALUE.finditer(text, start):
        string, _, null, punctuation = token.groups()
        if punctuation == ";" and depth == 0:
            break
        if punctuation == "(":
            depth, position = depth + 1, 0
        elif punctuation == ")":
            depth -= 1
        elif punctuation == ",":
            position += depth == 1
        elif depth == 1 and position < len(keys) and null is None:
            group = 1 if string is not None else 2
            fields.append(_Field(path, keys[position], token.start(group), token.end(group)))
    return fields


# What an export writes for no value.
_NO_VALUE = frozenset({"null", "none", "nil", "~", "[]", "{}", "nan", "n/a", ""})


def _field_spans(text: str, field: _Field) -> list[Span]:
    value = text[field.start : field.end].strip().strip("'\"")
    if value.casefold() in _NO_VALUE or is_placeholder(text, field.start, field.end):
        return []
    label = _direct_label(field)
    if label is not None:
        span = make(text, field.start, field.end, label, _CONFIDENCE)
        return [span] if span else []
    kind = _kind(field)
    if kind is None or (kind in _WORDS_NOT_NUMBERS and value.isdigit()):
        return []  # `owner_id: 812`: a database's key for the owner's row, not its name
    return value_spans(kind, text, field.start, field.end, _CONFIDENCE)


_WORDS_NOT_NUMBERS = frozenset({k.OWNER, k.NAME, k.FLAG, k.PORT, k.CITY, k.COUNTRY, k.ADDRESS})


def _direct_label(field: _Field) -> str | None:
    """Labels no kind gives: a measurement's parts, and a region of an address."""
    inner = field.path[-1] if field.path else ""
    if field.key and _MEASUREMENT.search(inner):
        if _METRIC_TYPE.match(field.key):
            return "METRIC_TYPE"
        if _METRIC_VALUE.match(field.key):
            return "METRIC_VALUE"
        if _METRIC_UNIT.match(field.key):
            return "METRIC_UNIT"
    in_address = any(_ADDRESS.search(p) or _ASSOCIATE.search(p) for p in field.path)
    if field.key and in_address and _STATE.match(field.key):
        return "STATE"
    if field.key and in_address and _STREET.match(field.key):
        return "ADDRESS"  # the street line whole, not read for a city after its comma
    return None


# Field names that say only that a value is there; what it is, the words before them or the
# enclosing element say.
_GENERIC = frozenset({"name", "code", "id", "text", "value"})
_PASSED_DOWN = frozenset(
    {k.SPECIES, k.AREA, k.FORMER_NAME, k.FORMER_FLAG, k.FORMER_ID, k.FLAG, k.PORT, k.CITY}
    | {k.COUNTRY, k.ROLE, k.BUILD_PLACE, k.BUILD_COUNTRY}
)


def _kind(field: _Field) -> str | None:
    path = field.path
    inner = path[-1] if path else ""
    if not field.key:
        # An array's item: what the array's key names ("areas", "species", "former names").
        kind = k.kind_of(inner) if inner else None
        return None if kind in (k.IGNORE, k.NAME) else kind
    associate = any(_ASSOCIATE.search(p) for p in path)
    authorisation = any(_AUTHORISATION.search(p) for p in path)
    if _ROW_ID.match(field.key) or _COUNT.search(field.key):
        return None
    if authorisation and _TYPE.match(field.key):
        return k.AUTH_TYPE
    if authorisation and _AUTH_NUMBER.match(field.key):
        return k.LICENCE
    if _RFMO_NAME.match(field.key) and _EXTERNAL_IDS.search(inner):
        return k.RFMO_ID
    kind = k.kind_of(field.key)
    head, _, last = field.key.rpartition(" ")
    if head and last in _GENERIC and k.kind_of(head) not in (None, k.IGNORE):
        kind = k.kind_of(head)  # `CityName`, `RoleCode`: the words before say what it is
    if kind is None and _EXTERNAL_IDS.search(inner):
        return k.EXT_ID
    if (kind in (None, k.IGNORE) or field.key in _GENERIC) and inner:
        # `<code>` in `<species>`, `<FlagState code="CHN"/>`: the element takes its parent's
        # meaning.
        parent = k.kind_of(inner)
        if parent in _PASSED_DOWN:
            return parent
    if associate and kind == k.NAME:
        return k.OWNER
    if associate and kind == k.NATREG:
        return k.COMPANY_REG  # a company's own registration number
    return kind
