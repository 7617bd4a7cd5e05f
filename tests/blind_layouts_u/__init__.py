"""Blind evaluation set U: eight document kinds written without sight of the extractor.

from tests.blind_layouts_u import LAYOUTS, BlindPage, GoldSpan, generate_blind_pages
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
    email_tsv_paste,
    marking_inspection_checklist,
    mlc_financial_security,
    paper_appendix_table,
    plant_receipt_log,
    psma_denial_webpage,
    technical_file_cover,
    transhipment_summary,
)
from ._page import BlindPage, GoldSpan, PageDraft

__all__ = ["LAYOUTS", "BlindPage", "GoldSpan", "PageDraft", "doc_id_for", "generate_blind_pages"]

_MODULES: tuple[ModuleType, ...] = (
    psma_denial_webpage,
    technical_file_cover,
    mlc_financial_security,
    plant_receipt_log,
    email_tsv_paste,
    marking_inspection_checklist,
    transhipment_summary,
    paper_appendix_table,
)
LAYOUTS: tuple[str, ...] = tuple(module.LAYOUT for module in _MODULES)
_BUILDERS: dict[str, Callable[[Sequence[Vessel], random.Random], list[PageDraft]]] = {
    module.LAYOUT: module.build_document for module in _MODULES
}


def _key(seed: int, layout: str, index: int) -> str:
    return f"blind-u:{seed}:{layout}:{index}"


def doc_id_for(seed: int, layout: str, index: int) -> str:
    """A UUIDv7-shaped id from the SHA-256 of the document's key."""
    raw = bytearray(hashlib.sha256(_key(seed, layout, index).encode("utf-8")).digest()[:16])
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
    if not vessels:
        raise ValueError("generate_blind_pages needs at least one vessel")
    if layouts is not None:
        unknown = [name for name in layouts if name not in _BUILDERS]
        if unknown:
            raise ValueError(f"unknown blind layouts: {', '.join(unknown)}")
    chosen = [name for name in LAYOUTS if layouts is None or name in layouts]
    pages: list[BlindPage] = []
    for layout in chosen:
        count, index = 0, 0
        while count < pages_per_layout:
            rng = random.Random(_key(seed, layout, index))
            doc_id = doc_id_for(seed, layout, index)
            drafts = _BUILDERS[layout](vessels, rng)
            for number, draft in enumerate(drafts, start=1):
                if count == pages_per_layout:
                    break
                pages.append(BlindPage(doc_id, number, draft.text, draft.spans, layout))
                count += 1
            index += 1
    return pages
