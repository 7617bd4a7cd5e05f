"""Whether a page's text layer can be used as it is, or the page needs OCR.

A scanned page has no text layer, or one a scanner's own OCR or a broken font encoding filled
with symbols. Either way the page shows images. The test is on the text alone, then on the
page's images; it is cheap, so every page of every batch takes it.
"""

from __future__ import annotations

import re
from typing import Literal

OcrMode = Literal["auto", "always", "never"]
OCR_MODES: tuple[OcrMode, ...] = ("auto", "always", "never")

# Fewer visible characters than this is no text layer worth keeping over an image of the page.
_MIN_CHARACTERS = 16
# A word: letters (any script), digits, and what joins them in registry text.
_JOINERS = r".,:;'/()\-\u2013°#&+%"  # \u2013: the en dash of date ranges
_WORD = re.compile(rf"^[\w{_JOINERS}]*\w[\w{_JOINERS}]*$")
_MIN_WORD_SHARE = 0.6


def usable_text(text: str) -> bool:
    """Enough characters, and most whitespace-separated tokens words, not symbol soup."""
    tokens = text.split()
    visible = sum(len(t) for t in tokens)
    if visible < _MIN_CHARACTERS:
        return False
    wordlike = sum(len(t) for t in tokens if _WORD.match(t) and "\ufffd" not in t)
    return wordlike >= _MIN_WORD_SHARE * visible


def needs_ocr(text_usable: bool, image_count: int, mode: OcrMode) -> bool:
    """`auto`: a page showing images whose text layer is not usable (`usable_text`, decided
    once per page at extraction); `always`: every page."""
    if mode == "never":
        return False
    if mode == "always":
        return True
    return image_count > 0 and not text_usable
