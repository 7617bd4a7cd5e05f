"""Blind evaluation set T: eight document kinds with gold spans, written without seeing the
extractor's rules (see README.md)."""

from __future__ import annotations

import hashlib
import random
import uuid
from collections.abc import Callable, Iterable, Sequence
from types import ModuleType

from oceanid_dev.demo.vessels import Vessel

from . import (
    annual_report_fleet,
    crew_questionnaire,
    hsbi_boarding_report,
    iuu_delisting_decision,
    official_journal_permits,
    pre_arrival_webform,
    register_book_page,
    survey_charter_plan,
)
from ._page import BlindPage, GoldSpan, PageDraft

__all__ = ["LAYOUTS", "BlindPage", "GoldSpan", "PageDraft", "doc_id_for", "generate_blind_pages"]

_MODULES: tuple[ModuleType, ...] = (
    crew_questionnaire,
    hsbi_boarding_report,
    official_journal_permits,
    register_book_page,
    annual_report_fleet,
    iuu_delisting_decision,
    pre_arrival_webform,
    survey_charter_plan,
)
LAYOUTS: tuple[str, ...] = tuple(str(module.LAYOUT) for module in _MODULES)
_BUILDERS: dict[str, Callable[[list[Vessel], random.Random], list[PageDraft]]] = {
    str(module.LAYOUT): module.build_document for module in _MODULES
}


def doc_id_for(key: str) -> str:
    """A UUIDv7-shaped id from the SHA-256 of the document's key (version and variant set)."""
    raw = bytearray(hashlib.sha256(key.encode("utf-8")).digest()[:16])
    raw[6] = (raw[6] & 0x0F) | 0x70
    raw[8] = (raw[8] & 0x3F) | 0x80
    return str(uuid.UUID(bytes=bytes(raw)))


def generate_blind_pages(
    vessels: Sequence[Vessel],
    pages_per_layout: int = 20,
    seed: int = 0,
    layouts: Iterable[str] | None = None,
) -> list[BlindPage]:
    """Exactly `pages_per_layout` pages per layout, in LAYOUTS order (last document cut short)."""
    fleet = list(vessels)
    if not fleet:
        raise ValueError("generate_blind_pages needs at least one vessel")
    wanted = LAYOUTS if layouts is None else tuple(layouts)
    unknown = sorted({name for name in wanted if name not in _BUILDERS})
    if unknown:
        raise ValueError(f"unknown layouts: {', '.join(unknown)}")
    pages: list[BlindPage] = []
    for layout in LAYOUTS:
        if layout not in wanted:
            continue
        made = 0
        index = 0
        while made < pages_per_layout:
            key = f"blind-t:{seed}:{layout}:{index}"
            drafts = _BUILDERS[layout](fleet, random.Random(key))
            doc_id = doc_id_for(key)
            for number, draft in enumerate(drafts[: pages_per_layout - made], start=1):
                pages.append(draft.finish(doc_id, number, layout))
            made += min(len(drafts), pages_per_layout - made)
            index += 1
    return pages
