"""Tesseract (Debian's `tesseract-ocr` with its English, Spanish and French data) as an engine.

One `tesseract` process per page, reading a PNG on stdin and writing TSV word boxes on stdout:
the boxes, not Tesseract's own text, make the page text (see boxes.py), so a table keeps its
rows and columns. Each process is held to one OpenMP thread; the raw load runs as many pages
at once as it has workers, which uses the cores better than threads inside one page.
"""

from __future__ import annotations

import io
import itertools
import re
import shutil
import statistics
import subprocess
from collections import defaultdict
from functools import cache

from PIL import Image

from oceanid_assets import config
from oceanid_assets.ingest.pdf_layout import LAYOUT_VERSION
from oceanid_assets.ocr.boxes import (
    TextBox,
    fitted_slope,
    mean_confidence,
    median_height,
    page_slope,
    text_from_boxes,
)
from oceanid_assets.ocr.engine import OcrFailed, OcrText, OcrUnavailable

DEFAULT_LANGUAGES = "eng+spa+fra"
# Automatic page segmentation: blocks and columns found by Tesseract; the layout is rebuilt
# from the word boxes afterwards, whatever order the blocks came in.
PAGE_SEGMENTATION = "3"
# A gap wider than this many of the page's word gaps starts a column, as typed spaces wider
# than 1.8 spaces do in a text layer (pdf_layout._TYPED_SPACES).
COLUMN_GAP = 1.8
# Word gaps are measured between words with lower-case letters (prose and cells of several
# words); a page with fewer such gaps (a register in capitals) takes this many word heights.
_MIN_WORD_GAPS = 5
_SPEAKS = re.compile(r"\w")
_SPECK_CONFIDENCE = 60.0  # Tesseract's own, in percent
_SPECK_SIZE = 0.5  # a lone character smaller than this many word heights either way
_PLACEHOLDERS = "-\u2013\u2014"  # an empty table cell's dash is small too
_GAP_IN_HEIGHTS = 1.6
_INSTALL_HINT = (
    "install Debian's tesseract-ocr, tesseract-ocr-eng, tesseract-ocr-spa and tesseract-ocr-fra "
    "(`make setup` does it when run as root), or set OCEANID_OCR_ENGINE=rapidocr"
)


class TesseractEngine:
    name = "tesseract"

    def __init__(
        self,
        languages: str = DEFAULT_LANGUAGES,
        binary: str = "tesseract",
        timeout_s: float = 300.0,
        page_segmentation: str = PAGE_SEGMENTATION,
    ) -> None:
        path = shutil.which(binary)
        if path is None:
            raise OcrUnavailable(f"the OCR engine tesseract is not installed: {_INSTALL_HINT}")
        missing = set(languages.split("+")) - _installed_languages(path)
        if missing:
            raise OcrUnavailable(
                f"tesseract has no language data for {', '.join(sorted(missing))}: {_INSTALL_HINT}"
            )
        self._binary = path
        self._languages = languages
        self._timeout_s = timeout_s
        self._psm = page_segmentation
        self.version = (
            f"tesseract-{_tesseract_version(path)}/{languages}/psm{page_segmentation}"
            f"/layout-{LAYOUT_VERSION}"
        )

    def recognize(self, image: Image.Image) -> OcrText:
        png = io.BytesIO()
        image.save(png, format="PNG")
        try:
            done = subprocess.run(
                [
                    self._binary,
                    "stdin",
                    "stdout",
                    "-l",
                    self._languages,
                    "--psm",
                    self._psm,
                    "--dpi",
                    str(round(image.info.get("dpi", (300, 300))[0])),
                    "tsv",
                ],
                input=png.getvalue(),
                capture_output=True,
                timeout=self._timeout_s,
                env={**config.child_environment(), "OMP_THREAD_LIMIT": "1"},
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            raise OcrFailed(f"tesseract timed out after {self._timeout_s:.0f} s") from exc
        if done.returncode != 0:
            said = [
                line.strip()
                for line in done.stderr.decode(errors="replace").splitlines()
                if line.strip() and not line.startswith("Estimating resolution")
            ]
            why = "; ".join(said)[:300] or "no message"
            raise OcrFailed(f"tesseract failed (exit {done.returncode}): {why}")
        boxes, slopes, word_gaps = parse_tsv(done.stdout.decode("utf-8", errors="replace"))
        text = text_from_boxes(boxes, page_slope(slopes), column_gap(boxes, word_gaps))
        return OcrText(text=text, confidence=mean_confidence(boxes))


def column_gap(boxes: list[TextBox], word_gaps: list[float]) -> float:
    """The distance between two words beyond which the second starts a column, in pixels."""
    if len(word_gaps) >= _MIN_WORD_GAPS:
        return COLUMN_GAP * statistics.median(word_gaps)
    return _GAP_IN_HEIGHTS * median_height(boxes)


def parse_tsv(tsv: str) -> tuple[list[TextBox], list[float | None], list[float]]:
    """Word boxes (level 5 rows with text), the slope of each of Tesseract's lines, and the
    gaps between neighbouring words of a line that both have a lower-case letter.

    Specks are left out: a lone character under half a word's height, and words without a
    letter or digit that Tesseract itself doubts. Dust and scratches on a scan read as `|`, `=`
    or `5`, and one between two rows of a table would split it in two, or inside a row would
    shift its cells."""
    words = [
        cells
        for cells in (row.split("\t") for row in tsv.splitlines()[1:])
        if len(cells) >= 12 and cells[0] == "5" and cells[11].strip()
    ]
    usual_height = statistics.median(float(c[9]) for c in words) if words else 0.0
    lines: dict[tuple[str, ...], list[list[str]]] = defaultdict(list)
    for cells in words:
        if not _speck(cells, usual_height):
            lines[tuple(cells[2:5])].append(cells)  # block, paragraph, line
    boxes: list[TextBox] = []
    slopes: list[float | None] = []
    word_gaps: list[float] = []
    for words in lines.values():
        line_boxes = [_box(cells) for cells in words]
        boxes += line_boxes
        if len(line_boxes) >= 3:
            slopes.append(
                fitted_slope([((b.left + b.right) / 2, (b.top + b.bottom) / 2) for b in line_boxes])
            )
        word_gaps += [
            right.left - left.right
            for left, right in itertools.pairwise(line_boxes)
            if _has_lower(left.text) and _has_lower(right.text) and right.left > left.right
        ]
    return boxes, slopes, word_gaps


def _speck(cells: list[str], usual_height: float) -> bool:
    text, width, height = cells[11].strip(), float(cells[8]), float(cells[9])
    if (
        len(text) == 1
        and text not in _PLACEHOLDERS
        and max(width, height) < _SPECK_SIZE * usual_height
    ):
        return True  # a dot of dust read as a character
    return not _SPEAKS.search(text) and 0 <= float(cells[10]) < _SPECK_CONFIDENCE


def _box(cells: list[str]) -> TextBox:
    left, top, width, height = (float(c) for c in cells[6:10])
    conf = float(cells[10])
    return TextBox(
        text=cells[11],
        left=left,
        top=top,
        right=left + width,
        bottom=top + height,
        confidence=conf / 100 if conf >= 0 else None,
    )


def _has_lower(word: str) -> bool:
    return any(c.islower() for c in word)


@cache
def _installed_languages(binary: str) -> frozenset[str]:
    done = subprocess.run(
        [binary, "--list-langs"], capture_output=True, text=True, timeout=30, check=False
    )
    return frozenset(line.strip() for line in done.stdout.splitlines()[1:] if line.strip())


@cache
def _tesseract_version(binary: str) -> str:
    done = subprocess.run(
        [binary, "--version"], capture_output=True, text=True, timeout=30, check=False
    )
    first = (done.stdout or done.stderr).split()
    return first[1] if len(first) > 1 else "unknown"
