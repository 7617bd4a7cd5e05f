"""Blind evaluation set N: eight held-out document layouts with gold spans (see README.md)."""

from __future__ import annotations

import hashlib
import random
import uuid
from collections.abc import Callable, Iterable
from types import ModuleType

from oceanid_dev.demo.vessels import Vessel

from . import (
    customs_export_declaration,
    distant_water_list,
    handwritten_form_ocr,
    harbour_movements_list,
    inspection_checklist,
    licence_email_thread,
    ngo_vessel_dossier,
    parliamentary_answer,
)
from ._page import BlindPage, GoldSpan, PageDraft

__all__ = ["LAYOUTS", "BlindPage", "GoldSpan", "generate_blind_pages"]

_MODULES: tuple[ModuleType, ...] = (
    ngo_vessel_dossier,
    parliamentary_answer,
    handwritten_form_ocr,
    licence_email_thread,
    customs_export_declaration,
    harbour_movements_list,
    distant_water_list,
    inspection_checklist,
)
_BUILDERS: dict[str, Callable[[list[Vessel], random.Random], list[PageDraft]]] = {
    module.LAYOUT: module.build_document for module in _MODULES
}
LAYOUTS: tuple[str, ...] = tuple(_BUILDERS)


def _doc_id(key: str) -> str:
    """A UUIDv7-shaped id (version 7, RFC 4122 variant) from the SHA-256 of the key."""
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
    """Exactly `pages_per_layout` pages for each requested layout, in the order asked.

    Each document draws from its own `random.Random(f"blind-n:{seed}:{layout}:{index}")`, so
    the pages depend only on the vessel list and the seed (never on PYTHONHASHSEED)."""
    chosen = tuple(dict.fromkeys(LAYOUTS if layouts is None else layouts))
    unknown = [name for name in chosen if name not in _BUILDERS]
    if unknown:
        raise ValueError(f"unknown blind layouts: {', '.join(map(repr, unknown))}")
    if not vessels:
        raise ValueError("generate_blind_pages needs at least one vessel")
    if pages_per_layout < 0:
        raise ValueError("pages_per_layout must not be negative")
    pages: list[BlindPage] = []
    for layout in chosen:
        count, index = 0, 0
        while count < pages_per_layout:
            key = f"blind-n:{seed}:{layout}:{index}"
            drafts = _BUILDERS[layout](list(vessels), random.Random(key))
            if not 1 <= len(drafts) <= 3:
                raise AssertionError(f"{layout} built a document of {len(drafts)} pages")
            doc_id = _doc_id(key)
            for page_num, draft in enumerate(drafts[: pages_per_layout - count], start=1):
                pages.append(BlindPage(doc_id, page_num, draft.text, draft.spans, layout))
                count += 1
            index += 1
    return pages
