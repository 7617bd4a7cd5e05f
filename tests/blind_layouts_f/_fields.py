"""Small helpers shared by the layouts: a value or its placeholder, ports, metrics."""

from __future__ import annotations

import random

from ._ids import Ident
from ._page import Page
from ._vocab import COUNTRIES, LANG_INDEX, country, placeholder


def value_or_blank(
    page: Page, value: str | None, label: str, lang: str, rng: random.Random
) -> Page:
    """The value with its label, or the document's placeholder (never labelled)."""
    if value:
        return page.val(value, label)
    return page.add(placeholder(lang, rng))


def flag(page: Page, iso3: str | None, lang: str, rng: random.Random, label: str = "FLAG") -> Page:
    if iso3 is None:
        return page.add(placeholder(lang, rng))
    return page.val(country(iso3, lang, rng), label)


def home_port(page: Page, ident: Ident, lang: str, rng: random.Random, with_state: bool) -> Page:
    """The port of registry as the list writes it ("FUZHOU, FUJIAN" is one HOME_PORT span);
    with_state adds the flag State apart, as HOME_PORT_STATE."""
    if not ident.port:
        return page.add(placeholder(lang, rng))
    port = ident.port if rng.random() < 0.6 else ident.port.title()
    page.val(port, "HOME_PORT")
    if with_state and ident.flag in COUNTRIES:
        sep = rng.choice((", ", " (", " - "))
        page.add(sep).val(COUNTRIES[ident.flag][LANG_INDEX[lang]], "HOME_PORT_STATE")
        if sep == " (":
            page.add(")")
    return page


def metric(page: Page, name: str, value: str | None, unit: str, rng: random.Random) -> bool:
    """'Gross tonnage: 1596 GT': the metric's name beside its value is METRIC_TYPE."""
    if not value:
        return False
    page.val(name, "METRIC_TYPE").add(rng.choice((": ", " ", ":\t", " .......... ")))
    page.val(value, "METRIC_VALUE")
    if unit:
        page.add(rng.choice((" ", " ", ""))).val(unit, "METRIC_UNIT")
    return True
