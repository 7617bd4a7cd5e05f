-- Record the historical PDFs staged in _incoming_staged and their batches; a doc_sha256 already
-- recorded is skipped (the scan skips them too: this guards against two scans at once).
INSERT INTO backfill_documents BY NAME
SELECT i.doc_id, i.doc_sha256, i.source_key, i.source_version, i.size_bytes, i.batch_id, i.prefix, now() AS staged_at
FROM _incoming_staged AS i
WHERE NOT EXISTS (SELECT 1 FROM backfill_documents AS d WHERE d.doc_sha256 = i.doc_sha256);
INSERT INTO backfill_batches BY NAME
SELECT batch_id, 'historical' AS source, count(*)::INTEGER AS documents, now() AS first_seen_at
FROM _incoming_staged AS i
WHERE NOT EXISTS (SELECT 1 FROM backfill_batches AS b WHERE b.batch_id = i.batch_id)
GROUP BY batch_id;
