"""Blind evaluation set AA: eight document kinds written without sight of the extractor's rules.

from tests.blind_layouts_aa import LAYOUTS, BlindPage, GoldSpan, generate_blind_pages
pages = generate_blind_pages(vessels, pages_per_layout=20, seed=0, layouts=None)
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable
from types import ModuleType

from oceanid_dev.demo.vessels import Vessel

from . import (
    class_survey_status,
    dockside_exam_list,
    drydock_schedule,
    garbage_delivery_receipt,
    letter_of_credit,
    licence_transfer_approval,
    piracy_bulletin,
    tug_request_form,
)
from ._common import check, doc_uuid
from ._page import BlindPage, GoldSpan, PageDraft

__all__ = ["LAYOUTS", "BlindPage", "GoldSpan", "PageDraft", "generate_blind_pages"]

_MODULES: tuple[ModuleType, ...] = (
    dockside_exam_list,
    tug_request_form,
    letter_of_credit,
    class_survey_status,
    piracy_bulletin,
    licence_transfer_approval,
    garbage_delivery_receipt,
    drydock_schedule,
)
_BUILDERS: dict[str, Callable[[list[Vessel], random.Random], list[PageDraft]]] = {
    module.LAYOUT: module.build_document for module in _MODULES
}
LAYOUTS: tuple[str, ...] = tuple(_BUILDERS)


def generate_blind_pages(
    vessels: list[Vessel],
    pages_per_layout: int = 20,
    seed: int = 0,
    layouts: Iterable[str] | None = None,
) -> list[BlindPage]:
    """Exactly `pages_per_layout` pages for each layout, in LAYOUTS order; documents of 1-3 pages,
    the last one cut short."""
    wanted = LAYOUTS if layouts is None else tuple(layouts)
    unknown = sorted(set(wanted) - set(LAYOUTS))
    if unknown:
        raise ValueError(f"unknown blind layouts: {', '.join(unknown)}")
    if not vessels:
        raise ValueError("generate_blind_pages needs at least one vessel")
    pages: list[BlindPage] = []
    for layout in (name for name in LAYOUTS if name in wanted):
        made = 0
        index = 0
        while made < pages_per_layout:
            key = f"blind-aa:{seed}:{layout}:{index}"
            drafts = check(_BUILDERS[layout](vessels, random.Random(key)))
            if not 1 <= len(drafts) <= 3:
                raise ValueError(f"{layout} made a document of {len(drafts)} pages")
            doc_id = doc_uuid(key)
            for number, draft in enumerate(drafts[: pages_per_layout - made], start=1):
                pages.append(draft.finished(doc_id, number, layout))
            made += min(len(drafts), pages_per_layout - made)
            index += 1
    return pages
