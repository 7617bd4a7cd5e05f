"""Blind evaluation set R: eight document kinds the extractor's authors have not seen.

    pages = generate_blind_pages(vessels, pages_per_layout=20, seed=0, layouts=None)

Each document gets random.Random(f"blind-r:{seed}:{layout}:{index}") and a UUIDv7-shaped id made
from the SHA-256 of the same string. See README.md.
"""

from __future__ import annotations

import hashlib
import random
import uuid
from collections.abc import Callable, Sequence
from types import ModuleType

from oceanid_dev.demo.vessels import Vessel

from . import (
    admiralty_arrest,
    approved_vessel_list,
    decommissioning_aid,
    kyc_screening,
    maritime_labour_certificate,
    navigational_warning,
    sql_dump,
    vessel_day_scheme,
)
from ._page import BlindPage, GoldSpan, PageDraft

__all__ = ["LAYOUTS", "BlindPage", "GoldSpan", "PageDraft", "doc_id_for", "generate_blind_pages"]

_MODULES: tuple[ModuleType, ...] = (
    sql_dump,
    approved_vessel_list,
    vessel_day_scheme,
    admiralty_arrest,
    maritime_labour_certificate,
    kyc_screening,
    decommissioning_aid,
    navigational_warning,
)
LAYOUTS: tuple[str, ...] = tuple(module.LAYOUT for module in _MODULES)
_BUILDERS: dict[str, Callable[[list[Vessel], random.Random], list[PageDraft]]] = {
    module.LAYOUT: module.build_document for module in _MODULES
}


def doc_id_for(key: str) -> str:
    """A UUIDv7-shaped id from the SHA-256 of key (version 7, RFC 4122 variant)."""
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
    """Exactly pages_per_layout pages per layout, in LAYOUTS order (the last document cut short)."""
    chosen = list(LAYOUTS) if layouts is None else list(layouts)
    unknown = [name for name in chosen if name not in _BUILDERS]
    if unknown:
        raise ValueError(f"unknown blind layouts: {', '.join(unknown)}")
    fleet = list(vessels)
    if not fleet:
        raise ValueError("generate_blind_pages needs at least one vessel")
    pages: list[BlindPage] = []
    for layout in (name for name in LAYOUTS if name in chosen):
        made = 0
        index = 0
        while made < pages_per_layout:
            key = f"blind-r:{seed}:{layout}:{index}"
            rng = random.Random(key)
            doc_id = doc_id_for(key)
            drafts = _BUILDERS[layout](fleet, rng)
            for number, draft in enumerate(drafts[: pages_per_layout - made], start=1):
                pages.append(BlindPage(doc_id, number, draft.text(), tuple(draft.spans), layout))
            made += min(len(drafts), pages_per_layout - made)
            index += 1
    return pages
