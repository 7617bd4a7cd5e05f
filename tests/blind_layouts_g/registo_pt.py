"""A register extract or a fishing licence in Portuguese (Portugal, Brazil, Cabo Verde,
Mozambique, Angola), in key-value and table forms.

A register extract shows the vessel under the issuing State's flag (the hull re-registered:
a call sign and MMSI of that flag, and the previous registration as NAME_CHANGE, FLAG_CHANGE,
ID_CHANGE). A licence is issued by a coastal State to the vessel under its own flag.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta

from oceanid_dev.demo.vessels import Vessel

from . import _ship as S
from . import _vocab as V
from ._page import PageBuilder, PageDraft, Rich, join, val

LAYOUT = "registo_pt"

_AUTHORITIES = {
    "PRT": "REPÚBLICA PORTUGUESA - Direção-Geral de Recursos Naturais, Segurança e Serviços "
    "Marítimos",
    "BRA": "REPÚBLICA FEDERATIVA DO BRASIL - Marinha do Brasil - Capitania dos Portos",
    "CPV": "REPÚBLICA DE CABO VERDE - Instituto Marítimo e Portuário",
    "MOZ": "REPÚBLICA DE MOÇAMBIQUE - Ministério do Mar, Águas Interiores e Pescas",
    "AGO": "REPÚBLICA DE ANGOLA - Ministério das Pescas e Recursos Marinhos",
}
_COMPANY_NO = {"PRT": "NIPC", "BRA": "CNPJ", "CPV": "NIF", "MOZ": "NUIT", "AGO": "NIF"}


class _KV:
    def __init__(self, rng: random.Random) -> None:
        self.width = rng.randint(26, 34)
        self.style = rng.choice(("colon", "dots", "caps"))

    def line(self, page: PageBuilder, key: str | Rich, value: Rich) -> None:
        key = key if isinstance(key, Rich) else Rich(key)
        if self.style == "caps" and not key.spans:
            key = Rich(key.text.upper())
        if self.style == "dots":
            page.line(key, " ", "." * max(2, self.width - len(key) - 1), " ", value)
        else:
            page.line(
                (key + ":").ljust(self.width) if self.style == "colon" else key.ljust(self.width),
                value,
            )


def _company_no(country: str, rng: random.Random) -> str:
    if country == "BRA":
        return (
            f"{rng.randint(10, 99)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}/0001-"
            f"{rng.randint(10, 99)}"
        )
    return str(rng.randint(500_000_000, 599_999_999))


def _owner(page: PageBuilder, kv: _KV, name: str, country: str, rng: random.Random) -> None:
    street, city, state = S.address(country, rng)
    kv.line(page, "Armador", val(name, "ASSOC_NAME"))
    kv.line(page, _COMPANY_NO.get(country, "NIF"), val(_company_no(country, rng), "REG_NO"))
    place = [val(street, "ADDRESS"), val(city, "CITY")] + ([val(state, "STATE")] if state else [])
    kv.line(page, "Morada" if country != "BRA" else "Endereço", join(place, ", "))
    kv.line(page, "País", val(S.country_of(country, "pt"), "COUNTRY_CODE"))


def _metrics(page: PageBuilder, kv: _KV, ship: S.Ship, rng: random.Random) -> None:
    loa = S.decimal(f"{float(ship.loa):.2f}", "pt")
    if rng.random() < 0.5:
        kv.line(
            page,
            val("Comprimento fora a fora", "METRIC_TYPE"),
            val(loa, "METRIC_VALUE") + " " + val("m", "METRIC_UNIT"),
        )
        kv.line(
            page,
            val("Arqueação bruta", "METRIC_TYPE"),
            val(ship.gt, "METRIC_VALUE") + " " + val(rng.choice(("GT", "AB")), "METRIC_UNIT"),
        )
        kv.line(
            page,
            val("Potência propulsora", "METRIC_TYPE"),
            val(ship.power, "METRIC_VALUE") + " " + val("kW", "METRIC_UNIT"),
        )
        kv.line(page, "Ano de construção", val(ship.built, "BUILD_YEAR"))
        return
    heads = (
        "Comprimento fora a fora (m)",
        "Boca (m)",
        "Arqueação bruta (GT)",
        "Potência (kW)",
        "Ano de construção",
    )
    beam = S.decimal(f"{float(ship.loa) * rng.uniform(0.15, 0.19):.2f}", "pt")
    cells = (
        val(loa, "METRIC_VALUE"),
        val(beam, "METRIC_VALUE"),
        val(ship.gt, "METRIC_VALUE"),
        val(ship.power, "METRIC_VALUE"),
        val(ship.built, "BUILD_YEAR"),
    )
    page.line("Características técnicas")
    page.line("   ".join(heads))
    row = Rich()
    for j, (head, cell) in enumerate(zip(heads, cells, strict=True)):
        row = row + ("   " if j else "") + cell.ljust(len(head))
    page.line(row)


def _registo(ship: S.Ship, rng: random.Random) -> list[PageDraft]:
    state = rng.choice(tuple(_AUTHORITIES))
    old = ship
    ship = S.reflagged(ship, state, rng)
    renamed = rng.random() < 0.5
    if renamed:
        ship = replace(ship, name=rng.choice(V.PT_VESSEL_NAMES))
    kv = _KV(rng)
    page = PageBuilder()
    page.line(_AUTHORITIES[state])
    page.line(
        " " * rng.randint(6, 20),
        rng.choice(
            (
                "CERTIDÃO DE REGISTO DE PROPRIEDADE",
                "EXTRATO DO REGISTO DE EMBARCAÇÕES",
                "TÍTULO DE REGISTO",
            )
        ),
    )
    page.blank()
    kv.line(page, "Nome da embarcação", val(ship.name, "VESSEL_NAME"))
    kv.line(page, "Bandeira", val(S.flag_text(state, "pt", rng), "FLAG"))
    kv.line(page, "Indicativo de chamada", val(ship.ircs or "", "IRCS"))
    kv.line(page, "MMSI", val(ship.mmsi or "", "MMSI"))
    kv.line(page, "Número IMO", val(ship.imo, "IMO") if ship.imo else Rich("Não atribuído"))
    reg = f"{rng.choice(('PE', 'AV', 'VC', 'SV', 'MP', 'LD'))}-{rng.randint(100, 9999)}-C"
    kv.line(page, "Número de registo", val(reg, "NATIONAL_REG_NO"))
    if state == "PRT":
        kv.line(page, "Número CFR", val(f"PRT{rng.randint(1, 30_000):09d}", "EU_CFR"))
    kv.line(page, "Porto de registo", val(ship.port, "HOME_PORT"))
    kv.line(page, "Arte de pesca", Rich(S.gear_text(ship.gear, "pt")))
    _metrics(page, kv, ship, rng)
    page.blank()
    owner = S.company(state, rng)
    _owner(page, kv, owner, state, rng)
    page.blank()
    page.line("Registo anterior" if rng.random() < 0.5 else "SITUAÇÃO ANTERIOR")
    if renamed:
        kv.line(page, "Nome anterior", val(old.name, "NAME_CHANGE"))
    kv.line(page, "Bandeira anterior", val(S.flag_text(old.flag, "pt", rng), "FLAG_CHANGE"))
    if old.ircs:
        kv.line(page, "Indicativo anterior", val(old.ircs, "ID_CHANGE"))
    if old.mmsi and rng.random() < 0.5:
        kv.line(page, "MMSI anterior", val(old.mmsi, "ID_CHANGE"))
    when = S.some_date(rng, 2020, 2025)
    page.blank()
    page.line("Data de inscrição: ", val(S.date_text(when, rng.randrange(3), "pt"), "START_DATE"))
    page.line(f"Emitido em {S.date_text(when + timedelta(days=3), 2, 'pt')}. O Conservador,")
    page.line(" " * 30, S.person("pt", rng))
    return [page.draft()]


def _licenca(ship: S.Ship, rng: random.Random) -> list[PageDraft]:
    state = rng.choice(("MOZ", "AGO", "CPV"))
    kv = _KV(rng)
    none = S.placeholder("pt", rng)
    page = PageBuilder()
    page.line(_AUTHORITIES[state])
    number = (
        f"{rng.randint(1, 400):03d}/{rng.choice(('LP', 'DNP', 'LIC'))}/{rng.randint(2024, 2026)}"
    )
    page.line(" " * rng.randint(6, 20), "LICENÇA DE PESCA N.º ", val(number, "LICENSE_NO"))
    page.blank()
    kv.line(
        page,
        "Tipo de licença",
        val(
            rng.choice(
                ("Pesca industrial de tunídeos", "Licença de pesca", "Pesca de atum e afins")
            ),
            "AUTH_TYPE",
        ),
    )
    kv.line(page, "Nome da embarcação", val(ship.name, "VESSEL_NAME"))
    kv.line(page, "Bandeira", val(S.flag_text(ship.flag, "pt", rng), "FLAG"))
    kv.line(page, "Indicativo de chamada", val(ship.ircs, "IRCS") if ship.ircs else Rich(none))
    kv.line(page, "N.º OMI", val(ship.imo, "IMO") if ship.imo else Rich(none))
    kv.line(page, "Porto de registo", val(ship.port, "HOME_PORT"))
    _metrics(page, kv, ship, rng)
    page.blank()
    start = S.some_date(rng, 2024, 2026)
    style = rng.randrange(3)
    kv.line(
        page,
        "Período de validade",
        "de "
        + val(S.date_text(start, style, "pt"), "START_DATE")
        + " a "
        + val(
            S.date_text(start + timedelta(days=rng.choice((90, 180, 364))), style, "pt"), "END_DATE"
        ),
    )
    species = rng.sample(("YFT", "BET", "SKJ", "ALB", "SWO"), rng.randint(2, 4))
    names = (
        val(code, "SPECIES_NAME")
        if rng.random() < 0.4
        else val(S.species_text(code, "pt"), "SPECIES_NAME")
        for code in species
    )
    kv.line(page, "Espécies autorizadas", join(names, ", "))
    area = rng.choice(
        {"MOZ": ("51", "51.5"), "AGO": ("47", "47.1.3"), "CPV": ("34", "34.3.2")}[state]
    )
    kv.line(
        page,
        "Zona de pesca",
        f"ZEE de {S.country_of(state, 'pt')}, área FAO " + val(area, "FAO_AREA_CODE"),
    )
    page.blank()
    agent = S.company(state, rng)
    width = max(rng.randint(40, 50), len(ship.owner) + 3, len(agent) + 3)
    page.line("Entidade".ljust(width), "Qualidade")
    page.line(val(ship.owner, "ASSOC_NAME").ljust(width), val("Armador", "ASSOC_ROLE"))
    page.line(
        val(agent, "ASSOC_NAME").ljust(width),
        val(rng.choice(("Agente local", "Representante")), "ASSOC_ROLE"),
    )
    drafts = [page.draft()]
    if rng.random() < 0.4:
        extra = PageBuilder()
        extra.line("CONDIÇÕES DA LICENÇA")
        extra.line("1. O navio deve manter o VMS ligado e reportar a posição de 2 em 2 horas.")
        extra.line("2. Observador a bordo: 1 (um). Taxa paga: USD 48.000,00.")
        extra.line("3. Entrada e saída da ZEE comunicadas com 24 horas de antecedência.")
        extra.blank()
        extra.line(
            "Embarcação: ", val(ship.name, "VESSEL_NAME"), "  Licença: ", val(number, "LICENSE_NO")
        )
        drafts.append(extra.draft())
    return drafts


def build_document(vessels: Sequence[Vessel], rng: random.Random) -> list[PageDraft]:
    ship = S.ship_of(rng.choice(vessels), rng)
    return _registo(ship, rng) if rng.random() < 0.5 else _licenca(ship, rng)
