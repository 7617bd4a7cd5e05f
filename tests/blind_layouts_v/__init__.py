"""Blind evaluation set V: eight kinds of vessel document, generated with gold spans.

    pages = generate_blind_pages(vessels, pages_per_layout=20, seed=0, layouts=None)

Each document gets random.Random(f"blind-v:{seed}:{layout}:{index}") and a UUIDv7-shaped doc_id
made from the SHA-256 of the same string. See README.md.
"""

from __future__ import annotations

import hashlib
import random
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from types import ModuleType

from oceanid_dev.demo.vessels import Vessel

from . import (
    berth_allocation_schedule,
    court_docket_listing,
    crew_change_notice,
    flag_sanctions_press_release,
    insurance_claim_email,
    quota_allocation_table,
    typewritten_index_card_ocr,
    vessel_sale_classified,
)
from ._page import PageDraft

__all__ = ["LAYOUTS", "BlindPage", "GoldSpan", "PageDraft", "doc_key", "generate_blind_pages"]

_MODULES: tuple[ModuleType, ...] = (
    vessel_sale_classified,
    berth_allocation_schedule,
    insurance_claim_email,
    flag_sanctions_press_release,
    quota_allocation_table,
    crew_change_notice,
    court_docket_listing,
    typewritten_index_card_ocr,
)
LAYOUTS: tuple[str, ...] = tuple(str(module.LAYOUT) for module in _MODULES)
_BY_NAME = dict(zip(LAYOUTS, _MODULES, strict=True))


@dataclass(frozen=True)
class GoldSpan:
    start: int
    end: int  # exclusive
    label: str


@dataclass(frozen=True)
class BlindPage:
    doc_id: str
    page_num: int  # from 1 within a document
    text: str
    spans: tuple[GoldSpan, ...]
    layout: str


def doc_key(seed: int, layout: str, index: int) -> str:
    return f"blind-v:{seed}:{layout}:{index}"


def _doc_id(key: str) -> str:
    raw = bytearray(hashlib.sha256(key.encode("utf-8")).digest()[:16])
    raw[6] = (raw[6] & 0x0F) | 0x70  # version 7
    raw[8] = (raw[8] & 0x3F) | 0x80  # RFC 4122 variant
    return str(uuid.UUID(bytes=bytes(raw)))


def generate_blind_pages(
    vessels: Sequence[Vessel],
    pages_per_layout: int = 20,
    seed: int = 0,
    layouts: Iterable[str] | None = None,
) -> list[BlindPage]:
    """`pages_per_layout` pages of each layout, in LAYOUTS order; the last document cut short."""
    fleet = list(vessels)
    if not fleet:
        raise ValueError("generate_blind_pages needs at least one vessel")
    wanted = LAYOUTS if layouts is None else tuple(layouts)
    unknown = sorted({name for name in wanted if name not in _BY_NAME})
    if unknown:
        raise ValueError(f"unknown layouts: {', '.join(unknown)}")
    pages: list[BlindPage] = []
    for layout in (name for name in LAYOUTS if name in wanted):
        build = _BY_NAME[layout].build_document
        produced, index = 0, 0
        while produced < pages_per_layout:
            key = doc_key(seed, layout, index)
            drafts: list[PageDraft] = build(fleet, random.Random(key))
            doc_id = _doc_id(key)
            for number, draft in enumerate(drafts[: pages_per_layout - produced], start=1):
                spans = tuple(GoldSpan(s, e, label) for s, e, label in draft.spans)
                pages.append(BlindPage(doc_id, number, draft.text, spans, layout))
                produced += 1
            index += 1
    return pages
