"""Blind evaluation set Y: eight document kinds with gold spans, written without the rules.

from tests.blind_layouts_y import LAYOUTS, BlindPage, GoldSpan, generate_blind_pages
pages = generate_blind_pages(vessels, pages_per_layout=20, seed=0, layouts=None)
"""

from __future__ import annotations

import hashlib
import random
import uuid
from collections.abc import Callable, Iterable
from types import ModuleType

from oceanid_dev.demo.vessels import Vessel

from . import (
    agent_nomination_letter,
    bareboat_charter_register,
    bunkering_approvals,
    c188_inspection_report,
    quota_auction_results,
    reefer_cargo_manifest,
    registry_issue_ticket,
    wreck_removal_notice,
)
from ._page import BlindPage, GoldSpan, PageDraft

__all__ = ["LAYOUTS", "BlindPage", "GoldSpan", "doc_uuid", "generate_blind_pages"]

_MODULES: tuple[ModuleType, ...] = (
    reefer_cargo_manifest,
    wreck_removal_notice,
    agent_nomination_letter,
    bunkering_approvals,
    registry_issue_ticket,
    bareboat_charter_register,
    c188_inspection_report,
    quota_auction_results,
)
LAYOUTS: tuple[str, ...] = tuple(module.LAYOUT for module in _MODULES)
_BUILDERS: dict[str, Callable[[list[Vessel], random.Random], list[PageDraft]]] = {
    module.LAYOUT: module.build_document for module in _MODULES
}


def doc_uuid(key: str) -> str:
    """A UUIDv7-shaped id from the SHA-256 of the document's key."""
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
    """Exactly `pages_per_layout` pages for each layout, in LAYOUTS order."""
    if not vessels:
        raise ValueError("generate_blind_pages needs at least one vessel")
    wanted = list(LAYOUTS) if layouts is None else list(layouts)
    unknown = sorted({name for name in wanted if name not in _BUILDERS})
    if unknown:
        raise ValueError(f"unknown blind layouts: {', '.join(unknown)}")
    pages: list[BlindPage] = []
    for layout in (name for name in LAYOUTS if name in wanted):
        made = 0
        index = 0
        while made < pages_per_layout:
            key = f"blind-y:{seed}:{layout}:{index}"
            drafts = _BUILDERS[layout](vessels, random.Random(key))
            doc_id = doc_uuid(key)
            for number, draft in enumerate(drafts[: pages_per_layout - made], start=1):
                spans = tuple(sorted(draft.spans, key=lambda s: (s.start, s.end)))
                pages.append(BlindPage(doc_id, number, draft.text, spans, layout))
                made += 1
            index += 1
    return pages
