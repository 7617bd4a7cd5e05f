"""A tonnage tax assessment notice for a company's fishing vessels.

en (a revenue authority's tonnage tax unit), es (régimen especial de entidades navieras en
función del tonelaje), fr (taxe au tonnage): taxpayer block, a table or per-vessel blocks of
net tonnage and days in the regime, band rates, notional profit and tax due, payment and appeal
text. Hard negatives: tax references, notice numbers, accounting periods, days, rates per 100
net tons, amounts, percentages, bank details, the office's telephone.
"""

from __future__ import annotations

import random
from typing import Any

from oceanid_dev.demo.vessels import Vessel

from . import _common as c
from . import _vocab
from ._page import PageDraft

LAYOUT = "tonnage_tax_assessment"

_CALL_SIGN = {"en": "call sign", "es": "distintivo", "fr": "indicatif"}
_K: dict[str, dict[str, Any]] = {
    "en": dict(
        office="REVENUE AUTHORITY — LARGE BUSINESS DIRECTORATE, TONNAGE TAX UNIT",
        title="NOTICE OF ASSESSMENT — TONNAGE TAX",
        notice="Notice No.",
        issued="Date of issue",
        payer="Taxpayer",
        taxref="Tax reference",
        compno="Company No.",
        period="Accounting period",
        intro="Your election for tonnage tax covers the qualifying ships listed below. The "
        "profits of the tonnage tax trade are computed from the net tonnage of each ship, as "
        "shown on its International Tonnage Certificate (1969), and the number of days it was "
        "operated in the period.",
        cols=("Ship", "IMO No.", "Official No.", "Flag", "Net tonnage", "Days", "Notional profit"),
        nt="Net tonnage",
        days="days in regime",
        bands="Daily profit per 100 net tons",
        band_rows=(
            ("first 1,000 NT", "0.60"),
            ("1,001 \u2013 10,000 NT", "0.45"),
            ("10,001 \u2013 25,000 NT", "0.30"),
        ),
        total="Total notional profit",
        rate="Corporation tax at 25%",
        due="Amount payable",
        pay_by="Payment is due by",
        currency="GBP",
        notes=(
            "You may appeal against this assessment within 30 days of the date of issue. An "
            "appeal does not postpone payment of the tax unless you also apply to postpone it.",
            "Ships laid up or chartered out on bareboat terms during the period are included "
            "only for the days on which they were operated by the company.",
            "Interest on late payment accrues from the due date at the statutory rate.",
            "The tonnage tax election remains in force for ten years; a company leaving the "
            "regime early may not re-enter it for a further ten years.",
            "Capital allowances are not available on ships within the tonnage tax ring fence. "
            "Balancing charges on disposal are computed under the transitional rules.",
            "Pay by bank transfer quoting the notice number as the payment reference; cheques "
            "are no longer accepted.",
        ),
    ),
    "es": dict(
        office="AGENCIA TRIBUTARIA — DEPENDENCIA REGIONAL DE INSPECCIÓN",
        title="LIQUIDACIÓN — RÉGIMEN ESPECIAL DE ENTIDADES NAVIERAS EN FUNCIÓN DEL TONELAJE",
        notice="N.º de liquidación",
        issued="Fecha",
        payer="Obligado tributario",
        taxref="NIF",
        compno="Inscripción registral",
        period="Periodo impositivo",
        intro="La base imponible correspondiente a los buques acogidos al régimen se determina "
        "aplicando a su tonelaje neto la escala siguiente, por cada día de explotación en el "
        "periodo.",
        cols=(
            "Buque",
            "N.º OMI",
            "Matrícula",
            "Pabellón",
            "Tonelaje neto",
            "Días",
            "Base imponible",
        ),
        nt="Tonelaje neto",
        days="días de explotación",
        bands="Importe diario por cada 100 t",
        band_rows=(
            ("hasta 1.000 t", "0,90"),
            ("1.001 \u2013 10.000 t", "0,70"),
            ("10.001 \u2013 25.000 t", "0,40"),
        ),
        total="Base imponible total",
        rate="Cuota íntegra (25 %)",
        due="Importe a ingresar",
        pay_by="Plazo de ingreso hasta el",
        currency="EUR",
        notes=(
            "Contra la presente liquidación podrá interponerse recurso de reposición en el "
            "plazo de un mes o reclamación económico-administrativa.",
            "El ingreso podrá realizarse en entidad colaboradora o en la sede electrónica.",
            "La aplicación del régimen requiere autorización previa y se extiende a un "
            "periodo mínimo de diez años.",
            "Transcurrido el plazo de ingreso sin haberse efectuado, se exigirá el recargo "
            "del periodo ejecutivo y, en su caso, los intereses de demora.",
            "Los buques arrendados a casco desnudo quedan excluidos durante el arrendamiento.",
        ),
    ),
    "fr": dict(
        office="DIRECTION GÉNÉRALE DES FINANCES PUBLIQUES — DIRECTION DES GRANDES ENTREPRISES",
        title="AVIS D'IMPOSITION — TAXE AU TONNAGE (art. 209-0 B du CGI)",
        notice="N° d'avis",
        issued="Date d'émission",
        payer="Redevable",
        taxref="N° fiscal",
        compno="N° RCS",
        period="Exercice",
        intro="Le résultat imposable des navires placés sous le régime de la taxe au tonnage est "
        "déterminé forfaitairement en fonction du tonnage net de chaque navire et du nombre de "
        "jours d'exploitation.",
        cols=(
            "Navire",
            "N° OMI",
            "Immatriculation",
            "Pavillon",
            "Tonnage net",
            "Jours",
            "Résultat forfaitaire",
        ),
        nt="Tonnage net",
        days="jours d'exploitation",
        bands="Montant journalier par 100 tonneaux",
        band_rows=(
            ("jusqu'à 1 000 tx", "0,93"),
            ("1 001 à 10 000 tx", "0,71"),
            ("10 001 à 25 000 tx", "0,39"),
        ),
        total="Résultat imposable total",
        rate="Impôt sur les sociétés (25 %)",
        due="Montant à payer",
        pay_by="Date limite de paiement",
        currency="EUR",
        notes=(
            "Vous pouvez contester cet avis par réclamation adressée au service des impôts "
            "des entreprises dans le délai légal.",
            "Les navires affrétés coque nue sont exclus pour la durée de l'affrètement.",
            "L'option pour le régime est irrévocable pendant une durée de dix ans.",
            "À défaut de paiement à la date limite, une majoration de 10 % sera appliquée.",
            "Le paiement s'effectue par prélèvement ou virement depuis l'espace professionnel.",
        ),
    ),
}


def _notional(nt: int, days: int, bands: tuple[tuple[str, str], ...]) -> float:
    rates = [float(rate.replace(",", ".")) for _, rate in bands]
    daily = min(nt, 1000) / 100 * rates[0]
    daily += max(0, min(nt, 10000) - 1000) / 100 * rates[1]
    daily += max(0, nt - 10000) / 100 * rates[2]
    return daily * days


def build_document(vessels: list[Vessel], rng: random.Random) -> list[PageDraft]:
    lang = rng.choice(("en", "en", "es", "fr"))
    k = _K[lang]
    flags = {"es": _vocab.SPANISH_FLAGS, "fr": _vocab.FRENCH_FLAGS}.get(lang, frozenset())
    pool = [v for v in vessels if c.facts(v).flag in flags] or vessels
    fleet = c.pick_same_flag(pool, rng, rng.randint(1, 6))
    payer = c.owner_name(rng, fleet[0])
    issued = c.recent(rng)
    year = issued.year - 1
    ph = rng.choice(("—", "-", "n/a")) if lang == "en" else rng.choice(("—", "-"))
    bands = k["band_rows"]
    currency = str(k["currency"])

    page = PageDraft()
    page.add(f"{k['office']}\nTel. {c.phone(rng)}\n\n{k['title']}\n\n")
    page.add(f"{k['notice']}: {c.reference(rng, rng.choice(('TT', 'LIQ', 'AVIS')))}    ")
    page.add(f"{k['issued']}: {c.fmt_date(issued, lang, rng.choice((0, 1, 2)))}\n\n")
    page.add(f"{k['payer']}: ")
    page.add(payer, "ASSOC_NAME")
    page.nl()
    c.write_address(page, c.address(rng, fleet[0].flag), lang, rng, one_line=True)
    page.add(f"\n{k['taxref']}: {rng.randint(10**9, 10**10 - 1)}")
    if rng.random() < 0.5:
        page.add(f"    {k['compno']}: ")
        page.add(f"{rng.randint(10**7, 10**8 - 1)}", "REG_NO")
    page.add(
        f"\n{k['period']}: {c.fmt_date(issued.replace(year=year, month=1, day=1), lang, 1)}"
        f" \u2013 {c.fmt_date(issued.replace(year=year, month=12, day=31), lang, 1)}\n\n"
    )
    page.wrap([(str(k["intro"]), None)])
    page.add("\n\n")

    rows: list[tuple[c.Facts, int, int, float]] = []
    for f in fleet:
        gt = int(f.gt) if f.gt and f.gt.isdigit() else rng.randint(120, 2500)
        nt = max(30, round(gt * rng.uniform(0.28, 0.36)))
        days = rng.choice((365, 365, rng.randint(120, 364)))
        rows.append((f, nt, days, _notional(nt, days, bands)))
    cols = k["cols"]
    if rng.random() < 0.55:
        widths = (22, 9, 16, 9, 13, 6)
        for col, w in zip(cols, (*widths, 0), strict=True):
            page.cell(col, w) if w else page.add(col)
        page.add("\n" + "=" * 92 + "\n")
        for f, nt, days, profit in rows:
            page.cell(f.name, max(widths[0], len(f.name) + 2), "VESSEL_NAME")
            page.cell(f.imo or ph, widths[1], "IMO" if f.imo else None)
            page.cell(c.national_reg(rng, f), widths[2], "NATIONAL_REG_NO")
            page.cell(f.flag or ph, widths[3], "FLAG" if f.flag else None)
            page.cell(str(nt), widths[4], "METRIC_VALUE")
            page.cell(str(days), widths[5])
            page.add(c.money(rng, profit, profit, lang) + "\n")
    else:
        for number, (f, nt, days, profit) in enumerate(rows, start=1):
            page.add(f"{number}. ")
            page.add(f.name, "VESSEL_NAME")
            if f.imo:
                page.add(" (IMO ")
                page.add(f.imo, "IMO")
                page.add(")")
            flag = c.country(f.flag, lang, rng)
            if flag:
                page.add(", ")
                page.add(flag, "FLAG")
            if f.ircs and rng.random() < 0.5:
                page.add(f", {_CALL_SIGN[lang]} ")
                page.add(f.ircs, "IRCS")
            page.add("\n   ")
            c.metric(page, str(k["nt"]), str(nt), rng.choice(("NT", "t" if lang != "en" else "NT")))
            if f.gt and rng.random() < 0.5:
                page.add(" (GT ")
                page.add(f.gt, "METRIC_VALUE")
                page.add(")")
            page.add(f";  {days} {k['days']};  {c.money(rng, profit, profit, lang)} {currency}\n")
    total = sum(row[3] for row in rows)
    second = page if rng.random() < 0.5 and len(page) < 1900 else PageDraft()
    if second is not page:
        second.add(f"{k['notice']} — 2/2 — ")
        second.add(payer, "ASSOC_NAME")
        second.add("\n\n")
    second.add(f"\n{k['bands']}:\n")
    for band, rate in bands:
        second.add(f"   {band:<24} {rate} {currency}\n")
    second.add(f"\n{k['total']}: {c.money(rng, total, total, lang)} {currency}\n")
    second.add(f"{k['rate']}: {c.money(rng, total * 0.25, total * 0.25, lang)} {currency}\n")
    second.add(f"{k['due']}: {c.money(rng, total * 0.25, total * 0.25, lang)} {currency}\n")
    second.add(
        f"{k['pay_by']} "
        f"{c.fmt_date(c.date_between(rng, issued, c.add_years(issued, 1)), lang, 0)}\n\n"
    )
    second.add(
        f"\nIBAN {rng.choice(('GB', 'ES', 'FR'))}{rng.randint(10, 99)} "
        f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} "
        f"{rng.randint(1000, 9999)} {rng.randint(10, 99)}    Ref. "
        f"{rng.randint(10**9, 10**10 - 1)}\n\n"
    )
    notes = list(k["notes"])
    rng.shuffle(notes)
    second.wrap([(notes.pop(), None)])
    second.nl()
    c.pad(page, rng, notes)
    if second is page:
        return [page]
    c.pad(second, rng, notes)
    return [page, second]
