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
_RFMO_NAME = re.compile(
    r"^(?:iotc|iccat|wcpfc|iattc|npfc|ccsbt|sprfmo|siofa|nafo|ccamlr|gfcm|neafc|seafo|apfic|"
    r"ctoi|cicta|ciat)(?: (?:id|no|vid|number|record))?$"
)


@dataclass(frozen=True)
class StructuredRecords:
    spans: list[Span]
    covered: list[tuple[int, int]]  # line ranges of the blocks read


@dataclass(frozen=True)
class _Field:
    path: tuple[str, ...]  # enclosing keys, outermost first, normalised
    key: str  # the field's own key, normalised ("" for an array item)
    start: int
    end: int


def find_structured(text: str) -> StructuredRecords:
    blocks = [f for f in (_json_fields(text), _xml_fields(text), _yaml_fields(text)) if f]
    spans: list[Span] = []
    covered: list[tuple[int, int]] = []
    for fields in blocks:
        if len(fields) < _MIN_FIELDS:
            continue
        for field in fields:
            spans += _field_spans(text, field)
        first = text.rfind("\n", 0, fields[0].start) + 1
        last = text.find("\n", fields[-1].end)
        covered.append((first, len(text) if last < 0 else last))
    spans.sort(key=lambda s: (s.start, s.end))
    return StructuredRecords(spans, covered)


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
        if end - start >= 2 and text[start] == text[end - 1] and text[start] in "'\"":
            start, end = start + 1, end - 1
        path = tuple(name for _, name in stack)
        fields.append(_Field(path, _field_name(key), start, end))
    return fields if named >= _MIN_FIELDS else []


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
    if kind is None:
        return []
    return value_spans(kind, text, field.start, field.end, _CONFIDENCE)


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
    if _ROW_ID.match(field.key):
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
    return kind
