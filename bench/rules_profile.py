"""Where the rule engine spends its time on the bench's ~2,000-character pages (issue 14).

    .venv/bin/python -m bench.rules_profile [--pages 1000] [--top 30] [--sort tottime]

cProfile over `extract_rules` on the same pages as `bench.preannotate`, then each finder timed
on its own over those pages (finders that read the blanked rest are timed on the whole page, an
upper bound), so a change can be aimed at the finder that costs most."""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time
from collections.abc import Callable

from bench.preannotate import two_thousand_char_pages
from oceanid_assets.preannotate.rules import extract_rules
from oceanid_assets.preannotate.rules.dates import find_dates
from oceanid_assets.preannotate.rules.grid import find_grid_tables
from oceanid_assets.preannotate.rules.identifiers import find_identifiers
from oceanid_assets.preannotate.rules.keyvalue import find_key_values
from oceanid_assets.preannotate.rules.prose import find_prose
from oceanid_assets.preannotate.rules.tables import find_tables


def time_finders(pages: list[str]) -> None:
    finders: dict[str, Callable[[str], object]] = {
        "find_grid_tables": lambda text: find_grid_tables(text, None),
        "find_tables": find_tables,
        "find_key_values": lambda text: list(find_key_values(text)),
        "find_dates": lambda text: list(find_dates(text)),
        "find_prose": lambda text: list(find_prose(text)),
        "find_identifiers": lambda text: list(find_identifiers(text, frozenset())),
    }
    started = time.perf_counter()
    for text in pages:
        extract_rules(text)
    total = time.perf_counter() - started
    print(f"extract_rules: {total / len(pages) * 1e6:7.0f} us/page")
    for name, finder in finders.items():
        started = time.perf_counter()
        for text in pages:
            finder(text)
        print(f"  {name:18s}: {(time.perf_counter() - started) / len(pages) * 1e6:7.0f} us/page")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--sort", default="tottime", choices=("tottime", "cumulative"))
    args = parser.parse_args()
    pages = two_thousand_char_pages(args.pages)
    for text in pages[:50]:  # warm caches and compiled patterns outside the measurement
        extract_rules(text)
    time_finders(pages)
    profiler = cProfile.Profile()
    profiler.enable()
    for text in pages:
        extract_rules(text)
    profiler.disable()
    pstats.Stats(profiler).sort_stats(args.sort).print_stats(args.top)


if __name__ == "__main__":
    main()
