"""Blind evaluation set Q: eight document kinds with gold spans (see README.md)."""

from __future__ import annotations

import hashlib
import random
import uuid
from collections.abc import Callable, Sequence
from types import ModuleType

from oceanid_dev.demo.vessels import Vessel

from . import (
    beacon_registration,
    compliance_summary,
    csr_record,
    msc_vessel_annex,
    reefer_bill_of_lading,
    registry_config_export,
    safe_manning,
    shipyard_orderbook,
)
from ._page import MAX_PAGE, MIN_PAGE, BlindPage, GoldSpan, PageDraft

__all__ = ["LAYOUTS", "BlindPage", "GoldSpan", "PageDraft", "generate_blind_pages"]

_MODULES: tuple[ModuleType, ...] = (
    csr_record,
    safe_manning,
    msc_vessel_annex,
    shipyard_orderbook,
    compliance_summary,
    reefer_bill_of_lading,
    registry_config_export,
    beacon_registration,
)
LAYOUTS: tuple[str, ...] = tuple(module.LAYOUT for module in _MODULES)
_BUILDERS: dict[str, Callable[[Sequence[Vessel], random.Random], list[PageDraft]]] = {
    module.LAYOUT: module.build_document for module in _MODULES
}


def _doc_id(key: str) -> str:
    """A UUIDv7-shaped id from the SHA-256 of the document's seed string."""
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
    """`pages_per_layout` pages of each layout, in LAYOUTS order (the last document cut short)."""
    if not vessels:
        raise ValueError("blind set Q needs at least one vessel")
    wanted = list(LAYOUTS) if layouts is None else list(layouts)
    unknown = [name for name in wanted if name not in _BUILDERS]
    if unknown:
        raise ValueError(f"unknown blind-Q layouts: {', '.join(unknown)}")
    pages: list[BlindPage] = []
    for layout in [name for name in LAYOUTS if name in wanted]:
        made = 0
        index = 0
        while made < pages_per_layout:
            key = f"blind-q:{seed}:{layout}:{index}"
            drafts = _BUILDERS[layout](vessels, random.Random(key))
            doc_id = _doc_id(key)
            for number, draft in enumerate(drafts[: pages_per_layout - made], start=1):
                text = draft.text
                if not MIN_PAGE <= len(text) <= MAX_PAGE:
                    raise AssertionError(f"{layout} page of {len(text)} characters")
                pages.append(BlindPage(doc_id, number, text, draft.spans, layout))
            made += min(len(drafts), pages_per_layout - made)
            index += 1
    return pages
