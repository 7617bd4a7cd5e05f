"""Blind evaluation set O: held-out test pages with gold spans, written without seeing the
extractor (see README.md). Test-only data; nothing here is used by the pipeline."""

from __future__ import annotations

import hashlib
import random
import uuid
from collections.abc import Callable, Iterable
from types import ModuleType

from oceanid_dev.demo.vessels import Vessel

from . import (
    marine_casualty_report,
    photo_identification_sheet,
    radio_log,
    sales_note,
    sar_sitrep,
    seafarer_employment_agreement,
    social_media_posts,
    valuation_certificate,
)
from ._page import BlindPage, GoldSpan, PageDraft

__all__ = ["LAYOUTS", "BlindPage", "GoldSpan", "generate_blind_pages"]

_MODULES: tuple[ModuleType, ...] = (
    marine_casualty_report,
    sar_sitrep,
    seafarer_employment_agreement,
    valuation_certificate,
    sales_note,
    social_media_posts,
    radio_log,
    photo_identification_sheet,
)
_BUILDERS: dict[str, Callable[[list[Vessel], random.Random], list[PageDraft]]] = {
    module.LAYOUT: module.build_document for module in _MODULES
}
LAYOUTS: tuple[str, ...] = tuple(_BUILDERS)


def doc_id(key: str) -> str:
    """A UUIDv7-shaped id from SHA-256 of the document key (version 7, RFC 4122 variant)."""
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
    """`pages_per_layout` pages of each layout (documents of 1-3 pages, the last cut short)."""
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
            key = f"blind-o:{seed}:{layout}:{index}"
            drafts = _BUILDERS[layout](vessels, random.Random(key))
            if not drafts:
                raise RuntimeError(f"layout {layout} made an empty document")
            doc = doc_id(key)
            for number, draft in enumerate(drafts[: pages_per_layout - made], start=1):
                pages.append(BlindPage(doc, number, draft.text, draft.spans, layout))
            made += min(len(drafts), pages_per_layout - made)
            index += 1
    return pages
