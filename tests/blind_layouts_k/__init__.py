"""Blind evaluation set K: held-out test pages in eight document kinds the extractor was not
written against, with gold spans recorded as each value is written (see README.md)."""

from __future__ import annotations

import hashlib
import random
import uuid
from collections.abc import Callable, Iterable
from types import ModuleType

from oceanid_dev.demo.vessels import Vessel

from . import (
    builders_certificate,
    bunker_delivery_note,
    detention_order,
    encyclopedia_article,
    logbook_daily_page,
    port_clearance,
    registry_search_results,
    supplier_vessel_list,
)
from ._page import BlindPage, GoldSpan, PageDraft

__all__ = ["LAYOUTS", "BlindPage", "GoldSpan", "generate_blind_pages"]

_MODULES: tuple[ModuleType, ...] = (
    builders_certificate,
    bunker_delivery_note,
    port_clearance,
    detention_order,
    registry_search_results,
    supplier_vessel_list,
    encyclopedia_article,
    logbook_daily_page,
)
_BUILDERS: dict[str, Callable[[list[Vessel], random.Random], list[PageDraft]]] = {
    module.LAYOUT: module.build_document for module in _MODULES
}
LAYOUTS: tuple[str, ...] = tuple(_BUILDERS)


def _doc_id(key: str) -> str:
    """A UUIDv7-shaped id from SHA-256 of the document's key (version 7, RFC 4122 variant)."""
    raw = bytearray(hashlib.sha256(key.encode("utf-8")).digest()[:16])
    raw[6] = (raw[6] & 0x0F) | 0x70
    raw[8] = (raw[8] & 0x3F) | 0x80
    return str(uuid.UUID(bytes=bytes(raw)))


def generate_blind_pages(
    vessels: list[Vessel],
    pages_per_layout: int = 20,
    seed: int = 0,
    layouts: Iterable[str] | None = None,
) -> list[BlindPage]:
    """`pages_per_layout` pages of each layout (all eight by default), documents of 1-3 pages;
    the same vessels and seed give the same pages in any process."""
    chosen = tuple(LAYOUTS if layouts is None else layouts)
    unknown = [name for name in chosen if name not in _BUILDERS]
    if unknown:
        raise ValueError(f"unknown blind layouts: {', '.join(unknown)}")
    if not vessels:
        raise ValueError("no vessels to write blind pages about")
    pages: list[BlindPage] = []
    for layout in chosen:
        made, index = 0, 0
        while made < pages_per_layout:
            key = f"blind-k:{seed}:{layout}:{index}"
            drafts = _BUILDERS[layout](vessels, random.Random(key))
            if not 1 <= len(drafts) <= 3:
                raise AssertionError(f"{layout} built a document of {len(drafts)} pages")
            doc_id = _doc_id(key)
            for number, draft in enumerate(drafts[: pages_per_layout - made], start=1):
                pages.append(BlindPage(doc_id, number, draft.text, draft.spans, layout))
                made += 1
            index += 1
    return pages
