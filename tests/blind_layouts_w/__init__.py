"""Blind evaluation set W: eight document kinds written without sight of the extractor's rules.

from tests.blind_layouts_w import LAYOUTS, BlindPage, GoldSpan, generate_blind_pages
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
    bft_transfer_caging,
    charter_fixture_recap,
    dcs_fuel_statement,
    fuel_subsidy_allocation,
    licence_fee_invoice,
    producers_member_directory,
    registry_unified_diff,
    vms_installation_certificate,
)
from ._page import BlindPage, GoldSpan, PageDraft

__all__ = ["LAYOUTS", "BlindPage", "GoldSpan", "PageDraft", "generate_blind_pages"]

_MODULES: tuple[ModuleType, ...] = (
    licence_fee_invoice,
    vms_installation_certificate,
    registry_unified_diff,
    dcs_fuel_statement,
    bft_transfer_caging,
    producers_member_directory,
    fuel_subsidy_allocation,
    charter_fixture_recap,
)
LAYOUTS: tuple[str, ...] = tuple(module.LAYOUT for module in _MODULES)
_BUILDERS: dict[str, Callable[[list[Vessel], random.Random], list[PageDraft]]] = {
    module.LAYOUT: module.build_document for module in _MODULES
}


def doc_uuid(key: str) -> str:
    """A UUIDv7-shaped id from the SHA-256 of `key` (version 7, RFC 4122 variant)."""
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
    """Exactly `pages_per_layout` pages of each layout, in LAYOUTS order."""
    if not vessels:
        raise ValueError("generate_blind_pages needs at least one vessel")
    if pages_per_layout < 0:
        raise ValueError("pages_per_layout must not be negative")
    chosen = LAYOUTS if layouts is None else tuple(layouts)
    unknown = [name for name in chosen if name not in _BUILDERS]
    if unknown:
        raise ValueError(f"unknown layouts: {', '.join(unknown)} (known: {', '.join(LAYOUTS)})")
    fleet = list(vessels)
    pages: list[BlindPage] = []
    for layout in [name for name in LAYOUTS if name in chosen]:
        made = 0
        index = 0
        while made < pages_per_layout:
            key = f"blind-w:{seed}:{layout}:{index}"
            drafts = _BUILDERS[layout](fleet, random.Random(key))
            doc_id = doc_uuid(key)
            for page_num, draft in enumerate(drafts, 1):
                if made == pages_per_layout:
                    break
                pages.append(BlindPage(doc_id, page_num, draft.text, tuple(draft.spans), layout))
                made += 1
            index += 1
    return pages
