"""Nested records printed as JSON, YAML or XML onto a PageDraft, labelling leaf values as
they are written (inside the quotes, never the quotes or the key)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from xml.sax.saxutils import escape

from ._page import PageDraft


@dataclass(frozen=True)
class Leaf:
    value: str | None  # None prints as the format's null
    label: str | None = None
    number: bool = False  # unquoted in JSON and YAML


@dataclass(frozen=True)
class Obj:
    items: tuple[tuple[str, Node], ...]


@dataclass(frozen=True)
class Arr:
    items: tuple[Node, ...]
    tag: str = "item"  # XML element name of each item


Node = Leaf | Obj | Arr


def _put(page: PageDraft, shown: str, leaf: Leaf) -> None:
    page.add(shown, leaf.label if shown.strip() == shown and shown else None)


# --- JSON -------------------------------------------------------------------------------------


def write_json(page: PageDraft, node: Node, indent: int | None, depth: int = 0) -> None:
    pad = "" if indent is None else "\n" + " " * (indent * (depth + 1))
    end = "" if indent is None else "\n" + " " * (indent * depth)
    colon = ": " if indent is not None else ":"
    if isinstance(node, Leaf):
        if node.value is None:
            page.add("null")
        elif node.number:
            _put(page, node.value, node)
        else:
            page.add('"')
            _put(page, json.dumps(node.value, ensure_ascii=False)[1:-1], node)
            page.add('"')
        return
    opener, closer = ("{", "}") if isinstance(node, Obj) else ("[", "]")
    entries = list(node.items)
    if not entries:
        page.add(opener + closer)
        return
    page.add(opener)
    for number, entry in enumerate(entries):
        page.add(pad)
        if isinstance(entry, tuple):
            key, child = entry
            page.add(f'"{key}"{colon}')
        else:
            child = entry
        write_json(page, child, indent, depth + 1)
        if number < len(entries) - 1:
            page.add(",")
    page.add(end + closer)


# --- YAML -------------------------------------------------------------------------------------

_PLAIN = re.compile(r"[A-Za-z][^:#\n]*")
_RESERVED = {"yes", "no", "true", "false", "null", "on", "off", "~"}


def _yaml_scalar(page: PageDraft, leaf: Leaf) -> None:
    if leaf.value is None:
        page.add("null")
    elif leaf.number or (_PLAIN.fullmatch(leaf.value) and leaf.value.lower() not in _RESERVED):
        _put(page, leaf.value, leaf)
    else:
        page.add("'")
        _put(page, leaf.value.replace("'", "''"), leaf)
        page.add("'")


def write_yaml(page: PageDraft, node: Node, depth: int = 0, lead: str | None = None) -> None:
    """Block style; the caller starts at column 0 on a fresh line (or right after "- ", in
    which case `lead` replaces the first line's indent)."""
    indent = "  " * depth
    items: list[tuple[str | None, Node]] = (
        [(key, child) for key, child in node.items]
        if isinstance(node, Obj)
        else [(None, child) for child in node.items]
        if isinstance(node, Arr)
        else []
    )
    for number, (key, child) in enumerate(items):
        page.add(
            (lead if lead is not None and number == 0 else indent) + (f"{key}:" if key else "-")
        )
        if isinstance(child, Leaf):
            page.add(" ")
            _yaml_scalar(page, child)
            page.add("\n")
        elif not child.items:
            page.add(" {}\n" if isinstance(child, Obj) else " []\n")
        elif key is None and isinstance(child, Obj):
            write_yaml(page, child, depth + 1, lead=" ")
        else:
            page.add("\n")
            write_yaml(page, child, depth + 1)


# --- XML --------------------------------------------------------------------------------------


def write_xml(page: PageDraft, tag: str, node: Node, depth: int = 0) -> None:
    indent = "  " * depth
    if isinstance(node, Leaf):
        if node.value is None:
            page.add(f'{indent}<{tag} xsi:nil="true"/>\n')
            return
        page.add(f"{indent}<{tag}>")
        _put(page, escape(node.value), node)
        page.add(f"</{tag}>\n")
        return
    page.add(f"{indent}<{tag}>\n")
    if isinstance(node, Obj):
        for key, child in node.items:
            write_xml(page, key, child, depth + 1)
    else:
        for child in node.items:
            write_xml(page, node.tag, child, depth + 1)
    page.add(f"{indent}</{tag}>\n")
