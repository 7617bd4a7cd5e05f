"""Blind evaluation set Z: eight more kinds of fishing-vessel document with gold spans.

    from tests.blind_layouts_z import LAYOUTS, BlindPage, GoldSpan, generate_blind_pages
    pages = generate_blind_pages(vessels, pages_per_layout=20, seed=0, layouts=None)

Written without sight of the extractor's rules (see README.md).
"""

from __future__ import annotations

import hashlib
import random
import uuid
from collections.abc import Callable, Iterable
from types import ModuleType

from oceanid_dev.demo.vessels import Vessel

from . import (
    callsign_mmsi_allocation_letter,
    certificate_verification_portal,
    engine_subsidy_application,
    marpol_violation_report,
    ownership_structure_tree,
    rfmo_discrepancy_circular,
    satcom_airtime_invoice,
    tonnage_tax_assessment,
)
from ._page import BlindPage, GoldSpan, PageDraft, finish

_MODULES: tuple[ModuleType, ...] = (
    marpol_violation_report,
    engine_subsidy_application,
    rfmo_discrepancy_circular,
    callsign_mmsi_allocation_letter,
    certificate_verification_portal,
    ownership_structure_tree,
    satcom_airtime_invoice,
    tonnage_tax_assessment,
)
LAYOUTS: tuple[str, ...] = tuple(module.LAYOUT for module in _MODULES)
_BUILDERS: dict[str, Callable[[list[Vessel], random.Random], list[PageDraft]]] = {
    module.LAYOUT: module.build_document for module in _MODULES
}

__all__ = ["LAYOUTS", "BlindPage", "GoldSpan", "doc_id_for", "generate_blind_pages"]


def doc_id_for(key: str) -> str:
    """A UUIDv7-shaped id from the SHA-256 of the document's key (version and variant set)."""
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
    """Exactly `pages_per_layout` pages per layout, in LAYOUTS order (last document cut short)."""
    if not vessels:
        raise ValueError("generate_blind_pages needs at least one vessel")
    wanted = set(LAYOUTS if layouts is None else layouts)
    unknown = sorted(wanted - set(LAYOUTS))
    if unknown:
        raise ValueError(f"unknown blind layouts: {', '.join(unknown)}")
    pages: list[BlindPage] = []
    for layout in (name for name in LAYOUTS if name in wanted):
        made, index = 0, 0
        while made < pages_per_layout:
            key = f"blind-z:{seed}:{layout}:{index}"
            drafts = finish(_BUILDERS[layout](vessels, random.Random(key)))
            doc_id = doc_id_for(key)
            for number, draft in enumerate(drafts[: pages_per_layout - made], start=1):
                pages.append(BlindPage(doc_id, number, draft.text, tuple(draft.spans), layout))
                made += 1
            index += 1
    return pages
