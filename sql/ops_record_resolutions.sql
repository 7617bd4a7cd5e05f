-- Stages staged in _incoming_resolutions (batch_id, doc_id, stage, resolved_at, dagster_run_id)
-- that succeeded: recorded only where that item has a failure not yet resolved.
INSERT INTO failure_resolutions BY NAME
SELECT DISTINCT i.batch_id, i.doc_id, i.stage, i.resolved_at, i.dagster_run_id
FROM _incoming_resolutions AS i
JOIN vw_failure_ledger AS v
  ON v.batch_id = i.batch_id AND v.stage = i.stage AND v.doc_id IS NOT DISTINCT FROM i.doc_id
WHERE v.status <> 'resolved' AND i.resolved_at >= v.last_attempt_at;
