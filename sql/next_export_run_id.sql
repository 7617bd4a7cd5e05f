-- The next export_run_id: one counter for every dataset. Taken inside the loading transaction;
-- the primary key on annotations_exports turns a race into a failed load, never a reused id.
SELECT coalesce(max(export_run_id), 0) + 1 AS export_run_id FROM annotations_exports;
