"""Blind evaluation set AB: eight kinds of fishing-vessel document with gold spans.

Written without reading the extractor's rules; see README.md for the constraints."""

from __future__ import annotations

import hashlib
import random
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from types import ModuleType

from oceanid_dev.demo.vessels import Vessel

from . import (
    gmdss_annual_test,
    hull_dive_inspection,
    noon_report_email,
    ocr_telex,
    pilotage_booking,
    registration_renewal_reminder,
    ship_reporting_participants,
    tmas_medical_request,
)
from ._page import GoldSpan, PageDraft

__all__ = ["LAYOUTS", "BlindPage", "GoldSpan", "generate_blind_pages"]

_MODULES: tuple[ModuleType, ...] = (
    noon_report_email,
    registration_renewal_reminder,
    pilotage_booking,
    tmas_medical_request,
    hull_dive_inspection,
    gmdss_annual_test,
    ship_reporting_participants,
    ocr_telex,
)
LAYOUTS: tuple[str, ...] = tuple(m.LAYOUT for m in _MODULES)
_BUILDERS: dict[str, Callable[[list[Vessel], random.Random], list[PageDraft]]] = {
    m.LAYOUT: m.build_document for m in _MODULES
}


@dataclass(frozen=True)
class BlindPage:
    doc_id: str
    page_num: int  # from 1 within a document
    text: str
    spans: tuple[GoldSpan, ...]
    layout: str


def _doc_id(key: str) -> str:
    """A UUIDv7-shaped id from the SHA-256 of key (version and variant bits set)."""
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
    """pages_per_layout pages of each layout (LAYOUTS order), the last document cut short."""
    if not vessels:
        raise ValueError("generate_blind_pages needs at least one vessel")
    wanted = list(LAYOUTS) if layouts is None else list(layouts)
    unknown = [name for name in wanted if name not in _BUILDERS]
    if unknown:
        raise ValueError(f"unknown blind layouts: {', '.join(unknown)}")
    if pages_per_layout < 0:
        raise ValueError("pages_per_layout must be zero or more")
    fleet = list(vessels)
    pages: list[BlindPage] = []
    for layout in (name for name in LAYOUTS if name in wanted):
        made = 0
        index = 0
        while made < pages_per_layout:
            key = f"blind-ab:{seed}:{layout}:{index}"
            drafts = _BUILDERS[layout](fleet, random.Random(key))
            doc_id = _doc_id(key)
            for number, draft in enumerate(drafts[: pages_per_layout - made], start=1):
                spans = tuple(sorted(draft.spans))
                pages.append(BlindPage(doc_id, number, draft.text, spans, layout))
            made += min(len(drafts), pages_per_layout - made)
            index += 1
    return pages
