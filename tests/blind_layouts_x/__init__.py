"""Blind evaluation set X: eight document kinds written without seeing the extractor's rules.

from tests.blind_layouts_x import LAYOUTS, BlindPage, GoldSpan, generate_blind_pages
pages = generate_blind_pages(vessels, pages_per_layout=20, seed=0, layouts=None)
"""

from __future__ import annotations

import hashlib
import random
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from types import ModuleType

from oceanid_dev.demo.vessels import Vessel

from . import (
    closure_exemption_notice,
    itu_ship_station_list,
    port_dues_statement,
    salvage_agreement_summary,
    seafood_lot_trace,
    ship_finance_term_sheet,
    stability_booklet_cover,
    sworn_registry_translation,
)
from ._page import PageDraft

__all__ = ["LAYOUTS", "BlindPage", "GoldSpan", "generate_blind_pages"]

_MODULES: tuple[ModuleType, ...] = (
    closure_exemption_notice,
    salvage_agreement_summary,
    ship_finance_term_sheet,
    stability_booklet_cover,
    port_dues_statement,
    itu_ship_station_list,
    seafood_lot_trace,
    sworn_registry_translation,
)
LAYOUTS: tuple[str, ...] = tuple(module.LAYOUT for module in _MODULES)
_BUILDERS: dict[str, Callable[[list[Vessel], random.Random], list[PageDraft]]] = {
    module.LAYOUT: module.build_document for module in _MODULES
}


@dataclass(frozen=True)
class GoldSpan:
    start: int
    end: int  # exclusive
    label: str


@dataclass(frozen=True)
class BlindPage:
    doc_id: str
    page_num: int  # from 1 within a document
    text: str
    spans: tuple[GoldSpan, ...]
    layout: str


def doc_uuid(key: str) -> str:
    """A UUIDv7-shaped id from the SHA-256 of the document's key (version and variant set)."""
    raw = bytearray(hashlib.sha256(key.encode("utf-8")).digest()[:16])
    raw[6] = (raw[6] & 0x0F) | 0x70
    raw[8] = (raw[8] & 0x3F) | 0x80
    return str(uuid.UUID(bytes=bytes(raw)))


def generate_blind_pages(
    vessels: Sequence[Vessel],
    pages_per_layout: int = 20,
    seed: int = 0,
    layouts: Sequence[str] | None = None,
) -> list[BlindPage]:
    """`pages_per_layout` pages of each layout, in LAYOUTS order; the last document is cut short."""
    chosen = LAYOUTS if layouts is None else tuple(layouts)
    unknown = [name for name in chosen if name not in _BUILDERS]
    if unknown:
        raise ValueError(f"unknown blind layouts: {', '.join(unknown)}")
    if not vessels:
        raise ValueError("generate_blind_pages needs at least one vessel")
    fleet = list(vessels)
    pages: list[BlindPage] = []
    for layout in [name for name in LAYOUTS if name in chosen]:
        made = 0
        index = 0
        while made < pages_per_layout:
            key = f"blind-x:{seed}:{layout}:{index}"
            drafts = _BUILDERS[layout](fleet, random.Random(key))
            doc_id = doc_uuid(key)
            for page_num, draft in enumerate(drafts, 1):
                if made == pages_per_layout:
                    break
                spans = tuple(GoldSpan(s, e, label) for s, e, label in sorted(draft.spans))
                pages.append(BlindPage(doc_id, page_num, draft.text, spans, layout))
                made += 1
            index += 1
    return pages
