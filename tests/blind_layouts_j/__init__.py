"""Blind evaluation set J: eight new kinds of fishing-vessel document with gold spans.

Written without sight of the extractor (see README.md). Pages are generated from a vessel list
(`oceanid_dev.demo.vessels.load_vessels()`), deterministically for a list and a seed."""

from __future__ import annotations

import hashlib
import random
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from types import ModuleType

from oceanid_dev.demo.vessels import Vessel

from . import (
    fax_scanned_letter,
    landing_declaration,
    mortgage_register_transcript,
    mtu_registration_form,
    press_table_article,
    safety_certificate,
    slide_deck_text,
    tracking_alert_email,
)
from ._page import GoldSpan, PageDraft

__all__ = ["LAYOUTS", "BlindPage", "GoldSpan", "generate_blind_pages"]

_MODULES: tuple[ModuleType, ...] = (
    mortgage_register_transcript,
    slide_deck_text,
    tracking_alert_email,
    safety_certificate,
    press_table_article,
    landing_declaration,
    fax_scanned_letter,
    mtu_registration_form,
)
_BUILDERS: dict[str, Callable[[list[Vessel], random.Random], list[PageDraft]]] = {
    module.LAYOUT: module.build_document for module in _MODULES
}
LAYOUTS: tuple[str, ...] = tuple(_BUILDERS)


@dataclass(frozen=True)
class BlindPage:
    doc_id: str
    page_num: int  # from 1 within a document
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
    """Exactly `pages_per_layout` pages for each layout (the last document cut short)."""
    fleet = list(vessels)
    if not fleet:
        raise ValueError("generate_blind_pages needs at least one vessel")
    chosen = tuple(layouts) if layouts is not None else LAYOUTS
    unknown = [name for name in chosen if name not in _BUILDERS]
    if unknown:
        raise ValueError(f"unknown blind layout(s): {', '.join(map(repr, unknown))}")
    pages: list[BlindPage] = []
    for layout in chosen:
        count, index = 0, 0
        while count < pages_per_layout:
            key = f"blind-j:{seed}:{layout}:{index}"
            drafts = _BUILDERS[layout](fleet, random.Random(key))
            doc_id = _doc_id(key)
            for page_num, draft in enumerate(drafts[: pages_per_layout - count], start=1):
                pages.append(BlindPage(doc_id, page_num, draft.text, draft.spans, layout))
            count += min(len(drafts), pages_per_layout - count)
            index += 1
    return pages
