-- Append one promotion decision (learn/promotions.py fills the variables from the model card).
-- By hand (to record a decision taken elsewhere):  SET VARIABLE version = '…'; … ; .read this
INSERT INTO extractor_promotions BY NAME
SELECT getvariable('version')            AS version,
       getvariable('decided_at')         AS decided_at,
       getvariable('promoted')           AS promoted,
       getvariable('reason')             AS reason,
       getvariable('trigger')            AS trigger,
       getvariable('train_pages')        AS train_pages,
       getvariable('holdout_pages')      AS holdout_pages,
       getvariable('holdout_documents')  AS holdout_documents,
       getvariable('f1_candidate')       AS f1_candidate,
       getvariable('f1_promoted')        AS f1_promoted,
       getvariable('f1_rules')           AS f1_rules,
       getvariable('previous_version')   AS previous_version,
       getvariable('label_f1')           AS label_f1,
       getvariable('annotated_pages')    AS annotated_pages,
       getvariable('dagster_run_id')     AS dagster_run_id
WHERE NOT EXISTS (SELECT 1 FROM extractor_promotions WHERE version = getvariable('version'));
