"""The rule engine's shortcuts (issue 14) give what the plain computation gives: a span built
without the frozen dataclass's __init__ is a Span like any other, and a cue looked for in a
page's `words_of` is found there whenever the finder's scan would find it in the page."""

from __future__ import annotations

import pickle
import re

import pytest

from oceanid_assets.ingest.pdf_text import extract_page_texts
from oceanid_assets.preannotate.rules import AGENT, dates, identifiers, prose, values
from oceanid_assets.preannotate.rules.base import make, new_span, words_of
from oceanid_assets.preannotate.rules.vocab import RFMO_RE, SPECIES_CODE_RE, SPECIES_NAME_RE
from oceanid_assets.preannotate.spans import Span
from oceanid_dev.demo.documents import generate_demo_documents
from oceanid_dev.demo.vessels import load_vessels


def test_new_span_is_a_span() -> None:
    fast = new_span(3, 10, "IMO", "9074729", 0.95)
    plain = Span(3, 10, "IMO", "9074729", 0.95, AGENT)
    assert type(fast) is Span
    assert fast == plain and hash(fast) == hash(plain)
    assert fast.votes == () and fast.agent == AGENT
    assert pickle.loads(pickle.dumps(fast)) == plain
    with pytest.raises(AttributeError):
        fast.start = 4  # type: ignore[misc]  # still frozen
    assert make("  IMO 9074729.", 6, 14, "IMO", 0.9) == Span(6, 13, "IMO", "9074729", 0.9, AGENT)


# Every pattern a finder first looks for in the page's words before scanning the page.
_PRECHECKED: tuple[re.Pattern[str], ...] = (
    prose._NOUN_HINT,
    prose._HOME_PORT_HINT,
    prose._LICENCE_HINT,
    prose._UNIT,
    RFMO_RE,
    identifiers._IRCS_HINT,
    identifiers._NUMBER,
    identifiers._RFMO_ID_TOKEN,
    identifiers._CFR_RE,
    dates._DIGIT_FIRST_RE,
    dates._MONTH_FIRST_RE,
    SPECIES_NAME_RE,
    SPECIES_CODE_RE,
    values._BRACKETED_CODE,
)
# Pages cut and blanked as the engine's finders see them, with the blanks and breaks that
# words_of folds: runs of spaces, tabs, no-break spaces, line breaks inside a cue's reach.
_CRAFTED = (
    "Vessel name:     OCEAN STAR\n\n          \n   the fishing vessel SEA WIND (IMO 9074729)",
    "F/V  NORDIC\tPESCA   port of registry\n  Vigo      Licence No. FL-2025-0042",
    "IOTC  012345   ICCAT AT000123\n ESP000123456  MMSI\u00a0224123456  call sign EA1234",
    "Valid from 1 March 2025 to\n31/12/2025   15-MAR-2025  March 15, 2025   2025-03-01",
    "GT 1,234 GT\tkW\n NT   Albacore (ALB)  Bigeye tuna\u00a0 (YFT)   ",
    "   \n\t\n   ",
)


@pytest.fixture(scope="module")
def corpus() -> list[str]:
    documents = generate_demo_documents(load_vessels(), pages=12, seed=3)
    texts = [text for document in documents for text in extract_page_texts(document.pdf_bytes)]
    # Each page also with every other line blanked, as a table's lines are blanked.
    blanked = [
        "\n".join(" " * len(line) if i % 2 else line for i, line in enumerate(t.split("\n")))
        for t in texts
    ]
    return [*_CRAFTED, *texts, *blanked]


def test_a_cue_in_the_page_is_in_its_words(corpus: list[str]) -> None:
    hits = 0
    for text in corpus:
        words = words_of(text)
        for pattern in _PRECHECKED:
            if pattern.search(text):
                hits += 1
                assert pattern.search(words), (pattern.pattern[:40], text[:80])
    assert hits > 50  # the corpus exercises the patterns


def test_prechecked_finders_match_the_plain_scans(corpus: list[str]) -> None:
    """The finders' results equal those of the unguarded scans they skip."""
    for text in corpus:
        assert [m.span() for m in dates.date_matches(text)] == [
            m.span() for m in dates.DATE_RE.finditer(text)
        ]
        assert values.species_in(
            text, 0, len(text), 0.6, bare_codes=False, words=words_of(text)
        ) == (values.species_in(text, 0, len(text), 0.6, bare_codes=False))
