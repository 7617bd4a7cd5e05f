-- The ledger's items that are not resolved (for the backfill plan and the report).
SELECT batch_id, doc_id, stage, error, attempts, last_attempt_at, status
FROM vw_failure_ledger
WHERE status <> 'resolved'
ORDER BY batch_id, stage, doc_id;
