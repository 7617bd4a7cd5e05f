"""Train/holdout split by document: every page of a document falls on the same side, so a
holdout score never rewards remembering a document the model was trained on."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Protocol, TypeVar


class _HasDocId(Protocol):
    @property
    def doc_id(self) -> str: ...


P = TypeVar("P", bound=_HasDocId)


def document_share(doc_id: str, salt: str = "oceanid") -> float:
    """A stable number in [0, 1) for a document (SHA-256 of salt and id; not Python's hash,
    which changes between processes)."""
    digest = hashlib.sha256(f"{salt}\x00{doc_id}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def split_by_document(
    pages: Iterable[P], holdout_share: float = 0.2, salt: str = "oceanid"
) -> tuple[list[P], list[P]]:
    """(train, holdout), pages in their given order: a document is held out when its stable
    share is below `holdout_share`. With two or more documents each side gets at least one
    (the document nearest the cut moves over)."""
    if not 0.0 <= holdout_share <= 1.0:
        raise ValueError(f"holdout_share must be in [0, 1], got {holdout_share}")
    pages = list(pages)
    shares = {doc_id: document_share(doc_id, salt) for doc_id in sorted({p.doc_id for p in pages})}
    held = {doc_id for doc_id, share in shares.items() if share < holdout_share}
    if len(shares) >= 2:
        by_share = sorted(shares, key=lambda d: (shares[d], d))
        if not held:
            held = {by_share[0]}
        elif len(held) == len(shares):
            held.discard(by_share[-1])
    train = [p for p in pages if p.doc_id not in held]
    holdout = [p for p in pages if p.doc_id in held]
    return train, holdout
