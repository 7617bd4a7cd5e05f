"""Annotations back from Argilla: responses read, validated, and loaded into md_annotated."""
