-- Batches found already in the store (uploads/ or ocr/), staged in _incoming_found(batch_id,
-- source): recorded the first time they are seen.
INSERT INTO backfill_batches BY NAME
SELECT DISTINCT ON (batch_id) batch_id, source, NULL::INTEGER AS documents, now() AS first_seen_at
FROM _incoming_found AS i
WHERE NOT EXISTS (SELECT 1 FROM backfill_batches AS b WHERE b.batch_id = i.batch_id)
ORDER BY batch_id, source;
