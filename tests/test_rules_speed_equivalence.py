"""The rule engine's shortcuts (issue 14) give what the plain computation gives: a span built
without the frozen dataclass's __init__ is a Span like any other, a cue looked for in a
page's `words_of` is found there whenever the finder's scan would find it in the page, a scan
of the page's filled lines finds what a scan of the whole page finds, and a pattern written
as a trie finds what its plain alternation finds."""

from __future__ import annotations

import pickle
import re
from itertools import pairwise

import pytest

from oceanid_assets.ingest.pdf_text import extract_page_texts
from oceanid_assets.preannotate.rules import (
    AGENT,
    dates,
    grid,
    identifiers,
    keyvalue,
    prose,
    tables,
    values,
)
from oceanid_assets.preannotate.rules.base import (
    lines_with,
    make,
    new_span,
    page_lines,
    scan,
    words_of,
)
from oceanid_assets.preannotate.rules.vocab import (
    RFMO_RE,
    SPECIES_CODE_RE,
    SPECIES_NAME_RE,
    alternation,
)
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
    prose._FAO_HINT,
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


# ---- filled lines: `scan` and `lines_with` skip the blank lines --------------------------------

# Every pattern `scan` looks for, and every hint `lines_with` is given.
_SCANNED: tuple[re.Pattern[str], ...] = (
    dates._DIGIT_FIRST_RE,
    dates._MONTH_FIRST_RE,
    identifiers._NUMBER,
    identifiers._RFMO_ID_TOKEN,
    identifiers._CFR_RE,
    RFMO_RE,
)
_HINTS: tuple[re.Pattern[str], ...] = (
    prose._CHANGE_HINT,
    prose._NOUN_HINT,
    prose._HOME_PORT_HINT,
    prose._FAO_HINT,
    prose._LICENCE_HINT,
    prose._FLAG_WORD,
    prose._MEASURE_HINT,
    prose._OWNED_HINT,
    prose._UNIT,
    identifiers._IRCS_HINT,
    keyvalue._COLON,
    tables._HEADER_HINT,
)
# Pages with blank lines of every kind around and between their lines, and hints at their ends.
_EDGES = (
    "",
    "\n",
    "   \n\t\n\u00a0\n",
    "IMO 9074729",
    "\nflag: Spain\n   \n  Vessel OCEAN STAR  \n",
    "GT\n\n   \nkW\n\t\t\nLength overall 24 m\n",
    "ICCAT AT000123\n   \n9074729\n\n15 March 2025\n \u00a0 \n\nMarch 15, 2025",
    "a   b\n  \t  \nKey:\tvalue\n\n     \nName of vessel     OCEAN STAR",
)


def _whole_page_lines_with(text: str, hint: re.Pattern[str]) -> list[tuple[int, int]]:
    """lines_with as it was: the hint scanned over the whole page."""
    found: list[tuple[int, int]] = []
    for m in hint.finditer(text):
        if found and m.start() < found[-1][1]:
            continue
        end = text.find("\n", m.start())
        found.append((text.rfind("\n", 0, m.start()) + 1, len(text) if end < 0 else end))
    return found


def test_page_lines_splits_the_page(corpus: list[str]) -> None:
    for text in [*_EDGES, *corpus]:
        lines = page_lines(text)
        assert [text[a:b] for a, b in lines.offsets] == text.split("\n")
        assert lines.filled == [i for i, (a, b) in enumerate(lines.offsets) if text[a:b].strip()]
        # Stretches of filled lines, apart by blank ones: together, the filled lines.
        assert all(text[a:b].strip() for a, b in lines.stretches)
        assert sum(text.count("\n", a, b) + 1 for a, b in lines.stretches) == len(lines.filled)
        assert all(b + 1 < a for (_, b), (a, _) in pairwise(lines.stretches))
        assert page_lines(text) is lines  # kept for the next finder
        copy = "".join(list(text))
        assert page_lines(copy) == lines  # an equal string is split alike


def test_scans_of_filled_lines_find_what_whole_page_scans_find(corpus: list[str]) -> None:
    hits = 0
    for text in [*_EDGES, *corpus]:
        for pattern in _SCANNED:
            for pos in range(0, len(text) + 1, 97):
                found = [m.span() for m in scan(pattern, text, pos)]
                assert found == [m.span() for m in pattern.finditer(text, pos)], pattern.pattern
                hits += len(found)
        for hint in _HINTS:
            found_lines = list(lines_with(text, hint))
            assert found_lines == _whole_page_lines_with(text, hint), hint.pattern
            hits += len(found_lines)
        if len(folded := text.lower()) == len(text):
            for hint in (prose._AUTH_HINT, tables._HEADER_HINT_FOLDED):
                assert list(lines_with(folded, hint, page_lines(text))) == (
                    _whole_page_lines_with(folded, hint)
                )
        # The lines with a gap between two runs: the hint's lines (blank ones skipped) that hold
        # one, as the lines the gap pattern itself matches in.
        assert [
            line
            for line in lines_with(text, keyvalue._GAP_HINT)
            if keyvalue._INNER_GAP.search(text, *line)
        ] == _whole_page_lines_with(text, keyvalue._INNER_GAP)
    assert hits > 500  # the corpus exercises the patterns


def test_words_of_keeps_the_last_page() -> None:
    text = "  Vessel name:\n\n  OCEAN STAR  "
    assert words_of(text) == "Vessel name: OCEAN STAR"
    assert words_of(text) is words_of(text)
    assert words_of("a\tb") == "a b" and words_of("") == ""


# ---- tries: `vocab.alternation` -----------------------------------------------------------

# The alternations as they were written before they became tries.
_PLAIN_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|"
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|se(?:p)?tiembre|octubre|noviembre|"
    r"diciembre|janvier|f[eé]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|"
    r"novembre|d[eé]cembre)"
)
_PLAIN_MEASURE = (
    "(?:"
    + "|".join(
        f"[{w[0]}{w[0].upper()}]{w[1:]}|{w.title()}|{w.upper()}"
        for w in prose._MEASURE_WORDINGS.split("|")
    )
    + "|"
    + prose._MEASURE_ABBREVIATIONS
    + ")"
)
_PLAIN_VESSEL_NOUN = (
    r"(?:vessel|Vessel|F/V|M/V|FV|MV|[Bb]uque|[Bb]arco|[Nn]avire|[Bb]ateau|"
    r"[Ee]mbarcaci[óo]n|[Pp]alangrier|[Cc]halutier|[Tt]honier|[Ll]ongliner|[Tt]rawler|"
    r"[Pp]urse seiner|[Cc]erquero|[Aa]rrastrero|[Pp]alangrero|[Aa]tunero)"
)
_PLAIN_MEASURE_HINT = (
    r"ength|onnage|ower |readth|eam |epth|slora|anga |untal|rqueo|onelaje|otencia|ongueur|"
    r"argeur|reux|auge |uissance|LENGTH|TONNAGE|POWER|BREADTH|BEAM|DEPTH|ESLORA|MANGA|PUNTAL|"
    r"ARQUEO|TONELAJE|POTENCIA|LONGUEUR|LARGEUR|CREUX|JAUGE|PUISSANCE|LOA |LBP |GT |GRT |NT |"
    r"DWT "
)
_PLAIN_OWNED_HINT = (
    r"owned by|operated by|managed by|registered to|propi|propr|armad|armat|operad|appartenant|"
    r"exploit|arm[ée] par|whose |dont l|dont le|pertenec|nombre de|nom de|de la empresa|cuy"
)


def _plain(pattern: re.Pattern[str], trie: str, plain: str) -> re.Pattern[str]:
    assert trie in pattern.pattern
    return re.compile(pattern.pattern.replace(trie, plain), pattern.flags)


def _sentences() -> list[str]:
    """Every noun, measure and month the tries spell, in the sentences they are read in."""
    nouns = [f"{n} {m}" for n in prose._VESSEL_NOUNS for m in (n, n[0].upper() + n[1:])]
    measures = [
        f"a {w} of 62.3 m, {w.title()}: 812 GT; 1.234 GT de {w.upper()}, 45,50 metros de "
        f"{w[0].upper() + w[1:]} {w}"
        for w in prose._MEASURE_WORDINGS.split("|")
    ]
    months = [
        f"valid from 1 {m} 2025 to {m} 15, 2025 (15-{m[:3].upper()}-2025, 2nd {m}. 2024, {m}"
        for m in dates._MONTHS
    ]
    return [
        *(f"the {a.split()[1]} OCEAN STAR, a {a} pesquero named SEA WIND (IMO" for a in nouns),
        *measures,
        *months,
        "LENGTH Overall of 24 m, eslora total de 24,5 metros, jauge brute 812 UMS",
        "whose owner is KESTREL LTD; dont le propriétaire est ARMEMENT X, owned by Y",
    ]


def test_tries_find_what_their_plain_alternations_find(corpus: list[str]) -> None:
    pairs = [
        (prose.VESSEL_NOUN, _plain(prose.VESSEL_NOUN, prose._VESSEL_NOUN, _PLAIN_VESSEL_NOUN)),
        (prose.MEASURE_FIRST, _plain(prose.MEASURE_FIRST, prose._MEASURE, _PLAIN_MEASURE)),
        (prose.VALUE_FIRST, _plain(prose.VALUE_FIRST, prose._MEASURE, _PLAIN_MEASURE)),
        (prose._MEASURE_HINT, re.compile(_PLAIN_MEASURE_HINT)),
        (prose._OWNED_HINT, re.compile(_PLAIN_OWNED_HINT)),
        (dates.DATE_RE, _plain(dates.DATE_RE, dates._MONTH, _PLAIN_MONTH)),
        (dates._DIGIT_FIRST_RE, _plain(dates._DIGIT_FIRST_RE, dates._MONTH, _PLAIN_MONTH)),
        (dates._MONTH_FIRST_RE, _plain(dates._MONTH_FIRST_RE, dates._MONTH, _PLAIN_MONTH)),
    ]
    hits = 0
    for text in [*_sentences(), *corpus]:
        for trie, plain in pairs:
            if trie in (prose._MEASURE_HINT, prose._OWNED_HINT):
                # A hint only says which lines to read: the same starts of matches ("dont le"
                # is no longer spelled out: "dont l" begins it).
                starts = [m.start() for m in trie.finditer(text)]
                assert starts == [m.start() for m in plain.finditer(text)], text[:80]
                hits += len(starts)
            else:
                found = [(m.span(), m.groups()) for m in trie.finditer(text)]
                assert found == [(m.span(), m.groups()) for m in plain.finditer(text)], text[:80]
                hits += len(found)
    assert hits > 1000


def test_alternation_is_the_plain_alternation_as_a_trie() -> None:
    words = ["length overall", "length", "Length", "gross tonnage", "F/V", "FV", "a.b"]
    trie = re.compile(alternation(words) + r"(?: of)? (\d+)")
    plain = re.compile("(?:" + "|".join(map(re.escape, words)) + r")(?: of)? (\d+)")
    for text in ("length overall 12", "length of 3, Length 4", "FV 5 F/V 6 a.b 7 axb 8"):
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]
    with pytest.raises(ValueError, match="must come before"):
        alternation(["length", "length overall"])  # the trie would take the longer first


# ---- table cells ----------------------------------------------------------------------------


def test_placeholder_starts_hold_every_placeholders_first_letter() -> None:
    """No character but those listed lower-cases to a placeholder's first character, so a value
    starting otherwise needs no lower-casing to be told from a placeholder."""
    firsts = {p[0] for p in values.PLACEHOLDERS}
    assert {
        ch for i in range(0x110000) if (ch := chr(i)).lower()[:1] in firsts
    } <= values.PLACEHOLDER_STARTS


def test_a_row_keyword_is_where_the_table_holds_its_rows(corpus: list[str]) -> None:
    """Every cell of a table's rows lies in `_rows_reach`, and every keyword a cell holds holds
    one of `_ID_KEYWORD_PARTS`: a table without any in that reach holds none in its cells."""
    blocks = 0
    for text in [*corpus, *(t.replace("9", "IMO ") for t in corpus)]:
        for block in grid._blocks(text):
            for section in grid._sections(text, block):
                start, end = grid._rows_reach(section)
                for row in section.rows:
                    for cell in filter(None, row):
                        for piece in (cell, *cell.more):
                            assert start <= piece.start <= piece.end <= end
                blocks += 1
        for m in grid._ID_KEYWORD.finditer(text):
            assert grid._may_hold_keywords(text, m.start(), m.end())
    assert blocks > 20
