"""Blind evaluation set F: held-out test pages of eight document kinds the extractor was not
written against (see README.md). Test data only; gold spans are recorded as text is built."""

from __future__ import annotations

import hashlib
import random
import uuid
from collections.abc import Callable, Sequence
from types import ModuleType

from oceanid_dev.demo.vessels import Vessel

from . import (
    bill_of_sale,
    catch_certificate,
    charter_notification,
    crew_list,
    gazette_deregistration,
    observer_deployment_table,
    port_call_log,
    radio_licence,
)
from ._page import BlindPage, GoldSpan, PageDraft

__all__ = ["LAYOUTS", "BlindPage", "GoldSpan", "generate_blind_pages"]

_MODULES: tuple[ModuleType, ...] = (
    catch_certificate,
    radio_licence,
    bill_of_sale,
    gazette_deregistration,
    charter_notification,
    observer_deployment_table,
    crew_list,
    port_call_log,
)
LAYOUTS: tuple[str, ...] = tuple(module.LAYOUT for module in _MODULES)
_BUILDERS: dict[str, Callable[[list[Vessel], random.Random], list[PageDraft]]] = {
    module.LAYOUT: module.build_document for module in _MODULES
}


def _doc_id(key: str) -> str:
    """A UUIDv7-shaped id (version 7, RFC 4122 variant) from SHA-256 of the document key."""
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
    """Exactly `pages_per_layout` pages of each layout (the last document cut short), in
    LAYOUTS order unless `layouts` names a subset; deterministic for vessels and seed."""
    fleet = list(vessels)
    if not fleet:
        raise ValueError("generate_blind_pages needs at least one vessel")
    chosen = tuple(LAYOUTS if layouts is None else layouts)
    unknown = [name for name in chosen if name not in _BUILDERS]
    if unknown:
        raise ValueError(f"unknown layouts: {', '.join(map(repr, unknown))}")
    pages: list[BlindPage] = []
    for layout in chosen:
        made, index = 0, 0
        while made < pages_per_layout:
            key = f"blind-f:{seed}:{layout}:{index}"
            drafts = _BUILDERS[layout](fleet, random.Random(key))
            doc_id = _doc_id(key)
            for page_num, draft in enumerate(drafts[: pages_per_layout - made], start=1):
                pages.append(BlindPage(doc_id, page_num, draft.text, draft.spans, layout))
            made += min(len(drafts), pages_per_layout - made)
            index += 1
    return pages
