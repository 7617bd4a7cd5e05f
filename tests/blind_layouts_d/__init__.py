"""Blind evaluation set D: eight page layouts with gold spans under labelset v1.

Written without sight of the extractor or its tuning data (see README.md). Each layout module
has `LAYOUT` and `build_document(vessels, rng) -> list[PageDraft]` (one to three pages).
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
    excel_export,
    iuu_list,
    notification_email,
    observer_report,
    psma_annex_a,
    rfv_record,
    side_by_side,
    transposed_sheet,
)
from ._page import GoldSpan, PageDraft

__all__ = ["LAYOUTS", "BlindPage", "GoldSpan", "generate_blind_pages"]

_MODULES: tuple[ModuleType, ...] = (
    transposed_sheet,
    iuu_list,
    notification_email,
    rfv_record,
    side_by_side,
    psma_annex_a,
    excel_export,
    observer_report,
)
_BUILDERS: dict[str, Callable[[Sequence[Vessel], random.Random], list[PageDraft]]] = {
    module.LAYOUT: module.build_document for module in _MODULES
}
LAYOUTS: tuple[str, ...] = tuple(_BUILDERS)


@dataclass(frozen=True)
class BlindPage:
    doc_id: str
    page_num: int
    text: str
    spans: tuple[GoldSpan, ...]
    layout: str


def generate_blind_pages(
    vessels: Sequence[Vessel],
    pages_per_layout: int = 20,
    seed: int = 0,
    layouts: Sequence[str] | None = None,
) -> list[BlindPage]:
    """`pages_per_layout` pages of each layout; documents run one to three pages, so the last
    document of a layout may be cut short. Deterministic for a vessel list and seed."""
    if not vessels:
        raise ValueError("no vessels to build blind pages from")
    unknown = sorted(set(layouts or ()) - set(LAYOUTS))
    if unknown:
        raise ValueError(f"unknown blind layouts: {unknown}; known: {list(LAYOUTS)}")
    pages: list[BlindPage] = []
    for layout in layouts or LAYOUTS:
        produced = 0
        index = 0
        while produced < pages_per_layout:
            # str seeds are hashed with SHA-512 by random, independent of PYTHONHASHSEED.
            rng = random.Random(f"blind-d:{seed}:{layout}:{index}")
            doc_id = _doc_id(seed, layout, index)
            drafts = _BUILDERS[layout](vessels, rng)
            for page_num, draft in enumerate(drafts[: pages_per_layout - produced], start=1):
                pages.append(BlindPage(doc_id, page_num, draft.text, draft.spans, layout))
            produced += min(len(drafts), pages_per_layout - produced)
            index += 1
    return pages


def _doc_id(seed: int, layout: str, index: int) -> str:
    """A UUIDv7-shaped id derived from the seed, layout and document index."""
    digest = bytearray(hashlib.sha256(f"blind-d:{seed}:{layout}:{index}".encode()).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x70
    digest[8] = (digest[8] & 0x3F) | 0x80
    return str(uuid.UUID(bytes=bytes(digest)))
