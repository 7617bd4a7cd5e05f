"""`oceanid evaluate`: exact and lenient scores from real Parquet files, and its input errors."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from oceanid_assets.cli import main
from oceanid_assets.preannotate.evaluate import Counts, evaluate, format_evaluation
from oceanid_assets.preannotate.evaluate_io import EvaluationInputError, evaluate_files

IDS = "identifiers (IMO, MMSI, IRCS)"


def write_spans(path: Path, rows: list[tuple[str, int, str, int, int]], **extra: Any) -> Path:
    doc_ids, pages, labels, starts, ends = (
        ([r[i] for r in rows] for i in range(5)) if rows else ([] for _ in range(5))
    )
    columns: dict[str, Any] = {
        "doc_id": pa.array(doc_ids, pa.string()),
        "page_num": pa.array(pages, pa.int32()),
        "label": pa.array(labels, pa.string()),
        "start": pa.array(starts, pa.int32()),
        "end": pa.array(ends, pa.int32()),
    }
    pq.write_table(pa.table({**columns, **extra}), path)
    return path


def write_pages(path: Path, pages: list[tuple[str, int]], texts: list[str] | None = None) -> Path:
    columns: dict[str, Any] = {
        "doc_id": pa.array([d for d, _ in pages], pa.string()),
        "page_num": pa.array([p for _, p in pages], pa.int32()),
    }
    if texts is not None:
        columns["text"] = pa.array(texts, pa.string())
    pq.write_table(pa.table(columns), path)
    return path


def table_rows(output: str) -> dict[str, dict[str, str]]:
    """The markdown table as {label: {column: cell}}, bold marks dropped."""
    lines = [line for line in output.splitlines() if line.startswith("|")]
    header, *rows = ([c.strip().strip("*") for c in line.strip("|").split("|")] for line in lines)
    assert rows[0][0] == "---"
    return {row[0]: dict(zip(header, row, strict=True)) for row in rows[1:]}


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


# Gold on page (d1, 1): IMO 10-17, MMSI 30-39, IRCS 50-55.
GOLD = [("d1", 1, "IMO", 10, 17), ("d1", 1, "MMSI", 30, 39), ("d1", 1, "IRCS", 50, 55)]
PREDICTED = [
    ("d1", 1, "IMO", 10, 18),  # one character too long: lenient match only
    ("d1", 1, "MMSI", 30, 39),  # exact
    ("d1", 1, "MMSI", 50, 55),  # the IRCS's region under the wrong label: no match at all
]


def test_off_by_one_matches_leniently_and_a_wrong_label_matches_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = write_spans(tmp_path / "gold.parquet", GOLD)
    suggestions = write_spans(tmp_path / "suggestions.parquet", PREDICTED)
    code, out, err = run(["evaluate", str(gold), str(suggestions)], capsys)
    assert (code, err) == (0, "")
    rows = table_rows(out)
    assert rows["IMO"] == {
        "label": "IMO",
        "gold": "1",
        "predicted": "1",
        "exact P": "0.000",
        "exact R": "0.000",
        "exact F1": "0.000",
        "lenient P": "1.000",
        "lenient R": "1.000",
        "lenient F1": "1.000",
        "exact tp/fp/fn": "0/1/1",
        "lenient fp/fn": "0/0",
    }
    # The wrong-label span is a false positive both ways, and the IRCS is missed both ways.
    assert rows["MMSI"]["exact P"] == rows["MMSI"]["lenient P"] == "0.500"
    assert rows["MMSI"]["exact tp/fp/fn"] == "1/1/0" and rows["MMSI"]["lenient fp/fn"] == "1/0"
    # Nothing predicted: precision 1.0 by convention, but F1 0 and the miss is counted.
    assert (rows["IRCS"]["exact P"], rows["IRCS"]["exact R"], rows["IRCS"]["exact F1"]) == (
        "1.000",
        "0.000",
        "0.000",
    )
    assert rows["IRCS"]["lenient R"] == "0.000" and rows["IRCS"]["exact tp/fp/fn"] == "0/0/1"
    assert rows[IDS]["exact tp/fp/fn"] == "1/2/2" and rows[IDS]["lenient fp/fn"] == "1/1"
    assert rows["all"]["gold"] == "3" and rows["all"]["predicted"] == "3"
    assert "page coverage: 1 of 1 scored pages (100.0%)" in out


def test_touching_spans_do_not_overlap() -> None:
    result = evaluate([("p", (17, 20, "IMO")), ("p", (0, 10, "IMO"))], [("p", (10, 17, "IMO"))])
    assert result.labels["IMO"] == Counts(gold=1, predicted=2, exact=0)


def test_one_long_prediction_can_cover_two_gold_spans() -> None:
    gold = [("p", (0, 5, "VESSEL_NAME")), ("p", (6, 10, "VESSEL_NAME"))]
    result = evaluate([("p", (0, 10, "VESSEL_NAME"))], gold)
    c = result.labels["VESSEL_NAME"]
    assert (c.lenient_precision, c.lenient_recall, c.exact_recall) == (1.0, 1.0, 0.0)


def test_f1_and_totals_arithmetic(tmp_path: Path) -> None:
    # IMO: 4 gold, 3 predicted, 2 exact -> P 2/3, R 1/2, F1 4/7; one prediction overlaps a third.
    gold = [("d1", 1, "IMO", s, s + 7) for s in (0, 10, 20, 30)]
    predicted = [("d1", 1, "IMO", 0, 7), ("d1", 1, "IMO", 10, 17), ("d1", 1, "IMO", 21, 27)]
    # FLAG: 1 gold, 1 predicted elsewhere on the page.
    gold.append(("d1", 1, "FLAG", 40, 43))
    predicted.append(("d1", 1, "FLAG", 50, 53))
    report = evaluate_files(
        write_spans(tmp_path / "g.parquet", gold), write_spans(tmp_path / "s.parquet", predicted)
    )
    imo = report.result.labels["IMO"]
    assert imo == Counts(gold=4, predicted=3, exact=2, lenient_predicted=3, lenient_gold=3)
    assert imo.exact_precision == pytest.approx(2 / 3)
    assert imo.exact_recall == pytest.approx(1 / 2)
    assert imo.exact_f1 == pytest.approx(4 / 7)
    assert imo.lenient_f1 == pytest.approx(2 * 1.0 * 0.75 / 1.75)
    # Totals are summed counts, not an average of per-label figures: FLAG's 0/0 pulls them down.
    total = report.result.total
    assert (total.gold, total.predicted, total.exact) == (5, 4, 2)
    assert total.exact_f1 == pytest.approx(2 * (2 / 4) * (2 / 5) / (2 / 4 + 2 / 5))
    rows = table_rows(format_evaluation(report.result))
    assert rows["IMO"]["exact F1"] == "0.571" and rows["IMO"]["lenient F1"] == "0.857"
    assert rows["all"]["exact F1"] == "0.444" and rows["all"]["exact tp/fp/fn"] == "2/2/3"
    assert rows[IDS]["exact F1"] == "0.571"  # only IMO of the three is present


def test_suggestions_on_pages_without_gold_are_ignored_and_counted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = write_spans(tmp_path / "gold.parquet", GOLD[:1])
    predicted = [
        ("d1", 1, "IMO", 10, 17),
        ("d1", 2, "IMO", 10, 17),  # same document, unlabelled page
        ("d9", 1, "MMSI", 0, 9),
        ("d9", 1, "IRCS", 10, 15),
    ]
    suggestions = write_spans(tmp_path / "suggestions.parquet", predicted)
    code, out, _ = run(["evaluate", str(gold), str(suggestions)], capsys)
    assert code == 0
    rows = table_rows(out)
    assert set(rows) == {"IMO", IDS, "all"}  # MMSI and IRCS were only on ignored pages
    assert rows["IMO"]["exact P"] == "1.000" and rows["IMO"]["exact tp/fp/fn"] == "1/0/0"
    assert "ignored: 3 suggested span(s) on 2 page(s) that were not scored" in out
    assert "suggestions: 4 spans on 3 pages" in out and "gold: 1 spans on 1 pages" in out


def test_a_labelled_page_without_gold_lowers_coverage_and_counts_its_suggestions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = write_spans(tmp_path / "gold.parquet", GOLD[:1])
    suggestions = write_spans(tmp_path / "suggestions.parquet", [("d1", 1, "IMO", 10, 17)])
    pages = write_pages(tmp_path / "pages.parquet", [("d1", 1), ("d1", 2)])
    code, out, _ = run(["evaluate", str(gold), str(suggestions), "--pages", str(pages)], capsys)
    assert code == 0
    assert "page coverage: 1 of 2 scored pages (50.0%)" in out
    # The page without a gold span had nothing to suggest: every page with one has a suggestion.
    assert "of the 1 with a gold span, 1 (100.0%)" in out
    assert "pages: 2 labelled pages listed, 1 without a gold span" in out
    # Without --pages the empty page is not known, and coverage is full.
    _, out, _ = run(["evaluate", str(gold), str(suggestions)], capsys)
    assert "page coverage: 1 of 1 scored pages (100.0%)" in out
    # A suggestion on the listed empty page is now a false positive, not ignored.
    suggestions = write_spans(
        tmp_path / "s2.parquet", [("d1", 1, "IMO", 10, 17), ("d1", 2, "IMO", 0, 7)]
    )
    _, out, _ = run(["evaluate", str(gold), str(suggestions), "--pages", str(pages)], capsys)
    assert table_rows(out)["IMO"]["exact tp/fp/fn"] == "1/1/0"
    assert "page coverage: 2 of 2 scored pages (100.0%)" in out
    assert "ignored: 0 suggested span(s)" in out


def test_text_format_aligns_the_same_figures(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = write_spans(tmp_path / "gold.parquet", GOLD)
    suggestions = write_spans(tmp_path / "suggestions.parquet", PREDICTED)
    code, out, _ = run(["evaluate", str(gold), str(suggestions), "--format", "text"], capsys)
    assert code == 0 and "|" not in out
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["label", "gold", "predicted"]
    imo = next(line for line in lines if line.startswith("IMO "))
    assert imo.split() == ["IMO", "1", "1", *["0.000"] * 3, *["1.000"] * 3, "0/1/1", "0/0"]
    assert len({len(line) for line in lines[:6]}) == 1  # header, 3 labels, group, all
    assert lines[6] == ""
    assert any(line.startswith(IDS) for line in lines)


# --- bad input: exit 2, one line on stderr naming the file and the column or row -------------


def bad_gold(tmp_path: Path, kind: str) -> Path:
    path = tmp_path / "gold.parquet"
    good = ("d1", 1, "IMO", 10, 17)
    if kind == "missing column":
        pq.write_table(pa.table({"doc_id": ["d1"], "page_num": [1], "label": ["IMO"]}), path)
    elif kind == "float start":
        table = pa.table({"doc_id": ["d1"], "page_num": [1], "label": ["IMO"], "start": [1.0]})
        pq.write_table(table.append_column("end", pa.array([8.0])), path)
    elif kind == "string page_num":
        table = pa.table({"doc_id": ["d1"], "page_num": ["1"], "label": ["IMO"], "start": [1]})
        pq.write_table(table.append_column("end", pa.array([8])), path)
    else:
        bad = {
            "unknown label": ("d1", 1, "IMO_NUMBER", 10, 17),
            "page 0": ("d1", 0, "IMO", 10, 17),
            "negative start": ("d1", 1, "IMO", -1, 17),
            "end before start": ("d1", 1, "IMO", 17, 17),
        }[kind]
        write_spans(path, [good, good, bad])
    return path


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("missing column", ["missing column(s) start, end"]),
        ("float start", ["column 'start' has type double", "integers"]),
        ("string page_num", ["column 'page_num' has type string", "integers"]),
        ("unknown label", ["row index 2", "label = 'IMO_NUMBER'", "labelset v1"]),
        ("page 0", ["row index 2", "page_num = 0"]),
        ("negative start", ["row index 2", "start = -1"]),
        ("end before start", ["row index 2", "end = 17", "start = 17"]),
    ],
)
def test_bad_gold_names_the_file_and_the_column_or_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str, expected: list[str]
) -> None:
    gold = bad_gold(tmp_path, kind)
    suggestions = write_spans(tmp_path / "suggestions.parquet", PREDICTED)
    code, out, err = run(["evaluate", str(gold), str(suggestions)], capsys)
    assert code == 2 and out == ""
    assert err.startswith(f"oceanid: {gold}: ") and err.count("\n") == 1, err
    for part in expected:
        assert part in err, err


def test_null_values_and_bad_suggestions_name_the_suggestions_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = write_spans(tmp_path / "gold.parquet", GOLD)
    suggestions = tmp_path / "suggestions.parquet"
    # The suggestions schema's extra columns are ignored; the null end of row 1 is not.
    write_spans(
        suggestions,
        [("d1", 1, "IMO", 10, 17), ("d1", 1, "MMSI", 30, 39)],
        confidence=pa.array([0.9, 0.8]),
    )
    assert run(["evaluate", str(gold), str(suggestions)], capsys)[0] == 0
    table = pq.read_table(suggestions)
    pq.write_table(table.set_column(4, "end", pa.array([17, None], pa.int32())), suggestions)
    code, _, err = run(["evaluate", str(gold), str(suggestions)], capsys)
    assert code == 2
    assert f"{suggestions}: row index 1: end is null" in err
    assert str(gold) not in err


def test_unreadable_and_missing_files_are_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = write_spans(tmp_path / "gold.parquet", GOLD)
    not_parquet = tmp_path / "notes.parquet"
    not_parquet.write_text("doc_id,page_num\n", encoding="utf-8")
    missing = tmp_path / "missing.parquet"
    for path in (not_parquet, missing):
        code, _, err = run(["evaluate", str(gold), str(path)], capsys)
        assert code == 2 and err.startswith(f"oceanid: {path}: cannot read as Parquet")
        assert err.count("\n") == 1


def test_empty_gold_needs_pages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = write_spans(tmp_path / "gold.parquet", [])
    suggestions = write_spans(tmp_path / "suggestions.parquet", PREDICTED)
    code, _, err = run(["evaluate", str(gold), str(suggestions)], capsys)
    assert code == 2 and f"{gold}: no gold spans" in err and "--pages" in err
    # With the labelled page listed, its suggestions are all false positives.
    pages = write_pages(tmp_path / "pages.parquet", [("d1", 1)])
    code, out, _ = run(["evaluate", str(gold), str(suggestions), "--pages", str(pages)], capsys)
    assert code == 0 and table_rows(out)["all"]["exact tp/fp/fn"] == "0/3/0"


def test_pages_file_checks(tmp_path: Path) -> None:
    gold = write_spans(tmp_path / "gold.parquet", GOLD)
    suggestions = write_spans(tmp_path / "suggestions.parquet", [("d1", 1, "IMO", 10, 70)])
    text = "x" * 60  # GOLD ends at 55; the suggestion at 70
    listing = write_pages(tmp_path / "p1.parquet", [("d1", 2)])
    with pytest.raises(EvaluationInputError, match=r"gold\.parquet: row index 0: page .*'d1'.*1"):
        evaluate_files(gold, suggestions, listing)
    twice = write_pages(tmp_path / "p2.parquet", [("d1", 1), ("d1", 1)])
    with pytest.raises(EvaluationInputError, match=r"p2\.parquet: row index 1: .*listed again"):
        evaluate_files(gold, suggestions, twice)
    short = write_pages(tmp_path / "p3.parquet", [("d1", 1)], ["x" * 50])
    with pytest.raises(
        EvaluationInputError, match=r"gold\.parquet: row index 2: end = 55 is past the end"
    ):
        evaluate_files(gold, suggestions, short)
    texts = write_pages(tmp_path / "p4.parquet", [("d1", 1)], [text])
    with pytest.raises(
        EvaluationInputError,
        match=r"suggestions\.parquet: row index 0: end = 70 .*60 characters in .*p4\.parquet",
    ):
        evaluate_files(gold, suggestions, texts)
    # Within bounds, or with no text column, the same files evaluate.
    evaluate_files(gold, suggestions, write_pages(tmp_path / "p5.parquet", [("d1", 1)]))
    no_page = pa.table({"doc_id": ["d1"], "text": [text]})
    pq.write_table(no_page, tmp_path / "p6.parquet")
    with pytest.raises(EvaluationInputError, match=r"p6\.parquet: missing column\(s\) page_num"):
        evaluate_files(gold, suggestions, tmp_path / "p6.parquet")


# --- end to end: `oceanid preannotate` (rules) then `oceanid evaluate` ------------------------

LICENCE = (
    "FISHING LICENCE\n"
    "Name of vessel: OCEAN BREEZE 7\n"
    "IMO No.: 9138525\n"
    "MMSI: 412549292\n"
    "International radio call sign: BZU6Z\n"
)
NOTICE = "The vessel SEA STAR (IMO 9074729) was inspected in port."
ANNEX = "Annex: general conditions apply to every holder of this licence."


def test_preannotate_then_evaluate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pages = write_pages(
        tmp_path / "pages.parquet", [("d1", 1), ("d1", 2), ("d2", 1)], [LICENCE, ANNEX, NOTICE]
    )
    suggestions = tmp_path / "suggestions.parquet"
    assert main(["preannotate", str(pages), str(suggestions), "--extractor", "rules"]) == 0
    capsys.readouterr()

    def at(text: str, value: str, shift: int = 0) -> tuple[int, int]:
        start = text.index(value)
        return start, start + len(value) + shift

    gold_rows = [
        ("d2", 1, "IMO", *at(NOTICE, "9074729")),  # the IMO span right after the word "IMO"
        ("d1", 1, "IMO", *at(LICENCE, "9138525")),
        ("d1", 1, "MMSI", *at(LICENCE, "412549292", shift=1)),  # takes the newline: off by one
        ("d1", 1, "IRCS", *at(LICENCE, "BZU6Z")),
    ]
    gold = write_spans(tmp_path / "gold.parquet", gold_rows)
    code, out, err = run(["evaluate", str(gold), str(suggestions)], capsys)
    assert (code, err) == (0, "")
    rows = table_rows(out)
    assert rows["IMO"]["exact R"] == "1.000" and rows["IMO"]["exact tp/fp/fn"] == "2/0/0"
    assert rows["MMSI"]["exact R"] == "0.000" and rows["MMSI"]["lenient R"] == "1.000"
    assert rows["IRCS"]["exact F1"] == "1.000"
    assert rows[IDS]["exact tp/fp/fn"] == "3/1/1" and rows[IDS]["lenient fp/fn"] == "0/0"
    assert "page coverage: 2 of 2 scored pages (100.0%)" in out  # the annex page is not labelled
    # The rules' other finds (vessel names...) are false positives of labels with no gold.
    found = pq.read_table(suggestions).to_pylist()
    others = Counter(r["label"] for r in found if r["label"] not in ("IMO", "MMSI", "IRCS"))
    assert others, found
    for label, n in others.items():
        assert rows[label]["gold"] == "0" and rows[label]["exact tp/fp/fn"] == f"0/{n}/0"
    assert rows["all"]["predicted"] == str(len(found))

    code, out, _ = run(
        ["evaluate", str(gold), str(suggestions), "--pages", str(pages)], capsys
    )  # now the annex page is labelled too, and has no suggestion
    assert code == 0 and "page coverage: 2 of 3 scored pages (66.7%)" in out
    assert table_rows(out)["IMO"]["exact R"] == "1.000"
