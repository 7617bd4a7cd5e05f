"""The learned sequence labeller (oceanid_assets.learn): exact token offsets, BIO round trips,
the split by document, and learning itself with the real python-crfsuite (no mocks).

The learning test uses a register layout (tests/ledger_layout.py) that the rules read
poorly: header words the vocabulary does not know ("Hull ref." for the IMO number, "Radio" for
the call sign, "Transponder" for the MMSI, "Registry" for the flag, which the rules take for a
registration number), MMSIs printed in groups of three digits, and a hull-reference column
that holds the IMO number for some craft and the harbour's own reference for the others (so
too few of its cells pass the IMO check for the rules to type the column). bench/learning.py
uses the same generator for its learning curve.
"""

from __future__ import annotations

import random

import pytest

from oceanid_assets.learn import (
    LabelledPage,
    TrainedExtractor,
    bio_tags,
    evaluate_extractor,
    exact_f1,
    spans_from_tags,
    split_by_document,
    tokenize,
    train,
)
from oceanid_assets.learn.features import page_features
from oceanid_assets.preannotate.rules import extract_rules
from oceanid_dev.demo.vessels import load_vessels
from tests.ledger_layout import ledger_pages, split_fleet

# --- tokens ------------------------------------------------------------------------------------

TRICKY = (
    "IMO No.: 9074729\tCall sign: BZU5D | CFR AT000CHN17517; valid 2025-07-01\n"
    "  Señal distintiva:EA4321  Matrícula (ESP-0042), eslora 12.5 m.\n"
    "\n"
    "Nº OMI\t\t8548620|412440359 ; «Año» 1999 — Lloyd's\r\n"
)


def test_tokens_have_exact_offsets_and_keep_identifiers_whole() -> None:
    tokens = tokenize(TRICKY)
    assert all(TRICKY[t.start : t.end] == t.text for t in tokens)
    texts = [t.text for t in tokens]
    for identifier in (
        "9074729",
        "BZU5D",
        "AT000CHN17517",
        "2025-07-01",
        "EA4321",
        "ESP-0042",
        "12.5",
        "8548620",
        "412440359",
        "Lloyd's",
        "Señal",
        "Matrícula",
    ):
        assert identifier in texts
    for separator in (":", "|", ";", "(", ")", ","):
        assert separator in texts
    assert texts[:5] == ["IMO", "No", ".", ":", "9074729"]  # trailing stop split off
    # Every non-space character is in exactly one token.
    covered = sorted(i for t in tokens for i in range(t.start, t.end))
    assert covered == [i for i, ch in enumerate(TRICKY) if not ch.isspace()]


def test_tokens_know_their_line_column_and_gaps() -> None:
    tokens = {(t.line, t.text): t for t in tokenize(TRICKY)}
    assert tokens[(0, "BZU5D")].gap is False  # one space after "sign:"
    assert tokens[(0, "CFR")].gap is True  # after a pipe
    assert tokens[(0, "valid")].gap is True  # after a semicolon
    assert tokens[(1, "Señal")].column == 2
    assert tokens[(1, "Señal")].index == 0
    assert tokens[(1, "Matrícula")].gap is True  # two spaces
    assert tokens[(3, "8548620")].gap is True  # tabs
    assert tokens[(3, "412440359")].gap is True  # after a pipe with no space
    assert tokens[(3, "Lloyd's")].line == 3
    assert not any(t.line == 2 for t in tokenize(TRICKY))  # the empty line has no token


# --- BIO ---------------------------------------------------------------------------------------


def test_bio_round_trip_is_exact_for_token_aligned_spans() -> None:
    text = "Vessel: FU YUAN YU 689   IMO 8548620, MMSI 412 440 359\nFlag: Korea, Republic of\n"

    def at(value: str, label: str) -> tuple[int, int, str]:
        start = text.index(value)
        return start, start + len(value), label

    spans = [
        at("FU YUAN YU 689", "VESSEL_NAME"),
        at("8548620", "IMO"),
        at("412 440 359", "MMSI"),
        at("Korea, Republic of", "FLAG"),
    ]
    tokens = tokenize(text)
    tags, unaligned = bio_tags(tokens, spans)
    assert unaligned == 0
    assert tags.count("B-VESSEL_NAME") == 1 and tags.count("I-VESSEL_NAME") == 3
    assert spans_from_tags(tokens, tags) == sorted(spans)


def test_bio_counts_spans_it_cannot_represent() -> None:
    text = "IMO8548620 and BZU5D, 412440359"
    tokens = tokenize(text)
    spans = [
        (3, 10, "IMO"),  # inside the token "IMO8548620"
        (15, 20, "IRCS"),  # aligned
        (16, 18, "OTHER_EXT_ID"),  # shares a token with the call sign
        (14, 15, "FLAG"),  # a space: no token at all
    ]
    tags, unaligned = bio_tags(tokens, spans)
    assert unaligned == 3
    # The overlapping token counts in; the span tagged first keeps a shared token.
    assert spans_from_tags(tokens, tags) == [(0, 10, "IMO"), (15, 20, "IRCS")]


def test_decoding_tolerates_an_inside_tag_without_a_beginning() -> None:
    tokens = tokenize("a b c d")
    tags = ["I-IMO", "I-IMO", "B-IRCS", "I-MMSI"]
    assert spans_from_tags(tokens, tags) == [(0, 3, "IMO"), (4, 5, "IRCS"), (6, 7, "MMSI")]


# --- split -------------------------------------------------------------------------------------


def test_split_keeps_documents_whole_and_is_stable() -> None:
    pages = [LabelledPage(f"doc-{d}", f"page {p}", [], p) for d in range(200) for p in range(1, 4)]
    train_pages, holdout = split_by_document(pages, holdout_share=0.2)
    assert len(train_pages) + len(holdout) == len(pages)
    train_docs = {p.doc_id for p in train_pages}
    held_docs = {p.doc_id for p in holdout}
    assert not train_docs & held_docs
    assert all(len([p for p in holdout if p.doc_id == d]) == 3 for d in held_docs)
    assert 0.1 < len(held_docs) / 200 < 0.3
    # Stable: the same again, whatever the order of the pages; another salt splits otherwise.
    again = split_by_document(list(reversed(pages)), holdout_share=0.2)
    assert {p.doc_id for p in again[1]} == held_docs
    assert {p.doc_id for p in split_by_document(pages, 0.2, salt="other")[1]} != held_docs


@pytest.mark.parametrize("share", [0.0, 0.01, 0.99, 1.0])
def test_split_puts_a_document_on_each_side(share: float) -> None:
    pages = [LabelledPage(d, "text", []) for d in ("a", "a", "b")]
    train_pages, holdout = split_by_document(pages, holdout_share=share)
    assert train_pages and holdout
    assert len({p.doc_id for p in train_pages} | {p.doc_id for p in holdout}) == 2
    one = [LabelledPage("a", "text", [])] * 2
    assert split_by_document(one, holdout_share=share)[0 if share < 0.5 else 1] in (one, [])


# --- features ----------------------------------------------------------------------------------


def test_features_see_keys_columns_rules_and_validators() -> None:
    text = (
        "IMO number: 9074729\n"
        "\n"
        "Vessel           Hull ref.   Radio\n"
        "SEA STAR 7       8548620     BZU5D\n"
    )
    tokens = tokenize(text)
    features = page_features(text, tokens, extract_rules(text))
    by_text = {t.text: f for t, f in zip(tokens, features, strict=True)}
    keyed = by_text["9074729"]
    assert keyed["key:IMO"] is True and keyed["keyw"] == "imo no"
    assert keyed["v_imo"] is True and keyed["rule"] == "IMO"
    assert keyed["-1:w"] == ":" and keyed["EOL"] is True
    column = by_text["8548620"]
    assert column["colw"] == "hull ref" and column["gap"] is True
    # Every token of a cell is under the header its cell overlaps; "Vessel" is a known wording.
    assert by_text["STAR"]["col:VESSEL_NAME"] is True and by_text["7"]["colw"] == "vessel"
    assert by_text["BZU5D"]["colw"] == "radio" and by_text["BZU5D"]["v_ircs"] is True
    assert by_text["Hull"]["hdr"] is True
    assert len(features) == len(tokens)


# --- learning ----------------------------------------------------------------------------------

IDENTIFIERS = ("IMO", "MMSI", "IRCS")


@pytest.fixture(scope="module")
def ledgers() -> tuple[list[LabelledPage], list[LabelledPage]]:
    """Training pages of some vessels and test pages of others, all of the ledger layout."""
    train_fleet, test_fleet = split_fleet(load_vessels())
    return ledger_pages(train_fleet, 30, seed=1, prefix="train"), ledger_pages(
        test_fleet, 10, seed=2, prefix="test"
    )


@pytest.fixture(scope="module")
def model(ledgers: tuple[list[LabelledPage], list[LabelledPage]]) -> TrainedExtractor:
    return train(ledgers[0])


def test_learning_beats_the_rules_on_a_layout_they_read_poorly(
    ledgers: tuple[list[LabelledPage], list[LabelledPage]], model: TrainedExtractor
) -> None:
    train_pages, test_pages = ledgers
    assert model.pages == 30 and model.tokens > 0 and model.unaligned == 0
    assert model.train_seconds < 15
    assert set(IDENTIFIERS) <= set(model.labels)
    learned = evaluate_extractor(model, test_pages)
    rules = evaluate_extractor(extract_rules, test_pages)
    assert learned.identifiers.gold == rules.identifiers.gold > 100
    learned_recall = learned.identifiers.exact_recall
    rules_recall = rules.identifiers.exact_recall
    assert learned_recall > 0.8
    assert learned_recall >= rules_recall + 0.2, (learned_recall, rules_recall)
    per_label, overall = exact_f1(learned)
    assert set(IDENTIFIERS) <= set(per_label)
    assert overall > exact_f1(rules)[1]

    # Labels permuted across the training spans: the same pages, nothing to learn.
    rng = random.Random(3)
    labels = [label for page in train_pages for _, _, label in page.spans]
    rng.shuffle(labels)
    shuffled_iter = iter(labels)
    shuffled = [
        LabelledPage(p.doc_id, p.text, [(s, e, next(shuffled_iter)) for s, e, _ in p.spans])
        for p in train_pages
    ]
    nonsense = evaluate_extractor(train(shuffled), test_pages)
    assert nonsense.identifiers.exact_recall < learned_recall - 0.4
    assert exact_f1(nonsense)[1] < overall - 0.4


def test_model_spans_are_exact_and_survive_a_round_trip_through_bytes(
    ledgers: tuple[list[LabelledPage], list[LabelledPage]], model: TrainedExtractor
) -> None:
    page = ledgers[1][0]
    spans = model.extract(page.text)
    assert spans
    for span in spans:
        assert span.text == page.text[span.start : span.end]
        assert 0.0 < span.confidence <= 1.0
        assert span.agent == "model"
    assert [s.start for s in spans] == sorted(s.start for s in spans)
    loaded = TrainedExtractor.from_bytes(model.model_bytes)
    assert loaded.extract(page.text, agent="model") == spans
    assert set(loaded.labels) == set(model.labels)
    assert model.extract(page.text, agent="crf:v1")[0].agent == "crf:v1"
    assert model.extract(page.text, rule_spans=extract_rules(page.text)) == spans
    assert model.extract("") == []


def test_training_is_deterministic(
    ledgers: tuple[list[LabelledPage], list[LabelledPage]], model: TrainedExtractor
) -> None:
    again = train(ledgers[0])
    assert again.model_bytes == model.model_bytes


def test_training_needs_gold_spans() -> None:
    with pytest.raises(ValueError, match="no gold spans"):
        train([LabelledPage("doc", "nothing labelled here", [])])


def test_html_tags_are_tokens_of_their_own_and_open_cells() -> None:
    text = '<tr><td colspan="2">9074729</td><td>BZU5D</td></tr> if a < b > c'
    tokens = tokenize(text)
    assert [t.text for t in tokens] == [
        "<tr>",
        '<td colspan="2">',
        "9074729",
        "</td>",
        "<td>",
        "BZU5D",
        "</td>",
        "</tr>",
        "if",
        "a",
        "<",
        "b",
        ">",
        "c",
    ]
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert [t.gap for t in tokens if t.text in ("9074729", "BZU5D")] == [True, True]
