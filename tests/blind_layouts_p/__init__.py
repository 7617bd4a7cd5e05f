"""Blind evaluation set P: held-out test pages of eight document kinds, written without sight
of the extractor, with gold spans recorded as each value was written. See README.md."""

from __future__ import annotations

import hashlib
import random
import uuid
from collections.abc import Sequence

from oceanid_dev.demo.vessels import Vessel

from . import (
    annual_compliance_table,
    capacity_transfer_notice,
    fishing_licence_card,
    iuu_list_proposal,
    manager_fleet_list,
    news_wire_brief,
    recycling_certificate,
    vessel_track_csv,
)
from ._page import BlindPage, GoldSpan, PageDraft

__all__ = ["LAYOUTS", "BlindPage", "GoldSpan", "PageDraft", "doc_id", "generate_blind_pages"]

_MODULES = (
    vessel_track_csv,
    iuu_list_proposal,
    capacity_transfer_notice,
    fishing_licence_card,
    annual_compliance_table,
    recycling_certificate,
    news_wire_brief,
    manager_fleet_list,
)
_BUILDERS = {module.LAYOUT: module.build_document for module in _MODULES}
LAYOUTS: tuple[str, ...] = tuple(module.LAYOUT for module in _MODULES)


def doc_id(key: str) -> str:
    """A UUIDv7-shaped id from the SHA-256 of `key` (version 7 and RFC 4122 variant bits)."""
    raw = bytearray(hashlib.sha256(key.encode("utf-8")).digest()[:16])
    raw[6] = 0x70 | (raw[6] & 0x0F)
    raw[8] = 0x80 | (raw[8] & 0x3F)
    return str(uuid.UUID(bytes=bytes(raw)))


def generate_blind_pages(
    vessels: Sequence[Vessel],
    pages_per_layout: int = 20,
    seed: int = 0,
    layouts: Sequence[str] | None = None,
) -> list[BlindPage]:
    """Exactly `pages_per_layout` pages of each layout (the last document cut short), in
    layout order; the same vessels and seed always give the same pages."""
    if not vessels:
        raise ValueError("generate_blind_pages needs at least one vessel")
    chosen = LAYOUTS if layouts is None else tuple(layouts)
    unknown = [name for name in chosen if name not in _BUILDERS]
    if unknown:
        raise ValueError(f"unknown layouts: {', '.join(unknown)} (known: {', '.join(LAYOUTS)})")
    pages: list[BlindPage] = []
    for layout in chosen:
        made, index = 0, 0
        while made < pages_per_layout:
            key = f"blind-p:{seed}:{layout}:{index}"
            drafts = _BUILDERS[layout](vessels, random.Random(key))
            if not 1 <= len(drafts) <= 3:
                raise AssertionError(f"{layout} built a document of {len(drafts)} pages")
            identifier = doc_id(key)
            for number, draft in enumerate(drafts[: pages_per_layout - made], start=1):
                pages.append(BlindPage(identifier, number, draft.text, draft.spans, layout))
                made += 1
            index += 1
    return pages
