"""Blind evaluation set S: eight document kinds written without seeing the extractor's rules.

from tests.blind_layouts_s import LAYOUTS, BlindPage, GoldSpan, generate_blind_pages
pages = generate_blind_pages(vessels, pages_per_layout=20, seed=0, layouts=None)
"""

from __future__ import annotations

import hashlib
import random
import uuid
from collections.abc import Callable, Sequence
from types import ModuleType

from oceanid_dev.demo.vessels import Vessel

from . import (
    chat_export,
    mainframe_register,
    moa_saleform,
    observer_placement,
    pi_blue_card,
    port_landing_stats,
    rfmo_two_up,
    wiki_incidents,
)
from ._page import BlindPage, GoldSpan, PageDraft

__all__ = ["LAYOUTS", "BlindPage", "GoldSpan", "PageDraft", "doc_uuid", "generate_blind_pages"]

_MODULES: tuple[ModuleType, ...] = (
    observer_placement,
    mainframe_register,
    rfmo_two_up,
    moa_saleform,
    port_landing_stats,
    wiki_incidents,
    chat_export,
    pi_blue_card,
)
LAYOUTS: tuple[str, ...] = tuple(module.LAYOUT for module in _MODULES)
_BUILDERS: dict[str, Callable[[Sequence[Vessel], random.Random], list[PageDraft]]] = {
    module.LAYOUT: module.build_document for module in _MODULES
}


def doc_uuid(key: str) -> str:
    """A UUIDv7-shaped id from the SHA-256 of the document's key."""
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
    if not vessels:
        raise ValueError("generate_blind_pages needs at least one vessel")
    chosen = list(LAYOUTS) if layouts is None else list(layouts)
    unknown = [name for name in chosen if name not in _BUILDERS]
    if unknown:
        raise ValueError(f"unknown layout(s): {', '.join(unknown)}; known: {', '.join(LAYOUTS)}")
    pages: list[BlindPage] = []
    for layout in [name for name in LAYOUTS if name in chosen]:
        count = 0
        index = 0
        while count < pages_per_layout:
            key = f"blind-s:{seed}:{layout}:{index}"
            drafts = _BUILDERS[layout](vessels, random.Random(key))
            if not drafts:
                raise ValueError(f"layout {layout} produced an empty document")
            doc_id = doc_uuid(key)
            for number, draft in enumerate(drafts[: pages_per_layout - count], start=1):
                pages.append(BlindPage(doc_id, number, draft.text, draft.spans, layout))
            count += min(len(drafts), pages_per_layout - count)
            index += 1
    return pages
