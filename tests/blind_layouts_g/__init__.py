"""Blind evaluation set G: eight document layouts written without sight of the extractor.

`generate_blind_pages(vessels)` lays out documents about vessels from `load_vessels()` and
returns their pages with gold spans (labelset v1) recorded while the text was composed. See
README.md in this folder for the layouts and the labelling decisions.
"""

from __future__ import annotations

import hashlib
import random
import uuid
from collections.abc import Callable, Sequence
from types import ModuleType

from oceanid_dev.demo.vessels import Vessel

from . import (
    amendment_log,
    boxed_certificate,
    insurance_certificate,
    registo_pt,
    sighting_report,
    two_column_bulletin,
    vms_position_report,
    wrapped_register,
)
from ._page import BlindPage, GoldSpan, PageDraft

__all__ = ["LAYOUTS", "BlindPage", "GoldSpan", "generate_blind_pages"]

_MODULES: tuple[ModuleType, ...] = (
    wrapped_register,
    boxed_certificate,
    insurance_certificate,
    amendment_log,
    vms_position_report,
    registo_pt,
    two_column_bulletin,
    sighting_report,
)
_BUILDERS: dict[str, Callable[[Sequence[Vessel], random.Random], list[PageDraft]]] = {
    module.LAYOUT: module.build_document for module in _MODULES
}
LAYOUTS: tuple[str, ...] = tuple(_BUILDERS)


def doc_id(key: str) -> str:
    """A UUIDv7-shaped id (version 7, RFC 4122 variant) from the SHA-256 of key."""
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
    """Exactly pages_per_layout pages for each layout (the last document cut short)."""
    if not vessels:
        raise ValueError("generate_blind_pages needs at least one vessel")
    chosen = tuple(layouts) if layouts is not None else LAYOUTS
    unknown = [name for name in chosen if name not in _BUILDERS]
    if unknown:
        raise ValueError(f"unknown layout(s): {', '.join(unknown)}; known: {', '.join(LAYOUTS)}")
    pages: list[BlindPage] = []
    for layout in chosen:
        count, index = 0, 0
        while count < pages_per_layout:
            key = f"blind-g:{seed}:{layout}:{index}"
            drafts = _BUILDERS[layout](vessels, random.Random(key))
            assert 1 <= len(drafts) <= 3, (layout, len(drafts))
            for page_num, draft in enumerate(drafts[: pages_per_layout - count], start=1):
                pages.append(BlindPage(doc_id(key), page_num, draft.text, draft.spans, layout))
                count += 1
            index += 1
    return pages
