"""Backfill of historical documents: staging, failure ledger, retries (docs/backfill.md)."""
