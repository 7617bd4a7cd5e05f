"""Tesseract (Debian's `tesseract-ocr` with its English, Spanish and French data) as an engine.

One `tesseract` process per page, reading a PNG on stdin and writing TSV word boxes on stdout:
the boxes, not Tesseract's own text, make the page text (see boxes.py), so a table keeps its
rows and columns. Each process is held to one OpenMP thread; the raw load runs as many pages
at once as it has workers, which uses the cores better than threads inside one page.
"""

from __future__ import annotations

import io
import shutil
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
# A gap between words wider than this many word heights starts a column. A space is about 0.4
# of a word's height; justified prose stretches it to about twice that.
COLUMN_GAP = 0.9
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
        boxes, slopes = parse_tsv(done.stdout.decode("utf-8", errors="replace"))
        text = text_from_boxes(boxes, page_slope(slopes), COLUMN_GAP * median_height(boxes))
        return OcrText(text=text, confidence=mean_confidence(boxes))


def parse_tsv(tsv: str) -> tuple[list[TextBox], list[float | None]]:
    """Word boxes (level 5 rows with text) and the slope of each of Tesseract's lines."""
    boxes: list[TextBox] = []
    lines: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 12 or cells[0] != "5" or not cells[11].strip():
            continue
        left, top, width, height = (float(c) for c in cells[6:10])
        conf = float(cells[10])
        boxes.append(
            TextBox(
                text=cells[11],
                left=left,
                top=top,
                right=left + width,
                bottom=top + height,
                confidence=conf / 100 if conf >= 0 else None,
            )
        )
        lines[(cells[2], cells[3], cells[4])].append((left + width / 2, top + height / 2))
    return boxes, [fitted_slope(centres) for centres in lines.values() if len(centres) >= 3]


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
