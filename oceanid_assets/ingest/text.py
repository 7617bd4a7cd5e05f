"""One normalisation for every page text, applied before hashing.

`text_sha256` and every span offset downstream refer to the string this returns, so every
engine (pypdfium2, an external OCR drop) must pass its output through here exactly once.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

# Control characters other than tab and newline carry no meaning in page text and break
# offset alignment in Argilla's UI (form feeds, NULs and the like come out of some PDFs).
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ufffe\uffff]")
_TRAILING_SPACE = re.compile(r"[ \t\u00a0]+\n")


def normalize_page_text(text: str) -> str:
    """Return the canonical form of a page text: NFC, `\\n` line ends, no stray controls."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL_CHARS.sub("", text)
    text = unicodedata.normalize("NFC", text)
    text = _TRAILING_SPACE.sub("\n", text)
    return text.strip("\n ")


def sha256_hex(data: bytes | str) -> str:
    """Hex SHA-256 of bytes, or of a string's UTF-8 encoding (the GUIDE's `text_sha256`)."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    return hashlib.sha256(data).hexdigest()
