"""How well an OCR engine reads the scanned demo pages: character error rate against the true
text, and the identifiers the rules then find in the OCR text.

The OCR text has other offsets than the true text, so identifier spans are matched by page,
label and text: a span is exact when the rules label exactly the true value (the same
characters, no more, no fewer). That is exact-span matching with the offsets mapped through
the text, which is what an SME sees.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from oceanid_assets.preannotate.rules import extract_rules
from oceanid_dev.demo.documents import TruthSpan

IDENTIFIER_LABELS = ("IMO", "MMSI", "IRCS")


def collapse(text: str) -> str:
    """Text with every run of whitespace one space: CER measures reading, not layout."""
    return " ".join(text.split())


@dataclass
class OcrScore:
    pages: int = 0
    edits: int = 0
    true_chars: int = 0
    true_ids: int = 0
    found_ids: int = 0
    matched_ids: int = 0

    def add_page(self, ocr_text: str, true_text: str, truth: Iterable[TruthSpan]) -> None:
        ocr, true = collapse(ocr_text), collapse(true_text)
        self.pages += 1
        self.edits += Levenshtein.distance(ocr, true)
        self.true_chars += len(true)
        wanted = Counter((s.label, s.text) for s in truth if s.label in IDENTIFIER_LABELS)
        found = Counter(
            (s.label, s.text) for s in extract_rules(ocr_text) if s.label in IDENTIFIER_LABELS
        )
        self.true_ids += sum(wanted.values())
        self.found_ids += sum(found.values())
        self.matched_ids += sum((wanted & found).values())

    @property
    def cer(self) -> float:
        return self.edits / self.true_chars if self.true_chars else 0.0

    @property
    def id_precision(self) -> float:
        return self.matched_ids / self.found_ids if self.found_ids else 0.0

    @property
    def id_recall(self) -> float:
        return self.matched_ids / self.true_ids if self.true_ids else 0.0

    @property
    def id_f1(self) -> float:
        p, r = self.id_precision, self.id_recall
        return 2 * p * r / (p + r) if p + r else 0.0


def page_spans(spans: Sequence[TruthSpan], page_num: int) -> list[TruthSpan]:
    return [s for s in spans if s.page_num == page_num]
