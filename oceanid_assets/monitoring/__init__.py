"""Integrity checks over md_raw_ocr and md_annotated (sql/checks_integrity.sql) and the
append-only audit (load fingerprints): plain functions in `run`, Dagster checks in `integrity`."""
