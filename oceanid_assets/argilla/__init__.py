"""Pushing a batch's pages and suggestions into Argilla (settings, validation, bulk upsert)."""
