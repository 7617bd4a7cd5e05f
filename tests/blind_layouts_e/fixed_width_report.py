"""A mainframe fixed-width report: ALL-CAPS abbreviated headers, page headers and footers
with run date and page numbers, record counts. Identifiers always fit their columns; names
may be cut to the column width (the cut text is the gold value)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta

from oceanid_dev.demo.vessels import Vessel

from ._fmt import company, fmt_date, home_port, licence_no, ocean_for, rfmo_id, some_day
from ._ids import Ident, fleet_sample
from ._page import PageDraft
from ._vocab import COUNTRIES, GEARS, OCEANS

LAYOUT = "fixed_width_report"

# (header, width, field, right-aligned)
Column = tuple[str, int, str, bool]
TEMPLATES: tuple[tuple[Column, ...], ...] = (
    (("SEQ", 4, "seq", False), ("VSL NAME", 20, "name", False), ("IRCS", 8, "ircs", False),
     ("IMO#", 8, "imo", False), ("MMSI#", 10, "mmsi", False), ("FLG", 4, "flag", False),
     ("GT", 7, "gt", True), ("LOA", 7, "loa", True), (" GEAR", 6, "gear", False),
     ("LIC NO", 17, "lic", False), ("LIC EFF", 9, "eff", False), ("LIC EXP", 9, "exp", False),
     ("AREA", 7, "area", False), ("RFMO", 7, "rfmo", False)),
    (("VSL-ID", 8, "vid", False), ("VSL NAME", 24, "name", False), ("FLG", 4, "flag", False),
     ("IRCS", 8, "ircs", False), ("IMO#", 8, "imo", False), ("MMSI#", 10, "mmsi", False),
     ("PORT REG", 13, "port", False), ("GT", 6, "gt", True), (" YR", 5, "year", False),
     ("OWNER", 22, "owner", False)),
    (("REC", 5, "seq", False), ("RFMO", 7, "rfmo", False), ("RFMO ID", 15, "rid", False),
     ("VESSEL", 18, "name", False), ("FLG", 4, "flag", False), ("IMO#", 8, "imo", False),
     ("CALLSGN", 8, "ircs", False), ("LOA M", 7, "loa", True), ("  AUTH EXP", 11, "exp", True)),
)  # fmt: skip
LABELS = {"name": "VESSEL_NAME", "ircs": "IRCS", "imo": "IMO", "mmsi": "MMSI", "flag": "FLAG",
          "gt": "METRIC_VALUE", "loa": "METRIC_VALUE", "lic": "LICENSE_NO", "eff": "START_DATE",
          "exp": "END_DATE", "area": "FAO_AREA_CODE", "rfmo": "RFMO_CODE", "port": "HOME_PORT",
          "year": "BUILD_YEAR", "owner": "ASSOC_NAME", "rid": "RFMO_ID"}  # fmt: skip
SYSTEMS = ("MINISTRY OF FISHERIES - LICENSING SYSTEM (FLS)", "FISHERIES MGMT AGENCY - VSL REGISTER",
           "DEPT OF FISHERIES - MCS DATA CENTRE")  # fmt: skip
TITLES = ("ACTIVE DISTANT-WATER VESSEL LICENCES BY FLAG", "FOREIGN VESSEL AUTHORISATION LISTING",
          "VESSEL MASTER FILE EXTRACT")  # fmt: skip


class _Report:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.run = some_day(rng, 2025, 2026)
        self.year = self.run.year
        self.template = rng.choice(TEMPLATES) if rng.random() < 0.8 else ()
        self.date_style = rng.choice(("DDMONYY", "yymmdd", "mm/dd/yy"))
        self.missing = rng.choice(("", "N/A", "*NONE*", "-", "zeros"))
        self.codes2 = rng.random() < 0.3
        self.system, self.title = rng.choice(SYSTEMS), rng.choice(TITLES)
        self.program = f"{rng.choice(('FLR', 'VMR', 'LIC'))}{rng.randint(100, 999)}0"
        self.seq = 0
        self.clock = f"{rng.randint(0, 5):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"

    def blank(self, field: str) -> str:
        if self.missing == "zeros":
            return {"imo": "0000000", "mmsi": "000000000"}.get(field, "")
        return self.missing

    def values(self, v: Ident) -> dict[str, str | None]:
        rng = self.rng
        self.seq += 1
        ocean = ocean_for(v, rng)
        rfmos, areas, _ = OCEANS[ocean]
        start = date(self.year, rng.choice((1, 1, 4, 7)), 1)
        end = start.replace(year=start.year + 1) - timedelta(days=1)
        known = COUNTRIES.get(v.flag or "")
        flag = known.iso2 if self.codes2 and known else v.flag
        rfmo = rng.choice(rfmos)
        return {
            "seq": f"{self.seq:03d}", "vid": f"{rng.randint(100000, 999999)}", "name": v.name,
            "ircs": v.ircs, "imo": v.imo, "mmsi": v.mmsi, "flag": flag, "gt": v.gt, "loa": v.loa,
            "gear": GEARS.get(v.gear or "", ("", "", "", "UNK"))[3],
            "lic": licence_no(v.flag, self.year, rng), "eff": fmt_date(start, self.date_style),
            "exp": fmt_date(end, self.date_style), "area": rng.choice(areas), "rfmo": rfmo,
            "port": (home_port(v, rng, whole=False) or "").upper() or None,
            "year": v.year, "owner": (v.owner or company(v.flag, rng)[0]).upper(),
            "rid": rfmo_id(rfmo, v.flag, rng),
        }  # fmt: skip

    def header(self, page: PageDraft, number: int) -> None:
        run, asof = fmt_date(self.run, "mm/dd/yy"), fmt_date(self.run, "DDMONYY")
        page.line(f"RUN DATE: {run}  RUN TIME: {self.clock}   {self.system:<48}PAGE: {number:>4}")
        page.line(f"PROGRAM: {self.program}    {self.title}   AS OF {asof}")
        page.line("-" * 118)

    def table(self, page: PageDraft, rows: list[Ident]) -> None:
        heads = (h.rjust(w - 1) + " " if right else h.ljust(w) for h, w, _, right in self.template)
        page.line("".join(heads).rstrip())
        page.line("".join(("-" * (w - 1)).ljust(w) for _, w, _, _ in self.template).rstrip())
        for v in rows:
            values = self.values(v)
            for _, width, field, right in self.template:
                value = values.get(field)
                label = LABELS.get(field) if value else None
                page.cell(value or self.blank(field), width - 1, label, right=right).add(" ")
            page.add("\n")

    def val(self, values: dict[str, str | None], field: str) -> tuple[str, str | None]:
        value = values.get(field)
        return (value, LABELS[field]) if value else (self.blank(field) or "*", None)

    def blocks(self, page: PageDraft, rows: list[Ident]) -> None:
        for v in rows:
            f = self.values(v)
            page.line(f"REC {f['seq']}  VSL NAME: ", self.val(f, "name"), "   FLG: ",
                      self.val(f, "flag"), "   IRCS: ", self.val(f, "ircs"))  # fmt: skip
            page.line("         IMO#: ", self.val(f, "imo"), "   MMSI#: ", self.val(f, "mmsi"),
                      "   PORT: ", self.val(f, "port"))  # fmt: skip
            metrics: list[str | tuple[str, str | None]] = ["         "]
            if f["gt"]:
                metrics += [("GT", "METRIC_TYPE"), ": ", (f["gt"], "METRIC_VALUE"), "   "]
            if f["loa"]:
                metrics += [("LOA", "METRIC_TYPE"), ": ", (f["loa"], "METRIC_VALUE"), " ",
                            ("M", "METRIC_UNIT"), "   "]  # fmt: skip
            page.line(*metrics, f"GEAR: {f['gear']}")
            page.line("         LIC: ", self.val(f, "lic"), "  EFF ", self.val(f, "eff"),
                      "  EXP ", self.val(f, "exp"), "  AREA ", self.val(f, "area"), "  ",
                      self.val(f, "rfmo"))  # fmt: skip
            page.line("-" * 80)


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    report = _Report(rng)
    counts = [rng.randint(6, 16) if report.template else rng.randint(3, 6)
              for _ in range(rng.choice((1, 2, 2, 3)))]  # fmt: skip
    pages = []
    fleet = fleet_sample(vessels, rng, sum(counts))
    for number, count in enumerate(counts, start=1):
        page = PageDraft()
        report.header(page, number)
        rows, fleet = fleet[:count], fleet[count:]
        if report.template:
            report.table(page, rows)
        else:
            report.blocks(page, rows)
        page.line(f"*** RECORDS THIS PAGE: {count:>5}")
        if number == len(counts):
            page.line(f"*** TOTAL RECORDS: {sum(counts):>8}        *** END OF REPORT ***")
        pages.append(page)
    return pages
