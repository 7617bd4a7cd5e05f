-- Content already staged (never copied twice), the source objects already read (key and
-- version: not hashed again), and the batch ids made so far.
SELECT doc_sha256, source_key, source_version, batch_id FROM backfill_documents;
