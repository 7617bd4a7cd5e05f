"""Blind evaluation set H: held-out pages of eight new kinds of fishing-vessel document.

Written without sight of the extractor; see README.md for the constraints and the labelling."""

from __future__ import annotations

import hashlib
import random
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from oceanid_dev.demo.vessels import Vessel

from . import (
    authorisation_letter,
    broker_listing,
    court_judgment,
    national_report_table,
    ocr_noisy_register,
    record_changes_circular,
    split_spreadsheet,
    web_vessel_page,
)
from ._page import PageDraft

__all__ = ["LAYOUTS", "BlindPage", "GoldSpan", "generate_blind_pages"]

_BUILDERS: dict[str, Callable[[list[Vessel], random.Random], list[PageDraft]]] = {
    module.LAYOUT: module.build_document
    for module in (
        authorisation_letter,
        record_changes_circular,
        ocr_noisy_register,
        split_spreadsheet,
        web_vessel_page,
        broker_listing,
        court_judgment,
        national_report_table,
    )
}
LAYOUTS: tuple[str, ...] = tuple(_BUILDERS)


@dataclass(frozen=True)
class GoldSpan:
    start: int
    end: int
    label: str


@dataclass(frozen=True)
class BlindPage:
    doc_id: str
    page_num: int
    text: str
    spans: tuple[GoldSpan, ...]
    layout: str


def _doc_id(key: str) -> str:
    """A UUIDv7-shaped id (version 7, RFC 4122 variant) from the SHA-256 of the key."""
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
    """`pages_per_layout` pages of each layout, document by document (1-3 pages each)."""
    fleet = list(vessels)
    if not fleet:
        raise ValueError("generate_blind_pages needs at least one vessel")
    chosen = tuple(layouts) if layouts is not None else LAYOUTS
    unknown = [name for name in chosen if name not in _BUILDERS]
    if unknown:
        raise ValueError(f"unknown blind layouts: {', '.join(map(repr, unknown))}")
    pages: list[BlindPage] = []
    for layout in chosen:
        made, index = 0, 0
        while made < pages_per_layout:
            key = f"blind-h:{seed}:{layout}:{index}"
            drafts = _BUILDERS[layout](fleet, random.Random(key))
            doc_id = _doc_id(key)
            for page_num, draft in enumerate(drafts[: pages_per_layout - made], start=1):
                spans = tuple(GoldSpan(s, e, label) for s, e, label in draft.spans)
                pages.append(BlindPage(doc_id, page_num, draft.text, spans, layout))
            made += min(len(drafts), pages_per_layout - made)
            index += 1
    return pages
