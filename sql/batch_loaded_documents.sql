-- Documents of one batch that a run must not process again: loaded, quarantined as they are,
-- or recorded as a repeat of a document already loaded.
SELECT doc_id, doc_sha256 FROM raw_documents WHERE batch_id = getvariable('batch_id')
UNION
SELECT doc_id, doc_sha256 FROM raw_quarantine
WHERE batch_id = getvariable('batch_id') AND doc_id IS NOT NULL
  -- A receipt whose PDF was missing is tried again: the PDF may arrive later (raw_load.py).
  AND reason <> 'the receipt''s PDF is missing from the store'
UNION
SELECT doc_id, doc_sha256 FROM raw_duplicates WHERE batch_id = getvariable('batch_id');
