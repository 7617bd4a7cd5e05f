"""The code location loads the way the daemon and the UI load it: every job, sensor and asset."""

from __future__ import annotations

from dagster import Definitions

from oceanid_assets.definitions import load_definitions

defs = load_definitions()


def test_code_location_loads_with_unique_names() -> None:
    # Resolves every job (name clashes between jobs and asset ops fail here, not in the daemon).
    Definitions.validate_loadable(defs)
    repository = defs.get_repository_def()
    repository.load_all_definitions()
    jobs = {job.name for job in repository.get_all_jobs()}
    assert {
        "ingest_batch",
        "argilla_push",
        "export_annotations",
        "load_export_file",
        "integrity_daily_job",
    } <= jobs
    assert {schedule.name for schedule in repository.schedule_defs} == {"integrity_daily"}
    sensors = {sensor.name for sensor in repository.sensor_defs}
    assert {
        "batch_drop_sensor",
        "argilla_autoload_sensor",
        "argilla_submissions_sensor",
        "argilla_export_file_sensor",
        "oceanid_automation",
    } <= sensors
