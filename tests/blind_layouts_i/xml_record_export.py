"""An XML export of vessel records pasted into a document (in the manner of FAO's HSVAR or the
UN/FLUX vessel message): identifiers as element text or attributes, codes for flag and gear,
ISO dates. Element and attribute names are never labelled; their values are."""

from __future__ import annotations

import random
import uuid
from collections.abc import Sequence
from xml.sax.saxutils import escape

from oceanid_dev.demo.vessels import Vessel

from . import _vocab as V
from ._facts import Facts, address, date_between, facts, fmt_date, history, home_port, pick
from ._page import PageBuilder, PageDraft

LAYOUT = "xml_record_export"

Attr = tuple[str, str, str | None]  # name, value, label


class _Xml:
    """Writes indented XML into a page; values are escaped and labelled as written."""

    def __init__(self, page: PageBuilder, indent: str) -> None:
        self.page, self.indent, self.depth = page, indent, 0

    def _start(self, tag: str, attrs: Sequence[Attr]) -> None:
        self.page.add(self.indent * self.depth + "<" + tag)
        for name, value, label in attrs:
            self.page.add(f' {name}="').add(escape(value, {'"': "&quot;"}), label).add('"')

    def open(self, tag: str, *attrs: Attr) -> None:
        self._start(tag, attrs)
        self.page.add(">").nl()
        self.depth += 1

    def close(self, tag: str) -> None:
        self.depth -= 1
        self.page.add(f"{self.indent * self.depth}</{tag}>").nl()

    def leaf(self, tag: str, value: str | None, label: str | None, *attrs: Attr) -> None:
        self._start(tag, attrs)
        if value is None:
            self.page.add("/>").nl()
            return
        self.page.add(">").add(escape(value), label).add(f"</{tag}>").nl()


_ROOTS = {
    "hsvar": ("hsvar:VesselRecords", 'xmlns:hsvar="http://www.fao.org/fi/hsvar/1.0"'),
    "flux": (
        "rsm:FLUXVesselReportMessage",
        'xmlns:rsm="urn:un:unece:uncefact:data:standard:FLUXVesselReportMessage:5" '
        'xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:20"',
    ),
}


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    dialect = rng.choice(("hsvar", "flux"))
    root, namespaces = _ROOTS[dialect]
    stamp = f"{fmt_date(date_between(rng, 2022, 2025), 'iso')}T{rng.randint(0, 23):02d}:14:07Z"
    indent = rng.choice(("  ", "\t") if dialect == "flux" else ("  ", "    ", "\t"))
    n_pages = rng.choice((1, 2, 2, 3))
    drafts = []
    for number in range(1, n_pages + 1):
        page = PageBuilder()
        xml = _Xml(page, indent)
        if number == 1:
            page.add(rng.choice(("Annex 2 - Record extract", "Attachment B: data as received")))
            page.nl().add('<?xml version="1.0" encoding="UTF-8"?>').nl()
            page.fmt('<{} {} generated="{}">', root, namespaces, stamp).nl()
            if dialect == "flux":
                _flux_header(xml, rng, stamp)
        else:
            page.fmt("<!-- continued from page {} -->", str(number - 1)).nl()
        limit, records = rng.randint(1800, 2800), 0
        while len(page) < limit - 700:
            record = PageBuilder()
            scratch = _Xml(record, indent)
            scratch.depth = 1
            (_hsvar if dialect == "hsvar" else _flux)(
                scratch, facts(pick(vessels, rng), rng), rng, stamp
            )
            if records and len(page) + len(record) > 2950:
                break
            page.extend(record)
            records += 1
        if number == n_pages:
            page.add(f"</{root}>")
        drafts.append(page.draft())
    return drafts


def _flux_header(xml: _Xml, rng: random.Random, stamp: str) -> None:
    xml.depth = 1
    xml.open("rsm:FLUXReportDocument")
    report_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    xml.leaf("ram:ID", report_id, None, ("schemeID", "UUID", None))
    xml.leaf("ram:CreationDateTime", stamp, None)
    xml.leaf("ram:PurposeCode", "9", None, ("listID", "FLUX_GP_PURPOSE", None))
    xml.leaf("ram:OwnerFLUXParty", rng.choice(("XEU", "FAO", "CHN", "TWN")), None)
    xml.close("rsm:FLUXReportDocument")


def _hsvar(xml: _Xml, f: Facts, rng: random.Random, stamp: str) -> None:
    xml.open(
        "Vessel",
        ("recordId", f"HSVAR-{f.flag or 'XXX'}-{rng.randint(1, 99999):05d}", "OTHER_EXT_ID"),
    )
    xml.leaf("Name", f.name, "VESSEL_NAME")
    if f.flag:
        xml.leaf("FlagState", None, None, ("code", f.flag, "FLAG"))
    xml.leaf("IMO", f.imo, "IMO")
    if rng.random() < 0.5:
        xml.leaf("IRCS", f.ircs, "IRCS")
        xml.leaf("MMSI", f.mmsi, "MMSI")
    else:
        ids: list[Attr] = [("ircs", f.ircs, "IRCS")] if f.ircs else []
        ids += [("mmsi", f.mmsi, "MMSI")] if f.mmsi else []
        xml.leaf("Radio", None, None, *ids)
    registration = f"{f.flag or 'XX'}-{rng.randint(2000, 2024)}-{rng.randint(1, 9999):04d}"
    xml.leaf("NationalRegistrationNumber", registration, "NATIONAL_REG_NO")
    port, code = home_port(f, rng)
    locode: list[Attr] = [("unlocode", code, "PORT_ID")] if code else []
    xml.leaf("PortOfRegistry", port, "HOME_PORT" if port else None, *locode)
    gear = V.GEAR.get(f.gear or "")
    xml.leaf("GearType", None, None, ("code", gear[0] if gear else "MIS", None))
    if f.loa:
        xml.leaf("LengthOverall", f.loa, "METRIC_VALUE", ("unit", "m", "METRIC_UNIT"))
    if f.gt:
        xml.leaf("Tonnage", f.gt, "METRIC_VALUE", ("type", "GT", "METRIC_TYPE"))
    if f.year:
        xml.leaf("YearOfBuild", f.year, "BUILD_YEAR")
    where = address(rng, f.flag)
    xml.open(
        "Operator", ("role", rng.choice(("Owner", "Operator", "Beneficial owner")), "ASSOC_ROLE")
    )
    xml.leaf("Name", f.owner, "ASSOC_NAME")
    xml.leaf("Street", where.street, "ADDRESS")
    xml.leaf("City", where.city, "CITY")
    xml.leaf("Country", where.country, "COUNTRY_CODE")
    xml.close("Operator")
    start = date_between(rng, 2021, 2025)
    xml.open("Authorization", ("type", "High seas fishing", "AUTH_TYPE"))
    xml.leaf(
        "Number", f"HSFA/{f.flag or 'XX'}/{start.year}/{rng.randint(1, 999):03d}", "LICENSE_NO"
    )
    xml.leaf("ValidFrom", start.isoformat(), "START_DATE")
    xml.leaf("ValidTo", start.replace(year=start.year + 1).isoformat(), "END_DATE")
    xml.leaf("FishingArea", rng.choice(V.FAO_AREAS), "FAO_AREA_CODE")
    for species in rng.sample(V.SPECIES, rng.randint(0, 2)):
        xml.leaf("TargetSpecies", species[0], "SPECIES_NAME")
    xml.close("Authorization")
    for old in history(f, rng, rng.randint(0, 1)):
        xml.open("PreviousIdentity", ("until", old.until.isoformat(), None))
        if old.name:
            xml.leaf("Name", old.name, "NAME_CHANGE")
        xml.leaf("Flag", old.flag, "FLAG_CHANGE")
        xml.close("PreviousIdentity")
    xml.leaf("LastUpdate", stamp, None)
    xml.close("Vessel")


def _flux(xml: _Xml, f: Facts, rng: random.Random, stamp: str) -> None:
    xml.open("rsm:VesselEvent")
    xml.leaf(
        "ram:TypeCode", rng.choice(("MOD", "CEN", "IMP")), None, ("listID", "VESSEL_EVENT", None)
    )
    xml.open("ram:RelatedVesselTransportMeans")
    for scheme, value, label in (
        ("IRCS", f.ircs, "IRCS"),
        ("UVI", f.imo, "IMO"),
        ("MMSI", f.mmsi, "MMSI"),
    ):
        if value:
            xml.leaf("ram:ID", value, label, ("schemeID", scheme, None))
    xml.leaf("ram:Name", f.name, "VESSEL_NAME")
    if f.flag:
        xml.open("ram:RegistrationVesselCountry")
        xml.leaf("ram:ID", f.flag, "FLAG", ("schemeID", "TERRITORY", None))
        xml.close("ram:RegistrationVesselCountry")
    port, code = home_port(f, rng)
    xml.open("ram:SpecifiedRegistrationEvent")
    registered = date_between(rng, 2010, 2024).isoformat() + "T00:00:00Z"
    xml.open("ram:OccurrenceDateTime")
    xml.leaf("udt:DateTime", registered, "START_DATE")
    xml.close("ram:OccurrenceDateTime")
    xml.open("ram:RelatedRegistrationLocation")
    if code:
        xml.leaf("ram:ID", code, "PORT_ID", ("schemeID", "LOCATION", None))
    xml.leaf("ram:Name", port, "HOME_PORT" if port else None)
    xml.close("ram:RelatedRegistrationLocation")
    xml.close("ram:SpecifiedRegistrationEvent")
    if f.year:
        yard, place, built_in = rng.choice(V.SHIPYARDS)
        xml.open("ram:SpecifiedConstructionEvent")
        xml.leaf("udt:DateString", f.year, "BUILD_YEAR", ("format", "YYYY", None))
        xml.leaf("ram:Name", f"{yard}, {place}", "BUILDER_LOCATION")
        xml.leaf("ram:CountryID", built_in, "BUILD_COUNTRY")
        xml.close("ram:SpecifiedConstructionEvent")
    if f.loa:
        xml.open("ram:ApplicableVesselDimension")
        xml.leaf("ram:Value", f.loa, "METRIC_VALUE", ("unitCode", "MTR", "METRIC_UNIT"))
        xml.leaf("ram:TypeCode", "LOA", "METRIC_TYPE", ("listID", "VESSEL_DIMENSION_TYPE", None))
        xml.close("ram:ApplicableVesselDimension")
    if f.gt:
        xml.open("ram:ApplicableVesselTonnage")
        xml.leaf("ram:Value", f.gt, "METRIC_VALUE")
        xml.leaf("ram:TypeCode", "GT", "METRIC_TYPE", ("listID", "VESSEL_TONNAGE_TYPE", None))
        xml.close("ram:ApplicableVesselTonnage")
    gear = V.GEAR.get(f.gear or "")
    if gear:
        xml.open("ram:OnBoardFishingGear")
        xml.leaf("ram:TypeCode", gear[0], None, ("listID", "GEAR_TYPE", None))
        xml.leaf("ram:RoleCode", "MAIN", None)
        xml.close("ram:OnBoardFishingGear")
    where = address(rng, f.flag)
    xml.open("ram:SpecifiedContactParty")
    xml.leaf("ram:RoleCode", rng.choice(("OWNER", "OPERATOR")), "ASSOC_ROLE")
    xml.leaf("ram:Name", f.owner, "ASSOC_NAME")
    xml.open("ram:SpecifiedStructuredAddress")
    xml.leaf("ram:StreetName", where.street, "ADDRESS")
    xml.leaf("ram:CityName", where.city, "CITY")
    if where.postcode:
        xml.leaf("ram:PostcodeCode", where.postcode, None)
    xml.leaf("ram:CountryID", where.country, "COUNTRY_CODE")
    xml.close("ram:SpecifiedStructuredAddress")
    xml.close("ram:SpecifiedContactParty")
    xml.close("ram:RelatedVesselTransportMeans")
    xml.leaf("ram:CreationDateTime", stamp, None)
    xml.close("rsm:VesselEvent")
