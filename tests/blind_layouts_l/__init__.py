"""Blind evaluation set L: held-out test pages with gold spans, written without sight of the
extractor (see README.md). Eight document kinds new to the project, built from vessel identities.
"""

from __future__ import annotations

import hashlib
import random
import uuid
from collections.abc import Callable, Iterable
from types import ModuleType

from oceanid_dev.demo.vessels import Vessel

from . import (
    agreement_technical_sheet,
    ais_vessel_list_export,
    compliance_infringement_table,
    deletion_certificate,
    port_entry_denial,
    reflagging_notification,
    registration_application,
    sanitation_certificate,
)
from ._page import BlindPage, GoldSpan, PageDraft

__all__ = ["LAYOUTS", "BlindPage", "GoldSpan", "generate_blind_pages"]

_MODULES: tuple[ModuleType, ...] = (
    registration_application,
    deletion_certificate,
    compliance_infringement_table,
    port_entry_denial,
    sanitation_certificate,
    agreement_technical_sheet,
    reflagging_notification,
    ais_vessel_list_export,
)
_BUILDERS: dict[str, Callable[[list[Vessel], random.Random], list[PageDraft]]] = {
    module.LAYOUT: module.build_document for module in _MODULES
}
LAYOUTS: tuple[str, ...] = tuple(_BUILDERS)


def _doc_id(key: str) -> str:
    """A UUIDv7-shaped id from SHA-256 of the document key (stable across runs and machines)."""
    raw = bytearray(hashlib.sha256(key.encode("utf-8")).digest()[:16])
    raw[6] = (raw[6] & 0x0F) | 0x70  # version 7
    raw[8] = (raw[8] & 0x3F) | 0x80  # RFC 4122 variant
    return str(uuid.UUID(bytes=bytes(raw)))


def generate_blind_pages(
    vessels: list[Vessel],
    pages_per_layout: int = 20,
    seed: int = 0,
    layouts: Iterable[str] | None = None,
) -> list[BlindPage]:
    """Exactly `pages_per_layout` pages per layout, in documents of one to three pages."""
    if not vessels:
        raise ValueError("generate_blind_pages needs at least one vessel")
    chosen = tuple(LAYOUTS if layouts is None else layouts)
    unknown = [name for name in chosen if name not in _BUILDERS]
    if unknown:
        raise ValueError(f"unknown layout(s): {', '.join(unknown)}; known: {', '.join(LAYOUTS)}")
    pages: list[BlindPage] = []
    for layout in chosen:
        made = 0
        index = 0
        while made < pages_per_layout:
            key = f"blind-l:{seed}:{layout}:{index}"
            drafts = _BUILDERS[layout](vessels, random.Random(key))
            doc_id = _doc_id(key)
            for page_num, draft in enumerate(drafts[: pages_per_layout - made], start=1):
                pages.append(BlindPage(doc_id, page_num, draft.text, draft.spans, layout))
            made += min(len(drafts), pages_per_layout - made)
            index += 1
    return pages
