"""The page builder: text grows only by appending, and a gold span is recorded at the moment its
value is appended (never found afterwards by searching the finished text)."""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass

from oceanid_assets.labelset import LABELS


@dataclass(frozen=True)
class GoldSpan:
    start: int
    end: int  # exclusive
    label: str


@dataclass(frozen=True)
class BlindPage:
    doc_id: str
    page_num: int
    text: str
    spans: tuple[GoldSpan, ...]
    layout: str


# A piece of a page: plain text, or (value, label) for a gold span (label None: plain text).
Part = str | tuple[str, str | None]


class PageDraft:
    """One page in the making."""

    def __init__(self) -> None:
        self._chunks: list[str] = []
        self._size = 0
        self._spans: list[GoldSpan] = []

    def put(self, *parts: Part) -> PageDraft:
        for part in parts:
            text, label = (part, None) if isinstance(part, str) else part
            if label is not None:
                if label not in LABELS:
                    raise ValueError(f"not a labelset v1 label: {label}")
                if not text or text != text.strip():
                    raise ValueError(f"gold value must be non-empty and tight: {text!r}")
                self._spans.append(GoldSpan(self._size, self._size + len(text), label))
            self._chunks.append(text)
            self._size += len(text)
        return self

    def line(self, *parts: Part) -> PageDraft:
        return self.put(*parts, "\n")

    def kv(self, key: str, *parts: Part, width: int = 0, sep: str = ":") -> PageDraft:
        """'Key:   value' on its own line; the key is never labelled."""
        head = key + sep
        return self.line(head + pad(head, width) if width else head + " ", *parts)

    def fill(self, template: str, **values: Part) -> PageDraft:
        """Append a wording whose {slots} take the given parts (gold spans where labelled)."""
        pieces = re.split(r"\{(\w+)\}", template)
        for index, piece in enumerate(pieces):
            self.put(values[piece] if index % 2 else piece)
        return self

    def blank(self, count: int = 1) -> PageDraft:
        return self.put("\n" * count)

    def __len__(self) -> int:
        return self._size

    @property
    def text(self) -> str:
        return "".join(self._chunks)

    @property
    def spans(self) -> tuple[GoldSpan, ...]:
        return tuple(self._spans)


def metric(
    kind: str | None, value: str, unit: str | None, sep: str = ": ", gap: str = " "
) -> list[Part]:
    """'Gross tonnage: 1596 GT' as parts; `kind` None when a column header names the metric."""
    parts: list[Part] = []
    if kind:
        parts += [(kind, "METRIC_TYPE"), sep]
    parts.append((value, "METRIC_VALUE"))
    if unit:
        parts += [gap, (unit, "METRIC_UNIT")]
    return parts


def pad(text: str, width: int) -> str:
    """Spaces that bring `text` to `width` columns (at least one)."""
    return " " * max(1, width - len(text))


# --- dates ------------------------------------------------------------------------------------

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
}


def fmt_date(day: dt.date, style: str, lang: str = "en") -> str:
    month = MONTHS[lang].split()[day.month - 1]
    if style == "iso":
        return day.isoformat()
    if style == "dmy/":
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    if style == "dmy.":
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    if style == "mdy":
        return f"{month} {day.day}, {day.year}"
    if style == "short":
        return f"{day.day:02d}-{month[:3].upper()}-{day.year}"
    if lang == "es":
        return f"{day.day} de {month} de {day.year}"
    return f"{day.day} {month} {day.year}"  # "long"


def date_style(rng: random.Random, lang: str = "en") -> str:
    styles = ["iso", "dmy/", "dmy.", "long", "short"] + (["mdy"] if lang == "en" else [])
    return rng.choice(styles)


def some_date(rng: random.Random, first_year: int, last_year: int) -> dt.date:
    start = dt.date(first_year, 1, 1).toordinal()
    return dt.date.fromordinal(rng.randint(start, dt.date(last_year, 12, 28).toordinal()))
