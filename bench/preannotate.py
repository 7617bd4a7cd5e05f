"""Pre-annotation benchmark: prints figures and ratios against baselines measured in the same run.

    .venv/bin/python -m bench.preannotate [--pages 2000]

1. Rule engine pages/s on ~2,000-character pages, one core (goal: >= 1,000 pages/s), against a
   baseline of one compiled regex scan over the same pages (the floor for any rule engine); then
   on demo pages as extracted (longer, mostly tables), on held-out inspection notices, and on
   the blind layouts of tests/blind_layouts* (tables of every form, licences, forms, prose).
2. LLM path overhead per page excluding the model: extract_llm against a loopback server that
   answers instantly, against a bare httpx POST round trip to the same server.
"""

from __future__ import annotations

import argparse
import re
import time

import httpx

from oceanid_assets.ingest.pdf_text import extract_page_texts
from oceanid_assets.preannotate.llm import LlmConfig, extract_llm
from oceanid_assets.preannotate.rules import extract_rules
from oceanid_assets.preannotate.spans import PageInput
from oceanid_dev.demo.documents import generate_demo_documents
from oceanid_dev.demo.heldout import generate_heldout_documents
from oceanid_dev.demo.vessels import load_vessels
from tests import blind_layouts, blind_layouts_b
from tests.fake_llm import FakeLlmServer

PAGE_CHARS = 2000


def demo_pages(count: int) -> list[str]:
    """Demo page text as extracted, about count // 3 pages of the four demo kinds."""
    documents = generate_demo_documents(load_vessels(), pages=max(40, count // 3))
    return [text for document in documents for text in extract_page_texts(document.pdf_bytes)]


def heldout_pages(count: int) -> list[str]:
    """Held-out inspection notices as extracted, about count // 3 pages."""
    documents = generate_heldout_documents(load_vessels(), pages=max(40, count // 3))
    return [text for document in documents for text in extract_page_texts(document.pdf_bytes)]


def two_thousand_char_pages(count: int, demo: list[str] | None = None) -> list[str]:
    """`count` pages of about 2,000 characters: demo page text (`demo_pages(count)` unless
    given) re-cut on line boundaries."""
    lines: list[str] = []
    for text in demo_pages(count) if demo is None else demo:
        lines += text.split("\n")
    pages: list[str] = []
    current, i = "", 0
    while len(pages) < count:
        current += lines[i % len(lines)] + "\n"
        i += 1
        if len(current) >= PAGE_CHARS:
            pages.append(current.rstrip("\n"))
            current = ""
    return pages


def blind_pages(count: int) -> list[str]:
    """Pages of both blind layout sets, about count // 3 in all (text only: the gold is theirs)."""
    per_layout = max(4, count // 3 // (len(blind_layouts.LAYOUTS) + len(blind_layouts_b.LAYOUTS)))
    vessels = load_vessels()
    return [
        page.text
        for module in (blind_layouts, blind_layouts_b)
        for page in module.generate_blind_pages(vessels, per_layout, seed=99)
    ]


def bench_rules(pages: list[str], demo: list[str], heldout: list[str], blind: list[str]) -> None:
    floor = re.compile(r"\b\d{7}\b|\b\d{9}\b")
    started = time.perf_counter()
    for text in pages:
        floor.findall(text)
    floor_s = time.perf_counter() - started
    started = time.perf_counter()
    spans = sum(len(extract_rules(text)) for text in pages)
    rules_s = time.perf_counter() - started
    rate = len(pages) / rules_s
    print(f"pages: {len(pages)}, mean {sum(map(len, pages)) / len(pages):.0f} characters")
    print(
        f"rule engine          : {rate:8.0f} pages/s ({spans} spans; goal 1,000 pages/s: "
        f"{rate / 1000:.2f}x the goal)"
    )
    print(
        f"baseline, one regex  : {len(pages) / floor_s:8.0f} pages/s -> the rule engine costs "
        f"{rules_s / floor_s:.0f}x a single scan"
    )
    for kind, texts in (("demo pages", demo), ("held-out pages", heldout), ("blind pages", blind)):
        started = time.perf_counter()
        for text in texts:
            extract_rules(text)
        rate = len(texts) / (time.perf_counter() - started)
        print(
            f"rule engine on {kind:14s}: {rate:6.0f} pages/s ({len(texts)} pages, mean "
            f"{sum(map(len, texts)) / len(texts):.0f} characters)"
        )


def bench_llm(pages: list[str]) -> None:
    inputs = [PageInput(f"doc-{i:05d}", 1, text) for i, text in enumerate(pages)]
    with FakeLlmServer(echo=[("IMO", "IMO")]) as server:
        with httpx.Client() as client:
            body = {
                "model": "bench",
                "messages": [{"role": "user", "content": "x"}],
                "stream": False,
            }
            started = time.perf_counter()
            for _ in range(len(inputs)):
                client.post(f"{server.url}/api/chat", json=body).raise_for_status()
            bare_s = time.perf_counter() - started
        for concurrency in (1, 4):
            config = LlmConfig(
                url=server.url, model="bench", api="ollama", concurrency=concurrency, timeout_s=30
            )
            started = time.perf_counter()
            result = extract_llm(inputs, config)
            llm_s = time.perf_counter() - started
            assert not result.failures
            per_page_ms = llm_s / len(inputs) * 1000
            print(
                f"LLM path, concurrency {concurrency}: {per_page_ms:6.2f} ms/page excluding the "
                f"model ({result.requests} requests); bare HTTP round trip "
                f"{bare_s / len(inputs) * 1000:.2f} ms -> {llm_s / bare_s:.2f}x"
            )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=2000)
    args = parser.parse_args()
    demo = demo_pages(args.pages)
    pages = two_thousand_char_pages(args.pages, demo)
    bench_rules(pages, demo, heldout_pages(args.pages), blind_pages(args.pages))
    bench_llm(pages[: min(len(pages), 500)])


if __name__ == "__main__":
    main()
