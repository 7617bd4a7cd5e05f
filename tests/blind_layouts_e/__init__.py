"""Blind evaluation set E: eight new kinds of fishing-vessel document with gold spans,
written without sight of the extractor (see README.md)."""

from __future__ import annotations

import hashlib
import random
import uuid
from collections.abc import Callable, Iterable, Sequence

from oceanid_dev.demo.vessels import Vessel

from . import (
    ais_gap_report,
    class_register_entry,
    fixed_width_report,
    logbook_cover,
    news_release,
    port_inspection_report,
    record_dump,
    transhipment_declaration,
)
from ._page import BlindPage, GoldSpan, PageDraft

__all__ = ["LAYOUTS", "BlindPage", "GoldSpan", "generate_blind_pages"]

Builder = Callable[[Sequence[Vessel], random.Random], list[PageDraft]]
_BUILDERS: dict[str, Builder] = {
    module.LAYOUT: module.build_document
    for module in (
        transhipment_declaration,
        port_inspection_report,
        record_dump,
        ais_gap_report,
        class_register_entry,
        news_release,
        fixed_width_report,
        logbook_cover,
    )
}
LAYOUTS: tuple[str, ...] = tuple(_BUILDERS)


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
    layouts: Iterable[str] | None = None,
) -> list[BlindPage]:
    """Exactly `pages_per_layout` pages for each layout (the last document cut short), in
    layout order. Deterministic for a vessel list and seed: each document has its own
    string-seeded random.Random, so PYTHONHASHSEED plays no part."""
    if not vessels:
        raise ValueError("generate_blind_pages needs at least one vessel")
    chosen = LAYOUTS if layouts is None else tuple(layouts)
    unknown = [name for name in chosen if name not in _BUILDERS]
    if unknown:
        raise ValueError(f"unknown blind layout(s): {', '.join(unknown)}; known: {LAYOUTS}")
    pages: list[BlindPage] = []
    for layout in chosen:
        made, index = 0, 0
        while made < pages_per_layout:
            key = f"blind-e:{seed}:{layout}:{index}"
            drafts = _BUILDERS[layout](vessels, random.Random(key))
            if not 1 <= len(drafts) <= 3:
                raise RuntimeError(f"{layout} built a document of {len(drafts)} pages")
            doc_id = _doc_id(key)
            for number, draft in enumerate(drafts[: pages_per_layout - made], start=1):
                pages.append(draft.finish(doc_id, number, layout))
                made += 1
            index += 1
    return pages
