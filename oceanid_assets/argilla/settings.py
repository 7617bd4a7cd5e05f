"""A batch's Argilla dataset from labelset v1: fields, questions, metadata, guidelines."""

from __future__ import annotations

import argilla as rg

from oceanid_assets.labelset import GUIDELINES, LABEL_GROUPS, LABELS, LABELSET, LABELSET_VERSION

TEXT_FIELD = "text"
SPAN_QUESTION = "entities"
UNSURE_QUESTION = "unsure"
NOTES_QUESTION = "notes"


def guidelines_markdown() -> str:
    """SME guidelines, generated from the labelset so they cannot drift from the labels."""
    by_name = {label.name: label for label in LABELSET}
    lines = [f"# Vessel registry pages — labelset {LABELSET_VERSION}", "", GUIDELINES, ""]
    for group, names in LABEL_GROUPS.items():
        lines += [
            f"## {group}",
            "",
            "| label | what to mark | machine check |",
            "| --- | --- | --- |",
        ]
        for name in names:
            label = by_name[name]
            lines.append(f"| `{name}` | {label.guideline} | {label.rule or '—'} |")
        lines.append("")
    return "\n".join(lines)


# (name, kind, title). Plain data: the SDK's property objects need a live client to exist.
METADATA_PROPERTIES: tuple[tuple[str, str, str], ...] = (
    ("doc_id", "terms", "Document"),
    ("page_num", "integer", "Page"),
    ("labelset_version", "terms", "Labelset"),
    ("source", "terms", "Source"),
    ("ocr_engine", "terms", "OCR engine"),
    ("object_key", "terms", "PDF object key"),
    ("text_sha256", "terms", "Text SHA-256"),
    # Lowest suggestion confidence on the page: sort ascending to take the hardest pages first.
    ("min_confidence", "float", "Lowest suggestion confidence"),
    ("suggestion_count", "integer", "Suggested spans"),
)
METADATA_NAMES: tuple[str, ...] = tuple(name for name, _, _ in METADATA_PROPERTIES)
_METADATA_KINDS = {
    "terms": rg.TermsMetadataProperty,
    "integer": rg.IntegerMetadataProperty,
    "float": rg.FloatMetadataProperty,
}


def dataset_settings(client: rg.Argilla) -> rg.Settings:
    return rg.Settings(
        guidelines=guidelines_markdown(),
        fields=[
            rg.TextField(name=TEXT_FIELD, title="Page text", use_markdown=False, client=client)
        ],
        questions=[
            rg.SpanQuestion(
                name=SPAN_QUESTION,
                field=TEXT_FIELD,
                labels=list(LABELS),
                allow_overlapping=False,
                visible_labels=len(LABELS),
                title="Mark every entity on the page",
                client=client,
            ),
            rg.LabelQuestion(
                name=UNSURE_QUESTION,
                labels={"no": "Confident", "yes": "Unsure: needs a second look"},
                title="Unsure about this page?",
                required=False,
                client=client,
            ),
            rg.TextQuestion(name=NOTES_QUESTION, title="Notes", required=False, client=client),
        ],
        metadata=[
            _METADATA_KINDS[kind](name, title=title, client=client)
            for name, kind, title in METADATA_PROPERTIES
        ],
        allow_extra_metadata=False,
    )
