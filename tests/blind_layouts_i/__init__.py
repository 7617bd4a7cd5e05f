"""Blind evaluation set I: held-out, test-only pages in eight document layouts, with gold spans.

Written without sight of the extractor (see README.md). Every page is built from the vessel list
by a layout module whose page builder records each gold span as its value is written.
"""

from __future__ import annotations

import hashlib
import random
import uuid
from collections.abc import Sequence
from types import ModuleType

from oceanid_dev.demo.vessels import Vessel

from . import (
    bilingual_register,
    eu_fleet_register_export,
    json_api_dump,
    purple_notice,
    sanctions_designation,
    ship_profile_printout,
    tonnage_certificate,
    xml_record_export,
)
from ._page import BlindPage, GoldSpan, PageDraft

__all__ = ["LAYOUTS", "BlindPage", "GoldSpan", "generate_blind_pages"]

_MODULES: tuple[ModuleType, ...] = (
    ship_profile_printout,
    sanctions_designation,
    xml_record_export,
    json_api_dump,
    eu_fleet_register_export,
    purple_notice,
    tonnage_certificate,
    bilingual_register,
)
_BY_NAME: dict[str, ModuleType] = {module.LAYOUT: module for module in _MODULES}
LAYOUTS: tuple[str, ...] = tuple(_BY_NAME)


def _doc_id(key: str) -> str:
    """A UUIDv7-shaped id from SHA-256 of the document key (version 7, RFC 4122 variant)."""
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
    """Exactly `pages_per_layout` pages per layout, in documents of one to three pages."""
    if not vessels:
        raise ValueError("generate_blind_pages needs at least one vessel")
    chosen = LAYOUTS if layouts is None else tuple(layouts)
    unknown = [name for name in chosen if name not in _BY_NAME]
    if unknown:
        raise ValueError(f"unknown blind layouts: {', '.join(unknown)}")
    fleet = list(vessels)
    pages: list[BlindPage] = []
    for name in chosen:
        made = 0
        index = 0
        while made < pages_per_layout:
            key = f"blind-i:{seed}:{name}:{index}"
            drafts: list[PageDraft] = _BY_NAME[name].build_document(fleet, random.Random(key))
            if not 1 <= len(drafts) <= 3:
                raise AssertionError(f"{name} built a document of {len(drafts)} pages")
            doc_id = _doc_id(key)
            for number, draft in enumerate(drafts[: pages_per_layout - made], start=1):
                pages.append(BlindPage(doc_id, number, draft.text, draft.spans, name))
                made += 1
            index += 1
    return pages
