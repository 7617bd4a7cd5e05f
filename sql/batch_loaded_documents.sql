-- Documents of one batch that a run must not process again: loaded, or quarantined as they are.
SELECT doc_id, doc_sha256 FROM raw_documents WHERE batch_id = getvariable('batch_id')
UNION
SELECT doc_id, doc_sha256 FROM raw_quarantine
WHERE batch_id = getvariable('batch_id') AND doc_id IS NOT NULL;
