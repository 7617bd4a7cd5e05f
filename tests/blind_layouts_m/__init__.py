"""Blind evaluation set M: eight document layouts written without sight of the extractor
(see README.md). Test-only data: pages with gold spans recorded as the text was built."""

from __future__ import annotations

import hashlib
import random
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from types import ModuleType

from oceanid_dev.demo.vessels import Vessel

from . import (
    auction_sale_notice,
    chat_export,
    dark_vessel_report,
    global_record_entry,
    hull_policy_schedule,
    registry_certificate_fr,
    repair_invoice,
    toothfish_catch_document,
)
from ._page import GoldSpan, PageDraft

__all__ = ["LAYOUTS", "BlindPage", "GoldSpan", "generate_blind_pages"]

_MODULES: tuple[ModuleType, ...] = (
    toothfish_catch_document,
    auction_sale_notice,
    repair_invoice,
    chat_export,
    global_record_entry,
    registry_certificate_fr,
    hull_policy_schedule,
    dark_vessel_report,
)
_BY_NAME: dict[str, ModuleType] = {module.LAYOUT: module for module in _MODULES}
LAYOUTS: tuple[str, ...] = tuple(_BY_NAME)


@dataclass(frozen=True)
class BlindPage:
    doc_id: str
    page_num: int
    text: str
    spans: tuple[GoldSpan, ...]
    layout: str


def doc_id(key: str) -> str:
    """A UUIDv7-shaped id from the SHA-256 of the document's key (version 7, RFC 4122 variant)."""
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
    """`pages_per_layout` pages for each layout (all eight unless `layouts` names some)."""
    if not vessels:
        raise ValueError("generate_blind_pages needs at least one vessel")
    chosen = tuple(layouts) if layouts is not None else LAYOUTS
    unknown = sorted({name for name in chosen if name not in _BY_NAME})
    if unknown:
        raise ValueError(f"unknown layout(s): {', '.join(unknown)}; known: {', '.join(LAYOUTS)}")
    fleet = list(vessels)
    pages: list[BlindPage] = []
    for layout in chosen:
        made = 0
        index = 0
        while made < pages_per_layout:
            key = f"blind-m:{seed}:{layout}:{index}"
            drafts: list[PageDraft] = _BY_NAME[layout].build_document(fleet, random.Random(key))
            if not 1 <= len(drafts) <= 3:
                raise AssertionError(f"{layout} built a document of {len(drafts)} pages")
            ident = doc_id(key)
            for page_num, draft in enumerate(drafts[: pages_per_layout - made], start=1):
                pages.append(BlindPage(ident, page_num, draft.text, draft.spans, layout))
                made += 1
            index += 1
    return pages
